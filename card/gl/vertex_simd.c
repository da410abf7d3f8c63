/* The vector per-vertex stage for any CPU: four lanes, which the compiler
 * maps onto SSE2 on x86-64 and NEON on arm64. */
#if defined(__SSE2__)
#include <emmintrin.h>
#define VX_SQRT(v) ((vf)_mm_sqrt_ps((__m128)(v)))	/* IEEE, as sqrtf */
#elif defined(__aarch64__) && defined(__ARM_NEON)
#include <arm_neon.h>
#define VX_SQRT(v) ((vf)vsqrtq_f32((float32x4_t)(v)))
#endif
#define VX_LANES 4
#define VX_FN pg_vx_simd_generic
#include "vertex_simd.h"
