// Learning a difficulty model from outcomes: L2-regularised logistic
// regression by Newton's method (a few dozen features, so the exact Hessian
// is cheap and the fit does not depend on a learning rate).
//
// What it learns is whether the weak model's answer is good enough. Two
// readings of an outcome row:
//   weak_correct  the weak answer is right — the default: it held up best
//                 when validated by subject (docs/BENCHMARKS.md, "Difficulty
//                 router"), the label being less noisy than the next one;
//   weak_enough   the weak answer is right, or the strong one is wrong too
//                 (calling the strong model would not have helped).
// Rows weigh the same by default; `balance_subjects` weighs each subject
// (file) the same in total instead (professional law is a fifth of the dev
// rows), which validated slightly worse. The L2 penalty is strong on purpose:
// what generalises to unseen subjects is a few broad shapes (length, digits,
// notation), not fine weights.
//
// Then, with the label weak_correct, the gain map (difficulty_model.hpp): a
// three-coefficient logistic fit of "strong right, weak wrong" on the first
// stage's logit of failure and its square, over the same rows. It turns
// "how likely the weak model fails" into "how likely calling the strong one
// helps", which ranks the prompts too hard for both below the merely hard;
// it validated better by subject (docs/BENCHMARKS.md). It is skipped when
// the outcomes never show the strong model wrong (the gateway's own
// outcomes, say): then there is nothing to learn about it.
#pragma once

#include <string>
#include <vector>

#include "switchyard/routing/difficulty_model.hpp"
#include "switchyard/routing/difficulty_outcomes.hpp"

namespace switchyard::routing {

struct TrainOptions {
  std::string label = "weak_correct";  // or "weak_enough"
  double l2 = 1000.0;                  // penalty on the squared weights (the loss sums over rows)
  bool balance_subjects = false;       // each subject weighs the same in total
  bool gain_map = true;                // learn the gain map (label weak_correct only)
  int max_iterations = 50;
  // The features to use, by name (difficulty_features.hpp); empty: all.
  std::vector<std::string> features;
};

// Whether a row counts as "weak good enough" under `label`.
bool weak_good_enough(const Outcome& row, const std::string& label);

// Trains on the rows of `data` listed in `rows` (all rows when empty).
DifficultyModel train_difficulty_model(const OutcomeSet& data, const std::vector<std::size_t>& rows,
                                       const TrainOptions& options);

}  // namespace switchyard::routing
