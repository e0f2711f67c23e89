#include "switchyard/privacy/text_inspector.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace switchyard::privacy {
namespace {

const Detector& detector() {
  static const Detector d;
  return d;
}

bool found(const TextsInspection& seen, EntityType type) {
  for (const Finding& f : seen.findings)
    if (f.type == type) return true;
  return false;
}

// The texts after redaction, in order.
std::vector<std::string> redacted(const std::vector<std::string>& texts,
                                  const TextsInspection& seen, RedactionVault& vault) {
  std::vector<std::string> out = texts;
  for (const TextEdits& e : seen.edits) out.at(e.text) = apply_edits(out[e.text], e.edits, vault);
  return out;
}

TEST(TextInspector, ReadsEscapedTextAndRedactsTheEscapesWhole) {
  const std::vector<std::string> texts = {R"(mail \u006aane.doe@example.com today)"};
  TextInspector inspector(detector());
  inspector.add(texts[0], TextForm::string, "user");
  auto seen = inspector.finish();
  ASSERT_TRUE(found(seen, EntityType::email_address));
  RedactionVault vault;
  auto out = redacted(texts, seen, vault);
  EXPECT_EQ(out[0], "mail [EMAIL_ADDRESS_1] today");
  EXPECT_EQ(vault.restore(out[0]), "mail jane.doe@example.com today");
}

TEST(TextInspector, RedactsInsideRawJsonAndKeepsTheRestAsWritten) {
  const std::vector<std::string> texts = {
      "x-note",
      R"({"to":"\u006aane.doe@example.com","n":1.50,"big":12345678901234567890,"k":"caf\u00e9"})"};
  TextInspector inspector(detector());
  inspector.add_member(texts[0], texts[1], TextForm::json, "extra");
  auto seen = inspector.finish();
  ASSERT_TRUE(seen.unreadable.empty()) << seen.unreadable;
  RedactionVault vault;
  auto out = redacted(texts, seen, vault);
  EXPECT_EQ(out[0], "x-note");
  EXPECT_EQ(out[1],
            R"({"to":"[EMAIL_ADDRESS_1]","n":1.50,"big":12345678901234567890,"k":"caf\u00e9"})");
}

TEST(TextInspector, ReadsJsonInAStringAtEveryLevel) {
  // Tool-call arguments whose JSON holds JSON, the SSN escaped at the inner level.
  const std::vector<std::string> texts = {
      R"({"payload":"{\"ssn\":\"\\u0035\\u0033\\u0036-22-8146\"}"})"};
  TextInspector inspector(detector());
  inspector.add(texts[0], TextForm::string, "arguments");
  auto seen = inspector.finish();
  EXPECT_TRUE(found(seen, EntityType::us_ssn));
  RedactionVault vault;
  auto out = redacted(texts, seen, vault);
  EXPECT_EQ(out[0], R"({"payload":"{\"ssn\":\"[US_SSN_1]\"}"})");
}

TEST(TextInspector, AKeyLendsItsContextToTheValue) {
  // Nine digits with spaces are an SSN only when the text says so.
  TextInspector alone(detector());
  alone.add("536 22 8146", TextForm::string, "metadata");
  EXPECT_FALSE(found(alone.finish(), EntityType::us_ssn));
  TextInspector keyed(detector());
  keyed.add_member("ssn", "536 22 8146", TextForm::string, "metadata");
  EXPECT_TRUE(found(keyed.finish(), EntityType::us_ssn));
}

TEST(TextInspector, KeysAreReadAndRedactedToo) {
  const std::vector<std::string> texts = {"jane.doe@example.com", R"({"role":"owner"})"};
  TextInspector inspector(detector());
  inspector.add_member(texts[0], texts[1], TextForm::json, "extra");
  auto seen = inspector.finish();
  RedactionVault vault;
  auto out = redacted(texts, seen, vault);
  EXPECT_EQ(out[0], "[EMAIL_ADDRESS_1]");
  EXPECT_EQ(out[1], texts[1]);
}

TEST(TextInspector, ANumberFoundToBeAValueIsReplacedQuoted) {
  const std::vector<std::string> texts = {R"({"phone": 4155550132, "n": 2})"};
  TextInspector inspector(detector());
  inspector.add_member("call", texts[0], TextForm::json, "extra");
  const std::vector<std::string> both = {"call", texts[0]};
  auto seen = inspector.finish();
  ASSERT_TRUE(found(seen, EntityType::phone_number));
  RedactionVault vault;
  auto out = redacted(both, seen, vault);
  EXPECT_EQ(out[1], R"({"phone": "[PHONE_NUMBER_1]", "n": 2})");
}

TEST(TextInspector, AValueCutAcrossProseIsFoundAndItsPiecesRedacted) {
  for (const auto& [a, b] :
       std::vector<std::pair<std::string, std::string>>{{"SSN 287-65", "-4321"},
                                                        {"SSN 287-6", "5-4321 thanks"},
                                                        {"my SSN is 287-65-", "4321"}}) {
    const std::vector<std::string> texts = {a, b};
    TextInspector inspector(detector());
    inspector.add(texts[0], TextForm::prose, "content");
    inspector.add(texts[1], TextForm::prose, "content");
    auto seen = inspector.finish();
    EXPECT_TRUE(found(seen, EntityType::us_ssn)) << a << " | " << b;
    RedactionVault vault;
    auto out = redacted(texts, seen, vault);
    const std::string joined = out[0] + out[1];
    EXPECT_NE(joined.find("[US_SSN_1]"), std::string::npos) << joined;
    EXPECT_EQ(joined.find("4321"), std::string::npos) << joined;
    EXPECT_EQ(joined.find("287"), std::string::npos) << joined;
    // The placeholder stands in the first piece; the rest is removed.
    EXPECT_EQ(vault.restore(out[0]) + vault.restore(out[1]), a + b);
  }
}

TEST(TextInspector, AValueCutIntoManySmallPiecesIsFound) {
  const std::vector<std::string> texts = {"card ", "4111", " 1111", " 1111", " 1111 thanks"};
  TextInspector inspector(detector());
  for (const auto& t : texts) inspector.add(t, TextForm::prose, "content");
  EXPECT_TRUE(found(inspector.finish(), EntityType::credit_card));
}

TEST(TextInspector, JoiningProseDoesNotMakeNames) {
  // "hello world" + "a second input" reads "hello worlda second input".
  TextInspector inspector(detector());
  inspector.add("hello world", TextForm::prose, "input[]");
  inspector.add("a second input", TextForm::prose, "input[]");
  EXPECT_TRUE(inspector.finish().findings.empty());
}

TEST(TextInspector, ProseIsNotJoinedToStrings) {
  TextInspector inspector(detector());
  inspector.add("SSN 287-65", TextForm::prose, "content");
  inspector.add("-4321", TextForm::string, "name");
  EXPECT_FALSE(found(inspector.finish(), EntityType::us_ssn));
}

TEST(TextInspector, OnlyTheMediaTypeOfADataUriIsRead) {
  // An image's base64 is not text; a URL otherwise is.
  TextInspector inspector(detector());
  inspector.add("data:image/png;base64,amFuZS5kb2VAZXhhbXBsZS5jb20=", TextForm::url, "url");
  EXPECT_TRUE(inspector.finish().findings.empty());
  TextInspector url(detector());
  url.add("https://example.org/?to=jane.doe@example.com", TextForm::url, "url");
  EXPECT_TRUE(found(url.finish(), EntityType::email_address));
}

TEST(TextInspector, TooDeepEscapesFailClosed) {
  const std::string deep = std::string(1024, '\\') + "u0035";
  TextInspector inspector(detector());
  inspector.add(deep, TextForm::string, "user");
  auto seen = inspector.finish();
  EXPECT_NE(seen.unreadable.find("cannot be inspected"), std::string::npos) << seen.unreadable;
  EXPECT_NE(seen.unreadable.find("user"), std::string::npos) << seen.unreadable;
}

}  // namespace
}  // namespace switchyard::privacy
