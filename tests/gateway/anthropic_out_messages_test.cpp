// Anthropic's Messages in, Anthropic out: a client of Anthropic's API
// reaches an Anthropic upstream through the gateway with its request intact
// (the body the fake receives is the client's, model aside), the answer
// and its stream come back in Anthropic's shapes with the upstream's own
// stop reasons, stop sequence and cache usage, and its errors keep their
// types: 529 overloaded_error, 429 rate_limit_error, 413
// request_too_large, ... and an `error` event mid-stream.
#include "gateway/anthropic_out_fixture.hpp"

namespace switchyard::gateway {
namespace {

using testing::JsonEq;
using testing::Parsed;
using testing::str;

TEST_F(AnthropicOutTest, AMessagesRequestReachesAnthropicAsSent) {
  start();
  const std::string tools = R"("tools":[{"name":"lookup","description":"Find a thing",
      "input_schema":{"type":"object","properties":{"q":{"type":"string"}}},
      "cache_control":{"type":"ephemeral"}}])";
  const std::string body =
      R"({"model":"claude","max_tokens":300,"system":[{"type":"text","text":"You are terse.",
      "cache_control":{"type":"ephemeral"}}],
      "messages":[{"role":"user","content":"find it"},
        {"role":"assistant","content":[{"type":"text","text":"Looking."},
          {"type":"tool_use","id":"toolu_01","name":"lookup","input":{"q":"it"}}]},
        {"role":"user","content":[{"type":"tool_result","tool_use_id":"toolu_01","content":"found: 42"},
          {"type":"text","text":"and now?"}]}],)" +
      tools +
      R"(,"tool_choice":{"type":"auto"},"temperature":0.5,"top_k":5,
      "stop_sequences":["END"],"metadata":{"user_id":"u-1"}})";
  auto r = messages(body);
  ASSERT_EQ(r.status, 200u) << r.body;
  const Parsed answer(r.body);
  EXPECT_EQ(str(answer["/type"]), "message");
  EXPECT_EQ(str(answer["/content/0/text"]), "results: toolu_01=found: 42;");
  EXPECT_EQ(str(answer["/stop_reason"]), "end_turn");

  std::string expected = body;
  expected.replace(expected.find(R"("model":"claude")"), 16, R"("model":"claude-sonnet-4-5")");
  EXPECT_TRUE(JsonEq(anthropic_.requests().back().body, expected))
      << anthropic_.requests().back().body;
}

TEST_F(AnthropicOutTest, AnthropicsStopReasonsAndCacheUsageComeBackAsTheyWere) {
  start();
  auto r = messages(R"({"model":"claude","max_tokens":100,"stop_sequences":["three"],
      "messages":[{"role":"user","content":"one two three four"}]})");
  ASSERT_EQ(r.status, 200u) << r.body;
  const Parsed stopped(r.body);
  EXPECT_EQ(str(stopped["/stop_reason"]), "stop_sequence");
  EXPECT_EQ(str(stopped["/stop_sequence"]), "three");

  r = messages(R"({"model":"claude-pause","max_tokens":100,
      "messages":[{"role":"user","content":"go on"}]})");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(str(Parsed(r.body)["/stop_reason"]), "pause_turn");

  r = messages(R"({"model":"claude-refusal","max_tokens":100,
      "messages":[{"role":"user","content":"no"}]})");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(str(Parsed(r.body)["/stop_reason"]), "refusal");

  r = messages(R"({"model":"claude-cached","max_tokens":100,
      "messages":[{"role":"user","content":"a b c"}]})");
  ASSERT_EQ(r.status, 200u) << r.body;
  const Parsed answer(r.body);
  EXPECT_EQ(int64_t(answer["/usage/input_tokens"]), 3) << r.body;
  EXPECT_EQ(int64_t(answer["/usage/cache_read_input_tokens"]), 5) << r.body;
  EXPECT_EQ(int64_t(answer["/usage/cache_creation_input_tokens"]), 7) << r.body;
  const auto records = gw_.ledger_records(ledger_.path());
  ASSERT_FALSE(records.empty());
  EXPECT_EQ(records.back().cache_read_tokens, 5);
  EXPECT_EQ(records.back().cache_write_tokens, 7);
}

TEST_F(AnthropicOutTest, ThinkingGoesBackWithItsSignature) {
  start();
  auto r = messages(R"({"model":"claude-thinking","max_tokens":2000,
      "thinking":{"type":"enabled","budget_tokens":1024},
      "messages":[{"role":"user","content":"hmm"}]})");
  ASSERT_EQ(r.status, 200u) << r.body;
  const Parsed answer(r.body);
  EXPECT_EQ(str(answer["/content/0/type"]), "thinking");
  const std::string signature(str(answer["/content/0/signature"]));
  EXPECT_FALSE(signature.empty());
  EXPECT_EQ(str(answer["/content/1/text"]), "echo: hmm");
  EXPECT_EQ(int64_t(Parsed(anthropic_.requests().back().body)["/thinking/budget_tokens"]), 1024);

  // The next turn sends the thinking block back, signature and all.
  r = messages(R"({"model":"claude","max_tokens":2000,
      "thinking":{"type":"enabled","budget_tokens":1024},
      "messages":[{"role":"user","content":"hmm"},
        {"role":"assistant","content":[{"type":"thinking","thinking":"Let me think about that.",
          "signature":")" +
               signature + R"("},{"type":"text","text":"echo: hmm"}]},
        {"role":"user","content":"more"}]})");
  ASSERT_EQ(r.status, 200u) << r.body;
  const Parsed sent(anthropic_.requests().back().body);
  EXPECT_EQ(str(sent["/messages/1/content/0/signature"]), signature);
}

TEST_F(AnthropicOutTest, AStreamComesBackAsAnthropicsEvents) {
  start();
  auto r = messages(R"({"model":"claude-thinking","max_tokens":100,"stream":true,
      "messages":[{"role":"user","content":"one two"}]})");
  ASSERT_EQ(r.status, 200u) << r.body;
  const auto events = events_of(r.body);
  ASSERT_FALSE(events.empty()) << r.body;
  EXPECT_EQ(events.front().first, "message_start");
  EXPECT_EQ(events.back().first, "message_stop");
  std::string text, thinking, signature, stop;
  for (const auto& [name, data] : events) {
    const Parsed e(data);
    EXPECT_EQ(str(e["/type"]), name);
    if (name == "content_block_delta") {
      const std::string_view kind = str(e["/delta/type"]);
      if (kind == "text_delta") text += str(e["/delta/text"]);
      if (kind == "thinking_delta") thinking += str(e["/delta/thinking"]);
      if (kind == "signature_delta") signature += str(e["/delta/signature"]);
    }
    if (name == "message_delta") stop = str(e["/delta/stop_reason"]);
  }
  EXPECT_EQ(text, "echo: one two");
  EXPECT_EQ(thinking, "Let me think about that.");
  EXPECT_FALSE(signature.empty());
  EXPECT_EQ(stop, "end_turn");

  // A tool call streams as input_json_delta pieces that join into its input.
  r = messages(R"({"model":"claude","max_tokens":100,"stream":true,
      "tools":[{"name":"lookup","input_schema":{"type":"object"}}],
      "tool_choice":{"type":"any"},"messages":[{"role":"user","content":"Paris"}]})");
  ASSERT_EQ(r.status, 200u) << r.body;
  std::string input, tool;
  for (const auto& [name, data] : events_of(r.body)) {
    const Parsed e(data);
    if (name == "content_block_start" && str(e["/content_block/type"]) == "tool_use")
      tool = str(e["/content_block/name"]);
    if (name == "content_block_delta" && str(e["/delta/type"]) == "input_json_delta")
      input += str(e["/delta/partial_json"]);
    if (name == "message_delta") stop = str(e["/delta/stop_reason"]);
  }
  EXPECT_EQ(tool, "lookup");
  EXPECT_TRUE(JsonEq(input, R"({"text":"Paris"})")) << input;
  EXPECT_EQ(stop, "tool_use");
}

TEST_F(AnthropicOutTest, AnthropicsErrorsKeepTheirTypes) {
  start();
  struct Case {
    const char* alias;
    unsigned status;
    const char* type;
  };
  for (const Case& c :
       {Case{"claude-400", 400, "invalid_request_error"},
        Case{"claude-404", 404, "not_found_error"}, Case{"claude-413", 413, "request_too_large"},
        Case{"claude-429", 429, "rate_limit_error"}, Case{"claude-500", 500, "api_error"},
        Case{"claude-529", 529, "overloaded_error"}}) {
    auto r = messages(std::string(R"({"model":")") + c.alias +
                      R"(","max_tokens":10,"messages":[{"role":"user","content":"x"}]})");
    EXPECT_EQ(r.status, c.status) << c.alias << r.body;
    const Parsed e(r.body);
    EXPECT_EQ(str(e["/type"]), "error") << r.body;
    EXPECT_EQ(str(e["/error/type"]), c.type) << c.alias << r.body;
  }
  // Mid-stream: Anthropic's error event, passed on as one.
  auto r = messages(R"({"model":"claude-stream-error","max_tokens":10,"stream":true,
      "messages":[{"role":"user","content":"a b"}]})");
  ASSERT_EQ(r.status, 200u) << r.body;
  const auto events = events_of(r.body);
  ASSERT_FALSE(events.empty()) << r.body;
  EXPECT_EQ(events.back().first, "error") << r.body;
  EXPECT_EQ(str(Parsed(events.back().second)["/error/type"]), "overloaded_error") << r.body;
}

TEST_F(AnthropicOutTest, APIVersion2026LeavesOutTheSamplingParametersItRefuses) {
  start();
  // OpenAI in: temperature and top_p are not sent (2026-10-21 refuses them,
  // even at their defaults: the fake does as Anthropic does).
  auto r = post(R"({"model":"claude-2026","messages":[{"role":"user","content":"hi"}],
      "temperature":0.3,"top_p":0.9})");
  ASSERT_EQ(r.status, 200u) << r.body;
  auto sent = anthropic_.requests().back();
  EXPECT_EQ(sent.anthropic_version, "2026-10-21");
  EXPECT_FALSE(Parsed(sent.body).has("/temperature")) << sent.body;
  EXPECT_FALSE(Parsed(sent.body).has("/top_p")) << sent.body;
  // Anthropic in: its top_k too.
  r = messages(R"({"model":"claude-2026","max_tokens":10,"temperature":0.2,"top_k":4,
      "messages":[{"role":"user","content":"hi"}]})");
  ASSERT_EQ(r.status, 200u) << r.body;
  sent = anthropic_.requests().back();
  EXPECT_FALSE(Parsed(sent.body).has("/top_k")) << sent.body;
  EXPECT_FALSE(Parsed(sent.body).has("/temperature")) << sent.body;
  // The default version (2023-06-01) takes them.
  r = post(R"({"model":"claude","messages":[{"role":"user","content":"hi"}],"temperature":0.3})");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_TRUE(Parsed(anthropic_.requests().back().body).has("/temperature"));
}

// anthropic-beta reaches an Anthropic upstream as the client named its
// features (every field of it, duplicates once); the gateway's own
// anthropic-version stays the provider's. An OpenAI-compatible upstream
// never gets the header, not even as the fallback of the same request.
TEST_F(AnthropicOutTest, AnthropicBetaReachesAnthropicUpstreamsOnly) {
  start();
  const std::string body =
      R"({"model":"claude","max_tokens":10,"messages":[{"role":"user","content":"hi"}]})";
  // Two anthropic-beta fields (the test client sets one per name: raw HTTP).
  const std::string raw = testing::raw_exchange(
      gw_.port(),
      "POST /v1/messages HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
      "anthropic-version: 2024-01-01\r\n"
      "anthropic-beta: interleaved-thinking-2025-05-14, context-1m-2025-08-07\r\n"
      "Anthropic-Beta: context-1m-2025-08-07,token-efficient-tools-2025-02-19\r\n"
      "Content-Length: " +
          std::to_string(body.size()) + "\r\n\r\n" + body);
  ASSERT_TRUE(raw.starts_with("HTTP/1.1 200 ")) << raw;
  auto sent = anthropic_.requests().back();
  EXPECT_EQ(sent.anthropic_beta,
            "interleaved-thinking-2025-05-14,context-1m-2025-08-07,token-efficient-tools-2025-02-"
            "19");
  EXPECT_EQ(sent.anthropic_version, "2023-06-01");  // the provider's, not the client's
  EXPECT_EQ(sent.api_key, kAnthropicKey);           // nor the client's key

  // Without the header, none is sent.
  auto r = messages(body);
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(anthropic_.requests().back().anthropic_beta, "");

  // The Anthropic deployment fails (529), the OpenAI-compatible backup answers:
  // the first got the header, the second did not.
  const std::size_t before = openai_.requests().size();
  r = gw_.post(
      "/v1/messages",
      R"({"model":"claude-fallback","max_tokens":10,"messages":[{"role":"user","content":"hi"}]})",
      {{"anthropic-version", "2023-06-01"}, {"anthropic-beta", "prompt-caching-2024-07-31"}});
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(anthropic_.requests().back().anthropic_beta, "prompt-caching-2024-07-31");
  const auto to_openai = openai_.requests();
  ASSERT_EQ(to_openai.size(), before + 1);
  EXPECT_EQ(to_openai.back().path, "/v1/chat/completions");
  EXPECT_EQ(to_openai.back().anthropic_beta, "");
}

// A beta name the gateway would not send on as it came is the client's
// error, in Anthropic's shape, and nothing is sent; the OpenAI dialect does
// not read the header at all.
TEST_F(AnthropicOutTest, AnthropicBetaIsCheckedAndReadOnlyFromAnthropicClients) {
  start();
  const std::string body =
      R"({"model":"claude","max_tokens":10,"messages":[{"role":"user","content":"hi"}]})";
  const std::size_t before = anthropic_.requests().size();
  const std::vector<std::string> bad_names = {"feature one", "a;b", std::string(129, 'x')};
  for (const std::string& bad : bad_names) {
    auto r = gw_.post("/v1/messages", body, {{"anthropic-beta", bad}});
    EXPECT_EQ(r.status, 400u) << r.body;
    const Parsed e(r.body);
    EXPECT_EQ(str(e["/type"]), "error") << r.body;
    EXPECT_EQ(str(e["/error/type"]), "invalid_request_error") << r.body;
    EXPECT_NE(str(e["/error/message"]).find("anthropic-beta"), std::string::npos) << r.body;
  }
  EXPECT_EQ(anthropic_.requests().size(), before);

  auto r = post(R"({"model":"claude","messages":[{"role":"user","content":"hi"}]})",
                {{"anthropic-beta", "interleaved-thinking-2025-05-14"}});
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(anthropic_.requests().back().anthropic_beta, "");
}

}  // namespace
}  // namespace switchyard::gateway
