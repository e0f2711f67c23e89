// OpenAI chat in, Gemini out: streams (text, tool calls, safety), upstream
// errors in Gemini's shape mapped to OpenAI's with the upstream's message
// kept, and privacy (restricted data never reaches Gemini; confidential
// data is redacted on the way and restored in answers and streams).
#include "gateway/gemini_fixture.hpp"

namespace switchyard::gateway {
namespace {

using testing::JsonEq;
using testing::parse_error;
using testing::Parsed;
using testing::str;

TEST_F(GeminiGatewayTest, TextStreamBecomesOpenAIChunks) {
  start();
  auto r = post(R"({"model":"gemini","messages":[{"role":"user","content":"one two three"}],
      "stream":true,"stream_options":{"include_usage":true}})");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("content-type").substr(0, 17), "text/event-stream");
  EXPECT_EQ(streamed_text(r.body), "echo: one two three");
  EXPECT_TRUE(testing::ends_with_done(r.body)) << r.body;
  const auto events = testing::sse_payloads(r.body);
  ASSERT_GE(events.size(), 3u);
  std::string finish;
  bool usage = false;
  for (const auto& e : events) {
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
  EXPECT_EQ(gemini_.requests().back().path,
            "/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse");
}

TEST_F(GeminiGatewayTest, StreamedToolCalls) {
  start();
  auto r = post(R"({"model":"gemini-parallel","messages":[{"role":"user","content":"go"}],
      "tools":[{"type":"function","function":{"name":"a"}},{"type":"function","function":{"name":"b"}}],
      "stream":true})");
  ASSERT_EQ(r.status, 200u) << r.body;
  std::vector<std::string> names, ids;
  std::string args, finish;
  for (const auto& e : testing::sse_payloads(r.body)) {
    const Parsed chunk(e);
    if (chunk.has("/choices/0/delta/tool_calls")) {
      for (auto call : chunk["/choices/0/delta/tool_calls"].get_array()) {
        std::string_view s;
        if (!call.at_pointer("/function/name").get(s)) names.emplace_back(s);
        if (!call.at_pointer("/id").get(s)) ids.emplace_back(s);
        if (!call.at_pointer("/function/arguments").get(s)) args += s;
      }
    }
    if (chunk.has("/choices/0/finish_reason") && chunk["/choices/0/finish_reason"].is_string())
      finish = str(chunk["/choices/0/finish_reason"]);
  }
  EXPECT_EQ(names, (std::vector<std::string>{"a", "b"})) << r.body;
  ASSERT_EQ(ids.size(), 2u);
  EXPECT_NE(ids[0], ids[1]);
  EXPECT_EQ(args, R"({"text":"go"}{"text":"go"})");
  EXPECT_EQ(finish, "tool_calls");
}

TEST_F(GeminiGatewayTest, StreamedSafetyBlockIsContentFilter) {
  start();
  auto r = post(
      R"({"model":"gemini-blocked","messages":[{"role":"user","content":"x"}],"stream":true})");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_NE(r.body.find(R"("finish_reason":"content_filter")"), std::string::npos) << r.body;
  EXPECT_TRUE(testing::ends_with_done(r.body));
}

TEST_F(GeminiGatewayTest, UpstreamErrorsKeepGooglesMessage) {
  start();
  auto r = post(R"({"model":"gemini-429","messages":[{"role":"user","content":"x"}]})");
  EXPECT_EQ(r.status, 429u) << r.body;
  auto e = parse_error(r.body);
  EXPECT_TRUE(e.says("Resource has been exhausted")) << r.body;
  EXPECT_EQ(e.type, "rate_limit_error") << r.body;

  r = post(R"({"model":"gemini-404","messages":[{"role":"user","content":"x"}]})");
  EXPECT_EQ(r.status, 404u) << r.body;
  EXPECT_TRUE(parse_error(r.body).says("is not found for API version v1beta")) << r.body;

  r = post(R"({"model":"gemini-garbage","messages":[{"role":"user","content":"x"}]})");
  EXPECT_EQ(r.status, 502u) << r.body;
  EXPECT_EQ(parse_error(r.body).code, "invalid_upstream_response") << r.body;

  // What Gemini refuses as a bad request reaches the client as one, in its words.
  r = post(R"({"model":"gemini","messages":[{"role":"user","content":"x"}],"n":9})");
  EXPECT_EQ(r.status, 400u) << r.body;
  EXPECT_TRUE(parse_error(r.body).says("candidate_count")) << r.body;
}

TEST_F(GeminiGatewayTest, RetriesAnOverloadedGemini) {
  start("GEMINI_KEY", "3");
  auto r = post(R"({"model":"gemini-503","messages":[{"role":"user","content":"x"}]})");
  EXPECT_EQ(r.status, 503u) << r.body;
  EXPECT_TRUE(parse_error(r.body).says("The model is overloaded")) << r.body;
  EXPECT_EQ(gemini_.requests().size(), 3u);  // retryable: every attempt made
}

TEST_F(GeminiGatewayTest, ARejectedKeyIsTheGatewaysFailure) {
  start("GEMINI_BAD_KEY");
  auto r = post(R"({"model":"gemini","messages":[{"role":"user","content":"x"}]})");
  EXPECT_EQ(r.status, 502u) << r.body;
  const auto e = parse_error(r.body);
  EXPECT_EQ(e.code, "upstream_authentication_failed") << r.body;
  EXPECT_TRUE(e.says("API key not valid")) << r.body;
  EXPECT_EQ(r.body.find("fail-auth"), std::string::npos) << r.body;
}

TEST_F(GeminiGatewayTest, StreamFailuresAreReportedInBand) {
  start();
  for (const char* alias : {"gemini-stream-error", "gemini-no-finish", "gemini-cut"}) {
    auto r = post(std::string(R"({"model":")") + alias +
                  R"(","messages":[{"role":"user","content":"one two three"}],"stream":true})");
    ASSERT_EQ(r.status, 200u) << alias << r.body;
    const auto events = testing::sse_payloads(r.body);
    ASSERT_FALSE(events.empty()) << alias;
    EXPECT_TRUE(Parsed(events.back()).has("/error/message")) << alias << ": " << r.body;
    EXPECT_FALSE(testing::ends_with_done(r.body)) << alias;
  }
}

TEST_F(GeminiGatewayTest, RestrictedDataNeverReachesGemini) {
  start();
  const std::string ssn = "My SSN is 536-22-8146, file it.";
  for (const char* stream : {"false", "true"}) {
    auto r = post(R"({"model":"gemini","messages":[{"role":"user","content":")" + ssn +
                  R"("}],"stream":)" + stream + "}");
    EXPECT_EQ(r.status, 503u) << r.body;
    EXPECT_EQ(parse_error(r.body).code, "no_permitted_deployment") << r.body;
  }
  // In a tool result, an image-bearing message or a system prompt alike.
  auto r = post(R"({"model":"gemini","messages":[{"role":"system","content":")" + ssn +
                R"("},{"role":"user","content":"hi"}]})");
  EXPECT_EQ(r.status, 503u) << r.body;
  r = post(R"({"model":"gemini","messages":[{"role":"user","content":"go"},
      {"role":"assistant","tool_calls":[{"id":"c","type":"function","function":{"name":"f","arguments":"{}"}}]},
      {"role":"tool","tool_call_id":"c","content":")" +
           ssn + R"("}]})");
  EXPECT_EQ(r.status, 503u) << r.body;
  EXPECT_TRUE(gemini_.requests().empty());
}

TEST_F(GeminiGatewayTest, ConfidentialDataIsRedactedForGeminiAndRestored) {
  start();
  auto r = post(
      R"({"model":"gemini","messages":[{"role":"user","content":"Write to jane.doe@example.com today."}]})");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.header("x-switchyard-redacted"), "true");
  EXPECT_EQ(str(Parsed(r.body)["/choices/0/message/content"]),
            "echo: Write to jane.doe@example.com today.");

  r = post(
      R"({"model":"gemini","messages":[{"role":"user","content":"Write to jane.doe@example.com today."}],"stream":true})");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(streamed_text(r.body), "echo: Write to jane.doe@example.com today.");
  EXPECT_EQ(r.body.find("[EMAIL_ADDRESS"), std::string::npos) << r.body;

  // Tool arguments carry the placeholder to Gemini and the value back to the client.
  r = post(R"({"model":"gemini","messages":[{"role":"user","content":"mail jane.doe@example.com"}],
      "tools":[{"type":"function","function":{"name":"send"}}],"tool_choice":"required"})");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_TRUE(JsonEq(str(Parsed(r.body)["/choices/0/message/tool_calls/0/function/arguments"]),
                     R"({"text":"mail jane.doe@example.com"})"))
      << r.body;

  ASSERT_EQ(gemini_.requests().size(), 3u);
  for (const auto& sent : gemini_.requests()) {
    EXPECT_EQ(sent.body.find("jane.doe@example.com"), std::string::npos) << sent.body;
    EXPECT_NE(sent.body.find("[EMAIL_ADDRESS_1]"), std::string::npos) << sent.body;
  }
}

}  // namespace
}  // namespace switchyard::gateway
