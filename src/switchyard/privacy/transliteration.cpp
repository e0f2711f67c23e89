#include "switchyard/privacy/transliteration.hpp"

#include <array>
#include <cstdint>

namespace switchyard::privacy::words {

namespace {

constexpr char32_t kMalformed = 0xFFFFFFFF;

// The next code point of `w` at `i` (advanced); 0 at the end, kMalformed
// for a byte that opens no whole UTF-8 sequence.
char32_t next_code_point(std::string_view w, std::size_t& i) {
  if (i >= w.size()) return 0;
  const auto b = static_cast<unsigned char>(w[i]);
  const int extra = b < 0x80 ? 0 : b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : b >= 0xC0 ? 1 : -1;
  if (extra < 0 || (extra > 0 && i + static_cast<std::size_t>(extra) >= w.size())) {
    i = w.size();
    return kMalformed;
  }
  char32_t c = extra == 0 ? b : b & (0x3F >> extra);
  for (int k = 1; k <= extra; ++k) {
    const auto n = static_cast<unsigned char>(w[i + static_cast<std::size_t>(k)]);
    if ((n & 0xC0) != 0x80) {
      i = w.size();
      return kMalformed;
    }
    c = c << 6 | (n & 0x3F);
  }
  i += static_cast<std::size_t>(extra) + 1;
  return c;
}

// Small letter of a capital in these scripts; other code points unchanged.
char32_t to_small(char32_t c) {
  if (c >= 0x410 && c <= 0x42F) return c + 0x20;  // А-Я
  if (c >= 0x400 && c <= 0x40F) return c + 0x50;  // Ѐ-Џ
  if (c >= 0x490 && c <= 0x4FF && c % 2 == 0) return c + 1;
  if (c >= 0x391 && c <= 0x3A9) return c + 0x20;  // Α-Ω
  switch (c) {
    case 0x386:
      return 0x3AC;
    case 0x388:
      return 0x3AD;
    case 0x389:
      return 0x3AE;
    case 0x38A:
      return 0x3AF;
    case 0x38C:
      return 0x3CC;
    case 0x38E:
      return 0x3CD;
    case 0x38F:
      return 0x3CE;
    default:
      break;
  }
  if (c >= 0x531 && c <= 0x556) return c + 0x30;               // Armenian
  if (c >= 0x1C90 && c <= 0x1CBF) return c - 0x1C90 + 0x10D0;  // Georgian Mtavruli
  return c;
}

std::string_view cyrillic(char32_t c, Romanisation how) {
  const bool ua = how == Romanisation::ukrainian;
  switch (c) {
    case 0x430:
      return "a";
    case 0x431:
      return "b";
    case 0x432:
      return "v";
    case 0x433:
      return ua ? "h" : "g";
    case 0x434:
      return "d";
    case 0x435:
      return "e";
    case 0x436:
      return "zh";
    case 0x437:
      return "z";
    case 0x438:
      return ua ? "y" : "i";
    case 0x439:
      return "y";
    case 0x43A:
      return "k";
    case 0x43B:
      return "l";
    case 0x43C:
      return "m";
    case 0x43D:
      return "n";
    case 0x43E:
      return "o";
    case 0x43F:
      return "p";
    case 0x440:
      return "r";
    case 0x441:
      return "s";
    case 0x442:
      return "t";
    case 0x443:
      return "u";
    case 0x444:
      return "f";
    case 0x445:
      return "kh";
    case 0x446:
      return "ts";
    case 0x447:
      return "ch";
    case 0x448:
      return "sh";
    case 0x449:
      return "shch";
    case 0x44A:
      return "";
    case 0x44B:
      return "y";
    case 0x44C:
      return "";
    case 0x44D:
      return "e";
    case 0x44E:
      return "yu";
    case 0x44F:
      return "ya";
    case 0x450:
      return "e";
    case 0x451:
      return "yo";
    case 0x452:
      return "dj";  // ђ
    case 0x453:
      return "gj";  // ѓ
    case 0x454:
      return "ye";  // є
    case 0x455:
      return "dz";  // ѕ
    case 0x456:
      return "i";  // і
    case 0x457:
      return "yi";  // ї
    case 0x458:
      return "j";  // ј
    case 0x459:
      return "lj";  // љ
    case 0x45A:
      return "nj";  // њ
    case 0x45B:
      return "c";  // ћ
    case 0x45C:
      return "kj";  // ќ
    case 0x45E:
      return "u";  // ў
    case 0x45F:
      return "dzh";  // џ
    case 0x491:
      return "g";  // ґ
    default:
      return {};
  }
}

std::string_view greek(char32_t c, char32_t previous, char32_t next) {
  switch (c) {
    case 0x3B1:
    case 0x3AC:
      return "a";
    case 0x3B2:
      return "v";
    case 0x3B3:
      return next == 0x3B3 || next == 0x3BA ? "n" : "g";  // γγ, γκ: ng
    case 0x3B4:
      return "d";
    case 0x3B5:
    case 0x3AD:
      return "e";
    case 0x3B6:
      return "z";
    case 0x3B7:
    case 0x3AE:
      return "i";
    case 0x3B8:
      return "th";
    case 0x3B9:
    case 0x3AF:
    case 0x3CA:
    case 0x390:
      return "i";
    case 0x3BA:
      return "k";
    case 0x3BB:
      return "l";
    case 0x3BC:
      return "m";
    case 0x3BD:
      return "n";
    case 0x3BE:
      return "x";
    case 0x3BF:
    case 0x3CC:
      return "o";
    case 0x3C0:
      return "p";
    case 0x3C1:
      return "r";
    case 0x3C2:
    case 0x3C3:
      return "s";
    case 0x3C4:
      return "t";
    case 0x3C5:
    case 0x3CD:
    case 0x3CB:
    case 0x3B0:
      // ου is u; αυ and ευ are av and ev.
      if (previous == 0x3BF || previous == 0x3CC) return "u";
      if (previous == 0x3B1 || previous == 0x3B5 || previous == 0x3AC || previous == 0x3AD)
        return "v";
      return "y";
    case 0x3C6:
      return "f";
    case 0x3C7:
      return "ch";
    case 0x3C8:
      return "ps";
    case 0x3C9:
    case 0x3CE:
      return "o";
    default:
      return {};
  }
}

std::string_view armenian(char32_t c) {
  static constexpr std::array<std::string_view, 0x587 - 0x561 + 1> kSmall = {
      "a",  "b", "g", "d",  "e",  "z",  "e",  "y", "t", "zh", "i", "l",  "kh",
      "ts", "k", "h", "dz", "gh", "ch", "m",  "y", "n", "sh", "o", "ch", "p",
      "j",  "r", "s", "v",  "t",  "r",  "ts", "",  "p", "k",  "o", "f",  "ev"};
  if (c >= 0x561 && c <= 0x587) return kSmall[c - 0x561];
  return {};
}

std::string_view georgian(char32_t c) {
  static constexpr std::array<std::string_view, 0x10F0 - 0x10D0 + 1> kLetters = {
      "a", "b", "g", "d", "e", "v",  "z", "t",  "i",  "k",  "l",  "m",  "n",  "o",  "p", "zh", "r",
      "s", "t", "u", "p", "k", "gh", "q", "sh", "ch", "ts", "dz", "ts", "ch", "kh", "j", "h"};
  if (c >= 0x10D0 && c <= 0x10F0) return kLetters[c - 0x10D0];
  return {};
}

}  // namespace

bool romanisable(std::string_view word) {
  if (word.size() < 2) return false;
  const auto b = static_cast<unsigned char>(word[0]);
  if (b >= 0xCE && b <= 0xD6) return true;  // Greek, Cyrillic, Armenian
  // Georgian (U+10A0-U+10FF: E1 82/83; Mtavruli U+1C90-: E1 B2)
  return b == 0xE1 && word.size() >= 3 &&
         (static_cast<unsigned char>(word[1]) == 0x82 ||
          static_cast<unsigned char>(word[1]) == 0x83 ||
          static_cast<unsigned char>(word[1]) == 0xB2);
}

std::span<const Romanisation> readings(std::string_view word) {
  static constexpr Romanisation kBoth[] = {Romanisation::russian, Romanisation::ukrainian};
  const auto b = word.empty() ? 0u : static_cast<unsigned char>(word[0]);
  // Cyrillic: U+0400-U+052F (D0-D3, and D4 80-AF; Armenian starts at D4 B1).
  const bool cyrillic = (b >= 0xD0 && b <= 0xD3) || (b == 0xD4 && word.size() > 1 &&
                                                     static_cast<unsigned char>(word[1]) < 0xB0);
  return {kBoth, cyrillic ? 2u : 1u};
}

std::string_view romanise(std::string_view word, Romanisation how, std::string& out) {
  out.clear();
  // Each code point with its neighbours (Greek digraphs read both).
  char32_t previous = 0;
  std::size_t i = 0;
  char32_t c = to_small(next_code_point(word, i));
  while (c != 0) {
    const char32_t next = to_small(next_code_point(word, i));
    if (c == kMalformed) return out.clear(), std::string_view{};
    std::string_view latin;
    if (c == '-' || c == '\'' || c == 0x2019) {
      latin = c == '-' ? "-" : "";
    } else if (c >= 0x400 && c < 0x530) {
      // "Мария", "Наталія": Maria, Natalia (read the Russian way).
      latin = c == 0x44F && (previous == 0x438 || previous == 0x456) && how == Romanisation::russian
                  ? "a"
                  : cyrillic(c, how);
      if (latin.empty() && c != 0x44A && c != 0x44C) return out.clear(), std::string_view{};
    } else if (c >= 0x370 && c < 0x400) {
      latin = greek(c, previous, next);
      if (latin.empty()) return out.clear(), std::string_view{};
    } else if (c >= 0x561 && c <= 0x587) {
      // The definite article ("Պետրոսյանը"): a final ը after a letter.
      if (c == 0x568 && next == 0 && !out.empty()) break;
      // ու is u.
      if (c == 0x578 && next == 0x582) {
        out += 'u';
        previous = c;
        c = to_small(next_code_point(word, i));
        continue;
      }
      latin = armenian(c);
      if (latin.empty() && c != 0x582) return out.clear(), std::string_view{};
    } else if (c >= 0x10D0 && c <= 0x10F0) {
      latin = georgian(c);
    } else {
      return out.clear(), std::string_view{};
    }
    out += latin;
    previous = c;
    c = next;
  }
  return out;
}

}  // namespace switchyard::privacy::words
