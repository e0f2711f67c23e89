// The prompt_tokens fact, estimated and exact (routing/facts.hpp,
// gateway/local_tokenizers.hpp): the estimate is the text's bytes / 4, read
// while the facts are gathered; the exact count renders the model's chat
// template and runs its tokenizer (llama.cpp, the Llama 3 BPE vocabulary),
// which is what a rule on prompt_tokens, or a tokens-per-minute limit,
// costs a request whose alias the in-process engine serves. The prompt: a
// ~4 KB support conversation (system prompt and six turns).
#ifdef SWITCHYARD_HAVE_LLAMA

#include <benchmark/benchmark.h>

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>

#include "switchyard/local/random_model.hpp"
#include "switchyard/providers/llama.hpp"
#include "switchyard/routing/facts.hpp"

namespace {

using namespace switchyard;

core::Message message(core::Role role, std::string text) {
  core::Message m;
  m.role = role;
  m.content.push_back(core::Block{core::TextBlock{std::move(text)}});
  return m;
}

std::size_t text_bytes(const core::ChatRequest& r);

// About 4 KB of text: the same support exchange, turn after turn, until
// the prompt reaches 4,000 bytes.
core::ChatRequest conversation() {
  core::ChatRequest r;
  r.model = "local";
  core::SystemPrompt s;
  s.message = message(core::Role::system,
                      "You are Harbor, the support assistant of Northwind Outfitters, an online "
                      "shop for hiking and camping gear. Only use facts from the conversation and "
                      "the order data you are given; if something is unknown, say so and offer to "
                      "open a ticket. Orders ship from Rotterdam within two working days; returns "
                      "are free within 30 days if the item is unused.");
  r.system.push_back(std::move(s));
  const char* turns[] = {
      "Hi! I ordered a tent last week (order NW-48213) and it still hasn't arrived. Can you "
      "check where it is? I need it for a trip to the Ardennes on Friday, and I would rather "
      "not buy a second one in a hurry if the first is about to turn up after all.",
      "Of course. Order NW-48213, a Trailhead 2P tent, left our Rotterdam warehouse on Tuesday "
      "with DHL, tracking number JD014600003828. The carrier's last scan shows it at the "
      "Utrecht depot yesterday evening, so delivery is expected tomorrow before 18:00, well "
      "ahead of your trip. I will keep an eye on it and write to you if anything changes.",
      "Great, thanks. If it turns out too small for two people plus backpacks, can I swap it "
      "for the 3-person version, and what would the price difference be? Also, does the 3P "
      "pack down much larger, since we carry everything on our backs for three days?"};
  for (std::size_t i = 0; text_bytes(r) < 4000; ++i)
    r.messages.push_back(
        message(i % 3 == 1 ? core::Role::assistant : core::Role::user, turns[i % 3]));
  return r;
}

std::size_t text_bytes(const core::ChatRequest& r) {
  std::size_t n = 0;
  for (const auto& s : r.system)
    for (const auto& b : s.message.content) n += std::get<core::TextBlock>(b.value).text.size();
  for (const auto& m : r.messages)
    for (const auto& b : m.content) n += std::get<core::TextBlock>(b.value).text.size();
  return n;
}

// The tiny random-weight model of the tests (its weights do not matter
// here: the tokenizer is the Llama 3 BPE vocabulary it borrows).
providers::LlamaProvider& provider() {
  static std::unique_ptr<providers::LlamaProvider> p = [] {
    const auto path = std::filesystem::temp_directory_path() /
                      ("switchyard-bench-tokens-" + std::to_string(::getpid()) + ".gguf");
    local::RandomModelSpec spec;
    spec.weight_type = local::WeightType::q8_0;
    auto written = local::write_random_model(spec, SWITCHYARD_LLAMA_VOCAB, path.string());
    if (!written) throw std::runtime_error(written.error().message);
    providers::LlamaOptions o;
    o.name = "engine";
    o.engine.model_path = path.string();
    o.engine.n_ctx = 2048;
    o.engine.n_parallel = 1;
    o.engine.n_batch = 64;
    o.engine.n_threads = 1;
    auto opened = providers::LlamaProvider::open(std::move(o));
    std::filesystem::remove(path);
    if (!opened) throw std::runtime_error(opened.error().message);
    return std::move(*opened);
  }();
  return *p;
}

void BM_PromptTokensEstimate(benchmark::State& state) {
  const core::ChatRequest req = conversation();
  std::int64_t n = 0;
  for (auto _ : state) {
    routing::Facts f = routing::facts_of(req, {});
    benchmark::DoNotOptimize(n = f.prompt_tokens);
  }
  state.counters["bytes"] = static_cast<double>(text_bytes(req));
  state.counters["tokens"] = static_cast<double>(n);
}
BENCHMARK(BM_PromptTokensEstimate);

void BM_PromptTokensExact(benchmark::State& state) {
  const core::ChatRequest req = conversation();
  providers::LlamaProvider& llama = provider();
  std::int64_t n = 0;
  for (auto _ : state) {
    auto counted = llama.prompt_tokens(req);
    if (!counted) {
      state.SkipWithError(counted.error().message.c_str());
      return;
    }
    benchmark::DoNotOptimize(n = *counted);
  }
  state.counters["bytes"] = static_cast<double>(text_bytes(req));
  state.counters["tokens"] = static_cast<double>(n);
}
BENCHMARK(BM_PromptTokensExact)->Unit(benchmark::kMicrosecond);

}  // namespace

#endif  // SWITCHYARD_HAVE_LLAMA
