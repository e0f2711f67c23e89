#include "switchyard/local/answer_confidence.hpp"

#include <algorithm>
#include <bit>
#include <cmath>

namespace switchyard::local {

namespace {

constexpr int kBlock = 64;
constexpr int kLanes = 8;

// e^x for x in [-kConfidenceSpan, 0], within ~2e-7 relative: 2^(x·log2 e)
// split into an integer power (built in the float's exponent bits) and
// 2^f, f in [0, 1), by a polynomial: plain arithmetic, in lanes, so that a
// compiler may vectorise the block (GCC 12 at the baseline x86-64 ISA does
// not yet; it is no slower than std::exp).
inline float exp_near_max(float x) {
  const float t = x * 1.44269504f;  // log2(e)
  int i = static_cast<int>(t);      // toward zero; t <= 0, so one more below for floor
  i -= static_cast<float>(i) > t ? 1 : 0;
  const float f = t - static_cast<float>(i);
  const float p =
      1.0f + f * (0.693147182f +
                  f * (0.240226507f +
                       f * (0.0555041087f +
                            f * (0.00961812911f + f * (0.00133335581f + f * 0.000154035304f)))));
  const std::uint32_t bits = static_cast<std::uint32_t>(i + 127) << 23;
  return p * std::bit_cast<float>(bits);
}

}  // namespace

TokenConfidence token_confidence(const float* logits, int n_vocab, std::int32_t chosen) {
  if (n_vocab <= 0 || chosen < 0 || chosen >= n_vocab) return {};
  float max = -INFINITY;
  for (int i = 0; i < n_vocab; ++i) max = std::max(max, logits[i]);  // vectorises
  if (!std::isfinite(max)) return {};
  const float floor = max - kConfidenceSpan;
  double sum = 0;           // Σ e^(l - max)
  double sum_weighted = 0;  // Σ (l - max) e^(l - max)
  for (int base = 0; base < n_vocab; base += kBlock) {
    const int end = std::min(n_vocab, base + kBlock);
    int any = 0;  // int, not bool: GCC vectorises an int OR-reduction only
    for (int i = base; i < end; ++i) any |= logits[i] > floor ? 1 : 0;
    if (!any) continue;
    // Float sums over one block in kLanes independent lanes (so the
    // compiler may vectorise without reordering a sum), added up in double.
    float lane[kLanes] = {};
    float lane_weighted[kLanes] = {};
    for (int i = base; i + kLanes <= end; i += kLanes) {
      for (int k = 0; k < kLanes; ++k) {
        const float l = logits[i + k];
        const float d = std::max(l - max, -kConfidenceSpan);
        const float e = l > floor ? exp_near_max(d) : 0.0f;
        lane[k] += e;
        lane_weighted[k] += d * e;
      }
    }
    for (int i = base + (end - base) / kLanes * kLanes; i < end; ++i) {
      const float d = std::max(logits[i] - max, -kConfidenceSpan);
      const float e = logits[i] > floor ? exp_near_max(d) : 0.0f;
      lane[0] += e;
      lane_weighted[0] += d * e;
    }
    float block = 0;
    float block_weighted = 0;
    for (int k = 0; k < kLanes; ++k) {
      block += lane[k];
      block_weighted += lane_weighted[k];
    }
    sum += block;
    sum_weighted += block_weighted;
  }
  const double log_z = std::log(sum);  // log Σ e^(l - max); sum >= 1 (the max itself)
  TokenConfidence t;
  t.logprob = std::min(0.0, static_cast<double>(logits[chosen] - max) - log_z);
  // H = -Σ p (d - log_z) = log_z - Σ p d, with p = e^d / sum.
  t.entropy = std::max(0.0, log_z - sum_weighted / sum);
  return t;
}

void AnswerConfidence::add(const TokenConfidence& t) {
  min_logprob_ = tokens_ == 0 ? t.logprob : std::min(min_logprob_, t.logprob);
  sum_logprob_ += t.logprob;
  sum_entropy_ += t.entropy;
  ++tokens_;
}

core::AnswerSignals AnswerConfidence::signals() const {
  core::AnswerSignals s;
  s.tokens = tokens_;
  if (tokens_ == 0) return s;
  s.mean_logprob = sum_logprob_ / static_cast<double>(tokens_);
  s.min_logprob = min_logprob_;
  s.mean_entropy = sum_entropy_ / static_cast<double>(tokens_);
  return s;
}

}  // namespace switchyard::local
