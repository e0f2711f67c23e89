// Which script a code point is written in, and what it is in that script: one
// table for every reader in privacy/ that tells scripts apart — the regions a
// text's scripts add to the phone check (regions_of_scripts), the code points
// that glue to a match as a word does (word_code_point in rule.hpp), and the
// letters the readers of scripts walk (name_scripts.cpp, address_scripts.cpp).
// Internal to privacy/.
//
// The script is the Unicode block's (Latin-1 Supplement, Hebrew, Hangul
// Syllables, CJK Unified Ideographs, ...), not the Script property: a block's
// digits, signs and punctuation count as its script and the kind tells them
// apart. The kind is the Unicode 14 general category's class (L letter, M
// mark, Nd digit, other N and S symbol, P punctuation, Z space, C other); a
// code point not yet assigned takes the kind of the one before it in its
// block (other at a block's start). Blocks outside the list in scripts.cpp,
// and every code point beyond the Basic Multilingual Plane: Script::other,
// Kind::other.
#pragma once

#include <array>
#include <cstdint>

namespace switchyard::privacy {

enum class Script : std::uint8_t {
  other,
  latin,     // Basic Latin, Latin-1, Latin Extended-A/B, IPA, spacing modifiers,
             // combining diacritics, Latin Extended Additional
  greek,     // Greek and Coptic, Greek Extended
  cyrillic,  // Cyrillic, Cyrillic Supplement
  armenian,
  hebrew,
  arabic,
  devanagari,
  bengali,
  gurmukhi,
  gujarati,
  oriya,
  tamil,
  telugu,
  kannada,
  malayalam,
  sinhala,
  thai,
  myanmar,
  georgian,
  hangul,  // Jamo, Compatibility Jamo, Jamo Extended-A/B, Syllables, half-width
  hiragana,
  katakana,   // Katakana, and the half-width katakana and CJK punctuation
  han,        // CJK Unified Ideographs, Extension A, Compatibility Ideographs
  fullwidth,  // the full-width forms of ASCII (U+FF00-U+FF60)
};

enum class Kind : std::uint8_t { other, letter, mark, digit, punctuation, symbol, space };

namespace scripts_detail {
// Per BMP code point: the script in the high five bits, the kind in the low three.
extern const std::array<std::uint8_t, 0x10000> kTable;
}  // namespace scripts_detail

inline Script script_of(char32_t c) {
  return c < 0x10000 ? static_cast<Script>(scripts_detail::kTable[c] >> 3) : Script::other;
}
inline Kind kind_of(char32_t c) {
  return c < 0x10000 ? static_cast<Kind>(scripts_detail::kTable[c] & 7) : Kind::other;
}

// The letters the readers of scripts take for a word's, each reader's choice
// within its script's blocks (name_scripts.cpp: names; address_scripts.cpp:
// streets).

// CJK ideographs, and 々, which repeats the one before it.
inline bool han_letter(char32_t c) {
  return script_of(c) == Script::han || c == 0x3005;
}
// Hangul syllables (not the jamo they are made of).
inline bool hangul_syllable(char32_t c) {
  return script_of(c) == Script::hangul && c >= 0xAC00 && c <= 0xD7A3;
}
// Hiragana, with its marks.
inline bool name_hiragana(char32_t c) {
  return script_of(c) == Script::hiragana && kind_of(c) != Kind::other;
}
// Katakana letters, full and half width, with the long-vowel mark; not the
// iteration marks or the digraph ヿ.
inline bool name_katakana(char32_t c) {
  return script_of(c) == Script::katakana && kind_of(c) == Kind::letter &&
         (c < 0x30FD || c > 0x30FF);
}
// Both kana blocks whole (their marks and punctuation too) and the
// half-width katakana letters.
inline bool address_kana(char32_t c) {
  const Script s = script_of(c);
  return (s == Script::hiragana && kind_of(c) != Kind::other) ||
         (s == Script::katakana && (c < 0xFF00 || kind_of(c) == Kind::letter));
}
// Thai consonants, vowels, tone marks and the baht sign.
inline bool thai_letter(char32_t c) {
  if (script_of(c) != Script::thai) return false;
  const Kind k = kind_of(c);
  return k == Kind::letter || k == Kind::mark || k == Kind::symbol;
}
// Hebrew's 27 letters (finals included).
inline bool hebrew_letter(char32_t c) {
  return script_of(c) == Script::hebrew && kind_of(c) == Kind::letter && c <= 0x05EA;
}
// Arabic, Persian and Urdu letters with their vowel signs (U+064B-U+065F)
// and the superscript alef, and the zero-width non-joiner Persian writes
// inside words; not the Quranic marks after U+06D5 nor the digits and
// punctuation, but the Persian and Sindhi letters at U+06FA-U+06FF.
inline bool arabic_letter(char32_t c) {
  if (c == 0x200C) return true;
  if (script_of(c) != Script::arabic || c < 0x0620) return false;
  return c <= 0x065F || (c >= 0x066E && c <= 0x06D5 && c != 0x06D4) || c >= 0x06FA;
}
// Names: Hebrew letters with their points (and the punctuation among them:
// maqaf, paseq, sof pasuq).
inline bool name_hebrew(char32_t c) {
  return hebrew_letter(c) || (c >= 0x05B0 && c <= 0x05C7);
}
// Streets: Hebrew letters with geresh and gershayim ("רח'"); Thai letters
// with the fongman ๏.
inline bool address_hebrew(char32_t c) {
  return hebrew_letter(c) || c == 0x05F3 || c == 0x05F4;
}
inline bool address_thai(char32_t c) {
  return thai_letter(c) || c == 0x0E4F;
}
// Devanagari's letters, signs and vowels, not its dandas, digits and
// abbreviation sign.
inline bool devanagari_letter(char32_t c) {
  return script_of(c) == Script::devanagari && c <= 0x097F && (c <= 0x0963 || c >= 0x0971);
}
// The digits streets are numbered with: ASCII, full-width, Arabic-Indic,
// Persian, Devanagari, Thai.
inline bool street_digit(char32_t c) {
  if (c >= '0' && c <= '9') return true;
  if (kind_of(c) != Kind::digit) return false;
  const Script s = script_of(c);
  return s == Script::fullwidth || s == Script::arabic || s == Script::devanagari ||
         s == Script::thai;
}

}  // namespace switchyard::privacy
