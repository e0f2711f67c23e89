// The difficulty router's model: how likely the weak (local) model's answer
// to a prompt is good enough, from the prompt's features
// (difficulty_features.hpp). A logistic regression over standardised,
// range-clipped features: each feature is clipped to the range it had in
// training (a prompt unlike any seen cannot push the score to an extreme),
// centred and scaled, then weighed; the sum through the logistic function is
// P(weak right), and a second stage, the gain map (below), turns it into the
// probability that calling the strong model helps. The difficulty the
// routing rules use is that probability: one minus the weak answer's being
// good enough.
//
// The model is a small text file, written by `switchyard router train` and
// read when the gateway starts (docs/routing.md):
//
//   switchyard-difficulty-model 1          format and its version
//   weak <column>                          the outcome columns it learned from
//   strong <column>
//   label weak_correct                     what "good enough" meant in training
//   kind logistic
//   bias <b>
//   feature <name> <lo> <hi> <mean> <scale> <weight>    one line per feature
//   gain <a> <b> <c>                       optional: the gain map (below)
//   threshold <t> <strong share>           optional: difficulty over which to
//                                          call the strong model (calibrate)
//   end
//
// The gain map is a second stage, learned after the logistic one: with z the
// logit of the weak model failing (minus the logistic sum), the difficulty is
// sigma(a + b z + c z^2), the probability that the strong model answers
// right where the weak one does not — what calling it gains. Errors of two
// models go together: the prompts the weak model is surest to fail are often
// too hard for the strong one as well, so the gain peaks short of the
// hardest prompts (c < 0) and they rank below the merely hard. Without the
// line (models before it), the difficulty is 1 - P(weak right).
//
// Lines starting with '#' are comments; fields are separated by spaces;
// numbers are decimal. A reader refuses a newer version, an unknown feature
// (this build would compute something else), a missing or doubled line and a
// file cut short before `end`, each with the line and what to fix.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "switchyard/core/chat.hpp"
#include "switchyard/routing/difficulty_features.hpp"

namespace switchyard::routing {

inline constexpr int kDifficultyModelVersion = 1;

struct DifficultyTerm {
  std::size_t feature = 0;  // index into FeatureVector
  double lo = 0, hi = 0;    // clip range
  double mean = 0, scale = 1;
  double weight = 0;
};

// The gain map's coefficients (see above).
struct DifficultyGainMap {
  double a = 0, b = 0, c = 0;
};

struct DifficultyThreshold {
  double difficulty = 0.5;  // call the strong model when difficulty is over this
  double strong_share = 0;  // the share of calls it sent strong on its calibration data
};

class DifficultyModel {
 public:
  std::string weak_model, strong_model;
  std::string label = "weak_correct";
  double bias = 0;
  std::vector<DifficultyTerm> terms;
  std::optional<DifficultyGainMap> gain;
  std::optional<DifficultyThreshold> threshold;

  // The logistic stage's sum: the logit of P(weak right).
  double logit(const FeatureVector& f) const;
  // P(the weak model's answer is good enough), in (0, 1): P(weak right), or
  // with a gain map 1 - P(strong right and weak wrong) (calling the strong
  // model would not have helped).
  double weak_success(const FeatureVector& f) const;
  double weak_success(std::string_view prompt) const {
    return weak_success(prompt_features(prompt));
  }
  // 1 - weak_success: the `difficulty` fact of the routing rules.
  double difficulty(std::string_view prompt) const { return 1.0 - weak_success(prompt); }
  // The difficulty of a request's prompt: the text of its last user message
  // (a conversation's earlier turns and the instructions do not make the
  // question harder). A request without one scores as an empty prompt.
  double difficulty(const core::ChatRequest& request) const;

  // The highest difficulty any prompt can score: the features are clipped
  // to their training ranges, so the logistic sum is bounded, and with a
  // gain map the score peaks short of 1 (0.3 or so). A rule asking for more
  // can never match (load_difficulty says so).
  double highest_difficulty() const;

  // The file's text (see above); parse_difficulty_model reads it back exactly.
  std::string serialize() const;
};

// The features of a request's prompt as the difficulty model scores it: the
// text of its last user message (see DifficultyModel::difficulty).
FeatureVector request_features(const core::ChatRequest& request);

struct DifficultyModelLoad {
  std::optional<DifficultyModel> model;
  std::string error;  // "<source>:<line>: what is wrong and what to do"
  bool ok() const { return model.has_value(); }
};

// Reads a model from its text; `source` names it in errors.
DifficultyModelLoad parse_difficulty_model(std::string_view text, std::string_view source);
// Reads a model file.
DifficultyModelLoad load_difficulty_model(const std::string& path);
// Writes a model file (whole, through a temporary file and a rename); an
// error message, empty on success.
std::string save_difficulty_model(const DifficultyModel& model, const std::string& path);

}  // namespace switchyard::routing
