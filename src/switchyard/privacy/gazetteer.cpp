#include "switchyard/privacy/gazetteer.hpp"

#include <fstream>

#include "switchyard/privacy/gazetteer_lists.hpp"

namespace switchyard::privacy {

namespace {

inline char lower(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c | 0x20) : c;
}

// FNV-1a over the lower-cased bytes.
inline std::uint32_t hash_lower(std::string_view s) {
  std::uint32_t h = 2166136261u;
  for (char c : s) {
    h ^= static_cast<unsigned char>(lower(c));
    h *= 16777619u;
  }
  return h;
}

bool ends_with_lower(std::string_view s, std::string_view tail) {
  return s.size() > tail.size() && equals_lower(s.substr(s.size() - tail.size()), tail);
}

}  // namespace

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = lower(c);
  return out;
}

bool equals_lower(std::string_view s, std::string_view low) {
  if (s.size() != low.size()) return false;
  for (std::size_t i = 0; i < s.size(); ++i)
    if (lower(s[i]) != low[i]) return false;
  return true;
}

Gazetteer::Gazetteer(const std::vector<std::string>& dictionary_files) {
  slots_.resize(1 << 12);
  std::vector<std::string> capitalised;
  for (const std::string& path : dictionary_files) {
    std::ifstream in(path);
    std::string word;
    while (std::getline(in, word)) {
      if (word.empty() || word.find('\'') != std::string::npos || word.size() > 60) continue;
      has_dictionary_ = true;
      if (word[0] >= 'A' && word[0] <= 'Z') {
        capitalised.push_back(lower_ascii(word));
      } else {
        add(word, kCommonWord);
      }
    }
  }
  // Days and months are capitalised but name no one.
  for (std::string_view w : {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                             "sunday", "january", "february", "march", "april", "may", "june",
                             "july", "august", "september", "october", "november", "december"})
    add(w, kCommonWord);
  for (const std::string& w : capitalised)
    if (!(flags(w) & kCommonWord)) add(w, kProperNoun);
  for (std::string_view w : lists::kGivenNames) add(w, kGivenName);
  for (std::string_view w : lists::kCountries) add(w, kPlace);
  for (std::string_view w : lists::kRegions) add(w, kPlace);
  for (std::string_view w : lists::kCities) add(w, kPlace);
  for (std::string_view w : lists::kPlacePhrases) add(w, kPlace);
  // Multi-word places are looked up only after their first word, so most
  // capitalised words cost one lookup, not three.
  auto add_head = [this](std::string_view place) {
    const std::size_t space = place.find_first_of(" .");
    if (space != std::string_view::npos) add(place.substr(0, space), kPhraseHead);
  };
  for (std::string_view w : lists::kCountries) add_head(w);
  for (std::string_view w : lists::kRegions) add_head(w);
  for (std::string_view w : lists::kCities) add_head(w);
  for (std::string_view w : lists::kPlacePhrases) add_head(w);
  for (std::string_view w : lists::kStreetWords) add(w, kStreetWord);
  for (std::string_view w : lists::kUnitWords) add(w, kUnitWord);
  for (std::string_view w : lists::kTitles) add(w, kTitle);
  for (std::string_view w : lists::kRegionCodes) add(w, kRegionCode);
  for (std::string_view w : lists::kNotNames) add(w, kNotName);
  for (std::string_view w : lists::kOrgSuffixes) add(w, kOrgSuffix);
}

void Gazetteer::grow() {
  std::vector<Slot> old(slots_.size() * 2);
  old.swap(slots_);
  const std::size_t mask = slots_.size() - 1;
  for (const Slot& s : old) {
    if (!s.length) continue;
    std::size_t at = s.hash & mask;
    while (slots_[at].length) at = (at + 1) & mask;
    slots_[at] = s;
  }
}

void Gazetteer::add(std::string_view key, std::uint16_t flags) {
  if (key.empty() || key.size() > 0xFFFF) return;
  if ((used_ + 1) * 2 > slots_.size()) grow();
  const std::uint32_t h = hash_lower(key);
  const std::size_t mask = slots_.size() - 1;
  std::size_t at = h & mask;
  while (slots_[at].length) {
    Slot& s = slots_[at];
    if (s.hash == h && std::string_view(keys_).substr(s.offset, s.length) == key) {
      s.flags |= flags;
      return;
    }
    at = (at + 1) & mask;
  }
  Slot& s = slots_[at];
  s.hash = h;
  s.offset = static_cast<std::uint32_t>(keys_.size());
  s.length = static_cast<std::uint16_t>(key.size());
  s.flags = flags;
  keys_.append(key);
  ++used_;
}

std::uint16_t Gazetteer::flags(std::string_view word) const {
  if (word.empty()) return 0;
  const std::uint32_t h = hash_lower(word);
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t at = h & mask;; at = (at + 1) & mask) {
    const Slot& s = slots_[at];
    if (!s.length) return 0;
    if (s.hash == h && s.length == word.size() &&
        equals_lower(word, std::string_view(keys_).substr(s.offset, s.length)))
      return s.flags;
  }
}

bool Gazetteer::is_street_word(std::string_view word) const {
  if (!word.empty() && word.back() == '.') word.remove_suffix(1);
  return flags(word) & kStreetWord;
}

bool Gazetteer::has_street_ending(std::string_view word) const {
  // Every ending is at least three letters and ends in one of these.
  if (word.size() < 4 ||
      std::string_view("egjnta").find(lower(word.back())) == std::string_view::npos)
    return false;
  for (std::string_view tail : lists::kStreetEndings)
    if (ends_with_lower(word, tail)) return true;
  return false;
}

}  // namespace switchyard::privacy
