/* The fast kernel, PG_SIMD_LANES pixels at a time in GCC vector
 * arithmetic: spans of a row, or whole small triangles.  span_simd.c (four
 * lanes, any CPU) and span_simd_avx2.c (eight) include it with PG_SIMD_FN
 * and PG_SIMD_TRI_FN naming the instances; both compute the same values in
 * the same order, so their pixels are identical (tests/gl/check compares
 * them).  Depth is converted exactly as pg_depth_u24 does so that GL_EQUAL
 * passes match the generic path. */
#include <stdint.h>
#include <string.h>
#include "internal.h"

#define LANES PG_SIMD_LANES
#define VB (4 * LANES)

typedef float vf __attribute__((vector_size(VB)));
typedef int32_t vi __attribute__((vector_size(VB)));
typedef double vd __attribute__((vector_size(2 * VB)));
typedef uint64_t vq __attribute__((vector_size(VB)));
typedef uint32_t vu __attribute__((vector_size(VB)));	/* pixels, channels */
typedef uint16_t vh __attribute__((vector_size(VB)));	/* channel pairs */
#define AI static inline __attribute__((always_inline))

AI vi vsel(vi m, vi a, vi b)
{
	return (a & m) | (b & ~m);
}

AI vu vselu(vi m, vu a, vu b)
{
	return (vu)vsel(m, (vi)a, (vi)b);
}

AI vf vself(vi m, vf a, vf b)
{
	return (vf)vsel(m, (vi)a, (vi)b);
}

AI int vany(vi m)
{
#ifdef PG_SIMD_ANY
	return PG_SIMD_ANY(m);
#else
	vq q = (vq)m;
	uint64_t r = 0;
	int k;

	for (k = 0; k < LANES / 2; k++)
		r |= q[k];
	return r != 0;
#endif
}

AI vi vmin(vi a, vi b)
{
	return vsel(a < b, a, b);
}

AI vi vmax(vi a, vi b)
{
	return vsel(a > b, a, b);
}

AI vi vfloor(vf v)
{
	vi i = __builtin_convertvector(v, vi);

	return i + (vi)(__builtin_convertvector(i, vf) > v);
}

/* as pg_clampf: NaN clamps to lo */
AI vf vclamp(vf v, float lo, float hi)
{
	return vself(v > lo, vself(v < hi, v, (vf){} + hi), (vf){} + lo);
}

/* vclamp(v, 0, 1) in two instructions where x86's max, which returns its
 * second operand unless the first is greater, gives the same for NaN */
AI vf vsat(vf v)
{
#ifdef PG_SIMD_MAX
	return PG_SIMD_MIN(PG_SIMD_MAX(v, (vf){}), (vf){} + 1.0f);
#else
	return vclamp(v, 0, 1);
#endif
}

/* Small non-negative floats to unsigned lanes: the signed conversion is
 * one instruction, the unsigned one a sequence. */
AI vu vtou(vf v)
{
	return (vu)__builtin_convertvector(v, vi);
}

AI vu vgather(const uint32_t *base, vi idx)
{
#ifdef PG_SIMD_GATHER
	return PG_SIMD_GATHER(base, idx);
#else
	vu r;
	int k;

	for (k = 0; k < LANES; k++)
		r[k] = base[idx[k]];
	return r;
#endif
}

/* a * b / 255, rounded, on 0..255 lanes */
AI vu vmul8(vu a, vu b)
{
	vu t = a * b + 128;

	return (t + (t >> 8)) >> 8;
}

/* vmul8 on each byte of packed pixels, in 16-bit lanes (the products
 * and the rounding fit: 255 * 255 + 128 + 254 < 65536) */
AI vu vmul8x4(vu a, vu b)
{
	vh rb = (vh)(a & 0x00ff00ff) * (vh)(b & 0x00ff00ff) + 128;
	vh ag = (vh)((a >> 8) & 0x00ff00ff) * (vh)((b >> 8) & 0x00ff00ff) + 128;

	rb = (rb + (rb >> 8)) >> 8;
	ag = (ag + (ag >> 8)) >> 8;
	return (vu)rb | (vu)ag << 8;
}

/* (a * (256 - w) + b * w) / 256 per byte of packed pixels, w in 0..256,
 * in 16-bit lanes: red with blue, alpha with green */
AI vu vlerp4(vu a, vu b, vu w)
{
	vh w2 = (vh)(w | w << 16), iw2 = 256 - w2;
	vh rb = ((vh)(a & 0x00ff00ff) * iw2 + (vh)(b & 0x00ff00ff) * w2) >> 8;
	vh ag = ((vh)((a >> 8) & 0x00ff00ff) * iw2 +
		 (vh)((b >> 8) & 0x00ff00ff) * w2) >> 8;

	return (vu)rb | (vu)ag << 8;
}

/* log2 for positive finite x: exponent plus an atanh series for the
 * mantissa, within 2e-5; enough to choose mip levels and their blend. */
AI vf vlog2(vf x)
{
	vi b = (vi)x;
	vf e = __builtin_convertvector(((b >> 23) & 255) - 127, vf);
	vf m = (vf)((b & 0x007fffff) | 0x3f800000);
	vf y = (m - 1.0f) / (m + 1.0f), y2 = y * y;

	return e + 2.8853900817779268f * y *
		   (1.0f + y2 * (1.0f / 3 + y2 * (1.0f / 5 + y2 * (1.0f / 7))));
}

/* Pixels of a row at p.  Whole vectors move at once whenever the row
 * extends that far, the lanes beyond the span written back unchanged;
 * only at the right edge of the target do the n lanes go one by one. */
AI vu load_px(const uint32_t *p, int n, int whole)
{
	vu v = {};
	int k;

	if (whole) {
		memcpy(&v, p, VB);
		return v;
	}
	for (k = 0; k < n; k++)
		v[k] = p[k];
	return v;
}

AI void store_px(uint32_t *p, vu v, int n, int whole)
{
	int k;

	if (whole) {
		memcpy(p, &v, VB);
		return;
	}
	for (k = 0; k < n; k++)
		p[k] = v[k];
}

AI vi vtest(uint32_t func, vi a, vi b)
{
	switch (func) {
	case GL_NEVER: return (vi){};
	case GL_LESS: return a < b;
	case GL_EQUAL: return a == b;
	case GL_LEQUAL: return a <= b;
	case GL_GREATER: return a > b;
	case GL_NOTEQUAL: return a != b;
	case GL_GEQUAL: return a >= b;
	default: return (vi){} - 1;
	}
}

/* Per-lane sizes and word offsets of a mip level. */
struct vlevel {
	vi w, h, base;
	vf fw, fh;
};

AI void level_uniform(const struct pg_fast_unit *fu, int l, struct vlevel *lv)
{
	const struct pg_tex_level *t = &fu->t->lv[l];

	lv->w = (vi){} + t->w;
	lv->h = (vi){} + t->h;
	lv->base = (vi){} + (int32_t)(t->off / 4);
	lv->fw = (vf){} + (float)t->w;
	lv->fh = (vf){} + (float)t->h;
}

AI void level_lanes(const struct pg_fast_unit *fu, vi l, struct vlevel *lv)
{
	int k;

	for (k = 1; k < LANES && l[k] == l[0]; k++)
		;
	if (k == LANES) {
		level_uniform(fu, l[0], lv);
		return;
	}
	for (k = 0; k < LANES; k++) {
		const struct pg_tex_level *t = &fu->t->lv[l[k]];

		lv->w[k] = t->w;
		lv->h[k] = t->h;
		lv->base[k] = (int32_t)(t->off / 4);
	}
	lv->fw = __builtin_convertvector(lv->w, vf);
	lv->fh = __builtin_convertvector(lv->h, vf);
}

AI vi vwrap(vi i, vi size, int edge, int pow2)
{
	vi r, q;

	if (edge)
		return vmax(vmin(i, size - 1), (vi){});
	if (pow2)
		return i & (size - 1);
	/* i mod size through float division, exact for |i| < 2^24 */
	q = vfloor(__builtin_convertvector(i, vf) /
		   __builtin_convertvector(size, vf));
	r = i - q * size;
	r = vsel(r < 0, r + size, r);
	return vsel(r >= size, r - size, r);
}

/* Coordinates far outside the texture (or NaN) sample at 0, as fetch()
 * in the scalar sampler does. */
AI vf vsane(vf u)
{
	return vself((u > -1e6f) & (u < 1e6f), u, (vf){});
}

AI vu fetch_nearest(const struct pg_fast_unit *fu, const struct vlevel *lv,
		    vf s, vf t)
{
	vf u = vsane(s * lv->fw), v = vsane(t * lv->fh);
	vi i = vwrap(vfloor(u), lv->w, fu->wrap_s_edge, fu->pow2);
	vi j = vwrap(vfloor(v), lv->h, fu->wrap_t_edge, fu->pow2);

	return vgather((const uint32_t *)fu->vram, lv->base + j * lv->w + i);
}

AI vu fetch_linear(const struct pg_fast_unit *fu, const struct vlevel *lv,
		   vf s, vf t)
{
	vf u = vsane(s * lv->fw) - 0.5f, v = vsane(t * lv->fh) - 0.5f;
	vi fi = vfloor(u), fj = vfloor(v);
	vu wu = vtou((u - __builtin_convertvector(fi, vf)) * 256.0f + 0.5f);
	vu wv = vtou((v - __builtin_convertvector(fj, vf)) * 256.0f + 0.5f);
	vi i0 = vwrap(fi, lv->w, fu->wrap_s_edge, fu->pow2);
	vi i1 = vwrap(fi + 1, lv->w, fu->wrap_s_edge, fu->pow2);
	vi j0 = vwrap(fj, lv->h, fu->wrap_t_edge, fu->pow2);
	vi j1 = vwrap(fj + 1, lv->h, fu->wrap_t_edge, fu->pow2);
	const uint32_t *vram = (const uint32_t *)fu->vram;
	vi r0 = lv->base + j0 * lv->w, r1 = lv->base + j1 * lv->w;

#ifdef PG_SIMD_GATHER_PAIR
	/* where every lane's two texels of a row are neighbours in memory,
	 * each pair comes in one 64-bit gather element */
	if (!vany(i1 != i0 + 1)) {
		vu t00, t01, t10, t11;

		PG_SIMD_GATHER_PAIR(vram, r0 + i0, t00, t01);
		PG_SIMD_GATHER_PAIR(vram, r1 + i0, t10, t11);
		return vlerp4(vlerp4(t00, t01, wu), vlerp4(t10, t11, wu), wv);
	}
#endif
	return vlerp4(vlerp4(vgather(vram, r0 + i0), vgather(vram, r0 + i1), wu),
		      vlerp4(vgather(vram, r1 + i0), vgather(vram, r1 + i1), wu),
		      wv);
}

AI vu fetch(const struct pg_fast_unit *fu, const struct vlevel *lv, vf s,
	    vf t, int linear)
{
	return linear ? fetch_linear(fu, lv, s, t) : fetch_nearest(fu, lv, s, t);
}

/* Filter choice per lane when the minification and magnification
 * filters differ. */
AI vu fetch_mixed(const struct pg_fast_unit *fu, const struct vlevel *lv,
		  vf s, vf t, vi mag)
{
	int lin_mag = fu->linear_mag, lin_min = fu->linear_min;

	if (lin_mag == lin_min || !vany(mag))
		return fetch(fu, lv, s, t, lin_min);
	if (!vany(~mag))
		return fetch(fu, lv, s, t, lin_mag);
	return vselu(mag, fetch(fu, lv, s, t, lin_mag),
		    fetch(fu, lv, s, t, lin_min));
}

AI vu sample(const struct pg_fast_unit *fu, vf s, vf t, vf lod)
{
	int b = fu->t->base_level;
	struct vlevel lv, lv1;
	vi mag, l0, l1;
	vu w;
	vf fl;

	if (!fu->mip) {
		level_uniform(fu, b, &lv);
		return fetch_mixed(fu, &lv, s, t, lod <= fu->lod_c);
	}
	mag = lod <= fu->lod_c;
	if (!vany(~mag)) {
		level_uniform(fu, b, &lv);
		return fetch(fu, &lv, s, t, fu->linear_mag);
	}
	if (!fu->mip_linear) {
		/* nearest level: b + ceil(lod + 0.5) - 1 above lod 0.5 */
		vf c = lod + 0.5f;
		vi ci = vfloor(c);

		ci -= (vi)(__builtin_convertvector(ci, vf) < c);
		l0 = vsel(lod <= 0.5f, (vi){} + b, b + ci - 1);
		l0 = vsel(mag, (vi){} + b, vmin(l0, (vi){} + fu->last));
		level_lanes(fu, l0, &lv);
		return fetch_mixed(fu, &lv, s, t, mag);
	}
	fl = __builtin_convertvector(vfloor(lod), vf);
	l0 = b + vfloor(lod);
	w = vtou((lod - fl) * 256.0f + 0.5f);
	w = vselu((l0 >= fu->last) | mag, (vu){}, w);
	l0 = vsel(mag, (vi){} + b, vmin(l0, (vi){} + fu->last));
	l1 = vmin(l0 + 1, (vi){} + fu->last);
	level_lanes(fu, l0, &lv);
	level_lanes(fu, l1, &lv1);
	if (!vany((vi)w))
		return fetch_mixed(fu, &lv, s, t, mag);
	return vlerp4(fetch_mixed(fu, &lv, s, t, mag),
		      fetch(fu, &lv1, s, t, fu->linear_min), w);
}

/* Level of detail from the derivatives of s/q and t/q, as tri_lod. */
AI vf lod_at(const struct pg_prim_setup *ps, const struct pg_fast_unit *fu,
	     int u, vf fx, float fy, vf w)
{
	const struct pg_plane *S = &ps->v[8 + 4 * u], *T = &ps->v[9 + 4 * u];
	const struct pg_plane *Q = &ps->v[11 + 4 * u];
	vf sv = S->a + S->b * fx + S->c * fy, tv = T->a + T->b * fx + T->c * fy;
	vf qv = Q->a + Q->b * fx + Q->c * fy, qi, sq, tq, rx, ry, dx, dy, lod;
	float W = fu->base_w, H = fu->base_h;

	qv = vself(qv == 0, w, qv);
	qi = 1.0f / qv;
	sq = sv * qi;
	tq = tv * qi;
	dx = (S->b - sq * Q->b) * qi * W;
	dy = (T->b - tq * Q->b) * qi * H;
	rx = dx * dx + dy * dy;
	dx = (S->c - sq * Q->c) * qi * W;
	dy = (T->c - tq * Q->c) * qi * H;
	ry = dx * dx + dy * dy;
	rx = vself(rx > ry, rx, ry);
	lod = vself(rx > 0, 0.5f * vlog2(vself(rx > 0, rx, (vf){} + 1)),
		    (vf){} - 1000.0f);
	lod = vself(lod == lod, lod, (vf){});	/* NaN: 0 */
	lod = vclamp(lod, fu->min_lod, fu->max_lod);
	return vclamp(lod, -64.0f, 64.0f);
}

AI vu bfactor(uint32_t f, int k, const vu *src, const vu *dst)
{
	switch (f) {
	case GL_ZERO: return (vu){};
	case GL_ONE: return (vu){} + 255;
	case GL_SRC_COLOR: return src[k];
	case GL_ONE_MINUS_SRC_COLOR: return 255 - src[k];
	case GL_DST_COLOR: return dst[k];
	case GL_ONE_MINUS_DST_COLOR: return 255 - dst[k];
	case GL_SRC_ALPHA: return src[3];
	case GL_ONE_MINUS_SRC_ALPHA: return 255 - src[3];
	case GL_DST_ALPHA: return dst[3];
	default: return 255 - dst[3];	/* GL_ONE_MINUS_DST_ALPHA */
	}
}

AI vu channel(const struct pg_plane *p, vf fx, float cfy, vf iw, int flat)
{
	vf v = p->a + p->b * fx + cfy;

	if (!flat)
		v *= iw;
	return vtou(vsat(v) * 255.0f + 0.5f);
}

/* The texture units on the packed colour (ARGB, as the texels): REPLACE
 * takes the texel's channels, MODULATE multiplies by them. */
AI vu texture_units(const struct pg_fast *fp, const struct pg_prim_setup *ps,
		    vf fx, float fy, vf w, vf iw, int unit_w, vu cp)
{
	int u;

	for (u = fp->first_unit; u < fp->nunits; u++) {
		const struct pg_fast_unit *fu = &fp->u[u];
		const struct pg_plane *S = &ps->v[8 + 4 * u];
		const struct pg_plane *T = &ps->v[9 + 4 * u];
		const struct pg_plane *Q = &ps->v[11 + 4 * u];
		vf s = S->a + S->b * fx + S->c * fy;
		vf t = T->a + T->b * fx + T->c * fy;
		vf lod = (vf){};
		/* the channels the unit changes */
		uint32_t m = (fu->has_rgb ? 0x00ffffffu : 0) |
			     (fu->has_a ? 0xff000000u : 0);
		vu tx;

		if (!unit_w) {
			s *= iw;
			t *= iw;
		}
		/* q interpolated like w is 1 up to rounding: no division */
		if (Q->a != ps->w.a || Q->b != ps->w.b || Q->c != ps->w.c) {
			vf q = (Q->a + Q->b * fx + Q->c * fy) * iw;

			q = vself((q != 1.0f) & (q != 0.0f), q, (vf){} + 1.0f);
			s /= q;
			t /= q;
		}
		if (fu->mip || fu->linear_min != fu->linear_mag)
			lod = lod_at(ps, fu, u, fx, fy, w);
		tx = sample(fu, s, t, lod);
		if (fu->replace)
			cp = (cp & ~m) | (tx & m);
		else	/* a factor of 255 leaves a channel as it is */
			cp = vmul8x4(cp, tx | ~m);
	}
	return cp;
}

AI vu blend(const struct pg_fast *fp, vu cp, vu dp)
{
	vu c[4], d[4], o[4];
	int k;

	c[0] = (cp >> 16) & 255;
	c[1] = (cp >> 8) & 255;
	c[2] = cp & 255;
	c[3] = cp >> 24;
	d[0] = (dp >> 16) & 255;
	d[1] = (dp >> 8) & 255;
	d[2] = dp & 255;
	d[3] = dp >> 24;
	for (k = 0; k < 4; k++) {
		vu sf = bfactor(k < 3 ? fp->bsrc_rgb : fp->bsrc_a, k, c, d);
		vu df = bfactor(k < 3 ? fp->bdst_rgb : fp->bdst_a, k, c, d);
		vu v = vmul8(c[k], sf) + vmul8(d[k], df);

		o[k] = vselu(v > 255, (vu){} + 255, v);
	}
	return o[3] << 24 | o[0] << 16 | o[1] << 8 | o[2];
}

/* What a row's blocks share.  Without perspective (1/w constant over
 * the primitive, as under glOrtho) the lanes' w is the plane's constant
 * term exactly, so its reciprocal is taken once; when that is 1 the
 * varyings need no multiplication by it at all. */
struct row {
	uint32_t *crow, *drow;
	float fy, zcy, wcy, ccy[4];
	int affine, unit_w;
	vf wa, iwa;
};

AI void row_prepare(struct row *r, const struct pg_prim_setup *ps)
{
	float wa = ps->w.a;

	r->affine = ps->w.b == 0 && ps->w.c == 0;
	r->unit_w = r->affine && wa == 1.0f;
	if (!r->affine)
		return;		/* block() divides per lane */
	r->wa = (vf){} + wa;
	r->iwa = (vf){} + (wa != 0 ? 1.0f / wa : 0.0f);
}

AI void row_init(struct row *r, struct pg_engine *e,
		 const struct pg_prim_setup *ps, int y)
{
	int k;

	r->crow = e->rt.color + (ptrdiff_t)y * e->rt.cpitch;
	r->drow = e->rt.depth + (ptrdiff_t)y * e->rt.dpitch;
	r->fy = (float)y + 0.5f;
	r->zcy = ps->z.c * r->fy;
	r->wcy = ps->w.c * r->fy;
	for (k = 0; k < 4; k++)
		r->ccy[k] = ps->v[k].c * r->fy;
}

/* Shades the lanes of live in the block of LANES pixels at x.  Whole
 * vectors move at once unless the block crosses the target's right edge;
 * lanes that are not drawn are written back unchanged. */
AI void block(struct pg_engine *e, const struct pg_prim_setup *ps,
	      const struct row *r, int x, vi live)
{
	const struct pg_fast *fp = ps->fast;
	int n = e->rt.w - x < LANES ? e->rt.w - x : LANES, whole = n == LANES;
	vf fx = (float)x + (vf){ PG_SIMD_HALVES };
	vi zi = (vi){}, pass;
	vu d = load_px(r->drow + x, n, whole), cp, c[4];
	vf z, w, iw;
	int k;

	z = ps->z.a + ps->z.b * fx + r->zcy;
	if (r->affine) {
		w = r->wa;
		iw = r->iwa;
	} else {
		w = ps->w.a + ps->w.b * fx + r->wcy;
		iw = vself(w != 0, 1.0f / vself(w != 0, w, (vf){} + 1), (vf){});
	}
	if (fp->depth_test) {
		vd zd = __builtin_convertvector(vsat(z), vd);

		zi = __builtin_convertvector(zd * 16777215.0 + 0.5, vi);
		live &= vtest(fp->depth_func, zi, (vi)(d >> 8));
		if (!vany(live))
			return;
	}
	if (fp->need_color) {
		int no_w = ps->flat || r->unit_w;

#pragma GCC unroll 4
		for (k = 0; k < 4; k++)
			c[k] = channel(&ps->v[k], fx, r->ccy[k], iw, no_w);
		cp = c[3] << 24 | c[0] << 16 | c[1] << 8 | c[2];
	} else {
		cp = (vu){};
	}
	cp = texture_units(fp, ps, fx, r->fy, w, iw, r->unit_w, cp);
	if (fp->alpha_test) {
		live &= vtest(fp->alpha_func, (vi)(cp >> 24),
			      (vi){} + (int32_t)fp->aref);
		if (!vany(live))
			return;
	}
	pass = live;
	if (fp->depth_write) {
		d = vselu(pass, ((vu)zi << 8) | (d & 255), d);
		store_px(r->drow + x, d, n, whole);
	}
	if (fp->blend || vany(~pass)) {
		vu dp = load_px(r->crow + x, n, whole);

		if (fp->blend)
			cp = blend(fp, cp, dp);
		cp = vselu(pass, cp, dp);
	}
	store_px(r->crow + x, cp, n, whole);
}

void PG_SIMD_FN(struct pg_engine *e, const struct pg_prim_setup *ps, int y,
		int x0, int x1)
{
	const vi lanei = { PG_SIMD_INDICES };
	struct row r;
	int x;

	row_prepare(&r, ps);
	row_init(&r, e, ps, y);
	for (x = x0; x < x1; x += LANES)
		block(e, ps, &r, x, lanei < x1 - x);
}

/* A whole small triangle: its coverage comes from the three edge functions
 * stepped in 32-bit lanes, exact for the sizes tri.c sends here. */
void PG_SIMD_TRI_FN(struct pg_engine *e, const struct pg_prim_setup *ps,
		    const struct pg_tri_edges *t)
{
	const vi lanei = { PG_SIMD_INDICES };
	/* the three edges' values at the row's first block, and their steps */
	vi r0 = t->e[0] + lanei * t->px[0], r1 = t->e[1] + lanei * t->px[1];
	vi r2 = t->e[2] + lanei * t->px[2];
	int32_t s0 = LANES * t->px[0], s1 = LANES * t->px[1];
	int32_t s2 = LANES * t->px[2];
	struct row r;
	int x, y;

	row_prepare(&r, ps);
	for (y = t->y0; y <= t->y1; y++) {
		vi e0 = r0, e1 = r1, e2 = r2;
		int init = 0;

		for (x = t->x0; x <= t->x1; x += LANES) {
			vi live = ((e0 | e1 | e2) >= 0) & (lanei <= t->x1 - x);

			if (vany(live)) {
				if (!init) {
					row_init(&r, e, ps, y);
					init = 1;
				}
				block(e, ps, &r, x, live);
			}
			e0 += s0;
			e1 += s1;
			e2 += s2;
		}
		r0 += t->py[0];
		r1 += t->py[1];
		r2 += t->py[2];
	}
}
