#include "switchyard/privacy/context_words.hpp"

#include <algorithm>
#include <array>
#include <cstdint>

namespace switchyard::privacy {

namespace {

constexpr std::array<bool, 256> kAlnum = [] {
  std::array<bool, 256> t{};
  for (int u = 0; u < 256; ++u)
    t[static_cast<std::size_t>(u)] =
        (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u >= 0x80;
  return t;
}();

bool is_alnum(char c) {
  return kAlnum[static_cast<unsigned char>(c)];
}

char lower(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

std::string_view before_window(std::string_view text, std::size_t start, std::size_t limit) {
  std::size_t from = start > limit ? start - limit : 0;
  // At most one line break: stop at the second one, counting back.
  int breaks = 0;
  for (std::size_t i = start; i > from; --i) {
    if (text[i - 1] == '\n' && ++breaks == 2) {
      from = i;
      break;
    }
  }
  return text.substr(from, start - from);
}

std::string_view after_window(std::string_view text, std::size_t end, std::size_t limit) {
  std::size_t to = std::min(text.size(), end + limit);
  std::size_t newline = text.substr(0, to).find('\n', end);
  if (newline != std::string_view::npos && newline < to) to = newline;
  return text.substr(end, to - end);
}

}  // namespace

namespace {

// A window lower-cased once, with where its words start: a context word is
// compared only where a word begins with its first letter, instead of
// searched for across the whole window.
class LoweredWindow {
 public:
  // `mid_word`: the window starts inside a word of the text, so its first
  // bytes are no word's start.
  explicit LoweredWindow(std::string_view window, bool mid_word = false) {
    n_ = std::min(window.size(), buffer_.size());
    bool previous = mid_word;
    mid_word_ = mid_word;
    for (std::size_t i = 0; i < n_; ++i) {
      const char c = lower(window[i]);
      buffer_[i] = c;
      const bool alnum = is_alnum(c);
      if (alnum && !previous) {
        if (starts_ < at_.size())
          at_[starts_++] = static_cast<std::uint8_t>(i);
        else
          overflow_ = true;
      }
      previous = alnum;
    }
  }

  bool mentions(std::string_view word) const {
    if (word.empty() || n_ == 0) return false;
    const std::string_view low(buffer_.data(), n_);
    auto match_at = [&](std::size_t at) {
      if (at + word.size() > n_ || low.compare(at, word.size(), word) != 0) return false;
      const std::size_t after = at + word.size();
      if (after >= n_ || !is_alnum(low[after])) return true;
      return word.size() >= 4 && word.find(' ') == std::string_view::npos;  // as a prefix
    };
    if (!is_alnum(word[0]) || overflow_) {  // rare: search the whole window
      for (std::size_t at = low.find(word); at != std::string_view::npos;
           at = low.find(word, at + 1)) {
        if (at > 0 ? is_alnum(low[at - 1]) : mid_word_) continue;
        if (match_at(at)) return true;
      }
      return false;
    }
    const char first = word[0];
    for (std::size_t k = 0; k < starts_; ++k)
      if (buffer_[at_[k]] == first && match_at(at_[k])) return true;
    return false;
  }

  bool mentions_any(const std::vector<std::string_view>& words) const {
    for (std::string_view w : words)
      if (mentions(w)) return true;
    return false;
  }

 private:
  std::array<char, 256> buffer_;
  std::array<std::uint8_t, 64> at_;
  std::size_t n_ = 0, starts_ = 0;
  bool overflow_ = false, mid_word_ = false;
};

}  // namespace

bool mentions_any(std::string_view window, const std::vector<std::string_view>& words) {
  if (window.empty() || words.empty()) return false;
  return LoweredWindow(window).mentions_any(words);
}

double score_with_context(std::string_view text, std::size_t start, std::size_t end, double score,
                          const ContextWords& words) {
  if (words.raising.empty() && words.lowering.empty()) return std::clamp(score, 0.0, 1.0);
  const std::string_view window = before_window(text, start, words.before);
  const std::size_t from = static_cast<std::size_t>(window.data() - text.data());
  // A window cut inside a word ("...rou|ting") must not find "tin" there.
  const LoweredWindow before(
      window, from > 0 && !window.empty() && is_alnum(text[from - 1]) && is_alnum(text[from]));
  const LoweredWindow after(after_window(text, end, words.after));
  if (before.mentions_any(words.raising) || after.mentions_any(words.raising))
    score += words.raise_by;
  if (before.mentions_any(words.lowering) || after.mentions_any(words.lowering))
    score -= words.lower_by;
  return std::clamp(score, 0.0, 1.0);
}

}  // namespace switchyard::privacy
