#include "switchyard/routing/difficulty_evaluation.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace switchyard::routing {
namespace {

Outcome row(bool weak_ok, bool strong_ok) {
  return {"", weak_ok, strong_ok, 0};
}

// Two prompts only the strong model answers, two both answer:
// weak accuracy 0.5, strong 1.0.
std::vector<Outcome> two_gains() {
  return {row(false, true), row(false, true), row(true, true), row(true, true)};
}

TEST(DifficultyEvaluationTest, EndsAreTheWeakAndTheStrongModelAlone) {
  const auto rows = two_gains();
  const std::vector<double> d = {0.3, 0.9, 0.1, 0.5};
  const RouterEvaluation e = evaluate_router(d, rows);
  EXPECT_DOUBLE_EQ(e.weak_accuracy, 0.5);
  EXPECT_DOUBLE_EQ(e.strong_accuracy, 1.0);
  // No strong calls: the weak model's accuracy, PGR 0; all: the strong one's, PGR 1.
  EXPECT_DOUBLE_EQ(e.accuracy_at(0.0), 0.5);
  EXPECT_DOUBLE_EQ(e.accuracy_at(1.0), 1.0);
}

TEST(DifficultyEvaluationTest, AConstantScoreIsTheRandomRouter) {
  const auto rows = two_gains();
  const std::vector<double> d(4, 0.42);
  const RouterEvaluation e = evaluate_router(d, rows);
  EXPECT_DOUBLE_EQ(e.apgr, 0.5);
  EXPECT_DOUBLE_EQ(e.accuracy_at(0.5), 0.75);  // half the tied group, in expectation
  ASSERT_TRUE(e.share_for_half_gap && e.share_for_80_gap);
  EXPECT_DOUBLE_EQ(*e.share_for_half_gap, 0.5);
  EXPECT_NEAR(*e.share_for_80_gap, 0.8, 1e-12);
}

TEST(DifficultyEvaluationTest, PerfectAndWorstOrderings) {
  const auto rows = two_gains();
  // The two gains first: the gap is closed by 50 % strong calls.
  const RouterEvaluation best = evaluate_router(std::vector<double>{1, 1, 0, 0}, rows);
  EXPECT_DOUBLE_EQ(best.apgr, 0.75);  // 0.5 * 1/2 + 0.5 * 1
  EXPECT_DOUBLE_EQ(*best.share_for_half_gap, 0.25);
  EXPECT_DOUBLE_EQ(*best.share_for_80_gap, 0.4);
  // The gains last: nothing recovered until half the calls go strong.
  const RouterEvaluation worst = evaluate_router(std::vector<double>{0, 0, 1, 1}, rows);
  EXPECT_DOUBLE_EQ(worst.apgr, 0.25);
  EXPECT_DOUBLE_EQ(*worst.share_for_half_gap, 0.75);
}

TEST(DifficultyEvaluationTest, AnOracleThatAvoidsTheStrongModelsMistakesScoresOverOne) {
  // weak 2/4, strong 3/4 (gap 0.25); one prompt only the weak model answers.
  const std::vector<Outcome> rows = {row(false, true), row(true, false), row(true, true),
                                     row(false, true)};
  const RouterEvaluation e = evaluate_router(std::vector<double>{1, 0, 0.5, 1}, rows);
  // Curve: (0, .5) (.5, 1) (.75, 1) (1, .75); PGR 0, 2, 2, 1.
  EXPECT_DOUBLE_EQ(e.apgr, 1.375);
  EXPECT_DOUBLE_EQ(*e.share_for_half_gap, 0.125);
  EXPECT_DOUBLE_EQ(*e.share_for_80_gap, 0.2);
}

TEST(DifficultyEvaluationTest, NoGapHasNoApgr) {
  const std::vector<Outcome> rows = {row(true, true), row(false, false)};
  const RouterEvaluation e = evaluate_router(std::vector<double>{0.1, 0.2}, rows);
  EXPECT_TRUE(std::isnan(e.apgr));
  EXPECT_FALSE(e.share_for_half_gap);
}

TEST(DifficultyCalibrationTest, ThresholdSendsTheAskedShareStrong) {
  const auto rows = two_gains();
  const std::vector<double> d = {0.9, 0.8, 0.3, 0.1};
  Calibration c = calibrate_threshold(d, rows, 0.5);
  EXPECT_DOUBLE_EQ(c.threshold, 0.55);
  EXPECT_DOUBLE_EQ(c.strong_share, 0.5);
  EXPECT_DOUBLE_EQ(c.accuracy, 1.0);
  c = calibrate_threshold(d, rows, 0.0);
  EXPECT_DOUBLE_EQ(c.strong_share, 0.0);
  EXPECT_DOUBLE_EQ(c.accuracy, 0.5);
  c = calibrate_threshold(d, rows, 1.0);
  EXPECT_DOUBLE_EQ(c.strong_share, 1.0);
  c = calibrate_threshold(d, rows, 0.3);  // rounds to the nearest whole prompt: 1 of 4
  EXPECT_DOUBLE_EQ(c.threshold, 0.85);
  EXPECT_DOUBLE_EQ(c.strong_share, 0.25);
}

TEST(DifficultyCalibrationTest, TiesGoToTheNearerSideOfTheGroup) {
  const auto rows = two_gains();
  // Asking 2 of 4 inside a tie of 3: all three (3) is nearer than none (0).
  const Calibration c = calibrate_threshold(std::vector<double>{0.5, 0.5, 0.5, 0.1}, rows, 0.5);
  EXPECT_DOUBLE_EQ(c.threshold, 0.3);
  EXPECT_DOUBLE_EQ(c.strong_share, 0.75);
  // 1 of 4: none of the tie is nearer.
  const Calibration d = calibrate_threshold(std::vector<double>{0.5, 0.5, 0.5, 0.1}, rows, 0.25);
  EXPECT_DOUBLE_EQ(d.strong_share, 0.0);
}

}  // namespace
}  // namespace switchyard::routing
