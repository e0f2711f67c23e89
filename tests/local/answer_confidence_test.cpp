// The engine's confidence per token: exact on distributions whose answer is
// known, equal to the naive full softmax on random rows (the span that skips
// far-below logits loses nothing measurable), and summed over an answer.
#include "switchyard/local/answer_confidence.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <vector>

#include "local/test_model.hpp"
#include "switchyard/local/engine.hpp"

namespace switchyard::local {
namespace {

TokenConfidence naive(const std::vector<float>& logits, int chosen) {
  double max = -INFINITY;
  for (float l : logits) max = std::max(max, static_cast<double>(l));
  double z = 0;
  for (float l : logits) z += std::exp(l - max);
  TokenConfidence t;
  t.logprob = logits[chosen] - max - std::log(z);
  for (float l : logits) {
    const double lp = l - max - std::log(z);
    t.entropy -= std::exp(lp) * lp;
  }
  return t;
}

TEST(TokenConfidence, AUniformRowIsLogNUnsureEverywhere) {
  const std::vector<float> row(1000, 0.5f);
  const auto t = token_confidence(row.data(), 1000, 7);
  EXPECT_NEAR(t.logprob, -std::log(1000.0), 1e-9);
  EXPECT_NEAR(t.entropy, std::log(1000.0), 1e-9);
}

TEST(TokenConfidence, OneDominantTokenIsSure) {
  std::vector<float> row(5000, 0.0f);
  row[42] = 100.0f;
  auto t = token_confidence(row.data(), 5000, 42);
  EXPECT_NEAR(t.logprob, 0.0, 1e-12);
  EXPECT_NEAR(t.entropy, 0.0, 1e-12);
  t = token_confidence(row.data(), 5000, 43);  // a token the model all but ruled out
  EXPECT_NEAR(t.logprob, -100.0, 1e-3);
}

TEST(TokenConfidence, TwoEqualTokensAreOneBitUnsure) {
  std::vector<float> row(300, -1000.0f);
  row[3] = row[250] = 2.0f;
  const auto t = token_confidence(row.data(), 300, 250);
  EXPECT_NEAR(t.logprob, -std::log(2.0), 1e-9);
  EXPECT_NEAR(t.entropy, std::log(2.0), 1e-9);
}

TEST(TokenConfidence, MatchesTheFullSoftmaxOnRandomRows) {
  std::mt19937 rng(7);
  for (double sd : {0.01, 1.0, 3.0, 8.0}) {
    std::normal_distribution<float> normal(0.0f, static_cast<float>(sd));
    std::vector<float> row(32000);
    for (auto& x : row) x = normal(rng);
    for (int chosen : {0, 1234, 31999}) {
      const auto want = naive(row, chosen);
      const auto got = token_confidence(row.data(), 32000, chosen);
      EXPECT_NEAR(got.logprob, want.logprob, 1e-5 * std::max(1.0, -want.logprob)) << sd;
      EXPECT_NEAR(got.entropy, want.entropy, 1e-5 * std::max(1.0, want.entropy)) << sd;
    }
  }
}

TEST(TokenConfidence, NoRowOrATokenOutsideItIsNothing) {
  const std::vector<float> row(10, 1.0f);
  EXPECT_EQ(token_confidence(row.data(), 10, 10).logprob, 0.0);
  EXPECT_EQ(token_confidence(row.data(), 10, -1).entropy, 0.0);
  EXPECT_EQ(token_confidence(row.data(), 0, 0).logprob, 0.0);
}

TEST(AnswerConfidence, MeanMinAndMeanEntropyOverTheAnswer) {
  AnswerConfidence a;
  EXPECT_EQ(a.signals().tokens, 0);
  a.add({-0.5, 1.0});
  a.add({-2.5, 3.0});
  a.add({-0.0, 2.0});
  const auto s = a.signals();
  EXPECT_EQ(s.tokens, 3);
  EXPECT_DOUBLE_EQ(s.mean_logprob, -1.0);
  EXPECT_DOUBLE_EQ(s.min_logprob, -2.5);
  EXPECT_DOUBLE_EQ(s.mean_entropy, 2.0);
  EXPECT_TRUE(s.entropy_known);
}

TEST(EngineConfidence, MeasuredOnlyWhenAskedOverTheAnswersTokens) {
  auto engine = Engine::open(testing::tiny_options());
  ASSERT_TRUE(engine) << engine.error().message;
  auto plain = (*engine)->generate(testing::chat("Tell me a story.", 8, 5));
  ASSERT_TRUE(plain);
  EXPECT_FALSE(plain->finished.signals);
  GenerationRequest asked = testing::chat("Tell me a story.", 8, 5);
  asked.measure_confidence = true;
  auto measured = (*engine)->generate(asked);
  ASSERT_TRUE(measured);
  EXPECT_EQ(measured->text, plain->text) << "measuring does not change the answer";
  ASSERT_TRUE(measured->finished.signals);
  const auto& s = *measured->finished.signals;
  EXPECT_EQ(s.tokens, measured->finished.usage.output_tokens);
  // A random-weight model over a 128k vocabulary is close to uniform.
  const double log_vocab = std::log(static_cast<double>((*engine)->info().n_vocab));
  EXPECT_LT(s.mean_logprob, 0);
  EXPECT_GT(s.mean_logprob, -2 * log_vocab);
  EXPECT_LE(s.min_logprob, s.mean_logprob);
  EXPECT_GT(s.mean_entropy, 0.5 * log_vocab);
  EXPECT_LE(s.mean_entropy, log_vocab + 1e-3);
}

}  // namespace
}  // namespace switchyard::local
