// A per-deployment circuit breaker. A deployment that keeps failing is
// skipped at once (the request falls back to the next candidate) instead of
// costing every request a timeout or a round of retries; after a cool-down a
// few probe attempts find out whether it has recovered.
//
//   closed ──(failure_threshold consecutive failures, or error_rate of a
//             window of ≥ min_requests attempts)──▶ open
//   open ──(cooldown passed; the next admit)──▶ half-open
//   half-open: up to half_open_probes attempts let through;
//              a probe succeeds ──▶ closed, a probe fails ──▶ open again
//
// It sits beside the endpoint pools' health checks: those take single
// servers of a pool out of rotation; the breaker is about a deployment as a
// whole (a cloud API, or a pool whose every member fails), seen from the
// attempts requests make. Shared by every io thread: all state is atomics,
// and the closed path costs a relaxed load to admit and, to record, a few
// relaxed increments. The clock is the caller's (`now` arguments), so tests
// drive time without sleeping.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>

#include "switchyard/config/config.hpp"
#include "switchyard/core/error.hpp"

namespace switchyard::gateway {

class CircuitBreaker {
 public:
  using Clock = std::chrono::steady_clock;
  enum class State : int { closed = 0, open = 1, half_open = 2 };

  struct Admission {
    bool allowed = false;
    bool probe = false;  // a half-open probe: its outcome decides the state
  };

  // Called on every state change (rare), from the thread that caused it.
  using Observer = std::function<void(State to, const char* why)>;

  explicit CircuitBreaker(config::CircuitBreakerConfig cfg, Observer observer = {});
  CircuitBreaker(const CircuitBreaker&) = delete;
  CircuitBreaker& operator=(const CircuitBreaker&) = delete;

  // May an attempt go to the deployment now? Every allowed attempt must be
  // followed by exactly one record().
  Admission admit(Clock::time_point now);
  // The outcome of an admitted attempt: `failure` as counts_as_failure says.
  void record(bool failure, const Admission& admission, Clock::time_point now);

  State state() const { return static_cast<State>(state_.load(std::memory_order_acquire)); }
  bool enabled() const { return cfg_.enabled; }

  // What says something about the deployment's health: its 5xx answers,
  // timeouts and connect failures. A client's mistake (4xx), a rate limit
  // and a key the upstream rejects do not; they are not outages.
  static bool counts_as_failure(const core::Error& e);

 private:
  using Rep = std::int64_t;  // Clock ticks since its epoch
  static Rep ticks(Clock::time_point t) { return t.time_since_epoch().count(); }
  static Rep ticks(std::chrono::milliseconds d) {
    return std::chrono::duration_cast<Clock::duration>(d).count();
  }
  // Moves from `from` to `to` if the state is still `from`; true if this call did it.
  bool transition(State from, State to, const char* why);
  void trip(State from, Clock::time_point now, const char* why);
  void count_in_window(bool failure, Clock::time_point now, int& total, int& failed);

  const config::CircuitBreakerConfig cfg_;
  const Observer observer_;
  std::atomic<int> state_{static_cast<int>(State::closed)};
  std::atomic<int> consecutive_{0};
  std::atomic<Rep> changed_at_{0};  // when it last opened or turned half-open
  std::atomic<int> probes_{0};      // probes admitted since it turned half-open
  // The error-rate window: a tumbling window, restarted by the first outcome
  // after it ends. Races at the boundary may lose a count: fine for a rate.
  std::atomic<Rep> window_start_{0};
  std::atomic<int> window_total_{0};
  std::atomic<int> window_failed_{0};
};

const char* to_string(CircuitBreaker::State s);

}  // namespace switchyard::gateway
