/* The fast kernel built for AVX2 (chosen at run time by
 * pg_pick_kernels), with hardware gathers for texel fetches. */
#include <stdint.h>
#include <string.h>
#include "internal.h"

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#ifdef __clang__
#pragma clang attribute push(__attribute__((target("avx2"))), apply_to = function)
#else
#pragma GCC target("avx2")
#endif

#define PG_SIMD_LANES 8
#define PG_SIMD_INDICES 0, 1, 2, 3, 4, 5, 6, 7
#define PG_SIMD_HALVES 0.5f, 1.5f, 2.5f, 3.5f, 4.5f, 5.5f, 6.5f, 7.5f
#define PG_SIMD_FN pg_span_simd_avx2
#define PG_SIMD_TRI_FN pg_tri_simd_avx2
#define PG_SIMD_GATHER(b, i) \
	((vu)_mm256_i32gather_epi32((const int *)(b), (__m256i)(i), 4))
#define PG_SIMD_MAX(a, b) ((vf)_mm256_max_ps((__m256)(a), (__m256)(b)))
#define PG_SIMD_MIN(a, b) ((vf)_mm256_min_ps((__m256)(a), (__m256)(b)))
/* texels idx and idx + 1 of eight lanes as two gathers of four 64-bit
 * elements, split into the first and second texels */
#define PG_SIMD_GATHER_PAIR(b, idx, lo, hi)				\
	do {								\
		__m256i i_ = (__m256i)(idx);				\
		__m256 g0_ = (__m256)_mm256_i32gather_epi64(		\
			(const long long *)(b),				\
			_mm256_castsi256_si128(i_), 4);			\
		__m256 g1_ = (__m256)_mm256_i32gather_epi64(		\
			(const long long *)(b),				\
			_mm256_extracti128_si256(i_, 1), 4);		\
		(lo) = (vu)_mm256_permute4x64_epi64(			\
			(__m256i)_mm256_shuffle_ps(g0_, g1_, 0x88), 0xd8); \
		(hi) = (vu)_mm256_permute4x64_epi64(			\
			(__m256i)_mm256_shuffle_ps(g0_, g1_, 0xdd), 0xd8); \
	} while (0)
#define PG_SIMD_ANY(m) (!_mm256_testz_si256((__m256i)(m), (__m256i)(m)))
#include "span_simd.h"

#ifdef __clang__
#pragma clang attribute pop
#endif
#else
/* never chosen off x86-64; defined so that the symbols exist */
void pg_span_simd_avx2(struct pg_engine *e, const struct pg_prim_setup *ps,
		       int y, int x0, int x1)
{
	pg_span_simd_generic(e, ps, y, x0, x1);
}

void pg_tri_simd_avx2(struct pg_engine *e, const struct pg_prim_setup *ps,
		      const struct pg_tri_edges *t)
{
	pg_tri_simd_generic(e, ps, t);
}
#endif
