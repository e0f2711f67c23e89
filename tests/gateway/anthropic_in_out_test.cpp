// Anthropic's Messages API in (POST /v1/messages), every cloud provider kind
// out: the fake Gemini API (kind gemini), the fake OpenAI API on Azure's
// deployment URLs (kind azure_openai) and, for symmetry, the fake Anthropic
// API (kind anthropic), each of which checks bodies as its provider does.
// For each: text whole and streamed (Anthropic's event sequence), a tool_use
// and its tool_result sent back (whole and streamed), parallel tool_use
// blocks and their results, an image block, an upstream 429 in Anthropic's
// error shape with the provider's words, and a failure mid-stream ending in
// Anthropic's `error` event. What each upstream received and the ledger's
// record are checked. The OpenAI-compatible fake: anthropic_gateway_test.cpp;
// the in-process engine: anthropic_llama_test.cpp; the fake Anthropic API in
// depth: anthropic_out_messages_test.cpp.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "support/cloud_kinds_gateway.hpp"
#include "support/error_body.hpp"
#include "support/json_compare.hpp"
#include "support/sse_events.hpp"

namespace switchyard::gateway {
namespace {

using testing::JsonEq;
using testing::parse_error;
using testing::Parsed;
using testing::str;
using testing::TestResponse;

using Kind = testing::CloudKind;
using testing::cloud_kind_models;
using testing::cloud_kind_name;

const std::string kTools =
    R"("tools":[{"name":"weather","description":"Weather now",)"
    R"("input_schema":{"type":"object","properties":{"text":{"type":"string"}}}},)"
    R"({"name":"time","input_schema":{"type":"object"}}])";

class AnthropicInOutTest : public testing::CloudKindsGatewayTest {
 protected:
  AnthropicInOutTest() : CloudKindsGatewayTest("switchyard-anthropic-in-out") {}

  TestResponse messages(const std::string& body) {
    return gw_.post("/v1/messages", body, {{"anthropic-version", "2023-06-01"}});
  }

  // The tool_use blocks of a message, in order; input as minified JSON.
  struct ToolUse {
    std::string id, name, input;
  };
  static std::vector<ToolUse> tool_uses_of(const Parsed& a) {
    std::vector<ToolUse> out;
    for (simdjson::dom::element block : a["/content"].get_array()) {
      std::string_view type;
      if (block["type"].get(type) || type != "tool_use") continue;
      out.push_back({std::string(str(block["id"])), std::string(str(block["name"])),
                     std::string(simdjson::minify(block["input"]))});
    }
    return out;
  }

  // The text of a message's text blocks, joined.
  static std::string text_of(const Parsed& a) {
    std::string out;
    for (simdjson::dom::element block : a["/content"].get_array()) {
      std::string_view type;
      if (block["type"].get(type) || type != "text") continue;
      out += str(block["text"]);
    }
    return out;
  }

  // A stream's text deltas joined, and its stop reason.
  static std::pair<std::string, std::string> streamed_text(const std::string& body) {
    std::string text, stop;
    for (const auto& [name, data] : testing::sse_named_events(body)) {
      const Parsed e(data);
      if (name == "content_block_delta" && str(e["/delta/type"]) == "text_delta")
        text += str(e["/delta/text"]);
      if (name == "message_delta") stop = str(e["/delta/stop_reason"]);
    }
    return {text, stop};
  }

  // The answer the fake gives to the tool result `content` of `call`.
  std::string tool_answer(const ToolUse& call, const std::string& content,
                          const std::string& gemini_content) const {
    switch (kind()) {
      case Kind::anthropic:
        // The fake answers a tool_result only under the id of a call of the turn before.
        return "results: " + call.id + "=" + content + ";";
      case Kind::gemini:
        // Gemini pairs a functionResponse with its call by name.
        return "results: " + call.name + "=" + gemini_content + ";";
      case Kind::azure:
        return "echo: Paris";  // the fake OpenAI API echoes the last user text
    }
    return {};
  }
};

TEST_P(AnthropicInOutTest, TextWhole) {
  TestResponse r = messages(R"({"model":"m","max_tokens":50,"system":"Be brief.",)"
                            R"("messages":[{"role":"user","content":"hello there"}],)"
                            R"("temperature":0.2})");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("content-type"), "application/json");
  EXPECT_EQ(r.header("x-switchyard-side"), "cloud");
  const Parsed a(r.body);
  EXPECT_EQ(str(a["/type"]), "message");
  EXPECT_EQ(str(a["/role"]), "assistant");
  EXPECT_EQ(str(a["/id"]).rfind("msg_", 0), 0u) << r.body;
  EXPECT_EQ(text_of(a), "echo: hello there") << r.body;
  EXPECT_EQ(str(a["/stop_reason"]), "end_turn");
  const int64_t in = int64_t(a["/usage/input_tokens"]);
  const int64_t out = int64_t(a["/usage/output_tokens"]);
  EXPECT_GT(in, 0);
  EXPECT_EQ(out, 3);  // the fakes count words

  // The system prompt went as the provider's, the limits as its own.
  const Parsed sent(last_sent());
  switch (kind()) {
    case Kind::anthropic:
      EXPECT_EQ(last_path(), "/v1/messages");
      EXPECT_TRUE(JsonEq(last_sent(), R"({"model":"claude-sonnet-4-5","max_tokens":50,
          "system":"Be brief.","messages":[{"role":"user","content":"hello there"}],
          "temperature":0.2})"))
          << last_sent();
      break;
    case Kind::gemini:
      EXPECT_EQ(last_path(), "/v1beta/models/gemini-2.5-flash:generateContent");
      EXPECT_TRUE(
          JsonEq(last_sent(), R"({"contents":[{"role":"user","parts":[{"text":"hello there"}]}],
          "systemInstruction":{"parts":[{"text":"Be brief."}]},
          "generationConfig":{"temperature":0.2,"maxOutputTokens":50}})"))
          << last_sent();
      break;
    case Kind::azure:
      EXPECT_EQ(last_path(),
                "/openai/deployments/gpt-4o-prod/chat/completions?api-version=2024-10-21");
      EXPECT_EQ(str(sent["/messages/0/role"]), "system");
      EXPECT_EQ(str(sent["/messages/0/content"]), "Be brief.");
      EXPECT_EQ(str(sent["/messages/1/content"]), "hello there");
      ASSERT_TRUE(sent.has("/max_tokens")) << last_sent();  // Anthropic's max_tokens as sent
      EXPECT_EQ(int64_t(sent["/max_tokens"]), 50) << last_sent();
      ASSERT_TRUE(sent.has("/temperature")) << last_sent();
      EXPECT_EQ(double(sent["/temperature"]), 0.2);
      break;
  }

  auto records = gw_.ledger_records(ledger_.path());
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].model, "m");
  EXPECT_EQ(records[0].status, 200);
  EXPECT_EQ(records[0].deployment, cloud_kind_name(kind()) + "/" + cloud_kind_models(kind()).text);
  EXPECT_EQ(records[0].prompt_tokens, in);
  EXPECT_EQ(records[0].completion_tokens, out);
}

TEST_P(AnthropicInOutTest, TextStreamed) {
  TestResponse r = messages(R"({"model":"m","max_tokens":50,"stream":true,)"
                            R"("messages":[{"role":"user","content":"stream me please"}]})");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("content-type"), "text/event-stream");
  std::vector<std::string> names;
  int64_t output_tokens = -1;
  for (const auto& [name, data] : testing::sse_named_events(r.body)) {
    const Parsed p(data);
    EXPECT_EQ(str(p["/type"]), name) << data;
    if (names.empty() || names.back() != name) names.push_back(name);
    if (name == "message_delta") output_tokens = int64_t(p["/usage/output_tokens"]);
    if (name == "message_start") {
      EXPECT_EQ(str(p["/message/role"]), "assistant") << data;
      EXPECT_EQ(str(p["/message/id"]).rfind("msg_", 0), 0u) << data;
    }
    if (name == "content_block_start") {
      EXPECT_EQ(str(p["/content_block/type"]), "text") << data;
    }
  }
  const std::vector<std::string> expected = {
      "message_start",      "ping",          "content_block_start", "content_block_delta",
      "content_block_stop", "message_delta", "message_stop"};
  EXPECT_EQ(names, expected) << r.body;
  const auto [text, stop] = streamed_text(r.body);
  EXPECT_EQ(text, "echo: stream me please");
  EXPECT_EQ(stop, "end_turn");
  EXPECT_EQ(output_tokens, 4) << r.body;
  if (kind() == Kind::gemini) {
    EXPECT_EQ(last_path(), "/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse");
  } else {
    EXPECT_TRUE(Parsed(last_sent())["/stream"].get_bool().value()) << last_sent();
  }
  auto records = gw_.ledger_records(ledger_.path());
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].status, 200);
  EXPECT_EQ(records[0].completion_tokens, 4);
}

TEST_P(AnthropicInOutTest, AToolUseAndItsResult) {
  TestResponse r = messages(R"({"model":"m","max_tokens":100,)" + kTools +
                            R"(,"tool_choice":{"type":"tool","name":"weather"},)"
                            R"("messages":[{"role":"user","content":"Paris"}]})");
  ASSERT_EQ(r.status, 200u) << r.body;
  const Parsed a(r.body);
  const auto calls = tool_uses_of(a);
  ASSERT_EQ(calls.size(), 1u) << r.body;
  EXPECT_EQ(calls[0].name, "weather");
  EXPECT_FALSE(calls[0].id.empty());
  EXPECT_NE(calls[0].input.find("Paris"), std::string::npos) << calls[0].input;
  EXPECT_EQ(str(a["/stop_reason"]), "tool_use");

  // The tools and the forced choice in the provider's words.
  const Parsed sent(last_sent());
  switch (kind()) {
    case Kind::anthropic:
      EXPECT_EQ(str(sent["/tools/0/name"]), "weather");
      EXPECT_EQ(str(sent["/tools/0/input_schema/type"]), "object");
      EXPECT_EQ(str(sent["/tool_choice/type"]), "tool");
      EXPECT_EQ(str(sent["/tool_choice/name"]), "weather");
      break;
    case Kind::gemini:
      EXPECT_EQ(str(sent["/tools/0/functionDeclarations/0/name"]), "weather");
      EXPECT_EQ(str(sent["/toolConfig/functionCallingConfig/mode"]), "ANY");
      EXPECT_EQ(str(sent["/toolConfig/functionCallingConfig/allowedFunctionNames/0"]), "weather");
      break;
    case Kind::azure:
      EXPECT_EQ(str(sent["/tools/0/function/name"]), "weather");
      EXPECT_EQ(str(sent["/tools/0/function/parameters/type"]), "object");
      EXPECT_EQ(str(sent["/tool_choice/function/name"]), "weather");
      break;
  }

  // The client runs the tool and sends the tool_use and its result back,
  // whole and then streamed: the same answer either way.
  const std::string history = R"("messages":[{"role":"user","content":"Paris"},
      {"role":"assistant","content":[{"type":"tool_use","id":")" +
                              calls[0].id + R"(","name":"weather","input":)" + calls[0].input +
                              R"(}]},
      {"role":"user","content":[{"type":"tool_result","tool_use_id":")" +
                              calls[0].id + R"(","content":"{\"temp\":21}"}]}])";
  const std::string expected = tool_answer(calls[0], R"({"temp":21})", R"({"temp":21})");
  r = messages(R"({"model":"m","max_tokens":100,)" + kTools + "," + history + "}");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(text_of(Parsed(r.body)), expected) << r.body;
  EXPECT_EQ(str(Parsed(r.body)["/stop_reason"]), "end_turn");
  const Parsed back(last_sent());
  switch (kind()) {
    case Kind::anthropic:
      EXPECT_EQ(str(back["/messages/1/content/0/type"]), "tool_use");
      EXPECT_EQ(str(back["/messages/2/content/0/tool_use_id"]), calls[0].id);
      break;
    case Kind::gemini:
      EXPECT_EQ(str(back["/contents/1/role"]), "model");
      EXPECT_EQ(str(back["/contents/1/parts/0/functionCall/name"]), "weather");
      EXPECT_EQ(str(back["/contents/2/parts/0/functionResponse/name"]), "weather");
      break;
    case Kind::azure:
      EXPECT_EQ(str(back["/messages/1/tool_calls/0/id"]), calls[0].id);
      EXPECT_TRUE(JsonEq(std::string(str(back["/messages/1/tool_calls/0/function/arguments"])),
                         calls[0].input))
          << last_sent();
      EXPECT_EQ(str(back["/messages/2/role"]), "tool");
      EXPECT_EQ(str(back["/messages/2/tool_call_id"]), calls[0].id);
      EXPECT_EQ(str(back["/messages/2/content"]), "{\"temp\":21}");
      break;
  }

  r = messages(R"({"model":"m","max_tokens":100,"stream":true,)" + kTools + "," + history + "}");
  ASSERT_EQ(r.status, 200u) << r.body;
  const auto [text, stop] = streamed_text(r.body);
  EXPECT_EQ(text, expected) << r.body;
  EXPECT_EQ(stop, "end_turn");

  auto records = gw_.ledger_records(ledger_.path());
  ASSERT_EQ(records.size(), 3u);
  for (const auto& rec : records) EXPECT_EQ(rec.status, 200);
}

TEST_P(AnthropicInOutTest, AStreamedToolUse) {
  TestResponse r = messages(R"({"model":"m","max_tokens":100,"stream":true,)" + kTools +
                            R"(,"tool_choice":{"type":"any"},)"
                            R"("messages":[{"role":"user","content":"Paris"}]})");
  ASSERT_EQ(r.status, 200u) << r.body;
  std::string tool, id, input, stop;
  for (const auto& [name, data] : testing::sse_named_events(r.body)) {
    const Parsed e(data);
    if (name == "content_block_start" && str(e["/content_block/type"]) == "tool_use") {
      tool = str(e["/content_block/name"]);
      id = str(e["/content_block/id"]);
    }
    if (name == "content_block_delta" && str(e["/delta/type"]) == "input_json_delta")
      input += str(e["/delta/partial_json"]);
    if (name == "message_delta") stop = str(e["/delta/stop_reason"]);
  }
  EXPECT_EQ(tool, "weather") << r.body;
  EXPECT_FALSE(id.empty()) << r.body;
  EXPECT_TRUE(Parsed(input).root.is_object()) << input;
  EXPECT_NE(input.find("Paris"), std::string::npos) << input;
  EXPECT_EQ(stop, "tool_use");
  const auto events = testing::sse_named_events(r.body);
  ASSERT_FALSE(events.empty());
  EXPECT_EQ(events.back().first, "message_stop");
  if (kind() == Kind::gemini) {
    EXPECT_EQ(str(Parsed(last_sent())["/toolConfig/functionCallingConfig/mode"]), "ANY");
  }
}

TEST_P(AnthropicInOutTest, ParallelToolUsesAndTheirResults) {
  TestResponse r = messages(R"({"model":"m-parallel","max_tokens":100,)" + kTools +
                            R"(,"messages":[{"role":"user","content":"Oslo"}]})");
  ASSERT_EQ(r.status, 200u) << r.body;
  const auto calls = tool_uses_of(Parsed(r.body));
  ASSERT_EQ(calls.size(), 2u) << r.body;
  EXPECT_EQ(calls[0].name, "weather");
  EXPECT_EQ(calls[1].name, "time");
  EXPECT_NE(calls[0].id, calls[1].id);
  EXPECT_EQ(str(Parsed(r.body)["/stop_reason"]), "tool_use");

  // Streamed: two tool_use blocks, each with its own index.
  r = messages(R"({"model":"m-parallel","max_tokens":100,"stream":true,)" + kTools +
               R"(,"messages":[{"role":"user","content":"Oslo"}]})");
  ASSERT_EQ(r.status, 200u) << r.body;
  std::vector<std::string> streamed_names;
  std::vector<int64_t> indexes;
  for (const auto& [name, data] : testing::sse_named_events(r.body)) {
    const Parsed p(data);
    if (name == "content_block_start" && str(p["/content_block/type"]) == "tool_use") {
      streamed_names.emplace_back(str(p["/content_block/name"]));
      indexes.push_back(int64_t(p["/index"]));
    }
  }
  EXPECT_EQ(streamed_names, (std::vector<std::string>{"weather", "time"})) << r.body;
  ASSERT_EQ(indexes.size(), 2u);
  EXPECT_NE(indexes[0], indexes[1]);

  // Both tool_use blocks and both results go back in one turn each.
  std::string assistant = R"({"role":"assistant","content":[)";
  for (std::size_t i = 0; i < calls.size(); ++i) {
    assistant += std::string(i ? "," : "") + R"({"type":"tool_use","id":")" + calls[i].id +
                 R"(","name":")" + calls[i].name + R"(","input":{}})";
  }
  assistant += "]}";
  const std::string results = R"({"role":"user","content":[{"type":"tool_result","tool_use_id":")" +
                              calls[0].id +
                              R"(","content":"cold"},{"type":"tool_result","tool_use_id":")" +
                              calls[1].id + R"(","content":[{"type":"text","text":"noon"}]}]})";
  r = messages(R"({"model":"m-parallel","max_tokens":100,)" + kTools +
               R"(,"tool_choice":{"type":"auto","disable_parallel_tool_use":true},)"
               R"("messages":[{"role":"user","content":"Oslo"},)" +
               assistant + "," + results + "]}");
  ASSERT_EQ(r.status, 200u) << r.body;
  const Parsed sent(last_sent());
  switch (kind()) {
    case Kind::anthropic:
      EXPECT_EQ(text_of(Parsed(r.body)),
                "results: " + calls[0].id + "=cold; " + calls[1].id + "=noon;")
          << r.body;
      EXPECT_EQ(sent["/messages/1/content"].get_array().size(), 2u) << last_sent();
      EXPECT_EQ(str(sent["/messages/2/content/1/tool_use_id"]), calls[1].id);
      EXPECT_EQ(bool(sent["/tool_choice/disable_parallel_tool_use"]), true) << last_sent();
      break;
    case Kind::gemini:
      EXPECT_EQ(text_of(Parsed(r.body)),
                R"(results: weather={"output":"cold"}; time={"output":"noon"};)")
          << r.body;
      EXPECT_EQ(sent["/contents/1/parts"].get_array().size(), 2u) << last_sent();
      EXPECT_EQ(sent["/contents/2/parts"].get_array().size(), 2u) << last_sent();
      break;
    case Kind::azure:
      EXPECT_EQ(sent["/messages/1/tool_calls"].get_array().size(), 2u) << last_sent();
      EXPECT_EQ(str(sent["/messages/2/tool_call_id"]), calls[0].id);
      EXPECT_EQ(str(sent["/messages/2/content"]), "cold");
      EXPECT_EQ(str(sent["/messages/3/tool_call_id"]), calls[1].id);
      // The assistant turn had only tool_use blocks: no content (OpenAI refuses []).
      EXPECT_TRUE(sent["/messages/1/content"].is_null()) << last_sent();
      // A result of text blocks stays text parts.
      EXPECT_TRUE(JsonEq(std::string(simdjson::minify(sent["/messages/3/content"])),
                         R"([{"type":"text","text":"noon"}])"))
          << last_sent();
      ASSERT_TRUE(sent.has("/parallel_tool_calls")) << last_sent();
      EXPECT_EQ(bool(sent["/parallel_tool_calls"]), false);
      break;
  }
}

TEST_P(AnthropicInOutTest, AnImageBlock) {
  TestResponse r = messages(R"({"model":"m","max_tokens":50,"messages":[{"role":"user","content":[
      {"type":"text","text":"what is it"},
      {"type":"image","source":{"type":"base64","media_type":"image/png",
       "data":"iVBORw0KGgoAAAANSUhEUg=="}}]}]})");
  ASSERT_EQ(r.status, 200u) << r.body;
  const Parsed sent(last_sent());
  switch (kind()) {
    case Kind::anthropic:
      EXPECT_EQ(text_of(Parsed(r.body)), "echo: what is it [image image/png 16 bytes]") << r.body;
      EXPECT_EQ(str(sent["/messages/0/content/1/source/type"]), "base64");
      EXPECT_EQ(str(sent["/messages/0/content/1/source/media_type"]), "image/png");
      break;
    case Kind::gemini:
      EXPECT_EQ(text_of(Parsed(r.body)), "echo: what is it [image image/png 16 bytes]") << r.body;
      EXPECT_EQ(str(sent["/contents/0/parts/1/inlineData/mimeType"]), "image/png");
      EXPECT_EQ(str(sent["/contents/0/parts/1/inlineData/data"]), "iVBORw0KGgoAAAANSUhEUg==");
      break;
    case Kind::azure:
      EXPECT_EQ(text_of(Parsed(r.body)), "echo: what is it") << r.body;
      EXPECT_EQ(str(sent["/messages/0/content/1/type"]), "image_url");
      EXPECT_EQ(str(sent["/messages/0/content/1/image_url/url"]),
                "data:image/png;base64,iVBORw0KGgoAAAANSUhEUg==");
      break;
  }
}

TEST_P(AnthropicInOutTest, AnUpstream429KeepsItsMessageInAnthropicsShape) {
  for (bool stream : {false, true}) {
    TestResponse r =
        messages(std::string(R"({"model":"m-limited","max_tokens":10,"stream":)") +
                 (stream ? "true" : "false") + R"(,"messages":[{"role":"user","content":"hi"}]})");
    EXPECT_EQ(r.status, 429u) << r.body;
    EXPECT_EQ(r.header("content-type"), "application/json") << r.body;
    const Parsed body(r.body);
    EXPECT_EQ(str(body["/type"]), "error") << r.body;
    const auto e = parse_error(r.body);
    EXPECT_EQ(e.type, "rate_limit_error") << r.body;
    switch (kind()) {
      case Kind::anthropic:
        EXPECT_TRUE(e.says("would exceed the rate limit for your organization")) << r.body;
        break;
      case Kind::gemini:
        EXPECT_TRUE(e.says("Resource has been exhausted")) << r.body;
        break;
      case Kind::azure:
        EXPECT_TRUE(e.says("Rate limit reached")) << r.body;
        break;
    }
  }
  EXPECT_EQ(sent_bodies().size(), 2u);
  auto records = gw_.ledger_records(ledger_.path());
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[0].status, 429);
  EXPECT_EQ(records[1].status, 429);
}

TEST_P(AnthropicInOutTest, AFailureMidStreamEndsInAnErrorEvent) {
  std::vector<std::string> aliases = {"m-cut"};
  if (!cloud_kind_models(kind()).stream_error.empty()) aliases.push_back("m-stream-error");
  for (const std::string& alias : aliases) {
    TestResponse r =
        messages(R"({"model":")" + alias + R"(","max_tokens":50,"stream":true,)" +
                 R"("messages":[{"role":"user","content":"one two three four five"}]})");
    ASSERT_EQ(r.status, 200u) << alias << ": " << r.body;
    const auto events = testing::sse_named_events(r.body);
    ASSERT_GE(events.size(), 3u) << alias << ": " << r.body;
    EXPECT_EQ(events.front().first, "message_start");
    // Some text came before the failure, as the fakes send it; no clean end.
    bool text_came = false;
    for (const auto& [name, data] : events) {
      text_came = text_came || name == "content_block_delta";
      EXPECT_NE(name, "message_stop") << alias;
      EXPECT_NE(name, "message_delta") << alias;
    }
    EXPECT_TRUE(text_came) << alias << ": " << r.body;
    const auto& [error_name, error_data] = events.back();
    ASSERT_EQ(error_name, "error") << alias << ": " << r.body;
    const Parsed e(error_data);
    EXPECT_EQ(str(e["/type"]), "error") << error_data;
    const std::string type(str(e["/error/type"]));
    const std::string message(str(e["/error/message"]));
    EXPECT_FALSE(message.empty()) << error_data;
    if (alias == "m-stream-error" && kind() == Kind::anthropic) {
      EXPECT_EQ(type, "overloaded_error") << error_data;
      EXPECT_NE(message.find("Overloaded"), std::string::npos) << message;  // Anthropic's words
    } else {
      EXPECT_EQ(type, "api_error") << error_data;
    }
  }
  auto records = gw_.ledger_records(ledger_.path());
  EXPECT_EQ(records.size(), aliases.size());
}

INSTANTIATE_TEST_SUITE_P(Providers, AnthropicInOutTest,
                         ::testing::Values(Kind::anthropic, Kind::gemini, Kind::azure),
                         testing::cloud_kind_param_name);

}  // namespace
}  // namespace switchyard::gateway
