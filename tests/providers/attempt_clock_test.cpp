// AttemptClock: which deadline each read of an upstream answer gets, and the
// error that names the clock that ran out.
#include "switchyard/providers/attempt_clock.hpp"

#include <gtest/gtest.h>

namespace switchyard::providers {
namespace {

using std::chrono::milliseconds;
using Bound = AttemptClock::Bound;

const http::Clock::time_point t0{};  // a fixed "now", so nothing depends on timing

AttemptTimeouts timeouts(int attempt, int first_byte, int idle) {
  AttemptTimeouts t;
  t.attempt = milliseconds(attempt);
  t.first_byte = milliseconds(first_byte);
  t.stream_idle = milliseconds(idle);
  return t;
}

TEST(AttemptClock, AStreamWaitsForItsFirstByteNoLongerThanTheFirstByteTimeout) {
  AttemptClock c("'p' (model 'm')", timeouts(10'000, 500, 200), t0 + milliseconds(60'000), true,
                 t0);
  EXPECT_EQ(c.next(t0), t0 + milliseconds(500));
  EXPECT_EQ(c.last_bound(), Bound::first_byte);
  // Still measured from the start, however many reads it takes.
  EXPECT_EQ(c.next(t0 + milliseconds(300)), t0 + milliseconds(500));
  const core::Error e = c.timeout_error();
  EXPECT_EQ(e.status, 504);
  EXPECT_EQ(e.code, "upstream_first_byte_timeout");
  EXPECT_NE(e.message.find("first_byte_timeout_ms (500 ms)"), std::string::npos) << e.message;
  EXPECT_NE(e.message.find("'p' (model 'm')"), std::string::npos) << e.message;
  EXPECT_TRUE(e.retryable);
}

TEST(AttemptClock, OnceStartedEachGapIsBoundedByTheIdleTimeout) {
  AttemptClock c("x", timeouts(10'000, 500, 200), t0 + milliseconds(60'000), true, t0);
  c.got_bytes();
  EXPECT_EQ(c.next(t0 + milliseconds(1000)), t0 + milliseconds(1200));
  EXPECT_EQ(c.last_bound(), Bound::idle);
  EXPECT_EQ(c.timeout_error().code, "upstream_idle_timeout");
  EXPECT_NE(c.timeout_error().message.find("stream_idle_timeout_ms (200 ms)"), std::string::npos);
}

TEST(AttemptClock, BytesThatKeepComingNeverPushPastTheAttemptOrTheRequest) {
  AttemptClock c("x", timeouts(3'000, 500, 200), t0 + milliseconds(60'000), true, t0);
  c.got_bytes();
  // A trickle: a byte every 100 ms keeps the idle clock happy, not the attempt's.
  EXPECT_EQ(c.next(t0 + milliseconds(2'900)), t0 + milliseconds(3'000));
  EXPECT_EQ(c.last_bound(), Bound::attempt);
  EXPECT_EQ(c.next(t0 + milliseconds(5'000)), t0 + milliseconds(3'000));  // already past
  EXPECT_EQ(c.timeout_error().code, "upstream_timeout");
  EXPECT_NE(c.timeout_error().message.find("timeout_ms (3000 ms)"), std::string::npos);

  AttemptClock r("x", timeouts(120'000, 500, 200), t0 + milliseconds(1'000), true, t0);
  r.got_bytes();
  EXPECT_EQ(r.next(t0 + milliseconds(950)), t0 + milliseconds(1'000));
  EXPECT_EQ(r.last_bound(), Bound::request);
  EXPECT_EQ(r.attempt_end(), t0 + milliseconds(1'000));
  EXPECT_NE(r.timeout_error().message.find("server.request_timeout_ms"), std::string::npos);
}

TEST(AttemptClock, ANonStreamedAnswerHasOnlyTheAttemptAndRequestClocks) {
  AttemptClock c("x", timeouts(3'000, 500, 200), t0 + milliseconds(60'000), false, t0);
  EXPECT_EQ(c.next(t0), t0 + milliseconds(3'000));
  EXPECT_EQ(c.last_bound(), Bound::attempt);
}

TEST(AttemptClock, ATieNamesTheWiderClock) {
  AttemptClock c("x", timeouts(1'000, 1'000, 200), t0 + milliseconds(1'000), true, t0);
  EXPECT_EQ(c.next(t0), t0 + milliseconds(1'000));
  EXPECT_EQ(c.last_bound(), Bound::request);
}

}  // namespace
}  // namespace switchyard::providers
