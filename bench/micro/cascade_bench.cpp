// What the cascade costs besides the model calls: the in-process engine's
// confidence per answer token (one pass over a 128k-entry logits row,
// peaked as a trained model's or flat as a random-weight one's), and the
// verifier per answer (a plain text answer with the default refusal
// patterns and confidence thresholds; a JSON-schema answer; a tool call;
// OpenAI logprobs read from a local server's answer).
#include <benchmark/benchmark.h>

#include <cmath>
#include <random>
#include <string>
#include <vector>

#include "switchyard/routing/cascade_verifier.hpp"
#ifdef SWITCHYARD_HAVE_LLAMA
#include "switchyard/local/answer_confidence.hpp"
#endif

namespace {

using namespace switchyard;

#ifdef SWITCHYARD_HAVE_LLAMA
constexpr int kVocab = 128256;  // Llama 3's

// Logits with the given spread: sd 2.5 around 0 is about what a trained
// model gives (a few hundred tokens within 30 of the best); 0.02 is the
// flat distribution of a random-weight model (every token within it).
std::vector<float> logits(double sd) {
  std::mt19937 rng(42);
  std::normal_distribution<float> normal(0.0f, static_cast<float>(sd));
  std::vector<float> v(kVocab);
  for (auto& x : v) x = normal(rng);
  v[1234] = static_cast<float>(8 * sd);  // the chosen token
  return v;
}

void BM_TokenConfidence(benchmark::State& state, double sd) {
  const auto row = logits(sd);
  for (auto _ : state) {
    auto t = local::token_confidence(row.data(), kVocab, 1234);
    benchmark::DoNotOptimize(t);
  }
}
BENCHMARK_CAPTURE(BM_TokenConfidence, peaked_128k, 2.5);
BENCHMARK_CAPTURE(BM_TokenConfidence, flat_128k, 0.02);
#endif

core::ChatResponse answer_of(std::string text) {
  core::ChatResponse r;
  core::Choice& c = r.choices.emplace_back();
  c.message = core::text_message(core::Role::assistant, std::move(text));
  c.finish_reason.kind = core::FinishKind::stop;
  return r;
}

std::string paragraph() {
  std::string s;
  while (s.size() < 1500)
    s += "The capital of Australia is Canberra, chosen in 1908 as a compromise between Sydney "
         "and Melbourne. ";
  return s;
}

void BM_VerifyTextAnswer(benchmark::State& state) {
  config::CascadeVerifyConfig v;
  v.min_mean_logprob = -1.5;
  v.max_mean_entropy = 3;
  core::AnswerSignals s;
  s.tokens = 300;
  s.mean_logprob = -0.4;
  s.min_logprob = -4;
  s.mean_entropy = 1;
  const core::ChatRequest req;
  const auto answer = answer_of(paragraph());
  for (auto _ : state) {
    auto verdict = routing::verify_answer(v, req, answer, s);
    benchmark::DoNotOptimize(verdict);
  }
}
BENCHMARK(BM_VerifyTextAnswer);

void BM_VerifyJsonSchemaAnswer(benchmark::State& state) {
  config::CascadeVerifyConfig v;
  core::ChatRequest req;
  req.response_format.type = core::ResponseFormat::Type::json_schema;
  req.response_format.json_schema_json =
      R"({"name":"person","strict":true,"schema":{"type":"object","properties":{"name":)"
      R"({"type":"string"},"age":{"type":"integer","minimum":0},"tags":{"type":"array",)"
      R"("items":{"type":"string"},"maxItems":8}},"required":["name","age","tags"],)"
      R"("additionalProperties":false}})";
  const auto answer = answer_of(R"({"name":"Ada Lovelace","age":36,"tags":["math","poet"]})");
  for (auto _ : state) {
    auto verdict = routing::verify_answer(v, req, answer, std::nullopt);
    benchmark::DoNotOptimize(verdict);
  }
}
BENCHMARK(BM_VerifyJsonSchemaAnswer);

void BM_VerifyToolCall(benchmark::State& state) {
  config::CascadeVerifyConfig v;
  core::ChatRequest req;
  core::Tool& t = req.tools.emplace_back();
  t.name = "get_weather";
  t.parameters_json =
      R"({"type":"object","properties":{"city":{"type":"string"},"unit":{"enum":["c","f"]}},)"
      R"("required":["city"]})";
  core::ChatResponse answer;
  core::Choice& c = answer.choices.emplace_back();
  c.message.role = core::Role::assistant;
  auto& call = c.message.content.emplace_back().value.emplace<core::ToolUseBlock>();
  call.name = "get_weather";
  call.arguments = R"({"city":"Oslo","unit":"c"})";
  for (auto _ : state) {
    auto verdict = routing::verify_answer(v, req, answer, std::nullopt);
    benchmark::DoNotOptimize(verdict);
  }
}
BENCHMARK(BM_VerifyToolCall);

// A local server's logprobs for a 300-token answer, 5 top_logprobs each.
void BM_SignalsFromLogprobs(benchmark::State& state) {
  std::string json = R"({"content":[)";
  for (int i = 0; i < 300; ++i) {
    if (i) json += ',';
    json += R"({"token":"word","logprob":-0.25,"bytes":[119,111,114,100],"top_logprobs":[)";
    for (int k = 0; k < 5; ++k)
      json += std::string(k ? "," : "") + R"({"token":"w","logprob":-)" + std::to_string(k + 1) +
              ".5,\"bytes\":[119]}";
    json += "]}";
  }
  json += R"(],"refusal":null})";
  for (auto _ : state) {
    auto s = routing::signals_from_logprobs(json);
    benchmark::DoNotOptimize(s);
  }
}
BENCHMARK(BM_SignalsFromLogprobs);

}  // namespace
