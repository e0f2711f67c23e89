// The Anthropic Messages codec outbound (api/anthropic/upstream_codec.hpp):
// canonical requests as Messages bodies, and an Anthropic upstream's
// message, stream events and errors read back, with the shapes of
// Anthropic's API reference.
#include "switchyard/api/anthropic/upstream_codec.hpp"

#include <gtest/gtest.h>

#include "support/json_compare.hpp"
#include "switchyard/api/anthropic/message_events.hpp"
#include "switchyard/api/anthropic/messages_codec.hpp"
#include "switchyard/api/openai/chat_codec.hpp"

namespace switchyard::api::anthropic {
namespace {

using testing::JsonEq;
using testing::Parsed;
using testing::str;

TEST(AnthropicUpstreamRequest, AnAnthropicRequestGoesBackAsItCame) {
  const std::string_view body = R"({"model":"claude-sonnet-4-5","max_tokens":256,
    "system":[{"type":"text","text":"Be brief."},{"type":"text","text":"Cite.","cache_control":{"type":"ephemeral","ttl":"1h"}}],
    "messages":[
      {"role":"user","content":"Weather in Paris and Rome?"},
      {"role":"assistant","content":[{"type":"thinking","thinking":"Two calls.","signature":"c2ln"},
        {"type":"tool_use","id":"toolu_1","name":"get_weather","input":{"city":"Paris"}},
        {"type":"tool_use","id":"toolu_2","name":"get_weather","input":{"city":"Rome"}}]},
      {"role":"user","content":[
        {"type":"tool_result","tool_use_id":"toolu_1","content":"18C"},
        {"type":"tool_result","tool_use_id":"toolu_2","content":[{"type":"text","text":"21C"}],"is_error":true},
        {"type":"text","text":"Which is warmer?","cache_control":{"type":"ephemeral"}}]}],
    "temperature":0.5,"top_k":40,"stop_sequences":["END"],"stream":true,
    "metadata":{"user_id":"u-1"},
    "tools":[{"name":"get_weather","description":"Weather","input_schema":{"type":"object","properties":{"city":{"type":"string"}}}}],
    "tool_choice":{"type":"any","disable_parallel_tool_use":true},
    "thinking":{"type":"enabled","budget_tokens":1024},"service_tier":"auto"})";
  auto req = decode_messages_request(body);
  ASSERT_TRUE(req) << req.error().message;
  const std::string out = encode_messages_request(*req, "claude-sonnet-4-5-20250929", 4096);
  std::string expected(body);
  expected.replace(expected.find("claude-sonnet-4-5"), 17, "claude-sonnet-4-5-20250929");
  EXPECT_TRUE(JsonEq(out, expected));
}

TEST(AnthropicUpstreamRequest, AnOpenAIRequestIsTranslated) {
  auto req = openai::decode_chat_request(R"({"model":"m","messages":[
      {"role":"system","content":"Be brief."},
      {"role":"user","content":[{"type":"text","text":"What is here?"},{"type":"image_url","image_url":{"url":"data:image/png;base64,iVBORw0KGgo="}}]},
      {"role":"assistant","content":null,"tool_calls":[{"id":"call_1","type":"function","function":{"name":"f","arguments":"{\"a\":1}"}}]},
      {"role":"tool","tool_call_id":"call_1","content":"done"},
      {"role":"user","content":"thanks"}],
    "temperature":1.6,"stop":"END","user":"u-2","n":1,"seed":3,"logprobs":true,
    "tools":[{"type":"function","function":{"name":"f","parameters":{"type":"object"}}}],
    "tool_choice":"required","parallel_tool_calls":false})");
  ASSERT_TRUE(req) << req.error().message;
  EXPECT_TRUE(JsonEq(encode_messages_request(*req, "claude-haiku-4-5", 4096), R"({
    "model":"claude-haiku-4-5","max_tokens":4096,"system":"Be brief.",
    "messages":[
      {"role":"user","content":[{"type":"text","text":"What is here?"},
        {"type":"image","source":{"type":"base64","media_type":"image/png","data":"iVBORw0KGgo="}}]},
      {"role":"assistant","content":[{"type":"tool_use","id":"call_1","name":"f","input":{"a":1}}]},
      {"role":"user","content":[{"type":"tool_result","tool_use_id":"call_1","content":"done"},
        {"type":"text","text":"thanks"}]}],
    "temperature":1.0,"stop_sequences":["END"],"metadata":{"user_id":"u-2"},
    "tools":[{"name":"f","input_schema":{"type":"object"}}],
    "tool_choice":{"type":"any","disable_parallel_tool_use":true}})"));
}

// OpenAI's reasoning_effort reaches Anthropic as thinking with the budget
// its word stands for (core/reasoning_effort.hpp), with what Anthropic
// requires beside it: max_tokens above the budget, no temperature, no
// top_p below 0.95, no tool choice forcing a call.
core::ChatRequest openai_request(const std::string& members) {
  auto req = openai::decode_chat_request(
      R"({"model":"m","messages":[{"role":"user","content":"hi"}])" + members + "}");
  EXPECT_TRUE(req) << req.error().message;
  return req ? *req : core::ChatRequest{};
}

TEST(AnthropicUpstreamRequest, ReasoningEffortBecomesAThinkingBudget) {
  struct Case {
    std::string members;
    std::int64_t budget;      // 0: no thinking sent
    std::int64_t max_tokens;  // sent
  };
  for (const Case& c : std::vector<Case>{
           {R"(,"reasoning_effort":"minimal","max_completion_tokens":5000)", 1024, 5000},
           {R"(,"reasoning_effort":"low","max_completion_tokens":5000)", 1024, 5000},
           {R"(,"reasoning_effort":"medium","max_completion_tokens":20000)", 8192, 20000},
           {R"(,"reasoning_effort":"high","max_tokens":30000)", 24576, 30000},
           // Raised above the budget, the client's room for the answer kept.
           {R"(,"reasoning_effort":"low","max_completion_tokens":500)", 1024, 1524},
           {R"(,"reasoning_effort":"medium","max_tokens":8192)", 8192, 16384},
           {R"(,"reasoning_effort":"high")", 24576, 24576 + 4096},  // the provider's default
           {R"(,"reasoning_effort":"none","max_tokens":10)", 0, 10},
           // Anthropic takes no thinking when a tool call is forced.
           {R"(,"reasoning_effort":"high","max_tokens":100,"tools":[{"type":"function",)"
            R"("function":{"name":"f","parameters":{"type":"object"}}}],"tool_choice":"required")",
            0, 100}}) {
    SCOPED_TRACE(c.members);
    const core::ChatRequest req = openai_request(c.members);
    EXPECT_FALSE(unsendable_as_messages(req));
    const Parsed sent(encode_messages_request(req, "claude-sonnet-4-5", 4096));
    EXPECT_EQ(int64_t(sent["/max_tokens"]), c.max_tokens);
    if (c.budget == 0) {
      EXPECT_FALSE(sent.has("/thinking"));
      continue;
    }
    EXPECT_EQ(str(sent["/thinking/type"]), "enabled");
    EXPECT_EQ(int64_t(sent["/thinking/budget_tokens"]), c.budget);
    EXPECT_LT(int64_t(sent["/thinking/budget_tokens"]), int64_t(sent["/max_tokens"]));
  }
}

TEST(AnthropicUpstreamRequest, ThinkingFromAnEffortLeavesOutWhatAnthropicRefusesBesideIt) {
  const Parsed sent(encode_messages_request(
      openai_request(R"(,"reasoning_effort":"low","temperature":0.2,"top_p":0.5)"),
      "claude-sonnet-4-5", 4096));
  EXPECT_TRUE(sent.has("/thinking"));
  EXPECT_FALSE(sent.has("/temperature"));
  EXPECT_FALSE(sent.has("/top_p"));
  // A top_p of 0.95 or more is taken with thinking.
  const Parsed high_p(encode_messages_request(
      openai_request(R"(,"reasoning_effort":"low","top_p":0.97)"), "claude-sonnet-4-5", 4096));
  EXPECT_DOUBLE_EQ(double(high_p["/top_p"]), 0.97);
  // Without an effort, temperature goes as before.
  const Parsed plain(
      encode_messages_request(openai_request(R"(,"temperature":0.2)"), "claude-sonnet-4-5", 4096));
  EXPECT_DOUBLE_EQ(double(plain["/temperature"]), 0.2);
  EXPECT_FALSE(plain.has("/thinking"));
}

TEST(AnthropicUpstreamRequest, AnEffortWithoutABudgetIsRefused) {
  const core::ChatRequest req = openai_request(R"(,"reasoning_effort":"xhigh")");
  const auto refused = unsendable_as_messages(req);
  ASSERT_TRUE(refused);
  EXPECT_EQ(refused->status, 400);
  EXPECT_EQ(refused->param, "reasoning_effort");
  EXPECT_NE(refused->message.find("xhigh"), std::string::npos);
}

// Round trips: Anthropic's thinking budget to an OpenAI-compatible
// upstream's reasoning_effort and back lands in the same bucket, and
// OpenAI's effort to Anthropic and back keeps its word.
TEST(ReasoningRoundTrip, EffortAndBudgetKeepTheirBucket) {
  for (std::string_view effort : {"low", "medium", "high"}) {
    SCOPED_TRACE(effort);
    // OpenAI in → Anthropic out: a budget.
    const Parsed to_anthropic(encode_messages_request(
        openai_request(R"(,"max_tokens":100000,"reasoning_effort":")" + std::string(effort) + "\""),
        "claude", 4096));
    const std::int64_t budget = int64_t(to_anthropic["/thinking/budget_tokens"]);
    // That budget as an Anthropic client would send it → OpenAI out: the same word.
    auto anthropic_in = decode_messages_request(
        R"({"model":"m","max_tokens":100000,"messages":[{"role":"user","content":"hi"}],)"
        R"("thinking":{"type":"enabled","budget_tokens":)" +
        std::to_string(budget) + "}}");
    ASSERT_TRUE(anthropic_in) << anthropic_in.error().message;
    const Parsed to_openai(openai::encode_chat_request(*anthropic_in, "gpt"));
    EXPECT_EQ(str(to_openai["/reasoning_effort"]), effort);
    EXPECT_FALSE(to_openai.has("/thinking"));
  }
  // Anthropic's own thinking to Anthropic: sent as it came, budget and all.
  auto same = decode_messages_request(
      R"({"model":"m","max_tokens":3000,"messages":[{"role":"user","content":"hi"}],)"
      R"("thinking":{"type":"enabled","budget_tokens":2000}})");
  ASSERT_TRUE(same);
  const Parsed sent(encode_messages_request(*same, "claude", 4096));
  EXPECT_EQ(int64_t(sent["/thinking/budget_tokens"]), 2000);
  EXPECT_EQ(int64_t(sent["/max_tokens"]), 3000);
}

TEST(AnthropicUpstreamResponse, AMessageWithToolUseAndCacheUsage) {
  auto r = decode_message_response(R"({"id":"msg_01","type":"message","role":"assistant",
    "model":"claude-sonnet-4-5-20250929","content":[{"type":"text","text":"Checking."},
    {"type":"tool_use","id":"toolu_01","name":"get_weather","input":{"city":"Paris"}}],
    "stop_reason":"tool_use","stop_sequence":null,
    "usage":{"input_tokens":20,"cache_creation_input_tokens":100,"cache_read_input_tokens":300,"output_tokens":15}})");
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(r->dialect, core::Dialect::anthropic);
  ASSERT_EQ(r->choices.size(), 1u);
  const auto& c = r->choices[0];
  EXPECT_EQ(c.finish_reason.kind, core::FinishKind::tool_use);
  EXPECT_EQ(c.message.text(), "Checking.");
  EXPECT_EQ(c.message.content[1].get<core::ToolUseBlock>()->arguments, R"({"city":"Paris"})");
  EXPECT_EQ(r->usage->input_tokens, 420);
  EXPECT_EQ(r->usage->cache_read_tokens, 300);
  EXPECT_EQ(r->usage->cache_write_tokens, 100);
  EXPECT_EQ(r->usage->output_tokens, 15);
  // Back to an Anthropic client: the same message.
  Parsed back(encode_message_response(*r));
  EXPECT_EQ(int64_t(back["/usage/input_tokens"]), 20);
  EXPECT_EQ(str(back["/stop_reason"]), "tool_use");
  // To an OpenAI client: prompt tokens include the cache.
  Parsed openai_body(openai::encode_chat_response(*r));
  EXPECT_EQ(int64_t(openai_body["/usage/prompt_tokens"]), 420);
  EXPECT_EQ(int64_t(openai_body["/usage/prompt_tokens_details/cached_tokens"]), 300);
  EXPECT_EQ(str(openai_body["/choices/0/finish_reason"]), "tool_calls");

  auto stopped = decode_message_response(R"({"id":"msg_02","type":"message","role":"assistant",
    "model":"m","content":[{"type":"text","text":"1, 2"}],"stop_reason":"stop_sequence",
    "stop_sequence":"3","usage":{"input_tokens":5,"output_tokens":4}})");
  ASSERT_TRUE(stopped);
  EXPECT_TRUE(JsonEq(encode_message_response(*stopped), R"({"id":"msg_02","type":"message",
    "role":"assistant","model":"m","content":[{"type":"text","text":"1, 2"}],
    "stop_reason":"stop_sequence","stop_sequence":"3","usage":{"input_tokens":5,
    "cache_creation_input_tokens":0,"cache_read_input_tokens":0,"output_tokens":4}})"));
  EXPECT_FALSE(decode_message_response("not json"));
  EXPECT_FALSE(decode_message_response(R"({"type":"error"})"));
}

// Anthropic's documented stream of a tool call with thinking.
const std::vector<std::string_view> kStream = {
    R"({"type":"message_start","message":{"id":"msg_1","type":"message","role":"assistant","content":[],"model":"claude-sonnet-4-5","stop_reason":null,"stop_sequence":null,"usage":{"input_tokens":472,"cache_read_input_tokens":100,"output_tokens":2}}})",
    R"({"type":"content_block_start","index":0,"content_block":{"type":"thinking","thinking":""}})",
    R"({"type":"content_block_delta","index":0,"delta":{"type":"thinking_delta","thinking":"Paris, then."}})",
    R"({"type":"content_block_delta","index":0,"delta":{"type":"signature_delta","signature":"EqQB"}})",
    R"({"type":"content_block_stop","index":0})",
    R"({"type":"ping"})",
    R"({"type":"content_block_start","index":1,"content_block":{"type":"text","text":""}})",
    R"({"type":"content_block_delta","index":1,"delta":{"type":"text_delta","text":"Okay"}})",
    R"({"type":"content_block_stop","index":1})",
    R"({"type":"content_block_start","index":2,"content_block":{"type":"tool_use","id":"toolu_01","name":"get_weather","input":{}}})",
    R"({"type":"content_block_delta","index":2,"delta":{"type":"input_json_delta","partial_json":""}})",
    R"({"type":"content_block_delta","index":2,"delta":{"type":"input_json_delta","partial_json":"{\"city\": \"Paris\"}"}})",
    R"({"type":"content_block_stop","index":2})",
    R"({"type":"message_delta","delta":{"stop_reason":"tool_use","stop_sequence":null},"usage":{"output_tokens":89}})",
    R"({"type":"message_stop"})",
};

TEST(AnthropicUpstreamStream, EventsBecomeBlockEventsAndBackTheSame) {
  MessageEventReader reader;
  MessageEventWriter writer;
  std::string out;
  core::Usage usage;
  for (std::string_view e : kStream) {
    core::StreamFrame f;
    auto ok = reader.read(e, f);
    ASSERT_TRUE(ok) << e;
    for (const auto& ev : f.events)
      if (const auto* u = ev.get<core::UsageReport>()) usage = u->usage;
    writer.write(f, out);
  }
  EXPECT_TRUE(reader.done());
  writer.done(out);
  EXPECT_EQ(usage.input_tokens, 572);
  EXPECT_EQ(usage.cache_read_tokens, 100);
  EXPECT_EQ(usage.output_tokens, 89);
  // The relayed stream has the same blocks, deltas and stop reason.
  EXPECT_NE(out.find(R"("delta":{"type":"thinking_delta","thinking":"Paris, then."})"),
            std::string::npos)
      << out;
  EXPECT_NE(out.find(R"("delta":{"type":"signature_delta","signature":"EqQB"})"),
            std::string::npos);
  EXPECT_NE(
      out.find(
          R"("content_block":{"type":"tool_use","id":"toolu_01","name":"get_weather","input":{}})"),
      std::string::npos);
  EXPECT_NE(out.find(R"("partial_json":"{\"city\": \"Paris\"}")"), std::string::npos);
  EXPECT_NE(out.find(R"("stop_reason":"tool_use")"), std::string::npos);
  EXPECT_NE(
      out.find(
          R"("input_tokens":472,"cache_creation_input_tokens":0,"cache_read_input_tokens":100,"output_tokens":89)"),
      std::string::npos)
      << out;
}

TEST(AnthropicUpstreamStream, AnErrorEventIsAnError) {
  MessageEventReader reader;
  core::StreamFrame f;
  auto r = reader.read(
      R"({"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}})", f);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().status, 529);
  EXPECT_EQ(r.error().message, "Overloaded");
  EXPECT_TRUE(r.error().retryable);
  EXPECT_FALSE(reader.read("{", f));
}

TEST(AnthropicUpstreamErrors, StatusTypeAndMessageKept) {
  core::Error e = decode_upstream_error(
      529,
      R"({"type":"error","error":{"type":"overloaded_error","message":"Overloaded"},"request_id":"req_1"})");
  EXPECT_EQ(e.status, 529);
  EXPECT_EQ(e.code, "overloaded_error");
  EXPECT_EQ(e.message, "Overloaded");
  EXPECT_TRUE(e.retryable);
  EXPECT_EQ(error_type(e), "overloaded_error");
  e = decode_upstream_error(
      400,
      R"({"type":"error","error":{"type":"invalid_request_error","message":"max_tokens: Field required"}})");
  EXPECT_FALSE(e.retryable);
  EXPECT_EQ(e.message, "max_tokens: Field required");
  e = decode_upstream_error(502, "<html>bad gateway</html>");
  EXPECT_TRUE(e.retryable);
  EXPECT_NE(e.message.find("502"), std::string::npos);
}

}  // namespace
}  // namespace switchyard::api::anthropic
