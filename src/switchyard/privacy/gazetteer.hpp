// Word lists behind the PERSON, LOCATION and ADDRESS detectors: compiled-in
// lists of given names, countries, regions, large cities and street words,
// plus the system dictionary (Debian's wamerican), which tells ordinary
// English words ("Wisdom", "Please") from proper nouns ("Tamara", "Kent").
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace switchyard::privacy {

class Gazetteer {
 public:
  // Reads the dictionary files that exist; the compiled-in lists need none.
  explicit Gazetteer(const std::vector<std::string>& dictionary_files);

  // All lookups take a word in any case.
  bool is_given_name(std::string_view word) const;
  bool is_place(std::string_view word_or_phrase) const;  // country, region, city
  bool is_street_word(std::string_view word) const;      // "Street", "Rd", "Rue"
  bool has_street_ending(std::string_view word) const;   // "Genterstrasse", "Holmevej"
  bool is_unit_word(std::string_view word) const;        // "Apt", "Suite", "Unit"
  bool is_title(std::string_view word) const;            // "Mr", "Dr", "Mrs"
  // An English word written in lower case in the dictionary ("will", "mark").
  bool is_common_word(std::string_view word) const;
  // A capitalised dictionary entry with no lower-case twin ("Judy", "Kiel").
  bool is_proper_noun(std::string_view word) const;
  bool has_dictionary() const { return !common_.empty(); }

 private:
  std::unordered_set<std::string> common_, proper_;
};

// Lower-cases ASCII letters; other bytes are kept.
std::string lower_ascii(std::string_view s);

}  // namespace switchyard::privacy
