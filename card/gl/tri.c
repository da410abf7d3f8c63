/* Triangle setup and scan conversion.  Vertices are snapped to 1/256 of a
 * pixel; a pixel is covered when its centre is inside all three edges, or
 * on a top or left edge (so shared edges are drawn exactly once). */
#include <math.h>
#include <string.h>
#include "internal.h"

#define SUB_BITS 8
#define SUB (1 << SUB_BITS)	/* >> SUB_BITS floors: shifts are arithmetic */

static int64_t floordiv(int64_t a, int64_t b)	/* b > 0 */
{
	int64_t q = a / b;

	return (a % b != 0 && a < 0) ? q - 1 : q;
}

/* floordiv for the edge set-up, where a 64-bit integer division costs more
 * than the rest of a small triangle: operands below 2^50 divide in double
 * precision, then get corrected to the exact floor. */
static int64_t floordiv_fast(int64_t a, int64_t b)	/* b > 0 */
{
	const int64_t lim = (int64_t)1 << 50;
	int64_t q, r;

	if (a <= -lim || a >= lim || b >= lim)
		return floordiv(a, b);
	q = (int64_t)((double)a / (double)b);	/* within 2 of the floor */
	r = a - q * b;
	while (r < 0) {
		q--;
		r += b;
	}
	while (r >= b) {
		q++;
		r -= b;
	}
	return q;
}

/* An edge walked down the rows: E = dx * (py - ya) - dy * (px - xa) must
 * be >= bias, i.e. dy * px <= k with k = dx * (py - ya) + dy * xa - bias.
 * k = q * |dy| + r is kept as quotient and remainder and stepped exactly
 * by dx * SUB per row, so no row needs a division. */
typedef float pg_v4f __attribute__((vector_size(16)));
typedef int32_t pg_v4i __attribute__((vector_size(16)));

/* plane() for four varyings at once: val[i] holds vertex i's four values,
 * multiplied by w[i] unless w is NULL.  Returns whether any is non-zero. */
static inline __attribute__((always_inline)) int
plane4(struct pg_plane *p, const float x[3], const float y[3],
		   const float *const val[3], const float w[3], float inv_area)
{
	float dx1 = x[1] - x[0], dy1 = y[1] - y[0];
	float dx2 = x[2] - x[0], dy2 = y[2] - y[0];
	pg_v4f f[3], df1, df2, b, c, a;
	pg_v4i nz;
	int i;

	for (i = 0; i < 3; i++) {
		memcpy(&f[i], val[i], sizeof(f[i]));
		if (w)
			f[i] *= w[i];
	}
	nz = (f[0] != 0) | (f[1] != 0) | (f[2] != 0);	/* NaN counts */
	if (!(nz[0] | nz[1] | nz[2] | nz[3])) {
		memset(p, 0, 4 * sizeof(*p));
		return 0;
	}
	df1 = f[1] - f[0];
	df2 = f[2] - f[0];
	b = (df1 * dy2 - df2 * dy1) * inv_area;
	c = (df2 * dx1 - df1 * dx2) * inv_area;
	a = f[0] - b * x[0] - c * y[0];
	/* four planes {a, b, c} in a row: transpose the three vectors */
	{
		pg_v4f ab = __builtin_shufflevector(a, b, 0, 4, 1, 5);
		pg_v4f ab2 = __builtin_shufflevector(a, b, 2, 6, 3, 7);
		pg_v4f bc = __builtin_shufflevector(b, c, 1, 5, 1, 5);
		pg_v4f out[3] = {
			__builtin_shufflevector(ab, c, 0, 1, 4, 2),  /* a0 b0 c0 a1 */
			__builtin_shufflevector(bc, ab2, 0, 1, 4, 5), /* b1 c1 a2 b2 */
			__builtin_shufflevector(c, ab2, 2, 6, 7, 3),  /* c2 a3 b3 c3 */
		};

		memcpy(p, out, sizeof(out));
	}
	return 1;
}

struct edge {
	int64_t dx, dy, xa, ya;
	int bias;		/* 0 on top/left edges, 1 elsewhere */
	int64_t k;		/* dy == 0: the value itself */
	int64_t d, q, r, sq, sr;	/* |dy|; k = q d + r; step = sq d + sr */
};

static void edge_init(struct edge *ed, const int64_t a[2], const int64_t b[2])
{
	ed->dx = b[0] - a[0];
	ed->dy = b[1] - a[1];
	ed->xa = a[0];
	ed->ya = a[1];
	/* inside is to the left (counter-clockwise, y up): left edges run
	 * downwards, top edges run right to left */
	ed->bias = (ed->dy < 0 || (ed->dy == 0 && ed->dx < 0)) ? 0 : 1;
}

/* Positions the edge at row py (sub-pixel centre). */
static void edge_start(struct edge *ed, int64_t py)
{
	int64_t step = ed->dx * SUB;

	ed->k = ed->dx * (py - ed->ya) + ed->dy * ed->xa - ed->bias;
	if (ed->dy == 0)
		return;
	ed->d = ed->dy < 0 ? -ed->dy : ed->dy;
	ed->q = floordiv_fast(ed->k, ed->d);
	ed->r = ed->k - ed->q * ed->d;
	ed->sq = floordiv_fast(step, ed->d);
	ed->sr = step - ed->sq * ed->d;
}

static void edge_next(struct edge *ed)
{
	if (ed->dy == 0) {
		ed->k += ed->dx * SUB;
		return;
	}
	ed->q += ed->sq;
	ed->r += ed->sr;
	if (ed->r >= ed->d) {
		ed->r -= ed->d;
		ed->q++;
	}
}

/* Narrows [*lo, *hi] to the pixels of the current row inside ed. */
static void edge_span(const struct edge *ed, int64_t *lo, int64_t *hi)
{
	if (ed->dy == 0) {
		if (ed->k < 0) {
			*lo = 1;
			*hi = 0;
		}
	} else if (ed->dy < 0) {	/* px >= ceil(k / dy) = -q */
		int64_t x = -((ed->q + SUB / 2) >> SUB_BITS);	/* floor */

		if (x > *lo)
			*lo = x;
	} else {			/* px <= floor(k / dy) = q */
		int64_t x = (ed->q - SUB / 2) >> SUB_BITS;

		if (x < *hi)
			*hi = x;
	}
}

static int64_t snap(float v)
{
	/* v * SUB is exact; adding and taking away 1.5 * 2^52 rounds it to
	 * the nearest integer, ties to even, as lrintf does without a call */
	double d = (double)v * SUB;

	return (int64_t)((d + 0x1.8p52) - 0x1.8p52);
}

/* Largest extent (in 1/256 pixel) of a triangle that the fast kernel
 * rasterizes whole: at the pixel centres of its bounding box and of a
 * block's lanes past it, |dx * (py - ya) - dy * (px - xa)| < 2^31. */
#define SMALL (96 * SUB)

static void small_triangle(struct pg_engine *e, const struct pg_prim_setup *ps,
			   const struct edge ed[3], int x0, int x1, int y0,
			   int y1)
{
	struct pg_tri_edges t = { .x0 = x0, .x1 = x1, .y0 = y0, .y1 = y1 };
	int64_t px = (int64_t)x0 * SUB + SUB / 2, py = (int64_t)y0 * SUB + SUB / 2;
	int i;

	for (i = 0; i < 3; i++) {
		t.e[i] = (int32_t)(ed[i].dx * (py - ed[i].ya) -
				   ed[i].dy * (px - ed[i].xa) - ed[i].bias);
		t.px[i] = (int32_t)(-ed[i].dy * SUB);
		t.py[i] = (int32_t)(ed[i].dx * SUB);
	}
	e->fast_tri(e, ps, &t);
}

void pg_triangle(struct pg_engine *e, const struct pg_vert *v0,
		 const struct pg_vert *v1, const struct pg_vert *v2,
		 const struct pg_vert *provoking, int back)
{
	const struct pg_state *s = &e->s;
	const struct pg_vert *v[3] = { v0, v1, v2 };
	struct pg_prim_setup ps;
	int64_t p[3][2], area2;
	float x[3], y[3], w[3], zwf[3][4], inv_area;
	const float *val[3];
	struct pg_plane pl[4];
	struct edge ed[3];
	int i, k, x0, x1, y0, y1, yy, units;
	int64_t minx, maxx, miny, maxy;

	for (i = 0; i < 3; i++) {
		/* false for NaN too */
		if (!(fabsf(v[i]->win[0]) <= 1e6f && fabsf(v[i]->win[1]) <= 1e6f))
			return;
		p[i][0] = snap(v[i]->win[0]);
		p[i][1] = snap(v[i]->win[1]);
	}
	area2 = (p[1][0] - p[0][0]) * (p[2][1] - p[0][1]) -
		(p[2][0] - p[0][0]) * (p[1][1] - p[0][1]);
	if (area2 == 0)
		return;
	if (area2 < 0) {	/* make it counter-clockwise */
		const struct pg_vert *t = v[1];
		int64_t tp[2] = { p[1][0], p[1][1] };

		v[1] = v[2];
		v[2] = t;
		memcpy(p[1], p[2], sizeof(tp));
		memcpy(p[2], tp, sizeof(tp));
		area2 = -area2;
	}
	for (i = 0; i < 3; i++) {
		edge_init(&ed[i], p[i], p[(i + 1) % 3]);
		x[i] = (float)p[i][0] / SUB;
		y[i] = (float)p[i][1] / SUB;
	}
	inv_area = (float)((double)SUB * SUB / (double)area2);

	/* bounding box from the snapped integers */
	minx = maxx = p[0][0];
	miny = maxy = p[0][1];
	for (i = 1; i < 3; i++) {
		minx = p[i][0] < minx ? p[i][0] : minx;
		maxx = p[i][0] > maxx ? p[i][0] : maxx;
		miny = p[i][1] < miny ? p[i][1] : miny;
		maxy = p[i][1] > maxy ? p[i][1] : maxy;
	}
	/* the pixels whose centres are inside the box */
	x0 = (int)-((SUB / 2 - minx) >> SUB_BITS);
	x1 = (int)((maxx - SUB / 2) >> SUB_BITS);
	y0 = (int)-((SUB / 2 - miny) >> SUB_BITS);
	y1 = (int)((maxy - SUB / 2) >> SUB_BITS);
	if (x0 < 0) x0 = 0;
	if (y0 < 0) y0 = 0;
	if (x1 > e->rt.w - 1) x1 = e->rt.w - 1;
	if (y1 > e->rt.h - 1) y1 = e->rt.h - 1;
	if (s->scissor_test) {
		if (x0 < s->sc_x) x0 = s->sc_x;
		if (y0 < s->sc_y) y0 = s->sc_y;
		if (x1 > s->sc_x + s->sc_w - 1) x1 = s->sc_x + s->sc_w - 1;
		if (y1 > s->sc_y + s->sc_h - 1) y1 = s->sc_y + s->sc_h - 1;
	}
	if (x0 > x1 || y0 > y1)
		return;

	/* planes: depth, 1/w and fog, which are not multiplied by 1/w,
	 * together */
	for (i = 0; i < 3; i++) {
		zwf[i][0] = v[i]->win[2];
		zwf[i][1] = w[i] = v[i]->win[3];
		zwf[i][2] = s->fog ? v[i]->fog * v[i]->win[3] : 0.0f;
		zwf[i][3] = 0.0f;
		val[i] = zwf[i];
	}
	plane4(pl, x, y, val, NULL, inv_area);
	ps.z = pl[0];
	ps.w = pl[1];
	ps.v[8 + 4 * PG_MAX_UNITS] = pl[2];
	if (s->poly_offset_fill) {
		float o = s->offset_factor * fmaxf(fabsf(ps.z.b), fabsf(ps.z.c)) +
			  s->offset_units / 16777215.0f;

		ps.z.a += o;
	}
	ps.flat = s->shade_model == GL_FLAT;
	ps.is_poly = 1;
	for (i = 0; i < 3; i++)
		val[i] = (ps.flat ? provoking : v[i])->col[back];
	plane4(&ps.v[0], x, y, val, ps.flat ? NULL : w, inv_area);
	for (i = 0; i < 3; i++)
		val[i] = (ps.flat ? provoking : v[i])->spec[back];
	/* the fast kernel has no secondary colour, and reads only the
	 * units it draws with */
	if (!plane4(&ps.v[4], x, y, val, ps.flat ? NULL : w, inv_area) &&
	    e->fast_ok) {
		ps.fast = &e->fast;
		units = e->fast.nunits;
	} else {
		ps.fast = NULL;
		units = PG_MAX_UNITS;
	}
	for (k = 0; k < units; k++) {
		for (i = 0; i < 3; i++)
			val[i] = v[i]->tex[k];
		plane4(&ps.v[8 + 4 * k], x, y, val, w, inv_area);
	}

	if (ps.fast && maxx - minx <= SMALL && maxy - miny <= SMALL) {
		small_triangle(e, &ps, ed, x0, x1, y0, y1);
		return;
	}
	for (i = 0; i < 3; i++)
		edge_start(&ed[i], (int64_t)y0 * SUB + SUB / 2);
	for (yy = y0; yy <= y1; yy++) {
		int64_t lo = x0, hi = x1;

		if (pg_aborted(e))
			return;	/* engine reset: the primitive is cut short */
		for (i = 0; i < 3; i++) {
			edge_span(&ed[i], &lo, &hi);
			edge_next(&ed[i]);
		}
		if (lo <= hi)
			pg_span(e, &ps, yy, (int)lo, (int)hi + 1);
	}
}
