// OpenAI's Responses API in, every cloud provider kind out: the fake
// Anthropic API (kind anthropic), the fake Gemini API (kind gemini) and the
// fake OpenAI API on Azure's deployment URLs (kind azure_openai), each of
// which checks bodies as its provider does. For each: text whole and
// streamed, a function call (single and parallel, whole and streamed, and
// the outputs sent back), text.format json_schema, an image input, an
// upstream error in OpenAI's shape with the upstream's words, and a failure
// mid-stream as OpenAI reports one (`error`, then `response.failed`).
// The OpenAI-compatible fake and the in-process engine:
// responses_gateway_test.cpp and responses_llama_test.cpp.
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

// `s` as a JSON string.
std::string json_string(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

const std::string kTools =
    R"("tools":[{"type":"function","name":"weather","description":"Weather now",)"
    R"("parameters":{"type":"object","properties":{"text":{"type":"string"}}}},)"
    R"({"type":"function","name":"time","parameters":{"type":"object"}}])";

class ResponsesOutTest : public testing::CloudKindsGatewayTest {
 protected:
  ResponsesOutTest() : CloudKindsGatewayTest("switchyard-responses-out") {}

  TestResponse create(const std::string& body) { return gw_.post("/v1/responses", body); }

  // The function_call items of a Response, in output order.
  struct Call {
    std::string call_id, name, arguments;
  };
  static std::vector<Call> calls_of(const Parsed& a) {
    std::vector<Call> out;
    for (simdjson::dom::element item : a["/output"].get_array()) {
      std::string_view type;
      if (item["type"].get(type) || type != "function_call") continue;
      out.push_back({std::string(str(item["call_id"])), std::string(str(item["name"])),
                     std::string(str(item["arguments"]))});
    }
    return out;
  }

  // The text of a Response's first message item.
  static std::string text_of(const Parsed& a) {
    for (simdjson::dom::element item : a["/output"].get_array()) {
      std::string_view type;
      if (item["type"].get(type) || type != "message") continue;
      return std::string(str(item["content"].at(0)["text"]));
    }
    return {};
  }
};

TEST_P(ResponsesOutTest, TextWhole) {
  TestResponse r = create(R"({"model":"m","instructions":"Be brief.","input":"hello there",)"
                          R"("max_output_tokens":50,"temperature":0.2})");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("x-switchyard-side"), "cloud");
  const Parsed a(r.body);
  EXPECT_EQ(str(a["/object"]), "response");
  EXPECT_EQ(str(a["/status"]), "completed");
  EXPECT_EQ(str(a["/instructions"]), "Be brief.");
  EXPECT_EQ(text_of(a), "echo: hello there") << r.body;
  EXPECT_EQ(str(a["/model"]), cloud_kind_models(kind()).text);
  const int64_t in = int64_t(a["/usage/input_tokens"]);
  const int64_t out = int64_t(a["/usage/output_tokens"]);
  EXPECT_GT(in, 0);
  EXPECT_EQ(out, 3);  // the fakes count words
  EXPECT_EQ(int64_t(a["/usage/total_tokens"]), in + out);

  // The instructions went as the provider's system prompt, the limits as its own.
  const Parsed sent(last_sent());
  switch (kind()) {
    case Kind::anthropic:
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
      EXPECT_EQ(int64_t(sent["/max_completion_tokens"]), 50);
      break;
  }

  auto records = gw_.ledger_records(ledger_.path());
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].model, "m");
  EXPECT_EQ(records[0].status, 200);
  EXPECT_EQ(records[0].prompt_tokens, in);
  EXPECT_EQ(records[0].completion_tokens, out);
}

TEST_P(ResponsesOutTest, TextStreamed) {
  TestResponse r = create(R"({"model":"m","input":"stream me please","stream":true})");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("content-type"), "text/event-stream");
  std::vector<std::string> names;
  std::string text;
  int64_t sequence = 0;
  for (const auto& [name, data] : testing::sse_named_events(r.body)) {
    const Parsed p(data);
    EXPECT_EQ(str(p["/type"]), name);
    EXPECT_EQ(int64_t(p["/sequence_number"]), sequence++) << data;
    if (names.empty() || names.back() != name) names.push_back(name);
    if (name == "response.output_text.delta") text += std::string(str(p["/delta"]));
  }
  const std::vector<std::string> expected = {
      "response.created",           "response.in_progress",
      "response.output_item.added", "response.content_part.added",
      "response.output_text.delta", "response.output_text.done",
      "response.content_part.done", "response.output_item.done",
      "response.completed"};
  EXPECT_EQ(names, expected) << r.body;
  EXPECT_EQ(text, "echo: stream me please");
  const auto events = testing::sse_named_events(r.body);
  ASSERT_FALSE(events.empty());
  const Parsed completed(events.back().second);
  EXPECT_EQ(str(completed["/response/status"]), "completed");
  EXPECT_EQ(str(completed["/response/output/0/content/0/text"]), text);
  EXPECT_EQ(int64_t(completed["/response/usage/output_tokens"]), 4) << events.back().second;
  EXPECT_GT(int64_t(completed["/response/usage/input_tokens"]), 0);
  if (kind() == Kind::gemini) {
    EXPECT_EQ(last_path(), "/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse");
  } else {
    EXPECT_TRUE(Parsed(last_sent())["/stream"].get_bool().value()) << last_sent();
  }
  auto records = gw_.ledger_records(ledger_.path());
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].completion_tokens, 4);
}

TEST_P(ResponsesOutTest, AFunctionCallAndItsOutput) {
  TestResponse r = create(R"({"model":"m","input":"Paris",)" + kTools +
                          R"(,"tool_choice":{"type":"function","name":"weather"}})");
  ASSERT_EQ(r.status, 200u) << r.body;
  const Parsed a(r.body);
  const auto calls = calls_of(a);
  ASSERT_EQ(calls.size(), 1u) << r.body;
  EXPECT_EQ(calls[0].name, "weather");
  EXPECT_FALSE(calls[0].call_id.empty());
  EXPECT_NE(calls[0].arguments.find("Paris"), std::string::npos) << calls[0].arguments;
  EXPECT_TRUE(Parsed(calls[0].arguments).root.is_object()) << calls[0].arguments;
  EXPECT_EQ(str(a["/status"]), "completed");
  EXPECT_EQ(str(a["/tool_choice/name"]), "weather");

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
      EXPECT_EQ(str(sent["/tool_choice/function/name"]), "weather");
      break;
  }

  // The client runs the tool and sends the call and its output back.
  r = create(R"({"model":"m","input":[{"role":"user","content":"Paris"},
      {"type":"function_call","call_id":")" +
             calls[0].call_id + R"(","name":"weather","arguments":)" +
             json_string(calls[0].arguments) + R"(},
      {"type":"function_call_output","call_id":")" +
             calls[0].call_id + R"(","output":"{\"temp\":21}"}],)" + kTools + "}");
  ASSERT_EQ(r.status, 200u) << r.body;
  const std::string answer = text_of(Parsed(r.body));
  const Parsed back(last_sent());
  switch (kind()) {
    case Kind::anthropic:
      // The fake answers a tool_result only under the id of a call of the turn before.
      EXPECT_EQ(answer, "results: " + calls[0].call_id + "={\"temp\":21};") << r.body;
      EXPECT_EQ(str(back["/messages/1/content/0/type"]), "tool_use");
      EXPECT_EQ(str(back["/messages/2/content/0/tool_use_id"]), calls[0].call_id);
      break;
    case Kind::gemini:
      // Gemini pairs a functionResponse with its call by name.
      EXPECT_EQ(answer, "results: weather={\"temp\":21};") << r.body;
      EXPECT_EQ(str(back["/contents/1/parts/0/functionCall/name"]), "weather");
      EXPECT_EQ(str(back["/contents/2/parts/0/functionResponse/name"]), "weather");
      break;
    case Kind::azure:
      EXPECT_EQ(answer, "echo: Paris") << r.body;
      EXPECT_EQ(str(back["/messages/1/tool_calls/0/id"]), calls[0].call_id);
      EXPECT_EQ(str(back["/messages/2/role"]), "tool");
      EXPECT_EQ(str(back["/messages/2/tool_call_id"]), calls[0].call_id);
      EXPECT_EQ(str(back["/messages/2/content"]), "{\"temp\":21}");
      break;
  }
}

TEST_P(ResponsesOutTest, AStreamedFunctionCall) {
  TestResponse r = create(R"({"model":"m","input":"Paris","stream":true,)" + kTools +
                          R"(,"tool_choice":"required"})");
  ASSERT_EQ(r.status, 200u) << r.body;
  std::string added_name;
  std::string deltas;
  std::string done_args;
  std::string completed;
  for (const auto& [name, data] : testing::sse_named_events(r.body)) {
    const Parsed p(data);
    if (name == "response.output_item.added" && str(p["/item/type"]) == "function_call")
      added_name = std::string(str(p["/item/name"]));
    if (name == "response.function_call_arguments.delta") deltas += std::string(str(p["/delta"]));
    if (name == "response.function_call_arguments.done")
      done_args = std::string(str(p["/arguments"]));
    if (name == "response.completed") completed = data;
  }
  EXPECT_EQ(added_name, "weather") << r.body;
  EXPECT_FALSE(done_args.empty()) << r.body;
  EXPECT_EQ(deltas, done_args);
  EXPECT_NE(done_args.find("Paris"), std::string::npos) << done_args;
  ASSERT_FALSE(completed.empty()) << r.body;
  const Parsed c(completed);
  EXPECT_EQ(str(c["/response/output/0/type"]), "function_call") << completed;
  EXPECT_EQ(str(c["/response/output/0/arguments"]), done_args);
}

TEST_P(ResponsesOutTest, ParallelFunctionCallsAndTheirOutputs) {
  TestResponse r = create(R"({"model":"m-parallel","input":"Oslo",)" + kTools + "}");
  ASSERT_EQ(r.status, 200u) << r.body;
  const auto calls = calls_of(Parsed(r.body));
  ASSERT_EQ(calls.size(), 2u) << r.body;
  EXPECT_EQ(calls[0].name, "weather");
  EXPECT_EQ(calls[1].name, "time");
  EXPECT_NE(calls[0].call_id, calls[1].call_id);

  // Streamed: two function_call items, each with its own arguments.
  r = create(R"({"model":"m-parallel","input":"Oslo","stream":true,)" + kTools + "}");
  ASSERT_EQ(r.status, 200u) << r.body;
  std::vector<std::string> streamed_names;
  for (const auto& [name, data] : testing::sse_named_events(r.body)) {
    const Parsed p(data);
    if (name == "response.function_call_arguments.done")
      streamed_names.emplace_back(str(p["/name"]));
  }
  EXPECT_EQ(streamed_names, (std::vector<std::string>{"weather", "time"})) << r.body;

  // Both calls and both outputs go back.
  std::string input = R"([{"role":"user","content":"Oslo"})";
  for (const Call& c : calls) {
    input += R"(,{"type":"function_call","call_id":")" + c.call_id + R"(","name":")" + c.name +
             R"(","arguments":"{}"})";
  }
  input +=
      R"(,{"type":"function_call_output","call_id":")" + calls[0].call_id + R"(","output":"cold"})";
  input += R"(,{"type":"function_call_output","call_id":")" + calls[1].call_id +
           R"(","output":"noon"}])";
  r = create(R"({"model":"m-parallel","parallel_tool_calls":false,"input":)" + input + "," +
             kTools + "}");
  ASSERT_EQ(r.status, 200u) << r.body;
  const Parsed sent(last_sent());
  switch (kind()) {
    case Kind::anthropic:
      EXPECT_EQ(text_of(Parsed(r.body)),
                "results: " + calls[0].call_id + "=cold; " + calls[1].call_id + "=noon;")
          << r.body;
      // One assistant turn of two tool_use blocks, one user turn of two results.
      EXPECT_EQ(sent["/messages/1/content"].get_array().size(), 2u) << last_sent();
      EXPECT_EQ(str(sent["/messages/2/content/1/tool_use_id"]), calls[1].call_id);
      EXPECT_EQ(bool(sent["/tool_choice/disable_parallel_tool_use"]), true) << last_sent();
      break;
    case Kind::gemini:
      EXPECT_EQ(text_of(Parsed(r.body)),
                R"(results: weather={"output":"cold"}; time={"output":"noon"};)")
          << r.body;
      EXPECT_EQ(sent["/contents/1/parts"].get_array().size(), 2u) << last_sent();
      break;
    case Kind::azure:
      EXPECT_EQ(sent["/messages/1/tool_calls"].get_array().size(), 2u) << last_sent();
      EXPECT_EQ(str(sent["/messages/2/tool_call_id"]), calls[0].call_id);
      EXPECT_EQ(str(sent["/messages/3/tool_call_id"]), calls[1].call_id);
      EXPECT_EQ(str(sent["/messages/3/content"]), "noon");
      EXPECT_EQ(bool(sent["/parallel_tool_calls"]), false);
      break;
  }
}

TEST_P(ResponsesOutTest, TextFormatJsonSchema) {
  TestResponse r = create(R"({"model":"m","input":"data","text":{"format":{"type":"json_schema",
      "name":"e","strict":true,"schema":{"type":"object","properties":{"echo":{"type":"string"}},
      "required":["echo"],"additionalProperties":false}}}})");
  ASSERT_EQ(r.status, 200u) << r.body;
  const Parsed a(r.body);
  EXPECT_EQ(str(a["/text/format/type"]), "json_schema");
  EXPECT_EQ(str(a["/text/format/name"]), "e");
  const Parsed sent(last_sent());
  const std::string schema =
      R"({"type":"object","properties":{"echo":{"type":"string"}},"required":["echo"],)"
      R"("additionalProperties":false})";
  switch (kind()) {
    case Kind::anthropic:
      EXPECT_TRUE(JsonEq(text_of(a), R"({"echo":"data"})")) << r.body;
      EXPECT_TRUE(JsonEq(std::string(simdjson::minify(sent["/output_config"])),
                         R"({"format":{"type":"json_schema","schema":)" + schema + "}}"))
          << last_sent();
      break;
    case Kind::gemini:
      EXPECT_TRUE(JsonEq(text_of(a), R"({"echo":"data"})")) << r.body;
      EXPECT_EQ(str(sent["/generationConfig/responseMimeType"]), "application/json");
      EXPECT_EQ(str(sent["/generationConfig/responseJsonSchema/required/0"]), "echo")
          << last_sent();
      break;
    case Kind::azure:
      EXPECT_EQ(str(sent["/response_format/type"]), "json_schema");
      EXPECT_EQ(str(sent["/response_format/json_schema/name"]), "e");
      EXPECT_EQ(bool(sent["/response_format/json_schema/strict"]), true);
      EXPECT_TRUE(JsonEq(std::string(simdjson::minify(sent["/response_format/json_schema/schema"])),
                         schema))
          << last_sent();
      break;
  }
}

TEST_P(ResponsesOutTest, AnImageInput) {
  const std::string image = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUg==";
  TestResponse r = create(R"({"model":"m","input":[{"role":"user","content":[
      {"type":"input_text","text":"what is it"},
      {"type":"input_image","image_url":")" +
                          image + R"(","detail":"low"}]}]})");
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
      break;
    case Kind::azure:
      EXPECT_EQ(text_of(Parsed(r.body)), "echo: what is it") << r.body;
      EXPECT_EQ(str(sent["/messages/0/content/1/type"]), "image_url");
      EXPECT_EQ(str(sent["/messages/0/content/1/image_url/url"]), image);
      EXPECT_EQ(str(sent["/messages/0/content/1/image_url/detail"]), "low");
      break;
  }
}

TEST_P(ResponsesOutTest, AnUpstreamErrorKeepsItsMessageInOpenAIsShape) {
  for (bool stream : {false, true}) {
    TestResponse r = create(std::string(R"({"model":"m-limited","input":"hi","stream":)") +
                            (stream ? "true" : "false") + "}");
    EXPECT_EQ(r.status, 429u) << r.body;
    EXPECT_EQ(r.header("content-type"), "application/json") << r.body;
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
  auto records = gw_.ledger_records(ledger_.path());
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[0].status, 429);
}

TEST_P(ResponsesOutTest, AFailureMidStreamIsAnErrorThenResponseFailed) {
  std::vector<std::string> aliases = {"m-cut"};
  if (!cloud_kind_models(kind()).stream_error.empty()) aliases.push_back("m-stream-error");
  for (const std::string& alias : aliases) {
    TestResponse r =
        create(R"({"model":")" + alias + R"(","input":"one two three four five","stream":true})");
    ASSERT_EQ(r.status, 200u) << alias << ": " << r.body;
    const auto events = testing::sse_named_events(r.body);
    ASSERT_GE(events.size(), 4u) << alias << ": " << r.body;
    EXPECT_EQ(events.front().first, "response.created");
    // Some text came before the failure, as the fakes send it.
    bool text_came = false;
    for (const auto& [name, data] : events) {
      text_came = text_came || name == "response.output_text.delta";
      EXPECT_NE(name, "response.completed") << alias;
      EXPECT_NE(name, "response.output_item.done") << alias;
    }
    EXPECT_TRUE(text_came) << alias << ": " << r.body;
    const auto& [error_name, error_data] = events[events.size() - 2];
    ASSERT_EQ(error_name, "error") << alias << ": " << r.body;
    const Parsed e(error_data);
    EXPECT_EQ(int64_t(e["/sequence_number"]), static_cast<int64_t>(events.size() - 2));
    const std::string message(str(e["/error/message"]));
    EXPECT_FALSE(message.empty());
    const auto& [failed_name, failed_data] = events.back();
    ASSERT_EQ(failed_name, "response.failed") << alias << ": " << r.body;
    const Parsed failed(failed_data);
    EXPECT_EQ(str(failed["/response/status"]), "failed");
    EXPECT_EQ(str(failed["/response/error/code"]), "server_error");
    EXPECT_EQ(str(failed["/response/error/message"]), message);
    EXPECT_EQ(str(failed["/response/output/0/status"]), "incomplete");
    if (alias == "m-stream-error" && kind() == Kind::anthropic) {
      EXPECT_NE(message.find("Overloaded"), std::string::npos) << message;  // Anthropic's words
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Providers, ResponsesOutTest,
                         ::testing::Values(Kind::anthropic, Kind::gemini, Kind::azure),
                         testing::cloud_kind_param_name);

}  // namespace
}  // namespace switchyard::gateway
