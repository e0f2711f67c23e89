#include "switchyard/privacy/folded_text.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <utility>

#include "switchyard/privacy/cpu_features.hpp"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace switchyard::privacy {

namespace {

// What a code point folds to: kKeep (itself), kDrop, or an ASCII byte.
constexpr int kKeep = -1, kDrop = -2;

// The zero of each script's decimal digits (Unicode category Nd) in the
// Basic Multilingual Plane that people write numbers in: Arabic-Indic,
// Persian, N'Ko, Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil,
// Telugu, Kannada, Malayalam, Sinhala, Thai, Lao, Tibetan, Myanmar (two),
// Khmer, Mongolian. Its nine digits follow it.
constexpr char32_t kDigitZeros[] = {0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6,
                                    0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66, 0x0DE6, 0x0E50,
                                    0x0ED0, 0x0F20, 0x1040, 0x1090, 0x17E0, 0x1810};

int fold_of(char32_t cp) {
  if (cp >= 0x0660 && cp <= 0x1819)
    for (const char32_t zero : kDigitZeros)
      if (cp - zero < 10) return static_cast<int>('0' + (cp - zero));
  if (cp == 0x00A0 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x205F ||
      cp == 0x3000)
    return ' ';
  if (cp == 0x00AD || (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x2060 && cp <= 0x2064) ||
      cp == 0xFEFF)
    return kDrop;
  if ((cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212 || cp == 0xFE63) return '-';
  // Punctuation of other scripts and typography, as the ASCII mark it
  // stands for, so that it ends a word as that mark does: the Arabic comma,
  // semicolon, question mark and full stop, the danda, CJK commas, full
  // stops and angle and lenticular brackets, ¡ and ¿.
  // (Quotation marks stay: street names are quoted in „…“ and «…», and a
  // quote of any script already ends a value; see rule.hpp's glued_before.)
  switch (cp) {
    case 0x060C:
    case 0x3001:
      return ',';
    case 0x061B:
      return ';';
    case 0x061F:
    case 0x00BF:
      return '?';
    case 0x00A1:
      return '!';
    case 0x06D4:
    case 0x0964:
    case 0x0965:
    case 0x3002:
      return '.';
    case 0x3008:
    case 0x300A:
    case 0x3010:
    case 0x3014:
      return '(';
    case 0x3009:
    case 0x300B:
    case 0x3011:
    case 0x3015:
      return ')';
    default:
      break;
  }
  if (cp >= 0xFF01 && cp <= 0xFF5E) return static_cast<int>(cp - 0xFEE0);
  return kKeep;
}

// The code point of the UTF-8 sequence of `n` bytes at `p` (n in 2..3).
char32_t decode(const unsigned char* p, std::size_t n) {
  return n == 2 ? (char32_t{p[0]} & 0x1F) << 6 | (p[1] & 0x3F)
                : (char32_t{p[0]} & 0x0F) << 12 | (char32_t{p[1]} & 0x3F) << 6 | (p[2] & 0x3F);
}

// The length of a well-formed 2- or 3-byte sequence at `i`, else 0.
std::size_t sequence_at(std::string_view text, std::size_t i) {
  const auto b = static_cast<unsigned char>(text[i]);
  const std::size_t n = (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : 0;
  if (n == 0 || i + n > text.size()) return 0;
  for (std::size_t k = 1; k < n; ++k)
    if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return 0;
  return n;
}

// Whether a character led by byte `b` may fold (see fold_of): C2 (no-break
// space, soft hyphen, « », ¡ ¿), D8 (Arabic punctuation), D9, DB, DF
// (digits, the Arabic full stop), E0 (digits, the danda), E1 (digits), E2
// (spaces, dashes, quotation marks, invisible characters), E3 (the
// ideographic space, CJK punctuation), EF (full-width forms, the byte-order
// mark).
constexpr bool may_fold(unsigned char b) {
  switch (b) {
    case 0xC2:
    case 0xD8:
    case 0xD9:
    case 0xDB:
    case 0xDF:
    case 0xE0:
    case 0xE1:
    case 0xE2:
    case 0xE3:
    case 0xEF:
      return true;
    default:
      return false;
  }
}

// Whether the character at a lead byte `i` folds.
bool folds_at(std::string_view text, std::size_t i) {
  const std::size_t n = sequence_at(text, i);
  return n != 0 &&
         fold_of(decode(reinterpret_cast<const unsigned char*>(text.data()) + i, n)) != kKeep;
}

// The printable ASCII character percent-encoded at `i` ("%40" '@', "%2B"
// '+', "%20" ' '), as URLs and form posts write it; -1 if there is none.
int percent_encoded_at(std::string_view text, std::size_t i) {
  if (i + 2 >= text.size() || text[i] != '%') return -1;
  const auto hex = [](char c) {
    return c >= '0' && c <= '9'   ? c - '0'
           : c >= 'A' && c <= 'F' ? c - 'A' + 10
           : c >= 'a' && c <= 'f' ? c - 'a' + 10
                                  : -1;
  };
  const int hi = hex(text[i + 1]), lo = hex(text[i + 2]);
  if (hi < 0 || lo < 0) return -1;
  const int c = hi * 16 + lo;
  return c >= 0x20 && c <= 0x7E ? c : -1;
}

// The printable ASCII character an HTML character reference at `i` stands
// for ("&#64;", "&#x40;", "&commat;" '@'; "&nbsp;" ' '), as HTML source and
// pages that hide addresses from harvesters write it, and its length; -1 if
// there is none.
int html_reference_at(std::string_view text, std::size_t i, std::size_t& length) {
  if (i + 3 >= text.size() || text[i] != '&') return -1;
  if (text[i + 1] == '#') {
    const bool hex = text[i + 2] == 'x' || text[i + 2] == 'X';
    int value = 0;
    std::size_t k = i + (hex ? 3 : 2);
    const std::size_t digits_from = k;
    for (; k < text.size() && k < digits_from + 4; ++k) {
      const char c = text[k];
      int d = c >= '0' && c <= '9' ? c - '0' : -1;
      if (hex && d < 0)
        d = c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
      if (d < 0) break;
      value = value * (hex ? 16 : 10) + d;
    }
    if (k == digits_from || k >= text.size() || text[k] != ';') return -1;
    length = k + 1 - i;
    return value >= 0x20 && value <= 0x7E ? value : value == 0xA0 ? ' ' : -1;
  }
  static constexpr std::pair<std::string_view, char> kNamed[] = {
      {"&nbsp;", ' '},   {"&commat;", '@'}, {"&period;", '.'}, {"&plus;", '+'},
      {"&hyphen;", '-'}, {"&dash;", '-'},   {"&lpar;", '('},   {"&rpar;", ')'}};
  for (const auto& [name, c] : kNamed)
    if (text.substr(i, name.size()) == name) {
      length = name.size();
      return c;
    }
  return -1;
}

// ---- look-alike letters -------------------------------------------------

// The Latin letter a Cyrillic or Greek letter is drawn like (Unicode's
// confusables that a reader takes for that letter), or 0.
char look_alike_of(char32_t cp) {
  switch (cp) {
    case 0x0405:
      return 'S';  // Ѕ
    case 0x0406:
      return 'I';  // І
    case 0x0408:
      return 'J';  // Ј
    case 0x0410:
      return 'A';
    case 0x0412:
      return 'B';
    case 0x0415:
      return 'E';
    case 0x041A:
      return 'K';
    case 0x041C:
      return 'M';
    case 0x041D:
      return 'H';
    case 0x041E:
      return 'O';
    case 0x0420:
      return 'P';
    case 0x0421:
      return 'C';
    case 0x0422:
      return 'T';
    case 0x0423:
      return 'Y';
    case 0x0425:
      return 'X';
    case 0x0430:
      return 'a';
    case 0x0435:
      return 'e';
    case 0x043E:
      return 'o';
    case 0x0440:
      return 'p';
    case 0x0441:
      return 'c';
    case 0x0443:
      return 'y';
    case 0x0445:
      return 'x';
    case 0x0455:
      return 's';  // ѕ
    case 0x0456:
      return 'i';  // і
    case 0x0458:
      return 'j';  // ј
    case 0x04AE:
      return 'Y';  // Ү
    case 0x04BB:
      return 'h';  // һ
    case 0x04C0:
      return 'I';  // Ӏ
    case 0x04CF:
      return 'l';  // ӏ
    case 0x0501:
      return 'd';  // ԁ
    case 0x051A:
      return 'Q';  // Ԛ
    case 0x051B:
      return 'q';  // ԛ
    case 0x051C:
      return 'W';  // Ԝ
    case 0x051D:
      return 'w';  // ԝ
    case 0x0391:
      return 'A';
    case 0x0392:
      return 'B';
    case 0x0395:
      return 'E';
    case 0x0396:
      return 'Z';
    case 0x0397:
      return 'H';
    case 0x0399:
      return 'I';
    case 0x039A:
      return 'K';
    case 0x039C:
      return 'M';
    case 0x039D:
      return 'N';
    case 0x039F:
      return 'O';
    case 0x03A1:
      return 'P';
    case 0x03A4:
      return 'T';
    case 0x03A5:
      return 'Y';
    case 0x03A7:
      return 'X';
    case 0x03BA:
      return 'k';  // κ
    case 0x03BD:
      return 'v';  // ν
    case 0x03BF:
      return 'o';  // ο
    case 0x03C1:
      return 'p';  // ρ
    default:
      return 0;
  }
}

// Whether a Cyrillic or Greek look-alike may start at lead byte `b`
// (U+0391..U+03C1: CE, CF; U+0405..U+051D: D0..D4).
constexpr bool may_look_alike(unsigned char b) {
  return b == 0xCE || b == 0xCF || (b >= 0xD0 && b <= 0xD4);
}

// The code point of a two-byte letter of a word at `i` (Latin-1 and Latin
// Extended letters, combining marks, Greek, Cyrillic: U+00C0..U+052F but ×
// and ÷), else 0.
char32_t word_letter_at(std::string_view text, std::size_t i) {
  const auto b = static_cast<unsigned char>(text[i]);
  if (b < 0xC3 || b > 0xD4 || sequence_at(text, i) != 2) return 0;
  const char32_t cp = decode(reinterpret_cast<const unsigned char*>(text.data()) + i, 2);
  return cp == 0xD7 || cp == 0xF7 ? 0 : cp;
}

constexpr bool ascii_word_byte(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

// Where the word holding the character at `i` starts: back over ASCII
// letters, digits and '_' and two-byte letters (see word_letter_at).
std::size_t word_start(std::string_view text, std::size_t i) {
  while (i > 0) {
    if (ascii_word_byte(text[i - 1])) {
      --i;
    } else if (i >= 2 && word_letter_at(text, i - 2) != 0) {
      i -= 2;
    } else {
      break;
    }
  }
  return i;
}

// A word (a run of ASCII letters, digits and '_' and two-byte letters)
// whose letters of other scripts are all look-alikes: it is written in
// Latin letters when it also has a Latin letter, and they read as those.
// In a word of digits and Cyrillic or Greek Os ("55ОО", "5О6"), or of four
// Os or more ("ОООО"), the Os are zeros — but for the Greek ordinals ("2ο",
// "10ο": one or two digits and an omicron, not joined to other digits). Other words — Cyrillic and
// Greek ones, whatever letters they share with Latin ("ООО", "АВС"), and
// words mixing in letters Latin has no look-alike for — stay as written.
struct Word {
  std::size_t end = 0;
  bool folds = false;
  bool digits = false;  // no Latin letter: its Os are zeros
};

bool is_o(char32_t cp) {
  return cp == 0x041E || cp == 0x043E || cp == 0x039F || cp == 0x03BF;
}

Word word_from(std::string_view text, std::size_t i) {
  Word w;
  const std::size_t start = i;
  std::size_t letters = 0, digits = 0, look_alikes = 0;
  bool only_os = true, greek_o = false, ends_in_o = false;
  while (i < text.size()) {
    const char c = text[i];
    if (ascii_word_byte(c)) {
      letters += c >= 'A' && c != '_';
      digits += c <= '9';
      ends_in_o = false;
      ++i;
      continue;
    }
    const char32_t cp = word_letter_at(text, i);
    if (cp == 0) break;
    if (look_alike_of(cp) == 0) {
      // A letter Latin has no look-alike for: a word of its own script.
      while (i < text.size() && (ascii_word_byte(text[i]) || word_letter_at(text, i) != 0))
        i += ascii_word_byte(text[i]) ? 1 : 2;
      w.end = i;
      return w;
    }
    ++look_alikes;
    only_os = only_os && is_o(cp);
    greek_o = greek_o || cp == 0x039F || cp == 0x03BF;
    ends_in_o = true;
    i += 2;
  }
  w.end = i;
  w.digits = letters == 0;
  // A number's group joined to digits ("727-2Ο-1158", "6785 9Ο", "34Ο-О6")
  // is no ordinal.
  const auto separator = [&](std::size_t k) {
    return k < text.size() &&
           (text[k] == '-' || text[k] == ' ' || text[k] == '/' || text[k] == '.');
  };
  // A digit at `k`, or an O whose other side is a digit ("-О6", "8О ").
  const auto digit = [&](std::size_t k) {
    return k < text.size() && text[k] >= '0' && text[k] <= '9';
  };
  const auto o = [&](std::size_t k) {
    return k + 1 < text.size() && is_o(word_letter_at(text, k));
  };
  const bool joined_before = start >= 2 && separator(start - 1) &&
                             (digit(start - 2) || (start >= 4 && o(start - 3) && digit(start - 4)));
  const bool joined_after = separator(i) && (digit(i + 1) || (o(i + 1) && digit(i + 3)));
  const bool ordinal =
      greek_o && look_alikes == 1 && ends_in_o && digits <= 2 && !joined_before && !joined_after;
  w.folds =
      look_alikes > 0 && (letters > 0 || (only_os && (digits > 0 ? !ordinal : look_alikes >= 4)));
  return w;
}

// What a look-alike at `i` of a word that folds reads as: its Latin letter,
// or a zero for an O next to a digit (or in a word of digits).
char look_alike_in(std::string_view text, std::size_t i, const Word& w) {
  const char32_t cp = decode(reinterpret_cast<const unsigned char*>(text.data()) + i, 2);
  if (is_o(cp)) {
    const auto digit = [&](std::size_t k) {
      return k < text.size() && text[k] >= '0' && text[k] <= '9';
    };
    if (w.digits || (i > 0 && digit(i - 1)) || digit(i + 2)) return '0';
  }
  return look_alike_of(cp);
}

// ---- markup -------------------------------------------------------------

// The length of the tag of an inline HTML or XML element at `i` ("<b>",
// "</span>", "<font color='red'>", "<w:t>"); 0 if there is none, or what is
// there only looks like one ("a<b && c>d", "<anna@example.com>",
// "<https://…>", "x < y", "<John Smith>").
std::size_t tag_at(std::string_view text, std::size_t i) {
  constexpr std::size_t kLongest = 256;
  const std::size_t stop = std::min(text.size(), i + kLongest);
  std::size_t k = i + 1;
  const auto at = [&](std::size_t j) { return j < stop ? text[j] : '\0'; };
  const auto alpha = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  const auto name_byte = [&](char c) { return alpha(c) || (c >= '0' && c <= '9') || c == '-'; };
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  const bool closing = at(k) == '/';
  k += closing;
  if (!alpha(at(k))) return 0;
  std::size_t name = k;
  while (name_byte(at(k))) ++k;
  if (at(k) == ':' && alpha(at(k + 1))) {  // a namespace's prefix
    name = ++k;
    while (name_byte(at(k))) ++k;
  }
  const std::string_view tag_name = text.substr(name, k - name);
  // In small letters or in capitals: "<Anna>" is no tag.
  const bool lower =
      std::none_of(tag_name.begin(), tag_name.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  const bool upper =
      std::none_of(tag_name.begin(), tag_name.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  if (!lower && !upper) return 0;
  for (;;) {
    const std::size_t before = k;
    while (space(at(k))) ++k;
    if (at(k) == '>') break;
    if (at(k) == '/' && at(k + 1) == '>' && !closing) {
      ++k;
      break;
    }
    if (k == before || closing) return 0;
    // An attribute: a name, and a value after '=', quoted or not.
    const auto attribute_byte = [&](char c) {
      return name_byte(c) || c == '_' || c == ':' || c == '.';
    };
    if (!alpha(at(k)) && at(k) != '_' && at(k) != ':') return 0;
    while (attribute_byte(at(k))) ++k;
    if (at(k) != '=') return 0;  // "<John Smith>" is no tag
    ++k;
    if (const char quote = at(k); quote == '"' || quote == '\'') {
      ++k;
      while (k < stop && text[k] != quote && text[k] != '<' && text[k] != '>') ++k;
      if (at(k) != quote) return 0;
      ++k;
    } else {
      const std::size_t from = k;
      while (k < stop && !space(text[k]) && text[k] != '>' && text[k] != '<' && text[k] != '"' &&
             text[k] != '\'' && text[k] != '=' && text[k] != '`')
        ++k;
      if (k == from) return 0;
    }
  }
  // Only the tags of inline elements (b, i, span, font, a, …, and Word's
  // runs w:r and w:t) split a value; the tags of blocks and lines (p, td,
  // br, …) and of an XML record's fields end one, as written.
  static constexpr std::string_view kInline[] = {
      "a",   "abbr", "b",    "bdi",  "bdo",   "big",  "cite",   "code",   "data",
      "del", "dfn",  "em",   "font", "i",     "ins",  "kbd",    "mark",   "nobr",
      "q",   "r",    "s",    "samp", "small", "span", "strike", "strong", "sub",
      "sup", "t",    "time", "tt",   "u",     "var",  "wbr"};
  for (const std::string_view n : kInline)
    if (tag_name.size() == n.size() &&
        std::equal(n.begin(), n.end(), tag_name.begin(),
                   [](char x, char y) { return x == (y >= 'A' && y <= 'Z' ? y + 32 : y); }))
      return k + 1 - i;
  return 0;
}

}  // namespace

#if defined(SWITCHYARD_AVX2_PASSES)
namespace {
// From i, past ASCII without '%', '&' or '<' thirty-two bytes at a time: the
// first byte of the first block that is not so (or the last full block's
// end).
__attribute__((target("avx2"))) std::size_t plain_ascii_avx2(const unsigned char* p, std::size_t i,
                                                             std::size_t size) {
  for (; i + 32 <= size; i += 32) {
    const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + i));
    const __m256i marks =
        _mm256_or_si256(_mm256_or_si256(_mm256_cmpeq_epi8(v, _mm256_set1_epi8('%')),
                                        _mm256_cmpeq_epi8(v, _mm256_set1_epi8('&'))),
                        _mm256_cmpeq_epi8(v, _mm256_set1_epi8('<')));
    const auto mask = static_cast<std::uint32_t>(_mm256_movemask_epi8(_mm256_or_si256(v, marks)));
    if (mask != 0) return i + static_cast<std::size_t>(__builtin_ctz(mask));
  }
  return i;
}
}  // namespace
#endif

bool FoldedText::needed(std::string_view text) {
  const auto* const p = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t size = text.size();
  std::size_t i = 0;
#if defined(SWITCHYARD_AVX2_PASSES)
  const bool avx2 = cpu_has_avx2();
#endif
  while (i < size) {
#if defined(SWITCHYARD_AVX2_PASSES)
    if (avx2 && i + 32 <= size) {
      i = plain_ascii_avx2(p, i, size);
      if (i >= size) break;
    }
#endif
#if defined(__SSE2__)
    // ASCII without '%', '&' or '<' sixteen bytes at a time, and on to the
    // first byte that is not.
    if (i + 16 <= size) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
      const __m128i marks = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('%')),
                                                      _mm_cmpeq_epi8(v, _mm_set1_epi8('&'))),
                                         _mm_cmpeq_epi8(v, _mm_set1_epi8('<')));
      const auto mask = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(v, marks)));
      if (mask == 0) {
        i += 16;
        continue;
      }
      i += static_cast<std::size_t>(__builtin_ctz(mask));
    }
#endif
    // ASCII without '%', '&' or '<' eight bytes at a time.
    if (i + 8 <= size) {
      constexpr std::uint64_t kOnes = 0x0101010101010101ULL, kHighs = 0x8080808080808080ULL;
      std::uint64_t word;
      std::memcpy(&word, p + i, 8);
      // A zero byte where '%', '&' or '<' is.
      const std::uint64_t percents = word ^ (kOnes * '%'), ampersands = word ^ (kOnes * '&'),
                          angles = word ^ (kOnes * '<');
      if (((word | ((percents - kOnes) & ~percents) | ((ampersands - kOnes) & ~ampersands) |
            ((angles - kOnes) & ~angles)) &
           kHighs) == 0) {
        i += 8;
        continue;
      }
    }
    const unsigned char b = p[i];
    std::size_t length = 0;
    if ((b == '%' && percent_encoded_at(text, i) >= 0) ||
        (b == '&' && html_reference_at(text, i, length) >= 0) || (b == '<' && tag_at(text, i) != 0))
      return true;
    // A Cyrillic or Greek look-alike: its word is looked at once.
    if (may_look_alike(b) && sequence_at(text, i) == 2 && look_alike_of(decode(p + i, 2)) != 0) {
      const Word w = word_from(text, word_start(text, i));
      if (w.folds) return true;
      i = w.end;
      continue;
    }
    // Of the E3 characters only the ideographic space and CJK punctuation
    // (E3 80 xx) fold: kana are passed over without decoding.
    if (may_fold(b) && (b != 0xE3 || (i + 1 < size && p[i + 1] == 0x80)) && folds_at(text, i))
      return true;
    ++i;
  }
  return false;
}

std::size_t FoldedText::original_end(std::size_t at) const {
  if (at == 0 || at > folded_.size()) return map_[at];
  // The length of what made text()[at - 1]: a reference, a percent-encoded
  // byte, a UTF-8 sequence, or a byte.
  const std::size_t from = map_[at - 1];
  const auto b = static_cast<unsigned char>(original_[from]);
  std::size_t length = 1;
  if (b == '%' && percent_encoded_at(original_, from) >= 0) {
    length = 3;
  } else if (b == '&' && html_reference_at(original_, from, length) >= 0) {
  } else if (b == '<' && (length = tag_at(original_, from)) != 0) {
  } else if (b >= 0xC2) {
    length = std::max<std::size_t>(1, sequence_at(original_, from));
  } else {
    length = 1;
  }
  return from + length;
}

FoldedText::FoldedText(std::string_view text, Tags tags) : original_(text) {
  folded_.reserve(text.size());
  map_.reserve(text.size() + 1);
  Word word;  // the word of the last look-alike
  for (std::size_t i = 0; i < text.size();) {
    const auto b = static_cast<unsigned char>(text[i]);
    if (const int c = b == '%' ? percent_encoded_at(text, i) : -1; c >= 0) {
      folded_ += static_cast<char>(c);
      map_.push_back(static_cast<std::uint32_t>(i));
      i += 3;
      continue;
    }
    std::size_t length = 0;
    if (const int c = b == '&' ? html_reference_at(text, i, length) : -1; c >= 0) {
      folded_ += static_cast<char>(c);
      map_.push_back(static_cast<std::uint32_t>(i));
      i += length;
      continue;
    }
    if (const std::size_t tag = b == '<' && tags == Tags::drop ? tag_at(text, i) : 0; tag != 0) {
      // An attribute has '=' ("<span class='x'>"); a bare tag has none.
      dropped_attributes_ =
          dropped_attributes_ || text.substr(i, tag).find('=') != std::string_view::npos;
      i += tag;
      continue;
    }
    if (may_look_alike(b) && sequence_at(text, i) == 2 &&
        look_alike_of(decode(reinterpret_cast<const unsigned char*>(text.data()) + i, 2)) != 0) {
      if (i >= word.end) word = word_from(text, word_start(text, i));
      if (word.folds) {
        folded_ += look_alike_in(text, i, word);
        map_.push_back(static_cast<std::uint32_t>(i));
        i += 2;
        continue;
      }
    }
    const std::size_t n = b >= 0xC2 ? sequence_at(text, i) : 0;
    const int to =
        n ? fold_of(decode(reinterpret_cast<const unsigned char*>(text.data()) + i, n)) : kKeep;
    if (to == kKeep) {
      folded_ += text[i];
      map_.push_back(static_cast<std::uint32_t>(i));
      ++i;
      continue;
    }
    if (to != kDrop) {
      folded_ += static_cast<char>(to);
      map_.push_back(static_cast<std::uint32_t>(i));
    }
    i += n;
  }
  map_.push_back(static_cast<std::uint32_t>(text.size()));
}

}  // namespace switchyard::privacy
