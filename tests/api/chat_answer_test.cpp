// What an upstream answers reaches the client whole: logprobs, service_tier,
// usage details and every member the gateway does not model, in completions
// and in each stream chunk, with the upstream's exact JSON text (numbers as
// spelled). Checked by decoding an answer, encoding it for the client and
// comparing the two documents value by value.
#include <gtest/gtest.h>
#include <simdjson.h>

#include <string>
#include <string_view>

#include "support/json_compare.hpp"
#include "switchyard/api/openai/chat_codec.hpp"

namespace switchyard::api::openai {
namespace {

namespace dom = simdjson::dom;
using testing::JsonEq;
using testing::Parsed;
using testing::str;

// An OpenAI completion asked with "logprobs": true, "top_logprobs": 1, as
// api.openai.com sends it (the members the client-side encoder always
// writes included, so the round trip can be compared whole).
constexpr std::string_view kCompletionWithLogprobs = R"({
  "id": "chatcmpl-CZ0d1",
  "object": "chat.completion",
  "created": 1762000000,
  "model": "gpt-4o-mini-2024-07-18",
  "choices": [
    {
      "index": 0,
      "message": {
        "role": "assistant",
        "content": "Hi there",
        "refusal": null,
        "annotations": [],
        "audio": null
      },
      "logprobs": {
        "content": [
          {"token": "Hi", "logprob": -1.25e-05, "bytes": [72, 105],
           "top_logprobs": [{"token": "Hi", "logprob": -1.25e-05, "bytes": [72, 105]}]},
          {"token": " there", "logprob": -0.50, "bytes": [32, 116, 104, 101, 114, 101],
           "top_logprobs": [{"token": " there", "logprob": -0.50, "bytes": [32, 116, 104, 101, 114, 101]}]}
        ],
        "refusal": null
      },
      "finish_reason": "stop",
      "stop_reason": null
    }
  ],
  "usage": {
    "prompt_tokens": 9,
    "completion_tokens": 2,
    "total_tokens": 11,
    "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
    "completion_tokens_details": {
      "reasoning_tokens": 0, "audio_tokens": 0,
      "accepted_prediction_tokens": 0, "rejected_prediction_tokens": 0
    }
  },
  "service_tier": "default",
  "system_fingerprint": "fp_560af6e559",
  "x_upstream_trace": {"region": "eu", "wide": 123456789012345678901234567890}
})";

TEST(DecodeChatAnswer, CompletionKeepsWhatItDoesNotModelAsTheUpstreamWroteIt) {
  auto r = decode_chat_response(kCompletionWithLogprobs);
  ASSERT_TRUE(r) << r.error().message;
  const core::Choice& c = r->choices[0];
  // The exact text: numbers keep their spelling.
  const std::string_view logprobs_start = R"({
        "content": [)";
  ASSERT_EQ(c.logprobs_json.rfind(logprobs_start, 0), 0u) << c.logprobs_json;
  const Parsed logprobs(c.logprobs_json);
  EXPECT_EQ(str(logprobs["/content/1/token"]), " there");
  EXPECT_DOUBLE_EQ(double(logprobs["/content/0/logprob"]), -1.25e-05);
  EXPECT_TRUE(logprobs["/refusal"].is_null());

  const core::RawFields choice_extra{{"stop_reason", "null"}};
  EXPECT_EQ(c.extra, choice_extra);
  const core::RawFields message_extra{{"annotations", "[]"}, {"audio", "null"}};
  EXPECT_EQ(c.message.extra, message_extra);
  const core::RawFields top_extra{
      {"service_tier", R"("default")"},
      {"x_upstream_trace", R"({"region": "eu", "wide": 123456789012345678901234567890})"}};
  EXPECT_EQ(r->extra, top_extra);
  ASSERT_TRUE(r->usage);
  ASSERT_EQ(r->usage->extra.size(), 2u);
  EXPECT_EQ(r->usage->extra[0].first, "prompt_tokens_details");
  EXPECT_EQ(r->usage->extra[0].second, R"({"cached_tokens": 0, "audio_tokens": 0})");
  EXPECT_EQ(r->usage->extra[1].first, "completion_tokens_details");
  EXPECT_EQ(r->usage->cache_read_tokens, 0);
}

// `doc` with its 30-digit integer written as 1 (simdjson, which the
// comparison parses with, cannot hold it).
std::string without_wide_integer(std::string_view doc) {
  constexpr std::string_view kWide = "123456789012345678901234567890";
  const auto at = doc.find(kWide);
  EXPECT_NE(at, std::string_view::npos) << doc;
  if (at == std::string_view::npos) return std::string(doc);
  return std::string(doc.substr(0, at)) + "1" + std::string(doc.substr(at + kWide.size()));
}

TEST(EncodeChatAnswer, CompletionRoundTripsWhole) {
  auto r = decode_chat_response(kCompletionWithLogprobs);
  ASSERT_TRUE(r) << r.error().message;
  const std::string out = encode_chat_response(*r);
  // simdjson cannot hold the 30-digit integer: compare the rest by value...
  EXPECT_TRUE(JsonEq(without_wide_integer(out), without_wide_integer(kCompletionWithLogprobs)));
  // ...and the numbers are written as the upstream spelled them.
  EXPECT_NE(out.find(R"("logprob": -0.50)"), std::string::npos) << out;
  EXPECT_NE(out.find(R"("logprob": -1.25e-05)"), std::string::npos) << out;
}

TEST(EncodeChatAnswer, UpstreamPromptTokensDetailsReplaceTheGatewaysOwn) {
  auto r = decode_chat_response(kCompletionWithLogprobs);
  ASSERT_TRUE(r);
  const Parsed out(without_wide_integer(encode_chat_response(*r)));
  std::size_t details = 0;
  for (dom::key_value_pair kv : dom::object(out["/usage"]))
    details += kv.key == "prompt_tokens_details";
  EXPECT_EQ(details, 1u);
  EXPECT_EQ(int64_t(out["/usage/prompt_tokens_details/audio_tokens"]), 0);
  EXPECT_EQ(int64_t(out["/usage/completion_tokens_details/reasoning_tokens"]), 0);
}

TEST(DecodeChatAnswer, CachedTokensAloneNeedNoCarrying) {
  // The shape the gateway writes itself: modelled, so nothing is copied.
  auto r = decode_chat_response(
      R"({"id":"x","choices":[],"usage":{"prompt_tokens":5,"completion_tokens":1,"total_tokens":6,"prompt_tokens_details":{"cached_tokens":4}}})");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->usage->cache_read_tokens, 4);
  EXPECT_TRUE(r->usage->extra.empty());
  EXPECT_TRUE(r->extra.empty());
  const Parsed out(encode_chat_response(*r));
  EXPECT_EQ(int64_t(out["/usage/prompt_tokens_details/cached_tokens"]), 4);
}

TEST(DecodeChatAnswer, UsageIsReadByTokenKind) {
  auto r = decode_chat_chunk(
      R"({"id":"x","choices":[],"usage":{"prompt_tokens":9,"completion_tokens":12,"total_tokens":21,"prompt_tokens_details":{"cached_tokens":4},"completion_tokens_details":{"reasoning_tokens":7,"accepted_prediction_tokens":0}}})");
  ASSERT_TRUE(r);
  ASSERT_TRUE(r->usage);
  EXPECT_EQ(r->usage->input_tokens, 9);
  EXPECT_EQ(r->usage->output_tokens, 12);
  EXPECT_EQ(r->usage->total_tokens, 21);
  EXPECT_EQ(r->usage->cache_read_tokens, 4);
  EXPECT_EQ(r->usage->cache_write_tokens, 0);
  EXPECT_EQ(r->usage->reasoning_tokens, 7);
  // The details object is still carried whole, as the upstream wrote it.
  std::string out;
  encode_chat_chunk(*r, out);
  const Parsed p(out);
  EXPECT_EQ(int64_t(p["/usage/completion_tokens_details/reasoning_tokens"]), 7);
  EXPECT_EQ(int64_t(p["/usage/completion_tokens_details/accepted_prediction_tokens"]), 0);
}

TEST(EncodeChatAnswer, ReasoningCountedElsewhereIsWrittenInOpenAIsShape) {
  ChatChunk chunk;
  chunk.id = "x";
  core::Usage u;
  u.input_tokens = 3;
  u.output_tokens = 10;
  u.total_tokens = 13;
  u.reasoning_tokens = 6;
  chunk.usage = u;
  std::string out;
  encode_chat_chunk(chunk, out);
  const Parsed p(out);
  EXPECT_EQ(int64_t(p["/usage/completion_tokens_details/reasoning_tokens"]), 6);
  u.reasoning_tokens = 0;  // none: no details object, as before
  chunk.usage = u;
  out.clear();
  encode_chat_chunk(chunk, out);
  EXPECT_FALSE(Parsed(out).has("/usage/completion_tokens_details"));
}

TEST(DecodeChatAnswer, AFinishWordOutsideTheVocabularyIsKeptAndWrittenBack) {
  // llama.cpp-era servers and others say "eos", "function_call", ...
  auto r = decode_chat_chunk(
      R"({"id":"x","choices":[{"index":0,"delta":{},"finish_reason":"eos"},{"index":1,"delta":{},"finish_reason":"function_call"}]})");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->choices.size(), 2u);
  EXPECT_EQ(r->choices[0].finish_reason.kind, core::FinishKind::other);
  EXPECT_EQ(r->choices[0].finish_reason.raw, "eos");
  EXPECT_EQ(r->choices[1].finish_reason.kind, core::FinishKind::tool_use);
  std::string out;
  encode_chat_chunk(*r, out);
  const Parsed p(out);
  EXPECT_EQ(str(p["/choices/0/finish_reason"]), "eos");
  EXPECT_EQ(str(p["/choices/1/finish_reason"]), "function_call");
}

TEST(EncodeChatAnswer, AnotherDialectsFinishWordBecomesOpenAIs) {
  core::ChatResponse resp;
  resp.id = "x";
  resp.choices.emplace_back().finish_reason = {core::FinishKind::tool_use, "tool_use",
                                               core::Dialect::anthropic};
  resp.choices.emplace_back().finish_reason = {core::FinishKind::length, "max_tokens",
                                               core::Dialect::anthropic};
  resp.choices.emplace_back().finish_reason = {core::FinishKind::other, "pause_turn",
                                               core::Dialect::anthropic};
  const Parsed out(encode_chat_response(resp));
  EXPECT_EQ(str(out["/choices/0/finish_reason"]), "tool_calls");
  EXPECT_EQ(str(out["/choices/1/finish_reason"]), "length");
  EXPECT_EQ(str(out["/choices/2/finish_reason"]), "stop");
}

TEST(DecodeChatAnswer, NullLogprobsStayNull) {
  auto r = decode_chat_response(
      R"({"id":"x","choices":[{"index":0,"message":{"role":"assistant","content":"a"},"logprobs":null,"finish_reason":"stop"}]})");
  ASSERT_TRUE(r);
  EXPECT_TRUE(r->choices[0].logprobs_json.empty());
  EXPECT_TRUE(r->choices[0].extra.empty());
  const Parsed out(encode_chat_response(*r));
  EXPECT_TRUE(out["/choices/0/logprobs"].is_null());
}

TEST(DecodeChatAnswer, ToolCallExtrasAreCarried) {
  constexpr std::string_view wire =
      R"({"id":"x","object":"chat.completion","created":1,"model":"m","choices":[{"index":0,"message":{"role":"assistant","content":null,"refusal":null,"tool_calls":[{"id":"call_1","type":"function","function":{"name":"f","arguments":"{}","strict":true},"cache_hint":2.50}]},"logprobs":null,"finish_reason":"tool_calls"}],"system_fingerprint":null})";
  auto r = decode_chat_response(wire);
  ASSERT_TRUE(r);
  const auto calls = core::blocks_of<core::ToolUseBlock>(r->choices[0].message.content);
  ASSERT_EQ(calls.size(), 1u);
  const core::ToolUseBlock& tc = *calls[0];
  EXPECT_EQ(tc.extra, (core::RawFields{{"cache_hint", "2.50"}}));
  EXPECT_EQ(tc.function_extra, (core::RawFields{{"strict", "true"}}));
  EXPECT_TRUE(JsonEq(encode_chat_response(*r), wire));
}

// Stream chunks as api.openai.com sends them with "logprobs": true and
// service_tier, plus a reasoning delta as vLLM and DeepSeek send one.
constexpr std::string_view kChunks[] = {
    R"({"id":"chatcmpl-1","object":"chat.completion.chunk","created":1762000000,"model":"gpt-4o-mini","service_tier":"default","system_fingerprint":"fp_1","choices":[{"index":0,"delta":{"role":"assistant","content":""},"logprobs":{"content":[],"refusal":null},"finish_reason":null}],"obfuscation":"Qx3"})",
    R"({"id":"chatcmpl-1","object":"chat.completion.chunk","created":1762000000,"model":"gpt-4o-mini","service_tier":"default","system_fingerprint":"fp_1","choices":[{"index":0,"delta":{"content":"Hi"},"logprobs":{"content":[{"token":"Hi","logprob":-1.25e-05,"bytes":[72,105],"top_logprobs":[]}],"refusal":null},"finish_reason":null}],"obfuscation":"k2"})",
    R"({"id":"chatcmpl-1","object":"chat.completion.chunk","created":1762000000,"model":"m","choices":[{"index":0,"delta":{"reasoning_content":"Let me think","content":null},"logprobs":null,"finish_reason":null,"matched_stop":null}]})",
    R"({"id":"chatcmpl-1","object":"chat.completion.chunk","created":1762000000,"model":"gpt-4o-mini","service_tier":"default","choices":[],"usage":{"prompt_tokens":9,"completion_tokens":2,"total_tokens":11,"prompt_tokens_details":{"cached_tokens":0,"audio_tokens":0},"completion_tokens_details":{"reasoning_tokens":0}},"obfuscation":"z"})",
};

TEST(DecodeChatAnswer, ChunksKeepLogprobsAndExtras) {
  auto c = decode_chat_chunk(kChunks[1]);
  ASSERT_TRUE(c) << c.error().message;
  EXPECT_EQ(
      c->choices[0].logprobs_json,
      R"({"content":[{"token":"Hi","logprob":-1.25e-05,"bytes":[72,105],"top_logprobs":[]}],"refusal":null})");
  EXPECT_EQ(c->extra,
            (core::RawFields{{"service_tier", R"("default")"}, {"obfuscation", R"("k2")"}}));
  auto reasoning = decode_chat_chunk(kChunks[2]);
  ASSERT_TRUE(reasoning);
  // A string reasoning member is modelled (a thinking block downstream),
  // and written back under the name it came with.
  EXPECT_EQ(reasoning->choices[0].reasoning, "Let me think");
  EXPECT_EQ(reasoning->choices[0].reasoning_member, kReasoningContent);
  EXPECT_TRUE(reasoning->choices[0].delta_extra.empty());
  EXPECT_EQ(reasoning->choices[0].extra, (core::RawFields{{"matched_stop", "null"}}));
  EXPECT_FALSE(reasoning->choices[0].content);
}

TEST(EncodeChatAnswer, EveryChunkRoundTripsWhole) {
  for (std::string_view wire : kChunks) {
    auto chunk = decode_chat_chunk(wire);
    ASSERT_TRUE(chunk) << wire;
    std::string out;
    encode_chat_chunk(*chunk, out);
    // `"content": null` in a delta says nothing and is not written back.
    constexpr std::string_view kNullContent = R"(,"content":null)";
    std::string expected(wire);
    if (auto at = wire.find(kNullContent); at != std::string_view::npos)
      expected =
          std::string(wire.substr(0, at)) + std::string(wire.substr(at + kNullContent.size()));
    EXPECT_TRUE(JsonEq(out, expected));
  }
  std::string out;
  encode_chat_chunk(*decode_chat_chunk(kChunks[1]), out);
  EXPECT_NE(out.find(R"("logprob":-1.25e-05)"), std::string::npos) << out;
}

}  // namespace
}  // namespace switchyard::api::openai
