/* Primitive assembly: splits a batch into points, lines and polygons, then
 * clips, culls and applies the polygon mode.  What comes out is rasterized,
 * or in feedback mode written as records (feedback.c). */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "internal.h"

static int is_front(const struct pg_engine *e, struct pg_vert **p, int n)
{
	float a = 0;
	int i;

	for (i = 0; i < n; i++) {
		const float *u = p[i]->win, *w = p[(i + 1) % n]->win;

		a += u[0] * w[1] - w[0] * u[1];
	}
	return (a > 0) == (e->s.front_face == GL_CCW);
}

/* Depth slope offset of a polygon (GL 1.x section 3.5.5). */
static float poly_offset(const struct pg_engine *e, struct pg_vert **p, int n)
{
	const float *a = p[0]->win, *b = p[1]->win, *c = p[n - 1]->win;
	float area, dzdx, dzdy;

	(void)n;
	area = (b[0] - a[0]) * (c[1] - a[1]) - (c[0] - a[0]) * (b[1] - a[1]);
	if (area == 0)
		return e->s.offset_units / 16777215.0f;
	dzdx = ((b[2] - a[2]) * (c[1] - a[1]) - (c[2] - a[2]) * (b[1] - a[1])) /
	       area;
	dzdy = ((c[2] - a[2]) * (b[0] - a[0]) - (b[2] - a[2]) * (c[0] - a[0])) /
	       area;
	dzdx = fabsf(dzdx);
	dzdy = fabsf(dzdy);
	return e->s.offset_factor * (dzdx > dzdy ? dzdx : dzdy) +
	       e->s.offset_units / 16777215.0f;
}

static void point_out(struct pg_engine *e, const struct pg_vert *v, int back,
		      float zoff)
{
	if (e->s.fb.type)
		pg_fb_point(e, v, back);
	else
		pg_point(e, v, back, zoff);
}

static void line_out(struct pg_engine *e, const struct pg_vert *a,
		     const struct pg_vert *b, const struct pg_vert *provoking,
		     int back, float zoff)
{
	if (e->s.fb.type)
		pg_fb_line(e, a, b, provoking, back);
	else
		pg_line(e, a, b, provoking, back, zoff);
}

static void polygon_out(struct pg_engine *e, struct pg_vert **p, int n,
			const struct pg_vert *provoking, int front)
{
	const struct pg_state *s = &e->s;
	uint32_t mode = front ? s->poly_front : s->poly_back;
	int back = !front && s->lighting && s->lm_two_side;
	float zoff = 0;
	int i;

	if (mode == GL_FILL && s->fb.type) {
		pg_fb_polygon(e, p, n, provoking, back);
		return;
	}
	if (mode == GL_FILL) {
		for (i = 1; i + 1 < n; i++)
			pg_triangle(e, p[0], p[i], p[i + 1], provoking, back);
		return;
	}
	if (mode == GL_LINE ? s->poly_offset_line : s->poly_offset_point)
		zoff = poly_offset(e, p, n);
	for (i = 0; i < n; i++) {
		if (mode == GL_POINT) {
			if (p[i]->edge)
				point_out(e, p[i], back, zoff);
		} else if (p[i]->edge) {
			e->stipple_counter = 0;
			line_out(e, p[i], p[(i + 1) % n], provoking, back,
				 zoff);
		}
	}
}

/* One polygon (triangle, quad or GL_POLYGON) given as vertex pointers. */
static void polygon(struct pg_engine *e, struct pg_vert **p, int n,
		    const struct pg_vert *provoking)
{
	const struct pg_state *s = &e->s;
	struct pg_vert *pool, poolbuf[PG_CLIP_POOL], **out, **tmp;
	struct pg_vert *outbuf[32], *tmpbuf[32];
	uint8_t all = 0xff, any = 0;
	int i, front, m;

	if (n > 3) {
		/* a polygon with an unusable vertex is dropped whole, not
		 * just the fan triangles that use it */
		for (i = 0; i < n; i++)
			any |= p[i]->clipmask;
		if (any & 0x80)
			return;
		any = 0;
	}
	if (n > 3 && s->poly_front == GL_FILL && s->poly_back == GL_FILL &&
	    !s->fb.type) {
		/* filled polygons are fans of triangles clipped one by one,
		 * so colours across a clipped edge match the unclipped ones;
		 * feedback reports them whole */
		struct pg_vert *t[3];

		for (i = 1; i + 1 < n; i++) {
			t[0] = p[0];
			t[1] = p[i];
			t[2] = p[i + 1];
			polygon(e, t, 3, provoking);
		}
		return;
	}
	for (i = 0; i < n; i++) {
		all &= p[i]->clipmask;
		any |= p[i]->clipmask;
	}
	if ((all & 63) || (any & 0x80))
		return;		/* outside one frustum plane, or not finite */
	if (!any) {
		front = is_front(e, p, n);
		if (s->cull && (s->cull_mode == GL_FRONT_AND_BACK ||
				(s->cull_mode == GL_FRONT) == front))
			return;
		polygon_out(e, p, n, provoking, front);
		return;
	}
	pool = poolbuf;
	if (n + 12 <= 32) {
		out = outbuf;
		tmp = tmpbuf;
	} else {
		out = malloc(2 * (size_t)(n + 12) * sizeof(*out));
		if (!out)
			return;
		tmp = out + n + 12;
	}
	m = pg_clip_polygon(e, p, n, out, tmp, pool);
	if (m >= 3) {
		front = is_front(e, out, m);
		if (!(s->cull && (s->cull_mode == GL_FRONT_AND_BACK ||
				  (s->cull_mode == GL_FRONT) == front)))
			polygon_out(e, out, m, provoking, front);
	}
	if (out != outbuf)
		free(out);
}

static void line_seg(struct pg_engine *e, struct pg_vert *a, struct pg_vert *b)
{
	struct pg_vert ca, cb;

	if (!(a->clipmask | b->clipmask)) {
		line_out(e, a, b, b, 0, 0);
		return;
	}
	if ((a->clipmask & b->clipmask & 63) || ((a->clipmask | b->clipmask) & 0x80))
		return;
	/* flat shading takes the colour of the unclipped last vertex */
	if (pg_clip_line(e, a, b, &ca, &cb))
		line_out(e, &ca, &cb, b, 0, 0);
}

void pg_prims(struct pg_engine *e, uint32_t prim, struct pg_vert *v,
	      uint32_t n)
{
	struct pg_vert *p[4], **pp;
	uint32_t i;

	switch (prim) {
	case GL_POINTS:
		for (i = 0; i < n && !pg_aborted(e); i++)
			if (!v[i].clipmask)
				point_out(e, &v[i], 0, 0);
		break;
	case GL_LINES:
		for (i = 0; i + 1 < n; i += 2) {
			if (pg_aborted(e))
				return;
			e->stipple_counter = 0;
			line_seg(e, &v[i], &v[i + 1]);
		}
		break;
	case GL_LINE_STRIP:
	case GL_LINE_LOOP:
		if (n < 2)
			break;
		e->stipple_counter = 0;
		for (i = 0; i + 1 < n && !pg_aborted(e); i++)
			line_seg(e, &v[i], &v[i + 1]);
		if (prim == GL_LINE_LOOP)
			line_seg(e, &v[n - 1], &v[0]);
		break;
	case GL_TRIANGLES:
		for (i = 0; i + 2 < n; i += 3) {
			if (pg_aborted(e))
				return;
			p[0] = &v[i];
			p[1] = &v[i + 1];
			p[2] = &v[i + 2];
			polygon(e, p, 3, p[2]);
		}
		break;
	case GL_TRIANGLE_STRIP:
		for (i = 0; i + 2 < n; i++) {
			if (pg_aborted(e))
				return;
			p[0] = &v[i + (i & 1)];
			p[1] = &v[i + 1 - (i & 1)];
			p[2] = &v[i + 2];
			/* inner strip edges are never outlined */
			polygon(e, p, 3, p[2]);
		}
		break;
	case GL_TRIANGLE_FAN:
		for (i = 1; i + 1 < n; i++) {
			if (pg_aborted(e))
				return;
			p[0] = &v[0];
			p[1] = &v[i];
			p[2] = &v[i + 1];
			polygon(e, p, 3, p[2]);
		}
		break;
	case GL_QUADS:
		for (i = 0; i + 3 < n; i += 4) {
			if (pg_aborted(e))
				return;
			p[0] = &v[i];
			p[1] = &v[i + 1];
			p[2] = &v[i + 2];
			p[3] = &v[i + 3];
			polygon(e, p, 4, p[3]);
		}
		break;
	case GL_QUAD_STRIP:
		for (i = 0; i + 3 < n; i += 2) {
			if (pg_aborted(e))
				return;
			p[0] = &v[i];
			p[1] = &v[i + 1];
			p[2] = &v[i + 3];
			p[3] = &v[i + 2];
			polygon(e, p, 4, p[2]);
		}
		break;
	case GL_POLYGON:
		if (n < 3)
			break;
		pp = malloc(n * sizeof(*pp));
		if (!pp)
			break;
		for (i = 0; i < n; i++)
			pp[i] = &v[i];
		polygon(e, pp, (int)n, pp[0]);
		free(pp);
		break;
	}
}
