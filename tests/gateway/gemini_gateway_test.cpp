// OpenAI chat in, Gemini out (kind gemini), against the fake Gemini API,
// which checks bodies as Google does (fake_gemini_request.hpp): text,
// system instructions, tool calls (single, parallel, and their results sent
// back), JSON mode and schema, images, finish reasons and usage; then
// errors, streams and privacy in gemini_gateway_stream_test.cpp.
#include "gateway/gemini_fixture.hpp"

namespace switchyard::gateway {
namespace {

using testing::JsonEq;
using testing::parse_error;
using testing::Parsed;
using testing::str;

TEST_F(GeminiGatewayTest, TextRoundTrip) {
  start();
  auto r = post(R"({"model":"gemini","messages":[{"role":"system","content":"Be brief."},
      {"role":"user","content":"hello there"}],"temperature":0.2,"max_tokens":50})");
  ASSERT_EQ(r.status, 200u) << r.body;
  const Parsed answer(r.body);
  EXPECT_EQ(str(answer["/object"]), "chat.completion");
  EXPECT_EQ(str(answer["/choices/0/message/role"]), "assistant");
  EXPECT_EQ(str(answer["/choices/0/message/content"]), "echo: hello there");
  EXPECT_EQ(str(answer["/choices/0/finish_reason"]), "stop");
  EXPECT_EQ(int64_t(answer["/usage/prompt_tokens"]), 4);  // words, system included
  EXPECT_EQ(int64_t(answer["/usage/completion_tokens"]), 3);
  EXPECT_EQ(str(answer["/model"]), "gemini-2.5-flash");

  ASSERT_EQ(gemini_.requests().size(), 1u);
  const auto requests = gemini_.requests();
  const auto& sent = requests[0];
  EXPECT_EQ(sent.path, "/v1beta/models/gemini-2.5-flash:generateContent");
  EXPECT_EQ(sent.api_key, kGeminiKey);
  EXPECT_TRUE(JsonEq(sent.body, R"({"contents":[{"role":"user","parts":[{"text":"hello there"}]}],
      "systemInstruction":{"parts":[{"text":"Be brief."}]},
      "generationConfig":{"temperature":0.2,"maxOutputTokens":50}})"));
}

TEST_F(GeminiGatewayTest, ASingleToolCallAndItsResult) {
  start();
  const std::string tools = R"("tools":[{"type":"function","function":{"name":"get_weather",
      "parameters":{"type":"object","properties":{"text":{"type":"string"}},
      "additionalProperties":false}}}])";
  auto r = post(R"({"model":"gemini","messages":[{"role":"user","content":"Paris"}],)" + tools +
                R"(,"tool_choice":"required"})");
  ASSERT_EQ(r.status, 200u) << r.body;
  const Parsed answer(r.body);
  EXPECT_EQ(str(answer["/choices/0/finish_reason"]), "tool_calls");
  const std::string id(str(answer["/choices/0/message/tool_calls/0/id"]));
  EXPECT_TRUE(id.starts_with("call_")) << id;
  EXPECT_EQ(str(answer["/choices/0/message/tool_calls/0/type"]), "function");
  EXPECT_EQ(str(answer["/choices/0/message/tool_calls/0/function/name"]), "get_weather");
  EXPECT_TRUE(JsonEq(str(answer["/choices/0/message/tool_calls/0/function/arguments"]),
                     R"({"text":"Paris"})"));

  // The client runs the tool and sends the result back under the same id.
  r = post(R"({"model":"gemini","messages":[{"role":"user","content":"Paris"},
      {"role":"assistant","content":null,"tool_calls":[{"id":")" +
           id + R"(","type":"function","function":{"name":"get_weather",
      "arguments":"{\"text\":\"Paris\"}"}}]},
      {"role":"tool","tool_call_id":")" +
           id + R"(","content":"{\"temp\":21}"}],)" + tools + "}");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(str(Parsed(r.body)["/choices/0/message/content"]),
            "results: get_weather={\"temp\":21};");
}

TEST_F(GeminiGatewayTest, ParallelToolCallsAndTheirResults) {
  start();
  const std::string tools =
      R"("tools":[{"type":"function","function":{"name":"weather","parameters":{"type":"object"}}},
      {"type":"function","function":{"name":"time","parameters":{"type":"object"}}}])";
  auto r = post(R"({"model":"gemini-parallel","messages":[{"role":"user","content":"Oslo"}],)" +
                tools + "}");
  ASSERT_EQ(r.status, 200u) << r.body;
  const Parsed answer(r.body);
  ASSERT_EQ(answer["/choices/0/message/tool_calls"].get_array().size(), 2u) << r.body;
  const std::string a(str(answer["/choices/0/message/tool_calls/0/id"]));
  const std::string b(str(answer["/choices/0/message/tool_calls/1/id"]));
  EXPECT_NE(a, b);
  EXPECT_EQ(str(answer["/choices/0/message/tool_calls/0/function/name"]), "weather");
  EXPECT_EQ(str(answer["/choices/0/message/tool_calls/1/function/name"]), "time");

  r = post(R"({"model":"gemini-parallel","messages":[{"role":"user","content":"Oslo"},
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
           b + R"(","content":"noon"}],)" + tools + "}");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(str(Parsed(r.body)["/choices/0/message/content"]),
            R"(results: weather={"output":"cold"}; time={"output":"noon"};)");
}

TEST_F(GeminiGatewayTest, JsonModeAndSchema) {
  start();
  auto r = post(R"({"model":"gemini","messages":[{"role":"user","content":"data"}],
      "response_format":{"type":"json_object"}})");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_TRUE(JsonEq(str(Parsed(r.body)["/choices/0/message/content"]), R"({"echo":"data"})"));

  r = post(R"({"model":"gemini","messages":[{"role":"user","content":"data"}],
      "response_format":{"type":"json_schema","json_schema":{"name":"e","strict":true,
      "schema":{"type":"object","properties":{"echo":{"type":"string"}},"required":["echo"],
      "additionalProperties":false}}}})");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_TRUE(JsonEq(str(Parsed(r.body)["/choices/0/message/content"]), R"({"echo":"data"})"));
  const Parsed sent(gemini_.requests().back().body);
  EXPECT_EQ(str(sent["/generationConfig/responseMimeType"]), "application/json");
  EXPECT_EQ(str(sent["/generationConfig/responseJsonSchema/required/0"]), "echo");
}

TEST_F(GeminiGatewayTest, ImagesGoInlineAndHttpUrlsAreRefused) {
  start();
  auto r = post(R"({"model":"gemini","messages":[{"role":"user","content":[
      {"type":"text","text":"what is it"},
      {"type":"image_url","image_url":{"url":"data:image/png;base64,iVBORw0KGgoAAAANSUhEUg=="}}]}]})");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(str(Parsed(r.body)["/choices/0/message/content"]),
            "echo: what is it [image image/png 16 bytes]");

  const std::size_t before = gemini_.requests().size();
  r = post(R"({"model":"gemini","messages":[{"role":"user","content":[
      {"type":"image_url","image_url":{"url":"https://example.com/cat.png"}}]}]})");
  EXPECT_EQ(r.status, 400u) << r.body;
  const auto e = parse_error(r.body);
  EXPECT_EQ(e.param, "messages[0].content[0].image_url.url") << r.body;
  EXPECT_TRUE(e.says("data: URL")) << r.body;
  EXPECT_EQ(gemini_.requests().size(), before);  // refused before anything was sent
}

TEST_F(GeminiGatewayTest, SafetyAndBlockedPromptsAreContentFilter) {
  start();
  for (const char* alias : {"gemini-safety", "gemini-blocked"}) {
    auto r = post(std::string(R"({"model":")") + alias +
                  R"(","messages":[{"role":"user","content":"x"}]})");
    ASSERT_EQ(r.status, 200u) << r.body;
    EXPECT_EQ(str(Parsed(r.body)["/choices/0/finish_reason"]), "content_filter") << alias;
  }
}

TEST_F(GeminiGatewayTest, ThinkingAndCacheTokensReachUsage) {
  start();
  auto r = post(R"({"model":"gemini-thinking","messages":[{"role":"user","content":"hmm"}]})");
  ASSERT_EQ(r.status, 200u) << r.body;
  const Parsed answer(r.body);
  EXPECT_EQ(int64_t(answer["/usage/prompt_tokens_details/cached_tokens"]), 3) << r.body;
  EXPECT_EQ(int64_t(answer["/usage/completion_tokens_details/reasoning_tokens"]), 7) << r.body;
  EXPECT_EQ(int64_t(answer["/usage/completion_tokens"]), 2 + 7) << r.body;
  EXPECT_EQ(str(answer["/choices/0/message/content"]), "echo: hmm");
  const auto records = gw_.ledger_records(ledger_.path());
  ASSERT_FALSE(records.empty());
  EXPECT_EQ(records.back().completion_tokens, 9);
}

TEST_F(GeminiGatewayTest, SeveralCandidatesAreSeveralChoices) {
  start();
  auto r = post(R"({"model":"gemini","messages":[{"role":"user","content":"two"}],"n":2})");
  ASSERT_EQ(r.status, 200u) << r.body;
  const Parsed answer(r.body);
  ASSERT_EQ(answer["/choices"].get_array().size(), 2u);
  EXPECT_EQ(int64_t(answer["/choices/1/index"]), 1);
  EXPECT_EQ(str(answer["/choices/1/message/content"]), "echo: two");
}

}  // namespace
}  // namespace switchyard::gateway
