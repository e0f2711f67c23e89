// Over the limits and back, with hysteresis: queue depth read live, the p95
// from a latency window (time passed in), each transition reported once.
#include "switchyard/routing/load_monitor.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace switchyard::routing {
namespace {

using std::chrono::milliseconds;

const core::Clock::time_point kT0 = core::Clock::time_point(std::chrono::hours(1000));

struct Transitions {
  std::vector<std::pair<bool, std::string>> seen;
  LoadMonitor::Observer observer() {
    return [this](bool spilling, const std::string& why) { seen.emplace_back(spilling, why); };
  }
};

TEST(LoadMonitor, QueueDepthAtTheLimitSpillsAndItReturnsBelowTheResumeLevel) {
  int depth = 0;
  Transitions t;
  LoadMonitor m(
      {.queue_depth = 10, .p95 = milliseconds(0), .resume_below = 0.8}, [&depth] { return depth; },
      nullptr, t.observer());
  depth = 9;
  EXPECT_FALSE(m.read(kT0).spilling);
  depth = 10;
  LoadReading r = m.read(kT0);
  EXPECT_TRUE(r.spilling);
  EXPECT_EQ(r.queue_depth, 10);
  EXPECT_EQ(r.why, "queue depth 10 (limit 10)");
  depth = 9;  // below the limit, not below 80% of it: still spilling
  EXPECT_TRUE(m.read(kT0).spilling);
  depth = 8;
  EXPECT_TRUE(m.read(kT0).spilling);
  depth = 7;
  EXPECT_FALSE(m.read(kT0).spilling);
  EXPECT_FALSE(m.spilling());
  depth = 9;  // under the limit again: stays back
  EXPECT_FALSE(m.read(kT0).spilling);
  ASSERT_EQ(t.seen.size(), 2u);
  EXPECT_TRUE(t.seen[0].first);
  EXPECT_FALSE(t.seen[1].first);
}

TEST(LoadMonitor, RecentP95OverTheLimitSpillsAndReturnsOnceTheSlowSamplesAge) {
  LatencyWindow w(milliseconds(800));
  Transitions t;
  LoadMonitor m({.queue_depth = 0, .p95 = milliseconds(200), .resume_below = 0.8}, nullptr, &w,
                t.observer());
  for (int i = 0; i < 20; ++i) w.record(milliseconds(50), kT0);
  EXPECT_FALSE(m.read(kT0).spilling);
  for (int i = 0; i < 5; ++i) w.record(milliseconds(600), kT0);
  // The p95 is cached for kLatencyRefresh: the next read after it sees the change.
  auto later = kT0 + LoadMonitor::kLatencyRefresh;
  LoadReading r = m.read(later);
  EXPECT_TRUE(r.spilling);
  EXPECT_EQ(r.why, "p95 512 ms (limit 200 ms)");
  // Faster samples alone do not bring it back while the slow ones are in the window.
  for (int i = 0; i < 10; ++i) w.record(milliseconds(50), later);
  EXPECT_TRUE(m.read(later + LoadMonitor::kLatencyRefresh).spilling);
  // Once they have left the window, it is back.
  EXPECT_FALSE(m.read(kT0 + milliseconds(900)).spilling);
  ASSERT_EQ(t.seen.size(), 2u);
}

TEST(LoadMonitor, EitherLimitKeepsItSpilling) {
  int depth = 10;
  LatencyWindow w(milliseconds(800));
  LoadMonitor m(
      {.queue_depth = 10, .p95 = milliseconds(100), .resume_below = 0.8},
      [&depth] { return depth; }, &w);
  EXPECT_TRUE(m.read(kT0).spilling);
  for (int i = 0; i < 10; ++i) w.record(milliseconds(300), kT0);
  depth = 0;
  LoadReading r = m.read(kT0 + LoadMonitor::kLatencyRefresh);
  EXPECT_TRUE(r.spilling);
  EXPECT_EQ(r.why, "p95 256 ms (limit 100 ms)");
  EXPECT_FALSE(m.read(kT0 + milliseconds(1000)).spilling);
}

}  // namespace
}  // namespace switchyard::routing
