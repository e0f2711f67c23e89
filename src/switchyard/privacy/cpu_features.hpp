// What the CPU can do beyond the build's baseline, asked once at run time:
// the passes over a whole text read 32 bytes at a time where it has AVX2
// (functions compiled for it with the target attribute), 16 with SSE2
// otherwise, with the same results. Internal to privacy/.
#pragma once

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>
#define SWITCHYARD_AVX2_PASSES 1

namespace switchyard::privacy {

inline bool cpu_has_avx2() {
  static const bool avx2 = __builtin_cpu_supports("avx2");
  return avx2;
}

// The bytes of x in [lo, hi] as unsigned bytes, 32 at a time: (x - lo)
// biased to signed below hi - lo - 127. For the passes' AVX2 functions.
__attribute__((target("avx2"), always_inline)) inline __m256i avx2_in_range(__m256i x, char lo,
                                                                            char hi) {
  const __m256i shifted =
      _mm256_add_epi8(_mm256_sub_epi8(x, _mm256_set1_epi8(lo)), _mm256_set1_epi8(-128));
  return _mm256_cmpgt_epi8(_mm256_set1_epi8(static_cast<char>(hi - lo - 127)), shifted);
}

}  // namespace switchyard::privacy
#endif
