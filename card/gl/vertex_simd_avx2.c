/* The vector per-vertex stage built for AVX2, eight lanes (chosen with the
 * AVX2 span kernel, vertex.c).  The target adds no FMA: a contracted
 * multiply-add would round differently from the scalar stage. */
#include <stdint.h>
#include "internal.h"

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#ifdef __clang__
#pragma clang attribute push(__attribute__((target("avx2"))), apply_to = function)
#else
#pragma GCC target("avx2")
#endif

#define VX_LANES 8
#define VX_FN pg_vx_simd_avx2
#define VX_SQRT(v) ((vf)_mm256_sqrt_ps((__m256)(v)))	/* IEEE, as sqrtf */
#include "vertex_simd.h"

#ifdef __clang__
#pragma clang attribute pop
#endif
#else
/* never chosen off x86-64; defined so that the symbol exists */
uint32_t pg_vx_simd_avx2(struct pg_engine *e, const struct pg_vx_plan *p,
			 uint32_t count, const float *in, struct pg_vert *out)
{
	return pg_vx_simd_generic(e, p, count, in, out);
}
#endif
