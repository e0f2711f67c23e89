// The model's confidence in each token it chose, read from the raw logits the
// sampler already has, and summed over an answer into core::AnswerSignals
// (what a cascade's verifier judges a local answer by).
//
// Cost. Both numbers need the log of the softmax's normaliser over the whole
// vocabulary (~128k entries). One vectorised pass finds the largest logit;
// a second sums exp(l - max) and (l - max)·exp(l - max) over the logits
// within kConfidenceSpan of the largest (the others hold less than
// 128k·e^-30 ≈ 1e-8 of the mass), in blocks that are skipped whole when no
// logit in them is that close. For real models nearly every logit is that
// close: ~1 ms a token at 128k (bench/micro, BM_TokenConfidence), which is
// why only a cascade's first attempt asks for it.
#pragma once

#include <cstdint>

#include "switchyard/core/answer_signals.hpp"

namespace switchyard::local {

struct TokenConfidence {
  double logprob = 0;  // log p(chosen)
  double entropy = 0;  // -Σ p log p over the vocabulary
};

// Logits more than this below the largest are left out of the sums.
inline constexpr float kConfidenceSpan = 30.0f;

// `logits`: n_vocab raw logits; `chosen`: the token sampled from them.
TokenConfidence token_confidence(const float* logits, int n_vocab, std::int32_t chosen);

// Accumulates the confidence of an answer's tokens.
class AnswerConfidence {
 public:
  void add(const TokenConfidence& t);
  core::AnswerSignals signals() const;

 private:
  std::int64_t tokens_ = 0;
  double sum_logprob_ = 0;
  double min_logprob_ = 0;
  double sum_entropy_ = 0;
};

}  // namespace switchyard::local
