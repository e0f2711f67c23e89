#include "switchyard/privacy/folded_text.hpp"

#include <cstring>
#include <utility>

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

}  // namespace

bool FoldedText::needed(std::string_view text) {
  const auto* const p = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t size = text.size();
  std::size_t i = 0;
  while (i < size) {
    // ASCII without '%' or '&' eight bytes at a time.
    if (i + 8 <= size) {
      constexpr std::uint64_t kOnes = 0x0101010101010101ULL, kHighs = 0x8080808080808080ULL;
      std::uint64_t word;
      std::memcpy(&word, p + i, 8);
      // A zero byte where '%' or '&' is.
      const std::uint64_t percents = word ^ (kOnes * '%'), ampersands = word ^ (kOnes * '&');
      if ((word & kHighs) == 0 && ((percents - kOnes) & ~percents & kHighs) == 0 &&
          ((ampersands - kOnes) & ~ampersands & kHighs) == 0) {
        i += 8;
        continue;
      }
    }
    const unsigned char b = p[i];
    std::size_t length = 0;
    if ((b == '%' && percent_encoded_at(text, i) >= 0) ||
        (b == '&' && html_reference_at(text, i, length) >= 0))
      return true;
    // Of the E3 characters only the ideographic space and CJK punctuation
    // (E3 80 xx) fold: kana are passed over without decoding.
    if (may_fold(b) && (b != 0xE3 || (i + 1 < size && p[i + 1] == 0x80)) && folds_at(text, i))
      return true;
    ++i;
  }
  return false;
}

FoldedText::FoldedText(std::string_view text) {
  folded_.reserve(text.size());
  map_.reserve(text.size() + 1);
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
