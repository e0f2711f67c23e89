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

#include <algorithm>
#include <array>
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
  // A street word only when capitalised, right after its name ("Weber Park").
  kCapitalisedStreetWord = 1 << 11,
  kPlacePrefix = 1 << 12,  // opens a place's name: "North", "Port", "San", "Bad"
  // A common word the dictionary also lists capitalised: a surname as
  // often as not ("Cooper", "Smith", "Dean").
  kAlsoProperNoun = 1 << 13,
  // Opens a street's name before capitalised words and a house number:
  // "Am Mittelberg 72", "Zur Alten Brauerei 7".
  kStreetOpener = 1 << 14,
  kArticle = 1 << 15,  // "the", "our", "der", "il": a phrase after it is rarely a person
};

class Gazetteer {
 public:
  // Reads the dictionary files that exist; the compiled-in lists need none.
  explicit Gazetteer(const std::vector<std::string>& dictionary_files);

  // The flags of a word or phrase in any (ASCII) case; 0 if unknown.
  std::uint16_t flags(std::string_view word) const { return flags(word, word.size()); }
  // The same, where `readable` (>= word.size()) bytes from word.data() may be
  // read: a word inside a longer text is then loaded eight bytes at a time.
  std::uint16_t flags(std::string_view word, std::size_t readable) const;

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
  // A given name that is also an English word ("Penny", "Dawn", "Jay"):
  // kept out of kGivenName, but evidence for the unknown word after it
  // ("Penny Cavalcanti"). ASCII case-insensitive; a slow lookup (binary
  // search) for the few words that need it.
  bool is_ambiguous_given_name(std::string_view word) const;
  // False only if `word` is certainly no street word (kStreetWord): a
  // filter on its first letter and length, far cheaper than a lookup.
  bool may_be_street_word(std::string_view word) const {
    const std::size_t bit = street_bit(word);
    return street_shapes_[bit / 64] >> (bit % 64) & 1;
  }

 private:
  // The first eight bytes of the lower-case key sit in the slot itself, so
  // most words (eight bytes or fewer) are found with one integer compare
  // and one memory access; longer keys compare the rest in keys_.
  struct Slot {
    std::uint64_t head = 0;    // first eight bytes, lower case, zero-padded
    std::uint32_t offset = 0;  // of the lower-case key in keys_
    std::uint16_t length = 0;  // 0: empty slot
    std::uint16_t flags = 0;
  };
  static std::size_t street_bit(std::string_view word) {
    if (word.empty()) return 0;
    const char c = word[0];
    const auto first = static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
    return (first & 31u) * 32 + std::min<std::size_t>(word.size(), 31);
  }
  void add(std::string_view lower_key, std::uint16_t flags);
  void grow();
  std::array<std::uint64_t, 16> street_shapes_{};  // street_bit of every street word
  std::array<std::uint64_t, 4> first_bytes_{};     // first byte of every key
  std::vector<Slot> slots_;
  unsigned shift_ = 0;  // 64 - log2(slots_.size())
  std::string keys_;
  std::vector<std::string> ambiguous_given_;  // sorted, lower case
  std::size_t used_ = 0;
  bool has_dictionary_ = false;
};

// Lower-cases ASCII letters; other bytes are kept.
std::string lower_ascii(std::string_view s);

// equals_lower() past its first byte (sizes equal, first bytes alike).
bool equals_lower_rest(std::string_view s, std::string_view lower);

// ASCII case-insensitive equality; `lower` must be lower case. Called for
// most words against many list words: the size and the first byte, which
// end most calls, are compared here.
inline bool equals_lower(std::string_view s, std::string_view lower) {
  if (s.size() != lower.size()) return false;
  if (s.empty()) return true;
  const char c = s[0];
  if ((c >= 'A' && c <= 'Z' ? static_cast<char>(c | 0x20) : c) != lower[0]) return false;
  return equals_lower_rest(s, lower);
}

}  // namespace switchyard::privacy
