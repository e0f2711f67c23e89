#include "switchyard/privacy/unescaped_text.hpp"

#include <gtest/gtest.h>

#include <string>

namespace switchyard::privacy {
namespace {

TEST(UnescapedText, PlainTextHasNothingToDecode) {
  EXPECT_FALSE(UnescapedText::has_escapes("My SSN is 536-22-8146."));
  UnescapedText t("no escapes here");
  EXPECT_EQ(t.text(), "no escapes here");
  EXPECT_TRUE(t.complete());
  EXPECT_EQ(t.levels(), 0u);
}

TEST(UnescapedText, DecodesEveryJsonEscape) {
  UnescapedText t(R"(a\"b\\c\/d\be\ff\ng\rh\ti\u0041\u00e9\u20ac\ud83d\ude00)");
  EXPECT_EQ(t.text(), "a\"b\\c/d\be\ff\ng\rh\tiA\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80");
  EXPECT_TRUE(t.complete());
}

TEST(UnescapedText, LeavesWhatIsNotAnEscapeAsWritten) {
  UnescapedText t(R"(C:\Users\x \d+ \ud800 lone \u12 \)");
  EXPECT_EQ(t.text(), R"(C:\Users\x \d+ \ud800 lone \u12 \)");
  EXPECT_TRUE(t.complete());
}

TEST(UnescapedText, DecodesEveryLevelOfJsonInAString) {
  // "536" escaped once, twice (JSON in a JSON string) and three times.
  EXPECT_EQ(UnescapedText(R"(\u0035\u0033\u0036)").text(), "536");
  UnescapedText twice(R"({\"ssn\":\"\\u0035\\u0033\\u0036-22-8146\"})");
  EXPECT_EQ(twice.text(), R"({"ssn":"536-22-8146"})");
  EXPECT_EQ(twice.levels(), 2u);
  UnescapedText thrice(R"(\\\"\\\\u0035\\\")");
  EXPECT_EQ(thrice.text(), R"("5")");
}

TEST(UnescapedText, FailsClosedPastTheLevelBound) {
  // 2^9 backslashes before "u0035": nine levels of escaping.
  const std::string deep = std::string(512, '\\') + "u0035";
  UnescapedText t(deep);
  EXPECT_FALSE(t.complete());
  EXPECT_EQ(t.levels(), UnescapedText::kMaxLevels);
  const std::string ok = std::string(128, '\\') + "u0035";
  EXPECT_TRUE(UnescapedText(ok).complete());
  EXPECT_EQ(UnescapedText(ok).text(), "5");
}

TEST(UnescapedText, MapsDecodedSpansBackToWholeEscapes) {
  const std::string src = R"(SSN \u0035\u0033\u0036-22-8146 ok)";
  UnescapedText t(src);
  ASSERT_EQ(t.text(), "SSN 536-22-8146 ok");
  auto [s, e] = t.source_span(4, 15);
  EXPECT_EQ(src.substr(s, e - s), R"(\u0035\u0033\u0036-22-8146)");
  // A span inside one escape takes the escape whole.
  std::tie(s, e) = t.source_span(5, 6);
  EXPECT_EQ(src.substr(s, e - s), R"(\u0033)");
  // After the escapes, offsets shift by what they saved.
  std::tie(s, e) = t.source_span(16, 18);
  EXPECT_EQ(src.substr(s, e - s), "ok");

  const std::string nested = R"({\"a\":\"\\u0035x\"})";
  UnescapedText n(nested);
  ASSERT_EQ(n.text(), R"({"a":"5x"})");
  std::tie(s, e) = n.source_span(6, 8);
  EXPECT_EQ(nested.substr(s, e - s), R"(\\u0035x)");
}

}  // namespace
}  // namespace switchyard::privacy
