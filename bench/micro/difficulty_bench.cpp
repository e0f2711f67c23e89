// The difficulty scorer's cost per prompt: features and the logistic model
// over them, for the prompt sizes a router sees (a short question, a
// multiple-choice question of typical size, a long passage question, a 4 KB
// chat turn), and through a ChatRequest (the last user message's text).
// The budget: <= 100 µs mean per typical prompt on one core.
#include <benchmark/benchmark.h>

#include <string>

#include "switchyard/routing/difficulty_model.hpp"

namespace {

using namespace switchyard;

// Every feature weighed, and a gain map as `router train` writes: the cost
// does not depend on the values.
routing::DifficultyModel all_features_model() {
  routing::DifficultyModel m;
  m.bias = 0.8;
  m.gain = routing::DifficultyGainMap{-0.92, 0.09, -0.53};
  for (std::size_t k = 0; k < routing::kFeatureCount; ++k)
    m.terms.push_back({k, -1e9, 1e9, 0.1, 1.0, 0.01 * static_cast<double>(k + 1)});
  return m;
}

const std::string kShort = "What is the capital of Australia?";

const std::string kMultipleChoice =
    "A 0.25 kg ball is thrown straight up at 12 m/s. Neglecting air resistance, which of the "
    "following is closest to the maximum height it reaches, and which quantity is NOT conserved "
    "while it rises?\nA. 7.3 m; momentum\nB. 3.7 m; kinetic energy\nC. 14.7 m; total energy\n"
    "D. 1.2 m; mass\nAnswer:";

std::string passage_question() {
  std::string p = "This question refers to the following information.\n\"";
  while (p.size() < 1400)
    p += "The assembly resolved that the rights of the colonies, as Englishmen, could not be "
         "taken away by any act of Parliament in which they had no voice. ";
  p += "\"\nThe passage above is most closely associated with which of the following?\n"
       "A. The Stamp Act Congress\nB. The Albany Plan\nC. The Treaty of Paris\n"
       "D. The Whiskey Rebellion\nAnswer:";
  return p;
}

std::string chat_turn() {
  std::string p;
  while (p.size() < 4096)
    p += "Can you refactor this function so it handles empty input? It reads items[0] before "
         "checking the size (x = items[0] * 2 + offset); where does the check belong? ";
  return p;
}

void score(benchmark::State& state, const std::string& prompt) {
  const routing::DifficultyModel model = all_features_model();
  for (auto _ : state) benchmark::DoNotOptimize(model.difficulty(std::string_view(prompt)));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * prompt.size()));
}

void BM_DifficultyShort(benchmark::State& state) {
  score(state, kShort);
}
void BM_DifficultyMultipleChoice(benchmark::State& state) {
  score(state, kMultipleChoice);
}
void BM_DifficultyPassage(benchmark::State& state) {
  score(state, passage_question());
}
void BM_DifficultyChat4K(benchmark::State& state) {
  score(state, chat_turn());
}

void BM_DifficultyRequest(benchmark::State& state) {
  const routing::DifficultyModel model = all_features_model();
  core::ChatRequest r;
  r.system.push_back({0, core::text_message(core::Role::system, "You are a helpful tutor.")});
  r.messages.push_back(core::text_message(core::Role::user, kMultipleChoice));
  for (auto _ : state) benchmark::DoNotOptimize(model.difficulty(r));
}

BENCHMARK(BM_DifficultyShort);
BENCHMARK(BM_DifficultyMultipleChoice);
BENCHMARK(BM_DifficultyPassage);
BENCHMARK(BM_DifficultyChat4K);
BENCHMARK(BM_DifficultyRequest);

}  // namespace
