// The spill order: nothing over its limits keeps the order; candidates over
// them go last; all of them over: the request is held.
#include "switchyard/routing/spill_order.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace switchyard::routing {
namespace {

const core::Clock::time_point kT0 = core::Clock::time_point(std::chrono::hours(1000));

class SpillOrderTest : public ::testing::Test {
 protected:
  LoadLimits limits{.queue_depth = 4, .p95 = std::chrono::milliseconds(0), .resume_below = 0.8};
  int depth_a = 0;
  int depth_b = 0;
  LoadMonitor a{limits, [this] { return depth_a; }, nullptr};
  LoadMonitor b{limits, [this] { return depth_b; }, nullptr};
};

TEST_F(SpillOrderTest, NothingOverItsLimitsKeepsTheOrder) {
  std::vector<SpillCandidate> c = {{"a", &a}, {"cloud", nullptr}};
  SpillOrder o = order_for_load(c, kT0);
  EXPECT_EQ(o.order, (std::vector<std::size_t>{0, 1}));
  EXPECT_FALSE(o.reordered);
  EXPECT_FALSE(o.hold);
}

TEST_F(SpillOrderTest, ALocalOverItsLimitsGoesLastAndSaysWhy) {
  depth_a = 4;
  std::vector<SpillCandidate> c = {{"a", &a}, {"cloud-1", nullptr}, {"cloud-2", nullptr}};
  SpillOrder o = order_for_load(c, kT0);
  EXPECT_EQ(o.order, (std::vector<std::size_t>{1, 2, 0}));
  EXPECT_TRUE(o.reordered);
  EXPECT_FALSE(o.hold);
  EXPECT_EQ(o.why[0], "queue depth 4 (limit 4)");
  EXPECT_EQ(o.why[1], "");
}

TEST_F(SpillOrderTest, AnotherLocalUnderItsLimitsTakesTheLoad) {
  depth_a = 5;
  std::vector<SpillCandidate> c = {{"a", &a}, {"b", &b}};
  SpillOrder o = order_for_load(c, kT0);
  EXPECT_EQ(o.order, (std::vector<std::size_t>{1, 0}));
}

TEST_F(SpillOrderTest, EveryCandidateOverItsLimitsHoldsTheRequest) {
  depth_a = 4;
  depth_b = 9;
  std::vector<SpillCandidate> c = {{"a", &a}, {"b", &b}};
  SpillOrder o = order_for_load(c, kT0);
  EXPECT_TRUE(o.hold);
  EXPECT_FALSE(o.reordered);
  EXPECT_EQ(o.order, (std::vector<std::size_t>{0, 1}));
  // Back under the resume level: no longer held.
  depth_a = 3;
  o = order_for_load(c, kT0);
  EXPECT_FALSE(o.hold);
  EXPECT_EQ(o.order, (std::vector<std::size_t>{0, 1}));
}

TEST_F(SpillOrderTest, NoCandidatesNoHold) {
  SpillOrder o = order_for_load({}, kT0);
  EXPECT_FALSE(o.hold);
  EXPECT_TRUE(o.order.empty());
}

}  // namespace
}  // namespace switchyard::routing
