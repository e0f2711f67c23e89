// OpenAI chat in, Anthropic out (kind anthropic), against the fake
// Anthropic API, which checks bodies as Anthropic does
// (fake_anthropic_request.hpp): text and instructions, the headers, the
// max_tokens default, tool calls (single, parallel, and their results sent
// back), images, JSON mode (json_schema translated, json_object refused),
// stop reasons, thinking and cache tokens into usage and the ledger. Errors,
// retries, streams and privacy: anthropic_out_stream_test.cpp.
#include "gateway/anthropic_out_fixture.hpp"

namespace switchyard::gateway {
namespace {

using testing::JsonEq;
using testing::parse_error;
using testing::Parsed;
using testing::str;

TEST_F(AnthropicOutTest, TextRoundTrip) {
  start();
  auto r = post(R"({"model":"claude","messages":[{"role":"system","content":"Be brief."},
      {"role":"user","content":"hello there"}],"temperature":0.2,"max_tokens":50,
      "stop":["zzz"],"user":"u-42"})");
  ASSERT_EQ(r.status, 200u) << r.body;
  const Parsed answer(r.body);
  EXPECT_EQ(str(answer["/object"]), "chat.completion");
  EXPECT_EQ(str(answer["/choices/0/message/role"]), "assistant");
  EXPECT_EQ(str(answer["/choices/0/message/content"]), "echo: hello there");
  EXPECT_EQ(str(answer["/choices/0/finish_reason"]), "stop");
  EXPECT_EQ(int64_t(answer["/usage/prompt_tokens"]), 4);  // words, system included
  EXPECT_EQ(int64_t(answer["/usage/completion_tokens"]), 3);
  EXPECT_EQ(str(answer["/model"]), "claude-sonnet-4-5");

  const auto requests = anthropic_.requests();
  ASSERT_EQ(requests.size(), 1u);
  const auto& sent = requests[0];
  EXPECT_EQ(sent.path, "/v1/messages");
  EXPECT_EQ(sent.api_key, kAnthropicKey);
  EXPECT_EQ(sent.anthropic_version, "2023-06-01");
  EXPECT_TRUE(JsonEq(sent.body, R"({"model":"claude-sonnet-4-5","max_tokens":50,
      "system":"Be brief.","messages":[{"role":"user","content":"hello there"}],
      "temperature":0.2,"stop_sequences":["zzz"],"metadata":{"user_id":"u-42"}})"))
      << sent.body;
}

TEST_F(AnthropicOutTest, MaxTokensDefaultsToTheProvidersWhenTheClientSetsNone) {
  start();
  auto r = post(R"({"model":"claude","messages":[{"role":"user","content":"hi"}]})");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(int64_t(Parsed(anthropic_.requests().back().body)["/max_tokens"]), 1024);
  // max_completion_tokens wins over max_tokens, as OpenAI reads them.
  r = post(R"({"model":"claude","messages":[{"role":"user","content":"hi"}],
      "max_tokens":9,"max_completion_tokens":7})");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(int64_t(Parsed(anthropic_.requests().back().body)["/max_tokens"]), 7);
}

TEST_F(AnthropicOutTest, ASingleToolCallAndItsResult) {
  start();
  const std::string tools = R"("tools":[{"type":"function","function":{"name":"get_weather",
      "description":"Weather now","parameters":{"type":"object","properties":{"text":{"type":"string"}}}}}])";
  auto r = post(R"({"model":"claude","messages":[{"role":"user","content":"Paris"}],)" + tools +
                R"(,"tool_choice":"required"})");
  ASSERT_EQ(r.status, 200u) << r.body;
  const Parsed answer(r.body);
  EXPECT_EQ(str(answer["/choices/0/finish_reason"]), "tool_calls");
  const std::string id(str(answer["/choices/0/message/tool_calls/0/id"]));
  EXPECT_TRUE(id.starts_with("toolu_")) << id;
  EXPECT_EQ(str(answer["/choices/0/message/tool_calls/0/type"]), "function");
  EXPECT_EQ(str(answer["/choices/0/message/tool_calls/0/function/name"]), "get_weather");
  EXPECT_TRUE(JsonEq(str(answer["/choices/0/message/tool_calls/0/function/arguments"]),
                     R"({"text":"Paris"})"));
  const Parsed sent(anthropic_.requests().back().body);
  EXPECT_TRUE(JsonEq(std::string(simdjson::minify(sent["/tools"])),
                     R"([{"name":"get_weather","description":"Weather now","input_schema":
      {"type":"object","properties":{"text":{"type":"string"}}}}])"));
  EXPECT_EQ(str(sent["/tool_choice/type"]), "any");

  // The client runs the tool and sends the result back under the same id:
  // the fake refuses a tool_result that answers no call of the turn before.
  r = post(R"({"model":"claude","messages":[{"role":"user","content":"Paris"},
      {"role":"assistant","content":null,"tool_calls":[{"id":")" +
           id + R"(","type":"function","function":{"name":"get_weather",
      "arguments":"{\"text\":\"Paris\"}"}}]},
      {"role":"tool","tool_call_id":")" +
           id + R"(","content":"{\"temp\":21}"}],)" + tools + "}");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(str(Parsed(r.body)["/choices/0/message/content"]),
            "results: " + id + "={\"temp\":21};");
}

TEST_F(AnthropicOutTest, ParallelToolCallsAndTheirResults) {
  start();
  const std::string tools =
      R"("tools":[{"type":"function","function":{"name":"weather","parameters":{"type":"object"}}},
      {"type":"function","function":{"name":"time","parameters":{"type":"object"}}}])";
  auto r = post(R"({"model":"claude-parallel","messages":[{"role":"user","content":"Oslo"}],)" +
                tools + "}");
  ASSERT_EQ(r.status, 200u) << r.body;
  const Parsed answer(r.body);
  ASSERT_EQ(answer["/choices/0/message/tool_calls"].get_array().size(), 2u) << r.body;
  const std::string a(str(answer["/choices/0/message/tool_calls/0/id"]));
  const std::string b(str(answer["/choices/0/message/tool_calls/1/id"]));
  EXPECT_NE(a, b);
  EXPECT_EQ(str(answer["/choices/0/message/tool_calls/0/function/name"]), "weather");
  EXPECT_EQ(str(answer["/choices/0/message/tool_calls/1/function/name"]), "time");

  // Both results go back as tool_result blocks of one user turn, with the
  // user's next words after them.
  r = post(R"({"model":"claude-parallel","messages":[{"role":"user","content":"Oslo"},
      {"role":"assistant","tool_calls":[
        {"id":")" +
           a +
           R"(","type":"function","function":{"name":"weather","arguments":"{}"}},
        {"id":")" +
           b +
           R"(","type":"function","function":{"name":"time","arguments":"{}"}}]},
      {"role":"tool","tool_call_id":")" +
           a + R"(","content":"cold"},
      {"role":"tool","tool_call_id":")" +
           b + R"(","content":"noon"}],)" + tools + R"(,"parallel_tool_calls":false})");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(str(Parsed(r.body)["/choices/0/message/content"]),
            "results: " + a + "=cold; " + b + "=noon;");
  const Parsed sent(anthropic_.requests().back().body);
  EXPECT_EQ(str(sent["/messages/2/role"]), "user");
  EXPECT_EQ(str(sent["/messages/2/content/0/type"]), "tool_result");
  EXPECT_EQ(str(sent["/messages/2/content/1/tool_use_id"]), b);
  EXPECT_EQ(bool(sent["/tool_choice/disable_parallel_tool_use"]), true);
}

TEST_F(AnthropicOutTest, ImagesGoAsBase64OrUrlSources) {
  start();
  auto r = post(R"({"model":"claude","messages":[{"role":"user","content":[
      {"type":"text","text":"what is it"},
      {"type":"image_url","image_url":{"url":"data:image/png;base64,iVBORw0KGgoAAAANSUhEUg=="}},
      {"type":"image_url","image_url":{"url":"https://example.com/cat.png"}}]}]})");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(str(Parsed(r.body)["/choices/0/message/content"]),
            "echo: what is it [image image/png 16 bytes] [image url 0 bytes]");
  const Parsed sent(anthropic_.requests().back().body);
  EXPECT_TRUE(
      JsonEq(std::string(simdjson::minify(sent["/messages/0/content/1/source"])),
             R"({"type":"base64","media_type":"image/png","data":"iVBORw0KGgoAAAANSUhEUg=="})"));
  EXPECT_TRUE(JsonEq(std::string(simdjson::minify(sent["/messages/0/content/2/source"])),
                     R"({"type":"url","url":"https://example.com/cat.png"})"));

  // A data: URL that is not base64 cannot be an Anthropic image: refused,
  // nothing sent.
  const std::size_t before = anthropic_.requests().size();
  r = post(R"({"model":"claude","messages":[{"role":"user","content":[
      {"type":"image_url","image_url":{"url":"data:image/svg+xml,<svg/>"}}]}]})");
  EXPECT_EQ(r.status, 400u) << r.body;
  const auto e = parse_error(r.body);
  EXPECT_EQ(e.code, "unsupported_image_url") << r.body;
  EXPECT_EQ(e.param, "messages[0].content[0]") << r.body;
  EXPECT_EQ(anthropic_.requests().size(), before);
}

TEST_F(AnthropicOutTest, JsonSchemaIsTranslatedAndJsonObjectRefused) {
  start();
  auto r = post(R"({"model":"claude","messages":[{"role":"user","content":"data"}],
      "response_format":{"type":"json_schema","json_schema":{"name":"e","strict":true,
      "schema":{"type":"object","properties":{"echo":{"type":"string"}},"required":["echo"],
      "additionalProperties":false}}}})");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_TRUE(JsonEq(str(Parsed(r.body)["/choices/0/message/content"]), R"({"echo":"data"})"));
  const Parsed sent(anthropic_.requests().back().body);
  EXPECT_TRUE(JsonEq(std::string(simdjson::minify(sent["/output_config"])),
                     R"({"format":{"type":"json_schema","schema":{"type":"object",
      "properties":{"echo":{"type":"string"}},"required":["echo"],"additionalProperties":false}}})"));

  const std::size_t before = anthropic_.requests().size();
  r = post(R"({"model":"claude","messages":[{"role":"user","content":"data"}],
      "response_format":{"type":"json_object"}})");
  EXPECT_EQ(r.status, 400u) << r.body;
  auto e = parse_error(r.body);
  EXPECT_EQ(e.code, "unsupported_response_format") << r.body;
  EXPECT_EQ(e.param, "response_format") << r.body;
  EXPECT_TRUE(e.says("json_schema")) << r.body;

  r = post(R"({"model":"claude","messages":[{"role":"user","content":"two"}],"n":2})");
  EXPECT_EQ(r.status, 400u) << r.body;
  EXPECT_EQ(parse_error(r.body).param, "n") << r.body;
  EXPECT_EQ(anthropic_.requests().size(), before);  // refused before anything was sent
}

TEST_F(AnthropicOutTest, StopReasonsMapToFinishReasons) {
  start();
  auto finish = [&](const std::string& alias, const std::string& extra = {}) {
    auto r = post(R"({"model":")" + alias +
                  R"(","messages":[{"role":"user","content":"one two three four"}])" + extra + "}");
    EXPECT_EQ(r.status, 200u) << r.body;
    return std::string(str(Parsed(r.body)["/choices/0/finish_reason"]));
  };
  EXPECT_EQ(finish("claude-length"), "length");
  EXPECT_EQ(finish("claude", R"(,"max_tokens":2)"), "length");
  EXPECT_EQ(finish("claude-refusal"), "content_filter");
  EXPECT_EQ(finish("claude-pause"), "stop");  // pause_turn: OpenAI has no word for it
  EXPECT_EQ(finish("claude", R"(,"stop":["three"])"), "stop");
  EXPECT_EQ(str(Parsed(post(R"({"model":"claude","messages":[{"role":"user",
      "content":"one two three four"}],"stop":["three"]})")
                           .body)["/choices/0/message/content"]),
            "echo: one two ");
}

TEST_F(AnthropicOutTest, ThinkingAndCacheTokensReachUsageAndTheLedger) {
  start();
  auto r = post(R"({"model":"claude-thinking","messages":[{"role":"user","content":"hmm"}]})");
  ASSERT_EQ(r.status, 200u) << r.body;
  const Parsed thought(r.body);
  EXPECT_EQ(str(thought["/choices/0/message/content"]), "echo: hmm");
  // A whole OpenAI answer has no place for the thinking (streams carry it as
  // reasoning_content: anthropic_out_stream_test.cpp).
  EXPECT_FALSE(thought.has("/choices/0/message/reasoning_content")) << r.body;

  r = post(R"({"model":"claude-cached","messages":[{"role":"user","content":"a b c"}]})");
  ASSERT_EQ(r.status, 200u) << r.body;
  const Parsed answer(r.body);
  // Anthropic's input_tokens (3) leaves out the cache's; OpenAI's prompt_tokens counts them.
  EXPECT_EQ(int64_t(answer["/usage/prompt_tokens"]), 3 + 5 + 7) << r.body;
  EXPECT_EQ(int64_t(answer["/usage/prompt_tokens_details/cached_tokens"]), 5) << r.body;
  const auto records = gw_.ledger_records(ledger_.path());
  ASSERT_FALSE(records.empty());
  const auto& rec = records.back();
  EXPECT_EQ(rec.deployment, "anthropic/cached-5-7");
  EXPECT_EQ(rec.prompt_tokens, 15);
  EXPECT_EQ(rec.cache_read_tokens, 5);
  EXPECT_EQ(rec.cache_write_tokens, 7);
  EXPECT_EQ(rec.completion_tokens, 4);  // "echo: a b c"
  // Priced by kind: 3 plain input, 5 read, 7 written, 4 output.
  EXPECT_NEAR(rec.cost_usd, (3 * 3 + 5 * 0.3 + 7 * 3.75 + 4 * 15) / 1e6, 1e-12);
}

// OpenAI's reasoning_effort reaches Anthropic as extended thinking the fake
// takes (it refuses what Anthropic refuses beside thinking: a budget not
// below max_tokens, a temperature, a top_p below 0.95, a forced tool call).
TEST_F(AnthropicOutTest, ReasoningEffortReachesAnthropicAsThinking) {
  start();
  auto r = post(R"({"model":"claude-thinking","messages":[{"role":"user","content":"hmm"}],
      "reasoning_effort":"medium","max_completion_tokens":1000,"temperature":0.3,"top_p":0.5})");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(str(Parsed(r.body)["/choices/0/message/content"]), "echo: hmm");
  const Parsed sent(anthropic_.requests().back().body);
  EXPECT_EQ(str(sent["/thinking/type"]), "enabled");
  EXPECT_EQ(int64_t(sent["/thinking/budget_tokens"]), 8192);
  EXPECT_EQ(int64_t(sent["/max_tokens"]), 8192 + 1000);
  EXPECT_FALSE(sent.has("/temperature")) << sent.json;
  EXPECT_FALSE(sent.has("/top_p")) << sent.json;

  // Streamed, the thinking comes back as reasoning_content.
  r = post(R"({"model":"claude-thinking","stream":true,"reasoning_effort":"low",
      "messages":[{"role":"user","content":"hmm"}]})");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(int64_t(Parsed(anthropic_.requests().back().body)["/thinking/budget_tokens"]), 1024);
  std::string reasoning;
  for (const auto& e : testing::sse_payloads(r.body)) {
    const Parsed chunk(e);
    if (chunk.has("/choices/0/delta/reasoning_content"))
      reasoning += str(chunk["/choices/0/delta/reasoning_content"]);
  }
  EXPECT_EQ(reasoning, "Let me think about that.") << r.body;

  // A word with no budget is refused before anything is sent.
  const std::size_t before = anthropic_.requests().size();
  r = post(R"({"model":"claude","reasoning_effort":"xhigh",
      "messages":[{"role":"user","content":"hmm"}]})");
  EXPECT_EQ(r.status, 400u) << r.body;
  EXPECT_EQ(str(Parsed(r.body)["/error/param"]), "reasoning_effort") << r.body;
  EXPECT_EQ(anthropic_.requests().size(), before);
}

}  // namespace
}  // namespace switchyard::gateway
