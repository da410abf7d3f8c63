/* Engine lifetime, render target, clears, draws and pixel rectangles. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "internal.h"


struct pg_engine *pg_create(uint8_t *vram, size_t vram_size)
{
	struct pg_engine *e = calloc(1, sizeof(*e));

	if (!e)
		return NULL;
	e->vram = vram;
	e->vram_size = vram_size;
	e->no_fast = getenv("PG_NO_FAST") != NULL;
	pg_pick_kernels(e, getenv("PG_SIMD"));
	pg_reset(e);
	return e;
}

void pg_destroy(struct pg_engine *e)
{
	if (!e)
		return;
	free(e->vb);
	free(e->tex);
	free(e);
}

void pg_set_abort(struct pg_engine *e, const int *flag)
{
	e->abort = flag;
}

void pg_reset(struct pg_engine *e)
{
	memset(&e->rt, 0, sizeof(e->rt));
	pg_textures_reset(e);
	pg_state_defaults(e);
}

static int surface_ok(const struct pg_engine *e, uint32_t off, uint32_t stride,
		      uint32_t w, uint32_t h)
{
	uint64_t end = (uint64_t)off + (uint64_t)stride * (h - 1) + (uint64_t)w * 4;

	return !(off & 3) && !(stride & 3) && stride >= w * 4 &&
	       end <= e->vram_size;
}

int pg_set_target(struct pg_engine *e, uint32_t color_off, uint32_t cstride,
		  uint32_t depth_off, uint32_t dstride, uint32_t w, uint32_t h)
{
	struct pg_target *t = &e->rt;

	if (w < 1 || h < 1 || w > PG_MAX_SIZE || h > PG_MAX_SIZE)
		return PG_ERR_STATE;
	if (!surface_ok(e, color_off, cstride, w, h) ||
	    (depth_off != ~0u && !surface_ok(e, depth_off, dstride, w, h)))
		return PG_ERR_RANGE;
	/* top row first in memory; GL row 0 is the last one */
	t->color = (uint32_t *)(e->vram + color_off + (size_t)cstride * (h - 1));
	t->cpitch = -(int32_t)(cstride / 4);
	if (depth_off != ~0u) {
		t->depth = (uint32_t *)(e->vram + depth_off +
					(size_t)dstride * (h - 1));
		t->dpitch = -(int32_t)(dstride / 4);
	} else {
		t->depth = NULL;
		t->dpitch = 0;
	}
	t->w = (int)w;
	t->h = (int)h;
	return PG_OK;
}

/* The window rectangle clears and pixel operations may touch. */
static void clip_rect(const struct pg_engine *e, int *x0, int *y0, int *x1,
		      int *y1)
{
	const struct pg_state *s = &e->s;

	*x0 = 0;
	*y0 = 0;
	*x1 = e->rt.w;
	*y1 = e->rt.h;
	if (s->scissor_test) {
		if (s->sc_x > *x0) *x0 = s->sc_x;
		if (s->sc_y > *y0) *y0 = s->sc_y;
		if (s->sc_x + s->sc_w < *x1) *x1 = s->sc_x + s->sc_w;
		if (s->sc_y + s->sc_h < *y1) *y1 = s->sc_y + s->sc_h;
	}
}

typedef uint32_t pg_v4u __attribute__((vector_size(16)));
typedef int32_t pg_v4i __attribute__((vector_size(16)));

/* Writes the bits m of v over a rectangle, four words at a time (a depth
 * clear keeps the stencil bits, so masked writes are the common case). */
static void fill_rect(const struct pg_engine *e, uint32_t *base,
		      ptrdiff_t pitch, int x0, int y0, int x1, int y1,
		      uint32_t v, uint32_t m)
{
	pg_v4u vv = (pg_v4u){} + (v & m), vm = (pg_v4u){} + ~m, r;
	int x, y;

	if (!m)
		return;
	for (y = y0; y < y1; y++) {
		uint32_t *row = base + (ptrdiff_t)y * pitch;

		if ((y & 63) == 0 && pg_aborted(e))
			return;

		for (x = x0; x + 4 <= x1; x += 4) {
			memcpy(&r, row + x, sizeof(r));
			r = (r & vm) | vv;
			memcpy(row + x, &r, sizeof(r));
		}
		for (; x < x1; x++)
			row[x] = (v & m) | (row[x] & ~m);
	}
}

int pg_clear(struct pg_engine *e, uint32_t mask)
{
	const struct pg_state *s = &e->s;
	int x0, y0, x1, y1;

	if (mask & ~(uint32_t)(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT |
			       GL_STENCIL_BUFFER_BIT | GL_ACCUM_BUFFER_BIT))
		return PG_ERR_STATE;
	if (!e->rt.color)
		return PG_OK;
	clip_rect(e, &x0, &y0, &x1, &y1);
	if (mask & GL_COLOR_BUFFER_BIT) {
		const float *c = s->clear_color;
		uint32_t v = (uint32_t)(c[3] * 255 + 0.5f) << 24 |
			     (uint32_t)(c[0] * 255 + 0.5f) << 16 |
			     (uint32_t)(c[1] * 255 + 0.5f) << 8 |
			     (uint32_t)(c[2] * 255 + 0.5f);
		uint32_t m = (s->cmask[0] ? 0x00ff0000u : 0) |
			     (s->cmask[1] ? 0x0000ff00u : 0) |
			     (s->cmask[2] ? 0x000000ffu : 0) |
			     (s->cmask[3] ? 0xff000000u : 0);

		fill_rect(e, e->rt.color, e->rt.cpitch, x0, y0, x1, y1, v, m);
	}
	if (e->rt.depth && (mask & (GL_DEPTH_BUFFER_BIT | GL_STENCIL_BUFFER_BIT))) {
		uint32_t m = 0, v;

		if ((mask & GL_DEPTH_BUFFER_BIT) && s->depth_mask)
			m |= 0xffffff00u;
		if (mask & GL_STENCIL_BUFFER_BIT)
			m |= s->stencil_wmask;
		v = pg_depth_u24(s->clear_depth) << 8 |
		    s->clear_stencil;
		fill_rect(e, e->rt.depth, e->rt.dpitch, x0, y0, x1, y1, v, m);
	}
	return pg_aborted(e) ? PG_ABORTED : PG_OK;
}

#define PG_CHUNK 192	/* vertices: a multiple of 1, 2, 3 and 4 */

static uint32_t vertex_floats(uint32_t fmt)
{
	return 4 + (fmt & PG_V_COLOR ? 4 : 0) + (fmt & PG_V_NORMAL ? 3 : 0) +
	       (fmt & PG_V_TEX0 ? 4 : 0) + (fmt & PG_V_TEX1 ? 4 : 0) +
	       (fmt & PG_V_SECONDARY ? 4 : 0) + (fmt & PG_V_FOG ? 1 : 0) +
	       (fmt & PG_V_EDGE ? 1 : 0);
}

/* Whether every float of a vertex batch is finite, the edge flag (the
 * last dword of each vertex, every nf_edge dwords) aside. */
static int all_finite(const uint32_t *d, size_t n, uint32_t nf_edge)
{
	pg_v4u v;
	pg_v4i acc = {};
	uint32_t bad = 0;
	size_t i;

	if (nf_edge) {
		for (i = 0; i < n; i++)
			if (i % nf_edge != nf_edge - 1)
				bad |= (d[i] & 0x7f800000u) == 0x7f800000u;
		return !bad;
	}
	/* exponent all ones: inf or NaN; four at a time */
	for (i = 0; i + 4 <= n; i += 4) {
		memcpy(&v, d + i, sizeof(v));
		acc |= (v & 0x7f800000u) == 0x7f800000u;
	}
	for (; i < n; i++)
		bad |= (d[i] & 0x7f800000u) == 0x7f800000u;
	return !(bad | acc[0] | acc[1] | acc[2] | acc[3]);
}

static int draw(struct pg_engine *e, uint32_t prim, uint32_t fmt, uint32_t count,
	    const uint32_t *data)
{
	uint32_t i, nf, chunk;

	nf = vertex_floats(fmt);
	if (pg_feedback_on(e))	/* records instead of pixels */
		return pg_fb_draw(e, prim, fmt, count, data);
	if (!e->rt.color || count == 0)
		return PG_OK;
	/* Independent points, lines, triangles and quads go through in
	 * chunks that stay in cache between transform and rasterization;
	 * strips, fans, loops and polygons need all their vertices. */
	chunk = count;
	if (prim == GL_POINTS || prim == GL_LINES || prim == GL_TRIANGLES ||
	    prim == GL_QUADS)
		chunk = count < PG_CHUNK ? count : PG_CHUNK;
	if (e->vb_cap < chunk) {
		struct pg_vert *n = realloc(e->vb, chunk * sizeof(*n));

		if (!n)
			return PG_ERR_STATE;
		e->vb = n;
		e->vb_cap = chunk;
	}
	e->fast_ok = pg_fast_prepare(e, &e->fast);
	for (i = 0; i < count; i += chunk) {
		uint32_t n = count - i < chunk ? count - i : chunk;

		pg_vertex_batch(e, fmt, n, (const float *)data + (size_t)i * nf,
				e->vb);
		pg_prims(e, prim, e->vb, n);
		if (pg_aborted(e))
			return PG_ABORTED;
	}
	return PG_OK;
}

/* Manual 1.1: non-finite vertex data does not fault.  A vertex with a
 * non-finite position component gets an all-NaN position, which the
 * vertex stage marks unusable (clip mask 0xff) so that every primitive
 * using it is dropped; any other non-finite attribute reads 0.  Works on
 * a copy: the batch may be the ring's. */
static uint32_t *sanitize(const uint32_t *d, uint32_t count, uint32_t nf,
			  int edge)
{
	uint32_t *c = malloc((size_t)count * nf * 4), i, k;

	if (!c)
		return NULL;
	memcpy(c, d, (size_t)count * nf * 4);
	for (i = 0; i < count; i++) {
		uint32_t *v = c + (size_t)i * nf, bad = 0;

		for (k = 0; k < 4; k++)
			bad |= (v[k] & 0x7f800000u) == 0x7f800000u;
		if (bad)
			for (k = 0; k < 4; k++)
				v[k] = 0x7fc00000u;
		for (k = 4; k < nf - (edge ? 1 : 0); k++)
			if ((v[k] & 0x7f800000u) == 0x7f800000u)
				v[k] = 0;
	}
	return c;
}

int pg_draw(struct pg_engine *e, uint32_t prim, uint32_t fmt, uint32_t count,
	    const uint32_t *data, size_t ndwords)
{
	uint32_t nf, i, *clean = NULL;
	int r;

	if (prim > GL_POLYGON || (fmt & ~(uint32_t)PG_V_ALL) ||
	    count > PG_MAX_BATCH)
		return PG_ERR_STATE;
	nf = vertex_floats(fmt);
	if ((size_t)nf * count != ndwords)
		return PG_ERR_STATE;
	if (fmt & PG_V_EDGE)
		for (i = 0; i < count; i++)
			if (data[(size_t)i * nf + nf - 1] > 1)
				return PG_ERR_STATE;
	if (!all_finite(data, ndwords, (fmt & PG_V_EDGE) ? nf : 0)) {
		clean = sanitize(data, count, nf, !!(fmt & PG_V_EDGE));
		if (!clean)
			return PG_ERR_STATE;
		data = clean;
	}
	r = draw(e, prim, fmt, count, data);
	free(clean);
	return r;
}

int pg_draw_pixels(struct pg_engine *e, float x, float y, float z,
		   const float color_tex[4], uint32_t w, uint32_t h,
		   float zx, float zy, const uint8_t *px, uint32_t kind)
{
	int cx0, cy0, cx1, cy1;
	uint32_t i, j;

	if (w > PG_MAX_SIZE || h > PG_MAX_SIZE || !isfinite(x) ||
	    !isfinite(y) || !isfinite(z) || !isfinite(zx) || !isfinite(zy) ||
	    fabsf(x) > 1e6f || fabsf(y) > 1e6f || fabsf(zx) > 4096 ||
	    fabsf(zy) > 4096)
		return PG_ERR_STATE;
	if (kind != GL_RGBA && kind != GL_DEPTH_COMPONENT &&
	    kind != GL_STENCIL_INDEX && kind != GL_BITMAP)
		return PG_ERR_STATE;
	if (!e->rt.color)
		return PG_OK;
	clip_rect(e, &cx0, &cy0, &cx1, &cy1);
	for (j = 0; j < h; j++) {
		/* rows cover window y in [y + zy j, y + zy (j+1)) */
		float ya = y + zy * (float)j, yb = y + zy * (float)(j + 1);
		int ry0 = (int)ceilf(fminf(ya, yb) - 0.5f);
		int ry1 = (int)ceilf(fmaxf(ya, yb) - 0.5f);
		int ry;

		if (pg_aborted(e))
			return PG_ABORTED;

		for (i = 0; i < w; i++) {
			float xa = x + zx * (float)i, xb = x + zx * (float)(i + 1);
			int rx0 = (int)ceilf(fminf(xa, xb) - 0.5f);
			int rx1 = (int)ceilf(fmaxf(xa, xb) - 0.5f);
			size_t idx = (size_t)j * w + i;
			float var[PG_NVAR], lod[PG_MAX_UNITS] = { 0 }, c[4];
			int rx;

			memset(var, 0, sizeof(var));
			if (kind == GL_RGBA) {
				for (int k = 0; k < 4; k++)
					var[k] = px[idx * 4 + k] / 255.0f;
			} else if (kind == GL_BITMAP) {
				if (!px[idx])
					continue;
				memcpy(var, color_tex, 16);
			}
			for (ry = ry0 < cy0 ? cy0 : ry0; ry < ry1 && ry < cy1; ry++)
				for (rx = rx0 < cx0 ? cx0 : rx0;
				     rx < rx1 && rx < cx1; rx++) {
					if (kind == GL_DEPTH_COMPONENT) {
						uint32_t d;
						float fz;

						memcpy(&d, px + idx * 4, 4);
						fz = (float)((double)d / 4294967295.0);
						if (pg_depth_stencil(e, rx, ry, fz)) {
							memcpy(c, color_tex, 16);
							pg_color_write(e, rx, ry, c);
						}
					} else if (kind == GL_STENCIL_INDEX) {
						uint32_t *dp;

						if (!e->rt.depth)
							continue;
						dp = e->rt.depth +
						     (ptrdiff_t)ry * e->rt.dpitch + rx;
						*dp = (*dp & ~e->s.stencil_wmask) |
						      (px[idx] & e->s.stencil_wmask);
					} else {
						pg_fragment_full(e, rx, ry, z, var,
								 lod);
					}
				}
		}
	}
	return PG_OK;
}

int pg_read_pixels(struct pg_engine *e, int32_t x, int32_t y, uint32_t w,
		   uint32_t h, uint32_t kind, uint8_t *out, size_t out_size)
{
	size_t bpp = kind == GL_STENCIL_INDEX ? 1 : 4;
	uint32_t i, j;

	if (w > PG_MAX_SIZE || h > PG_MAX_SIZE ||
	    (kind != GL_RGBA && kind != GL_DEPTH_COMPONENT &&
	     kind != GL_STENCIL_INDEX))
		return PG_ERR_STATE;
	if ((size_t)w * h * bpp > out_size)
		return PG_ERR_RANGE;
	for (j = 0; j < h; j++) {
		if (pg_aborted(e))
			return PG_ABORTED;
		for (i = 0; i < w; i++) {
			int64_t px = (int64_t)x + i, py = (int64_t)y + j;
			uint8_t *o = out + ((size_t)j * w + i) * bpp;
			uint32_t v, d;

			if (!e->rt.color || px < 0 || py < 0 || px >= e->rt.w ||
			    py >= e->rt.h) {
				memset(o, 0, bpp);	/* undefined: zero */
				continue;
			}
			if (kind == GL_RGBA) {
				v = e->rt.color[py * e->rt.cpitch + px];
				o[0] = (uint8_t)(v >> 16);
				o[1] = (uint8_t)(v >> 8);
				o[2] = (uint8_t)v;
				o[3] = (uint8_t)(v >> 24);
				continue;
			}
			d = e->rt.depth ? e->rt.depth[py * e->rt.dpitch + px] : 0;
			if (kind == GL_STENCIL_INDEX) {
				o[0] = (uint8_t)d;
			} else {
				/* 24-bit depth widened to 32 bits */
				v = (d & 0xffffff00u) | (d >> 24);
				memcpy(o, &v, 4);
			}
		}
	}
	return PG_OK;
}

int pg_copy_pixels(struct pg_engine *e, int32_t sx, int32_t sy, uint32_t w,
		   uint32_t h, float dx, float dy, float z, float zx, float zy,
		   uint32_t kind)
{
	size_t bpp = kind == GL_STENCIL_INDEX ? 1 : 4;
	uint8_t *tmp;
	uint32_t rk = kind;
	int r;

	if (w > PG_MAX_SIZE || h > PG_MAX_SIZE)
		return PG_ERR_STATE;
	if (kind == GL_COLOR)
		rk = GL_RGBA;
	tmp = malloc((size_t)w * h * bpp + 1);
	if (!tmp)
		return PG_ERR_STATE;
	r = pg_read_pixels(e, sx, sy, w, h, rk, tmp, (size_t)w * h * bpp);
	if (!r)
		r = pg_draw_pixels(e, dx, dy, z, e->s.cur_color, w, h, zx, zy,
				   tmp, rk);
	free(tmp);
	return r;
}

int pg_copy_tex(struct pg_engine *e, uint32_t tex, uint32_t level,
		int32_t xoff, int32_t yoff, int32_t x, int32_t y,
		uint32_t w, uint32_t h)
{
	const struct pg_tex_level *lv;
	uint32_t i, j;

	if (tex >= PG_MAX_TEXTURES || level >= PG_MAX_LEVELS)
		return PG_ERR_STATE;
	lv = &pg_tex_get(e, tex)->lv[level];
	if (xoff < 0 || yoff < 0 || (int64_t)xoff + w > lv->w ||
	    (int64_t)yoff + h > lv->h)
		return PG_ERR_STATE;
	for (j = 0; j < h; j++)
		for (i = 0; i < w; i++) {
			int64_t px = (int64_t)x + i, py = (int64_t)y + j;
			uint32_t v = 0;
			size_t o = lv->off +
				   ((size_t)(yoff + j) * lv->w + xoff + i) * 4;

			if (e->rt.color && px >= 0 && py >= 0 && px < e->rt.w &&
			    py < e->rt.h)
				v = e->rt.color[py * e->rt.cpitch + px];
			if (o + 4 <= e->vram_size)
				memcpy(e->vram + o, &v, 4);
		}
	return PG_OK;
}
