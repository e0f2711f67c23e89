// Words near a match that make it more or less likely to be what its shape
// suggests: "SSN: 123-45-6789" is an SSN, "order 123-45-6789" probably not.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace switchyard::privacy {

// A fixed list of lower-case context words, indexed once when it is made:
// a window looks each of its word starts up by its first two bytes instead
// of trying every word of the list.
class WordList {
 public:
  WordList() = default;
  WordList(std::initializer_list<std::string_view> words)
      : WordList(std::vector<std::string_view>(words)) {}
  WordList(std::vector<std::string_view> words);  // NOLINT: a list converts

  const std::vector<std::string_view>& words() const { return words_; }
  operator const std::vector<std::string_view>&() const { return words_; }  // NOLINT
  auto begin() const { return words_.begin(); }
  auto end() const { return words_.end(); }
  bool empty() const { return words_.empty(); }
  std::size_t size() const { return words_.size(); }

  // A word's key: its first two bytes, five bits each (the same for both
  // cases of a letter). WordGate keys its words the same way.
  static unsigned key(char a, char b) {
    return (static_cast<unsigned char>(a) & 31u) << 5 | (static_cast<unsigned char>(b) & 31u);
  }
  bool may_start(unsigned key) const { return keys_[key / 64] >> (key % 64) & 1; }
  // The words of a key, in the list's order of keys; and the words no key
  // finds (opening with a byte that starts no word, or of one byte).
  template <typename F>
  bool any_with_key(unsigned key, F&& f) const {
    for (std::size_t k = first_of(key); k < keyed_.size() && keyed_[k].first == key; ++k)
      if (f(words_[keyed_[k].second])) return true;
    return false;
  }
  const std::vector<std::uint16_t>& unkeyed() const { return unkeyed_; }

 private:
  std::size_t first_of(unsigned key) const;

  std::vector<std::string_view> words_;
  std::array<std::uint64_t, 16> keys_{};                        // 1024 bits: the keys present
  std::vector<std::pair<std::uint16_t, std::uint16_t>> keyed_;  // (key, word), sorted
  std::vector<std::uint16_t> unkeyed_;
};

struct ContextWords {
  // Lower-case. A word of four letters or more also matches as a prefix
  // ("answer" matches "answering"); shorter ones ("ssn", "dob", "tel") and
  // phrases with spaces must match whole words.
  WordList raising;
  WordList lowering;
  double raise_by = 0.35;
  double lower_by = 0.35;
  // How far to look, in bytes. The window before may cross one line break
  // (a label on the line above); the window after stops at the line's end.
  std::size_t before = 56;
  std::size_t after = 28;
};

// The score after context: raised once if any raising word is near, lowered
// once if any lowering word is near; clamped to [0, 1].
double score_with_context(std::string_view text, std::size_t start, std::size_t end, double score,
                          const ContextWords& words);

// True if any of `words` occurs as a word (same matching rules) in `window`.
bool mentions_any(std::string_view window, const std::vector<std::string_view>& words);
// The same through a list's index (what score_with_context asks).
bool mentions_any_of(std::string_view window, const WordList& words);

// Whether any of a fixed set of words occurs anywhere in a text, starting
// where a word starts (after a byte that is no ASCII letter or digit and not
// >= 0x80, or at the start), in any ASCII case. Followed by anything: "dob"
// is found in "DOB:" and in "dobermann". Finds word starts sixteen bytes at
// a time and looks each up by its first two bytes in a bit table, so a text
// costs far less than a Hyperscan pass over short case-insensitive literals.
class WordGate {
 public:
  // Lower-case words.
  explicit WordGate(const std::vector<std::string_view>& words);
  bool any_in(std::string_view text) const { return any_in(text, 0, text.size()); }
  // Only words starting in [from, to) (they may extend beyond `to`).
  bool any_in(std::string_view text, std::size_t from, std::size_t to) const;

 private:
  // A word of the set may start at `at`: the bit of its first three bytes
  // (five bits each, the same for both cases of a letter), or near the end
  // of the text of its first two.
  bool might_match_at(std::string_view text, std::size_t at) const {
    // Another script's letter: its capital keyed as its small letter.
    if (static_cast<unsigned char>(text[at]) >= 0x80) return might_match_folded(text, at);
    return might_match_key(text, at);
  }
  bool might_match_key(std::string_view text, std::size_t at) const {
    const auto b = [&](std::size_t i) { return static_cast<unsigned char>(text[i]) & 31u; };
    if (at + 2 < text.size()) {
      const unsigned key = b(at) << 10 | b(at + 1) << 5 | b(at + 2);
      return keys3_[key / 64] >> (key % 64) & 1;
    }
    if (at + 1 >= text.size()) return false;  // every word has two bytes
    const unsigned key = b(at) << 5 | b(at + 1);
    return keys_[key / 64] >> (key % 64) & 1;
  }
  bool matches_at(std::string_view text, std::size_t at) const;  // after might_match_at
  bool might_match_folded(std::string_view text, std::size_t at) const;

  std::vector<std::string> words_;            // sorted by key
  std::array<std::uint64_t, 16> keys_{};      // 1024 bits: first two bytes of each word
  std::array<std::uint64_t, 512> keys3_{};    // 32768 bits: first three bytes
  std::array<std::uint16_t, 1025> by_key_{};  // words_ [by_key_[k], by_key_[k + 1]) have key k
  bool always_ = false;  // a word that no word start can open: every text passes
};

}  // namespace switchyard::privacy
