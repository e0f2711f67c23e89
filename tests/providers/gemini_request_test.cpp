// An OpenAI chat request (as clients send it) written as Gemini's
// generateContent body: each field where Google's reference puts it, and
// what Gemini cannot carry refused with a 400 that names the field.
#include "switchyard/providers/gemini_request.hpp"

#include <gtest/gtest.h>

#include <string>

#include "support/json_compare.hpp"
#include "switchyard/api/openai/chat_codec.hpp"

namespace switchyard::providers {
namespace {

using testing::JsonEq;

core::ChatRequest openai(const std::string& body) {
  auto r = api::openai::decode_chat_request(body);
  EXPECT_TRUE(r) << (r ? "" : r.error().message);
  return r ? std::move(*r) : core::ChatRequest{};
}

std::string gemini(const std::string& openai_body) {
  auto body = encode_gemini_request(openai(openai_body));
  EXPECT_TRUE(body) << (body ? "" : body.error().message);
  return body ? *body : std::string();
}

core::Error refused(const std::string& openai_body) {
  auto body = encode_gemini_request(openai(openai_body));
  EXPECT_FALSE(body) << *body;
  return body ? core::Error{} : body.error();
}

TEST(GeminiRequest, TextSystemAndTurns) {
  EXPECT_TRUE(JsonEq(gemini(R"({"model":"m","messages":[
      {"role":"system","content":"Be brief."},
      {"role":"user","content":"Hi"},
      {"role":"assistant","content":"Hello!"},
      {"role":"developer","content":"Answer in French."},
      {"role":"user","content":[{"type":"text","text":"How are you?"}]}]})"),
                     R"({"contents":[
      {"role":"user","parts":[{"text":"Hi"}]},
      {"role":"model","parts":[{"text":"Hello!"}]},
      {"role":"user","parts":[{"text":"How are you?"}]}],
      "systemInstruction":{"parts":[{"text":"Be brief."},{"text":"Answer in French."}]}})"));
}

TEST(GeminiRequest, GenerationConfig) {
  EXPECT_TRUE(JsonEq(gemini(R"({"model":"m","messages":[{"role":"user","content":"x"}],
      "temperature":0.5,"top_p":0.9,"top_k":40,"max_completion_tokens":100,"max_tokens":7,
      "stop":["END","\n\n"],"n":2,"seed":42,"presence_penalty":0.1,"frequency_penalty":-0.2})"),
                     R"({"contents":[{"role":"user","parts":[{"text":"x"}]}],
      "generationConfig":{"temperature":0.5,"topP":0.9,"topK":40,"maxOutputTokens":100,
        "stopSequences":["END","\n\n"],"candidateCount":2,"seed":42,
        "presencePenalty":0.1,"frequencyPenalty":-0.2}})"));
}

TEST(GeminiRequest, JsonModeAndSchema) {
  EXPECT_TRUE(JsonEq(gemini(R"({"model":"m","messages":[{"role":"user","content":"x"}],
      "response_format":{"type":"json_object"}})"),
                     R"({"contents":[{"role":"user","parts":[{"text":"x"}]}],
      "generationConfig":{"responseMimeType":"application/json"}})"));
  EXPECT_TRUE(JsonEq(gemini(R"({"model":"m","messages":[{"role":"user","content":"x"}],
      "response_format":{"type":"json_schema","json_schema":{"name":"r","strict":true,
        "schema":{"type":"object","properties":{"a":{"type":"integer"}},
                  "required":["a"],"additionalProperties":false}}}})"),
                     R"({"contents":[{"role":"user","parts":[{"text":"x"}]}],
      "generationConfig":{"responseMimeType":"application/json",
        "responseJsonSchema":{"type":"object","properties":{"a":{"type":"integer"}},
                              "required":["a"],"additionalProperties":false}}})"));
  const core::Error e = refused(R"({"model":"m","messages":[{"role":"user","content":"x"}],
      "response_format":{"type":"json_schema","json_schema":{"name":"r"}}})");
  EXPECT_EQ(e.status, 400);
  EXPECT_EQ(e.param, "response_format.json_schema.schema");
}

TEST(GeminiRequest, ReasoningBecomesAThinkingBudget) {
  EXPECT_TRUE(JsonEq(gemini(R"({"model":"m","messages":[{"role":"user","content":"x"}],
      "reasoning_effort":"medium"})"),
                     R"({"contents":[{"role":"user","parts":[{"text":"x"}]}],
      "generationConfig":{"thinkingConfig":{"thinkingBudget":8192}}})"));
  EXPECT_TRUE(JsonEq(gemini(R"({"model":"m","messages":[{"role":"user","content":"x"}],
      "reasoning_effort":"none"})"),
                     R"({"contents":[{"role":"user","parts":[{"text":"x"}]}],
      "generationConfig":{"thinkingConfig":{"thinkingBudget":0}}})"));
}

TEST(GeminiRequest, ToolsAndChoice) {
  const std::string tools = R"("tools":[{"type":"function","function":{"name":"get_weather",
      "description":"Weather in a city","parameters":{"type":"object",
      "properties":{"city":{"type":"string"}},"required":["city"],"additionalProperties":false},
      "strict":true}},{"type":"function","function":{"name":"now"}}])";
  const std::string expected_tools = R"("tools":[{"functionDeclarations":[
      {"name":"get_weather","description":"Weather in a city","parametersJsonSchema":{
        "type":"object","properties":{"city":{"type":"string"}},"required":["city"],
        "additionalProperties":false}},
      {"name":"now"}]}])";
  const std::string msgs = R"("messages":[{"role":"user","content":"x"}])";
  const std::string contents = R"("contents":[{"role":"user","parts":[{"text":"x"}]}])";
  EXPECT_TRUE(JsonEq(gemini("{\"model\":\"m\"," + msgs + "," + tools + "}"),
                     "{" + contents + "," + expected_tools + "}"));
  EXPECT_TRUE(
      JsonEq(gemini("{\"model\":\"m\"," + msgs + "," + tools + ",\"tool_choice\":\"required\"}"),
             "{" + contents + "," + expected_tools +
                 R"(,"toolConfig":{"functionCallingConfig":{"mode":"ANY"}}})"));
  EXPECT_TRUE(
      JsonEq(gemini("{\"model\":\"m\"," + msgs + "," + tools + ",\"tool_choice\":\"none\"}"),
             "{" + contents + "," + expected_tools +
                 R"(,"toolConfig":{"functionCallingConfig":{"mode":"NONE"}}})"));
  EXPECT_TRUE(
      JsonEq(gemini("{\"model\":\"m\"," + msgs + "," + tools + ",\"tool_choice\":\"auto\"}"),
             "{" + contents + "," + expected_tools +
                 R"(,"toolConfig":{"functionCallingConfig":{"mode":"AUTO"}}})"));
  EXPECT_TRUE(JsonEq(gemini("{\"model\":\"m\"," + msgs + "," + tools +
                            R"(,"tool_choice":{"type":"function","function":{"name":"now"}}})"),
                     "{" + contents + "," + expected_tools +
                         R"(,"toolConfig":{"functionCallingConfig":{"mode":"ANY",
              "allowedFunctionNames":["now"]}}})"));
}

TEST(GeminiRequest, ParallelCallsAndTheirResultsShareTurns) {
  EXPECT_TRUE(JsonEq(gemini(R"({"model":"m","messages":[
      {"role":"user","content":"Weather in Paris and Oslo?"},
      {"role":"assistant","content":null,"tool_calls":[
        {"id":"call_a","type":"function","function":{"name":"get_weather","arguments":"{\"city\":\"Paris\"}"}},
        {"id":"call_b","type":"function","function":{"name":"get_weather","arguments":"{\"city\": \"Oslo\"}"}}]},
      {"role":"tool","tool_call_id":"call_a","content":"{\"temp\":21}"},
      {"role":"tool","tool_call_id":"call_b","content":"cold"},
      {"role":"user","content":"Thanks"}]})"),
                     R"({"contents":[
      {"role":"user","parts":[{"text":"Weather in Paris and Oslo?"}]},
      {"role":"model","parts":[
        {"functionCall":{"name":"get_weather","args":{"city":"Paris"}}},
        {"functionCall":{"name":"get_weather","args":{"city":"Oslo"}}}]},
      {"role":"user","parts":[
        {"functionResponse":{"name":"get_weather","response":{"temp":21}}},
        {"functionResponse":{"name":"get_weather","response":{"output":"cold"}}},
        {"text":"Thanks"}]}]})"));
}

TEST(GeminiRequest, EmptyArgumentsAreAnEmptyObject) {
  EXPECT_TRUE(JsonEq(gemini(R"({"model":"m","messages":[
      {"role":"user","content":"time?"},
      {"role":"assistant","tool_calls":[{"id":"c1","type":"function","function":{"name":"now","arguments":""}}]},
      {"role":"tool","tool_call_id":"c1","content":"noon"}]})"),
                     R"({"contents":[
      {"role":"user","parts":[{"text":"time?"}]},
      {"role":"model","parts":[{"functionCall":{"name":"now","args":{}}}]},
      {"role":"user","parts":[{"functionResponse":{"name":"now","response":{"output":"noon"}}}]}]})"));
}

TEST(GeminiRequest, ImagesGoInline) {
  EXPECT_TRUE(JsonEq(gemini(R"({"model":"m","messages":[{"role":"user","content":[
      {"type":"text","text":"What is this?"},
      {"type":"image_url","image_url":{"url":"data:image/png;base64,iVBORw0KGgo=","detail":"low"}}]}]})"),
                     R"({"contents":[{"role":"user","parts":[{"text":"What is this?"},
      {"inlineData":{"mimeType":"image/png","data":"iVBORw0KGgo="}}]}]})"));
}

TEST(GeminiRequest, RefusesWhatGeminiCannotCarry) {
  core::Error e = refused(R"({"model":"m","messages":[{"role":"user","content":[
      {"type":"text","text":"x"},{"type":"image_url","image_url":{"url":"https://example.com/cat.png"}}]}]})");
  EXPECT_EQ(e.status, 400);
  EXPECT_EQ(e.param, "messages[0].content[1].image_url.url");
  EXPECT_NE(e.message.find("data: URL"), std::string::npos) << e.message;

  e = refused(R"({"model":"m","messages":[{"role":"user","content":[
      {"type":"image_url","image_url":{"url":"data:image/svg+xml,<svg/>"}}]}]})");
  EXPECT_EQ(e.param, "messages[0].content[0].image_url.url");

  e = refused(R"({"model":"m","messages":[{"role":"user","content":[
      {"type":"input_audio","input_audio":{"data":"AAAA","format":"wav"}}]}]})");
  EXPECT_EQ(e.param, "messages[0].content[0]");
  EXPECT_EQ(e.code, "unsupported_content");
  EXPECT_NE(e.message.find("input_audio"), std::string::npos) << e.message;

  e = refused(R"({"model":"m","messages":[{"role":"user","content":"x"},
      {"role":"tool","tool_call_id":"nowhere","content":"42"}]})");
  EXPECT_EQ(e.code, "unknown_tool_call_id");
  EXPECT_NE(e.message.find("nowhere"), std::string::npos) << e.message;

  e = refused(R"({"model":"m","messages":[{"role":"user","content":"x"},
      {"role":"assistant","tool_calls":[{"id":"c","type":"function","function":{"name":"f","arguments":"[1,2]"}}]}]})");
  EXPECT_EQ(e.param, "messages[1].content[0].function.arguments");

  // Another dialect's tool kinds (the OpenAI decoder itself takes functions only).
  core::ChatRequest r = openai(R"({"model":"m","messages":[{"role":"user","content":"x"}],
      "tools":[{"type":"function","function":{"name":"f"}}]})");
  r.tools[0].type = "web_search_20250305";
  auto body = encode_gemini_request(r);
  ASSERT_FALSE(body);
  EXPECT_EQ(body.error().param, "tools[0].type");

  // Instructions alone give Gemini nothing to answer.
  body = encode_gemini_request(
      openai(R"({"model":"m","messages":[{"role":"system","content":"x"}]})"));
  ASSERT_FALSE(body);
  EXPECT_EQ(body.error().param, "messages");
}

TEST(GeminiRequest, ToolErrorsAndThinkingAreCarriedOrLeftOut) {
  core::ChatRequest r = openai(R"({"model":"m","messages":[
      {"role":"user","content":"go"},
      {"role":"assistant","tool_calls":[{"id":"c","type":"function","function":{"name":"f","arguments":"{}"}}]},
      {"role":"tool","tool_call_id":"c","content":"{\"ok\":false}"}]})");
  // A failed call (Anthropic's is_error) and the model's earlier reasoning.
  r.messages[2].content[0].get<core::ToolResultBlock>()->is_error = true;
  r.messages[1].content.insert(r.messages[1].content.begin(),
                               core::Block{core::ThinkingBlock{"I should call f", "sig", false}});
  auto body = encode_gemini_request(r);
  ASSERT_TRUE(body) << body.error().message;
  EXPECT_TRUE(JsonEq(*body, R"({"contents":[
      {"role":"user","parts":[{"text":"go"}]},
      {"role":"model","parts":[{"functionCall":{"name":"f","args":{}}}]},
      {"role":"user","parts":[{"functionResponse":{"name":"f","response":{"error":"{\"ok\":false}"}}}]}]})"));
}

}  // namespace
}  // namespace switchyard::providers
