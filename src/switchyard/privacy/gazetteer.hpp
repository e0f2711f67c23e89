// Word lists behind the PERSON, LOCATION and ADDRESS detectors: compiled-in
// lists of given names, countries, regions, large cities and street words,
// plus the system dictionary (Debian's wamerican), which tells ordinary
// English words ("Wisdom", "Please") from proper nouns ("Tamara", "Kent").
//
// Every list lives in one open-addressing hash table keyed by the lower-case
// word, whose value is a set of flags: one lookup per word answers every
// question about it, hashing and comparing ASCII case-insensitively in place,
// without copying or allocating.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace switchyard::privacy {

// What a word (or place phrase) is; a word may be several things.
enum WordFlag : std::uint16_t {
  kCommonWord = 1 << 0,  // lower-case dictionary word ("will", "mark")
  kProperNoun = 1 << 1,  // capitalised dictionary word without a lower-case twin
  kGivenName = 1 << 2,   // compiled-in given name
  kPlace = 1 << 3,       // country, region, city or place phrase ("new york")
  kStreetWord = 1 << 4,  // "street", "rd", "rue"
  kUnitWord = 1 << 5,    // "apt", "suite", "unit"
  kTitle = 1 << 6,       // "mr", "dr", "mrs"
  kRegionCode = 1 << 7,  // US state / Canadian province code ("ca", "ny")
  kPhraseHead = 1 << 8,  // first word of a multi-word place ("new" of "new york")
  kNotName = 1 << 9,     // capitalised but naming no person ("American", "Ltd")
  kOrgSuffix = 1 << 10,  // ends a company name ("Ltd", "Inc", "GmbH")
};

class Gazetteer {
 public:
  // Reads the dictionary files that exist; the compiled-in lists need none.
  explicit Gazetteer(const std::vector<std::string>& dictionary_files);

  // The flags of a word or phrase in any (ASCII) case; 0 if unknown.
  std::uint16_t flags(std::string_view word) const;

  // All lookups take a word in any case.
  bool is_given_name(std::string_view word) const { return flags(word) & kGivenName; }
  bool is_place(std::string_view phrase) const { return flags(phrase) & kPlace; }
  bool is_street_word(std::string_view word) const;     // "Street", "Rd", "Rue"
  bool has_street_ending(std::string_view word) const;  // "Genterstrasse", "Holmevej"
  bool is_unit_word(std::string_view word) const { return flags(word) & kUnitWord; }
  bool is_title(std::string_view word) const { return flags(word) & kTitle; }
  // An English word written in lower case in the dictionary ("will", "mark").
  bool is_common_word(std::string_view word) const { return flags(word) & kCommonWord; }
  // A capitalised dictionary entry with no lower-case twin ("Judy", "Kiel").
  bool is_proper_noun(std::string_view word) const { return flags(word) & kProperNoun; }
  bool has_dictionary() const { return has_dictionary_; }

 private:
  struct Slot {
    std::uint32_t hash = 0;
    std::uint32_t offset = 0;  // of the lower-case key in keys_
    std::uint16_t length = 0;  // 0: empty slot
    std::uint16_t flags = 0;
  };
  void add(std::string_view lower_key, std::uint16_t flags);
  void grow();
  std::vector<Slot> slots_;
  std::string keys_;
  std::size_t used_ = 0;
  bool has_dictionary_ = false;
};

// Lower-cases ASCII letters; other bytes are kept.
std::string lower_ascii(std::string_view s);

// ASCII case-insensitive equality; `lower` must be lower case.
bool equals_lower(std::string_view s, std::string_view lower);

}  // namespace switchyard::privacy
