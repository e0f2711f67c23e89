#include "switchyard/privacy/name_tokens.hpp"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace switchyard::privacy::words {

// Where rules may start: words opening with an ASCII capital, a digit or a
// non-ASCII letter. Reports whether any ASCII capital occurs at all. The
// search for such bytes runs 16 at a time; few of them open a word.
bool find_leads(std::string_view text, std::vector<std::uint32_t>& leads) {
  leads.clear();
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
  std::size_t i = 0;
#if defined(__SSE2__)
  // In range [lo, hi] as unsigned bytes: (x - lo) biased to signed < hi - lo - 127.
  auto in_range = [](__m128i x, char lo, char hi) {
    const __m128i shifted = _mm_add_epi8(_mm_sub_epi8(x, _mm_set1_epi8(lo)), _mm_set1_epi8(-128));
    return _mm_cmplt_epi8(shifted, _mm_set1_epi8(static_cast<char>(hi - lo - 127)));
  };
  unsigned previous = 0;  // the byte before i is a token byte
  for (; i + 16 <= n; i += 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    const __m128i upper = in_range(x, 'A', 'Z'), digit = in_range(x, '0', '9');
    const __m128i hit = _mm_or_si128(_mm_or_si128(upper, digit),
                                     in_range(x, static_cast<char>(0xC0), static_cast<char>(0xFF)));
    // Token bytes: letters, digits, bytes >= 0x80. A lead follows none.
    const __m128i token =
        _mm_or_si128(_mm_or_si128(_mm_or_si128(upper, digit), in_range(x, 'a', 'z')),
                     _mm_cmplt_epi8(x, _mm_setzero_si128()));
    const auto tokens = static_cast<unsigned>(_mm_movemask_epi8(token));
    any_upper = any_upper || _mm_movemask_epi8(upper) != 0;
    unsigned mask =
        static_cast<unsigned>(_mm_movemask_epi8(hit)) & ~(tokens << 1 | previous) & 0xFFFF;
    previous = tokens >> 15 & 1;
    for (; mask; mask &= mask - 1) {
      const std::size_t at = i + static_cast<std::size_t>(__builtin_ctz(mask));
      // "O'Brien", "Jean-Luc": not a lead after an inner apostrophe or hyphen.
      if (at >= 2 && continues_word(p, at - 1, n)) continue;
      leads.push_back(static_cast<std::uint32_t>(at));
    }
  }
#endif
  for (; i < n; ++i) consider(i);
  return any_upper;
}

}  // namespace switchyard::privacy::words
