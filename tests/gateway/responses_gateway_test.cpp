// POST /v1/responses (OpenAI's Responses API, the stateless subset) through
// the whole gateway in front of the fake OpenAI upstream: Response objects
// and semantic stream events back, a Chat Completions body sent upstream,
// refusals in OpenAI's error format with nothing sent, the ledger's record.
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
using testing::Parsed;
using testing::str;
using testing::TestResponse;

const char* fake_env(const char* name) {
  if (std::string_view(name) == "FAKE_KEY") return "sk-test-secret-123";
  return nullptr;
}

// The SSE events of a stream: (event name, data) pairs.
std::vector<std::pair<std::string, std::string>> events_of(std::string_view body) {
  return testing::sse_named_events(body);
}

class ResponsesGatewayTest : public ::testing::Test {
 protected:
  void SetUp() override { upstream_.start(); }
  void TearDown() override {
    gw_.stop();
    upstream_.shutdown();
  }

  void start() {
    gw_.start(
        testing::loopback_server_yaml() +
            "providers:\n"
            "  - name: fake\n    kind: openai_compatible\n"
            "    base_url: " +
            upstream_.base_url() +
            "/v1\n    api_key_env: FAKE_KEY\n"
            "models:\n"
            "  - alias: gpt-test\n    deployments:\n"
            "      - { provider: fake, model: gpt-4o-mini, side: cloud }\n"
            "  - alias: limited\n    deployments:\n"
            "      - { provider: fake, model: error-429, side: cloud }\n"
            "  - alias: breaks\n    deployments:\n"
            "      - { provider: fake, model: disconnect-mid-stream, side: cloud }\n"
            "routing:\n  retry: { max_attempts: 1, initial_backoff_ms: 1, max_backoff_ms: 2 }\n" +
            ledger_.yaml(),
        fake_env);
  }

  FakeOpenAIUpstream upstream_;
  testing::TempLedger ledger_{"switchyard-responses-gw"};
  testing::LoopbackGateway gw_;
};

TEST_F(ResponsesGatewayTest, AnswersWithAResponseObject) {
  start();
  TestResponse r = gw_.post(
      "/v1/responses",
      R"({"model":"gpt-test","instructions":"be brief","input":"hello there","max_output_tokens":50,)"
      R"("metadata":{"ticket":"T-1"}})");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("content-type"), "application/json");
  EXPECT_EQ(r.header("x-switchyard-side"), "cloud");
  const Parsed a(r.body);
  EXPECT_EQ(str(a["/object"]), "response");
  EXPECT_EQ(str(a["/id"]).rfind("resp_", 0), 0u);
  EXPECT_EQ(str(a["/status"]), "completed");
  EXPECT_EQ(str(a["/instructions"]), "be brief");
  EXPECT_EQ(int64_t(a["/max_output_tokens"]), 50);
  EXPECT_EQ(str(a["/metadata/ticket"]), "T-1");
  EXPECT_EQ(str(a["/output/0/type"]), "message");
  EXPECT_EQ(str(a["/output/0/role"]), "assistant");
  EXPECT_EQ(str(a["/output/0/id"]).rfind("msg_", 0), 0u);
  EXPECT_EQ(str(a["/output/0/content/0/type"]), "output_text");
  EXPECT_NE(str(a["/output/0/content/0/text"]).find("echo: hello there"), std::string::npos);
  const int64_t in = int64_t(a["/usage/input_tokens"]);
  const int64_t out = int64_t(a["/usage/output_tokens"]);
  EXPECT_GT(in, 0);
  EXPECT_GT(out, 0);
  EXPECT_EQ(int64_t(a["/usage/total_tokens"]), in + out);

  // The upstream was sent a Chat Completions body.
  auto seen = upstream_.requests();
  ASSERT_EQ(seen.size(), 1u);
  EXPECT_EQ(seen[0].path, "/v1/chat/completions");
  const Parsed sent(seen[0].body);
  EXPECT_EQ(str(sent["/model"]), "gpt-4o-mini");
  EXPECT_EQ(str(sent["/messages/0/role"]), "system");
  EXPECT_EQ(str(sent["/messages/0/content"]), "be brief");
  EXPECT_EQ(str(sent["/messages/1/content"]), "hello there");
  EXPECT_EQ(int64_t(sent["/max_completion_tokens"]), 50);
  EXPECT_FALSE(sent.has("/input"));
  EXPECT_FALSE(sent.has("/instructions"));

  auto records = gw_.ledger_records(ledger_.path());
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].model, "gpt-test");
  EXPECT_EQ(records[0].status, 200);
  EXPECT_EQ(records[0].prompt_tokens, in);
}

TEST_F(ResponsesGatewayTest, FunctionCallsBothWays) {
  start();
  // The model calls the tool (the fake calls one when it is forced).
  TestResponse r = gw_.post("/responses", R"({"model":"gpt-test","input":"weather in Paris?",
      "tools":[{"type":"function","name":"get_weather","description":"Weather by city",
                "parameters":{"type":"object","properties":{"city":{"type":"string"}}}}],
      "tool_choice":{"type":"function","name":"get_weather"}})");
  ASSERT_EQ(r.status, 200u) << r.body;
  const Parsed a(r.body);
  const std::size_t last = a["/output"].get_array().size() - 1;
  const std::string call = "/output/" + std::to_string(last);
  EXPECT_EQ(str(a[call + "/type"]), "function_call") << r.body;
  EXPECT_EQ(str(a[call + "/name"]), "get_weather");
  EXPECT_EQ(str(a[call + "/id"]).rfind("fc_", 0), 0u);
  const std::string call_id(str(a[call + "/call_id"]));
  EXPECT_FALSE(call_id.empty());
  EXPECT_EQ(str(a["/tools/0/name"]), "get_weather");
  Parsed sent(upstream_.requests().back().body);
  EXPECT_EQ(str(sent["/tools/0/type"]), "function");
  EXPECT_EQ(str(sent["/tools/0/function/name"]), "get_weather");
  EXPECT_EQ(str(sent["/tool_choice/function/name"]), "get_weather");

  // The client sends the call and its output back.
  r = gw_.post("/v1/responses", R"({"model":"gpt-test","input":[
      {"role":"user","content":"weather in Paris?"},
      {"type":"function_call","call_id":")" +
                                    call_id +
                                    R"(","name":"get_weather","arguments":"{\"city\":\"Paris\"}"},
      {"type":"function_call_output","call_id":")" +
                                    call_id + R"(","output":"sunny, 21C"}]})");
  ASSERT_EQ(r.status, 200u) << r.body;
  Parsed second(upstream_.requests().back().body);
  EXPECT_EQ(str(second["/messages/1/role"]), "assistant");
  EXPECT_EQ(str(second["/messages/1/tool_calls/0/id"]), call_id);
  EXPECT_EQ(str(second["/messages/1/tool_calls/0/function/arguments"]), R"({"city":"Paris"})");
  EXPECT_EQ(str(second["/messages/2/role"]), "tool");
  EXPECT_EQ(str(second["/messages/2/tool_call_id"]), call_id);
  EXPECT_EQ(str(second["/messages/2/content"]), "sunny, 21C");
}

TEST_F(ResponsesGatewayTest, RefusalsComeInOpenAIsErrorFormatAndNothingIsSent) {
  start();
  struct Case {
    std::string body;
    std::string param;
  };
  const std::vector<Case> cases = {
      {R"({"model":"gpt-test","input":"hi","previous_response_id":"resp_1"})",
       "previous_response_id"},
      {R"({"model":"gpt-test","input":"hi","conversation":"conv_1"})", "conversation"},
      {R"({"model":"gpt-test","input":"hi","background":true})", "background"},
      {R"({"model":"gpt-test","input":"hi","tools":[{"type":"web_search"}]})", "tools[0].type"},
      {R"({"model":"gpt-test","input":"hi","not_a_param":1})", "not_a_param"},
  };
  for (const Case& c : cases) {
    TestResponse r = gw_.post("/v1/responses", c.body);
    EXPECT_EQ(r.status, 400u) << c.body;
    const Parsed e(r.body);
    EXPECT_EQ(str(e["/error/type"]), "invalid_request_error") << r.body;
    EXPECT_EQ(str(e["/error/param"]), c.param) << r.body;
  }
  EXPECT_EQ(upstream_.request_count(), 0u);

  // The upstream's 429 in OpenAI's shape.
  TestResponse r = gw_.post("/v1/responses", R"({"model":"limited","input":"hi"})");
  EXPECT_EQ(r.status, 429u) << r.body;
  EXPECT_EQ(str(Parsed(r.body)["/error/type"]), "rate_limit_error");

  r = gw_.get("/v1/responses");
  EXPECT_EQ(r.status, 405u);
  r = gw_.post("/v1/nowhere", "{}");
  EXPECT_EQ(r.status, 404u);
  EXPECT_NE(str(Parsed(r.body)["/error/message"]).find("/v1/responses"), std::string::npos);
}

TEST_F(ResponsesGatewayTest, StreamsSemanticEvents) {
  start();
  TestResponse r =
      gw_.post("/v1/responses", R"({"model":"gpt-test","input":"stream me","stream":true})");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("content-type"), "text/event-stream");
  const auto events = events_of(r.body);
  ASSERT_GE(events.size(), 9u) << r.body;
  std::vector<std::string> names;
  std::string text;
  std::string done_text;
  int64_t expected_sequence = 0;
  for (const auto& [name, data] : events) {
    const Parsed p(data);
    EXPECT_EQ(str(p["/type"]), name);
    EXPECT_EQ(int64_t(p["/sequence_number"]), expected_sequence++) << data;
    if (names.empty() || names.back() != name) names.push_back(name);
    if (name == "response.output_text.delta") text += std::string(str(p["/delta"]));
    if (name == "response.output_text.done") done_text = std::string(str(p["/text"]));
  }
  const std::vector<std::string> expected = {
      "response.created",           "response.in_progress",
      "response.output_item.added", "response.content_part.added",
      "response.output_text.delta", "response.output_text.done",
      "response.content_part.done", "response.output_item.done",
      "response.completed"};
  EXPECT_EQ(names, expected) << r.body;
  EXPECT_NE(text.find("echo: stream me"), std::string::npos) << r.body;
  EXPECT_EQ(done_text, text);
  const Parsed created(events.front().second);
  EXPECT_EQ(str(created["/response/status"]), "in_progress");
  const Parsed completed(events.back().second);
  EXPECT_EQ(str(completed["/response/status"]), "completed");
  EXPECT_EQ(str(completed["/response/output/0/content/0/text"]), text);
  EXPECT_EQ(str(completed["/response/id"]), str(created["/response/id"]));
  EXPECT_GT(int64_t(completed["/response/usage/output_tokens"]), 0) << events.back().second;
  EXPECT_GT(int64_t(completed["/response/usage/input_tokens"]), 0);

  auto records = gw_.ledger_records(ledger_.path());
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].status, 200);
  EXPECT_GT(records[0].completion_tokens, 0);
}

TEST_F(ResponsesGatewayTest, StreamsAFunctionCall) {
  start();
  TestResponse r =
      gw_.post("/v1/responses", R"({"model":"gpt-test","input":"weather?","stream":true,
      "tools":[{"type":"function","name":"get_weather","parameters":{"type":"object"}}],
      "tool_choice":"required"})");
  ASSERT_EQ(r.status, 200u) << r.body;
  std::string args;
  std::string done_args;
  std::string added_type;
  for (const auto& [name, data] : events_of(r.body)) {
    const Parsed p(data);
    if (name == "response.output_item.added" && str(p["/item/type"]) == "function_call") {
      added_type = "function_call";
      EXPECT_EQ(str(p["/item/name"]), "get_weather");
      EXPECT_FALSE(str(p["/item/call_id"]).empty());
    }
    if (name == "response.function_call_arguments.delta") args += std::string(str(p["/delta"]));
    if (name == "response.function_call_arguments.done") {
      done_args = std::string(str(p["/arguments"]));
      EXPECT_EQ(str(p["/name"]), "get_weather");
    }
  }
  EXPECT_EQ(added_type, "function_call") << r.body;
  EXPECT_FALSE(done_args.empty()) << r.body;
  EXPECT_EQ(args, done_args);
}

TEST_F(ResponsesGatewayTest, AFailureMidStreamIsAnErrorThenResponseFailed) {
  start();
  TestResponse r =
      gw_.post("/v1/responses", R"({"model":"breaks","input":"stream me","stream":true})");
  ASSERT_EQ(r.status, 200u) << r.body;
  const auto events = events_of(r.body);
  ASSERT_GE(events.size(), 2u) << r.body;
  EXPECT_EQ(events.front().first, "response.created");
  // As OpenAI's API ends a failed stream: `error`, then `response.failed`.
  EXPECT_EQ(events[events.size() - 2].first, "error") << r.body;
  const Parsed e(events[events.size() - 2].second);
  EXPECT_FALSE(str(e["/error/message"]).empty());
  EXPECT_EQ(events.back().first, "response.failed") << r.body;
  const Parsed failed(events.back().second);
  EXPECT_EQ(str(failed["/response/status"]), "failed");
  EXPECT_EQ(str(failed["/response/error/code"]), "server_error");
  EXPECT_EQ(str(failed["/response/error/message"]), str(e["/error/message"]));
  EXPECT_EQ(str(failed["/response/id"]), str(Parsed(events.front().second)["/response/id"]));
  // What came before the cut stays in the failed Response.
  EXPECT_EQ(str(failed["/response/output/0/status"]), "incomplete");
  EXPECT_EQ(str(failed["/response/output/0/content/0/text"]).rfind("echo:", 0), 0u) << r.body;
  for (const auto& [name, data] : events) EXPECT_NE(name, "response.completed");

  auto records = gw_.ledger_records(ledger_.path());
  ASSERT_EQ(records.size(), 1u);
  EXPECT_NE(records[0].status, 200);
}

}  // namespace
}  // namespace switchyard::gateway
