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
/*
 * The gathers are written out rather than left to the intrinsics so that
 * the index is never xmm4/ymm4: QEMU 7.2's TCG (the CPU of our VMs
 * without KVM) decodes a VSIB index field of 100b without REX.X as "no
 * index", as in a plain SIB byte, and every lane reads the base address
 * (wrong texels, or a fault past the start of VRAM).  Clobbering xmm4
 * keeps the compiler from choosing it; the "memory" clobber orders the
 * reads against the span's own stores into VRAM.
 */
static inline __attribute__((always_inline)) __m256i
gather32(const void *b, __m256i idx)
{
	__m256i r, m = _mm256_set1_epi32(-1);

	__asm__("vpgatherdd %1, (%2,%3,4), %0"
		: "=&x"(r), "+&x"(m)
		: "r"(b), "x"(idx)
		: "xmm4", "memory");
	return r;
}

/* four 64-bit elements at the dword indices idx */
static inline __attribute__((always_inline)) __m256i
gather64(const void *b, __m128i idx)
{
	__m256i r, m = _mm256_set1_epi32(-1);

	__asm__("vpgatherdq %1, (%2,%3,4), %0"
		: "=&x"(r), "+&x"(m)
		: "r"(b), "x"(idx)
		: "xmm4", "memory");
	return r;
}

#define PG_SIMD_GATHER(b, i) ((vu)gather32((b), (__m256i)(i)))
#define PG_SIMD_MAX(a, b) ((vf)_mm256_max_ps((__m256)(a), (__m256)(b)))
#define PG_SIMD_MIN(a, b) ((vf)_mm256_min_ps((__m256)(a), (__m256)(b)))
/* texels idx and idx + 1 of eight lanes as two gathers of four 64-bit
 * elements, split into the first and second texels */
#define PG_SIMD_GATHER_PAIR(b, idx, lo, hi)				\
	do {								\
		__m256i i_ = (__m256i)(idx);				\
		__m256 g0_ = (__m256)gather64((b),			\
			_mm256_castsi256_si128(i_));			\
		__m256 g1_ = (__m256)gather64((b),			\
			_mm256_extracti128_si256(i_, 1));		\
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
