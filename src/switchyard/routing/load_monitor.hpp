// Whether a local deployment is over its load limits, with hysteresis: it
// starts spilling when its provider's queue depth reaches its limit or its
// recent p95 latency passes its limit, and returns only once both are below
// `resume_below` of their limits (so a deployment at its limit does not
// flap between sides on every request).
//
// The signals: the queue depth (requests queued or running) is read live
// from the provider (the in-process engine's waiting + active sequences,
// the requests in flight on a pool's members); the p95 comes from the
// provider's LatencyWindow, read at most once per kLatencyRefresh and cached
// (RecentP95: reading it walks the window's histograms). Every member is an atomic, so
// any io thread may call read() without a lock; two threads that see the
// same transition agree on it through one compare-exchange, and only the
// winner reports it.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <string>

#include "switchyard/core/request_context.hpp"
#include "switchyard/routing/latency_window.hpp"
#include "switchyard/routing/recent_p95.hpp"

namespace switchyard::routing {

struct LoadLimits {
  int queue_depth = 0;               // spill at this many queued or running; 0: no limit
  std::chrono::milliseconds p95{0};  // spill when the recent p95 is over this; 0: no limit
  double resume_below = 0.8;         // return below this share of each limit
};

struct LoadReading {
  int queue_depth = 0;
  std::chrono::milliseconds p95{0};
  bool spilling = false;
  // Why it spills ("queue depth 9 >= limit 8"); "" when it does not.
  std::string why;
};

class LoadMonitor {
 public:
  static constexpr std::chrono::milliseconds kLatencyRefresh = RecentP95::kRefresh;

  // Called on each change, by the thread that made it: spilling or back, why.
  using Observer = std::function<void(bool spilling, const std::string& why)>;

  // `queue_depth` must be safe to call from any thread; `latency` (may be
  // null: no latency limit can apply) must outlive the monitor.
  LoadMonitor(LoadLimits limits, std::function<int()> queue_depth, const LatencyWindow* latency,
              Observer observer = {});
  LoadMonitor(const LoadMonitor&) = delete;
  LoadMonitor& operator=(const LoadMonitor&) = delete;

  // Reads the signals and applies the limits; the result says whether the
  // deployment spills now.
  LoadReading read(core::Clock::time_point now);
  bool spilling() const { return spilling_.load(std::memory_order_relaxed); }
  const LoadLimits& limits() const { return limits_; }

 private:
  std::chrono::milliseconds latency(core::Clock::time_point now);

  const LoadLimits limits_;
  const std::function<int()> queue_depth_;
  const RecentP95 latency_;
  const Observer observer_;
  std::atomic<bool> spilling_{false};
};

}  // namespace switchyard::routing
