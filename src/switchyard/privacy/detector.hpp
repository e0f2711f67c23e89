// Finds personal and secret data in text.
//
//   privacy::DetectorConfig config;                  // every entity on, threshold 0.5
//   config[privacy::EntityType::url].enabled = false;
//   privacy::Detector detector(config);              // compiles once; share it
//   for (const auto& f : detector.scan(prompt)) ...  // any thread, concurrently
//
// How: one Hyperscan pass runs every pattern over the text; each match is
// confirmed by its rule (checksums, numbering rules, word boundaries) and then
// scored with the context words around it. Names, places and street
// addresses come from a second, gazetteer-driven pass over capitalised words.
// Findings never overlap: where two would, the higher score wins, then the
// longer span. See docs/privacy.md for what each detector can and cannot do.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "switchyard/privacy/detector_config.hpp"
#include "switchyard/privacy/finding.hpp"

namespace switchyard::privacy {

class Detector {
 public:
  // What a text is: prose people write, or machine text (ids, enum values,
  // keys, JSON, schemas), where a word in lower case is an identifier rather
  // than a name written carelessly ("trace": "abc" is not a person).
  enum class TextKind { prose, machine };

  // Throws std::runtime_error if the patterns cannot be compiled (a bug, not
  // a configuration problem: the patterns are fixed).
  explicit Detector(DetectorConfig config = {});

  // Findings ordered by start offset. Thread-safe; allocates per call only
  // for its result.
  std::vector<Finding> scan(std::string_view text) const { return scan(text, TextKind::prose); }
  std::vector<Finding> scan(std::string_view text, TextKind kind) const;

  // The findings of scan(text) when its patterns find anything (the names
  // it finds then included, since they can claim a pattern's bytes), none
  // otherwise: for a caller that keeps only what the patterns find, without
  // the word pass over text where it cannot change that.
  std::vector<Finding> scan_for_patterns(std::string_view text) const;

  const DetectorConfig& config() const;

 private:
  struct State;
  std::vector<Finding> scan(std::string_view text, TextKind kind, bool only_if_patterns_find) const;
  // scan() of a text with nothing to fold (folded_text.hpp).
  std::vector<Finding> scan_as_written(std::string_view text, TextKind kind,
                                       bool only_if_patterns_find) const;
  std::shared_ptr<const State> state_;
};

}  // namespace switchyard::privacy
