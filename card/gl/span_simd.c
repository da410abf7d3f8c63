/* The fast span kernel for any CPU: four-lane vectors, which the compiler
 * maps onto SSE2 on x86-64 and NEON on arm64. */
#define PG_SIMD_LANES 4
#define PG_SIMD_FN pg_span_simd_generic
#include "span_simd.h"
