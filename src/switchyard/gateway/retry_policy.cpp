#include "switchyard/gateway/retry_policy.hpp"

#include <algorithm>
#include <cmath>
#include <random>

namespace switchyard::gateway {

std::chrono::milliseconds RetryPolicy::backoff(int attempts_made, double unit_random) const {
  const double base = static_cast<double>(cfg_.initial_backoff.count()) *
                      std::pow(cfg_.backoff_multiplier, std::max(0, attempts_made - 1));
  const double capped = std::min(base, static_cast<double>(cfg_.max_backoff.count()));
  const double factor = 1.0 + cfg_.jitter * (2.0 * unit_random - 1.0);
  return std::chrono::milliseconds(static_cast<std::int64_t>(std::max(0.0, capped * factor)));
}

std::optional<std::chrono::milliseconds> RetryPolicy::wait_before_retry(
    const core::Error& e, int attempts_made, double unit_random,
    std::chrono::milliseconds remaining) const {
  std::chrono::milliseconds wait = backoff(attempts_made, unit_random);
  if (e.retry_after) {
    if (*e.retry_after >= remaining) return std::nullopt;
    wait = std::max(wait, *e.retry_after);
  }
  return std::min(wait, std::max(remaining, std::chrono::milliseconds(0)));
}

double jitter_unit() {
  thread_local std::uint64_t state = std::random_device{}() | 1;
  state ^= state << 13;
  state ^= state >> 7;
  state ^= state << 17;
  return static_cast<double>(state >> 11) * 0x1.0p-53;
}

}  // namespace switchyard::gateway
