// The privacy guarantee across OpenAI's Responses dialect: every string
// position of a /v1/responses request (instructions, input text in every
// item shape, function_call arguments, name and call_id,
// function_call_output output, tools and their schemas, tool_choice,
// text.format's schema, metadata, user, the members carried to Chat
// Completions) is scanned; restricted data in any of them never reaches
// the cloud fake, in whole answers or streamed, and confidential data goes
// redacted and comes back restored in the Response and its events.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "gateway/privacy_checks.hpp"
#include "gateway/privacy_positions.hpp"
#include "gateway/privacy_values.hpp"
#include "support/json_compare.hpp"
#include "support/privacy_gateway.hpp"
#include "switchyard/api/openai/chat_codec.hpp"
#include "switchyard/api/responses/responses_codec.hpp"
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

// Every position of a Responses request a string can take (@V@: a JSON
// string holding the value; @S@: the value inside a string already open).
const std::vector<Position>& responses_positions() {
  static const std::vector<Position> p = {
      {"instructions", R"({"model":"m","instructions":@V@,"input":"hi"})"},
      {"input string", R"({"model":"m","input":@V@})"},
      {"message content string", R"({"model":"m","input":[{"role":"user","content":@V@}]})"},
      {"input_text",
       R"({"model":"m","input":[{"type":"message","role":"user","content":[{"type":"input_text","text":@V@}]}]})"},
      {"input_image url",
       R"({"model":"m","input":[{"role":"user","content":[{"type":"input_image","image_url":"https://example.org/a?q=@S@"}]}]})"},
      {"developer message",
       R"({"model":"m","input":[{"role":"developer","content":@V@},{"role":"user","content":"hi"}]})"},
      {"system message parts",
       R"({"model":"m","input":[{"role":"system","content":[{"type":"input_text","text":@V@}]},{"role":"user","content":"hi"}]})"},
      {"assistant output_text",
       R"({"model":"m","input":[{"role":"user","content":"hi"},{"type":"message","role":"assistant","content":[{"type":"output_text","text":@V@,"annotations":[]}]},{"role":"user","content":"go on"}]})"},
      {"assistant refusal",
       R"({"model":"m","input":[{"role":"user","content":"hi"},{"type":"message","role":"assistant","content":[{"type":"refusal","refusal":@V@}]},{"role":"user","content":"go on"}]})"},
      {"function_call arguments",
       R"({"model":"m","input":[{"role":"user","content":"hi"},{"type":"function_call","call_id":"c1","name":"f","arguments":"{\"to\":\"@S@\",\"n\":1}"},{"type":"function_call_output","call_id":"c1","output":"ok"}]})"},
      {"function_call arguments (whole)",
       R"({"model":"m","input":[{"role":"user","content":"hi"},{"type":"function_call","call_id":"c1","name":"f","arguments":@V@},{"type":"function_call_output","call_id":"c1","output":"ok"}]})"},
      {"function_call name",
       R"({"model":"m","input":[{"role":"user","content":"hi"},{"type":"function_call","call_id":"c1","name":@V@,"arguments":"{}"},{"type":"function_call_output","call_id":"c1","output":"ok"}]})"},
      {"function_call call_id",
       R"({"model":"m","input":[{"role":"user","content":"hi"},{"type":"function_call","call_id":@V@,"name":"f","arguments":"{}"}]})"},
      {"function_call_output output",
       R"({"model":"m","input":[{"role":"user","content":"hi"},{"type":"function_call","call_id":"c1","name":"f","arguments":"{}"},{"type":"function_call_output","call_id":"c1","output":@V@}]})"},
      {"function_call_output parts",
       R"({"model":"m","input":[{"role":"user","content":"hi"},{"type":"function_call","call_id":"c1","name":"f","arguments":"{}"},{"type":"function_call_output","call_id":"c1","output":[{"type":"input_text","text":@V@}]}]})"},
      {"function_call_output call_id",
       R"({"model":"m","input":[{"role":"user","content":"hi"},{"type":"function_call","call_id":"c1","name":"f","arguments":"{}"},{"type":"function_call_output","call_id":@V@,"output":"ok"}]})"},
      {"tools[].description",
       R"({"model":"m","input":"hi","tools":[{"type":"function","name":"f","description":@V@}]})"},
      {"tools[].name", R"({"model":"m","input":"hi","tools":[{"type":"function","name":@V@}]})"},
      {"tools[].parameters description",
       R"({"model":"m","input":"hi","tools":[{"type":"function","name":"f","parameters":{"type":"object","properties":{"a":{"type":"string","description":@V@}}}}]})"},
      {"tools[].parameters enum",
       R"({"model":"m","input":"hi","tools":[{"type":"function","name":"f","parameters":{"type":"object","properties":{"a":{"enum":["x",@V@]}}}}]})"},
      {"tools[].parameters property name",
       R"({"model":"m","input":"hi","tools":[{"type":"function","name":"f","parameters":{"type":"object","properties":{@V@:{"type":"string"}}}}]})"},
      {"tool_choice name",
       R"({"model":"m","input":"hi","tools":[{"type":"function","name":"f"}],"tool_choice":{"type":"function","name":@V@}})"},
      {"text.format schema",
       R"({"model":"m","input":"hi","text":{"format":{"type":"json_schema","name":"out","schema":{"type":"object","description":@V@}}}})"},
      {"text.format name",
       R"({"model":"m","input":"hi","text":{"format":{"type":"json_schema","name":@V@,"schema":{"type":"object"}}}})"},
      {"text.format description",
       R"({"model":"m","input":"hi","text":{"format":{"type":"json_schema","name":"out","description":@V@,"schema":{"type":"object"}}}})"},
      {"metadata value", R"({"model":"m","input":"hi","metadata":{"k":@V@}})"},
      {"metadata key", R"({"model":"m","input":"hi","metadata":{@V@:"x"}})"},
      {"user", R"({"model":"m","input":"hi","user":@V@})"},
      {"safety_identifier", R"({"model":"m","input":"hi","safety_identifier":@V@})"},
      {"prompt_cache_key", R"({"model":"m","input":"hi","prompt_cache_key":@V@})"},
  };
  return p;
}

constexpr char kSsn[] = "536-22-8146";
constexpr char kEmail[] = "jane.doe@example.com";

TEST(ResponsesPrivacyFields, ASsnAnywhereClassesTheRequestRestricted) {
  testing::expect_restricted_at_every_position(
      responses_positions(), kSsn,
      [](const std::string& body) { return api::responses::decode_responses_request(body); });
}

TEST(ResponsesPrivacyFields, AnEmailAnywhereIsRedactedBeforeItLeaves) {
  testing::expect_redacted_at_every_position(
      responses_positions(), kEmail,
      [](const std::string& body) { return api::responses::decode_responses_request(body); });
}

class ResponsesPrivacyTest : public testing::PrivacyGatewayTest {
 protected:
  ResponsesPrivacyTest() : PrivacyGatewayTest("switchyard-responses-privacy") {}

  TestResponse create(const std::string& body) { return gw_.post("/v1/responses", body); }
};

TEST_F(ResponsesPrivacyTest, RestrictedDataInEveryPositionNeverReachesTheCloud) {
  start();
  for (const Position& p : responses_positions()) {
    for (Encoding e : {Encoding::plain, Encoding::unicode}) {
      for (bool stream : {false, true}) {
        std::string body = fill(p.body, encode_value(kSsn, e, false));
        if (stream) body.insert(body.size() - 1, R"(,"stream":true)");
        // "m" lists the cloud first: the request is served locally.
        TestResponse r = create(body);
        EXPECT_EQ(r.status, 200u) << p.name << ": " << r.body;
        EXPECT_EQ(r.header("x-switchyard-side"), "local") << p.name;
        EXPECT_EQ(r.header("x-switchyard-data-class"), "restricted") << p.name;
        // With only the cloud: refused in OpenAI's shape, sent nowhere.
        std::string only = body;
        only.replace(only.find(R"("model":"m")"), 11, R"("model":"cloud-only")");
        r = create(only);
        EXPECT_EQ(r.status, 503u) << p.name << ": " << r.body;
        EXPECT_FALSE(str(Parsed(r.body)["/error/message"]).empty()) << r.body;
        EXPECT_FALSE(leaked(r.body, kSsn)) << r.body;
      }
    }
  }
  EXPECT_EQ(cloud_.request_count(), 0u) << cloud_bodies();
  EXPECT_FALSE(leaked(cloud_bodies(), kSsn));
  EXPECT_GT(local_.request_count(), 0u);
}

TEST_F(ResponsesPrivacyTest, ConfidentialDataGoesRedactedAndComesBackRestored) {
  start();
  const std::string text = "Please write to jane.doe@example.com about the invoice.";
  TestResponse r = create(R"({"model":"cloud-only","input":")" + text + R"("})");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("x-switchyard-redacted"), "true");
  EXPECT_FALSE(leaked(cloud_bodies(), kEmail)) << cloud_bodies();
  EXPECT_NE(cloud_bodies().find("[EMAIL_ADDRESS_1]"), std::string::npos) << cloud_bodies();
  // The fake echoes what it got; the client reads the address again.
  EXPECT_EQ(str(Parsed(r.body)["/output/0/content/0/text"]).rfind("echo: " + text, 0), 0u)
      << r.body;

  // Streamed: the deltas joined, the done event and the completed Response
  // hold the address, no placeholder.
  r = create(R"({"model":"cloud-only","stream":true,"input":")" + text + R"("})");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.body.find("[EMAIL_ADDRESS_1]"), std::string::npos) << r.body;
  std::string joined;
  std::string completed;
  for (std::size_t at = 0; (at = r.body.find("data: ", at)) != std::string::npos;) {
    const std::size_t end = r.body.find("\n\n", at);
    const Parsed e(r.body.substr(at + 6, end - at - 6));
    if (str(e["/type"]) == "response.output_text.delta") joined += std::string(str(e["/delta"]));
    if (str(e["/type"]) == "response.completed")
      completed = std::string(str(e["/response/output/0/content/0/text"]));
    at = end;
  }
  EXPECT_NE(joined.find(kEmail), std::string::npos) << r.body;
  EXPECT_EQ(completed, joined);
  EXPECT_FALSE(leaked(cloud_bodies(), kEmail)) << cloud_bodies();
}

}  // namespace
}  // namespace switchyard::gateway
