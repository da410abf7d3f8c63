/* Per-vertex stage: transform, lighting, texture coordinate generation and
 * texture matrices, fog coordinate and clip codes. */
#include <math.h>
#include <string.h>
#include "internal.h"

static void texgen(const struct pg_unit *u, const float obj[4],
		   const float eye[4], const float n[3], float tc[4])
{
	float r[3], m = 0, uu[3];
	int c, have_r = 0;

	for (c = 0; c < 4; c++) {
		const float *p;

		if (!u->gen_on[c])
			continue;
		switch (u->gen_mode[c]) {
		case GL_OBJECT_LINEAR:
			p = u->gen_obj[c];
			tc[c] = p[0] * obj[0] + p[1] * obj[1] + p[2] * obj[2] +
				p[3] * obj[3];
			break;
		case GL_EYE_LINEAR:
			p = u->gen_eye[c];
			tc[c] = p[0] * eye[0] + p[1] * eye[1] + p[2] * eye[2] +
				p[3] * eye[3];
			break;
		case GL_NORMAL_MAP:
			tc[c] = n[c];
			break;
		default:	/* sphere and reflection maps need r */
			if (!have_r) {
				float l, d;

				memcpy(uu, eye, 12);
				l = sqrtf(uu[0] * uu[0] + uu[1] * uu[1] +
					  uu[2] * uu[2]);
				if (l > 0) {
					uu[0] /= l;
					uu[1] /= l;
					uu[2] /= l;
				}
				d = n[0] * uu[0] + n[1] * uu[1] + n[2] * uu[2];
				r[0] = uu[0] - 2 * n[0] * d;
				r[1] = uu[1] - 2 * n[1] * d;
				r[2] = uu[2] - 2 * n[2] * d;
				m = 2 * sqrtf(r[0] * r[0] + r[1] * r[1] +
					      (r[2] + 1) * (r[2] + 1));
				have_r = 1;
			}
			if (u->gen_mode[c] == GL_REFLECTION_MAP)
				tc[c] = r[c];
			else
				tc[c] = m > 0 ? r[c] / m + 0.5f : 0.5f;
			break;
		}
	}
}

static uint8_t clip_codes(const struct pg_state *s, const float c[4],
			  const float eye[4], int user_planes)
{
	uint8_t m = 0;
	int i;

	if (c[0] < -c[3]) m |= 1;
	if (c[0] > c[3]) m |= 2;
	if (c[1] < -c[3]) m |= 4;
	if (c[1] > c[3]) m |= 8;
	if (c[2] < -c[3]) m |= 16;
	if (c[2] > c[3]) m |= 32;
	for (i = 0; user_planes && i < PG_MAX_CLIP_PLANES; i++) {
		const float *p = s->clip_plane[i];

		if (s->clip_on[i] &&
		    p[0] * eye[0] + p[1] * eye[1] + p[2] * eye[2] +
		    p[3] * eye[3] < 0)
			m |= 64;	/* any user plane: clipper rechecks */
	}
	return m;
}

/* Offsets of the attributes a format carries, in the order the command
 * stream packs them. */
static void plan_layout(struct pg_vx_plan *p, uint32_t fmt)
{
	int o = 4;

#define TAKE(bit, field, n) \
	do { \
		p->field = (fmt & (bit)) ? o : -1; \
		o += (fmt & (bit)) ? (n) : 0; \
	} while (0)
	TAKE(PG_V_COLOR, o_col, 4);
	TAKE(PG_V_NORMAL, o_nrm, 3);
	TAKE(PG_V_TEX0, o_tex[0], 4);
	TAKE(PG_V_TEX1, o_tex[1], 4);
	TAKE(PG_V_SECONDARY, o_sec, 4);
	TAKE(PG_V_FOG, o_fog, 1);
	TAKE(PG_V_EDGE, o_edge, 1);
#undef TAKE
	p->stride = o;
}

static void plan_batch(struct pg_engine *e, uint32_t fmt, struct pg_vx_plan *p)
{
	const struct pg_state *s = &e->s;
	int u, c;

	plan_layout(p, fmt);
	p->lighting = s->lighting;
	p->need_eye = s->lighting || s->fog;
	p->need_normal = s->lighting;
	p->user_planes = 0;
	for (u = 0; u < PG_MAX_UNITS; u++) {
		const struct pg_unit *un = &s->unit[u];

		/* texgen on a disabled unit still asks for eye coordinates,
		 * which give the fog coordinate */
		p->unit_gen[u] = 0;
		for (c = 0; c < 4; c++)
			if (un->gen_on[c]) {
				p->need_eye = p->unit_gen[u] = 1;
				if (un->gen_mode[c] != GL_OBJECT_LINEAR &&
				    un->gen_mode[c] != GL_EYE_LINEAR)
					p->need_normal = 1;
			}
		p->unit_on[u] = pg_unit_on(un);
		p->unit_mat[u] = !un->matrix_identity;
	}
	for (c = 0; c < PG_MAX_CLIP_PLANES; c++)
		if (s->clip_on[c])
			p->need_eye = p->user_planes = 1;
	if (s->lighting)
		pg_light_prepare(e, &p->lit);
}

/* The texture coordinates of one vertex: given or current, generated,
 * through the unit's matrix; zero for disabled units. */
static void vertex_tex(const struct pg_state *s, const struct pg_vx_plan *p,
		       const float *src, const float eye[4], const float n[3],
		       struct pg_vert *v)
{
	int u;

	for (u = 0; u < PG_MAX_UNITS; u++) {
		const struct pg_unit *un = &s->unit[u];
		float tc[4];

		if (!p->unit_on[u]) {
			memset(v->tex[u], 0, 16);
			continue;
		}
		memcpy(tc, p->o_tex[u] >= 0 ? src + p->o_tex[u] : s->cur_tex[u],
		       16);
		if (p->unit_gen[u])
			texgen(un, src, eye, n, tc);
		if (p->unit_mat[u])
			pg_mat_xform(tc, un->matrix, tc);
		memcpy(v->tex[u], tc, 16);
	}
}

/* The scalar per-vertex stage, for any state. */
static void vertex_one(struct pg_engine *e, const struct pg_vx_plan *p,
		       const float *src, struct pg_vert *v)
{
	const struct pg_state *s = &e->s;
	const float *col = p->o_col >= 0 ? src + p->o_col : s->cur_color;
	const float *nrm = p->o_nrm >= 0 ? src + p->o_nrm : s->cur_normal;
	float eye[4] = { 0, 0, 0, 1 }, n[3];
	uint32_t edge = 1;
	int c;

	pg_mat_xform(v->clip, s->mvp, src);
	if (p->need_eye)
		pg_mat_xform(eye, s->modelview, src);
	if (p->need_normal) {
		const float *m = s->normal_m;

		n[0] = m[0] * nrm[0] + m[3] * nrm[1] + m[6] * nrm[2];
		n[1] = m[1] * nrm[0] + m[4] * nrm[1] + m[7] * nrm[2];
		n[2] = m[2] * nrm[0] + m[5] * nrm[1] + m[8] * nrm[2];
		if (s->normalize) {
			float l = sqrtf(n[0] * n[0] + n[1] * n[1] +
					n[2] * n[2]);

			if (l > 0)
				for (c = 0; c < 3; c++)
					n[c] /= l;
		} else if (s->rescale_normal) {
			for (c = 0; c < 3; c++)
				n[c] *= s->normal_scale;
		}
	} else {
		n[0] = n[1] = 0;
		n[2] = 1;
	}

	if (p->lighting) {
		pg_light_vertex(e, &p->lit, eye, n, col, v);
	} else {
		const float *sec = p->o_sec >= 0 ? src + p->o_sec :
				   s->cur_secondary;

		for (c = 0; c < 4; c++)
			v->col[0][c] = pg_clampf(col[c], 0, 1);
		for (c = 0; c < 3; c++)
			v->spec[0][c] = pg_clampf(sec[c], 0, 1);
		v->spec[0][3] = 0;
		memcpy(v->col[1], v->col[0], 16);
		memcpy(v->spec[1], v->spec[0], 16);
	}

	vertex_tex(s, p, src, eye, n, v);
	v->fog = p->o_fog >= 0 ? src[p->o_fog] : fabsf(eye[2]);
	if (p->o_edge >= 0)
		memcpy(&edge, src + p->o_edge, 4);
	v->edge = edge != 0;
	v->clipmask = clip_codes(s, v->clip, eye, p->user_planes);
	if (!isfinite(v->clip[0]) || !isfinite(v->clip[1]) ||
	    !isfinite(v->clip[2]) || !isfinite(v->clip[3]))
		v->clipmask = 0xff;	/* no primitive uses it */
	if (!v->clipmask)
		pg_to_window(e, v);
}

/* Whether the vector stage (vertex_simd.h) covers the batch's state. */
static int simd_ok(const struct pg_vx_plan *p)
{
	int u;

	for (u = 0; u < PG_MAX_UNITS; u++)
		if (p->unit_gen[u])
			return 0;
	if (p->user_planes)
		return 0;
	return !p->lighting || p->lit.dir_only;
}

void pg_vertex_batch(struct pg_engine *e, uint32_t fmt, uint32_t count,
		     const float *in, struct pg_vert *out)
{
	struct pg_vx_plan p;
	uint32_t i = 0;

	plan_batch(e, fmt, &p);
	/* the wide vector kernel when the CPU has one (pg_pick_kernels),
	 * four lanes what is left after it, the scalar stage the last few
	 * vertices */
	if (simd_ok(&p)) {
		if (e->fast_vx)
			i = e->fast_vx(e, &p, count, in, out);
		i += pg_vx_simd_generic(e, &p, count - i,
					in + (size_t)i * p.stride, out + i);
	}
	for (; i < count; i++)
		vertex_one(e, &p, in + (size_t)i * p.stride, &out[i]);
}

void pg_to_window(struct pg_engine *e, struct pg_vert *v)
{
	const struct pg_state *s = &e->s;
	float iw = v->clip[3] != 0.0f ? 1.0f / v->clip[3] : 0.0f;

	v->win[0] = s->vp_x + (v->clip[0] * iw + 1.0f) * 0.5f * s->vp_w;
	v->win[1] = s->vp_y + (v->clip[1] * iw + 1.0f) * 0.5f * s->vp_h;
	v->win[2] = s->depth_near +
		    (v->clip[2] * iw + 1.0f) * 0.5f * (s->depth_far - s->depth_near);
	v->win[3] = iw;
}
