#include "switchyard/privacy/name_tokens.hpp"

#include "switchyard/privacy/code_points.hpp"
#include "switchyard/privacy/cpu_features.hpp"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace switchyard::privacy::words {

namespace {

// What the blocks of find_leads carry from one to the next.
struct LeadState {
  std::uint32_t previous = 0;  // the byte before the block is a token byte
  std::uint32_t high = 0;      // a byte >= 0x80 so far (noted for JoinedCapitals)
  bool any_upper = false;
};

// One block of kWidth bytes at i, by its masks (bit k: byte i + k): token
// bytes (letters, digits, bytes >= 0x80), ASCII capitals, the bytes a lead
// may open with (a capital, a digit, a lead byte >= 0xC0), bytes >= 0x80.
template <bool kJoined, unsigned kWidth>
inline void take_block(const char* p, std::size_t n, std::size_t i, std::uint32_t tokens,
                       std::uint32_t uppers, std::uint32_t hits, std::uint32_t highs, LeadState& s,
                       std::vector<std::uint32_t>& leads, JoinedCapitals* joined) {
  constexpr std::uint32_t kAll = kWidth == 32 ? 0xFFFFFFFFu : (1u << kWidth) - 1;
  s.any_upper = s.any_upper || uppers != 0;
  // A lead follows no token byte.
  const std::uint32_t after_token = (tokens << 1 | s.previous) & kAll;
  std::uint32_t mask = hits & ~after_token & kAll;
  s.previous = tokens >> (kWidth - 1) & 1;
  // Capitals after a token byte (then read: a small ASCII letter?) or after
  // an apostrophe (found among the leads' candidates).
  std::uint32_t joins = 0;
  if constexpr (kJoined) {
    s.high |= highs;
    joins = uppers & after_token;
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

#if defined(__SSE2__)
// Sixteen bytes at a time from i; returns where it stopped.
template <bool kJoined>
std::size_t sse2_blocks(const char* p, std::size_t n, std::size_t i, LeadState& s,
                        std::vector<std::uint32_t>& leads, JoinedCapitals* joined) {
  // In range [lo, hi] as unsigned bytes: (x - lo) biased to signed < hi - lo - 127.
  auto in_range = [](__m128i x, char lo, char hi) {
    const __m128i shifted = _mm_add_epi8(_mm_sub_epi8(x, _mm_set1_epi8(lo)), _mm_set1_epi8(-128));
    return _mm_cmplt_epi8(shifted, _mm_set1_epi8(static_cast<char>(hi - lo - 127)));
  };
  for (; i + 16 <= n; i += 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    const __m128i upper = in_range(x, 'A', 'Z'), digit = in_range(x, '0', '9');
    const __m128i hit = _mm_or_si128(_mm_or_si128(upper, digit),
                                     in_range(x, static_cast<char>(0xC0), static_cast<char>(0xFF)));
    const __m128i token =
        _mm_or_si128(_mm_or_si128(_mm_or_si128(upper, digit), in_range(x, 'a', 'z')),
                     _mm_cmplt_epi8(x, _mm_setzero_si128()));
    take_block<kJoined, 16>(p, n, i, static_cast<std::uint32_t>(_mm_movemask_epi8(token)),
                            static_cast<std::uint32_t>(_mm_movemask_epi8(upper)),
                            static_cast<std::uint32_t>(_mm_movemask_epi8(hit)),
                            kJoined ? static_cast<std::uint32_t>(_mm_movemask_epi8(x)) : 0u, s,
                            leads, joined);
  }
  return i;
}
#endif

#if defined(SWITCHYARD_AVX2_PASSES)

// The same, thirty-two bytes at a time, where the CPU has AVX2 (asked once).
template <bool kJoined>
__attribute__((target("avx2"))) std::size_t avx2_blocks(const char* p, std::size_t n, std::size_t i,
                                                        LeadState& s,
                                                        std::vector<std::uint32_t>& leads,
                                                        JoinedCapitals* joined) {
  for (; i + 32 <= n; i += 32) {
    const __m256i x = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + i));
    const __m256i upper = avx2_in_range(x, 'A', 'Z'), digit = avx2_in_range(x, '0', '9');
    const __m256i hit =
        _mm256_or_si256(_mm256_or_si256(upper, digit),
                        avx2_in_range(x, static_cast<char>(0xC0), static_cast<char>(0xFF)));
    const __m256i token =
        _mm256_or_si256(_mm256_or_si256(_mm256_or_si256(upper, digit), avx2_in_range(x, 'a', 'z')),
                        _mm256_cmpgt_epi8(_mm256_setzero_si256(), x));
    take_block<kJoined, 32>(p, n, i, static_cast<std::uint32_t>(_mm256_movemask_epi8(token)),
                            static_cast<std::uint32_t>(_mm256_movemask_epi8(upper)),
                            static_cast<std::uint32_t>(_mm256_movemask_epi8(hit)),
                            kJoined ? static_cast<std::uint32_t>(_mm256_movemask_epi8(x)) : 0u, s,
                            leads, joined);
  }
  return i;
}
#endif

}  // namespace

// Where rules may start: words opening with an ASCII capital, a digit or a
// non-ASCII letter. Reports whether any ASCII capital occurs at all. The
// search for such bytes runs 32 or 16 at a time; few of them open a word.
bool find_leads(std::string_view text, std::vector<std::uint32_t>& leads, JoinedCapitals* joined) {
  leads.clear();
  if (joined) {
    joined->at.clear();
    joined->beyond_ascii = false;
  }
  const char* p = text.data();
  const std::size_t n = text.size();
  LeadState s;
  std::size_t i = 0;
#if defined(SWITCHYARD_AVX2_PASSES)
  if (cpu_has_avx2())
    i = joined ? avx2_blocks<true>(p, n, i, s, leads, joined)
               : avx2_blocks<false>(p, n, i, s, leads, joined);
#endif
#if defined(__SSE2__)
  i = joined ? sse2_blocks<true>(p, n, i, s, leads, joined)
             : sse2_blocks<false>(p, n, i, s, leads, joined);
  if (joined) joined->beyond_ascii = s.high != 0;
#endif
  for (; i < n; ++i) {
    const auto b = static_cast<unsigned char>(p[i]);
    s.any_upper = s.any_upper || (b >= 'A' && b <= 'Z');
    if (joined) {
      // A capital after a small ASCII letter or an apostrophe (JoinedCapitals).
      joined->beyond_ascii = joined->beyond_ascii || b >= 0x80;
      if (i > 0 && b >= 'A' && b <= 'Z' &&
          ((p[i - 1] >= 'a' && p[i - 1] <= 'z') || p[i - 1] == '\''))
        joined->at.push_back(static_cast<std::uint32_t>(i));
    }
    if (!((b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b >= 0xC0)) continue;
    if (i > 0 && ((cls(p[i - 1]) & kTokenByte) || (i >= 2 && continues_word(p, i - 1, n))))
      continue;
    leads.push_back(static_cast<std::uint32_t>(i));
  }
  return s.any_upper;
}

}  // namespace switchyard::privacy::words
