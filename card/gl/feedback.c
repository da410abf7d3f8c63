/* Feedback render mode (GL 1.x section 5.3): instead of rasterizing, the
 * primitive stage writes what it would draw into a buffer in VRAM, a token
 * then each vertex as the buffer's type asks: window x, y (z, w), the
 * colour lighting and clamping left (RGBA) and texture unit 0's
 * coordinates after texgen and the texture matrix. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "internal.h"

int pg_feedback_on(const struct pg_engine *e)
{
	return e->s.fb.type != 0;
}

/* Ends the current buffer: its status dword says how many floats were
 * written, bit 31 that some did not fit. */
static void finish(struct pg_engine *e)
{
	struct pg_feedback *fb = &e->s.fb;
	uint32_t st = fb->count | (fb->overflow ? 0x80000000u : 0);

	if (fb->type)
		memcpy(e->vram + fb->off, &st, 4);
	memset(fb, 0, sizeof(*fb));
}

int pg_feedback(struct pg_engine *e, uint32_t type, uint32_t off,
		uint32_t size)
{
	struct pg_feedback *fb = &e->s.fb;

	if (type == GL_RENDER) {
		if (off || size)	/* reserved */
			return PG_ERR_STATE;
		finish(e);
		return PG_OK;
	}
	if (type < GL_2D || type > GL_4D_COLOR_TEXTURE)
		return PG_ERR_STATE;
	/* the status dword, then size floats, all inside VRAM */
	if ((off & 3) || off > e->vram_size ||
	    4 + (uint64_t)size * 4 > e->vram_size - off)
		return PG_ERR_RANGE;
	finish(e);
	fb->type = type;
	fb->off = off;
	fb->size = size;
	return PG_OK;
}

static void put(struct pg_engine *e, float f)
{
	struct pg_feedback *fb = &e->s.fb;

	if (fb->count >= fb->size) {
		fb->overflow = 1;
		return;
	}
	memcpy(e->vram + fb->off + 4 + (size_t)fb->count * 4, &f, 4);
	fb->count++;
}

static void put_vertex(struct pg_engine *e, const float win[4],
		       const float col[4], const float tex[4])
{
	uint32_t t = e->s.fb.type;
	int i;

	put(e, win[0]);
	put(e, win[1]);
	if (t != GL_2D)
		put(e, win[2]);
	if (t == GL_4D_COLOR_TEXTURE)
		put(e, win[3]);
	if (t == GL_2D || t == GL_3D)
		return;
	for (i = 0; i < 4; i++)
		put(e, col[i]);
	if (t == GL_3D_COLOR)
		return;
	for (i = 0; i < 4; i++)
		put(e, tex[i]);
}

/* A vertex of a primitive: w is the clip w; flat shading takes the
 * provoking vertex's colour (GL 1.x 2.13.7 comes before feedback). */
static void vertex(struct pg_engine *e, const struct pg_vert *v,
		   const struct pg_vert *provoking, int back)
{
	const struct pg_vert *c = e->s.shade_model == GL_FLAT ? provoking : v;
	float win[4] = { v->win[0], v->win[1], v->win[2], v->clip[3] };

	put_vertex(e, win, c->col[back], v->tex[0]);
}

void pg_fb_point(struct pg_engine *e, const struct pg_vert *v, int back)
{
	put(e, GL_POINT_TOKEN);
	vertex(e, v, v, back);
}

/* The first segment after a stipple reset is a GL_LINE_RESET_TOKEN; the
 * counter is free for this as nothing is rasterized. */
void pg_fb_line(struct pg_engine *e, const struct pg_vert *a,
		const struct pg_vert *b, const struct pg_vert *provoking,
		int back)
{
	put(e, e->stipple_counter ? GL_LINE_TOKEN : GL_LINE_RESET_TOKEN);
	e->stipple_counter = 1;
	vertex(e, a, provoking, back);
	vertex(e, b, provoking, back);
}

void pg_fb_polygon(struct pg_engine *e, struct pg_vert **p, int n,
		   const struct pg_vert *provoking, int back)
{
	int i;

	put(e, GL_POLYGON_TOKEN);
	put(e, (float)n);
	for (i = 0; i < n; i++)
		vertex(e, p[i], provoking, back);
}

/* GL_PASS_THROUGH_TOKEN with its value in v[0], or a pixel rectangle's
 * token with the raster position: window x, y, z, w in v[0..3], colour
 * in v[4..7], texture coordinates in v[8..11]. */
int pg_feedback_token(struct pg_engine *e, uint32_t token, const float v[12])
{
	int i;

	if (token != GL_PASS_THROUGH_TOKEN && token != GL_BITMAP_TOKEN &&
	    token != GL_DRAW_PIXEL_TOKEN && token != GL_COPY_PIXEL_TOKEN)
		return PG_ERR_STATE;
	for (i = 0; i < 12; i++)
		if (!isfinite(v[i]))
			return PG_ERR_STATE;
	if (!pg_feedback_on(e))
		return PG_OK;
	put(e, (float)token);
	if (token == GL_PASS_THROUGH_TOKEN)
		put(e, v[0]);
	else
		put_vertex(e, v, v + 4, v + 8);
	return PG_OK;
}

/* A DRAW in feedback mode: the vertex stage as for drawing, then the
 * primitive stage, which writes records.  Texture coordinates are fed
 * back whether or not unit 0 textures, so it is switched on for the
 * vertex stage, which computes them only for units in use. */
int pg_fb_draw(struct pg_engine *e, uint32_t prim, uint32_t fmt,
	       uint32_t count, const uint32_t *data)
{
	struct pg_unit *u0 = &e->s.unit[0];
	int on = u0->enabled_1d;
	struct pg_vert *v;

	if (!count)
		return PG_OK;
	v = malloc(count * sizeof(*v));
	if (!v)
		return PG_ERR_STATE;
	u0->enabled_1d = 1;
	pg_vertex_batch(e, fmt, count, (const float *)data, v);
	u0->enabled_1d = on;
	pg_prims(e, prim, v, count);
	free(v);
	return PG_OK;
}
