#include "switchyard/routing/recent_p95.hpp"

namespace switchyard::routing {

std::chrono::milliseconds RecentP95::read(core::Clock::time_point now) const {
  if (!window_) return std::chrono::milliseconds(0);
  const std::int64_t now_ns =
      std::chrono::duration_cast<std::chrono::nanoseconds>(now.time_since_epoch()).count();
  std::int64_t at = read_at_ns_.load(std::memory_order_relaxed);
  const std::int64_t refresh = std::chrono::nanoseconds(kRefresh).count();
  // One thread per refresh period walks the window; the others take its value.
  if (at == INT64_MIN || now_ns - at >= refresh) {
    if (read_at_ns_.compare_exchange_strong(at, now_ns, std::memory_order_relaxed))
      p95_ms_.store(window_->p95(now).count(), std::memory_order_relaxed);
  }
  return std::chrono::milliseconds(p95_ms_.load(std::memory_order_relaxed));
}

}  // namespace switchyard::routing
