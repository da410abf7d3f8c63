/* Specialised spans for the common state of games: depth-tested, up to two
 * 2D textures with REPLACE or MODULATE, bilinear or nearest filtering with
 * optional mipmaps, REPEAT or CLAMP_TO_EDGE, alpha test and blending
 * without constant factors.  Texturing, modulation and blending run in
 * integer arithmetic on packed pixels; anything else takes pg_span. */
#include <math.h>
#include <string.h>
#include "internal.h"

static int unit_ok(struct pg_engine *e, int i, struct pg_fast_unit *fu)
{
	const struct pg_unit *u = &e->s.unit[i];
	const struct pg_texture *t;
	int dims, b;

	if (!u->enabled_1d && !u->enabled_2d)
		return 1;	/* unit off: fine */
	t = pg_unit_texture(e, i, &dims);
	if (!t)
		return 1;	/* incomplete: as if disabled */
	if (dims != 2 || (u->env_mode != GL_MODULATE && u->env_mode != GL_REPLACE))
		return 0;
	if ((t->wrap_s != GL_REPEAT && t->wrap_s != GL_CLAMP_TO_EDGE) ||
	    (t->wrap_t != GL_REPEAT && t->wrap_t != GL_CLAMP_TO_EDGE))
		return 0;
	b = t->base_level;
	memset(fu, 0, sizeof(*fu));
	fu->t = t;
	fu->vram = e->vram;
	fu->linear_mag = t->mag_filter == GL_LINEAR;
	fu->linear_min = t->min_filter == GL_LINEAR ||
			 t->min_filter == GL_LINEAR_MIPMAP_NEAREST ||
			 t->min_filter == GL_LINEAR_MIPMAP_LINEAR;
	fu->mip = t->min_filter != GL_NEAREST && t->min_filter != GL_LINEAR;
	fu->mip_linear = t->min_filter == GL_NEAREST_MIPMAP_LINEAR ||
			 t->min_filter == GL_LINEAR_MIPMAP_LINEAR;
	fu->lod_c = (t->mag_filter == GL_LINEAR &&
		     (t->min_filter == GL_NEAREST_MIPMAP_NEAREST ||
		      t->min_filter == GL_LINEAR_MIPMAP_NEAREST)) ? 0.5f : 0.0f;
	fu->last = b;
	if (fu->mip) {
		while (fu->last + 1 < PG_MAX_LEVELS && fu->last < t->max_level &&
		       (t->lv[fu->last].w > 1 || t->lv[fu->last].h > 1))
			fu->last++;
	}
	fu->has_rgb = t->base != GL_ALPHA;
	fu->has_a = t->base != GL_LUMINANCE && t->base != GL_RGB;
	fu->replace = u->env_mode == GL_REPLACE;
	fu->wrap_s_edge = t->wrap_s == GL_CLAMP_TO_EDGE;
	fu->wrap_t_edge = t->wrap_t == GL_CLAMP_TO_EDGE;
	return 2;
}

static int factor_ok(uint32_t f)
{
	return f != GL_CONSTANT_COLOR && f != GL_ONE_MINUS_CONSTANT_COLOR &&
	       f != GL_CONSTANT_ALPHA && f != GL_ONE_MINUS_CONSTANT_ALPHA &&
	       f != GL_SRC_ALPHA_SATURATE;
}

/* Whether the fast path can draw this primitive; fills f. */
int pg_fast_prepare(struct pg_engine *e, const struct pg_prim_setup *ps,
		    struct pg_fast *f)
{
	const struct pg_state *s = &e->s;
	int i, k;

	if (s->poly_stipple || s->stencil_test || s->logic_op || s->fog ||
	    !s->cmask[0] || !s->cmask[1] || !s->cmask[2] || !s->cmask[3] ||
	    !e->rt.depth)
		return 0;
	for (k = 4; k < 8; k++)	/* no secondary colour */
		if (ps->v[k].a != 0 || ps->v[k].b != 0 || ps->v[k].c != 0)
			return 0;
	if (s->blend && (s->blend_eq_rgb != GL_FUNC_ADD ||
			 s->blend_eq_a != GL_FUNC_ADD ||
			 !factor_ok(s->blend_src_rgb) || !factor_ok(s->blend_dst_rgb) ||
			 !factor_ok(s->blend_src_a) || !factor_ok(s->blend_dst_a)))
		return 0;
	f->nunits = 0;
	for (i = 0; i < PG_MAX_UNITS; i++) {
		struct pg_fast_unit fu;
		int r = unit_ok(e, i, &fu);

		if (!r)
			return 0;
		if (r == 2) {
			if (f->nunits != i)
				return 0;	/* keep units contiguous */
			f->u[f->nunits++] = fu;
		}
	}
	f->alpha_test = s->alpha_test;
	f->alpha_func = s->alpha_func;
	f->aref = (uint32_t)(s->alpha_ref * 255.0f + 0.5f);
	f->depth_test = s->depth_test;
	f->depth_func = s->depth_func;
	f->depth_write = s->depth_test && s->depth_mask;
	f->blend = s->blend;
	f->bsrc_rgb = s->blend_src_rgb;
	f->bdst_rgb = s->blend_dst_rgb;
	f->bsrc_a = s->blend_src_a;
	f->bdst_a = s->blend_dst_a;
	return 1;
}

static inline int wrapi(int i, int size, int edge)
{
	if (edge)
		return i < 0 ? 0 : i >= size ? size - 1 : i;
	if ((size & (size - 1)) == 0)
		return i & (size - 1);
	i %= size;
	return i < 0 ? i + size : i;
}

/* a * (256 - w) + b * w over the four bytes of two pixels, w in 0..256 */
static inline uint32_t lerp4(uint32_t a, uint32_t b, uint32_t w)
{
	uint32_t rb = (((a & 0x00ff00ffu) * (256 - w) +
			(b & 0x00ff00ffu) * w) >> 8) & 0x00ff00ffu;
	uint32_t ag = ((((a >> 8) & 0x00ff00ffu) * (256 - w) +
			((b >> 8) & 0x00ff00ffu) * w)) & 0xff00ff00u;

	return rb | ag;
}

static inline uint32_t fetch(const struct pg_fast_unit *fu, int lv, float s,
			     float t, int linear)
{
	const struct pg_tex_level *l = &fu->t->lv[lv];
	const uint32_t *tx = (const uint32_t *)(fu->vram + l->off);
	int w = l->w, h = l->h;
	float u = s * (float)w, v = t * (float)h;

	if (!(u > -1e6f && u < 1e6f))
		u = 0;
	if (!(v > -1e6f && v < 1e6f))
		v = 0;
	if (!linear) {
		int i = wrapi((int)floorf(u), w, fu->wrap_s_edge);
		int j = wrapi((int)floorf(v), h, fu->wrap_t_edge);

		return tx[(size_t)j * w + i];
	} else {
		float fu0 = u - 0.5f, fv0 = v - 0.5f;
		float fi = floorf(fu0), fj = floorf(fv0);
		uint32_t wu = (uint32_t)((fu0 - fi) * 256.0f + 0.5f);
		uint32_t wv = (uint32_t)((fv0 - fj) * 256.0f + 0.5f);
		int i0 = (int)fi, j0 = (int)fj;
		int i1 = wrapi(i0 + 1, w, fu->wrap_s_edge);
		int j1 = wrapi(j0 + 1, h, fu->wrap_t_edge);
		const uint32_t *r0, *r1;

		i0 = wrapi(i0, w, fu->wrap_s_edge);
		j0 = wrapi(j0, h, fu->wrap_t_edge);
		r0 = tx + (size_t)j0 * w;
		r1 = tx + (size_t)j1 * w;
		return lerp4(lerp4(r0[i0], r0[i1], wu), lerp4(r1[i0], r1[i1], wu),
			     wv);
	}
}

static inline uint32_t sample(const struct pg_fast_unit *fu, float s, float t,
			      float lod)
{
	int b = fu->t->base_level;

	if (!fu->mip || lod <= fu->lod_c) {
		if (lod <= fu->lod_c)
			return fetch(fu, b, s, t, fu->linear_mag);
		return fetch(fu, b, s, t, fu->linear_min);
	}
	if (!fu->mip_linear) {
		int l = lod <= 0.5f ? b : b + (int)ceilf(lod + 0.5f) - 1;

		if (l > fu->last)
			l = fu->last;
		return fetch(fu, l, s, t, fu->linear_min);
	} else {
		int l0 = b + (int)floorf(lod);
		uint32_t w;

		if (l0 >= fu->last)
			return fetch(fu, fu->last, s, t, fu->linear_min);
		w = (uint32_t)((lod - floorf(lod)) * 256.0f + 0.5f);
		return lerp4(fetch(fu, l0, s, t, fu->linear_min),
			     fetch(fu, l0 + 1, s, t, fu->linear_min), w);
	}
}

static inline uint32_t mul8(uint32_t a, uint32_t b)
{
	uint32_t t = a * b + 128;

	return (t + (t >> 8)) >> 8;	/* a * b / 255, rounded */
}

static inline int testu(uint32_t func, uint32_t a, uint32_t b)
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

static inline uint32_t bfactor(uint32_t f, int c, const uint32_t *src,
			       const uint32_t *dst)
{
	switch (f) {
	case GL_ZERO: return 0;
	case GL_ONE: return 255;
	case GL_SRC_COLOR: return src[c];
	case GL_ONE_MINUS_SRC_COLOR: return 255 - src[c];
	case GL_DST_COLOR: return dst[c];
	case GL_ONE_MINUS_DST_COLOR: return 255 - dst[c];
	case GL_SRC_ALPHA: return src[3];
	case GL_ONE_MINUS_SRC_ALPHA: return 255 - src[3];
	case GL_DST_ALPHA: return dst[3];
	default: return 255 - dst[3];	/* GL_ONE_MINUS_DST_ALPHA */
	}
}

static float lod_at(const struct pg_prim_setup *ps, const struct pg_fast_unit *fu,
		    int u, float x, float y)
{
	const struct pg_plane *S = &ps->v[8 + 4 * u], *T = &ps->v[9 + 4 * u];
	const struct pg_plane *Q = &ps->v[11 + 4 * u];
	float sv = S->a + S->b * x + S->c * y, tv = T->a + T->b * x + T->c * y;
	float qv = Q->a + Q->b * x + Q->c * y, qi, sq, tq, W, H, rx, ry;
	float dsdx, dsdy, dtdx, dtdy;

	if (qv == 0)
		return 0;
	qi = 1.0f / qv;
	sq = sv * qi;
	tq = tv * qi;
	W = (float)fu->t->lv[fu->t->base_level].w;
	H = (float)fu->t->lv[fu->t->base_level].h;
	dsdx = (S->b - sq * Q->b) * qi * W;
	dsdy = (S->c - sq * Q->c) * qi * W;
	dtdx = (T->b - tq * Q->b) * qi * H;
	dtdy = (T->c - tq * Q->c) * qi * H;
	rx = dsdx * dsdx + dtdx * dtdx;
	ry = dsdy * dsdy + dtdy * dtdy;
	rx = rx > ry ? rx : ry;
	return rx > 0 ? 0.5f * log2f(rx) : -1000.0f;
}

void pg_span_fast(struct pg_engine *e, const struct pg_prim_setup *ps, int y,
		  int x0, int x1)
{
	const struct pg_fast *fp = ps->fast;
	uint32_t *crow, *drow;
	float fy = (float)y + 0.5f;
	float lod[PG_MAX_UNITS] = { 0, 0 };
	int x, u;

	crow = e->rt.color + (ptrdiff_t)y * e->rt.cpitch;
	drow = e->rt.depth + (ptrdiff_t)y * e->rt.dpitch;
	for (x = x0; x < x1; x++) {
		float fx = (float)x + 0.5f;
		float z = ps->z.a + ps->z.b * fx + ps->z.c * fy;
		float w = ps->w.a + ps->w.b * fx + ps->w.c * fy;
		float iw = w != 0 ? 1.0f / w : 0;
		uint32_t zi = 0, d = drow[x], c[4], px;
		int k;

		if (fp->depth_test) {
			zi = pg_depth_u24(z);
			if (!fp->alpha_test && !testu(fp->depth_func, zi, d >> 8))
				continue;
		}
		for (k = 0; k < 4; k++) {
			const struct pg_plane *p = &ps->v[k];
			float v = p->a + p->b * fx + p->c * fy;

			if (!ps->flat)
				v *= iw;
			c[k] = (uint32_t)(pg_clampf(v, 0, 1) * 255.0f + 0.5f);
		}
		for (u = 0; u < fp->nunits; u++) {
			const struct pg_fast_unit *fu = &fp->u[u];
			const struct pg_plane *S = &ps->v[8 + 4 * u];
			const struct pg_plane *T = &ps->v[9 + 4 * u];
			const struct pg_plane *Q = &ps->v[11 + 4 * u];
			float s = (S->a + S->b * fx + S->c * fy) * iw;
			float t = (T->a + T->b * fx + T->c * fy) * iw;
			float q = (Q->a + Q->b * fx + Q->c * fy) * iw;
			uint32_t tx, tc[4];

			if (q != 1.0f && q != 0.0f) {
				s /= q;
				t /= q;
			}
			if (fu->mip || fu->linear_min != fu->linear_mag)
				lod[u] = lod_at(ps, fu, u, fx, fy);
			tx = sample(fu, s, t, lod[u]);
			tc[0] = (tx >> 16) & 255;
			tc[1] = (tx >> 8) & 255;
			tc[2] = tx & 255;
			tc[3] = tx >> 24;
			if (fu->replace) {
				if (fu->has_rgb) {
					c[0] = tc[0];
					c[1] = tc[1];
					c[2] = tc[2];
				}
				if (fu->has_a)
					c[3] = tc[3];
			} else {
				if (fu->has_rgb) {
					c[0] = mul8(c[0], tc[0]);
					c[1] = mul8(c[1], tc[1]);
					c[2] = mul8(c[2], tc[2]);
				}
				if (fu->has_a)
					c[3] = mul8(c[3], tc[3]);
			}
		}
		if (fp->alpha_test) {
			if (!testu(fp->alpha_func, c[3], fp->aref))
				continue;
			if (fp->depth_test && !testu(fp->depth_func, zi, d >> 8))
				continue;
		}
		if (fp->depth_write)
			drow[x] = (zi << 8) | (d & 255);
		if (fp->blend) {
			uint32_t dp = crow[x], dc[4], o[4];

			dc[0] = (dp >> 16) & 255;
			dc[1] = (dp >> 8) & 255;
			dc[2] = dp & 255;
			dc[3] = dp >> 24;
			for (k = 0; k < 4; k++) {
				uint32_t sf = bfactor(k < 3 ? fp->bsrc_rgb : fp->bsrc_a, k, c, dc);
				uint32_t df = bfactor(k < 3 ? fp->bdst_rgb : fp->bdst_a, k, c, dc);
				uint32_t v = mul8(c[k], sf) + mul8(dc[k], df);

				o[k] = v > 255 ? 255 : v;
			}
			memcpy(c, o, sizeof(o));
		}
		px = c[3] << 24 | c[0] << 16 | c[1] << 8 | c[2];
		crow[x] = px;
	}
}
