// Names of the locales whose PERSON recall lagged after recall18 (Zulu,
// Yoruba, Uzbek, Kurmanji, Esperanto, Slovak, Swedish, Turkish, Italian,
// Swiss French, ...), in running prose with no cue word, read after the
// name finder and the layout passes over their findings (called from
// find_listed_names):
//   - a list of three or more closed by a conjunction, one of whose members
//     was found for a person, the others single words no list knows for
//     anything else or known given names ("Stefan, Linus och Oliver kommer");
//   - a person's name written on to a Zulu or Xhosa prefix with no hyphen
//     ("Izolo ngibone uSipho", "Nika kuThandi", "imoto kaNomsa", "noSizwe");
//   - a known given name with a case ending or a possessive written on
//     ("Annas bil", "Tiberion", "Alisherning", "Dilek'e", "d'Ivan").
#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string_view>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "switchyard/privacy/code_points.hpp"
#include "switchyard/privacy/name_finder.hpp"
#include "switchyard/privacy/name_tokens.hpp"
#include "switchyard/privacy/name_words.hpp"

namespace switchyard::privacy {
namespace {

using namespace words;

constexpr std::uint16_t kKnownOtherwise = kCommonWord | kPlace | kNotName | kOrgSuffix | kTitle |
                                          kPhraseHead | kStreetWord | kCapitalisedStreetWord |
                                          kPlacePrefix | kArticle | kUnitWord | kStreetOpener;

char low_ascii(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

bool ascii_lower(char c) {
  return c >= 'a' && c <= 'z';
}
bool ascii_upper(char c) {
  return c >= 'A' && c <= 'Z';
}

// Zulu and Xhosa nouns of the class personal names are in, written with its
// prefix and a capital the same way ("uMama", "uNkulunkulu", "uMsombuluko"):
// kin, God, offices, days and months. Lower case, without the prefix.
constexpr std::string_view kPrefixedNouns[] = {
    "mama",      "baba",       "gogo",      "mkhulu",      "malume",   "sisi",       "bhuti",
    "anti",      "nkulunkulu", "jesu",      "kristu",      "moya",     "mongameli",  "hulumeni",
    "thisha",    "dokotela",   "nesi",      "mphathi",     "masipala", "nduna",      "nkosi",
    "nkosikazi", "msombuluko", "lwesibili", "lwesithathu", "lwesine",  "lwesihlanu", "mgqibelo",
    "sonto",     "masingana",  "nhlolanja", "ndasa",       "mbasa",    "nhlaba",     "nhlangulana",
    "ntulikazi", "ncwaba",     "mandulo",   "mfumfu",      "lwezi",    "zibandlela", "zulu",
    "xhosa",     "ngisi",      "sutu"};

bool prefixed_noun(std::string_view w) {
  if (w.size() > 16) return false;
  char low[16];
  for (std::size_t i = 0; i < w.size(); ++i) low[i] = low_ascii(w[i]);
  const std::string_view l(low, w.size());
  for (std::string_view n : kPrefixedNouns)
    if (l == n) return true;
  return false;
}

}  // namespace

bool NameFinder::given_names_list(std::string_view text,
                                  const std::vector<std::pair<std::size_t, std::size_t>>& items,
                                  const std::vector<bool>& person_found,
                                  const std::vector<bool>& other_found) const {
  // One member found for a person; the others are each one word that no
  // list knows for anything but a given name, and nothing else was found
  // over any of them (a town, a firm).
  // Two of them known given names: a list of people called by their given
  // names, not a firm's partners' surnames ("Christiansen, Durgan and
  // Kemmer", "Martin, Fratila and Chirita").
  if (items.size() < 3) return false;
  std::size_t given = 0;
  for (std::size_t k = 0; k < items.size(); ++k) {
    if (other_found[k]) return false;
    const auto [a, b] = items[k];
    const std::string_view w = text.substr(a, b - a);
    if (w.find(' ') != std::string_view::npos || w.size() < 3) {
      if (person_found[k]) continue;
      return false;
    }
    const std::uint16_t f = words_.flags(w);
    if (f & kGivenName) {
      ++given;
      continue;
    }
    return false;
  }
  return given == items.size();
}

namespace {

// Letters of a word: ASCII letters and every byte beyond ASCII.
constexpr std::array<bool, 256> kLetter = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 256; ++c)
    t[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
  return t;
}();

// The end of the word of letters (ASCII and any non-ASCII byte) from `a`,
// up to a curly quote or a dash (U+2000..U+206F: E2 80 xx, E2 81 xx).
std::size_t letters_end(std::string_view text, std::size_t a) {
  std::size_t e = a;
  while (e < text.size() && kLetter[static_cast<unsigned char>(text[e])]) {
    if (static_cast<unsigned char>(text[e]) == 0xE2 && e + 1 < text.size() &&
        (static_cast<unsigned char>(text[e + 1]) & 0xFE) == 0x80)
      break;
    ++e;
  }
  return e;
}

// A word boundary before `s`: the text's start, a space or punctuation, not
// a handle's, a path's or an identifier's character.
bool opens_word(std::string_view text, std::size_t s) {
  if (s == 0) return true;
  const char c = text[s - 1];
  return c == ' ' || c == '\n' || c == '\t' || c == '"' || c == '(' || c == ',' || c == '\r' ||
         c == '\'' || c == '[';
}

// A word boundary after `e`: the text's end, a space or a sentence's
// punctuation, not an identifier's or a call's.
bool closes_word(std::string_view text, std::size_t e) {
  if (e >= text.size()) return true;
  const char c = text[e];
  if (c == '.' || c == ':')
    return e + 1 >= text.size() || text[e + 1] == ' ' || text[e + 1] == '\n';
  return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == ',' || c == '!' || c == '?' ||
         c == ';' || c == '"' || c == ')' || static_cast<unsigned char>(c) == 0xE2;
}

// Turkish case and possessive endings written after an apostrophe on a
// proper noun ("Dilek'e", "Rahim'le", "Ayşe'nin").
constexpr std::string_view kTurkishEndings[] = {
    "a",   "e",   "ya",  "ye",  "ı",   "i",   "yı",  "yi",  "u",    "ü",    "yu",   "yü",
    "da",  "de",  "ta",  "te",  "dan", "den", "tan", "ten", "ın",   "in",   "un",   "ün",
    "nın", "nin", "nun", "nün", "la",  "le",  "yla", "yle", "ndan", "nden", "nda",  "nde",
    "ca",  "ce",  "yı",  "ya",  "dır", "dir", "dur", "dür", "ydı",  "ydi",  "ymış", "ymiş"};

// Endings a language writes on a given name ("Annas bil" Swedish
// possessive, "Alisherning" / "Alisherni" / "Alisherga" Uzbek genitive,
// accusative and dative, "Ferdinandovi" Slovak dative; not the Esperanto
// accusative "-on": "Municipiu Nicon" is a Romanian town): the ending, what the name ends in
// instead ("" for nothing), and whether it follows only a consonant (not an Italian surname's
// "-ani", "-ini": "Luciani", "Franchini").
struct Ending {
  std::string_view ending, instead;
  bool after_consonant;
};
constexpr Ending kEndings[] = {
    {"ning", "", false}, {"ni", "", true}, {"ga", "", true}, {"ovi", "", true}, {"s", "", false}};

// The first byte at or after `i` that is an ASCII capital or beyond ASCII
// (n if none); with `joined_only`, only an ASCII capital written on to a
// small letter or after an apostrophe ("uSipho", "d'Ivan"), where a text
// of English asks no more.
std::size_t next_capital(const char* p, std::size_t i, std::size_t n, bool joined_only) {
  if (joined_only && i == 0) i = 1;
#if defined(__SSE2__)
  const __m128i capital_bias = _mm_set1_epi8(static_cast<char>(0x80 - 'A'));
  const __m128i small_bias = _mm_set1_epi8(static_cast<char>(0x80 - 'a'));
  const __m128i limit = _mm_set1_epi8(static_cast<char>(-128 + 26));
  const __m128i apostrophe = _mm_set1_epi8('\'');
  for (; i + 16 <= n; i += 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    // (x - 'A') + 0x80 below -128 + 26, as signed bytes: 'A'..'Z'.
    int hit = _mm_movemask_epi8(_mm_cmplt_epi8(_mm_add_epi8(x, capital_bias), limit));
    if (joined_only) {
      const __m128i before = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i - 1));
      hit &= _mm_movemask_epi8(_mm_or_si128(_mm_cmplt_epi8(_mm_add_epi8(before, small_bias), limit),
                                            _mm_cmpeq_epi8(before, apostrophe)));
    } else {
      hit |= _mm_movemask_epi8(x);
    }
    if (hit) return i + static_cast<std::size_t>(std::countr_zero(static_cast<unsigned>(hit)));
  }
#endif
  for (; i < n; ++i) {
    const auto c = static_cast<unsigned char>(p[i]);
    if (joined_only ? (c >= 'A' && c <= 'Z' && (ascii_lower(p[i - 1]) || p[i - 1] == '\''))
                    : ((c >= 'A' && c <= 'Z') || c >= 0x80))
      return i;
  }
  return n;
}

// A text with a letter beyond ASCII (`high`: known to have one, or not;
// asked of the bytes if unknown), or an Uzbek "o'" or "g'" inside a word
// ("ko'rdim", "Farg'ona").
bool beyond_english(const char* p, std::size_t n, std::optional<bool> high) {
  if (high) {
    if (*high) return true;
  } else {
    std::size_t i = 0;
#if defined(__SSE2__)
    for (; i + 16 <= n; i += 16)
      if (_mm_movemask_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i)))) return true;
#endif
    for (; i < n; ++i)
      if (static_cast<unsigned char>(p[i]) >= 0x80) return true;
  }
  for (const char* q = p; (q = static_cast<const char*>(std::memchr(q, '\'', n - (q - p)))); ++q) {
    const std::size_t k = static_cast<std::size_t>(q - p);
    if (k >= 2 && k + 1 < n && (p[k - 1] == 'o' || p[k - 1] == 'g') && ascii_lower(p[k - 2]) &&
        ascii_lower(p[k + 1]))
      return true;
  }
  return false;
}

}  // namespace

namespace words {

// Whether text[a, b) is clear for a person: nothing was found over it but
// the name finder's weaker readings of its words as a person, the one of
// the same words raised to `score` (true); false if anything else is there.
bool clear_for_person(std::vector<Finding>& all, std::size_t n, std::size_t a, std::size_t b,
                      double score, std::string_view detector) {
  for (std::size_t i = 0; i < n; ++i) {
    const Finding& f = all[i];
    if (f.start >= b || f.end <= a) continue;
    // (A reading too weak to be kept, over more words, is let be.)
    if (f.type != EntityType::person || ((f.start < a || f.end > b) && f.score >= 0.5))
      return false;
  }
  // The first reading inside the span becomes the span's; the others
  // inside it are dropped (scored below every threshold).
  bool taken = false;
  for (std::size_t i = 0; i < n; ++i) {
    Finding& f = all[i];
    if (f.start < a || f.end > b) continue;
    if (taken) {
      f.score = 0;
      continue;
    }
    f = {EntityType::person, a, b, std::max(score, f.score), detector};
    taken = true;
  }
  if (!taken) all.push_back({EntityType::person, a, b, score, detector});
  return true;
}

}  // namespace words

void NameFinder::joined_names(std::string_view text, std::vector<Finding>& all) const {
  if (!person_ || text.size() < 4) return;
  static constexpr std::string_view kPrefixes[] = {"u", "ku", "ka", "no", "ngu", "kuka", "na"};
  const std::size_t before = all.size();
  const char* p = text.data();
  const std::size_t n = text.size();
  // The scan's find_leads noted where capitals are joined to a small
  // letter (JoinedCapitals): in English text those are all this reads.
  const JoinedCapitals* noted = joined_capitals_of(text);
  const bool foreign =
      beyond_english(p, n, noted ? std::optional<bool>(noted->beyond_ascii) : std::nullopt);
  const std::vector<std::uint32_t>* joined = noted && !foreign ? &noted->at : nullptr;
  std::size_t next_joined = 0;
  auto next = [&](std::size_t from) -> std::size_t {
    if (!joined) return next_capital(p, from, n, !foreign);
    while (next_joined < joined->size() && (*joined)[next_joined] < from) ++next_joined;
    return next_joined < joined->size() ? (*joined)[next_joined] : n;
  };
  for (std::size_t i = 0; i + 2 < n; ++i) {
    // Past bytes with no capital and none beyond ASCII, sixteen at a time.
    i = next(i);
    if (i + 2 >= n) break;
    const auto c = static_cast<unsigned char>(p[i]);
    // A word opens with a capital at a (after a boundary, a small prefix
    // or a French elision).
    if (!(c >= 'A' && c <= 'Z') && !(c >= 0xC3 && c <= 0xC5)) continue;
    if (c >= 0x80 && !capitalised(text.substr(i, 2))) continue;
    const std::size_t a = i;
    std::size_t s = a;
    while (s > 0 && a - s < 5 && ascii_lower(p[s - 1])) --s;
    // (A word after a boundary is read for its ending only in a text of a
    // language beyond English, next_capital() says.)
    const std::size_t e = letters_end(text, a);
    i = e;
    if (e < a + 3) continue;
    const std::string_view w = text.substr(a, e - a);
    // (Shaped and looked up only where a shape below asks: most capitalised
    // words are no candidate, and the name finder looked them up already.)
    const auto flags = [&] { return words_.flags(w, n - a); };
    double score = 0;
    std::size_t b = e;
    std::string_view detector;
    if (s < a) {
      // A prefix written on: "uSipho", "kuThandi", "noNomsa Dlamini".
      const std::string_view prefix = text.substr(s, a - s);
      bool known = false;
      for (std::string_view k : kPrefixes) known = known || prefix == k;
      if (!known || !opens_word(text, s) || !closes_word(text, e) || prefixed_noun(w)) continue;
      if (!name_shaped(w)) continue;
      const std::uint16_t f = flags();
      // (A town's name takes "u" and "na" too: "uTshwane"; after them only
      // a known given name.)
      if (!(f & kGivenName) && ((f & kKnownOtherwise) || (common_ && common_->contains(w)) ||
                                prefix == "u" || prefix == "na"))
        continue;
      if (e + 2 < n && p[e] == ' ' && ascii_upper(p[e + 1])) {
        const std::size_t e2 = letters_end(text, e + 1);
        const std::string_view last = text.substr(e + 1, e2 - e - 1);
        if (last.size() >= 3 && name_shaped(last) && !(words_.flags(last) & kKnownOtherwise) &&
            closes_word(text, e2))
          b = e2;
      }
      score = 0.7;
      detector = "person_prefix_joined";
    } else if (a >= 2 && p[a - 1] == '\'' && p[a - 2] == 'd' && opens_word(text, a - 2)) {
      // French and Italian elision: "la voiture d'Ivan", "l'ufficio d'Anna".
      if (!name_shaped(w)) continue;
      const std::uint16_t f = flags();
      if (!(f & kGivenName) || (f & kKnownOtherwise) || !closes_word(text, e)) continue;
      score = 0.7;
      detector = "person_elided";
    } else if (opens_word(text, a) && !(s > 0 && p[s - 1] == '\'')) {
      if (e + 2 < n && (p[e] == '\'' || (static_cast<unsigned char>(p[e]) == 0xE2 && e + 3 < n &&
                                         static_cast<unsigned char>(p[e + 1]) == 0x80 &&
                                         static_cast<unsigned char>(p[e + 2]) == 0x99))) {
        // A Turkish ending after an apostrophe on a known given name.
        if (!name_shaped(w)) continue;
        const std::uint16_t f = flags();
        if (!(f & kGivenName) || (f & kKnownOtherwise)) continue;
        const std::size_t t = e + (p[e] == '\'' ? 1 : 3);
        const std::size_t te = letters_end(text, t);
        const std::string_view ending = text.substr(t, te - t);
        bool turkish = false;
        for (std::string_view k : kTurkishEndings) turkish = turkish || ending == k;
        if (!turkish || !closes_word(text, te)) continue;
        score = 0.7;
        detector = "person_inflected";
      } else {
        // A known given name with an ending written on, the word itself
        // known for nothing.
        // (Every ending ends in one of these letters.)
        const char z = w.back();
        if ((z != 'g' && z != 'i' && z != 'a' && z != 'n' && z != 's') || !closes_word(text, e) ||
            !name_shaped(w))
          continue;
        // (A Swedish possessive goes before a word in small letters.)
        const bool possessive = e + 1 < n && p[e] == ' ' && ascii_lower(p[e + 1]);
        bool inflected = false, looked_up = false;
        char stem[40];
        for (const Ending& k : kEndings) {
          if (k.ending.back() != z || w.size() < k.ending.size() + 3 || !w.ends_with(k.ending))
            continue;
          const std::size_t keep = w.size() - k.ending.size();
          // (Not a Romanian town's "-eni", a Latvian surname's "-ons": a
          // possessive "s" and the Uzbek endings follow a vowel's name or
          // a consonant's, never an "e"; "s" follows a vowel.)
          const char prev = w[keep - 1];
          const bool vowel = prev == 'a' || prev == 'o' || prev == 'i' || prev == 'u' ||
                             prev == 'e' || prev == 'y';
          if (k.instead.empty() && prev == 'e') continue;
          if (k.after_consonant && (vowel || !ascii_lower(prev))) continue;
          if (k.ending == "s" && (!vowel || prev == 'y' || !possessive)) continue;
          if (keep + k.instead.size() > sizeof stem) continue;
          if (!looked_up) {
            if (flags() || (common_ && common_->contains(w))) break;
            looked_up = true;
          }
          std::memcpy(stem, w.data(), keep);
          std::memcpy(stem + keep, k.instead.data(), k.instead.size());
          const std::uint16_t g = words_.flags(std::string_view(stem, keep + k.instead.size()));
          if ((g & kGivenName) && !(g & kKnownOtherwise)) {
            inflected = true;
            break;
          }
        }
        if (!inflected) continue;
        score = 0.7;
        detector = "person_inflected";
      }
    } else {
      continue;
    }
    if (clear_for_person(all, before, a, b, score, detector)) i = std::max(i, b);
  }
}

void NameFinder::mentioned_names(std::string_view text, std::vector<Finding>& all) const {
  // A chat's @mention of a person: "@Laylo", "@anton.pavlishin",
  // "@AlvinaBorovska": the handle is a known given name, or opens with one
  // before a dot, an underscore or a capital. Not a decorator or an
  // annotation ("@app.route(", "@Override"), a package's scope
  // ("@types/node") or an address.
  if (!person_) return;
  const std::size_t before = all.size();
  const std::size_t n = text.size();
  for (std::size_t h = 0; h < n;) {
    const void* at = std::memchr(text.data() + h, '@', n - h);
    if (!at) return;
    const std::size_t i = static_cast<const char*>(at) - text.data();
    h = i + 1;
    if (i > 0 && !(text[i - 1] == ' ' || text[i - 1] == '\n' || text[i - 1] == '(' ||
                   text[i - 1] == ',' || text[i - 1] == '\t'))
      continue;
    std::size_t e = i + 1;
    while (e < n && (ascii_lower(text[e]) || ascii_upper(text[e]) || text[e] == '.' ||
                     text[e] == '_' || static_cast<unsigned char>(text[e]) >= 0x80))
      ++e;
    while (e > i + 1 && (text[e - 1] == '.' || text[e - 1] == '_')) --e;
    if (e < i + 4 || (e < n && (text[e] == '/' || text[e] == '(' || text[e] == '@' ||
                                (cls(text[e]) & kDigit) || text[e] == '-')))
      continue;
    const std::string_view handle = text.substr(i + 1, e - i - 1);
    // Its first part: up to a dot, an underscore or an inner capital.
    std::size_t k = 1;
    while (k < handle.size() && handle[k] != '.' && handle[k] != '_' && !ascii_upper(handle[k]))
      ++k;
    const std::string_view first = handle.substr(0, k);
    if (first.size() < 3) continue;
    const std::string_view rest = handle.substr(k);
    // At most two parts, each of letters.
    const std::string_view second = rest.empty() ? rest : rest.substr(ascii_upper(rest[0]) ? 0 : 1);
    bool two = true;
    for (std::size_t j = 0; j < second.size(); ++j)
      two = two && second[j] != '.' && second[j] != '_' && !(j > 0 && ascii_upper(second[j]));
    if (!two || (!rest.empty() && second.size() < 2)) continue;
    // (A given name that is also a word, "maria", "mark", only before a
    // second part.)
    const std::uint16_t f = words_.flags(first);
    if (!(f & kGivenName) || (f & (kKnownOtherwise & ~kCommonWord)) ||
        ((f & kCommonWord) && rest.empty()))
      continue;
    h = e;
    if (!clear_for_person(all, before, i + 1, e, 0.7, "person_mention")) continue;
  }
}

void NameFinder::surnames_before_comma(std::string_view text, std::vector<Finding>& all) const {
  if (!person_) return;
  const std::size_t count = all.size();
  for (std::size_t i = 0; i < count; ++i) {
    const Finding f = all[i];
    if (f.type != EntityType::person || f.score < 0.5 || f.start < 4) continue;
    // ", " right before the finding, and its first word a known given name.
    if (text[f.start - 1] != ' ' || text[f.start - 2] != ',') continue;
    const std::size_t first_end = letters_end(text, f.start);
    if (first_end <= f.start ||
        !(words_.flags(text.substr(f.start, first_end - f.start)) & kGivenName))
      continue;
    // The word before the comma, whole ("Okonjo-Iweala", "O'Brien").
    const std::size_t e = f.start - 2;
    std::size_t b = e;
    while (b > 0 &&
           ((cls(text[b - 1]) & kTokenByte) || ((text[b - 1] == '-' || text[b - 1] == '\'') &&
                                                b >= 2 && (cls(text[b - 2]) & kTokenByte))))
      --b;
    if (e - b < 2 || e - b > 40 ||
        (b > 0 && !(text[b - 1] == ' ' || text[b - 1] == '\n' || text[b - 1] == '(' ||
                    text[b - 1] == '"' || text[b - 1] == '\t' || text[b - 1] == ':')))
      continue;
    const std::string_view word = text.substr(b, e - b);
    // Written as a name (capital first) or in capitals, spelled as a name
    // is for the lists: "GONZALEZ" as "Gonzalez".
    const bool caps = acronym(word);
    if (!caps && !(capitalised(word) && name_shaped(word, true))) continue;
    std::array<char, 40> buf;
    const std::string_view as_name = spelled_as_name(word, buf);
    // A surname: of the lists, or of a surname's shape; no place, title,
    // firm, street or English word (but one also written capitalised:
    // "Smith").
    const std::uint16_t flags = words_.flags(as_name);
    if ((flags & (kPlace | kTitle | kOrgSuffix | kStreetWord | kNotName | kUnitWord)) ||
        ((flags & kCommonWord) && !(flags & kAlsoProperNoun)))
      continue;
    if (!known_surname(as_name) && !surname_shaped(as_name)) continue;
    clear_for_person(all, count, b, e, f.score, "person_surname_first");
  }
}

void NameFinder::quoted_inverted_names(std::string_view text, std::vector<Finding>& all) const {
  // A CSV cell in quotes naming a person surname first: 4218,"Xelîl,
  // Hawar",Mêrdîn: one capitalised word, a comma, one or two more, none
  // known for anything but a name (not "Springfield, Illinois").
  if (!person_) return;
  const std::size_t before = all.size();
  const std::size_t n = text.size();
  for (std::size_t h = 0; h + 6 < n;) {
    const void* at = std::memchr(text.data() + h, '"', n - h);
    if (!at) return;
    const std::size_t q = static_cast<const char*>(at) - text.data();
    h = q + 1;
    if (q > 0 && text[q - 1] != ',' && text[q - 1] != ';' && text[q - 1] != '\t') continue;
    const void* to = std::memchr(text.data() + q + 1, '"', std::min(n - q - 1, std::size_t{64}));
    if (!to) continue;
    const std::size_t r = static_cast<const char*>(to) - text.data();
    if (r + 1 < n && text[r + 1] != ',' && text[r + 1] != ';' && text[r + 1] != '\t' &&
        text[r + 1] != '\n' && text[r + 1] != '\r')
      continue;
    const std::string_view cell = text.substr(q + 1, r - q - 1);
    const std::size_t comma = cell.find(", ");
    if (comma == std::string_view::npos || cell.find(',', comma + 1) != std::string_view::npos)
      continue;
    h = r + 1;
    const std::size_t sa = q + 1, sb = q + 1 + comma, ga = sb + 2, gb = r;
    bool names = true;
    std::size_t words = 0;
    for (std::size_t k = sa; k < gb && names;) {
      if (k == sb) {
        k = ga;
        continue;
      }
      const std::size_t e = letters_end(text, k);
      const std::size_t stop = k < sb ? sb : gb;
      // (A name's inner apostrophe: "D'Elia".)
      std::size_t end = e;
      while (end < stop && (text[end] == '\'' || text[end] == '-') && end + 1 < stop)
        end = letters_end(text, end + 1);
      const std::string_view word = text.substr(k, end - k);
      const std::uint16_t f = words_.flags(word);
      names = word.size() >= 2 && capitalised(word) && name_shaped(word, true) &&
              !all_capitals(word) && (!(f & kKnownOtherwise) || (f & kGivenName)) &&
              (end == stop || text[end] == ' ');
      ++words;
      k = end == stop ? (k < sb ? sb : gb) : end + 1;
    }
    if (!names || words < 2 || words > 3) continue;
    clear_for_person(all, before, sa, sb, 0.7, "person_inverted_cell");
    clear_for_person(all, before, ga, gb, 0.7, "person_inverted_cell");
  }
}

void NameFinder::role_senders(std::string_view text, std::vector<Finding>& all) const {
  // No person is named by a handle that opens with a common word
  // ("@team-kyiv", "@ops_oncall"), nor by the display name of a role's
  // mail address ("Barilla <noreply@example.com>", "Zain <info@zain.com>")
  // that does not open with a known given name.
  static constexpr std::string_view kRoles[] = {
      "noreply", "no-reply",      "no_reply",     "donotreply",    "do-not-reply", "info",
      "support", "contact",       "sales",        "news",          "newsletter",   "billing",
      "service", "notifications", "notification", "alerts",        "team",         "hello",
      "office",  "admin",         "help",         "mailer-daemon", "mailer",       "marketing"};
  for (Finding& f : all) {
    if (f.type != EntityType::person || f.score <= 0) continue;
    // A handle's first part.
    if (f.start > 0 && text[f.start - 1] == '@' &&
        (f.start < 2 || text[f.start - 2] == ' ' || text[f.start - 2] == '\n')) {
      std::size_t k = f.start;
      while (k < f.end && (ascii_lower(text[k]) || ascii_upper(text[k]))) ++k;
      if (k < f.end && (text[k] == '-' || text[k] == '_' || text[k] == '.') && k > f.start + 1) {
        const std::uint16_t g = words_.flags(text.substr(f.start, k - f.start));
        if ((g & kCommonWord) && !(g & kGivenName)) f.score = 0;
      }
      continue;
    }
    // A display name before a role's address.
    std::size_t k = f.end;
    while (k < text.size() && k < f.end + 2 && (text[k] == ' ' || text[k] == '"')) ++k;
    if (k >= text.size() || text[k] != '<') continue;
    const std::size_t at = text.find('@', k);
    if (at == std::string_view::npos || at > k + 24) continue;
    const std::string_view local = text.substr(k + 1, at - k - 1);
    // (A known given name keeps its person: "Maria Rossi <info@rossi.it>".)
    std::size_t w = f.start;
    while (w < f.end && text[w] != ' ') ++w;
    if (words_.flags(text.substr(f.start, w - f.start)) & kGivenName) continue;
    for (std::string_view r : kRoles)
      if (local.size() == r.size() && std::equal(local.begin(), local.end(), r.begin(),
                                                 [](char a, char b) { return low_ascii(a) == b; }))
        f.score = 0;
  }
}

}  // namespace switchyard::privacy
