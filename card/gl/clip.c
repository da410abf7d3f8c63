/* Clipping in homogeneous clip space against the view volume and the user
 * clip planes (carried from eye space through the inverse projection). */
#include <stddef.h>
#include <string.h>
#include "internal.h"

static void lerp_vert(struct pg_vert *o, const struct pg_vert *a,
		      const struct pg_vert *b, float t)
{
	const float *pa = a->clip, *pb = b->clip;
	float *po = o->clip;
	/* clip, win, col, spec, tex and fog are consecutive floats */
	size_t n = (offsetof(struct pg_vert, fog) - offsetof(struct pg_vert, clip))
		   / sizeof(float) + 1, i;

	for (i = 0; i < n; i++)
		po[i] = pa[i] + (pb[i] - pa[i]) * t;
	o->clipmask = 0;
	o->edge = a->edge;
}

/* Planes as 4-vectors dotted with clip coordinates; inside when >= 0. */
static int planes(struct pg_engine *e, float p[6 + PG_MAX_CLIP_PLANES][4])
{
	static const float frustum[6][4] = {
		{ 1, 0, 0, 1 }, { -1, 0, 0, 1 }, { 0, 1, 0, 1 },
		{ 0, -1, 0, 1 }, { 0, 0, 1, 1 }, { 0, 0, -1, 1 },
	};
	const struct pg_state *s = &e->s;
	float pinv[16];
	int n = 6, i, j;

	memcpy(p, frustum, sizeof(frustum));
	for (i = 0; i < PG_MAX_CLIP_PLANES; i++) {
		const float *q = s->clip_plane[i];

		if (!s->clip_on[i])
			continue;
		if (!pg_mat_invert(pinv, s->projection))
			continue;
		/* plane_clip = plane_eye * P^-1 */
		for (j = 0; j < 4; j++)
			p[n][j] = q[0] * pinv[j * 4] + q[1] * pinv[j * 4 + 1] +
				  q[2] * pinv[j * 4 + 2] + q[3] * pinv[j * 4 + 3];
		n++;
	}
	return n;
}

static float dist(const float *p, const struct pg_vert *v)
{
	return p[0] * v->clip[0] + p[1] * v->clip[1] + p[2] * v->clip[2] +
	       p[3] * v->clip[3];
}

/* Sutherland-Hodgman.  out and tmp hold n + 12 pointers; pool holds
 * PG_CLIP_POOL vertices (a convex polygon gains at most two per plane).
 * Returns the vertex count in out, already in window coordinates. */
int pg_clip_polygon(struct pg_engine *e, struct pg_vert **in, int n,
		    struct pg_vert **out, struct pg_vert **tmp,
		    struct pg_vert *pool)
{
	float p[6 + PG_MAX_CLIP_PLANES][4];
	int np = planes(e, p), i, k, used = 0;
	struct pg_vert **src = in, **dst = out;

	int cap = n + 12;

	for (k = 0; k < np && n > 0; k++) {
		int m = 0;

		for (i = 0; i < n; i++) {
			struct pg_vert *c = src[i], *d = src[(i + 1) % n];
			float dc = dist(p[k], c), dd = dist(p[k], d);

			/* a convex polygon stays within these bounds; rounding
			 * can break convexity, so they are enforced */
			if (m + 2 > cap || used >= PG_CLIP_POOL)
				return 0;
			if (dc >= 0)
				dst[m++] = c;
			if ((dc >= 0) != (dd >= 0)) {
				struct pg_vert *nv = &pool[used++];

				/* interpolate from the inside vertex, so
				 * shared edges clip identically */
				if (dc >= 0) {
					lerp_vert(nv, c, d, dc / (dc - dd));
				} else {
					lerp_vert(nv, d, c, dd / (dd - dc));
					nv->edge = c->edge;
				}
				dst[m++] = nv;
			}
		}
		n = m;
		src = dst;
		dst = dst == out ? tmp : out;
	}
	if (src != out)
		memcpy(out, src, (size_t)n * sizeof(*out));
	for (i = 0; i < n; i++)
		pg_to_window(e, out[i]);
	return n;
}

int pg_clip_line(struct pg_engine *e, struct pg_vert *a, struct pg_vert *b,
		 struct pg_vert *ca, struct pg_vert *cb)
{
	float p[6 + PG_MAX_CLIP_PLANES][4];
	int np = planes(e, p), k;
	float t0 = 0, t1 = 1;

	for (k = 0; k < np; k++) {
		float da = dist(p[k], a), db = dist(p[k], b);

		if (da < 0 && db < 0)
			return 0;
		if (da < 0)
			t0 = t0 > da / (da - db) ? t0 : da / (da - db);
		else if (db < 0)
			t1 = t1 < da / (da - db) ? t1 : da / (da - db);
	}
	if (t0 > t1)
		return 0;
	lerp_vert(ca, a, b, t0);
	lerp_vert(cb, a, b, t1);
	pg_to_window(e, ca);
	pg_to_window(e, cb);
	return 1;
}
