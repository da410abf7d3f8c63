/* The fast span kernel built for AVX2 (chosen at run time by
 * pg_pick_span), with hardware gathers for texel fetches. */
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
#define PG_SIMD_FN pg_span_simd_avx2
#define PG_SIMD_GATHER(b, i) \
	((vu)_mm256_i32gather_epi32((const int *)(b), (__m256i)(i), 4))
#define PG_SIMD_ANY(m) (!_mm256_testz_si256((__m256i)(m), (__m256i)(m)))
#include "span_simd.h"

#ifdef __clang__
#pragma clang attribute pop
#endif
#else
/* never chosen off x86-64; defined so that the symbol exists */
void pg_span_simd_avx2(struct pg_engine *e, const struct pg_prim_setup *ps,
		       int y, int x0, int x1)
{
	pg_span_simd_generic(e, ps, y, x0, x1);
}
#endif
