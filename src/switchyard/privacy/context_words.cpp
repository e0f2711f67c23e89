#include "switchyard/privacy/context_words.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <string>
#include <utility>

#include "switchyard/privacy/common_words.hpp"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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
#if defined(__GLIBC__)
  const char* const base = text.data();
  if (const void* last = memrchr(base + from, '\n', start - from)) {
    const std::size_t at = static_cast<std::size_t>(static_cast<const char*>(last) - base);
    if (const void* second = memrchr(base + from, '\n', at - from))
      from = static_cast<std::size_t>(static_cast<const char*>(second) - base) + 1;
  }
#else
  int breaks = 0;
  for (std::size_t i = start; i > from; --i) {
    if (text[i - 1] == '\n' && ++breaks == 2) {
      from = i;
      break;
    }
  }
#endif
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
    mid_word_ = mid_word;
    std::size_t i = 0;
#if defined(__SSE2__)
    // Sixteen bytes at a time: lower-case, classify, and find word starts
    // as the alphanumeric bytes whose predecessor is not.
    if (n_ > 0) std::memcpy(buffer_.data(), window.data(), n_);
    const std::size_t padded = (n_ + 15) & ~std::size_t{15};
    std::memset(buffer_.data() + n_, 0, padded - n_);
    auto in_range = [](__m128i x, char lo, char hi) {
      const __m128i shifted = _mm_add_epi8(_mm_sub_epi8(x, _mm_set1_epi8(lo)), _mm_set1_epi8(-128));
      return _mm_cmplt_epi8(shifted, _mm_set1_epi8(static_cast<char>(hi - lo - 127)));
    };
    unsigned previous = mid_word ? 1 : 0;
    unsigned high = 0;  // a byte >= 0x80: letters of other scripts to fold
    for (; i < padded; i += 16) {
      __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(buffer_.data() + i));
      high |= static_cast<unsigned>(_mm_movemask_epi8(x));
      x = _mm_or_si128(x, _mm_and_si128(in_range(x, 'A', 'Z'), _mm_set1_epi8(0x20)));
      _mm_storeu_si128(reinterpret_cast<__m128i*>(buffer_.data() + i), x);
      const __m128i alnum = _mm_or_si128(_mm_or_si128(in_range(x, 'a', 'z'), in_range(x, '0', '9')),
                                         _mm_cmplt_epi8(x, _mm_setzero_si128()));  // bytes >= 0x80
      unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(alnum));
      if (n_ - i < 16) mask &= (1u << (n_ - i)) - 1;
      unsigned starts = mask & ~(mask << 1 | previous);
      previous = mask >> 15 & 1;
      while (starts) {
        add_start(i + static_cast<std::size_t>(__builtin_ctz(starts)));
        starts &= starts - 1;
      }
    }
    // Capitals of Latin-1, Greek, Cyrillic and Armenian as their small
    // letters, as many bytes long ("Телефон:" is "телефон:").
    if (high) fold_case_in_place(buffer_.data(), n_);
#else
    bool previous = mid_word;
    for (; i < n_; ++i) {
      buffer_[i] = window[i];
      const bool alnum = is_alnum(buffer_[i]);
      if (alnum && !previous) add_start(i);
      previous = alnum;
    }
    fold_case_in_place(buffer_.data(), n_);
#endif
  }

  bool mentions(std::string_view word) const {
    if (word.empty() || n_ == 0) return false;
    const std::string_view low(buffer_.data(), n_);
    if (!is_alnum(word[0]) || overflow_) {  // rare: search the whole window
      for (std::size_t at = low.find(word); at != std::string_view::npos;
           at = low.find(word, at + 1)) {
        if (at > 0 ? is_alnum(low[at - 1]) : mid_word_) continue;
        if (match_at(word, at)) return true;
      }
      return false;
    }
    // Most words are ruled out by their first byte or two: no word of the
    // window starts that way.
    if (!starts_summed_) sum_starts();
    const char first = word[0];
    if (!(firsts_ >> (first & 63) & 1)) return false;
    if (word.size() >= 2 && !(pairs_ >> pair_bit(first, word[1]) & 1)) return false;
    for (std::size_t k = 0; k < starts_; ++k)
      if (buffer_[at_[k]] == first && match_at(word, at_[k])) return true;
    return false;
  }

  bool mentions_any(const std::vector<std::string_view>& words) const {
    for (std::string_view w : words)
      if (mentions(w)) return true;
    return false;
  }

  // The same for an indexed list: each word start of the window is looked
  // up by its first two bytes, and only the list's words of that key are
  // compared; the words no key finds are asked as above.
  bool mentions_any(const WordList& list) const {
    if (list.empty() || n_ == 0) return false;
    if (overflow_) return mentions_any(list.words());
    for (std::uint16_t u : list.unkeyed())
      if (mentions(list.words()[u])) return true;
    for (std::size_t k = 0; k < starts_; ++k) {
      const std::size_t at = at_[k];
      if (at + 1 >= n_) continue;  // every keyed word has two bytes
      const unsigned key = WordList::key(buffer_[at], buffer_[at + 1]);
      if (list.may_start(key) && list.any_with_key(key, [&](std::string_view w) {
            return buffer_[at] == w[0] && buffer_[at + 1] == w[1] && match_at(w, at);
          }))
        return true;
    }
    return false;
  }

 private:
  void add_start(std::size_t at) {
    if (starts_ == at_.size()) {
      overflow_ = true;
      return;
    }
    at_[starts_++] = static_cast<std::uint8_t>(at);
  }

  // `word` at byte `at` of the lowered window, ending where a word ends
  // (or as a prefix, for a word of four bytes or more without a space).
  bool match_at(std::string_view word, std::size_t at) const {
    const std::string_view low(buffer_.data(), n_);
    if (at + word.size() > n_ || low.compare(at, word.size(), word) != 0) return false;
    const std::size_t after = at + word.size();
    if (after >= n_ || !is_alnum(low[after])) return true;
    return word.size() >= 4 && word.find(' ') == std::string_view::npos;  // as a prefix
  }

  // The first bytes and pairs of the window's word starts, for the
  // word-by-word test (asked only by lists without an index).
  void sum_starts() const {
    for (std::size_t k = 0; k < starts_; ++k) {
      const std::size_t at = at_[k];
      firsts_ |= std::uint64_t{1} << (buffer_[at] & 63);
      pairs_ |= std::uint64_t{1} << pair_bit(buffer_[at], at + 1 < n_ ? buffer_[at + 1] : '\0');
    }
    starts_summed_ = true;
  }

  static unsigned pair_bit(char a, char b) {
    return (static_cast<unsigned char>(a) * 31u + static_cast<unsigned char>(b)) & 63;
  }

  std::array<char, 256> buffer_;
  std::array<std::uint8_t, 64> at_;
  std::size_t n_ = 0, starts_ = 0;
  // One bit per first byte (modulo 64), and per hashed first two bytes, of
  // the words at at_.
  mutable std::uint64_t firsts_ = 0, pairs_ = 0;
  mutable bool starts_summed_ = false;
  bool overflow_ = false, mid_word_ = false;
};

}  // namespace

WordList::WordList(std::vector<std::string_view> words) : words_(std::move(words)) {
  for (std::size_t i = 0; i < words_.size(); ++i) {
    const std::string_view w = words_[i];
    if (w.size() >= 2 && is_alnum(w[0])) {
      const unsigned k = key(w[0], w[1]);
      keys_[k / 64] |= std::uint64_t{1} << (k % 64);
      keyed_.emplace_back(static_cast<std::uint16_t>(k), static_cast<std::uint16_t>(i));
    } else {
      unkeyed_.push_back(static_cast<std::uint16_t>(i));
    }
  }
  std::sort(keyed_.begin(), keyed_.end());
}

std::size_t WordList::first_of(unsigned key) const {
  const auto at = std::lower_bound(
      keyed_.begin(), keyed_.end(), key,
      [](const std::pair<std::uint16_t, std::uint16_t>& e, unsigned k) { return e.first < k; });
  return static_cast<std::size_t>(at - keyed_.begin());
}

WordGate::WordGate(const std::vector<std::string_view>& words) {
  std::vector<std::pair<unsigned, std::string>> keyed;
  for (std::string_view w : words) {
    // A word must open with a byte that starts words, and have a second
    // byte for its key; otherwise the gate always opens (correct, slower).
    if (w.size() < 2 || !is_alnum(w[0])) {
      always_ = true;
      continue;
    }
    keyed.emplace_back(WordList::key(w[0], w[1]), std::string(w));
    const unsigned head = WordList::key(w[0], w[1]) << 5;
    for (unsigned third = 0; third < 32; ++third) {
      if (w.size() > 2 && third != (static_cast<unsigned char>(w[2]) & 31u)) continue;
      keys3_[(head | third) / 64] |= std::uint64_t{1} << ((head | third) % 64);
    }
  }
  std::sort(keyed.begin(), keyed.end());
  std::size_t k = 0;
  for (unsigned key = 0; key < 1024; ++key) {
    by_key_[key] = static_cast<std::uint16_t>(k);
    for (; k < keyed.size() && keyed[k].first == key; ++k) {
      keys_[key / 64] |= std::uint64_t{1} << (key % 64);
      words_.push_back(std::move(keyed[k].second));
    }
  }
  by_key_[1024] = static_cast<std::uint16_t>(k);
}

bool WordGate::might_match_folded(std::string_view text, std::size_t at) const {
  char low[4];
  const std::size_t n = std::min<std::size_t>(4, text.size() - at);
  std::memcpy(low, text.data() + at, n);
  fold_case_in_place(low, n);
  return n >= 2 && might_match_key(std::string_view(low, n), 0);
}

bool WordGate::matches_at(std::string_view text, std::size_t at) const {
  // A word of another script's capitals ("Телефон") is looked for as its
  // small letters, the bytes folded as they are read.
  char low[64];
  std::size_t folded = 0;
  if (static_cast<unsigned char>(text[at]) >= 0x80 && text.size() - at >= 2) {
    folded = std::min(sizeof low, text.size() - at);
    std::memcpy(low, text.data() + at, folded);
    fold_case_in_place(low, folded);
    if (static_cast<unsigned char>(low[folded - 1]) >= 0xC0) --folded;  // a letter cut in two
  }
  const unsigned key =
      folded ? WordList::key(low[0], low[1]) : WordList::key(text[at], text[at + 1]);
  for (std::size_t w = by_key_[key]; w < by_key_[key + 1]; ++w) {
    const std::string& word = words_[w];
    if (text.size() - at < word.size()) continue;
    if (folded) {
      if (word.size() <= folded && std::memcmp(low, word.data(), word.size()) == 0) return true;
      continue;
    }
    std::size_t i = 0;
    while (i < word.size() && lower(text[at + i]) == word[i]) ++i;
    if (i == word.size()) return true;
    // A capital of Latin-1 inside the word ("TÉLÉPHONE"): compare it folded.
    if (static_cast<unsigned char>(text[at + i]) >= 0x80) {
      while (i > 0 && (static_cast<unsigned char>(text[at + i]) & 0xC0) == 0x80) --i;  // its lead
      const std::size_t rest = std::min(sizeof low, text.size() - at - i);
      std::memcpy(low, text.data() + at + i, rest);
      fold_case_in_place(low, rest);
      if (rest >= word.size() - i && std::memcmp(low, word.data() + i, word.size() - i) == 0)
        return true;
    }
  }
  return false;
}

bool WordGate::any_in(std::string_view text, std::size_t from, std::size_t to) const {
  if (always_) return true;
  to = std::min(to, text.size());
  if (words_.empty() || from >= to) return false;
  const std::size_t n = to;  // word starts before n; the words may run on
  std::size_t i = from;
  unsigned previous = from > 0 && is_alnum(text[from - 1]) ? 1 : 0;  // the byte before i
#if defined(__SSE2__)
  auto in_range = [](__m128i x, char lo, char hi) {
    const __m128i shifted = _mm_add_epi8(_mm_sub_epi8(x, _mm_set1_epi8(lo)), _mm_set1_epi8(-128));
    return _mm_cmplt_epi8(shifted, _mm_set1_epi8(static_cast<char>(hi - lo - 127)));
  };
  // Blocks may read past `to` (not past the text); starts there are dropped.
  for (; i < n && i + 16 <= text.size(); i += 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
    const __m128i folded = _mm_or_si128(x, _mm_set1_epi8(0x20));  // letters to lower case
    const __m128i alnum =
        _mm_or_si128(_mm_or_si128(in_range(folded, 'a', 'z'), in_range(x, '0', '9')),
                     _mm_cmplt_epi8(x, _mm_setzero_si128()));  // bytes >= 0x80
    const unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(alnum));
    unsigned starts = mask & ~(mask << 1 | previous);
    if (n - i < 16) starts &= (1u << (n - i)) - 1;
    previous = mask >> 15 & 1;
    // Three bytes make the filter's verdict rare, and so the branch
    // predictable.
    for (; starts; starts &= starts - 1) {
      const std::size_t at = i + static_cast<std::size_t>(__builtin_ctz(starts));
      if (might_match_at(text, at) && matches_at(text, at)) return true;
    }
  }
#endif
  for (; i < n; ++i) {
    const unsigned alnum = is_alnum(text[i]) ? 1 : 0;
    if (alnum && !previous && might_match_at(text, i) && matches_at(text, i)) return true;
    previous = alnum;
  }
  return false;
}

bool mentions_any(std::string_view window, const std::vector<std::string_view>& words) {
  if (window.empty() || words.empty()) return false;
  return LoweredWindow(window).mentions_any(words);
}

bool mentions_any_of(std::string_view window, const WordList& words) {
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
