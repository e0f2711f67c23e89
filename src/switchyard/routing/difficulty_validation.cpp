#include "switchyard/routing/difficulty_validation.hpp"

#include <algorithm>
#include <cmath>

namespace switchyard::routing {

SubjectValidation validate_by_subject(const OutcomeSet& data, int folds,
                                      const TrainOptions& options) {
  SubjectValidation v;
  const std::size_t k = static_cast<std::size_t>(
      std::clamp<int>(folds, 2, static_cast<int>(std::max<std::size_t>(data.subjects.size(), 2))));
  // data.subjects is sorted by name; subject s goes to fold s % k.
  std::vector<double> scored(data.rows.size(), 0.0);
  double sum = 0;
  v.min_fold_apgr = 1e9;
  v.max_fold_apgr = -1e9;
  for (std::size_t fold = 0; fold < k; ++fold) {
    std::vector<std::size_t> train, test;
    for (std::size_t r = 0; r < data.rows.size(); ++r)
      (static_cast<std::size_t>(data.rows[r].subject) % k == fold ? test : train).push_back(r);
    if (test.empty() || train.empty()) continue;
    const DifficultyModel model = train_difficulty_model(data, train, options);
    FoldResult result;
    for (std::size_t s = fold; s < data.subjects.size(); s += k)
      result.subjects.push_back(data.subjects[s]);
    std::vector<double> difficulty;
    std::vector<Outcome> rows;
    for (std::size_t r : test) {
      scored[r] = 1.0 - model.weak_success(outcome_features(data.rows[r]));
      difficulty.push_back(scored[r]);
      rows.push_back(data.rows[r]);
    }
    result.evaluation = evaluate_router(difficulty, rows);
    sum += result.evaluation.apgr;
    v.min_fold_apgr = std::min(v.min_fold_apgr, result.evaluation.apgr);
    v.max_fold_apgr = std::max(v.max_fold_apgr, result.evaluation.apgr);
    v.folds.push_back(std::move(result));
  }
  v.mean_fold_apgr = v.folds.empty() ? 0 : sum / static_cast<double>(v.folds.size());
  v.pooled = evaluate_router(scored, data.rows);
  return v;
}

}  // namespace switchyard::routing
