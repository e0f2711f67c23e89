#include "switchyard/local/token_sampler.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <random>

#include "local/test_model.hpp"
#include "switchyard/local/llama_runtime.hpp"

namespace switchyard::local {
namespace {

struct ModelDeleter {
  void operator()(llama_model* m) const { llama_model_free(m); }
};

// The vocabulary of the tiny test model (Llama 3's, 128256 tokens).
class TokenSamplerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    ensure_llama_runtime();
    auto params = llama_model_default_params();
    params.vocab_only = true;
    model_.reset(llama_model_load_from_file(testing::tiny_model_path().c_str(), params));
    ASSERT_TRUE(model_);
  }
  static void TearDownTestSuite() { model_.reset(); }

  static const llama_vocab* vocab() { return llama_model_get_vocab(model_.get()); }
  static int n_vocab() { return llama_vocab_n_tokens(vocab()); }

  // The chain TokenSampler documents, run the plain way: on every token.
  static LlamaSamplerPtr reference_chain(const SamplingParams& p) {
    LlamaSamplerPtr chain(llama_sampler_chain_init(llama_sampler_chain_default_params()));
    if (p.repetition_penalty != 1.0f || p.frequency_penalty != 0.0f || p.presence_penalty != 0.0f) {
      llama_sampler_chain_add(
          chain.get(), llama_sampler_init_penalties(n_vocab(), 64, p.repetition_penalty,
                                                    p.frequency_penalty, p.presence_penalty));
    }
    if (p.temperature <= 0.0f) {
      llama_sampler_chain_add(chain.get(), llama_sampler_init_greedy());
      return chain;
    }
    if (p.top_k > 0) llama_sampler_chain_add(chain.get(), llama_sampler_init_top_k(p.top_k));
    if (p.top_p < 1.0f) llama_sampler_chain_add(chain.get(), llama_sampler_init_top_p(p.top_p, 1));
    if (p.min_p > 0.0f) llama_sampler_chain_add(chain.get(), llama_sampler_init_min_p(p.min_p, 1));
    llama_sampler_chain_add(chain.get(), llama_sampler_init_temp(p.temperature));
    llama_sampler_chain_add(chain.get(), llama_sampler_init_dist(*p.seed));
    return chain;
  }

  // Samples `steps` tokens from random logits both ways; every token must match.
  static void expect_same_tokens(const SamplingParams& p, int steps, int finite = 0) {
    auto sampler = TokenSampler::create(vocab(), p, "");
    ASSERT_TRUE(sampler) << sampler.error().message;
    auto reference = reference_chain(p);
    std::mt19937 rng(p.seed.value_or(0) + 17);
    std::normal_distribution<float> logit(0.0f, 3.0f);
    std::vector<float> logits(static_cast<std::size_t>(n_vocab()));
    std::vector<llama_token_data> all(logits.size());
    for (int step = 0; step < steps; ++step) {
      for (std::size_t i = 0; i < logits.size(); ++i) {
        // `finite` > 0: only that many tokens are possible (e.g. masked logits).
        logits[i] = finite > 0 && i % (logits.size() / static_cast<std::size_t>(finite)) != 0
                        ? -INFINITY
                        : logit(rng);
      }
      for (std::size_t i = 0; i < logits.size(); ++i) {
        all[i] = {static_cast<llama_token>(i), logits[i], 0.0f};
      }
      llama_token_data_array cur = {all.data(), all.size(), -1, false};
      llama_sampler_apply(reference.get(), &cur);
      const llama_token expected = cur.data[cur.selected].id;
      llama_sampler_accept(reference.get(), expected);
      ASSERT_EQ((*sampler)->sample_logits(logits.data()), expected) << "step " << step;
    }
  }

  static inline std::unique_ptr<llama_model, ModelDeleter> model_;
};

TEST_F(TokenSamplerTest, TopKFirstPicksWhatTheFullChainPicks) {
  SamplingParams p;  // top-k 40, top-p 0.95, min-p 0.05, temperature 0.8
  p.seed = 1;
  expect_same_tokens(p, 150);
}

TEST_F(TokenSamplerTest, HotTopKWithoutOtherFilters) {
  SamplingParams p;
  p.seed = 2;
  p.temperature = 1.5f;
  p.top_k = 200;
  p.top_p = 1.0f;
  p.min_p = 0.0f;
  expect_same_tokens(p, 100);
}

TEST_F(TokenSamplerTest, GreedyPicksTheLargestLogit) {
  SamplingParams p;
  p.seed = 3;
  p.temperature = 0.0f;
  expect_same_tokens(p, 50);
}

TEST_F(TokenSamplerTest, FewerPossibleTokensThanTopK) {
  SamplingParams p;
  p.seed = 4;
  p.top_p = 1.0f;
  p.min_p = 0.0f;
  expect_same_tokens(p, 50, /*finite=*/10);
}

TEST_F(TokenSamplerTest, PenaltiesUseTheWholeVocabulary) {
  SamplingParams p;
  p.seed = 5;
  p.repetition_penalty = 1.3f;
  p.presence_penalty = 0.5f;
  expect_same_tokens(p, 50);
}

TEST_F(TokenSamplerTest, NoTopK) {
  SamplingParams p;
  p.seed = 6;
  p.top_k = 0;
  expect_same_tokens(p, 20);
}

// llama.cpp's grammar reads bytes as code points leniently: F4 90 80 80
// (past U+10FFFF), ED A0 80 (a surrogate) or C0 (never in UTF-8) pass its
// character class. Under a grammar the sampler never picks a token that
// makes the answer invalid UTF-8; it picks the next best, and a valid
// sequence of the same bytes' kind still goes through.
TEST_F(TokenSamplerTest, UnderAGrammarTheAnswerStaysValidUtf8) {
  // The single-byte tokens of the byte-level vocabulary.
  std::vector<llama_token> byte_token(256, -1);
  for (llama_token id = 0; id < n_vocab(); ++id) {
    char buf[8];
    if (llama_token_to_piece(vocab(), id, buf, sizeof buf, 0, false) == 1) {
      auto& slot = byte_token[static_cast<unsigned char>(buf[0])];
      if (slot < 0) slot = id;
    }
  }
  for (int b : {0xC0, 0xED, 0xF4, 0x80, 0x90, 0xA0, 0x8F, int{'a'}})
    ASSERT_GE(byte_token[b], 0) << b;
  SamplingParams p;
  p.temperature = 0.0f;  // greedy: the largest logit the rules allow
  auto sampler = TokenSampler::create(vocab(), p, R"(root ::= [^"]*)");
  ASSERT_TRUE(sampler) << sampler.error().message;
  std::vector<float> logits(static_cast<std::size_t>(n_vocab()), -10.0f);
  // Each step: the best token and the second best; what the sampler picks.
  auto step = [&](int best, int second) {
    std::fill(logits.begin(), logits.end(), -10.0f);
    logits[static_cast<std::size_t>(byte_token[best])] = 5.0f;
    logits[static_cast<std::size_t>(byte_token[second])] = 4.0f;
    const llama_token id = (*sampler)->sample_logits(logits.data());
    return id == byte_token[best] ? best : id == byte_token[second] ? second : -1;
  };
  EXPECT_EQ(step(0xC0, 'a'), 'a');    // C0 starts no character
  EXPECT_EQ(step(0xF4, 'a'), 0xF4);   // F4 starts U+100000 to U+10FFFF
  EXPECT_EQ(step(0x90, 0x8F), 0x8F);  // F4 90: past U+10FFFF
  EXPECT_EQ(step(0x90, 0x80), 0x90);  // F4 8F 90: may still be U+10F400 and on
  EXPECT_EQ(step(0xC0, 0x80), 0x80);  // F4 8F 90 80 = U+10F400, complete
  EXPECT_EQ(step(0xED, 'a'), 0xED);
  EXPECT_EQ(step(0xA0, 0x80), 0x80);  // ED A0: a surrogate
  EXPECT_EQ(step(0x90, 0x80), 0x90);  // ED 80 90 = U+D010
}

}  // namespace
}  // namespace switchyard::local
