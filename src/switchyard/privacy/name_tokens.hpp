// The words of a text for the name finder (name_finder.cpp): byte classes,
// where a rule may start (a capital, a digit, a non-ASCII letter), and a lazy
// tokenizer that splits only as far as the rules look. Internal to privacy/.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "switchyard/privacy/code_points.hpp"
#include "switchyard/privacy/gazetteer.hpp"
#include "switchyard/privacy/rule.hpp"
#include "switchyard/privacy/transliteration.hpp"

namespace switchyard::privacy::words {

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
  // street-name ending, bit 1 a street word, bit 2 a street word only when
  // capitalised after its name; kUnknown before.
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
    const std::string_view word = text_.substr(t.start, t.end - t.start);
    t.flags = words_.flags(word, text_.size() - t.start);
    // A given name or a place in Cyrillic, Greek, Armenian or Georgian
    // letters, known by its Latin spelling ("Олена", "Γιώργος", "Киев").
    if (t.flags == 0 && romanisable(word)) {
      thread_local std::string latin;
      for (Romanisation how : readings(word))
        if (const std::string_view l = romanise(word, how, latin); !l.empty()) {
          t.flags = words_.flags(l) & (kGivenName | kPlace);
          if (t.flags) break;
        }
    }
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
// non-ASCII letter. Reports whether any ASCII capital occurs at all.
// With `joined`, notes in the same pass where a capital follows a small
// ASCII letter or an apostrophe, and whether a byte is beyond ASCII.
bool find_leads(std::string_view text, std::vector<std::uint32_t>& leads,
                JoinedCapitals* joined = nullptr);

}  // namespace switchyard::privacy::words
