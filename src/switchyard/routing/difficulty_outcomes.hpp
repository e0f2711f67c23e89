// Outcome data the difficulty router learns from and is measured on: per
// prompt, whether the weak (local) and the strong (cloud) model answered it
// well. Read from a directory of CSV files in the format of RouteLLM's MMLU
// responses: a `prompt` column and one True/False column per model. Each file
// is one subject (its name without `.csv`), which validation keeps whole on
// one side of a train/test split.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "switchyard/routing/difficulty_features.hpp"

namespace switchyard::routing {

struct Outcome {
  std::string prompt;
  bool weak_ok = false;
  bool strong_ok = false;
  int subject = 0;  // index into OutcomeSet::subjects
  // The prompt's features when they come without the prompt (the gateway's
  // ledger keeps them, never the text: cli/ledger_outcomes.hpp); unset,
  // they are computed from `prompt`.
  std::optional<FeatureVector> features;
};

// The row's features: as given, else those of its prompt.
inline FeatureVector outcome_features(const Outcome& row) {
  return row.features ? *row.features : prompt_features(row.prompt);
}

struct OutcomeSet {
  std::vector<Outcome> rows;
  std::vector<std::string> subjects;  // file stems, sorted
  std::string weak_model, strong_model;
};

struct OutcomeColumns {
  std::string prompt = "prompt";
  // Empty: chosen from the data. With two model columns the one answering
  // fewer prompts well is the weak model, the other the strong one; with more
  // columns both must be named.
  std::string weak, strong;
};

struct OutcomeLoad {
  OutcomeSet set;
  std::string error;  // empty on success; else file (and line) and what to fix
  bool ok() const { return error.empty(); }
};

// Reads every `*.csv` in `dir` (or the one file `dir` names). Cells of the
// model columns must be True or False (any case, or 1/0).
OutcomeLoad load_outcomes(const std::string& dir, const OutcomeColumns& columns = {});

}  // namespace switchyard::routing
