#include "switchyard/privacy/context_words.hpp"

#include <algorithm>
#include <array>

namespace switchyard::privacy {

namespace {

bool is_alnum(char c) {
  const auto u = static_cast<unsigned char>(c);
  return (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u >= 0x80;
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

bool mentions_any(std::string_view window, const std::vector<std::string_view>& words) {
  if (window.empty() || words.empty()) return false;
  std::array<char, 256> buffer;
  const std::size_t n = std::min(window.size(), buffer.size());
  for (std::size_t i = 0; i < n; ++i) buffer[i] = lower(window[i]);
  const std::string_view low(buffer.data(), n);
  for (std::string_view word : words) {
    const bool prefix_ok = word.size() >= 4 && word.find(' ') == std::string_view::npos;
    for (std::size_t at = low.find(word); at != std::string_view::npos;
         at = low.find(word, at + 1)) {
      if (at > 0 && is_alnum(low[at - 1])) continue;
      const std::size_t after = at + word.size();
      if (!prefix_ok && after < low.size() && is_alnum(low[after])) continue;
      return true;
    }
  }
  return false;
}

double score_with_context(std::string_view text, std::size_t start, std::size_t end, double score,
                          const ContextWords& words) {
  const std::string_view before = before_window(text, start, words.before);
  const std::string_view after = after_window(text, end, words.after);
  if (mentions_any(before, words.raising) || mentions_any(after, words.raising))
    score += words.raise_by;
  if (mentions_any(before, words.lowering) || mentions_any(after, words.lowering))
    score -= words.lower_by;
  return std::clamp(score, 0.0, 1.0);
}

}  // namespace switchyard::privacy
