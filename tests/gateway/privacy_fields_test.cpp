// Every string a request carries is scanned, whatever field it is in and
// however it is escaped: an SSN in any position classes the request
// restricted; an email address in any position is replaced by its
// placeholder in what goes to the cloud, which stays a valid request.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "gateway/privacy_positions.hpp"
#include "gateway/privacy_values.hpp"
#include "switchyard/api/openai/chat_codec.hpp"
#include "switchyard/api/openai/embeddings_codec.hpp"
#include "switchyard/gateway/privacy_stage.hpp"

namespace switchyard::gateway {
namespace {

using testing::chat_positions;
using testing::encode_value;
using testing::Encoding;
using testing::fill;
using testing::leaked;
using testing::Position;

const privacy::Detector& detector() {
  static const privacy::Detector d;
  return d;
}

const std::vector<Encoding> kEncodings = {Encoding::plain, Encoding::unicode,
                                          Encoding::some_unicode, Encoding::json_in_string};

constexpr char kSsn[] = "536-22-8146";
constexpr char kEmail[] = "jane.doe@example.com";

TEST(PrivacyFields, ASsnAnywhereClassesTheRequestRestricted) {
  const auto policy = privacy::PrivacyPolicy{};
  for (const Position& p : chat_positions()) {
    for (Encoding e : kEncodings) {
      // In the arguments' JSON, the value is a string one level down.
      const std::string inner =
          encode_value(kSsn, e, std::string(p.name).find("arguments") != std::string::npos);
      const std::string body = fill(p.body, inner);
      auto req = api::openai::decode_chat_request(body);
      ASSERT_TRUE(req) << p.name << ": " << req.error().message << "\n" << body;
      const Inspection seen = inspect(&detector(), policy, *req, std::nullopt, std::nullopt);
      EXPECT_EQ(seen.classification.level, privacy::DataClass::restricted)
          << p.name << " (" << testing::name_of(e) << "): " << body;
    }
  }
}

TEST(PrivacyFields, AnEmailAnywhereIsRedactedForTheCloudAndTheRequestStaysValid) {
  const auto policy = privacy::PrivacyPolicy{};
  for (const Position& p : chat_positions()) {
    for (Encoding e : kEncodings) {
      const bool in_arguments = std::string(p.name).find("arguments") != std::string::npos;
      const std::string body = fill(p.body, encode_value(kEmail, e, in_arguments));
      auto req = api::openai::decode_chat_request(body);
      ASSERT_TRUE(req) << p.name << ": " << req.error().message << "\n" << body;
      const Inspection seen = inspect(&detector(), policy, *req, std::nullopt, std::nullopt);
      EXPECT_EQ(seen.classification.level, privacy::DataClass::confidential)
          << p.name << " (" << testing::name_of(e) << "): " << seen.classification.reason << "\n"
          << body;
      privacy::RedactionVault vault;
      const std::string out =
          api::openai::encode_chat_request(redact_request(*req, seen, vault), "gpt-4o-mini");
      EXPECT_FALSE(leaked(out, kEmail)) << p.name << " (" << testing::name_of(e) << "): " << out;
      EXPECT_NE(out.find("[EMAIL_ADDRESS_1]"), std::string::npos) << p.name << ": " << out;
      auto again = api::openai::decode_chat_request(out);
      EXPECT_TRUE(again) << p.name << ": the redacted request is not valid: " << out;
      if (in_arguments && again && e != Encoding::json_in_string) {
        // Arguments stay JSON.
        const auto calls = core::blocks_of<core::ToolUseBlock>(again->messages[0].content);
        ASSERT_FALSE(calls.empty()) << out;
        const std::string& args = calls[0]->arguments;
        EXPECT_EQ(args, R"({"to":"[EMAIL_ADDRESS_1]","n":1})") << args;
      }
    }
  }
}

TEST(PrivacyFields, EmbeddingsUserAndUnknownFieldsAreScanned) {
  const auto policy = privacy::PrivacyPolicy{};
  for (const char* body : {R"({"model":"e","input":"hi","user":@V@})",
                           R"({"model":"e","input":["hi","there"],"x":{"y":[@V@]}})",
                           R"({"model":"e","input":["hi",@V@]})"}) {
    for (Encoding e : kEncodings) {
      auto req = api::openai::decode_embedding_request(fill(body, encode_value(kSsn, e, false)));
      ASSERT_TRUE(req) << body;
      EXPECT_EQ(inspect(&detector(), policy, *req, std::nullopt, std::nullopt).classification.level,
                privacy::DataClass::restricted)
          << body << " (" << testing::name_of(e) << ")";
      auto mail = api::openai::decode_embedding_request(fill(body, encode_value(kEmail, e, false)));
      ASSERT_TRUE(mail);
      const Inspection seen = inspect(&detector(), policy, *mail, std::nullopt, std::nullopt);
      privacy::RedactionVault vault;
      const std::string out = api::openai::encode_embedding_request(
          redact_request(*mail, seen, vault), "text-embedding-3-small");
      EXPECT_FALSE(leaked(out, kEmail)) << out;
      EXPECT_TRUE(api::openai::decode_embedding_request(out)) << out;
    }
  }
}

TEST(PrivacyFields, EscapesNestedBeyondTheBoundFailClosed) {
  // JSON in a string in a string ... ten levels deep: not read, so restricted.
  std::string inner = "hello";
  for (int i = 0; i < 10; ++i) inner = testing::json_escape("{\"v\":\"" + inner + "\"}");
  auto req = api::openai::decode_chat_request(
      R"({"model":"m","messages":[{"role":"user","content":"hi"}],"user":")" + inner + "\"}");
  ASSERT_TRUE(req) << req.error().message;
  const Inspection seen =
      inspect(&detector(), privacy::PrivacyPolicy{}, *req, std::nullopt, std::nullopt);
  EXPECT_EQ(seen.classification.level, privacy::DataClass::restricted);
  EXPECT_NE(seen.classification.reason.find("cannot be inspected"), std::string::npos)
      << seen.classification.reason;
}

}  // namespace
}  // namespace switchyard::gateway
