/* Per-fragment operations (GL 1.x chapter 4): alpha test, stencil, depth,
 * blending, logic op, colour mask, and the final write. */
#include <math.h>
#include "internal.h"

static int test(uint32_t func, float a, float b)
{
	switch (func) {
	case GL_NEVER: return 0;
	case GL_LESS: return a < b;
	case GL_EQUAL: return a == b;
	case GL_LEQUAL: return a <= b;
	case GL_GREATER: return a > b;
	case GL_NOTEQUAL: return a != b;
	case GL_GEQUAL: return a >= b;
	default: return 1;
	}
}

static int testu(uint32_t func, uint32_t a, uint32_t b)
{
	switch (func) {
	case GL_NEVER: return 0;
	case GL_LESS: return a < b;
	case GL_EQUAL: return a == b;
	case GL_LEQUAL: return a <= b;
	case GL_GREATER: return a > b;
	case GL_NOTEQUAL: return a != b;
	case GL_GEQUAL: return a >= b;
	default: return 1;
	}
}

int pg_alpha_test(const struct pg_engine *e, float a)
{
	/* compare at the colour buffer's precision, as hardware does */
	float q = floorf(pg_clampf(a, 0, 1) * 255.0f + 0.5f);
	float r = floorf(e->s.alpha_ref * 255.0f + 0.5f);

	return test(e->s.alpha_func, q, r);
}

static uint32_t stencil_op(uint32_t op, uint32_t s, uint32_t ref)
{
	switch (op) {
	case GL_ZERO: return 0;
	case GL_REPLACE: return ref;
	case GL_INCR: return s < 255 ? s + 1 : 255;
	case GL_DECR: return s > 0 ? s - 1 : 0;
	case GL_INVERT: return ~s & 255;
	case GL_INCR_WRAP: return (s + 1) & 255;
	case GL_DECR_WRAP: return (s - 1) & 255;
	default: return s;
	}
}

/* Stencil and depth tests with their updates; 1 when the fragment lives. */
int pg_depth_stencil(struct pg_engine *e, int x, int y, float z)
{
	const struct pg_state *s = &e->s;
	uint32_t *dp, d, zi, st, nst, wm;
	int zpass;

	if (!e->rt.depth)
		return 1;
	if (!s->depth_test && !s->stencil_test)
		return 1;
	dp = e->rt.depth + (ptrdiff_t)y * e->rt.dpitch + x;
	d = *dp;
	st = d & 255;
	wm = s->stencil_wmask;
	if (s->stencil_test &&
	    !testu(s->stencil_func, s->stencil_ref & s->stencil_vmask,
		   st & s->stencil_vmask)) {
		nst = stencil_op(s->stencil_fail, st, s->stencil_ref);
		*dp = (d & ~wm) | (nst & wm);
		return 0;
	}
	zi = pg_depth_u24(z);
	zpass = !s->depth_test || testu(s->depth_func, zi, d >> 8);
	if (s->stencil_test) {
		nst = stencil_op(zpass ? s->stencil_zpass : s->stencil_zfail, st,
				 s->stencil_ref);
		d = (d & ~wm) | (nst & wm);
	}
	if (zpass && s->depth_test && s->depth_mask)
		d = (zi << 8) | (d & 255);
	*dp = d;
	return zpass;
}

static float factor(uint32_t f, int c, const float *src, const float *dst,
		    const float *k)
{
	switch (f) {
	case GL_ZERO: return 0;
	case GL_ONE: return 1;
	case GL_SRC_COLOR: return src[c];
	case GL_ONE_MINUS_SRC_COLOR: return 1 - src[c];
	case GL_DST_COLOR: return dst[c];
	case GL_ONE_MINUS_DST_COLOR: return 1 - dst[c];
	case GL_SRC_ALPHA: return src[3];
	case GL_ONE_MINUS_SRC_ALPHA: return 1 - src[3];
	case GL_DST_ALPHA: return dst[3];
	case GL_ONE_MINUS_DST_ALPHA: return 1 - dst[3];
	case GL_CONSTANT_COLOR: return k[c];
	case GL_ONE_MINUS_CONSTANT_COLOR: return 1 - k[c];
	case GL_CONSTANT_ALPHA: return k[3];
	case GL_ONE_MINUS_CONSTANT_ALPHA: return 1 - k[3];
	default:		/* GL_SRC_ALPHA_SATURATE */
		if (c == 3)
			return 1;
		return src[3] < 1 - dst[3] ? src[3] : 1 - dst[3];
	}
}

static float equation(uint32_t eq, float s, float d, float sf, float df)
{
	switch (eq) {
	case GL_FUNC_SUBTRACT: return s * sf - d * df;
	case GL_FUNC_REVERSE_SUBTRACT: return d * df - s * sf;
	case GL_MIN: return s < d ? s : d;
	case GL_MAX: return s > d ? s : d;
	default: return s * sf + d * df;
	}
}

static uint32_t logic(uint32_t op, uint32_t s, uint32_t d)
{
	switch (op) {
	case GL_CLEAR: return 0;
	case GL_AND: return s & d;
	case GL_AND_REVERSE: return s & ~d;
	case GL_COPY: return s;
	case GL_AND_INVERTED: return ~s & d;
	case GL_NOOP: return d;
	case GL_XOR: return s ^ d;
	case GL_OR: return s | d;
	case GL_NOR: return ~(s | d);
	case GL_EQUIV: return ~(s ^ d);
	case GL_INVERT: return ~d;
	case GL_OR_REVERSE: return s | ~d;
	case GL_COPY_INVERTED: return ~s;
	case GL_OR_INVERTED: return ~s | d;
	case GL_NAND: return ~(s & d);
	default: return 0xffffffffu;	/* GL_SET */
	}
}

static uint32_t pack(const float c[4])
{
	uint32_t r = (uint32_t)(pg_clampf(c[0], 0, 1) * 255.0f + 0.5f);
	uint32_t g = (uint32_t)(pg_clampf(c[1], 0, 1) * 255.0f + 0.5f);
	uint32_t b = (uint32_t)(pg_clampf(c[2], 0, 1) * 255.0f + 0.5f);
	uint32_t a = (uint32_t)(pg_clampf(c[3], 0, 1) * 255.0f + 0.5f);

	return a << 24 | r << 16 | g << 8 | b;
}

/* Blend, logic op, mask and write one fragment that passed the tests. */
void pg_color_write(struct pg_engine *e, int x, int y, const float rgba[4])
{
	const struct pg_state *s = &e->s;
	uint32_t *cp = e->rt.color + (ptrdiff_t)y * e->rt.cpitch + x;
	uint32_t dst = *cp, out, mask = 0;
	float c[4];
	int i;

	if (s->logic_op) {
		out = logic(s->logic, pack(rgba), dst);
	} else if (s->blend) {
		float d[4], sf, df;

		d[0] = (float)((dst >> 16) & 255) / 255.0f;
		d[1] = (float)((dst >> 8) & 255) / 255.0f;
		d[2] = (float)(dst & 255) / 255.0f;
		d[3] = (float)(dst >> 24) / 255.0f;
		for (i = 0; i < 4; i++) {
			uint32_t fs = i < 3 ? s->blend_src_rgb : s->blend_src_a;
			uint32_t fd = i < 3 ? s->blend_dst_rgb : s->blend_dst_a;
			uint32_t eq = i < 3 ? s->blend_eq_rgb : s->blend_eq_a;

			sf = factor(fs, i, rgba, d, s->blend_color);
			df = factor(fd, i, rgba, d, s->blend_color);
			c[i] = equation(eq, rgba[i], d[i], sf, df);
		}
		out = pack(c);
	} else {
		out = pack(rgba);
	}
	if (s->cmask[0]) mask |= 0x00ff0000;
	if (s->cmask[1]) mask |= 0x0000ff00;
	if (s->cmask[2]) mask |= 0x000000ff;
	if (s->cmask[3]) mask |= 0xff000000;
	*cp = (out & mask) | (dst & ~mask);
}
