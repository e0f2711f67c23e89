#include "switchyard/gateway/circuit_breaker.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace switchyard::gateway {
namespace {

using State = CircuitBreaker::State;
using std::chrono::milliseconds;

config::CircuitBreakerConfig cfg(int threshold = 3, double rate = 0, int min_requests = 10) {
  config::CircuitBreakerConfig c;
  c.failure_threshold = threshold;
  c.error_rate = rate;
  c.min_requests = min_requests;
  c.window = milliseconds(1000);
  c.cooldown = milliseconds(500);
  c.half_open_probes = 1;
  return c;
}

// A clock the test moves by hand.
struct FakeClock {
  CircuitBreaker::Clock::time_point now{std::chrono::seconds(1000)};
  void advance(milliseconds d) { now += d; }
};

// One attempt through the breaker; false if it was not admitted.
bool attempt(CircuitBreaker& b, FakeClock& c, bool fails) {
  auto a = b.admit(c.now);
  if (!a.allowed) return false;
  b.record(fails, a, c.now);
  return true;
}

TEST(CircuitBreaker, OpensAfterConsecutiveFailuresAndSkipsAtOnce) {
  FakeClock clock;
  CircuitBreaker b(cfg(3));
  EXPECT_TRUE(attempt(b, clock, true));
  EXPECT_TRUE(attempt(b, clock, true));
  EXPECT_EQ(b.state(), State::closed);
  EXPECT_TRUE(attempt(b, clock, true));
  EXPECT_EQ(b.state(), State::open);
  EXPECT_FALSE(b.admit(clock.now).allowed);
}

TEST(CircuitBreaker, ASuccessResetsTheRunOfFailures) {
  FakeClock clock;
  CircuitBreaker b(cfg(3));
  for (int i = 0; i < 10; ++i) {
    EXPECT_TRUE(attempt(b, clock, true));
    EXPECT_TRUE(attempt(b, clock, true));
    EXPECT_TRUE(attempt(b, clock, false));
  }
  EXPECT_EQ(b.state(), State::closed);
}

TEST(CircuitBreaker, OpensOnTheErrorRateOfAWindow) {
  FakeClock clock;
  CircuitBreaker b(cfg(100, 0.5, 10));
  // Alternating: never 100 in a row, but half of the attempts fail.
  for (int i = 0; i < 8; ++i) EXPECT_TRUE(attempt(b, clock, i % 2 == 0));
  EXPECT_EQ(b.state(), State::closed) << "fewer than min_requests attempts";
  EXPECT_TRUE(attempt(b, clock, false));
  EXPECT_TRUE(attempt(b, clock, true));  // 10 attempts, 5 failed
  EXPECT_EQ(b.state(), State::open);
}

TEST(CircuitBreaker, AnOldWindowDoesNotCount) {
  FakeClock clock;
  CircuitBreaker b(cfg(100, 0.5, 10));
  for (int i = 0; i < 9; ++i) EXPECT_TRUE(attempt(b, clock, i % 2 == 0));
  clock.advance(milliseconds(1500));  // the window ends; counting starts over
  EXPECT_TRUE(attempt(b, clock, true));
  EXPECT_EQ(b.state(), State::closed);
}

TEST(CircuitBreaker, HalfOpenAfterTheCooldownLetsOneProbeThrough) {
  FakeClock clock;
  CircuitBreaker b(cfg(1));
  EXPECT_TRUE(attempt(b, clock, true));
  ASSERT_EQ(b.state(), State::open);
  clock.advance(milliseconds(499));
  EXPECT_FALSE(b.admit(clock.now).allowed);
  clock.advance(milliseconds(1));
  auto probe = b.admit(clock.now);
  EXPECT_TRUE(probe.allowed);
  EXPECT_TRUE(probe.probe);
  EXPECT_EQ(b.state(), State::half_open);
  EXPECT_FALSE(b.admit(clock.now).allowed) << "only half_open_probes at a time";
  b.record(false, probe, clock.now);
  EXPECT_EQ(b.state(), State::closed);
  EXPECT_TRUE(b.admit(clock.now).allowed);
}

TEST(CircuitBreaker, AFailedProbeReopensForAnotherCooldown) {
  FakeClock clock;
  CircuitBreaker b(cfg(1));
  EXPECT_TRUE(attempt(b, clock, true));
  clock.advance(milliseconds(500));
  auto probe = b.admit(clock.now);
  ASSERT_TRUE(probe.probe);
  clock.advance(milliseconds(100));
  b.record(true, probe, clock.now);
  EXPECT_EQ(b.state(), State::open);
  clock.advance(milliseconds(499));
  EXPECT_FALSE(b.admit(clock.now).allowed);
  clock.advance(milliseconds(1));
  EXPECT_TRUE(b.admit(clock.now).probe);
}

TEST(CircuitBreaker, SeveralProbesWhenConfigured) {
  FakeClock clock;
  auto c = cfg(1);
  c.half_open_probes = 3;
  CircuitBreaker b(c);
  EXPECT_TRUE(attempt(b, clock, true));
  clock.advance(milliseconds(500));
  std::vector<CircuitBreaker::Admission> probes;
  for (int i = 0; i < 3; ++i) probes.push_back(b.admit(clock.now));
  for (const auto& p : probes) EXPECT_TRUE(p.allowed && p.probe);
  EXPECT_FALSE(b.admit(clock.now).allowed);
}

TEST(CircuitBreaker, AProbeThatNeverReportsDoesNotWedgeIt) {
  FakeClock clock;
  CircuitBreaker b(cfg(1));
  EXPECT_TRUE(attempt(b, clock, true));
  clock.advance(milliseconds(500));
  EXPECT_TRUE(b.admit(clock.now).probe);  // lost: never recorded
  clock.advance(milliseconds(499));
  EXPECT_FALSE(b.admit(clock.now).allowed);
  clock.advance(milliseconds(1));
  EXPECT_TRUE(b.admit(clock.now).probe);
}

TEST(CircuitBreaker, LateOutcomesOfAttemptsAdmittedBeforeItOpenedChangeNothing) {
  FakeClock clock;
  CircuitBreaker b(cfg(1));
  auto early = b.admit(clock.now);
  EXPECT_TRUE(attempt(b, clock, true));
  ASSERT_EQ(b.state(), State::open);
  b.record(false, early, clock.now);
  EXPECT_EQ(b.state(), State::open);
}

TEST(CircuitBreaker, DisabledAlwaysAdmits) {
  FakeClock clock;
  auto c = cfg(1);
  c.enabled = false;
  CircuitBreaker b(c);
  for (int i = 0; i < 10; ++i) EXPECT_TRUE(attempt(b, clock, true));
  EXPECT_EQ(b.state(), State::closed);
}

TEST(CircuitBreaker, TellsItsObserverEveryTransition) {
  FakeClock clock;
  std::vector<std::string> seen;
  CircuitBreaker b(cfg(1), [&](State to, const char*) { seen.push_back(to_string(to)); });
  EXPECT_TRUE(attempt(b, clock, true));
  clock.advance(milliseconds(500));
  EXPECT_TRUE(attempt(b, clock, false));
  EXPECT_EQ(seen, (std::vector<std::string>{"open", "half-open", "closed"}));
}

TEST(CircuitBreaker, CountsOutagesNotClientMistakes) {
  auto err = [](core::ErrorKind k, int status, std::string code = {}) {
    core::Error e;
    e.kind = k;
    e.status = status;
    e.code = std::move(code);
    return e;
  };
  EXPECT_TRUE(CircuitBreaker::counts_as_failure(err(core::ErrorKind::upstream, 500)));
  EXPECT_TRUE(CircuitBreaker::counts_as_failure(err(core::ErrorKind::upstream, 503)));
  EXPECT_TRUE(CircuitBreaker::counts_as_failure(err(core::ErrorKind::upstream_unreachable, 502)));
  EXPECT_TRUE(CircuitBreaker::counts_as_failure(err(core::ErrorKind::timeout, 504)));
  EXPECT_FALSE(CircuitBreaker::counts_as_failure(err(core::ErrorKind::invalid_request, 400)));
  EXPECT_FALSE(CircuitBreaker::counts_as_failure(err(core::ErrorKind::upstream, 404)));
  EXPECT_FALSE(CircuitBreaker::counts_as_failure(err(core::ErrorKind::rate_limited, 429)));
  EXPECT_FALSE(CircuitBreaker::counts_as_failure(
      err(core::ErrorKind::upstream, 502, "upstream_authentication_failed")));
}

}  // namespace
}  // namespace switchyard::gateway
