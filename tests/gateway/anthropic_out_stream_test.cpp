// OpenAI chat in, Anthropic out: streams (text, parallel tool calls,
// thinking), Anthropic's errors mapped to OpenAI's with the upstream's
// message kept (529 overloaded retried, then fallback; 429 with retry-after
// or only anthropic-ratelimit-*), failures mid-stream reported in-band, the
// provider key in no answer, log line or ledger record, and privacy
// (restricted data never reaches Anthropic; confidential data is redacted on
// the way and restored in answers and streams).
#include <iterator>
#include <map>

#include "gateway/anthropic_out_fixture.hpp"

namespace switchyard::gateway {
namespace {

using testing::JsonEq;
using testing::parse_error;
using testing::Parsed;
using testing::str;

TEST_F(AnthropicOutTest, TextStreamBecomesOpenAIChunks) {
  start();
  auto r = post(R"({"model":"claude","messages":[{"role":"user","content":"one two three"}],
      "stream":true,"stream_options":{"include_usage":true}})");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("content-type").substr(0, 17), "text/event-stream");
  EXPECT_EQ(streamed_text(r.body), "echo: one two three");
  EXPECT_TRUE(testing::ends_with_done(r.body)) << r.body;
  std::string finish;
  bool usage = false;
  for (const auto& e : testing::sse_payloads(r.body)) {
    const Parsed chunk(e);
    EXPECT_EQ(str(chunk["/object"]), "chat.completion.chunk");
    if (chunk.has("/choices/0/finish_reason") && chunk["/choices/0/finish_reason"].is_string())
      finish = str(chunk["/choices/0/finish_reason"]);
    if (chunk.has("/usage/prompt_tokens") && chunk["/usage"].is_object()) {
      usage = true;
      EXPECT_EQ(int64_t(chunk["/usage/prompt_tokens"]), 3);
      EXPECT_EQ(int64_t(chunk["/usage/completion_tokens"]), 4);
    }
  }
  EXPECT_EQ(finish, "stop");
  EXPECT_TRUE(usage) << r.body;
  EXPECT_EQ(bool(Parsed(anthropic_.requests().back().body)["/stream"]), true);
}

TEST_F(AnthropicOutTest, StreamedParallelToolCalls) {
  start();
  auto r = post(R"({"model":"claude-parallel","messages":[{"role":"user","content":"go"}],
      "tools":[{"type":"function","function":{"name":"a"}},{"type":"function","function":{"name":"b"}}],
      "stream":true})");
  ASSERT_EQ(r.status, 200u) << r.body;
  std::vector<std::string> names, ids;
  std::map<std::int64_t, std::string> args;
  std::string finish;
  for (const auto& e : testing::sse_payloads(r.body)) {
    const Parsed chunk(e);
    if (chunk.has("/choices/0/delta/tool_calls")) {
      for (auto call : chunk["/choices/0/delta/tool_calls"].get_array()) {
        std::string_view s;
        std::int64_t index = 0;
        EXPECT_FALSE(call.at_pointer("/index").get(index));
        if (!call.at_pointer("/function/name").get(s)) names.emplace_back(s);
        if (!call.at_pointer("/id").get(s)) ids.emplace_back(s);
        if (!call.at_pointer("/function/arguments").get(s)) args[index] += s;
      }
    }
    if (chunk.has("/choices/0/finish_reason") && chunk["/choices/0/finish_reason"].is_string())
      finish = str(chunk["/choices/0/finish_reason"]);
  }
  EXPECT_EQ(names, (std::vector<std::string>{"a", "b"})) << r.body;
  ASSERT_EQ(ids.size(), 2u);
  EXPECT_NE(ids[0], ids[1]);
  ASSERT_EQ(args.size(), 2u) << r.body;
  EXPECT_TRUE(JsonEq(args[0], R"({"text":"go"})")) << args[0];
  EXPECT_TRUE(JsonEq(args[1], R"({"text":"go"})")) << args[1];
  EXPECT_EQ(finish, "tool_calls");
}

TEST_F(AnthropicOutTest, StreamedThinkingIsReasoning) {
  start();
  auto r = post(R"({"model":"claude-thinking","messages":[{"role":"user","content":"hmm"}],
      "stream":true})");
  ASSERT_EQ(r.status, 200u) << r.body;
  std::string reasoning;
  for (const auto& e : testing::sse_payloads(r.body)) {
    const Parsed chunk(e);
    if (chunk.has("/choices/0/delta/reasoning_content"))
      reasoning += str(chunk["/choices/0/delta/reasoning_content"]);
  }
  EXPECT_EQ(reasoning, "Let me think about that.") << r.body;
  EXPECT_EQ(streamed_text(r.body), "echo: hmm");
}

TEST_F(AnthropicOutTest, UpstreamErrorsKeepAnthropicsStatusAndMessage) {
  start();
  struct Case {
    const char* alias;
    unsigned status;
    const char* type;
    const char* says;
  };
  for (const Case& c : {Case{"claude-400", 400, "invalid_request_error", "Simulated error 400"},
                        Case{"claude-404", 404, "invalid_request_error", "model: error-404"},
                        Case{"claude-413", 413, "invalid_request_error", "maximum allowed"},
                        Case{"claude-429", 429, "rate_limit_error", "rate limit"},
                        Case{"claude-500", 500, "server_error", "Internal server error"},
                        Case{"claude-529", 529, "server_error", "Overloaded"}}) {
    auto r = post(std::string(R"({"model":")") + c.alias +
                  R"(","messages":[{"role":"user","content":"x"}]})");
    EXPECT_EQ(r.status, c.status) << c.alias << r.body;
    const auto e = parse_error(r.body);
    EXPECT_EQ(e.type, c.type) << c.alias << r.body;
    EXPECT_TRUE(e.says(c.says)) << c.alias << r.body;
  }
  auto r = post(R"({"model":"claude-garbage","messages":[{"role":"user","content":"x"}]})");
  EXPECT_EQ(r.status, 502u) << r.body;
  EXPECT_EQ(parse_error(r.body).code, "invalid_upstream_response") << r.body;
}

TEST_F(AnthropicOutTest, OverloadedIsRetriedThenFallsBack) {
  start("ANTHROPIC_KEY", "3");
  // Once overloaded, then answered: the retry serves it.
  auto r = post(R"({"model":"claude-flaky","messages":[{"role":"user","content":"x"}]})");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(anthropic_.requests().size(), 2u);
  // Always overloaded: every attempt, then the next deployment answers.
  anthropic_.reset();
  r = post(R"({"model":"claude-fallback","messages":[{"role":"user","content":"x"}]})");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(str(Parsed(r.body)["/model"]), "gpt-backup");
  EXPECT_EQ(anthropic_.requests().size(), 3u);
  EXPECT_EQ(r.header("x-switchyard-deployment"), "backup/gpt-backup");
  // Streamed alike, before the first byte.
  anthropic_.reset();
  r = post(R"({"model":"claude-fallback","messages":[{"role":"user","content":"x"}],
      "stream":true})");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(streamed_text(r.body), "echo: x");
  EXPECT_EQ(anthropic_.requests().size(), 3u);
  // Overloaded after the 200, before any content (an `error` event after
  // message_start): nothing reached the client yet, so retried and fallen back.
  anthropic_.reset();
  r = post(R"({"model":"claude-overloaded-stream","messages":[{"role":"user","content":"y"}],
      "stream":true})");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(streamed_text(r.body), "echo: y");
  EXPECT_TRUE(testing::ends_with_done(r.body)) << r.body;
  EXPECT_EQ(anthropic_.requests().size(), 3u);
}

TEST_F(AnthropicOutTest, RateLimitsAreRetriedAfterTheirHeaders) {
  start("ANTHROPIC_KEY", "2");
  // retry-after: 0, and only anthropic-ratelimit-* (a reset already past):
  // both retried at once, then the 429 reaches the client.
  for (const char* alias : {"claude-429", "claude-ratelimit"}) {
    anthropic_.reset();
    auto r = post(std::string(R"({"model":")") + alias +
                  R"(","messages":[{"role":"user","content":"x"}]})");
    EXPECT_EQ(r.status, 429u) << alias << r.body;
    EXPECT_EQ(parse_error(r.body).type, "rate_limit_error") << r.body;
    EXPECT_EQ(anthropic_.requests().size(), 2u) << alias;
    EXPECT_EQ(r.header("retry-after"), "0") << alias;
  }
}

TEST_F(AnthropicOutTest, StreamFailuresAreReportedInBand) {
  start();
  for (const char* alias : {"claude-stream-error", "claude-no-stop", "claude-cut"}) {
    auto r = post(std::string(R"({"model":")") + alias +
                  R"(","messages":[{"role":"user","content":"one two three"}],"stream":true})");
    ASSERT_EQ(r.status, 200u) << alias << r.body;
    const auto events = testing::sse_payloads(r.body);
    ASSERT_FALSE(events.empty()) << alias;
    EXPECT_TRUE(Parsed(events.back()).has("/error/message")) << alias << ": " << r.body;
    EXPECT_FALSE(testing::ends_with_done(r.body)) << alias;
  }
  auto r = post(R"({"model":"claude-stream-error","messages":[{"role":"user","content":"a b"}],
      "stream":true})");
  EXPECT_TRUE(parse_error(testing::sse_payloads(r.body).back()).says("Overloaded")) << r.body;
}

TEST_F(AnthropicOutTest, TheKeyIsInNoAnswerLogOrRecord) {
  start();
  std::string answers;
  for (const char* alias : {"claude", "claude-quote-key", "claude-429", "claude-529"})
    answers += post(std::string(R"({"model":")") + alias +
                    R"(","messages":[{"role":"user","content":"x"}]})")
                   .body;
  const auto quoted =
      post(R"({"model":"claude-quote-key","messages":[{"role":"user","content":"x"}]})");
  EXPECT_EQ(quoted.status, 400u);
  EXPECT_TRUE(parse_error(quoted.body).says("invalid x-api-key")) << quoted.body;
  answers += quoted.body;
  EXPECT_EQ(answers.find(kAnthropicKey), std::string::npos) << answers;
  EXPECT_EQ(answers.find("sk-ant-"), std::string::npos) << answers;
  EXPECT_EQ(answers.find("fXYZ"), std::string::npos) << answers;  // masked: its end

  const std::string log = access_log(5);
  EXPECT_EQ(std::count(log.begin(), log.end(), '\n'), 5) << log;
  EXPECT_EQ(log.find("sk-ant-"), std::string::npos) << log;
  EXPECT_EQ(gw_.ledger_records(ledger_.path()).size(), 5u);
  // The ledger's files, byte for byte (the database and its write-ahead log).
  for (const std::string& file : {ledger_.path(), ledger_.path() + "-wal"}) {
    std::ifstream in(file, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_EQ(bytes.find("sk-ant-"), std::string::npos) << file;
    EXPECT_EQ(bytes.find("fXYZ"), std::string::npos) << file;
  }
  // A key Anthropic rejects is the gateway's to fix: 502, not the client's 401.
  gw_.stop();
  start("ANTHROPIC_BAD_KEY");
  auto r = post(R"({"model":"claude","messages":[{"role":"user","content":"x"}]})");
  EXPECT_EQ(r.status, 502u) << r.body;
  const auto e = parse_error(r.body);
  EXPECT_EQ(e.code, "upstream_authentication_failed") << r.body;
  EXPECT_TRUE(e.says("invalid x-api-key")) << r.body;
}

TEST_F(AnthropicOutTest, RestrictedDataNeverReachesAnthropic) {
  start();
  const std::string ssn = "My SSN is 536-22-8146, file it.";
  for (const char* stream : {"false", "true"}) {
    // Only Anthropic: nothing may serve it.
    auto r = post(R"({"model":"claude","messages":[{"role":"user","content":")" + ssn +
                  R"("}],"stream":)" + stream + "}");
    EXPECT_EQ(r.status, 503u) << r.body;
    EXPECT_EQ(parse_error(r.body).code, "no_permitted_deployment") << r.body;
    // Anthropic first, a local deployment after: the local one serves it.
    r = post(R"({"model":"claude-or-local","messages":[{"role":"user","content":")" + ssn +
             R"("}],"stream":)" + stream + "}");
    EXPECT_EQ(r.status, 200u) << r.body;
    EXPECT_EQ(r.header("x-switchyard-deployment"), "backup/local-model");
  }
  // In a system prompt, a tool result, a tool call's arguments alike.
  auto r = post(R"({"model":"claude","messages":[{"role":"system","content":")" + ssn +
                R"("},{"role":"user","content":"hi"}]})");
  EXPECT_EQ(r.status, 503u) << r.body;
  r = post(R"({"model":"claude","messages":[{"role":"user","content":"go"},
      {"role":"assistant","tool_calls":[{"id":"c","type":"function","function":{"name":"f",
      "arguments":"{\"n\":\"536-22-8146\"}"}}]},
      {"role":"tool","tool_call_id":"c","content":"ok"}]})");
  EXPECT_EQ(r.status, 503u) << r.body;
  r = post(R"({"model":"claude","messages":[{"role":"user","content":"go"},
      {"role":"assistant","tool_calls":[{"id":"c","type":"function","function":{"name":"f","arguments":"{}"}}]},
      {"role":"tool","tool_call_id":"c","content":")" +
           ssn + R"("}]})");
  EXPECT_EQ(r.status, 503u) << r.body;
  EXPECT_TRUE(anthropic_.requests().empty());
}

TEST_F(AnthropicOutTest, ConfidentialDataIsRedactedForAnthropicAndRestored) {
  start();
  auto r = post(
      R"({"model":"claude","messages":[{"role":"user","content":"Write to jane.doe@example.com today."}]})");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("x-switchyard-redacted"), "true");
  EXPECT_EQ(str(Parsed(r.body)["/choices/0/message/content"]),
            "echo: Write to jane.doe@example.com today.");

  r = post(
      R"({"model":"claude","messages":[{"role":"user","content":"Write to jane.doe@example.com today."}],"stream":true})");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(streamed_text(r.body), "echo: Write to jane.doe@example.com today.");
  EXPECT_EQ(r.body.find("[EMAIL_ADDRESS"), std::string::npos) << r.body;

  // Tool input carries the placeholder to Anthropic and the value back, streamed too.
  for (const char* stream : {"false", "true"}) {
    r = post(
        R"({"model":"claude","messages":[{"role":"user","content":"mail jane.doe@example.com"}],
        "tools":[{"type":"function","function":{"name":"send"}}],"tool_choice":"required",
        "stream":)" +
        std::string(stream) + "}");
    ASSERT_EQ(r.status, 200u) << r.body;
    EXPECT_NE(r.body.find("jane.doe@example.com"), std::string::npos) << r.body;
    EXPECT_EQ(r.body.find("[EMAIL_ADDRESS"), std::string::npos) << r.body;
  }

  ASSERT_EQ(anthropic_.requests().size(), 4u);
  for (const auto& sent : anthropic_.requests()) {
    EXPECT_EQ(sent.body.find("jane.doe@example.com"), std::string::npos) << sent.body;
    EXPECT_NE(sent.body.find("[EMAIL_ADDRESS_1]"), std::string::npos) << sent.body;
  }
}

}  // namespace
}  // namespace switchyard::gateway
