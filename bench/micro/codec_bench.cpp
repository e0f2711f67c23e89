// What the OpenAI codec costs per proxied chat request: the four steps a
// non-streamed request takes through the gateway (decode the client's body,
// encode the upstream's, decode the upstream's answer, encode the client's),
// on the same ~1.4 KB request bench/proxy sends and the fake upstream's answer.
#include <benchmark/benchmark.h>

#include <string>

#include "switchyard/api/openai/chat_codec.hpp"

namespace {

using namespace switchyard;

// bench/proxy/chat.lua's request body.
const std::string kRequest =
    R"json({"model":"gpt-4o-mini","messages":[{"role":"system","content":"You are Harbor, the support assistant of Northwind Outfitters, an online shop for hiking and camping gear. Only use facts from the conversation and the order data you are given; if something is unknown, say so and offer to open a ticket. Orders ship from Rotterdam within two working days; returns are free within 30 days if the item is unused."},{"role":"user","content":"Hi! I ordered a tent last week (order NW-48213) and it still hasn't arrived. Can you check where it is?"},{"role":"assistant","content":"Of course. Order NW-48213, a Trailhead 2P tent, left our Rotterdam warehouse on Tuesday with DHL, tracking number JD014600003828. The carrier's last scan shows it at the Utrecht depot yesterday evening, so delivery is expected tomorrow before 18:00."},{"role":"user","content":"Great, thanks. If it turns out too small for two people plus backpacks, can I swap it for the 3-person version, and what would the price difference be?"},{"role":"assistant","content":"Yes, an exchange works as long as the tent is unused. The Trailhead 3P costs 289 EUR against 229 EUR for the 2P, so the difference is 60 EUR. Start the exchange from your account page and we send a prepaid label."},{"role":"user","content":"Perfect. One last thing: does the 3P fit in the same footprint groundsheet I bought, or do I need a new one?"}],"temperature":0.2,"max_tokens":256,"stream":false})json";

// The fake upstream's answer to it.
const std::string kResponse =
    R"json({"id":"chatcmpl-fake-44650","object":"chat.completion","created":1795659194,"model":"gpt-4o-mini","choices":[{"index":0,"message":{"role":"assistant","content":"echo: Perfect. One last thing: does the 3P fit in the same footprint groundsheet I bought, or do I need a new one?","refusal":null},"logprobs":null,"finish_reason":"stop"}],"usage":{"prompt_tokens":229,"completion_tokens":23,"total_tokens":252,"prompt_tokens_details":{"cached_tokens":0}},"system_fingerprint":"fp_fake"})json";

void BM_DecodeChatRequest(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(api::openai::decode_chat_request(kRequest));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * kRequest.size()));
}
BENCHMARK(BM_DecodeChatRequest);

// The same conversation with what the gateway carries through without
// modelling it: unknown members inside messages, parts and tools, a tool
// schema, an audio part; their text is copied from the body
// (api/openai/json_source.hpp).
const std::string kCarryThroughRequest = [] {
  std::string r = kRequest;
  r.pop_back();
  r +=
      R"json(,"tools":[{"type":"function","function":{"name":"order_status","description":"Status of an order","parameters":{"type":"object","properties":{"order_id":{"type":"string","pattern":"^NW-[0-9]{5}$"}},"required":["order_id"]},"x-priority":2.50},"cache_control":{"type":"ephemeral"}}],"stream_options":{"include_obfuscation":false},"reasoning_effort":"low","store":false})json";
  r.insert(
      r.find(R"json({"role":"user","content":"Perfect.)json"),
      R"json({"role":"user","content":[{"type":"text","text":"Here is a voice note too.","cache_control":{"type":"ephemeral"}},{"type":"input_audio","input_audio":{"data":"UklGRiQAAABXQVZFZm10IBAAAAABAAEAQB8AAEAfAAABAAgAZGF0YQAAAAA=","format":"wav"}}]},)json");
  return r;
}();

void BM_DecodeChatRequestCarryThrough(benchmark::State& state) {
  for (auto _ : state) {
    benchmark::DoNotOptimize(api::openai::decode_chat_request(kCarryThroughRequest));
  }
  state.SetBytesProcessed(
      static_cast<std::int64_t>(state.iterations() * kCarryThroughRequest.size()));
}
BENCHMARK(BM_DecodeChatRequestCarryThrough);

void BM_EncodeChatRequestCarryThrough(benchmark::State& state) {
  const auto req = api::openai::decode_chat_request(kCarryThroughRequest);
  if (!req) state.SkipWithError("request does not decode");
  for (auto _ : state)
    benchmark::DoNotOptimize(api::openai::encode_chat_request(*req, "gpt-4o-mini-2024-07-18"));
  state.SetBytesProcessed(
      static_cast<std::int64_t>(state.iterations() * kCarryThroughRequest.size()));
}
BENCHMARK(BM_EncodeChatRequestCarryThrough);

void BM_EncodeChatRequest(benchmark::State& state) {
  const auto req = api::openai::decode_chat_request(kRequest);
  if (!req) state.SkipWithError("request does not decode");
  for (auto _ : state)
    benchmark::DoNotOptimize(api::openai::encode_chat_request(*req, "gpt-4o-mini-2024-07-18"));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * kRequest.size()));
}
BENCHMARK(BM_EncodeChatRequest);

void BM_DecodeChatResponse(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(api::openai::decode_chat_response(kResponse));
}
BENCHMARK(BM_DecodeChatResponse);

void BM_EncodeChatResponse(benchmark::State& state) {
  const auto resp = api::openai::decode_chat_response(kResponse);
  if (!resp) state.SkipWithError("response does not decode");
  for (auto _ : state) benchmark::DoNotOptimize(api::openai::encode_chat_response(*resp));
}
BENCHMARK(BM_EncodeChatResponse);

// All four, as one request pays them.
void BM_ChatRoundTrip(benchmark::State& state) {
  for (auto _ : state) {
    auto req = api::openai::decode_chat_request(kRequest);
    auto upstream = api::openai::encode_chat_request(*req, "gpt-4o-mini-2024-07-18");
    auto resp = api::openai::decode_chat_response(kResponse);
    auto out = api::openai::encode_chat_response(*resp);
    benchmark::DoNotOptimize(upstream);
    benchmark::DoNotOptimize(out);
  }
}
BENCHMARK(BM_ChatRoundTrip);

// One streamed chunk, as the gateway decodes and re-encodes each: the fake
// upstream's (modelled fields only), and api.openai.com's, which carries
// service_tier and obfuscation on every chunk (kept as the upstream's text).
const std::string kChunk =
    R"json({"id":"chatcmpl-fake-44650","object":"chat.completion.chunk","created":1795659194,"model":"gpt-4o-mini","system_fingerprint":"fp_fake","choices":[{"index":0,"delta":{"content":" groundsheet"},"logprobs":null,"finish_reason":null}],"usage":null})json";
const std::string kOpenAIChunk =
    R"json({"id":"chatcmpl-CZ0d1ZbHk0YbnZ6Xy","object":"chat.completion.chunk","created":1795659194,"model":"gpt-4o-mini-2024-07-18","service_tier":"default","system_fingerprint":"fp_560af6e559","choices":[{"index":0,"delta":{"content":" groundsheet"},"logprobs":null,"finish_reason":null}],"usage":null,"obfuscation":"Qx3kA9"})json";

void chunk_round_trip(benchmark::State& state, const std::string& wire) {
  std::string out;
  for (auto _ : state) {
    auto chunk = api::openai::decode_chat_chunk(wire);
    out.clear();
    api::openai::encode_chat_chunk(*chunk, out);
    benchmark::DoNotOptimize(out);
  }
}

void BM_ChatChunkRoundTrip(benchmark::State& state) {
  chunk_round_trip(state, kChunk);
}
BENCHMARK(BM_ChatChunkRoundTrip);

void BM_ChatChunkRoundTripOpenAIExtras(benchmark::State& state) {
  chunk_round_trip(state, kOpenAIChunk);
}
BENCHMARK(BM_ChatChunkRoundTripOpenAIExtras);

}  // namespace
