// What the detector looks for and how sure it must be before it reports.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "switchyard/privacy/common_words.hpp"
#include "switchyard/privacy/entity_type.hpp"

namespace switchyard::privacy {

// The score of a PERSON candidate that no evidence vouches for (a capitalised
// word written like a name, with no known name, surname's shape or cue:
// name_finder.cpp). It is under the default threshold; a policy that keeps
// PERSON off the cloud reports from it (gateway/privacy_stage.cpp).
inline constexpr double kPersonCandidateScore = 0.4;

struct EntitySettings {
  bool enabled = true;
  // Findings scoring below this are dropped. Context words move a score up or
  // down, so a bare nine-digit number (score 0.3) becomes an SSN only next
  // to "SSN" or "social security".
  double threshold = 0.5;
  bool operator==(const EntitySettings&) const = default;
};

struct DetectorConfig {
  std::array<EntitySettings, kEntityTypeCount> entities{};

  // ISO 3166 regions whose national phone formats are recognised (numbers in
  // international format, +CC..., are recognised for every region).
  // Each region costs a libphonenumber parse for a number without context,
  // so the default list is short.
  std::vector<std::string> phone_regions = {"US", "GB", "DE", "FR", "NL",
                                            "IT", "ES", "CA", "AU", "IN"};

  // Plain word lists (one word a line, as Debian's wamerican installs) from
  // which the PERSON, LOCATION and ADDRESS detectors learn which words are
  // ordinary English and which capitalised words are proper nouns. A missing
  // file is skipped; the compiled-in gazetteers still apply.
  std::vector<std::string> dictionary_files = {"/usr/share/dict/american-english"};

  // Word lists of other languages (one word a line; an aspell dump's
  // "/flags" are cut off) whose words in small letters are common words:
  // a capitalised one ("Fantástico", "Zamówienie", "Заказ") is no evidence
  // of a person, though a known given name or surname still is, and so is a
  // title or a cue ("Sr. Moreno"). `capitalised_noun_files` are lists of a
  // language that capitalises its nouns (German): every entry counts. A
  // missing file is skipped. Read once per process, shared by detectors.
  std::vector<std::string> common_word_files = default_common_word_files();
  std::vector<std::string> capitalised_noun_files = default_capitalised_noun_files();

  bool operator==(const DetectorConfig&) const = default;

  EntitySettings& operator[](EntityType type) { return entities[index_of(type)]; }
  const EntitySettings& operator[](EntityType type) const { return entities[index_of(type)]; }
};

}  // namespace switchyard::privacy
