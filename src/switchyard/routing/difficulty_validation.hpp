// Validation by subject: the router must judge prompts of subjects it never
// saw, so no subject is ever split between training and testing. Subjects
// (sorted by name) are dealt into k folds in turn; each fold is scored by a
// model trained on the others. Row-level splits would let a model learn each
// subject's difficulty from its own rows and overstate what it can do.
#pragma once

#include <vector>

#include "switchyard/routing/difficulty_evaluation.hpp"
#include "switchyard/routing/difficulty_training.hpp"

namespace switchyard::routing {

struct FoldResult {
  std::vector<std::string> subjects;  // held out in this fold
  RouterEvaluation evaluation;        // on those subjects, by the model trained on the rest
};

struct SubjectValidation {
  std::vector<FoldResult> folds;
  // Every row scored by the model that did not see its subject, evaluated
  // together (the held-out subjects pooled, as a deployment would see them).
  RouterEvaluation pooled;
  double mean_fold_apgr = 0;
  double min_fold_apgr = 0, max_fold_apgr = 0;
};

// k folds over the subjects of `data` (2 <= k <= number of subjects).
SubjectValidation validate_by_subject(const OutcomeSet& data, int folds,
                                      const TrainOptions& options);

}  // namespace switchyard::routing
