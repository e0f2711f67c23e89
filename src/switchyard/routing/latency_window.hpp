// A recent-latency estimate that many threads feed without a lock: the
// 95th percentile of the latencies recorded in the last `window`.
//
// The window is kSlices time slices, each a histogram of log-spaced bins
// (exact to 8 ms, then four bins per doubling: about 19% wide) counted with
// relaxed atomics. A slice older than the window is cleared by the first
// recorder that lands in it again; a reader sums the slices still inside
// the window. The answer is the lower edge of the bin holding the 95th
// percentile ("at least this"), so a limit is passed only by latencies
// clearly over it. Recording is one atomic add (plus a clear once per slice
// period); reading walks kSlices × kBins counters, so callers read it at a
// measured pace (LoadMonitor), not per request.
//
// Approximate by design: a sample racing with its slice's clear may be lost,
// which moves a percentile by one sample at most.
#pragma once

#include <array>
#include <atomic>
#include <chrono>
#include <cstdint>

#include "switchyard/core/request_context.hpp"

namespace switchyard::routing {

class LatencyWindow {
 public:
  static constexpr int kSlices = 8;
  static constexpr int kBins = 64;
  // Fewer samples than this in the window: no estimate (p95 reads 0), so one
  // slow request on an idle deployment does not count as overload.
  static constexpr std::uint64_t kMinSamples = 5;

  explicit LatencyWindow(std::chrono::milliseconds window);
  LatencyWindow(const LatencyWindow&) = delete;
  LatencyWindow& operator=(const LatencyWindow&) = delete;

  void record(std::chrono::nanoseconds latency, core::Clock::time_point now);
  // The 95th percentile over the window ending at `now`; 0 with fewer than
  // kMinSamples samples.
  std::chrono::milliseconds p95(core::Clock::time_point now) const;
  std::uint64_t samples(core::Clock::time_point now) const;
  std::chrono::milliseconds window() const { return window_; }

  // The bin of a latency in whole milliseconds, and the bin's lower edge.
  static int bin_of(std::int64_t ms);
  static std::int64_t lower_edge(int bin);

 private:
  struct Slice {
    // The slice period (now / slice length) whose samples it holds; kClearing
    // while a recorder clears it (readers skip it, recorders drop samples).
    std::atomic<std::int64_t> period{-1};
    std::array<std::atomic<std::uint32_t>, kBins> bins{};
  };
  static constexpr std::int64_t kClearing = -2;

  std::int64_t period_of(core::Clock::time_point now) const;

  std::chrono::milliseconds window_;
  std::int64_t slice_ns_;
  std::array<Slice, kSlices> slices_;
};

}  // namespace switchyard::routing
