// How well a difficulty score routes: send the hardest prompts to the strong
// model, the rest to the weak one, and measure the accuracy that results for
// every share of strong calls.
//
// The curve is exact, not sampled: prompts sorted by difficulty, hardest
// first; prompts of equal difficulty are one group a threshold cannot split,
// so a share that falls inside a group gets the expected accuracy of a
// random pick within it (linear in the share). A constant score is therefore
// the random router, and its curve the straight line from weak to strong.
//
// APGR (average performance gap recovered) is the area under
//   PGR(share) = (accuracy(share) - weak accuracy) / (strong - weak accuracy)
// over shares 0..1: the weak model alone scores 0, the strong alone 1, a
// random router 0.5; a router that knows which prompts only the strong model
// answers can score over 1.
#pragma once

#include <optional>
#include <span>
#include <vector>

#include "switchyard/routing/difficulty_outcomes.hpp"

namespace switchyard::routing {

struct RoutingPoint {
  double strong_share = 0;  // share of prompts sent to the strong model
  double accuracy = 0;      // share answered well
};

struct RouterEvaluation {
  std::size_t prompts = 0;
  double weak_accuracy = 0, strong_accuracy = 0;
  double apgr = 0;  // NaN when the two models are equally accurate (no gap)
  // The smallest strong share recovering 50 % / 80 % of the gap; nullopt when
  // no share does (or there is no gap).
  std::optional<double> share_for_half_gap, share_for_80_gap;
  // The group boundaries of the exact curve, share 0 to 1.
  std::vector<RoutingPoint> curve;

  // The accuracy at a share (linear between the curve's points).
  double accuracy_at(double strong_share) const;
};

// `difficulty[i]` scores `rows[i]`; higher is harder.
RouterEvaluation evaluate_router(std::span<const double> difficulty, std::span<const Outcome> rows);

struct Calibration {
  double threshold = 0;     // call the strong model when difficulty > threshold
  double strong_share = 0;  // the share that threshold sends strong on the data
  double accuracy = 0;      // and the accuracy it gives there
};

// The threshold that sends (as near as ties allow) `strong_share` of the
// prompts to the strong model.
Calibration calibrate_threshold(std::span<const double> difficulty, std::span<const Outcome> rows,
                                double strong_share);

}  // namespace switchyard::routing
