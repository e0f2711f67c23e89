// The privacy guarantee across Anthropic's Messages dialect: every string
// position of a /v1/messages request (system, content blocks, tool_use
// input, tool_result content, metadata.user_id, stop_sequences, tools and
// their schemas, unknown members) is scanned; restricted data in any of
// them never reaches the cloud fake, confidential data reaches it only
// redacted and comes back restored, in whole answers and in Anthropic's
// stream events.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "gateway/privacy_checks.hpp"
#include "gateway/privacy_positions.hpp"
#include "gateway/privacy_values.hpp"
#include "support/json_compare.hpp"
#include "support/privacy_gateway.hpp"
#include "switchyard/api/anthropic/messages_codec.hpp"
#include "switchyard/api/openai/chat_codec.hpp"
#include "switchyard/gateway/privacy_stage.hpp"

namespace switchyard::gateway {
namespace {

using testing::encode_value;
using testing::Encoding;
using testing::fill;
using testing::leaked;
using testing::Parsed;
using testing::Position;
using testing::str;
using testing::TestResponse;

// Every position of a Messages request a string can take (@V@: a JSON
// string holding the value; @S@: the value inside a string already open).
const std::vector<Position>& messages_positions() {
  static const std::vector<Position>
      p =
          {
              {"content",
               R"({"model":"m","max_tokens":8,"messages":[{"role":"user","content":@V@}]})"},
              {"content text block",
               R"({"model":"m","max_tokens":8,"messages":[{"role":"user","content":[{"type":"text","text":@V@}]}]})"},
              {"text block extra",
               R"({"model":"m","max_tokens":8,"messages":[{"role":"user","content":[{"type":"text","text":"hi","citations":[{"cited_text":@V@}]}]}]})"},
              {"system",
               R"({"model":"m","max_tokens":8,"system":@V@,"messages":[{"role":"user","content":"hi"}]})"},
              {"system block",
               R"({"model":"m","max_tokens":8,"system":[{"type":"text","text":"be brief"},{"type":"text","text":@V@,"cache_control":{"type":"ephemeral"}}],"messages":[{"role":"user","content":"hi"}]})"},
              {"metadata.user_id",
               R"({"model":"m","max_tokens":8,"metadata":{"user_id":@V@},"messages":[{"role":"user","content":"hi"}]})"},
              {"stop_sequences[]",
               R"({"model":"m","max_tokens":8,"stop_sequences":["END",@V@],"messages":[{"role":"user","content":"hi"}]})"},
              {"tools[].description",
               R"({"model":"m","max_tokens":8,"tools":[{"name":"f","description":@V@,"input_schema":{"type":"object"}}],"messages":[{"role":"user","content":"hi"}]})"},
              {"tools[].name",
               R"({"model":"m","max_tokens":8,"tools":[{"name":@V@,"input_schema":{"type":"object"}}],"messages":[{"role":"user","content":"hi"}]})"},
              {"tools[].input_schema description",
               R"({"model":"m","max_tokens":8,"tools":[{"name":"f","input_schema":{"type":"object","properties":{"a":{"type":"string","description":@V@}}}}],"messages":[{"role":"user","content":"hi"}]})"},
              {"tools[].input_schema enum",
               R"({"model":"m","max_tokens":8,"tools":[{"name":"f","input_schema":{"type":"object","properties":{"a":{"enum":["x",@V@]}}}}],"messages":[{"role":"user","content":"hi"}]})"},
              {"tool extra",
               R"({"model":"m","max_tokens":8,"tools":[{"name":"f","input_schema":{"type":"object"},"x-owner":@V@}],"messages":[{"role":"user","content":"hi"}]})"},
              {"tool_choice.name",
               R"({"model":"m","max_tokens":8,"tools":[{"name":"f","input_schema":{"type":"object"}}],"tool_choice":{"type":"tool","name":@V@},"messages":[{"role":"user","content":"hi"}]})"},
              {"tool_use.input",
               R"({"model":"m","max_tokens":8,"messages":[{"role":"user","content":"hi"},{"role":"assistant","content":[{"type":"tool_use","id":"toolu_1","name":"f","input":{"to":@V@,"n":1}}]},{"role":"user","content":[{"type":"tool_result","tool_use_id":"toolu_1","content":"ok"}]}]})"},
              {"tool_use.id",
               R"({"model":"m","max_tokens":8,"messages":[{"role":"user","content":"hi"},{"role":"assistant","content":[{"type":"tool_use","id":@V@,"name":"f","input":{}}]}]})"},
              {"tool_use.name",
               R"({"model":"m","max_tokens":8,"messages":[{"role":"user","content":"hi"},{"role":"assistant","content":[{"type":"tool_use","id":"toolu_1","name":@V@,"input":{}}]}]})"},
              {"tool_result.tool_use_id",
               R"({"model":"m","max_tokens":8,"messages":[{"role":"user","content":"hi"},{"role":"assistant","content":[{"type":"tool_use","id":"toolu_1","name":"f","input":{}}]},{"role":"user","content":[{"type":"tool_result","tool_use_id":@V@,"content":"ok"}]}]})"},
              {"tool_result.content",
               R"({"model":"m","max_tokens":8,"messages":[{"role":"user","content":"hi"},{"role":"assistant","content":[{"type":"tool_use","id":"toolu_1","name":"f","input":{}}]},{"role":"user","content":[{"type":"tool_result","tool_use_id":"toolu_1","content":@V@}]}]})"},
              {"tool_result.content[].text",
               R"({"model":"m","max_tokens":8,"messages":[{"role":"user","content":"hi"},{"role":"assistant","content":[{"type":"tool_use","id":"toolu_1","name":"f","input":{}}]},{"role":"user","content":[{"type":"tool_result","tool_use_id":"toolu_1","content":[{"type":"text","text":@V@}]},{"type":"text","text":"and?"}]}]})"},
              {"assistant text",
               R"({"model":"m","max_tokens":8,"messages":[{"role":"user","content":"hi"},{"role":"assistant","content":[{"type":"text","text":@V@}]},{"role":"user","content":"ok"}]})"},
              {"thinking sent back",
               R"({"model":"m","max_tokens":8,"messages":[{"role":"user","content":"hi"},{"role":"assistant","content":[{"type":"thinking","thinking":@V@,"signature":"c2ln"},{"type":"text","text":"ok"}]},{"role":"user","content":"go on"}]})"},
              {"image url",
               R"({"model":"m","max_tokens":8,"messages":[{"role":"user","content":[{"type":"image","source":{"type":"url","url":"https://example.org/a?q=@S@"}}]}]})"},
              {"system message among the conversation",
               R"({"model":"m","max_tokens":8,"messages":[{"role":"user","content":"hi"},{"role":"system","content":[{"type":"text","text":@V@}]},{"role":"assistant","content":"ok"},{"role":"user","content":"go"}]})"},
              {"message extra",
               R"({"model":"m","max_tokens":8,"messages":[{"role":"user","content":"hi","x":@V@}]})"},
              {"unknown top-level member",
               R"({"model":"m","max_tokens":8,"messages":[{"role":"user","content":"hi"}],"x_trace":{"a":[1,{"b":@V@}]}})"},
              {"unknown thinking mode",
               R"({"model":"m","max_tokens":8,"messages":[{"role":"user","content":"hi"}],"thinking":{"type":"adaptive","note":@V@}})"},
          };
  return p;
}

constexpr char kSsn[] = "536-22-8146";
constexpr char kEmail[] = "jane.doe@example.com";

TEST(AnthropicPrivacyFields, ASsnAnywhereClassesTheRequestRestricted) {
  testing::expect_restricted_at_every_position(
      messages_positions(), kSsn,
      [](const std::string& body) { return api::anthropic::decode_messages_request(body); });
}

TEST(AnthropicPrivacyFields, AnEmailAnywhereIsRedactedBeforeItLeaves) {
  testing::expect_redacted_at_every_position(
      messages_positions(), kEmail,
      [](const std::string& body) { return api::anthropic::decode_messages_request(body); });
}

TEST(AnthropicPrivacyFields, BlocksTheGatewayCannotReadFailClosed) {
  auto req = api::anthropic::decode_messages_request(
      R"({"model":"m","max_tokens":8,"messages":[{"role":"user","content":[{"type":"text","text":"summarise"},)"
      R"({"type":"document","source":{"type":"base64","media_type":"application/pdf","data":"JVBERi0x"}}]}]})");
  ASSERT_TRUE(req);
  const Inspection seen = inspect(&testing::default_detector(), privacy::PrivacyPolicy{}, *req,
                                  std::nullopt, std::nullopt);
  EXPECT_EQ(seen.classification.level, privacy::DataClass::restricted);
  EXPECT_NE(seen.classification.reason.find("document"), std::string::npos)
      << seen.classification.reason;
}

class AnthropicPrivacyTest : public testing::PrivacyGatewayTest {
 protected:
  AnthropicPrivacyTest() : PrivacyGatewayTest("switchyard-anthropic-privacy") {}

  TestResponse messages(const std::string& body) { return gw_.post("/v1/messages", body); }
};

TEST_F(AnthropicPrivacyTest, RestrictedDataInEveryPositionNeverReachesTheCloud) {
  start();
  for (const Position& p : messages_positions()) {
    for (bool stream : {false, true}) {
      std::string body = fill(p.body, encode_value(kSsn, Encoding::plain, false));
      if (stream) body.insert(body.size() - 1, R"(,"stream":true)");
      // "m" lists the cloud first: the request is served locally.
      TestResponse r = messages(body);
      EXPECT_EQ(r.status, 200u) << p.name << ": " << r.body;
      EXPECT_EQ(r.header("x-switchyard-side"), "local") << p.name;
      EXPECT_EQ(r.header("x-switchyard-data-class"), "restricted") << p.name;
      // With only the cloud: refused in Anthropic's shape, sent nowhere.
      std::string only = body;
      only.replace(only.find(R"("model":"m")"), 11, R"("model":"cloud-only")");
      r = messages(only);
      EXPECT_EQ(r.status, 503u) << p.name << ": " << r.body;
      EXPECT_EQ(str(Parsed(r.body)["/type"]), "error") << r.body;
      EXPECT_FALSE(leaked(r.body, kSsn)) << r.body;
    }
  }
  EXPECT_EQ(cloud_.request_count(), 0u) << cloud_bodies();
  EXPECT_FALSE(leaked(cloud_bodies(), kSsn));
}

TEST_F(AnthropicPrivacyTest, ConfidentialDataGoesRedactedAndComesBackRestored) {
  start();
  const std::string text = "Please write to jane.doe@example.com about the invoice.";
  TestResponse r =
      messages(R"({"model":"cloud-only","max_tokens":64,"messages":[{"role":"user","content":")" +
               text + R"("}]})");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("x-switchyard-redacted"), "true");
  EXPECT_FALSE(leaked(cloud_bodies(), kEmail)) << cloud_bodies();
  EXPECT_NE(cloud_bodies().find("[EMAIL_ADDRESS_1]"), std::string::npos) << cloud_bodies();
  // The fake echoes what it got; the client reads the address again.
  EXPECT_EQ(str(Parsed(r.body)["/content/0/text"]).rfind("echo: " + text, 0), 0u) << r.body;

  // Streamed: the text deltas joined hold the address, no placeholder.
  r = messages(
      R"({"model":"cloud-only","max_tokens":64,"stream":true,"messages":[{"role":"user","content":")" +
      text + R"("}]})");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.body.find("[EMAIL_ADDRESS_1]"), std::string::npos) << r.body;
  std::string joined;
  for (std::size_t at = 0; (at = r.body.find("data: ", at)) != std::string::npos;) {
    const std::size_t end = r.body.find("\n\n", at);
    const Parsed e(r.body.substr(at + 6, end - at - 6));
    if (str(e["/type"]) == "content_block_delta") joined += std::string(str(e["/delta/text"]));
    at = end;
  }
  EXPECT_NE(joined.find("jane.doe@example.com"), std::string::npos) << r.body;
  EXPECT_FALSE(leaked(cloud_bodies(), kEmail)) << cloud_bodies();
}

}  // namespace
}  // namespace switchyard::gateway
