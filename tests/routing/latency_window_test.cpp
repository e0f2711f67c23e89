// The recent-p95 estimate: bins, the percentile over what was recorded,
// samples leaving the window as time passes (time is passed in, so nothing
// here waits), and no estimate from too few samples.
#include "switchyard/routing/latency_window.hpp"

#include <gtest/gtest.h>

#include <thread>
#include <vector>

namespace switchyard::routing {
namespace {

using std::chrono::milliseconds;

const core::Clock::time_point kT0 = core::Clock::time_point(std::chrono::hours(1000));

TEST(LatencyWindow, BinsAreExactBelow8msThenFourPerDoubling) {
  for (int ms = 0; ms < 8; ++ms)
    EXPECT_EQ(LatencyWindow::lower_edge(LatencyWindow::bin_of(ms)), ms);
  EXPECT_EQ(LatencyWindow::lower_edge(LatencyWindow::bin_of(1000)), 896);
  EXPECT_EQ(LatencyWindow::lower_edge(LatencyWindow::bin_of(1024)), 1024);
  EXPECT_EQ(LatencyWindow::lower_edge(LatencyWindow::bin_of(1300)), 1280);
  int last = -1;
  for (std::int64_t ms = 0; ms < 200'000; ms += 7) {
    const int b = LatencyWindow::bin_of(ms);
    EXPECT_GE(b, last);
    EXPECT_LT(b, LatencyWindow::kBins);
    EXPECT_LE(LatencyWindow::lower_edge(b), ms);
    last = b;
  }
}

TEST(LatencyWindow, NoEstimateFromTooFewSamples) {
  LatencyWindow w(milliseconds(1000));
  for (std::uint64_t i = 0; i + 1 < LatencyWindow::kMinSamples; ++i)
    w.record(milliseconds(5000), kT0);
  EXPECT_EQ(w.p95(kT0), milliseconds(0));
  w.record(milliseconds(5000), kT0);
  EXPECT_GE(w.p95(kT0), milliseconds(4096));
}

TEST(LatencyWindow, P95OfAKnownMix) {
  LatencyWindow w(milliseconds(1000));
  for (int i = 0; i < 95; ++i) w.record(milliseconds(10), kT0);
  for (int i = 0; i < 5; ++i) w.record(milliseconds(900), kT0);
  EXPECT_EQ(w.p95(kT0), milliseconds(10));  // the 95th of 100 is still a fast one
  for (int i = 0; i < 5; ++i) w.record(milliseconds(900), kT0);
  EXPECT_EQ(w.p95(kT0), milliseconds(896));  // 10 of 105 are slow
  EXPECT_EQ(w.samples(kT0), 105u);
}

TEST(LatencyWindow, SamplesLeaveTheWindowAsTimePasses) {
  LatencyWindow w(milliseconds(800));  // 8 slices of 100 ms
  for (int i = 0; i < 10; ++i) w.record(milliseconds(500), kT0);
  EXPECT_EQ(w.samples(kT0 + milliseconds(650)), 10u);
  EXPECT_GE(w.p95(kT0 + milliseconds(650)), milliseconds(448));
  EXPECT_EQ(w.samples(kT0 + milliseconds(900)), 0u);
  EXPECT_EQ(w.p95(kT0 + milliseconds(900)), milliseconds(0));
  // The slice is reused for new samples, the old ones cleared first.
  for (int i = 0; i < 10; ++i) w.record(milliseconds(20), kT0 + milliseconds(800));
  EXPECT_EQ(w.samples(kT0 + milliseconds(800)), 10u);
  EXPECT_EQ(w.p95(kT0 + milliseconds(800)), milliseconds(20));
}

TEST(LatencyWindow, ManyThreadsRecordWithoutLosingSamplesInOneSlice) {
  LatencyWindow w(milliseconds(8000));
  w.record(milliseconds(1), kT0);  // the slice is current before the threads start
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&w] {
      for (int i = 0; i < 10'000; ++i) w.record(milliseconds(i % 100), kT0);
    });
  for (auto& t : threads) t.join();
  EXPECT_EQ(w.samples(kT0), 40'001u);
}

}  // namespace
}  // namespace switchyard::routing
