// A LatencyWindow's p95, read at a measured pace: reading the window walks
// its histograms, so one thread per kRefresh period reads it and every
// other caller takes that value. Lock-free (two relaxed atomics), so any io
// thread may call read() on every request. Used by the spill limits
// (LoadMonitor) and the local_load fact (gateway/load_spill.*).
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>

#include "switchyard/core/request_context.hpp"
#include "switchyard/routing/latency_window.hpp"

namespace switchyard::routing {

class RecentP95 {
 public:
  static constexpr std::chrono::milliseconds kRefresh{20};

  // `window` (may be null: reads 0) must outlive this.
  explicit RecentP95(const LatencyWindow* window) : window_(window) {}
  RecentP95(const RecentP95&) = delete;
  RecentP95& operator=(const RecentP95&) = delete;

  // The window's p95 as of at most kRefresh before `now`.
  std::chrono::milliseconds read(core::Clock::time_point now) const;

 private:
  const LatencyWindow* const window_;
  mutable std::atomic<std::int64_t> p95_ms_{0};
  mutable std::atomic<std::int64_t> read_at_ns_{INT64_MIN};
};

}  // namespace switchyard::routing
