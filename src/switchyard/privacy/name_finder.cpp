#include "switchyard/privacy/name_finder.hpp"

#include <array>
#include <cstdint>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "switchyard/privacy/rule.hpp"

namespace switchyard::privacy {

namespace {

// Byte classes for the tokenizer, one table lookup per byte.
enum : std::uint8_t { kTokenByte = 1, kUpper = 2, kDigit = 4, kJoiner = 8 };

constexpr std::array<std::uint8_t, 256> make_classes() {
  std::array<std::uint8_t, 256> t{};
  for (int c = 0; c < 256; ++c) {
    std::uint8_t v = 0;
    if ((c >= 'a' && c <= 'z') || c >= 0x80) v |= kTokenByte;
    if (c >= 'A' && c <= 'Z') v |= kTokenByte | kUpper;
    if (c >= '0' && c <= '9') v |= kTokenByte | kDigit;
    if (c == '\'' || c == '-') v |= kJoiner;
    t[static_cast<std::size_t>(c)] = v;
  }
  return t;
}
constexpr std::array<std::uint8_t, 256> kClass = make_classes();

inline std::uint8_t cls(char c) {
  return kClass[static_cast<unsigned char>(c)];
}

struct Token {
  std::uint32_t gap_start;  // end of the previous token: the gap is [gap_start, start)
  std::uint32_t start, end;
  mutable std::uint16_t flags;  // gazetteer flags, once looked up
  mutable bool looked_up;
  // For the house-number rule, once known: bit 0 a capitalised word with a
  // street-name ending, bit 1 a street word; kUnknown before.
  mutable std::uint8_t street = kUnknown;
  static constexpr std::uint8_t kUnknown = 0xFF;
};

// Where a word (letters, digits and non-ASCII bytes, with inner apostrophes
// and hyphens) that ends at `end` would be continued by byte `at`.
inline bool continues_word(const char* p, std::size_t at, std::size_t n) {
  return at + 1 < n && (cls(p[at]) & kJoiner) && (cls(p[at + 1]) & kTokenByte) && at > 0 &&
         is_ascii_alpha(p[at - 1]);
}

// The words of the text, split only where asked: from a word the rules start
// at, as far forward as they look. Most of a chat text is lower-case prose
// no rule starts in, and it is never split at all.
class Tokens {
 public:
  Tokens(std::string_view text, std::vector<Token>& storage, const Gazetteer& words)
      : text_(text), t_(storage), words_(words) {
    t_.clear();
  }
  // Token k exists (splitting further if needed).
  [[gnu::always_inline]] bool ok(std::size_t k) { return k < t_.size() || split_to(k); }
  const Token& token(std::size_t i) const { return t_[i]; }
  // Index of the word starting at byte `at` (a word start), splitting from
  // there if the text was not split that far yet; npos if `at` is inside a
  // word already split.
  std::size_t at_byte(std::size_t at) {
    if (at >= scan_) {
      std::size_t gap = at;
      while (gap > scan_ && !(cls(text_[gap - 1]) & kTokenByte)) --gap;
      scan_ = at;
      gap_start_ = gap;
      cursor_ = t_.size();
      return split_next() ? cursor_ : npos;
    }
    while (cursor_ < t_.size() && t_[cursor_].start < at) ++cursor_;
    return cursor_ < t_.size() && t_[cursor_].start == at ? cursor_ : npos;
  }
  std::string_view text(std::size_t i) const {
    return text_.substr(t_[i].start, t_[i].end - t_[i].start);
  }
  std::string_view gap(std::size_t i) const {
    return text_.substr(t_[i].gap_start, t_[i].start - t_[i].gap_start);
  }
  std::size_t start(std::size_t i) const { return t_[i].start; }
  std::size_t end(std::size_t i) const { return t_[i].end; }
  [[gnu::always_inline]] std::uint16_t flags(std::size_t i) const {
    const Token& t = t_[i];
    return t.looked_up ? t.flags : look_up(t);
  }
  bool has(std::size_t i, std::uint16_t flag) const { return flags(i) & flag; }
  static constexpr std::size_t npos = static_cast<std::size_t>(-1);

 private:
  bool split_next() {
    const char* p = text_.data();
    const std::size_t n = text_.size();
    std::size_t i = scan_;
    while (i < n && !(cls(p[i]) & kTokenByte)) ++i;
    if (i >= n) {
      scan_ = n;
      return false;
    }
    const std::size_t start = i;
    for (;;) {
      while (i < n && (cls(p[i]) & kTokenByte)) ++i;
      if (continues_word(p, i, n)) {
        i += 2;
        continue;
      }
      break;
    }
    t_.push_back({static_cast<std::uint32_t>(gap_start_), static_cast<std::uint32_t>(start),
                  static_cast<std::uint32_t>(i), 0, false, Token::kUnknown});
    gap_start_ = scan_ = i;
    return true;
  }

  [[gnu::noinline]] bool split_to(std::size_t k) {
    while (t_.size() <= k) {
      if (!split_next()) return false;
    }
    return true;
  }

  [[gnu::noinline]] std::uint16_t look_up(const Token& t) const {
    t.flags = words_.flags(text_.substr(t.start, t.end - t.start), text_.size() - t.start);
    t.looked_up = true;
    return t.flags;
  }

  std::string_view text_;
  std::vector<Token>& t_;
  const Gazetteer& words_;
  std::size_t scan_ = 0;       // the text before this is split (or skipped)
  std::size_t gap_start_ = 0;  // end of the last word split
  std::size_t cursor_ = 0;     // for at_byte: tokens before it start earlier
};

// Where rules may start: words opening with an ASCII capital, a digit or a
// non-ASCII letter. Reports whether any ASCII capital occurs at all. The
// search for such bytes runs 16 at a time; few of them open a word.
bool find_leads(std::string_view text, std::vector<std::uint32_t>& leads) {
  leads.clear();
  const char* p = text.data();
  const std::size_t n = text.size();
  bool any_upper = false;
  auto consider = [&](std::size_t i) {
    const auto b = static_cast<unsigned char>(p[i]);
    any_upper = any_upper || (b >= 'A' && b <= 'Z');
    if (!((b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b >= 0xC0)) return;
    if (i > 0 && ((cls(p[i - 1]) & kTokenByte) || (i >= 2 && continues_word(p, i - 1, n)))) return;
    leads.push_back(static_cast<std::uint32_t>(i));
  };
  std::size_t i = 0;
#if defined(__SSE2__)
  // In range [lo, hi] as unsigned bytes: (x - lo) biased to signed < hi - lo - 127.
  auto in_range = [](__m128i x, char lo, char hi) {
    const __m128i shifted = _mm_add_epi8(_mm_sub_epi8(x, _mm_set1_epi8(lo)), _mm_set1_epi8(-128));
    return _mm_cmplt_epi8(shifted, _mm_set1_epi8(static_cast<char>(hi - lo - 127)));
  };
  unsigned previous = 0;  // the byte before i is a token byte
  for (; i + 16 <= n; i += 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    const __m128i upper = in_range(x, 'A', 'Z'), digit = in_range(x, '0', '9');
    const __m128i hit = _mm_or_si128(_mm_or_si128(upper, digit),
                                     in_range(x, static_cast<char>(0xC0), static_cast<char>(0xFF)));
    // Token bytes: letters, digits, bytes >= 0x80. A lead follows none.
    const __m128i token =
        _mm_or_si128(_mm_or_si128(_mm_or_si128(upper, digit), in_range(x, 'a', 'z')),
                     _mm_cmplt_epi8(x, _mm_setzero_si128()));
    const auto tokens = static_cast<unsigned>(_mm_movemask_epi8(token));
    any_upper = any_upper || _mm_movemask_epi8(upper) != 0;
    unsigned mask =
        static_cast<unsigned>(_mm_movemask_epi8(hit)) & ~(tokens << 1 | previous) & 0xFFFF;
    previous = tokens >> 15 & 1;
    for (; mask; mask &= mask - 1) {
      const std::size_t at = i + static_cast<std::size_t>(__builtin_ctz(mask));
      // "O'Brien", "Jean-Luc": not a lead after an inner apostrophe or hyphen.
      if (at >= 2 && continues_word(p, at - 1, n)) continue;
      leads.push_back(static_cast<std::uint32_t>(at));
    }
  }
#endif
  for (; i < n; ++i) consider(i);
  return any_upper;
}

bool capitalised(std::string_view w) {
  const char c = w[0];
  return (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0xC0;
}

bool numeric(std::string_view w) {
  for (char c : w)
    if (!is_digit(c)) return false;
  return true;
}

bool house_number(std::string_view w) {
  return !w.empty() && w.size() <= 5 && is_digit(w[0]) &&
         (numeric(w) || (w.size() >= 2 && numeric(w.substr(0, w.size() - 1))));
}

// Lower-case words inside street names: "Rue de la Paix", "Via dalla Staziun".
bool is_particle(std::string_view w) {
  static constexpr std::string_view kParticles[] = {
      "de", "des", "del", "della", "dalla", "di",  "da",  "do", "dos", "das", "du", "la",
      "le", "les", "van", "von",   "der",   "den", "het", "y",  "e",   "el",  "al", "am"};
  for (std::string_view p : kParticles)
    if (w == p) return true;
  return false;
}

// "ASAP", "TV", "APO": in ordinary text, a word in capitals is an acronym.
bool acronym(std::string_view w) {
  for (char c : w)
    if (!(c >= 'A' && c <= 'Z')) return false;
  return true;
}

bool military_post(std::string_view w) {
  return equals_lower(w, "apo") || equals_lower(w, "fpo") || equals_lower(w, "dpo");
}
bool military_area(std::string_view w) {
  return equals_lower(w, "aa") || equals_lower(w, "ae") || equals_lower(w, "ap");
}

// One capital, then small letters: "Kaylee", not "PostgreSQL" or "iOS".
bool name_shaped(std::string_view w) {
  for (std::size_t i = 1; i < w.size(); ++i)
    if ((w[i] >= 'A' && w[i] <= 'Z') || is_digit(w[i])) return false;
  return true;
}

bool ends_with_cue(std::string_view text, std::string_view cue);
template <std::size_t N>
bool ends_with_any(std::string_view before, const std::string_view (&cues)[N]);
std::string_view preceding(std::string_view text, std::size_t token_start);

bool zip_cue(std::string_view before) {
  static constexpr std::string_view kCues[] = {
      "zip",         "zip code",   "zipcode",     "postcode",       "postal code", "zip is",
      "zip code is", "zipcode is", "postcode is", "postal code is", "zip:",        "postcode:"};
  return ends_with_any(before, kCues);
}

bool non_ascii(std::string_view w) {
  for (char c : w)
    if (static_cast<unsigned char>(c) >= 0x80) return true;
  return false;
}

// Nothing but punctuation that ends a sentence (or a line, or a quote)
// between the start of the text and `at`.
bool sentence_start(std::string_view text, std::size_t at) {
  while (at > 0) {
    const char c = text[at - 1];
    if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '"' || c == '>' ||
        c == '*' || c == '#' || c == '(' || c == '[')
      return true;
    if (c != ' ' && c != '\t' && c != '\r' && c != '\'') return false;
    --at;
  }
  return true;
}

bool has_newline(std::string_view gap) {
  for (char c : gap)  // gaps are short: a loop beats a call to memchr
    if (c == '\n') return true;
  return false;
}

// `text` ends with the word or phrase `cue` (lower case), not glued to a word.
bool ends_with_cue(std::string_view text, std::string_view cue) {
  if (text.size() < cue.size()) return false;
  const char last = text.back();  // rules out most cues at once
  if ((last >= 'A' && last <= 'Z' ? static_cast<char>(last | 0x20) : last) != cue.back())
    return false;
  const std::size_t at = text.size() - cue.size();
  return equals_lower(text.substr(at), cue) && (at == 0 || !(cls(text[at - 1]) & kTokenByte));
}

// `before` ends with one of `cues`. Its last byte rules out most of them
// without a call.
template <std::size_t N>
bool ends_with_any(std::string_view before, const std::string_view (&cues)[N]) {
  if (before.empty()) return false;
  const char b = before.back();
  const char last = b >= 'A' && b <= 'Z' ? static_cast<char>(b | 0x20) : b;
  for (std::string_view cue : cues)
    if (cue.back() == last && ends_with_cue(before, cue)) return true;
  return false;
}

bool person_cue(std::string_view before) {
  static constexpr std::string_view kCues[] = {
      "name is", "name:", "i am",     "i'm",     "this is", "call me",  "hi",    "hello",
      "dear",    "by",    "starring", "thanks",  "with",    "to",       "named", "meet",
      "ask",     "from",  "and",      "contact", "tell",    "speak to", "for",   "add"};
  return ends_with_any(before, kCues);
}

bool location_cue(std::string_view before) {
  static constexpr std::string_view kCues[] = {"in",   "from", "to",   "at",   "visit",
                                               "near", "of",   "city", "town", "where:"};
  return ends_with_any(before, kCues);
}

// The words just before token i, trimmed, for cue matching.
std::string_view preceding(std::string_view text, std::size_t token_start) {
  std::size_t end = token_start;
  while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == ',')) --end;
  const std::size_t from = end > 24 ? end - 24 : 0;
  return text.substr(from, end - from);
}

}  // namespace

NameFinder::NameFinder(const DetectorConfig& config)
    : words_(config.dictionary_files),
      person_(config[EntityType::person].enabled),
      location_(config[EntityType::location].enabled),
      address_(config[EntityType::address].enabled) {}

void NameFinder::find(std::string_view text, std::vector<Finding>& out, bool machine_text) const {
  if (!person_ && !location_ && !address_) return;
  thread_local std::vector<Token> storage;
  thread_local std::vector<std::uint32_t> leads;
  const bool any_upper = find_leads(text, leads) || machine_text;
  Tokens tokens(text, storage, words_);
  // In text written all in lower case, capitalisation says nothing.
  auto cap = [any_upper](std::string_view w) { return !any_upper || capitalised(w); };
  auto name_like = [&](std::size_t k) {
    const std::string_view w = tokens.text(k);
    // In machine text a word with capitals inside ("GitHub", "PageToken")
    // is an identifier, not a name.
    return cap(w) && !numeric(w) && w.size() >= 2 && !(machine_text && !name_shaped(w)) &&
           !tokens.has(k, kCommonWord | kStreetWord | kUnitWord | kNotName | kOrgSuffix) &&
           !(any_upper && acronym(w));
  };
  auto joined = [&](std::size_t k) {
    const std::string_view g = tokens.gap(k);
    return g == " " || g == ". ";
  };
  // The word after token k is joined to it and starts with a digit: what
  // joined(k + 1) && house_number(...) need, read off the text without
  // splitting the next word.
  auto joined_digit = [&](std::size_t k) {
    const std::size_t e = tokens.end(k);
    const char c = byte_at(text, e);
    return (c == ' ' && is_digit(byte_at(text, e + 1))) ||
           (c == '.' && byte_at(text, e + 1) == ' ' && is_digit(byte_at(text, e + 2)));
  };
  std::size_t covered = 0;  // tokens before this index are already in a span

  // Every rule starts at a number or, in ordinary text, a capital letter;
  // most words are neither, and are passed over without a lookup (or even
  // being split off). In text without capitals, every word is a candidate.
  const std::size_t candidates = any_upper ? leads.size() : static_cast<std::size_t>(-1);
  for (std::size_t c = 0; c < candidates; ++c) {
    const std::size_t i = any_upper ? tokens.at_byte(leads[c]) : c;
    if (any_upper ? i == Tokens::npos : !tokens.ok(i)) {
      if (any_upper) continue;
      break;
    }
    const std::string_view w = tokens.text(i);
    // Most leads are ordinary words opening a sentence ("The", "Could"):
    // nothing below can start at them.
    if (!is_digit(w[0]) && w.size() != 1 &&
        !(w.size() == 3 && (military_post(w) || equals_lower(w, "uss")))) {
      const std::uint16_t f = tokens.flags(i);
      if ((f & kCommonWord) && !(f & (kUnitWord | kPhraseHead | kPlace | kTitle | kGivenName)) &&
          !joined_digit(i))
        continue;
    }
    // ---- street addresses --------------------------------------------------
    if (address_ && i >= covered) {
      std::size_t street_end = 0;  // one past the street word
      if (numeric(w) && w.size() >= 4 && w.size() <= 6 &&
          zip_cue(preceding(text, tokens.start(i)))) {
        street_end = i + 1;  // "my zip code is 35649"
      } else if (house_number(w)) {
        for (std::size_t j = i + 1; j <= i + 5 && tokens.ok(j); ++j) {
          if (has_newline(tokens.gap(j))) break;
          // Numbers come in runs ("+1 415 555 0132"): each word after them
          // is judged once, not once per number.
          const Token& t = tokens.token(j);
          if (t.street == Token::kUnknown) {
            const std::string_view tw = tokens.text(j);
            const bool ending = cap(tw) && words_.has_street_ending(tw);
            const bool street = words_.may_be_street_word(tw) && tokens.has(j, kStreetWord);
            t.street = static_cast<std::uint8_t>((ending ? 1 : 0) | (street ? 2 : 0));
          }
          const bool ending = t.street & 1;
          if (t.street) {
            if (j > i + 1 || ending) street_end = j + 1;
          }
        }
        // Continental style without a street word: "76 Stubben 149",
        // "04 Pascual Yunquera 12" — number, proper words, number.
        // The street may open with its street word ("15 Via Carlo Cattaneo
        // 130", "09 Avenue des Sartiaux 318") and carry lower-case
        // particles or words of other languages ("Trg revolucije").
        if (!street_end && tokens.ok(i + 1) && joined(i + 1) &&
            (cap(tokens.text(i + 1)) || tokens.has(i + 1, kStreetWord)) &&
            !numeric(tokens.text(i + 1))) {
          std::size_t j = i + 1;
          while (j <= i + 6 && tokens.ok(j) && joined(j) && !numeric(tokens.text(j))) {
            const std::string_view t = tokens.text(j);
            const bool proper = cap(t) && !tokens.has(j, kCommonWord);
            const bool particle =
                !capitalised(t) && (is_particle(t) || !tokens.has(j, kCommonWord));
            if (!(proper || particle || tokens.has(j, kStreetWord))) break;
            ++j;
          }
          if (j > i + 1 && tokens.ok(j) && joined(j) && house_number(tokens.text(j)))
            street_end = j + 1;
        }
      } else if (cap(w) && joined_digit(i) && words_.has_street_ending(w) && tokens.ok(i + 1) &&
                 house_number(tokens.text(i + 1)) && joined(i + 1)) {
        street_end = i + 2;
      } else if (tokens.has(i, kUnitWord) && tokens.ok(i + 1) && house_number(tokens.text(i + 1))) {
        street_end = i + 2;
      } else if (w.size() == 3 && military_post(w) && tokens.ok(i + 2) && joined(i + 1) &&
                 military_area(tokens.text(i + 1)) && house_number(tokens.text(i + 2))) {
        // US military mail: "APO AE 09012", "FPO AP 96606".
        street_end = i + 3;
      } else if (w.size() == 3 && equals_lower(w, "uss") && tokens.ok(i + 1) && joined(i + 1) &&
                 capitalised(tokens.text(i + 1))) {
        street_end = i + 2;  // a ship: "USS Kidd", then its FPO line
      } else if (w.size() == 1 && equals_lower(w, "p") && tokens.ok(i + 3) &&
                 equals_lower(tokens.text(i + 1), "o") && equals_lower(tokens.text(i + 2), "box")) {
        street_end = i + 4;
      }
      if (street_end) {
        // The rest of the address: house number after the street, unit,
        // city, region code, postcode, country; a few lines at most.
        std::size_t end = street_end, lines = 0;
        for (std::size_t j = street_end; j < street_end + 14 && tokens.ok(j); ++j) {
          const std::string_view g = tokens.gap(j);
          const std::string_view t = tokens.text(j);
          if (g.find_first_of(".?!:;()\"") != std::string_view::npos &&
              !(g.find('.') != std::string_view::npos && tokens.has(j - 1, kUnitWord)))
            break;
          const bool new_line = has_newline(g);
          if (new_line && ++lines > 4) break;
          // A line opening with grouped digits is a phone number, not a postcode.
          if (new_line && numeric(t) && tokens.ok(j + 1) && !has_newline(tokens.gap(j + 1)) &&
              numeric(tokens.text(j + 1)))
            break;
          const bool ok = house_number(t) || (t.size() <= 6 && numeric(t)) ||
                          tokens.has(j, kUnitWord | kPlace | kStreetWord) ||
                          (cap(t) && !tokens.has(j, kCommonWord)) || t == "nan";
          if (!ok) break;
          end = j + 1;
          if (numeric(t) && t.size() >= 4) break;  // postcode ends it
        }
        out.push_back({EntityType::address, tokens.start(i), tokens.end(end - 1), 0.8,
                       "street_address_gazetteer"});
        covered = end;
        continue;
      }
    }
    if (i < covered || numeric(w)) continue;
    // ---- places ------------------------------------------------------------
    if (location_ && cap(w)) {
      std::size_t best = 0;
      // Multi-word places only after a phrase head: most words are not one,
      // and the words after them are then never split off.
      const std::size_t longest = tokens.has(i, kPhraseHead) ? 3 : 1;
      for (std::size_t len = longest; len >= 1 && !best; --len) {
        if (!tokens.ok(i + len - 1)) continue;
        bool ok = true;
        for (std::size_t k = i + 1; k < i + len; ++k) ok = ok && joined(k);
        if (!ok) continue;
        if (len == 1 ? tokens.has(i, kPlace)
                     : words_.is_place(
                           text.substr(tokens.start(i), tokens.end(i + len - 1) - tokens.start(i))))
          best = len;
      }
      if (best) {
        out.push_back({EntityType::location, tokens.start(i), tokens.end(i + best - 1), 0.75,
                       "place_gazetteer"});
        covered = i + best;
        continue;
      }
    }
    // ---- people ------------------------------------------------------------
    if (person_) {
      // After a title any capitalised word is a surname, even an English
      // word: "Mr. Ford", "Dr. Brown".
      const bool title =
          cap(w) && tokens.has(i, kTitle) && tokens.ok(i + 1) && joined(i + 1) &&
          (name_like(i + 1) || (cap(tokens.text(i + 1)) && is_ascii_alpha(tokens.text(i + 1)[0]) &&
                                !acronym(tokens.text(i + 1))));
      const bool given = cap(w) && tokens.has(i, kGivenName);
      const bool like = name_like(i);
      const bool cued = like && name_shaped(w) && person_cue(preceding(text, tokens.start(i)));
      const bool proper = like && tokens.has(i, kProperNoun);
      // A capitalised word no word list knows, inside a sentence (or with
      // letters beyond ASCII, anywhere): most often a name ("Kaylee",
      // "Ömür"). Sentence-initial unknown ASCII words are left alone.
      const bool unknown = like && any_upper && tokens.flags(i) == 0 && name_shaped(w) &&
                           (!sentence_start(text, tokens.start(i)) || non_ascii(w));
      if (title || given || cued || proper || unknown) {
        std::size_t end = title ? i + 2 : i + 1;
        while (end < i + 4 && tokens.ok(end) && joined(end) &&
               (name_like(end) || tokens.has(end, kGivenName)))
          ++end;
        if (tokens.ok(end) && joined(end) && tokens.has(end, kOrgSuffix) &&
            capitalised(tokens.text(end))) {
          covered = end + 1;  // "Mclaughlin Ltd": a company
          continue;
        }
        if (tokens.ok(end) && joined(end) && words_.is_street_word(tokens.text(end))) {
          // "Harley Brook Lane": a street, not a person
          if (address_ && capitalised(tokens.text(end)) && tokens.text(end).size() >= 4) {
            out.push_back({EntityType::address, tokens.start(i), tokens.end(end), 0.6,
                           "street_name_gazetteer"});
            covered = end + 1;
            continue;
          }
        } else {
          double score = 0.5;
          if (title || (given && end > i + 1))
            score = 0.85;
          else if (given || cued)
            score = 0.7;
          else if (end > i + 1)
            score = 0.6;
          if (location_ && !given && !title && !cued &&
              location_cue(preceding(text, tokens.start(i)))) {
            out.push_back(
                {EntityType::location, tokens.start(i), tokens.end(end - 1), 0.6, "place_context"});
          } else {
            out.push_back({EntityType::person, tokens.start(i), tokens.end(end - 1), score,
                           "person_gazetteer"});
          }
          covered = end;
          continue;
        }
      }
    }
  }
}

}  // namespace switchyard::privacy
