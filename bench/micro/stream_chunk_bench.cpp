// What one streamed chunk costs on its way through the gateway: the
// upstream's SSE payload decoded into block events (as
// providers/openai_compatible.cpp does), its redacted values restored (a
// vault holding one placeholder), and the client's chunk written, as
// gateway/stream_relay.cpp does per frame. Reports heap allocations per
// chunk beside the time (operator new counted in this binary).
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <new>
#include <string>

#include "allocation_counter.hpp"
#include "switchyard/api/openai/chat_codec.hpp"
#include "switchyard/api/openai/chunk_events.hpp"
#include "switchyard/api/openai/dialect.hpp"
#include "switchyard/gateway/stream_restorer.hpp"

namespace {

using namespace switchyard;

// api.openai.com's chunk: service_tier and obfuscation on every chunk.
const std::string kTextChunk =
    R"json({"id":"chatcmpl-CZ0d1ZbHk0YbnZ6Xy","object":"chat.completion.chunk","created":1795659194,"model":"gpt-4o-mini-2024-07-18","service_tier":"default","system_fingerprint":"fp_560af6e559","choices":[{"index":0,"delta":{"content":" groundsheet"},"logprobs":null,"finish_reason":null}],"usage":null,"obfuscation":"Qx3kA9"})json";
const std::string kToolChunk =
    R"json({"id":"chatcmpl-CZ0d1ZbHk0YbnZ6Xy","object":"chat.completion.chunk","created":1795659194,"model":"gpt-4o-mini-2024-07-18","service_tier":"default","system_fingerprint":"fp_560af6e559","choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"der_id\":"}}]},"logprobs":null,"finish_reason":null}],"usage":null,"obfuscation":"Qx3kA9"})json";
const std::string kFirstChunk =
    R"json({"id":"chatcmpl-CZ0d1ZbHk0YbnZ6Xy","object":"chat.completion.chunk","created":1795659194,"model":"gpt-4o-mini-2024-07-18","service_tier":"default","system_fingerprint":"fp_560af6e559","choices":[{"index":0,"delta":{"role":"assistant","content":"","refusal":null},"logprobs":null,"finish_reason":null}],"usage":null,"obfuscation":"Qx3kA9"})json";

void relay_chunks(benchmark::State& state, const std::string& first, const std::string& wire) {
  privacy::RedactionVault vault;
  vault.placeholder_for(privacy::EntityType::email_address, "jane@example.com");
  gateway::FrameRestorer restorer(vault);
  api::openai::OpenAIDialect dialect;
  auto writer = dialect.chat_stream_writer(core::ChatRequest{});
  api::openai::ChunkReader reader;
  core::StreamFrame events;  // reused, as the provider does
  std::string frame;
  auto relay = [&](const std::string& data) {
    auto chunk = api::openai::decode_chat_chunk(data);
    events.clear();
    reader.read(*chunk, events);
    restorer.apply(events);
    frame.clear();
    writer->frame(events, frame);
  };
  relay(first);
  std::size_t allocations = 0;
  for (auto _ : state) {
    const std::size_t before = switchyard::bench::allocations();
    relay(wire);
    benchmark::DoNotOptimize(frame);
    allocations += switchyard::bench::allocations() - before;
  }
  state.counters["allocs/chunk"] =
      static_cast<double>(allocations) / static_cast<double>(state.iterations());
}

void BM_StreamChunkText(benchmark::State& state) {
  relay_chunks(state, kFirstChunk, kTextChunk);
}
BENCHMARK(BM_StreamChunkText);

void BM_StreamChunkToolArguments(benchmark::State& state) {
  relay_chunks(state, kFirstChunk, kToolChunk);
}
BENCHMARK(BM_StreamChunkToolArguments);

}  // namespace
