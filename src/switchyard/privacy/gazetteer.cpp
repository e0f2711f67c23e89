#include "switchyard/privacy/gazetteer.hpp"

#include <algorithm>
#include <bit>
#include <cstring>
#include <fstream>

#include "switchyard/privacy/gazetteer_lists.hpp"
#include "switchyard/privacy/gazetteer_more_given_names.hpp"
#include "switchyard/privacy/gazetteer_world_names.hpp"

namespace switchyard::privacy {

namespace {

inline char lower(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c | 0x20) : c;
}

constexpr std::uint64_t kOnes = 0x0101010101010101ull;

// Lower-cases the ASCII capitals among eight bytes at once; other bytes
// (including those >= 0x80) are kept.
inline std::uint64_t lower8(std::uint64_t x) {
  const std::uint64_t low7 = x & (0x7F * kOnes);
  const std::uint64_t above_z = low7 + (0x7F - 'Z') * kOnes;  // high bit: byte > 'Z'
  const std::uint64_t from_a = low7 + (0x80 - 'A') * kOnes;   // high bit: byte >= 'A'
  const std::uint64_t upper = ~x & (from_a ^ above_z) & (0x80 * kOnes);
  return x | (upper >> 2);
}

// Bytes [at, at + 8) of s (little-endian), zero beyond s.size();
// `readable` bytes from s.data() may be read.
inline std::uint64_t load8(std::string_view s, std::size_t at, std::size_t readable) {
  const std::size_t n = s.size() - at;
  std::uint64_t x = 0;
  if (at + 8 <= readable) {
    std::memcpy(&x, s.data() + at, 8);
    if constexpr (std::endian::native == std::endian::big) x = __builtin_bswap64(x);
    if (n < 8) x &= (std::uint64_t{1} << (8 * n)) - 1;
  } else {
    for (std::size_t i = std::min<std::size_t>(n, 8); i-- > 0;)
      x = x << 8 | static_cast<unsigned char>(s[at + i]);
  }
  return x;
}

// The lower-case key's first eight bytes, and a hash of all of it.
struct Key {
  std::uint64_t head;
  std::uint64_t hash;
};

inline Key key_of(std::string_view s, std::size_t readable) {
  constexpr std::uint64_t kMul = 0x9E3779B97F4A7C15ull;
  const std::uint64_t head = lower8(load8(s, 0, readable));
  std::uint64_t h = (head ^ s.size()) * kMul;
  for (std::size_t at = 8; at < s.size(); at += 8)
    h = (h ^ (h >> 29) ^ lower8(load8(s, at, readable))) * kMul;
  return {head, h ^ (h >> 32)};
}

bool ends_with_lower(std::string_view s, std::string_view tail) {
  return s.size() > tail.size() && equals_lower(s.substr(s.size() - tail.size()), tail);
}

// `w` with its first letter a capital, where that letter is not ASCII (the
// table folds ASCII case itself): "αντιπρόσωπος" → "Αντιπρόσωπος",
// "менеджер" → "Менеджер", "équipe" → "Équipe". Empty if there is none.
std::string capital_variant(std::string_view w) {
  if (w.size() < 2) return {};
  const auto b0 = static_cast<unsigned char>(w[0]), b1 = static_cast<unsigned char>(w[1]);
  if (b0 < 0xC0 || b0 >= 0xE0) return {};
  char32_t c = (b0 & 0x1Fu) << 6 | (b1 & 0x3Fu), up = 0;
  if ((c >= 0xE0 && c <= 0xFE && c != 0xF7) || (c >= 0x3B1 && c <= 0x3C9 && c != 0x3C2) ||
      (c >= 0x430 && c <= 0x44F))
    up = c - 0x20;
  else if (c >= 0x450 && c <= 0x45F)
    up = c - 0x50;
  else if (c >= 0x100 && c < 0x180 && c % 2 == 1 && !(c >= 0x139 && c <= 0x148) &&
           !(c >= 0x179 && c <= 0x17E))
    up = c - 1;
  else if (((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) && c % 2 == 0)
    up = c - 1;  // "ł" → "Ł", "ž" → "Ž": capitals odd in these two runs
  else if (c == 0x3AC)
    up = 0x386;
  else if (c >= 0x3AD && c <= 0x3AF)
    up = c - 0x25;
  else if (c == 0x3CC)
    up = 0x38C;
  else if (c == 0x3CD || c == 0x3CE)
    up = c - 0x3F;
  if (!up) return {};
  std::string out;
  out += static_cast<char>(0xC0 | (up >> 6));
  out += static_cast<char>(0x80 | (up & 0x3F));
  out.append(w.substr(2));
  return out;
}

}  // namespace

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = lower(c);
  return out;
}

bool equals_lower_rest(std::string_view s, std::string_view low) {
  const std::size_t n = s.size();
  // Eight bytes at a time, the last eight overlapping the ones before: the
  // cues and list words this compares are mostly 4 to 16 bytes long.
  const auto eight = [](const char* p) {
    std::uint64_t x;
    std::memcpy(&x, p, 8);
    return x;
  };
  if (n >= 8) {
    for (std::size_t i = 0; i + 8 < n; i += 8)
      if (lower8(eight(s.data() + i)) != eight(low.data() + i)) return false;
    return lower8(eight(s.data() + n - 8)) == eight(low.data() + n - 8);
  }
  if (n >= 4) {
    const auto four = [](const char* p) {
      std::uint32_t x;
      std::memcpy(&x, p, 4);
      return std::uint64_t{x};
    };
    return lower8(four(s.data())) == four(low.data()) &&
           lower8(four(s.data() + n - 4)) == four(low.data() + n - 4);
  }
  for (std::size_t i = 1; i < n; ++i)
    if (lower(s[i]) != low[i]) return false;
  return true;
}

Gazetteer::Gazetteer(const std::vector<std::string>& dictionary_files) {
  slots_.resize(1 << 12);
  shift_ = 64 - 12;
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
    add(w, (flags(w) & kCommonWord) ? kAlsoProperNoun : kProperNoun);
  for (std::string_view w : lists::kGivenNames) add(w, kGivenName);
  // Non-ASCII words also as written at the start of a name or a line.
  auto add_both_cases = [this](std::string_view w, std::uint16_t flags) {
    add(w, flags);
    if (const std::string capital = capital_variant(w); !capital.empty()) add(capital, flags);
  };
  for (std::string_view w : lists::kCountries) add(w, kPlace);
  for (std::string_view w : lists::kRegions) add(w, kPlace);
  for (std::string_view w : lists::kCities) add(w, kPlace);
  for (std::string_view w : lists::kPlacePhrases) add(w, kPlace);
  // (A single word that is also an English word or a given name is left
  // out: the longer lists above already judged those.)
  for (std::string_view w : lists::kWorldPlaces)
    if (w.find(' ') != std::string_view::npos || !(flags(w) & (kCommonWord | kGivenName)))
      add_both_cases(w, kPlace);
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
  for (std::string_view w : lists::kWorldPlaces) add_head(w);
  for (std::string_view w : lists::kStreetWords) add(w, kStreetWord);
  for (std::string_view w : lists::kCapitalisedStreetWords) add(w, kCapitalisedStreetWord);
  for (std::string_view w : lists::kUnitWords) add(w, kUnitWord);
  for (std::string_view w : lists::kTitles) add(w, kTitle);
  for (std::string_view w : lists::kRegionCodes) add(w, kRegionCode);
  // Non-ASCII words also as written at the start of a name or a line: the
  // table folds only ASCII case.
  auto add_both = [this](std::string_view w, std::uint16_t flags) {
    add(w, flags);
    if (const std::string capital = capital_variant(w); !capital.empty()) add(capital, flags);
  };
  for (std::string_view w : lists::kNotNames) add_both(w, kNotName);
  for (std::string_view w : lists::kOrgSuffixes) add_both(w, kOrgSuffix);
  for (std::string_view w : lists::kPlacePrefixes) add_both(w, kPlacePrefix);
  for (std::string_view w : lists::kStreetOpeners) add(w, kStreetOpener);
  for (std::string_view w : lists::kArticles) add(w, kArticle);
  // The broad list of given names: a name that is also an ordinary English
  // word ("may", "grace") is no evidence of a person, and is left out.
  for (const std::string_view list : {lists::kWorldGivenNames, lists::kMoreGivenNames})
    for (std::string_view rest = list; !rest.empty();) {
      const std::size_t space = rest.find(' ');
      const std::string_view w = rest.substr(0, space);
      rest.remove_prefix(space == std::string_view::npos ? rest.size() : space + 1);
      if (w.empty()) continue;
      if (flags(w) & (kCommonWord | kNotName | kOrgSuffix)) {
        if (!(flags(w) & kGivenName)) ambiguous_given_.emplace_back(w);
        continue;
      }
      add_both(w, kGivenName);
    }
  std::sort(ambiguous_given_.begin(), ambiguous_given_.end());
}

bool Gazetteer::is_ambiguous_given_name(std::string_view word) const {
  if (word.empty() || word.size() > 24) return false;
  char low[24];
  for (std::size_t i = 0; i < word.size(); ++i) low[i] = lower(word[i]);
  return std::binary_search(ambiguous_given_.begin(), ambiguous_given_.end(),
                            std::string_view(low, word.size()));
}

void Gazetteer::grow() {
  std::vector<Slot> old(slots_.size() * 2);
  old.swap(slots_);
  --shift_;
  const std::size_t mask = slots_.size() - 1;
  for (const Slot& s : old) {
    if (!s.length) continue;
    const std::string_view key = std::string_view(keys_).substr(s.offset, s.length);
    std::size_t at = key_of(key, key.size()).hash >> shift_;
    while (slots_[at].length) at = (at + 1) & mask;
    slots_[at] = s;
  }
}

void Gazetteer::add(std::string_view key, std::uint16_t flags) {
  if (key.empty() || key.size() > 0xFFFF) return;
  if (flags & (kStreetWord | kCapitalisedStreetWord)) {
    const std::size_t bit = street_bit(key);
    street_shapes_[bit / 64] |= std::uint64_t{1} << (bit % 64);
  }
  const auto first = static_cast<unsigned char>(key[0]);
  first_bytes_[first / 64] |= std::uint64_t{1} << (first % 64);
  if ((used_ + 1) * 2 > slots_.size()) grow();
  const Key k = key_of(key, key.size());
  const std::size_t mask = slots_.size() - 1;
  std::size_t at = k.hash >> shift_;
  while (slots_[at].length) {
    Slot& s = slots_[at];
    if (s.head == k.head && std::string_view(keys_).substr(s.offset, s.length) == key) {
      s.flags |= flags;
      return;
    }
    at = (at + 1) & mask;
  }
  Slot& s = slots_[at];
  s.head = k.head;
  s.offset = static_cast<std::uint32_t>(keys_.size());
  s.length = static_cast<std::uint16_t>(key.size());
  s.flags = flags;
  keys_.append(key);
  ++used_;
}

std::uint16_t Gazetteer::flags(std::string_view word, std::size_t readable) const {
  if (word.empty()) return 0;
  const auto first = static_cast<unsigned char>(lower(word[0]));
  if (!(first_bytes_[first / 64] >> (first % 64) & 1)) return 0;  // digits, mostly
  const Key k = key_of(word, readable);
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t at = k.hash >> shift_;; at = (at + 1) & mask) {
    const Slot& s = slots_[at];
    if (!s.length) return 0;
    if (s.head == k.head && s.length == word.size() &&
        (word.size() <= 8 ||
         equals_lower(word.substr(8), std::string_view(keys_).substr(s.offset + 8, s.length - 8))))
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
      std::string_view("egjntakldzru\xA1").find(lower(word.back())) == std::string_view::npos)
    return false;
  for (std::string_view tail : lists::kStreetEndings)
    if (ends_with_lower(word, tail)) return true;
  return false;
}

}  // namespace switchyard::privacy
