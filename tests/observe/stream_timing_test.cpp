#include "switchyard/observe/stream_timing.hpp"

#include <gtest/gtest.h>

namespace switchyard::observe {
namespace {

using std::chrono::milliseconds;

TEST(StreamTimingTest, TheFirstChunkStartsTheClockAndEachNextOneIsAGap) {
  StreamTiming t;
  EXPECT_FALSE(t.started());
  const auto t0 = StreamTiming::Clock::time_point{} + std::chrono::seconds(100);
  t.chunk(t0);
  EXPECT_TRUE(t.started());
  EXPECT_EQ(t.first, t0);
  t.chunk(t0 + milliseconds(3));     // 0.003: the 0.005 bucket (index 3)
  t.chunk(t0 + milliseconds(4));     // 0.001: the 0.001 bucket (index 1)
  t.chunk(t0 + milliseconds(6004));  // 6 s: past the last bound
  EXPECT_EQ(t.chunks, 4u);
  EXPECT_EQ(t.gaps[3], 1u);
  EXPECT_EQ(t.gaps[1], 1u);
  EXPECT_EQ(t.gaps[kChunkGapBounds.size()], 1u);
  EXPECT_EQ(t.gap_sum, milliseconds(6004));
  EXPECT_EQ(t.last, t0 + milliseconds(6004));
}

}  // namespace
}  // namespace switchyard::observe
