#include "switchyard/gateway/circuit_breaker.hpp"

#include <utility>

namespace switchyard::gateway {

CircuitBreaker::CircuitBreaker(config::CircuitBreakerConfig cfg, Observer observer)
    : cfg_(cfg), observer_(std::move(observer)) {}

bool CircuitBreaker::counts_as_failure(const core::Error& e) {
  switch (e.kind) {
    case core::ErrorKind::upstream_unreachable:
    case core::ErrorKind::timeout:
      return true;
    case core::ErrorKind::upstream:
    case core::ErrorKind::unavailable:
    case core::ErrorKind::internal:
      return e.status >= 500 && e.code != "upstream_authentication_failed";
    default:
      return false;
  }
}

bool CircuitBreaker::transition(State from, State to, const char* why) {
  int expected = static_cast<int>(from);
  if (!state_.compare_exchange_strong(expected, static_cast<int>(to), std::memory_order_acq_rel))
    return false;
  if (observer_) observer_(to, why);
  return true;
}

void CircuitBreaker::trip(State from, Clock::time_point now, const char* why) {
  // The time and the probe count first, so whoever sees the new state sees
  // when it started and a fresh count for the half-open state after it.
  probes_.store(0, std::memory_order_relaxed);
  changed_at_.store(ticks(now), std::memory_order_release);
  transition(from, State::open, why);
}

CircuitBreaker::Admission CircuitBreaker::admit(Clock::time_point now) {
  if (!cfg_.enabled) return {true, false};
  State s = state();
  if (s == State::closed) return {true, false};
  if (s == State::open) {
    if (ticks(now) - changed_at_.load(std::memory_order_acquire) < ticks(cfg_.cooldown))
      return {false, false};
    if (transition(State::open, State::half_open, "cool-down over; probing"))
      changed_at_.store(ticks(now), std::memory_order_release);
    s = state();
    if (s == State::closed) return {true, false};
    if (s != State::half_open) return {false, false};
  }
  // Half-open: a few probes. A probe that never reports (its request
  // vanished) must not wedge the breaker: after another cool-down without a
  // verdict, new probes are let through.
  if (probes_.fetch_add(1, std::memory_order_acq_rel) < cfg_.half_open_probes) return {true, true};
  Rep since = changed_at_.load(std::memory_order_acquire);
  if (ticks(now) - since >= ticks(cfg_.cooldown) &&
      changed_at_.compare_exchange_strong(since, ticks(now), std::memory_order_acq_rel)) {
    probes_.store(1, std::memory_order_relaxed);
    return {true, true};
  }
  return {false, false};
}

void CircuitBreaker::count_in_window(bool failure, Clock::time_point now, int& total, int& failed) {
  Rep start = window_start_.load(std::memory_order_relaxed);
  if (ticks(now) - start >= ticks(cfg_.window) &&
      window_start_.compare_exchange_strong(start, ticks(now), std::memory_order_relaxed)) {
    window_total_.store(0, std::memory_order_relaxed);
    window_failed_.store(0, std::memory_order_relaxed);
  }
  total = window_total_.fetch_add(1, std::memory_order_relaxed) + 1;
  failed = window_failed_.load(std::memory_order_relaxed);
  if (failure) failed = window_failed_.fetch_add(1, std::memory_order_relaxed) + 1;
}

void CircuitBreaker::record(bool failure, const Admission& admission, Clock::time_point now) {
  if (!cfg_.enabled) return;
  if (admission.probe) {
    if (failure) {
      trip(State::half_open, now, "a probe failed");
    } else {
      consecutive_.store(0, std::memory_order_relaxed);
      window_start_.store(ticks(now), std::memory_order_relaxed);
      window_total_.store(0, std::memory_order_relaxed);
      window_failed_.store(0, std::memory_order_relaxed);
      transition(State::half_open, State::closed, "a probe succeeded");
    }
    return;
  }
  // Outcomes of attempts admitted before the breaker opened change nothing
  // once it has: only probes decide when it closes.
  if (state() != State::closed) return;
  int total = 0;
  int failed = 0;
  const bool rate = cfg_.error_rate > 0;
  if (rate) count_in_window(failure, now, total, failed);
  if (!failure) {
    if (consecutive_.load(std::memory_order_relaxed) != 0)
      consecutive_.store(0, std::memory_order_relaxed);
    return;
  }
  const int run = consecutive_.fetch_add(1, std::memory_order_relaxed) + 1;
  if (run >= cfg_.failure_threshold) {
    consecutive_.store(0, std::memory_order_relaxed);
    trip(State::closed, now, "consecutive failures");
  } else if (rate && total >= cfg_.min_requests &&
             static_cast<double>(failed) >= cfg_.error_rate * static_cast<double>(total)) {
    consecutive_.store(0, std::memory_order_relaxed);
    trip(State::closed, now, "error rate");
  }
}

const char* to_string(CircuitBreaker::State s) {
  switch (s) {
    case CircuitBreaker::State::closed:
      return "closed";
    case CircuitBreaker::State::open:
      return "open";
    case CircuitBreaker::State::half_open:
      return "half-open";
  }
  return "?";
}

}  // namespace switchyard::gateway
