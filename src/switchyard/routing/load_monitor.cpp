#include "switchyard/routing/load_monitor.hpp"

namespace switchyard::routing {

LoadMonitor::LoadMonitor(LoadLimits limits, std::function<int()> queue_depth,
                         const LatencyWindow* latency, Observer observer)
    : limits_(limits),
      queue_depth_(std::move(queue_depth)),
      latency_(latency),
      observer_(std::move(observer)) {}

std::chrono::milliseconds LoadMonitor::latency(core::Clock::time_point now) {
  if (limits_.p95.count() <= 0) return std::chrono::milliseconds(0);
  return latency_.read(now);
}

LoadReading LoadMonitor::read(core::Clock::time_point now) {
  LoadReading r;
  r.queue_depth = limits_.queue_depth > 0 && queue_depth_ ? queue_depth_() : 0;
  r.p95 = latency(now);
  const bool queue_over = limits_.queue_depth > 0 && r.queue_depth >= limits_.queue_depth;
  const bool latency_over = limits_.p95.count() > 0 && r.p95 > limits_.p95;
  bool was = spilling_.load(std::memory_order_relaxed);
  bool now_spilling = was;
  if (!was && (queue_over || latency_over)) {
    now_spilling = true;
  } else if (was) {
    // Back only when every limit is comfortably clear.
    const bool queue_clear =
        limits_.queue_depth <= 0 || r.queue_depth < limits_.resume_below * limits_.queue_depth;
    const bool latency_clear =
        limits_.p95.count() <= 0 || r.p95.count() < limits_.resume_below * limits_.p95.count();
    now_spilling = !(queue_clear && latency_clear);
  }
  if (now_spilling) {
    // Each limit the deployment is not yet clear of, with its value.
    const auto add = [&r](const std::string& part) {
      if (!r.why.empty()) r.why += ", ";
      r.why += part;
    };
    if (limits_.queue_depth > 0 && r.queue_depth >= limits_.resume_below * limits_.queue_depth)
      add("queue depth " + std::to_string(r.queue_depth) + " (limit " +
          std::to_string(limits_.queue_depth) + ")");
    if (limits_.p95.count() > 0 && r.p95.count() >= limits_.resume_below * limits_.p95.count())
      add("p95 " + std::to_string(r.p95.count()) + " ms (limit " +
          std::to_string(limits_.p95.count()) + " ms)");
  }
  r.spilling = now_spilling;
  if (now_spilling != was &&
      spilling_.compare_exchange_strong(was, now_spilling, std::memory_order_relaxed) &&
      observer_) {
    observer_(now_spilling, now_spilling ? r.why
                                         : "queue depth " + std::to_string(r.queue_depth) +
                                               ", p95 " + std::to_string(r.p95.count()) + " ms");
  }
  return r;
}

}  // namespace switchyard::routing
