// Gemini's answers, whole and streamed, read into the canonical answer:
// texts, thoughts and function calls (with ids made stable), finish reasons
// with safety blocks as content_filter, and usage by token kind.
#include "switchyard/providers/gemini_response.hpp"

#include <gtest/gtest.h>

#include <set>
#include <string>

#include "switchyard/providers/gemini_error.hpp"

namespace switchyard::providers {
namespace {

const GeminiAnswerNames kNames{"gemini-2.5-flash", "req-1"};

core::ChatResponse decode(const std::string& body) {
  auto r = decode_gemini_response(body, kNames);
  EXPECT_TRUE(r) << (r ? "" : r.error().message);
  return r ? std::move(*r) : core::ChatResponse{};
}

TEST(GeminiResponse, TextAnswerWithUsage) {
  const auto r = decode(R"({"candidates":[{"content":{"parts":[{"text":"Hello"},{"text":", world"}],
      "role":"model"},"finishReason":"STOP","avgLogprobs":-0.1}],
      "usageMetadata":{"promptTokenCount":12,"candidatesTokenCount":3,"totalTokenCount":40,
        "cachedContentTokenCount":8,"thoughtsTokenCount":25,"promptTokensDetails":[]},
      "modelVersion":"gemini-2.5-flash-001","responseId":"resp-abc"})");
  ASSERT_EQ(r.choices.size(), 1u);
  EXPECT_EQ(r.id, "resp-abc");
  EXPECT_EQ(r.model, "gemini-2.5-flash-001");
  EXPECT_EQ(r.dialect, core::Dialect::gemini);
  EXPECT_EQ(r.choices[0].message.role, core::Role::assistant);
  EXPECT_EQ(r.choices[0].message.text(), "Hello, world");
  EXPECT_EQ(r.choices[0].message.content.size(), 1u);
  EXPECT_EQ(r.choices[0].finish_reason.kind, core::FinishKind::stop);
  EXPECT_EQ(r.choices[0].finish_reason.raw, "STOP");
  ASSERT_TRUE(r.usage);
  EXPECT_EQ(r.usage->input_tokens, 12);
  EXPECT_EQ(r.usage->output_tokens, 28);  // candidates + thoughts
  EXPECT_EQ(r.usage->total_tokens, 40);
  EXPECT_EQ(r.usage->cache_read_tokens, 8);
  EXPECT_EQ(r.usage->reasoning_tokens, 25);
}

TEST(GeminiResponse, FunctionCallsGetStableDistinctIds) {
  const std::string body = R"({"candidates":[{"content":{"parts":[
      {"functionCall":{"name":"get_weather","args":{"city":"Paris"}}},
      {"functionCall":{"name":"get_weather","args":{"city":"Oslo"}}}],"role":"model"},
      "finishReason":"STOP"}],"responseId":"resp-1"})";
  const auto a = decode(body);
  const auto b = decode(body);
  ASSERT_EQ(a.choices.size(), 1u);
  const auto calls = core::blocks_of<core::ToolUseBlock>(a.choices[0].message.content);
  ASSERT_EQ(calls.size(), 2u);
  EXPECT_EQ(calls[0]->name, "get_weather");
  EXPECT_EQ(calls[0]->arguments, R"({"city":"Paris"})");
  EXPECT_EQ(calls[1]->arguments, R"({"city":"Oslo"})");
  EXPECT_NE(calls[0]->id, calls[1]->id);
  EXPECT_TRUE(calls[0]->id.starts_with("call_")) << calls[0]->id;
  EXPECT_EQ(core::blocks_of<core::ToolUseBlock>(b.choices[0].message.content)[0]->id, calls[0]->id);
  EXPECT_EQ(a.choices[0].finish_reason.kind, core::FinishKind::tool_use);
  EXPECT_EQ(a.choices[0].message.form, core::ContentForm::absent);

  // Another answer's first call has another id.
  const auto c = decode(R"({"candidates":[{"content":{"parts":[
      {"functionCall":{"name":"get_weather","args":{"city":"Paris"}}}]},"finishReason":"STOP"}],
      "responseId":"resp-2"})");
  EXPECT_NE(core::blocks_of<core::ToolUseBlock>(c.choices[0].message.content)[0]->id, calls[0]->id);
  // An id Gemini gave is kept.
  const auto d = decode(R"({"candidates":[{"content":{"parts":[
      {"functionCall":{"id":"g-7","name":"f"}}]},"finishReason":"STOP"}]})");
  const auto dc = core::blocks_of<core::ToolUseBlock>(d.choices[0].message.content);
  EXPECT_EQ(dc[0]->id, "g-7");
  EXPECT_EQ(dc[0]->arguments, "{}");
}

TEST(GeminiResponse, FinishReasons) {
  struct Case {
    const char* word;
    core::FinishKind kind;
  };
  for (const Case c :
       {Case{"STOP", core::FinishKind::stop}, Case{"MAX_TOKENS", core::FinishKind::length},
        Case{"SAFETY", core::FinishKind::content_filter},
        Case{"RECITATION", core::FinishKind::content_filter},
        Case{"BLOCKLIST", core::FinishKind::content_filter},
        Case{"PROHIBITED_CONTENT", core::FinishKind::content_filter},
        Case{"SPII", core::FinishKind::content_filter},
        Case{"MALFORMED_FUNCTION_CALL", core::FinishKind::other},
        Case{"OTHER", core::FinishKind::other}}) {
    const auto f = gemini_finish_reason(c.word, false);
    EXPECT_EQ(f.kind, c.kind) << c.word;
    EXPECT_EQ(f.raw, c.word);
    EXPECT_EQ(f.dialect, core::Dialect::gemini);
  }
}

TEST(GeminiResponse, SafetyStopAndBlockedPrompt) {
  auto r = decode(R"({"candidates":[{"finishReason":"SAFETY","index":0,"safetyRatings":[
      {"category":"HARM_CATEGORY_DANGEROUS_CONTENT","probability":"HIGH","blocked":true}]}],
      "usageMetadata":{"promptTokenCount":5,"totalTokenCount":5}})");
  ASSERT_EQ(r.choices.size(), 1u);
  EXPECT_EQ(r.choices[0].finish_reason.kind, core::FinishKind::content_filter);
  EXPECT_EQ(r.choices[0].message.text(), "");

  r = decode(R"({"promptFeedback":{"blockReason":"PROHIBITED_CONTENT"},
      "usageMetadata":{"promptTokenCount":5,"totalTokenCount":5},"responseId":"x"})");
  ASSERT_EQ(r.choices.size(), 1u);
  EXPECT_EQ(r.choices[0].finish_reason.kind, core::FinishKind::content_filter);
  EXPECT_EQ(r.choices[0].finish_reason.raw, "PROHIBITED_CONTENT");
  ASSERT_TRUE(r.usage);
  EXPECT_EQ(r.usage->input_tokens, 5);
}

TEST(GeminiResponse, SeveralCandidatesAndThoughts) {
  const auto r = decode(R"({"candidates":[
      {"content":{"parts":[{"text":"think...","thought":true},{"text":"A"}]},"finishReason":"STOP"},
      {"content":{"parts":[{"text":"B"}]},"finishReason":"MAX_TOKENS","index":1}]})");
  ASSERT_EQ(r.choices.size(), 2u);
  EXPECT_EQ(r.choices[0].index, 0);
  EXPECT_EQ(r.choices[1].index, 1);
  ASSERT_EQ(r.choices[0].message.content.size(), 2u);
  ASSERT_TRUE(r.choices[0].message.content[0].is<core::ThinkingBlock>());
  EXPECT_EQ(r.choices[0].message.text(), "A");
  EXPECT_EQ(r.choices[1].finish_reason.kind, core::FinishKind::length);
  EXPECT_EQ(r.id, "req-1");  // no responseId: the request's
  EXPECT_EQ(r.model, "gemini-2.5-flash");
}

TEST(GeminiResponse, RejectsWhatIsNotAnAnswer) {
  EXPECT_FALSE(decode_gemini_response("not json", kNames));
  EXPECT_FALSE(decode_gemini_response("{}", kNames));
  EXPECT_FALSE(
      decode_gemini_response(R"({"candidates":[{"content":{"parts":[{"text":7}]}}]})", kNames));
  EXPECT_FALSE(decode_gemini_response(
      R"({"candidates":[{"content":{"parts":[{"functionCall":{"args":{}}}]}}]})", kNames));
}

// The events of a stream, as "kind:choice:block[:text]" lines.
std::string events(const core::StreamFrame& f) {
  std::string out;
  for (const auto& e : f.events) {
    std::string at = ":";
    at += std::to_string(e.choice);
    at += ':';
    at += std::to_string(e.block);
    if (e.get<core::MessageStart>()) out.append("start").append(at);
    if (const auto* s = e.get<core::BlockStart>()) {
      if (s->kind == core::BlockKind::tool_use) {
        out.append("tool").append(at).append(":").append(s->name);
      } else {
        out.append(s->kind == core::BlockKind::thinking ? "thinking" : "text").append(at);
      }
    }
    if (const auto* d = e.get<core::BlockDelta>())
      out.append("delta").append(at).append(":").append(d->text);
    if (e.get<core::BlockStop>()) out.append("stop").append(at);
    if (const auto* m = e.get<core::MessageDelta>())
      out.append("finish").append(at).append(":").append(m->finish_reason.raw);
    if (const auto* u = e.get<core::UsageReport>())
      out.append("usage:")
          .append(std::to_string(u->usage.input_tokens))
          .append("/")
          .append(std::to_string(u->usage.output_tokens));
    out += '\n';
  }
  return out;
}

TEST(GeminiStream, TextThenFinishThenUsage) {
  GeminiStreamReader reader(kNames);
  core::StreamFrame f;
  ASSERT_TRUE(reader.read(R"({"candidates":[{"content":{"parts":[{"text":"Hel"}],"role":"model"}}],
      "usageMetadata":{"promptTokenCount":4},"responseId":"r1","modelVersion":"g"})",
                          f));
  ASSERT_TRUE(reader.read(R"({"candidates":[{"content":{"parts":[{"text":"lo"}],"role":"model"},
      "finishReason":"STOP"}],"usageMetadata":{"promptTokenCount":4,"candidatesTokenCount":2,
      "totalTokenCount":6},"responseId":"r1"})",
                          f));
  EXPECT_TRUE(reader.end(f));
  EXPECT_EQ(events(f),
            "start:0:0\ntext:0:0\ndelta:0:0:Hel\ndelta:0:0:lo\nstop:0:0\nfinish:0:0:STOP\n"
            "usage:4/2\n");
  EXPECT_EQ(f.events[0].get<core::MessageStart>()->id, "r1");
  EXPECT_EQ(f.events[0].get<core::MessageStart>()->model, "g");
}

TEST(GeminiStream, CallsAreWholeBlocksWithTheIdsOfTheWholeAnswer) {
  const std::string chunk = R"({"candidates":[{"content":{"parts":[
      {"functionCall":{"name":"a","args":{"x":1}}},{"functionCall":{"name":"b","args":{}}}],
      "role":"model"},"finishReason":"STOP"}],"responseId":"r9"})";
  GeminiStreamReader reader(kNames);
  core::StreamFrame f;
  ASSERT_TRUE(reader.read(chunk, f));
  EXPECT_TRUE(reader.end(f));
  EXPECT_EQ(events(f),
            "start:0:0\ntool:0:0:a\ndelta:0:0:{\"x\":1}\nstop:0:0\ntool:0:1:b\ndelta:0:1:{}\n"
            "stop:0:1\nfinish:0:0:STOP\n");
  const auto whole = decode(chunk);
  const auto calls = core::blocks_of<core::ToolUseBlock>(whole.choices[0].message.content);
  EXPECT_EQ(f.events[1].get<core::BlockStart>()->id, calls[0]->id);
  EXPECT_EQ(f.events[4].get<core::BlockStart>()->id, calls[1]->id);
  EXPECT_EQ(f.events[5 + 2].get<core::MessageDelta>()->finish_reason.kind,
            core::FinishKind::tool_use);
}

TEST(GeminiStream, BlockedPromptFinishesAsContentFilter) {
  GeminiStreamReader reader(kNames);
  core::StreamFrame f;
  ASSERT_TRUE(reader.read(R"({"promptFeedback":{"blockReason":"SAFETY"}})", f));
  EXPECT_TRUE(reader.end(f));
  EXPECT_EQ(events(f), "start:0:0\nfinish:0:0:SAFETY\n");
  EXPECT_EQ(f.events[1].get<core::MessageDelta>()->finish_reason.kind,
            core::FinishKind::content_filter);
}

TEST(GeminiStream, EndWithoutFinishIsACutStream) {
  GeminiStreamReader reader(kNames);
  core::StreamFrame f;
  ASSERT_TRUE(reader.read(R"({"candidates":[{"content":{"parts":[{"text":"Hel"}]}}]})", f));
  f.clear();
  EXPECT_FALSE(reader.end(f));
  GeminiStreamReader empty(kNames);
  EXPECT_FALSE(empty.end(f));
}

TEST(GeminiError, KeepsGooglesMessageAndStatus) {
  core::Error e = gemini_upstream_error(
      429,
      R"({"error":{"code":429,"message":"Resource has been exhausted (e.g. check quota).",
      "status":"RESOURCE_EXHAUSTED","details":[{"@type":"type.googleapis.com/google.rpc.RetryInfo",
      "retryDelay":"37s"}]}})",
      "", "gm-key-0123456789");
  EXPECT_EQ(e.status, 429);
  EXPECT_EQ(e.kind, core::ErrorKind::rate_limited);
  EXPECT_TRUE(e.retryable);
  EXPECT_EQ(e.code, "RESOURCE_EXHAUSTED");
  EXPECT_EQ(e.message, "Resource has been exhausted (e.g. check quota).");
  ASSERT_TRUE(e.retry_after);
  EXPECT_EQ(*e.retry_after, std::chrono::seconds(37));

  // A Retry-After header wins over the body's delay.
  e = gemini_upstream_error(
      503,
      R"({"error":{"code":503,"message":"The model is overloaded. Please try again later.",
      "status":"UNAVAILABLE","details":[{"@type":"type.googleapis.com/google.rpc.RetryInfo",
      "retryDelay":"1.5s"}]}})",
      "2", "");
  EXPECT_TRUE(e.retryable);
  EXPECT_EQ(e.code, "UNAVAILABLE");
  EXPECT_EQ(*e.retry_after, std::chrono::seconds(2));

  e = gemini_upstream_error(503,
                            R"({"error":{"code":503,"message":"x","status":"UNAVAILABLE","details":[
      {"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"1.5s"}]}})",
                            "", "");
  EXPECT_EQ(*e.retry_after, std::chrono::milliseconds(1500));

  e = gemini_upstream_error(
      400,
      R"({"error":{"code":400,"message":"* GenerateContentRequest.contents: contents is not specified","status":"INVALID_ARGUMENT"}})",
      "", "");
  EXPECT_EQ(e.status, 400);
  EXPECT_EQ(e.kind, core::ErrorKind::invalid_request);
  EXPECT_FALSE(e.retryable);
  EXPECT_NE(e.message.find("contents is not specified"), std::string::npos);
}

TEST(GeminiError, AnInvalidKeyIsTheGatewaysCredentialFailure) {
  const std::string key = "AIzaSyD-0123456789abcdefghijklmnopq";
  const std::string body =
      R"j({"error":{"code":400,"message":"API key not valid. Please pass a valid API key. (key )j" +
      key +
      R"j()","status":"INVALID_ARGUMENT","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo",
      "reason":"API_KEY_INVALID","domain":"googleapis.com"}]}})j";
  const core::Error e = gemini_upstream_error(400, body, "", key);
  EXPECT_EQ(e.status, 502);
  EXPECT_EQ(e.code, "upstream_authentication_failed");
  EXPECT_FALSE(e.retryable);
  EXPECT_NE(e.message.find("API key not valid"), std::string::npos) << e.message;
  EXPECT_EQ(e.message.find(key), std::string::npos) << e.message;
}

}  // namespace
}  // namespace switchyard::providers
