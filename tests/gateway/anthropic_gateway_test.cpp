// POST /v1/messages (Anthropic's Messages API) through the whole gateway in
// front of the fake OpenAI upstream: the answer and its errors in
// Anthropic's shapes, the upstream sent OpenAI's, the ledger's record.
#include <gtest/gtest.h>

#include "fakes/fake_openai_upstream.hpp"
#include "support/json_compare.hpp"
#include "support/loopback_gateway.hpp"
#include "support/sse_events.hpp"
#include "support/temp_ledger.hpp"
#include "switchyard/config/config.hpp"

namespace switchyard::gateway {
namespace {

using testing::FakeOpenAIUpstream;
using testing::JsonEq;
using testing::Parsed;
using testing::str;
using testing::TestResponse;

const char* fake_env(const char* name) {
  if (std::string_view(name) == "FAKE_KEY") return "sk-test-secret-123";
  return nullptr;
}

std::string messages_body(const std::string& model, const std::string& text = "hello there",
                          const std::string& extra = R"(,"max_tokens":64)") {
  return R"({"model":")" + model +
         R"(","system":"be brief","messages":[{"role":"user","content":")" + text + R"("}])" +
         extra + "}";
}

class AnthropicGatewayTest : public ::testing::Test {
 protected:
  void SetUp() override { upstream_.start(); }
  void TearDown() override {
    gw_.stop();
    upstream_.shutdown();
  }

  void start(const std::string& extra = {}) {
    gw_.start(
        testing::loopback_server_yaml() +
            "providers:\n"
            "  - name: fake\n    kind: openai_compatible\n"
            "    base_url: " +
            upstream_.base_url() +
            "/v1\n    api_key_env: FAKE_KEY\n"
            "models:\n"
            "  - alias: claude-test\n    deployments:\n"
            "      - { provider: fake, model: gpt-4o-mini, side: cloud }\n"
            "  - alias: overloaded\n    deployments:\n"
            "      - { provider: fake, model: error-529, side: cloud }\n"
            "  - alias: limited\n    deployments:\n"
            "      - { provider: fake, model: error-429, side: cloud }\n"
            "routing:\n  retry: { max_attempts: 1, initial_backoff_ms: 1, max_backoff_ms: 2 }\n" +
            ledger_.yaml() + extra,
        fake_env);
  }

  TestResponse messages(const std::string& body,
                        std::vector<std::pair<std::string, std::string>> headers = {}) {
    headers.emplace_back("anthropic-version", "2023-06-01");
    return gw_.post("/v1/messages", body, std::move(headers));
  }

  FakeOpenAIUpstream upstream_;
  testing::TempLedger ledger_{"switchyard-anthropic-gw"};
  testing::LoopbackGateway gw_;
};

TEST_F(AnthropicGatewayTest, AnswersAMessageInAnthropicsShape) {
  start();
  TestResponse r = messages(messages_body("claude-test"));
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("content-type"), "application/json");
  EXPECT_EQ(r.header("x-switchyard-side"), "cloud");
  const Parsed a(r.body);
  EXPECT_EQ(str(a["/type"]), "message");
  EXPECT_EQ(str(a["/role"]), "assistant");
  EXPECT_EQ(str(a["/id"]).rfind("msg_", 0), 0u);
  EXPECT_EQ(str(a["/content/0/type"]), "text");
  EXPECT_NE(str(a["/content/0/text"]).find("echo: hello there"), std::string::npos) << r.body;
  EXPECT_EQ(str(a["/stop_reason"]), "end_turn");
  EXPECT_TRUE(a["/stop_sequence"].is_null());
  EXPECT_GT(int64_t(a["/usage/input_tokens"]), 0);
  EXPECT_GT(int64_t(a["/usage/output_tokens"]), 0);
  EXPECT_EQ(int64_t(a["/usage/cache_read_input_tokens"]), 0);

  // The upstream was spoken to in OpenAI's format.
  auto seen = upstream_.requests();
  ASSERT_EQ(seen.size(), 1u);
  EXPECT_EQ(seen[0].path, "/v1/chat/completions");
  const Parsed sent(seen[0].body);
  EXPECT_EQ(str(sent["/model"]), "gpt-4o-mini");
  EXPECT_EQ(str(sent["/messages/0/role"]), "system");
  EXPECT_EQ(str(sent["/messages/0/content"]), "be brief");
  EXPECT_EQ(str(sent["/messages/1/content"]), "hello there");
  EXPECT_EQ(int64_t(sent["/max_tokens"]), 64);

  // The ledger has the request, with its tokens.
  auto records = gw_.ledger_records(ledger_.path());
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].model, "claude-test");
  EXPECT_EQ(records[0].status, 200);
  EXPECT_EQ(records[0].deployment, "fake/gpt-4o-mini");
  EXPECT_EQ(records[0].prompt_tokens, int64_t(a["/usage/input_tokens"]));
}

TEST_F(AnthropicGatewayTest, ErrorsComeInAnthropicsShapeWithTheirStatus) {
  start();
  // max_tokens missing: 400, nothing sent.
  TestResponse r = messages(messages_body("claude-test", "hi", ""));
  EXPECT_EQ(r.status, 400u);
  const Parsed e(r.body);
  EXPECT_EQ(str(e["/type"]), "error");
  EXPECT_EQ(str(e["/error/type"]), "invalid_request_error");
  EXPECT_NE(str(e["/error/message"]).find("max_tokens"), std::string::npos);
  EXPECT_EQ(upstream_.request_count(), 0u);

  // An unknown model: 404 not_found_error.
  r = messages(messages_body("no-such-model"));
  EXPECT_EQ(r.status, 404u) << r.body;
  EXPECT_EQ(str(Parsed(r.body)["/error/type"]), "not_found_error") << r.body;

  // The upstream's 429 and 529.
  r = messages(messages_body("limited"));
  EXPECT_EQ(r.status, 429u) << r.body;
  EXPECT_EQ(str(Parsed(r.body)["/error/type"]), "rate_limit_error") << r.body;
  r = messages(messages_body("overloaded"));
  EXPECT_EQ(r.status, 529u) << r.body;
  EXPECT_EQ(str(Parsed(r.body)["/error/type"]), "overloaded_error") << r.body;

  // A wrong method on the path.
  r = gw_.get("/v1/messages");
  EXPECT_EQ(r.status, 405u);
  EXPECT_EQ(str(Parsed(r.body)["/type"]), "error");
}

TEST_F(AnthropicGatewayTest, TheKeyMayComeInXApiKey) {
  start("keys:\n  required: true\n");
  TestResponse r = messages(messages_body("claude-test"));
  EXPECT_EQ(r.status, 401u);
  EXPECT_EQ(str(Parsed(r.body)["/error/type"]), "authentication_error");
  // A provider's key is not a virtual key: still 401, read from x-api-key.
  r = messages(messages_body("claude-test"), {{"x-api-key", "sk-ant-api03-not-ours"}});
  EXPECT_EQ(r.status, 401u);
  EXPECT_NE(str(Parsed(r.body)["/error/message"]).find("not a Switchyard virtual key"),
            std::string::npos)
      << r.body;
}

TEST_F(AnthropicGatewayTest, StreamsAnthropicsEvents) {
  start();
  TestResponse r =
      messages(messages_body("claude-test", "stream me", R"(,"max_tokens":64,"stream":true)"));
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("content-type"), "text/event-stream");
  const auto events = testing::sse_named_events(r.body);
  ASSERT_GE(events.size(), 6u) << r.body;
  EXPECT_EQ(events.front().first, "message_start");
  EXPECT_EQ(events[1].first, "ping");
  EXPECT_EQ(events.back().first, "message_stop");
  std::string text;
  bool saw_delta = false;
  for (const auto& [name, data] : events) {
    const Parsed p(data);
    EXPECT_EQ(str(p["/type"]), name);
    if (name == "content_block_delta") text += std::string(str(p["/delta/text"]));
    if (name == "message_delta") {
      saw_delta = true;
      EXPECT_EQ(str(p["/delta/stop_reason"]), "end_turn");
      EXPECT_GT(int64_t(p["/usage/output_tokens"]), 0) << data;
      EXPECT_GT(int64_t(p["/usage/input_tokens"]), 0) << data;
    }
  }
  EXPECT_TRUE(saw_delta);
  EXPECT_NE(text.find("echo: stream me"), std::string::npos) << r.body;
  auto records = gw_.ledger_records(ledger_.path());
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].status, 200);
  EXPECT_GT(records[0].completion_tokens, 0);
}

TEST_F(AnthropicGatewayTest, ToolUseBothWays) {
  start();
  const std::string tools =
      R"(,"max_tokens":64,"tools":[{"name":"get_weather","description":"Weather","input_schema":{"type":"object","properties":{"city":{"type":"string"}}}}],"tool_choice":{"type":"any"})";
  TestResponse r = messages(messages_body("claude-test", "weather in Paris", tools));
  ASSERT_EQ(r.status, 200u) << r.body;
  const Parsed a(r.body);
  EXPECT_EQ(str(a["/stop_reason"]), "tool_use") << r.body;
  std::size_t last = simdjson::dom::array(a["/content"]).size() - 1;
  const std::string call = "/content/" + std::to_string(last);
  EXPECT_EQ(str(a[call + "/type"]), "tool_use") << r.body;
  EXPECT_EQ(str(a[call + "/name"]), "get_weather");
  EXPECT_TRUE(a[call + "/input"].is_object());
  const std::string id(str(a[call + "/id"]));

  // The result goes back as a tool_result block; the upstream sees a tool message.
  const std::string turn2 =
      R"({"model":"claude-test","max_tokens":64,"messages":[{"role":"user","content":"weather in Paris"},)"
      R"({"role":"assistant","content":[{"type":"tool_use","id":")" +
      id +
      R"(","name":"get_weather","input":{"city":"Paris"}}]},)"
      R"({"role":"user","content":[{"type":"tool_result","tool_use_id":")" +
      id + R"(","content":"18C and sunny"}]}]})";
  r = messages(turn2);
  ASSERT_EQ(r.status, 200u) << r.body;
  auto seen = upstream_.requests();
  ASSERT_EQ(seen.size(), 2u);
  const Parsed sent(seen[1].body);
  EXPECT_EQ(str(sent["/messages/1/tool_calls/0/id"]), id);
  EXPECT_TRUE(
      JsonEq(str(sent["/messages/1/tool_calls/0/function/arguments"]), R"({"city":"Paris"})"));
  EXPECT_EQ(str(sent["/messages/2/role"]), "tool");
  EXPECT_EQ(str(sent["/messages/2/tool_call_id"]), id);
  EXPECT_EQ(str(sent["/messages/2/content"]), "18C and sunny");
}

TEST_F(AnthropicGatewayTest, CountTokensEstimatesForACloudModelAndSendsNothing) {
  start("keys:\n  required: false\n");
  const std::string shortish =
      R"({"model":"claude-test","messages":[{"role":"user","content":"hello there"}]})";
  TestResponse r = gw_.post("/v1/messages/count_tokens", shortish);
  ASSERT_EQ(r.status, 200u) << r.body;
  const Parsed a(r.body);
  const int64_t n = int64_t(a["/input_tokens"]);
  EXPECT_EQ(n, 3);  // "hello there": 11 bytes / 4, rounded up
  const std::string longer =
      R"({"model":"claude-test","system":"be brief","messages":[{"role":"user","content":")" +
      std::string(400, 'x') + R"("}],"tools":[{"name":"f","input_schema":{"type":"object"}}]})";
  r = gw_.post("/v1/messages/count_tokens", longer);
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_GT(int64_t(Parsed(r.body)["/input_tokens"]), 100);
  EXPECT_EQ(upstream_.request_count(), 0u);
  // No ledger record: no model ran.
  EXPECT_TRUE(gw_.ledger_records(ledger_.path()).empty());

  r = gw_.post("/v1/messages/count_tokens",
               R"({"model":"nope","messages":[{"role":"user","content":"x"}]})");
  EXPECT_EQ(r.status, 404u);
  EXPECT_EQ(str(Parsed(r.body)["/error/type"]), "not_found_error");
  r = gw_.post("/v1/messages/count_tokens", R"({"model":"claude-test"})");
  EXPECT_EQ(r.status, 400u);
  EXPECT_EQ(str(Parsed(r.body)["/error/type"]), "invalid_request_error");
  EXPECT_NE(str(Parsed(r.body)["/error/message"]).find("messages"), std::string::npos);
}

TEST_F(AnthropicGatewayTest, CountTokensChecksTheKeyLikeAnyRequest) {
  start("keys:\n  required: true\n");
  TestResponse r =
      gw_.post("/v1/messages/count_tokens",
               R"({"model":"claude-test","messages":[{"role":"user","content":"x"}]})");
  EXPECT_EQ(r.status, 401u);
  EXPECT_EQ(str(Parsed(r.body)["/error/type"]), "authentication_error");
}

// Anthropic's thinking reaches an OpenAI-compatible upstream as the
// reasoning_effort nearest its budget; no thinking, no effort.
TEST_F(AnthropicGatewayTest, ThinkingReachesAnOpenAIUpstreamAsReasoningEffort) {
  start();
  for (const auto& [budget, effort] : std::vector<std::pair<int, std::string>>{
           {1024, "low"}, {6000, "medium"}, {8192, "medium"}, {20000, "high"}}) {
    TestResponse r = messages(
        messages_body("claude-test", "think",
                      R"(,"max_tokens":30000,"thinking":{"type":"enabled","budget_tokens":)" +
                          std::to_string(budget) + "}"));
    ASSERT_EQ(r.status, 200u) << r.body;
    const Parsed sent(upstream_.requests().back().body);
    EXPECT_EQ(str(sent["/reasoning_effort"]), effort) << budget;
    EXPECT_FALSE(sent.has("/thinking")) << sent.json;
  }
  TestResponse r = messages(
      messages_body("claude-test", "think", R"(,"max_tokens":100,"thinking":{"type":"disabled"})"));
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_FALSE(Parsed(upstream_.requests().back().body).has("/reasoning_effort"));
}

}  // namespace
}  // namespace switchyard::gateway
