// A rule pairs one pattern of the multi-pattern scan with the code that
// confirms its matches. Patterns are deliberately loose and fast; a rule's
// `confirm` decides, with checksums, numbering rules and word boundaries,
// whether the text really is the entity, and trims the span.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "switchyard/privacy/context_words.hpp"
#include "switchyard/privacy/cpu_features.hpp"
#include "switchyard/privacy/entity_type.hpp"
#include "switchyard/privacy/pattern_scanner.hpp"
#include "switchyard/privacy/scripts.hpp"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace switchyard::privacy {

class PhoneNumberChecker;

struct Candidate {
  std::size_t start = 0;
  std::size_t end = 0;
  double score = 0;  // before context words
  std::string_view detector;
};

using Confirm = std::function<std::optional<Candidate>(std::string_view text, std::size_t start,
                                                       std::size_t end)>;

struct Rule {
  EntityType type = EntityType::email_address;
  Pattern pattern;
  // Gets the text and a raw match [start, end); nullopt rejects the match.
  Confirm confirm;
  ContextWords context;
  // For patterns without leftmost_start: where the match starts, given its
  // end (scanning back over the characters the entity may contain).
  std::function<std::size_t(std::string_view text, std::size_t end)> find_start;
  // Instead of the pattern: appends the raw matches [start, end) itself (the
  // `pattern` field of each is filled in by the caller). For entities with a
  // rare anchor byte, such as the "@" of an email address, a memchr beats
  // Hyperscan's automaton by far.
  std::function<void(std::string_view text, std::vector<PatternMatch>& out)> find;
  // A cheap test that every text the pattern matches passes (a necessary
  // condition, never a heuristic). A pattern with one runs in a Hyperscan
  // pass of its own, over the texts that pass: for patterns whose short
  // case-insensitive literals would slow the main pass down for every text.
  std::function<bool(std::string_view text)> prefilter;
  // The highest score `confirm` gives. When that is below the entity's
  // threshold, only a raising context word can make a finding, so the
  // detector runs the pattern only over text that contains one of them.
  double max_score = 1.0;
  // Every match holds a run of at least this many digits ("\d{6,9}": 6).
  // The gate of rules that need a context word looks only around such runs
  // (detector.cpp), so a text's short numbers ("items[0]", "10.20.30.40")
  // cost it nothing. 0: the pattern needs no digit.
  std::size_t digit_run = 0;
};

// Built field by field: g++ 12 warns falsely about brace-initialised Rules.
inline Rule make_rule(EntityType type, Pattern pattern, Confirm confirm,
                      ContextWords context = {}) {
  Rule r;
  r.type = type;
  r.pattern = std::move(pattern);
  r.confirm = std::move(confirm);
  r.context = std::move(context);
  return r;
}

// Email, phone, card, IBAN, SSN, IP addresses.
std::vector<Rule> structured_rules(const PhoneNumberChecker& phones);
// URLs and domain names.
std::vector<Rule> network_rules();
// Driver's licences, passports, medical record numbers.
std::vector<Rule> identity_rules();
// Full calendar dates; dates of birth among them.
std::vector<Rule> date_rules();
// Cloud keys, API tokens, private keys, JWTs, high-entropy values.
std::vector<Rule> secret_rules();

// Byte classes shared by the rules. Bytes >= 0x80 count as letters, so a
// match glued to a non-ASCII word is not mistaken for a whole token.
inline bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
inline bool is_ascii_alpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
inline bool is_word_byte(char c) {
  return is_digit(c) || is_ascii_alpha(c) || c == '_' || static_cast<unsigned char>(c) >= 0x80;
}
inline char byte_before(std::string_view text, std::size_t at) {
  return at > 0 && at <= text.size() ? text[at - 1] : ' ';
}
inline char byte_at(std::string_view text, std::size_t at) {
  return at < text.size() ? text[at] : ' ';
}
// Whether a non-ASCII code point glues to a match beside it as a word does:
// letters and digits of the scripts that separate words with spaces (Latin,
// Greek, Cyrillic, Armenian, Hebrew, Arabic, Devanagari, Georgian), full-
// width letters and digits, and the signs that say what a number is of:
// "№4561234567" a document, "〒033-1134" a Japanese postcode, "＃12". Punctuation and symbols do
// not ("“+44 20 7946 0958”", "«…»", a no-break space, "—"), nor do the scripts written without
// spaces or whose particles join a number (Chinese, Japanese, Korean, Thai):
// "電話：03-1234-5678まで", "전화:02-1234-5678입니다".
inline bool word_code_point(char32_t cp) {
  if (cp < 0x80) return false;
  switch (script_of(cp)) {
    case Script::latin: {
      const Kind k = kind_of(cp);  // ª µ º and the letters from À; not × ÷
      return k == Kind::letter || k == Kind::mark || k == Kind::digit ||
             (cp >= 0x02B0 && cp <= 0x02FF);  // the modifiers, their signs too
    }
    case Script::greek:
    case Script::cyrillic:  // all but their punctuation (; ·)
      return kind_of(cp) != Kind::punctuation;
    case Script::armenian:  // its other signs are written on or inside a word
      return cp != 0x0589;  // ։
    case Script::hebrew:    // its letters
      return kind_of(cp) == Kind::letter;
    case Script::arabic:  // letters and digits, not the marks and signs after U+06D3
      return (cp >= 0x0620 && cp <= 0x064A) || (cp >= 0x0660 && cp <= 0x0669) ||
             (cp >= 0x066E && cp <= 0x06D3) || cp >= 0x06F0;
    case Script::devanagari:  // all but the dandas
      return cp != 0x0964 && cp != 0x0965;
    case Script::georgian:
      return true;
    case Script::fullwidth:  // ＃ and the letters and digits
      return cp == 0xFF03 || kind_of(cp) == Kind::letter || kind_of(cp) == Kind::digit;
    default:
      return cp == 0x2116 || cp == 0x3012;  // № 〒: a number of something
  }
}
// The code point of the UTF-8 sequence starting at `at` (U+FFFD where the
// bytes are not one).
inline char32_t code_point_at(std::string_view text, std::size_t at) {
  const auto b = static_cast<unsigned char>(text[at]);
  const std::size_t n = b < 0xC0 ? 0 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : b < 0xF8 ? 4 : 0;
  if (n == 0 || at + n > text.size()) return 0xFFFD;
  char32_t cp = b & (0x7F >> n);
  for (std::size_t k = 1; k < n; ++k) {
    const auto c = static_cast<unsigned char>(text[at + k]);
    if ((c & 0xC0) != 0x80) return 0xFFFD;
    cp = (cp << 6) | (c & 0x3F);
  }
  return cp;
}
// A word character right before `at` / at `at`: an ASCII letter, digit or
// '_', or a non-ASCII code point word_code_point() counts.
inline bool glued_before(std::string_view text, std::size_t at) {
  const char c = byte_before(text, at);
  if (static_cast<unsigned char>(c) < 0x80) return is_word_byte(c);
  std::size_t s = at - 1;
  while (s > 0 && at - s < 4 && (static_cast<unsigned char>(text[s]) & 0xC0) == 0x80) --s;
  return word_code_point(code_point_at(text, s));
}
inline bool glued_at(std::string_view text, std::size_t at) {
  const char c = byte_at(text, at);
  if (static_cast<unsigned char>(c) < 0x80) return is_word_byte(c);
  return word_code_point(code_point_at(text, at));
}
// [start, end) is not glued to a word on either side.
inline bool stands_alone(std::string_view text, std::size_t start, std::size_t end) {
  return !glued_before(text, start) && !glued_at(text, end);
}
// The match continues as a number: "1.5" or "12-3" right after the span.
inline bool continues_number(std::string_view text, std::size_t end) {
  const char c = byte_at(text, end);
  return (c == '.' || c == '-' || c == ',' || c == '/') && is_digit(byte_at(text, end + 1));
}
#if defined(SWITCHYARD_AVX2_PASSES)
// With AVX2 (cpu_features.hpp) the passes below read 32 bytes at a time,
// with the same visits in the same order.
namespace avx2 {
template <class Visit>
__attribute__((target("avx2"))) std::size_t for_each_of(const char* p, std::size_t n, char a,
                                                        char b, Visit& visit) {
  std::size_t i = 0;
  const __m256i va = _mm256_set1_epi8(a), vb = _mm256_set1_epi8(b);
  for (; i + 32 <= n; i += 32) {
    const __m256i x = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + i));
    auto mask = static_cast<std::uint32_t>(
        _mm256_movemask_epi8(_mm256_or_si256(_mm256_cmpeq_epi8(x, va), _mm256_cmpeq_epi8(x, vb))));
    for (; mask; mask &= mask - 1) visit(i + static_cast<std::size_t>(__builtin_ctz(mask)));
  }
  return i;
}
// Returns where it stopped; `previous_digit` carries the last byte's class.
template <class Visit>
__attribute__((target("avx2"))) std::size_t for_each_digit_run(const char* p, std::size_t n,
                                                               bool& previous_digit, Visit& visit) {
  std::size_t i = 0;
  const __m256i zero = _mm256_set1_epi8('0' - 1), nine = _mm256_set1_epi8('9' + 1);
  for (; i + 32 <= n; i += 32) {
    const __m256i x = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + i));
    const auto digits = static_cast<std::uint32_t>(_mm256_movemask_epi8(
        _mm256_and_si256(_mm256_cmpgt_epi8(x, zero), _mm256_cmpgt_epi8(nine, x))));
    std::uint32_t starts = digits & ~((digits << 1) | (previous_digit ? 1u : 0u));
    for (; starts; starts &= starts - 1) visit(i + static_cast<std::size_t>(__builtin_ctz(starts)));
    previous_digit = digits >> 31 & 1u;
  }
  return i;
}
}  // namespace avx2
#endif

// Calls visit(i) for each i, in order, where text[i] is `a` or `b` (pass the
// same byte twice for one). Sixteen bytes at a time (32 with AVX2): cheaper
// than a memchr call per hit when hits are frequent (the dots of prose).
template <class Visit>
void for_each_of(std::string_view text, char a, char b, Visit&& visit) {
  const char* const p = text.data();
  const std::size_t n = text.size();
  std::size_t i = 0;
#if defined(SWITCHYARD_AVX2_PASSES)
  if (cpu_has_avx2()) i = avx2::for_each_of(p, n, a, b, visit);
#endif
#if defined(__SSE2__)
  const __m128i va = _mm_set1_epi8(a), vb = _mm_set1_epi8(b);
  for (; i + 16 <= n; i += 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    auto mask = static_cast<unsigned>(
        _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(x, va), _mm_cmpeq_epi8(x, vb))));
    for (; mask; mask &= mask - 1) visit(i + static_cast<std::size_t>(__builtin_ctz(mask)));
  }
#endif
  for (; i < n; ++i)
    if (p[i] == a || p[i] == b) visit(i);
}

// Calls visit(i) for each i where a run of ASCII digits starts, in order.
// Sixteen bytes at a time: prose has few digits.
template <class Visit>
void for_each_digit_run(std::string_view text, Visit&& visit) {
  const char* const p = text.data();
  const std::size_t n = text.size();
  std::size_t i = 0;
  bool previous_digit = false;
#if defined(SWITCHYARD_AVX2_PASSES)
  if (cpu_has_avx2()) i = avx2::for_each_digit_run(p, n, previous_digit, visit);
#endif
#if defined(__SSE2__)
  const __m128i zero = _mm_set1_epi8('0' - 1), nine = _mm_set1_epi8('9' + 1);
  for (; i + 16 <= n; i += 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    // Digits: '0' - 1 < x < '9' + 1, signed compares (bytes >= 0x80 are
    // negative, below '0').
    const auto digits = static_cast<unsigned>(
        _mm_movemask_epi8(_mm_and_si128(_mm_cmpgt_epi8(x, zero), _mm_cmplt_epi8(x, nine))));
    unsigned starts = digits & ~((digits << 1) | (previous_digit ? 1u : 0u));
    for (; starts; starts &= starts - 1) visit(i + static_cast<std::size_t>(__builtin_ctz(starts)));
    previous_digit = digits >> 15 & 1u;
  }
#endif
  for (; i < n; ++i) {
    const bool digit = is_digit(p[i]);
    if (digit && !previous_digit) visit(i);
    previous_digit = digit;
  }
}

inline bool preceded_by_number(std::string_view text, std::size_t start) {
  const char c = byte_before(text, start);
  return (c == '.' || c == '-' || c == '/') && start >= 2 && is_digit(text[start - 2]);
}

}  // namespace switchyard::privacy
