/* Non-antialiased points and lines (GL 1.x sections 3.3 and 3.4). */
#include <math.h>
#include <string.h>
#include "internal.h"


static int inside(const struct pg_engine *e, int x, int y)
{
	const struct pg_state *s = &e->s;

	if (x < 0 || y < 0 || x >= e->rt.w || y >= e->rt.h)
		return 0;
	if (s->scissor_test &&
	    (x < s->sc_x || y < s->sc_y || x >= s->sc_x + s->sc_w ||
	     y >= s->sc_y + s->sc_h))
		return 0;
	return 1;
}

static void vert_vars(const struct pg_vert *v, int back, float *var)
{
	int u;

	memcpy(var, v->col[back], 16);
	memcpy(var + 4, v->spec[back], 16);
	for (u = 0; u < PG_MAX_UNITS; u++)
		memcpy(var + 8 + 4 * u, v->tex[u], 16);
	var[8 + 4 * PG_MAX_UNITS] = v->fog;
}

void pg_point(struct pg_engine *e, const struct pg_vert *v, int back,
	      float zoffset)
{
	float var[PG_NVAR], lod[PG_MAX_UNITS] = { 0 };
	int size = (int)floorf(e->s.point_size + 0.5f), x0, y0, x, y;
	float z = v->win[2] + zoffset;

	if (size < 1)
		size = 1;
	if (!isfinite(v->win[0]) || !isfinite(v->win[1]) ||
	    fabsf(v->win[0]) > 1e6f || fabsf(v->win[1]) > 1e6f)
		return;
	vert_vars(v, back, var);
	if (size & 1) {
		x0 = (int)floorf(v->win[0]) - (size - 1) / 2;
		y0 = (int)floorf(v->win[1]) - (size - 1) / 2;
	} else {
		x0 = (int)floorf(v->win[0] + 0.5f) - size / 2;
		y0 = (int)floorf(v->win[1] + 0.5f) - size / 2;
	}
	for (y = y0; y < y0 + size; y++)
		for (x = x0; x < x0 + size; x++)
			if (inside(e, x, y))
				pg_fragment_full(e, x, y, z, var, lod);
}

/* Lines step along the major axis, one fragment (or a column of `width`
 * fragments) per pixel centre crossed; attributes are interpolated in clip
 * space through 1/w. */
void pg_line(struct pg_engine *e, const struct pg_vert *a,
	     const struct pg_vert *b, const struct pg_vert *provoking,
	     int back, float zoffset)
{
	const struct pg_state *s = &e->s;
	float va[PG_NVAR], vb[PG_NVAR], flatv[PG_NVAR], var[PG_NVAR];
	float lod[PG_MAX_UNITS] = { 0 };
	float dx = b->win[0] - a->win[0], dy = b->win[1] - a->win[1];
	int xmajor = fabsf(dx) >= fabsf(dy), width, i, k, j;
	float len = xmajor ? dx : dy;
	int start, end;

	for (i = 0; i < 2; i++) {
		const float *w = (i ? b : a)->win;

		if (!isfinite(w[0]) || !isfinite(w[1]) || fabsf(w[0]) > 1e6f ||
		    fabsf(w[1]) > 1e6f)
			return;
	}
	if (len == 0)
		return;
	width = (int)floorf(s->line_width + 0.5f);
	if (width < 1)
		width = 1;
	vert_vars(a, back, va);
	vert_vars(b, back, vb);
	vert_vars(provoking, back, flatv);
	/* pixel centres c + 0.5 with a0 <= c + 0.5 < a1 along the axis */
	{
		float a0 = xmajor ? a->win[0] : a->win[1];
		float a1 = xmajor ? b->win[0] : b->win[1];

		if (a0 < a1) {
			start = (int)ceilf(a0 - 0.5f);
			end = (int)ceilf(a1 - 0.5f);
		} else {
			start = (int)floorf(a0 - 0.5f);
			end = (int)floorf(a1 - 0.5f);
		}
	}
	for (i = start; i != end; i += (end > start ? 1 : -1)) {
		float c = (float)i + 0.5f;
		float t = (c - (xmajor ? a->win[0] : a->win[1])) / len;
		float wa = a->win[3], wb = b->win[3];
		float wi = wa + (wb - wa) * t;
		float pt = wi != 0 ? t * wb / wi : t;	/* perspective t */
		float minor = (xmajor ? a->win[1] + dy * t : a->win[0] + dx * t);
		float z = a->win[2] + (b->win[2] - a->win[2]) * t + zoffset;
		int m0;

		if (s->line_stipple) {
			uint32_t bit = (e->stipple_counter / s->stipple_factor) & 15;

			e->stipple_counter++;
			if (!((s->stipple_pattern >> bit) & 1))
				continue;
		}
		for (k = 0; k < PG_NVAR; k++)
			var[k] = (s->shade_model == GL_FLAT && k < 8) ? flatv[k] :
				 va[k] + (vb[k] - va[k]) * pt;
		/* a minor coordinate on a pixel edge picks the pixel
		 * below it, as Mesa's rasterizers do */
		m0 = (int)ceilf(minor) - 1 - (width - 1) / 2;
		if (!(width & 1))
			m0 = (int)floorf(minor + 0.5f) - width / 2;
		for (j = 0; j < width; j++) {
			int x = xmajor ? i : m0 + j, y = xmajor ? m0 + j : i;

			if (inside(e, x, y))
				pg_fragment_full(e, x, y, z, var, lod);
		}
	}
}
