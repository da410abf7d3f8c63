/* The fast kernel for any CPU: four-lane vectors, which the compiler maps
 * onto SSE2 on x86-64 and NEON on arm64. */
#define PG_SIMD_LANES 4
#define PG_SIMD_INDICES 0, 1, 2, 3
#define PG_SIMD_HALVES 0.5f, 1.5f, 2.5f, 3.5f
#define PG_SIMD_FN pg_span_simd_generic
#define PG_SIMD_TRI_FN pg_tri_simd_generic
#ifdef __SSE2__
#include <emmintrin.h>
#define PG_SIMD_MAX(a, b) ((vf)_mm_max_ps((__m128)(a), (__m128)(b)))
#define PG_SIMD_MIN(a, b) ((vf)_mm_min_ps((__m128)(a), (__m128)(b)))
#endif
#include "span_simd.h"
