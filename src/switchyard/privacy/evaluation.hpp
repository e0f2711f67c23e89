// Scores a Detector against labelled text (the presidio-research format:
// records with `full_text` and `spans` of entity_type / start / end).
//
// Matching is by span overlap within one entity type: a labelled span is
// found if a finding of its type overlaps it; a finding is correct if it
// overlaps a labelled span of its type. Apart from that, each entity's
// labelled letters and digits are counted with those a finding of any type
// covers (what redaction masks), so a name found in part shows. Label names are mapped onto ours
// (STREET_ADDRESS -> ADDRESS, GPE -> LOCATION); URL findings are scored as
// DOMAIN_NAME because the labels mark whole URLs that way. Labels we have no
// detector for (ORGANIZATION, TITLE, ...) are reported but left out of the
// totals, as are findings of types the data never labels.
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "switchyard/privacy/detector.hpp"

namespace switchyard::privacy {

struct LabelledSpan {
  std::string entity;     // as labelled, e.g. "STREET_ADDRESS"
  std::size_t start = 0;  // bytes
  std::size_t end = 0;
};

struct LabelledText {
  std::string text;
  std::vector<LabelledSpan> spans;
  std::string locale;  // the record's `locale` field, if it has one (the generator writes it)
};

// Byte offset of the code point with the given index in UTF-8 text (Python
// string offsets count code points); clamps to the text's size.
std::size_t byte_offset_of_code_point(std::string_view utf8, std::size_t code_point_index);

struct EntityScore {
  std::size_t labelled = 0;  // spans in the data
  std::size_t found = 0;     // of those, overlapped by a finding of the type
  std::size_t reported = 0;  // findings
  std::size_t correct = 0;   // of those, overlapping a labelled span of the type
  bool scored = true;        // counted in the totals
  // Letters and digits inside labelled spans, and of those the ones inside
  // a finding of any type: what redaction masks. A name found as "John" of
  // "John Smith" counts as found above but leaves "Smith" unmasked here.
  std::size_t labelled_chars = 0;
  std::size_t masked_chars = 0;

  double precision() const { return reported ? double(correct) / double(reported) : 0; }
  double recall() const { return labelled ? double(found) / double(labelled) : 0; }
  // F-beta with beta = 2: recall weighs four times as much as precision,
  // since a missed SSN costs more than a redacted word.
  double f2() const;
  double masked() const {
    return labelled_chars ? double(masked_chars) / double(labelled_chars) : 0;
  }
};

// A labelled span no finding overlapped, or a finding no label overlapped,
// or a labelled span found but not masked whole (partial).
struct EvaluationMistake {
  std::size_t record = 0;
  std::string entity;
  bool missed = false;  // true: a labelled span; false: a wrong finding
  std::size_t start = 0, end = 0;
  bool partial = false;  // a labelled span found, with letters or digits no finding masks
};

struct EvaluationReport {
  std::map<std::string, EntityScore> entities;  // by our entity name
  EntityScore total;
  std::size_t records = 0;
  std::vector<EvaluationMistake> mistakes;
  // Wrong findings by their type and by the label they overlap instead
  // ("" when they overlap none): `wrong["PERSON"]["LOCATION"]` counts
  // PERSON findings on places. Figures only, no text.
  std::map<std::string, std::map<std::string, std::size_t>> wrong;
};

// The name a label is scored under: ours where we know it, else as given.
std::string scored_entity_name(std::string_view label);

EvaluationReport evaluate(const Detector& detector, const std::vector<LabelledText>& data);

// The figures of all records and of each group of records with the same
// key, from one scan per record: `groups[key]` is what evaluate() gives for
// those records alone (its mistakes' `record` indexes into `data`, as the
// total's do).
struct GroupedEvaluation {
  EvaluationReport total;
  std::map<std::string, EvaluationReport> groups;
};
GroupedEvaluation evaluate_grouped(const Detector& detector, const std::vector<LabelledText>& data,
                                   const std::function<std::string(const LabelledText&)>& group_of);

}  // namespace switchyard::privacy
