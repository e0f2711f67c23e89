#include "switchyard/privacy/name_tokens.hpp"

#include "switchyard/privacy/code_points.hpp"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace switchyard::privacy::words {

// Where rules may start: words opening with an ASCII capital, a digit or a
// non-ASCII letter. Reports whether any ASCII capital occurs at all. The
// search for such bytes runs 16 at a time; few of them open a word.
bool find_leads(std::string_view text, std::vector<std::uint32_t>& leads, JoinedCapitals* joined) {
  leads.clear();
  if (joined) {
    joined->at.clear();
    joined->beyond_ascii = false;
  }
  const char* p = text.data();
  const std::size_t n = text.size();
  bool any_upper = false;
  auto consider = [&](std::size_t i) {
    const auto b = static_cast<unsigned char>(p[i]);
    any_upper = any_upper || (b >= 'A' && b <= 'Z');
    if (!((b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b >= 0xC0)) return;
    if (i > 0 && ((cls(p[i - 1]) & kTokenByte) || (i >= 2 && continues_word(p, i - 1, n)))) return;
    leads.push_back(static_cast<std::uint32_t>(i));
  };
  // A capital after a small ASCII letter or an apostrophe (JoinedCapitals).
  auto consider_joined = [&](std::size_t i) {
    const auto b = static_cast<unsigned char>(p[i]);
    joined->beyond_ascii = joined->beyond_ascii || b >= 0x80;
    if (i > 0 && b >= 'A' && b <= 'Z' && ((p[i - 1] >= 'a' && p[i - 1] <= 'z') || p[i - 1] == '\''))
      joined->at.push_back(static_cast<std::uint32_t>(i));
  };
  std::size_t i = 0;
#if defined(__SSE2__)
  // In range [lo, hi] as unsigned bytes: (x - lo) biased to signed < hi - lo - 127.
  auto in_range = [](__m128i x, char lo, char hi) {
    const __m128i shifted = _mm_add_epi8(_mm_sub_epi8(x, _mm_set1_epi8(lo)), _mm_set1_epi8(-128));
    return _mm_cmplt_epi8(shifted, _mm_set1_epi8(static_cast<char>(hi - lo - 127)));
  };
  // (One loop with the joined capitals noted, one without.)
  auto blocks = [&]<bool kJoined>() {
    unsigned previous = 0;  // the byte before i is a token byte
    unsigned high = 0;      // a byte >= 0x80 so far
    for (; i + 16 <= n; i += 16) {
      const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
      const __m128i upper = in_range(x, 'A', 'Z'), digit = in_range(x, '0', '9');
      const __m128i hit =
          _mm_or_si128(_mm_or_si128(upper, digit),
                       in_range(x, static_cast<char>(0xC0), static_cast<char>(0xFF)));
      // Token bytes: letters, digits, bytes >= 0x80. A lead follows none.
      const __m128i token =
          _mm_or_si128(_mm_or_si128(_mm_or_si128(upper, digit), in_range(x, 'a', 'z')),
                       _mm_cmplt_epi8(x, _mm_setzero_si128()));
      const auto tokens = static_cast<unsigned>(_mm_movemask_epi8(token));
      const auto uppers = static_cast<unsigned>(_mm_movemask_epi8(upper));
      any_upper = any_upper || uppers != 0;
      const unsigned after_token = tokens << 1 | previous;
      unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(hit)) & ~after_token & 0xFFFF;
      previous = tokens >> 15 & 1;
      // Capitals after a token byte (then read: a small ASCII letter?) or
      // after an apostrophe (found among the leads' candidates).
      unsigned joins = 0;
      if constexpr (kJoined) {
        high |= static_cast<unsigned>(_mm_movemask_epi8(x));
        joins = uppers & after_token & 0xFFFF;
      }
      for (; mask; mask &= mask - 1) {
        const std::size_t at = i + static_cast<std::size_t>(__builtin_ctz(mask));
        if constexpr (kJoined)
          if (at > 0 && p[at - 1] == '\'' && (uppers & (mask & -mask))) joins |= mask & -mask;
        // "O'Brien", "Jean-Luc": not a lead after an inner apostrophe or hyphen.
        if (at >= 2 && continues_word(p, at - 1, n)) continue;
        leads.push_back(static_cast<std::uint32_t>(at));
      }
      if constexpr (kJoined)
        for (; joins; joins &= joins - 1) {
          const std::size_t at = i + static_cast<std::size_t>(__builtin_ctz(joins));
          if (at > 0 && ((p[at - 1] >= 'a' && p[at - 1] <= 'z') || p[at - 1] == '\''))
            joined->at.push_back(static_cast<std::uint32_t>(at));
        }
    }
    if constexpr (kJoined) joined->beyond_ascii = high != 0;
  };
  if (joined)
    blocks.template operator()<true>();
  else
    blocks.template operator()<false>();
#endif
  for (; i < n; ++i) {
    consider(i);
    if (joined) consider_joined(i);
  }
  return any_upper;
}

}  // namespace switchyard::privacy::words
