// When to try a deployment again, how long to wait first, and when to give up
// on it and fall back to the next one. Pure functions of their inputs (the
// jitter source is passed in) so the policy is unit-tested without a network.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>

#include "switchyard/config/config.hpp"
#include "switchyard/core/error.hpp"

namespace switchyard::gateway {

class RetryPolicy {
 public:
  explicit RetryPolicy(config::RetryConfig cfg) : cfg_(cfg) {}

  // Another attempt on the same deployment after `attempts_made` attempts?
  bool retry_same(const core::Error& e, int attempts_made) const {
    return e.retryable && attempts_made < cfg_.max_attempts;
  }

  // Move on to the next deployment after this one failed with `e`? Transient
  // failures and failures that belong to the deployment (its key rejected, its
  // model unknown upstream, a deployment that does not serve embeddings)
  // fall back; a request the upstream rejects as malformed would fail
  // everywhere, so it goes back to the client.
  static bool fall_back(const core::Error& e) {
    if (e.retryable) return true;
    return e.status == 401 || e.status == 403 || e.status == 404 ||
           e.kind == core::ErrorKind::unavailable || e.code == "embeddings_not_supported" ||
           e.code == "upstream_authentication_failed";
  }

  // How long to wait before attempt `attempts_made + 1` on the same
  // deployment, given `remaining` time before the request's deadline: the
  // backoff, or the upstream's Retry-After when that is longer. nullopt when
  // the upstream asks for a wait the deadline cannot afford: sleeping past
  // it would only end in a timeout, so the caller falls back at once.
  std::optional<std::chrono::milliseconds> wait_before_retry(
      const core::Error& e, int attempts_made, double unit_random,
      std::chrono::milliseconds remaining) const;

  // Wait before attempt number `attempts_made + 1`: exponential from the
  // initial backoff, capped, with ± jitter. `unit_random` is in [0, 1).
  std::chrono::milliseconds backoff(int attempts_made, double unit_random) const;

 private:
  config::RetryConfig cfg_;
};

// xorshift-based jitter source: cheap, per thread, not for cryptography.
double jitter_unit();

}  // namespace switchyard::gateway
