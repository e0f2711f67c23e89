// Latencies in microseconds, bucketed so percentiles cost no per-sample
// memory: 1 µs buckets up to 100 ms, 1 ms buckets from there to 100 s, and
// one overflow bucket. A reported percentile is its bucket's lower edge, so
// below 100 ms it is exact to the microsecond.
#pragma once

#include <algorithm>
#include <cstdint>
#include <vector>

namespace switchyard::bench {

class LatencyHistogram {
 public:
  static constexpr std::int64_t kFineLimitUs = 100'000;
  static constexpr std::int64_t kCoarseStepUs = 1'000;
  static constexpr std::int64_t kCoarseLimitUs = 100'000'000;

  LatencyHistogram()
      : buckets_(kFineLimitUs + (kCoarseLimitUs - kFineLimitUs) / kCoarseStepUs + 1, 0) {}

  // Negative samples (a clock read out of order, which CLOCK_MONOTONIC on one
  // machine does not do) count as 0 and are tallied apart, so they show.
  void add(std::int64_t us) {
    if (us < 0) {
      ++negative_;
      us = 0;
    }
    ++buckets_[index(us)];
    ++count_;
    sum_ += us;
    max_ = std::max(max_, us);
  }

  std::uint64_t count() const { return count_; }
  std::uint64_t negative() const { return negative_; }
  std::int64_t max() const { return max_; }
  double mean() const { return count_ ? static_cast<double>(sum_) / count_ : 0.0; }

  // The smallest value v such that at least q of the samples are <= v
  // (q in [0, 1]); 0 when empty.
  std::int64_t quantile(double q) const {
    if (count_ == 0) return 0;
    auto rank = static_cast<std::uint64_t>(q * static_cast<double>(count_) + 0.5);
    rank = std::clamp<std::uint64_t>(rank, 1, count_);
    std::uint64_t seen = 0;
    for (std::size_t i = 0; i < buckets_.size(); ++i) {
      seen += buckets_[i];
      if (seen >= rank) return std::min(lower_edge(i), max_);
    }
    return max_;
  }

 private:
  static std::size_t index(std::int64_t us) {
    if (us < kFineLimitUs) return static_cast<std::size_t>(us);
    if (us < kCoarseLimitUs)
      return static_cast<std::size_t>(kFineLimitUs + (us - kFineLimitUs) / kCoarseStepUs);
    return static_cast<std::size_t>(kFineLimitUs + (kCoarseLimitUs - kFineLimitUs) / kCoarseStepUs);
  }
  static std::int64_t lower_edge(std::size_t i) {
    const auto n = static_cast<std::int64_t>(i);
    if (n < kFineLimitUs) return n;
    return kFineLimitUs + (n - kFineLimitUs) * kCoarseStepUs;
  }

  std::vector<std::uint64_t> buckets_;
  std::uint64_t count_ = 0;
  std::uint64_t negative_ = 0;
  std::int64_t sum_ = 0;
  std::int64_t max_ = 0;
};

}  // namespace switchyard::bench
