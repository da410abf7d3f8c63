/* Fragment shading along a span: interpolation, texturing, colour sum and
 * fog, then the per-fragment operations. */
#include <math.h>
#include <string.h>
#include "internal.h"

/* Texturing, colour sum and fog for one fragment. var holds the varyings
 * already divided by w; lod one level of detail per unit. */
void pg_shade(struct pg_engine *e, const float *var, const float *lod,
	      float out[4])
{
	const struct pg_state *s = &e->s;
	float prim[4], cur[4], tex[4];
	int u, c;

	for (c = 0; c < 4; c++)
		prim[c] = pg_clampf(var[c], 0, 1);
	memcpy(cur, prim, 16);
	for (u = 0; u < PG_MAX_UNITS; u++) {
		const float *tc = var + 8 + 4 * u;
		const struct pg_texture *t;
		float q = tc[3], st, tt, rt;
		int dims;

		t = pg_unit_texture(e, u, &dims);
		if (!t)
			continue;
		st = q != 0 && q != 1 ? tc[0] / q : tc[0];
		tt = q != 0 && q != 1 ? tc[1] / q : tc[1];
		rt = q != 0 && q != 1 ? tc[2] / q : tc[2];
		pg_sample(e, t, dims, st, tt, rt, lod[u], tex);
		pg_texenv(&s->unit[u], pg_tex_base(t), prim, cur, tex, cur);
	}
	for (c = 0; c < 3; c++)
		cur[c] = pg_clampf(cur[c] + pg_clampf(var[4 + c], 0, 1), 0, 1);
	if (s->fog) {
		float z = var[8 + 4 * PG_MAX_UNITS], f;

		switch (s->fog_mode) {
		case GL_LINEAR:
			f = s->fog_end != s->fog_start ?
			    (s->fog_end - z) / (s->fog_end - s->fog_start) : 1;
			break;
		case GL_EXP:
			f = expf(-s->fog_density * z);
			break;
		default:
			f = expf(-(s->fog_density * z) * (s->fog_density * z));
			break;
		}
		f = pg_clampf(f, 0, 1);
		for (c = 0; c < 3; c++)
			cur[c] = f * cur[c] + (1 - f) * s->fog_color[c];
	}
	memcpy(out, cur, 16);
}

/* Shades a fragment and runs it through the fragment operations. */
void pg_fragment_full(struct pg_engine *e, int x, int y, float z,
		      const float *var, const float *lod)
{
	const struct pg_state *s = &e->s;
	float c[4];

	if (s->alpha_test) {
		pg_shade(e, var, lod, c);
		if (!pg_alpha_test(e, c[3]))
			return;
		if (!pg_depth_stencil(e, x, y, z))
			return;
	} else {
		if (!pg_depth_stencil(e, x, y, z))
			return;
		pg_shade(e, var, lod, c);
	}
	pg_color_write(e, x, y, c);
}

static float eval(const struct pg_plane *p, float x, float y)
{
	return p->a + p->b * x + p->c * y;
}

/* Level of detail from the screen-space derivatives of s, t and r.  A
 * cube map measures them on the face of the major axis, where the face
 * coordinates move by d(s, t, r) / (2 |major|). */
static float tri_lod(struct pg_engine *e, const struct pg_prim_setup *ps,
		     int u, float x, float y, float w)
{
	const struct pg_plane *S = &ps->v[8 + 4 * u], *T = &ps->v[9 + 4 * u];
	const struct pg_plane *R = &ps->v[10 + 4 * u], *Q = &ps->v[11 + 4 * u];
	const struct pg_texture *t;
	const struct pg_tex_level *bl;
	float sq, tq, rq, qv, rho, rx, ry, qiw, W, H, D;
	float dsdx, dsdy, dtdx, dtdy, drdx = 0, drdy = 0;
	int dims;

	t = pg_unit_texture(e, u, &dims);
	if (!t)
		return 0;
	bl = &t->lv[t->base_level];
	W = (float)bl->w;
	H = dims >= 2 ? (float)bl->h : 1;
	D = dims == 3 ? (float)bl->d : dims == PG_CUBE ? W : 0;
	/* d(S/W)/dx = (dS W - S dW) / W^2, and likewise through q */
	qv = eval(Q, x, y);
	if (qv == 0)
		qv = w;
	qiw = 1.0f / qv;
	sq = eval(S, x, y) * qiw;
	tq = eval(T, x, y) * qiw;
	rq = eval(R, x, y) * qiw;
	dsdx = (S->b - sq * Q->b) * qiw;
	dsdy = (S->c - sq * Q->c) * qiw;
	dtdx = (T->b - tq * Q->b) * qiw;
	dtdy = (T->c - tq * Q->c) * qiw;
	if (D > 0) {
		drdx = (R->b - rq * Q->b) * qiw;
		drdy = (R->c - rq * Q->c) * qiw;
	}
	if (dims == PG_CUBE) {
		float ma = fmaxf(fabsf(sq), fmaxf(fabsf(tq), fabsf(rq)));
		float k = ma > 0 ? 0.5f / ma : 0;

		W = H = D = W * k;
	}
	rx = sqrtf(dsdx * dsdx * W * W + dtdx * dtdx * H * H +
		   drdx * drdx * D * D);
	ry = sqrtf(dsdy * dsdy * W * W + dtdy * dtdy * H * H +
		   drdy * drdy * D * D);
	rho = rx > ry ? rx : ry;
	return rho > 0 ? log2f(rho) : -1000.0f;
}

void pg_span(struct pg_engine *e, const struct pg_prim_setup *ps, int y,
	     int x0, int x1)
{
	const struct pg_state *s = &e->s;
	float var[PG_NVAR], lod[PG_MAX_UNITS], fy = (float)y + 0.5f;
	int x, k, u, any_tex = 0;
	uint32_t stip = s->poly_stipple_rows[y & 31];

	if (ps->fast) {
		e->fast_span(e, ps, y, x0, x1);
		return;
	}
	for (u = 0; u < PG_MAX_UNITS; u++)
		if (pg_unit_on(&s->unit[u]))
			any_tex = 1;
	for (x = x0; x < x1; x++) {
		float fx = (float)x + 0.5f, w, iw, z;

		if (s->poly_stipple && ps->is_poly &&
		    !((stip >> (31 - (x & 31))) & 1))
			continue;
		z = eval(&ps->z, fx, fy);
		w = eval(&ps->w, fx, fy);
		iw = w != 0 ? 1.0f / w : 0;
		for (k = 0; k < PG_NVAR; k++) {
			float v = eval(&ps->v[k], fx, fy);

			var[k] = (ps->flat && k < 8) ? v : v * iw;
		}
		for (u = 0; u < PG_MAX_UNITS; u++)
			lod[u] = any_tex ? tri_lod(e, ps, u, fx, fy, w) : 0;
		pg_fragment_full(e, x, y, z, var, lod);
	}
}
