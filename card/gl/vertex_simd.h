/* The vector per-vertex stage, VX_LANES vertices at a time in GCC vector
 * arithmetic.  vertex_simd.c (four lanes, any CPU) and vertex_simd_avx2.c
 * (eight) include it with VX_FN naming the instance.  Each lane does the
 * float operations of the scalar stage (vertex.c, light.c) in the same
 * order, without FMA, and calls the same sqrt and powf, so that every
 * vertex comes out bit for bit the same whichever path or kernel ran:
 * pixels never depend on the choice.
 *
 * It handles what simd_ok (vertex.c) allows: no texgen, no user clip
 * planes, and lighting either off or with directional spotless lights and
 * an infinite viewer (pg_lit_plan.dir_only), one- or two-sided, colour
 * material included.  It returns how many vertices it did, a multiple of its
 * lanes; the scalar stage does the rest. */
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "internal.h"

#define LN VX_LANES
#define VB (4 * LN)

typedef float vf __attribute__((vector_size(VB)));
typedef int32_t vi __attribute__((vector_size(VB)));
#define AI static inline __attribute__((always_inline))

AI vf vsel(vi m, vf a, vf b)
{
	return (vf)(((vi)a & m) | ((vi)b & ~m));
}

/* as pg_clampf: NaN clamps to lo */
AI vf vclamp(vf v)
{
	return vsel(v > 0.0f, vsel(v < 1.0f, v, (vf){} + 1.0f), (vf){});
}

AI vf vsqrt(vf v)
{
#ifdef VX_SQRT
	return VX_SQRT(v);
#else
	int k;

#pragma GCC unroll 8
	for (k = 0; k < LN; k++)
		v[k] = sqrtf(v[k]);
	return v;
#endif
}

/* 4x4 transposes move vertices (rows of four floats) in and out of lanes
 * (one attribute component per vector). */
typedef float v4 __attribute__((vector_size(16)));

#if defined(__has_builtin)
#if __has_builtin(__builtin_shufflevector)
#define VX_SHUF 1
#endif
#endif

AI void tr4(v4 q[4])
{
#ifdef VX_SHUF
	v4 t0 = __builtin_shufflevector(q[0], q[1], 0, 4, 1, 5);
	v4 t1 = __builtin_shufflevector(q[2], q[3], 0, 4, 1, 5);
	v4 t2 = __builtin_shufflevector(q[0], q[1], 2, 6, 3, 7);
	v4 t3 = __builtin_shufflevector(q[2], q[3], 2, 6, 3, 7);

	q[0] = __builtin_shufflevector(t0, t1, 0, 1, 4, 5);
	q[1] = __builtin_shufflevector(t0, t1, 2, 3, 6, 7);
	q[2] = __builtin_shufflevector(t2, t3, 0, 1, 4, 5);
	q[3] = __builtin_shufflevector(t2, t3, 2, 3, 6, 7);
#else
	v4 r[4];
	int i, j;

#pragma GCC unroll 8
	for (i = 0; i < 4; i++)
#pragma GCC unroll 8
		for (j = 0; j < 4; j++)
			r[i][j] = q[j][i];
	memcpy(q, r, sizeof(r));
#endif
}

/* Lanes 4h .. 4h+3 of v, and the reverse. */
AI v4 vhalf(vf v, int h)
{
	v4 r;

	memcpy(&r, (const char *)&v + 16 * h, 16);
	return r;
}

AI void vset_half(vf *v, int h, v4 q)
{
	memcpy((char *)v + 16 * h, &q, 16);
}

/* Four consecutive floats of each lane's vertex at off (at most the
 * vertex's stride minus four), as four vectors. */
AI void vload4(vf r[4], const float *src, uint32_t stride, int off)
{
	int h, j;

#pragma GCC unroll 8
	for (h = 0; h < LN / 4; h++) {
		v4 q[4];

#pragma GCC unroll 8
		for (j = 0; j < 4; j++)
			memcpy(&q[j], src + (size_t)(4 * h + j) * stride + off,
			       16);
		tr4(q);
#pragma GCC unroll 8
		for (j = 0; j < 4; j++)
			vset_half(&r[j], h, q[j]);
	}
}

/* n components of an attribute: the vertices' when the format carries
 * it (off >= 0), else the current value for all lanes.  A three-float
 * attribute is loaded with the float before it, so that no load passes
 * the end of the batch (every attribute follows the position). */
AI void vattr(vf *r, int n, const float *src, uint32_t stride, int off,
	      const float *cur)
{
	vf t[4];
	int c;

	if (off < 0) {
#pragma GCC unroll 8
		for (c = 0; c < n; c++)
			r[c] = (vf){} + cur[c];
		return;
	}
	vload4(t, src, stride, off - (4 - n));
#pragma GCC unroll 8
	for (c = 0; c < n; c++)
		r[c] = t[c + 4 - n];
}

/* Lane k of the four vectors v goes to out[k], four floats at field. */
AI void vstore4(const vf v[4], struct pg_vert *out, size_t field)
{
	int h, j;

#pragma GCC unroll 8
	for (h = 0; h < LN / 4; h++) {
		v4 q[4];

#pragma GCC unroll 8
		for (j = 0; j < 4; j++)
			q[j] = vhalf(v[j], h);
		tr4(q);
#pragma GCC unroll 8
		for (j = 0; j < 4; j++)
			memcpy((char *)&out[4 * h + j] + field, &q[j], 16);
	}
}

/* One float of each lane's vertex, for the fog coordinate. */
AI vf vload1(const float *src, uint32_t stride, int off)
{
	vf r;
	int k;

#pragma GCC unroll 8
	for (k = 0; k < LN; k++)
		r[k] = src[(size_t)k * stride + off];
	return r;
}

AI vf dot3(const vf a[3], const float b[3])
{
	return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}

/* The material of each lane: the batch's, with GL_COLOR_MATERIAL's
 * fields taken from the lane's colour (light.c: pg_light_track). */
struct vmat {
	vf em[3], am[3], df[4], sp[3];
};

enum { T_EM = 1, T_AM = 2, T_DF = 4, T_SP = 8 };

/* The batch's material of a face, and which of its fields track the
 * colour. */
static int mat_batch(const struct pg_state *s, int face, struct vmat *m)
{
	const struct pg_material *f = &s->mat[face];
	int c;

	for (c = 0; c < 4; c++) {
		if (c < 3) {
			m->em[c] = (vf){} + f->emission[c];
			m->am[c] = (vf){} + f->ambient[c];
			m->sp[c] = (vf){} + f->specular[c];
		}
		m->df[c] = (vf){} + f->diffuse[c];
	}
	if (!s->color_material || s->cm_face == (face ? GL_FRONT : GL_BACK))
		return 0;
	switch (s->cm_mode) {
	case GL_EMISSION: return T_EM;
	case GL_AMBIENT: return T_AM;
	case GL_DIFFUSE: return T_DF;
	case GL_SPECULAR: return T_SP;
	case GL_AMBIENT_AND_DIFFUSE: return T_AM | T_DF;
	}
	return 0;
}

AI void mat_lanes(struct vmat *m, int track, const vf col[4])
{
	int c;

#pragma GCC unroll 8
	for (c = 0; c < 4; c++) {
		if (c < 3 && (track & T_EM))
			m->em[c] = col[c];
		if (c < 3 && (track & T_AM))
			m->am[c] = col[c];
		if (c < 3 && (track & T_SP))
			m->sp[c] = col[c];
		if (track & T_DF)
			m->df[c] = col[c];
	}
}

/* light.c: shade_dir, per lane; lanes a test skips keep their sums. */
AI void lane_shade(const struct pg_engine *e, const struct pg_lit_plan *lp,
		       int face, const struct vmat *m, const vf n[3],
		       vf prim[4], vf spec[3])
{
	const struct pg_state *s = &e->s;
	const struct pg_material *f = &s->mat[face];
	vf sp[3] = { {}, {}, {} };
	vi hs;
	int c, j, k;

	/* the specular colour test of spec_on, per lane when tracked */
	if (lp->has_spec[face] >= 0)
		hs = (vi){} - lp->has_spec[face];
	else
		hs = (m->sp[0] != 0.0f) | (m->sp[1] != 0.0f) |
		     (m->sp[2] != 0.0f);
#pragma GCC unroll 8
	for (c = 0; c < 3; c++)
		prim[c] = m->em[c] + m->am[c] * s->lm_ambient[c];
	for (j = 0; j < e->nlights_on; j++) {
		int i = e->lights_on[j];
		const struct pg_light *l = &s->light[i];
		const struct pg_light_pre *pre = &e->lpre[i];
		vf ndl = dot3(n, pre->L), ndh, pw;
		vi lit = ~(ndl <= 0.0f), hl;	/* NaN lights, as in shade */

#pragma GCC unroll 8
		for (c = 0; c < 3; c++) {
			prim[c] += m->am[c] * l->ambient[c];
			prim[c] = vsel(lit, prim[c] + ndl * m->df[c] * l->diffuse[c],
				       prim[c]);
		}
		hl = lit & hs;
		if (!memcmp(&hl, &(vi){}, sizeof(hl)))
			continue;
		ndh = dot3(n, pre->H);
		hl &= ndh > 0.0f;
		pw = (vf){} + 1.0f;
		if (f->shininess != 0.0f)
			for (k = 0; k < LN; k++)
				if (hl[k])
					pw[k] = powf(ndh[k], f->shininess);
#pragma GCC unroll 8
		for (c = 0; c < 3; c++)
			sp[c] = vsel(hl, sp[c] + pw * m->sp[c] * l->specular[c],
				     sp[c]);
	}
	if (s->lm_separate_specular) {
#pragma GCC unroll 8
		for (c = 0; c < 3; c++)
			spec[c] = vclamp(sp[c]);
	} else {
#pragma GCC unroll 8
		for (c = 0; c < 3; c++) {
			prim[c] += sp[c];
			spec[c] = (vf){};
		}
	}
#pragma GCC unroll 8
	for (c = 0; c < 3; c++)
		prim[c] = vclamp(prim[c]);
	prim[3] = vclamp(m->df[3]);
}

/* pg_mat_xform of each lane's position. */
AI void xform(vf r[4], const float *m, const vf p[4])
{
	int i;

#pragma GCC unroll 8
	for (i = 0; i < 4; i++)
		r[i] = m[i] * p[0] + m[4 + i] * p[1] + m[8 + i] * p[2] +
		       m[12 + i] * p[3];
}

/* vertex.c: the normal through normal_m, normalized or rescaled. */
AI void normal(const struct pg_state *s, const vf in[3], vf n[3])
{
	const float *m = s->normal_m;
	int c;

	n[0] = m[0] * in[0] + m[3] * in[1] + m[6] * in[2];
	n[1] = m[1] * in[0] + m[4] * in[1] + m[7] * in[2];
	n[2] = m[2] * in[0] + m[5] * in[1] + m[8] * in[2];
	if (s->normalize) {
		vf l = vsqrt(n[0] * n[0] + n[1] * n[1] + n[2] * n[2]);
		vi pos = l > 0.0f;
		vf d = vsel(pos, l, (vf){} + 1.0f);

#pragma GCC unroll 8
		for (c = 0; c < 3; c++)
			n[c] = vsel(pos, n[c] / d, n[c]);
	} else if (s->rescale_normal) {
#pragma GCC unroll 8
		for (c = 0; c < 3; c++)
			n[c] *= s->normal_scale;
	}
}

/* vertex.c: clip_codes without user planes, 0xff for a non-finite
 * coordinate. */
AI vi clip_codes(const vf c[4])
{
	vf nw = -c[3];
	vi m = ((c[0] < nw) & 1) | ((c[0] > c[3]) & 2) |
	       ((c[1] < nw) & 4) | ((c[1] > c[3]) & 8) |
	       ((c[2] < nw) & 16) | ((c[2] > c[3]) & 32);
	vi inf = (vi){} + 0x7f800000, bad = (vi){};
	int i;

#pragma GCC unroll 8
	for (i = 0; i < 4; i++)
		bad |= ((vi)c[i] & inf) == inf;
	return (m & ~bad) | (bad & 0xff);
}

/* The stage, built twice so that one-sided lighting does not carry the
 * back face's work: two is a constant in each. */
AI uint32_t run(struct pg_engine *e, const struct pg_vx_plan *p,
		uint32_t count, const float *in, struct pg_vert *out,
		const int two)
{
	const struct pg_state *s = &e->s;
	const uint32_t st = p->stride;
	const float vpx = s->vp_x, vpy = s->vp_y, vpw = s->vp_w, vph = s->vp_h;
	const float dn = s->depth_near, dr = s->depth_far - s->depth_near;
	const float *cur_tex[PG_MAX_UNITS];
	int o_tex[PG_MAX_UNITS], tex_op[PG_MAX_UNITS], o_edge = p->o_edge;
	struct vmat mat[2];
	int track[2] = { 0, 0 };
	uint32_t i;
	int c, k, u;

	/* per unit: 0 zeros (disabled), 1 copy, 2 through the matrix */
	for (u = 0; u < PG_MAX_UNITS; u++) {
		tex_op[u] = !p->unit_on[u] ? 0 : p->unit_mat[u] ? 2 : 1;
		o_tex[u] = p->o_tex[u];
		cur_tex[u] = s->cur_tex[u];
	}
	if (p->lighting)
		track[0] = mat_batch(s, 0, &mat[0]);
	if (two)
		track[1] = mat_batch(s, 1, &mat[1]);
	for (i = 0; i + LN <= count; i += LN) {
		const float *src = in + (size_t)i * st;
		struct pg_vert *o = out + i;
		vf pos[4], clip[4], eye[4], col[4], prim[4], spec[4], win[4];
		vf bprim[4] = {}, bspec[4] = {};	/* back face, if two */
		vf fog;
		vi mask;
		float a_fog[LN];
		int32_t a_mask[LN];

		vattr(pos, 4, src, st, 0, NULL);
		vattr(col, 4, src, st, p->o_col, s->cur_color);
		xform(clip, s->mvp, pos);
		if (p->need_eye)
			xform(eye, s->modelview, pos);
		else
			eye[2] = (vf){};
		if (p->lighting) {
			vf nin[3], n[3];
			struct vmat m;

			vattr(nin, 3, src, st, p->o_nrm, s->cur_normal);
			normal(s, nin, n);
			m = mat[0];
			mat_lanes(&m, track[0], col);
			lane_shade(e, &p->lit, 0, &m, n, prim, spec);
			if (two) {
				for (c = 0; c < 3; c++)
					n[c] = -n[c];
				m = mat[1];
				mat_lanes(&m, track[1], col);
				lane_shade(e, &p->lit, 1, &m, n, bprim, bspec);
				bspec[3] = (vf){};
			}
		} else {
			vattr(spec, 3, src, st, p->o_sec, s->cur_secondary);
			for (c = 0; c < 4; c++)
				prim[c] = vclamp(col[c]);
			for (c = 0; c < 3; c++)
				spec[c] = vclamp(spec[c]);
		}
		spec[3] = (vf){};
		fog = p->o_fog >= 0 ? vload1(src, st, p->o_fog) :
		      (vf)((vi)eye[2] & 0x7fffffff);	/* fabsf */
		mask = clip_codes(clip);
		/* pg_to_window */
		win[3] = vsel(clip[3] != 0.0f,
			      1.0f / vsel(clip[3] != 0.0f, clip[3],
					  (vf){} + 1.0f),
			      (vf){});
		win[0] = vpx + (clip[0] * win[3] + 1.0f) * 0.5f * vpw;
		win[1] = vpy + (clip[1] * win[3] + 1.0f) * 0.5f * vph;
		win[2] = dn + (clip[2] * win[3] + 1.0f) * 0.5f * dr;

		vstore4(clip, o, offsetof(struct pg_vert, clip));
		vstore4(prim, o, offsetof(struct pg_vert, col[0]));
		vstore4(spec, o, offsetof(struct pg_vert, spec[0]));
		if (two) {
			vstore4(bprim, o, offsetof(struct pg_vert, col[1]));
			vstore4(bspec, o, offsetof(struct pg_vert, spec[1]));
		} else {
			vstore4(prim, o, offsetof(struct pg_vert, col[1]));
			vstore4(spec, o, offsetof(struct pg_vert, spec[1]));
		}
		memcpy(a_fog, &fog, sizeof(a_fog));
		memcpy(a_mask, &mask, sizeof(a_mask));
#pragma GCC unroll 8
		for (k = 0; k < LN; k++) {
			uint32_t edge = 1;

			if (o_edge >= 0)
				memcpy(&edge, src + (size_t)k * st + o_edge, 4);
			o[k].edge = edge != 0;
			o[k].clipmask = (uint8_t)a_mask[k];
			o[k].fog = a_fog[k];
		}
		for (u = 0; u < PG_MAX_UNITS; u++) {
			if (!tex_op[u]) {
#pragma GCC unroll 8
				for (k = 0; k < LN; k++)
					memset(o[k].tex[u], 0, 16);
				continue;
			}
			for (k = 0; k < LN; k++) {
				const float *tc = o_tex[u] >= 0 ?
					src + (size_t)k * st + o_tex[u] :
					cur_tex[u];

				if (tex_op[u] == 2)
					pg_mat_xform(o[k].tex[u],
						     s->unit[u].matrix, tc);
				else
					memcpy(o[k].tex[u], tc, 16);
			}
		}
		/* the scalar stage leaves win alone on clipped vertices */
		if (!memcmp(&mask, &(vi){}, sizeof(mask))) {
			vstore4(win, o, offsetof(struct pg_vert, win));
		} else {
			float a_win[4][LN];

			memcpy(a_win, win, sizeof(a_win));
			for (k = 0; k < LN; k++)
				if (!a_mask[k])
					for (c = 0; c < 4; c++)
						o[k].win[c] = a_win[c][k];
		}
	}
	/* GL_COLOR_MATERIAL leaves the last colour in the material */
	if (i && p->lighting && s->color_material)
		pg_light_track(&e->s, p->o_col >= 0 ?
			       in + (size_t)(i - 1) * st + p->o_col :
			       s->cur_color);
	return i;
}

uint32_t VX_FN(struct pg_engine *e, const struct pg_vx_plan *p,
	       uint32_t count, const float *in, struct pg_vert *out)
{
	if (p->lighting && e->s.lm_two_side)
		return run(e, p, count, in, out, 1);
	return run(e, p, count, in, out, 0);
}
