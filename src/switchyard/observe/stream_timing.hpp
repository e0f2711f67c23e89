// When a streamed answer's tokens arrived: the first one (time to first
// token) and the gaps between the chunks that carried them. Tallied on the
// request itself — a clock read and an increment per chunk, no shared
// atomic — and merged into the shared histograms once, when the request is
// done (Histogram::merge, with kChunkGapBounds).
#pragma once

#include <array>
#include <chrono>
#include <cstdint>

namespace switchyard::observe {

// Upper bounds, in seconds, of the chunk-gap histogram's buckets.
inline constexpr std::array<double, 12> kChunkGapBounds = {
    0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5};

struct StreamTiming {
  using Clock = std::chrono::steady_clock;

  Clock::time_point first{};  // the first chunk with a token; epoch: none yet
  Clock::time_point last{};
  std::uint32_t chunks = 0;
  std::array<std::uint32_t, kChunkGapBounds.size() + 1> gaps{};  // the last: past 5 s
  std::chrono::nanoseconds gap_sum{0};

  bool started() const { return chunks > 0; }

  // A chunk carrying tokens arrived at `now`.
  void chunk(Clock::time_point now) {
    if (chunks++ == 0) {
      first = last = now;
      return;
    }
    const auto gap = now - last;
    last = now;
    gap_sum += gap;
    const double seconds = std::chrono::duration<double>(gap).count();
    std::size_t i = 0;
    while (i < kChunkGapBounds.size() && seconds > kChunkGapBounds[i]) ++i;
    ++gaps[i];
  }
};

}  // namespace switchyard::observe
