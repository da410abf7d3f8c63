/* Lighting: light, material and light-model state, and the per-vertex
 * lighting equation of the GL 1.x specification (section 2.14.1). */
#include <math.h>
#include <string.h>
#include "internal.h"

static int finite_n(const float *v, int n)
{
	while (n--)
		if (!isfinite(v[n]))
			return 0;
	return 1;
}

int pg_light(struct pg_engine *e, uint32_t light, uint32_t pname,
	     const float v[4])
{
	struct pg_light *l;
	float t[4];

	if (light < GL_LIGHT0 || light >= GL_LIGHT0 + PG_MAX_LIGHTS ||
	    !finite_n(v, 4))
		return PG_ERR_STATE;
	l = &e->s.light[light - GL_LIGHT0];
	switch (pname) {
	case GL_AMBIENT: memcpy(l->ambient, v, 16); break;
	case GL_DIFFUSE: memcpy(l->diffuse, v, 16); break;
	case GL_SPECULAR: memcpy(l->specular, v, 16); break;
	case GL_POSITION:
		pg_mat_xform(l->position, e->s.modelview, v);
		break;
	case GL_SPOT_DIRECTION:
		memcpy(t, v, 12);
		t[3] = 0.0f;
		pg_mat_xform(t, e->s.modelview, t);
		memcpy(l->spot_dir, t, 12);
		break;
	case GL_SPOT_EXPONENT:
		if (v[0] < 0 || v[0] > 128)
			return PG_ERR_STATE;
		l->spot_exp = v[0];
		break;
	case GL_SPOT_CUTOFF:
		if ((v[0] < 0 || v[0] > 90) && v[0] != 180)
			return PG_ERR_STATE;
		l->spot_cutoff = v[0];
		l->cos_cutoff = v[0] == 180 ? -1.0f :
			cosf(v[0] * (float)M_PI / 180.0f);
		break;
	case GL_CONSTANT_ATTENUATION:
	case GL_LINEAR_ATTENUATION:
	case GL_QUADRATIC_ATTENUATION:
		if (v[0] < 0)
			return PG_ERR_STATE;
		l->att[pname - GL_CONSTANT_ATTENUATION] = v[0];
		break;
	default:
		return PG_ERR_STATE;
	}
	return PG_OK;
}

int pg_material(struct pg_engine *e, uint32_t face, uint32_t pname,
		const float v[4])
{
	int f;

	if ((face != GL_FRONT && face != GL_BACK && face != GL_FRONT_AND_BACK) ||
	    !finite_n(v, 4))
		return PG_ERR_STATE;
	if (pname == GL_SHININESS && (v[0] < 0 || v[0] > 128))
		return PG_ERR_STATE;
	for (f = 0; f < 2; f++) {
		struct pg_material *m = &e->s.mat[f];

		if ((f == 0 && face == GL_BACK) || (f == 1 && face == GL_FRONT))
			continue;
		switch (pname) {
		case GL_AMBIENT: memcpy(m->ambient, v, 16); break;
		case GL_DIFFUSE: memcpy(m->diffuse, v, 16); break;
		case GL_SPECULAR: memcpy(m->specular, v, 16); break;
		case GL_EMISSION: memcpy(m->emission, v, 16); break;
		case GL_SHININESS: m->shininess = v[0]; break;
		case GL_AMBIENT_AND_DIFFUSE:
			memcpy(m->ambient, v, 16);
			memcpy(m->diffuse, v, 16);
			break;
		default:
			return PG_ERR_STATE;
		}
	}
	return PG_OK;
}

int pg_light_model(struct pg_engine *e, uint32_t pname, const float v[4])
{
	struct pg_state *s = &e->s;

	if (!finite_n(v, 4))
		return PG_ERR_STATE;
	switch (pname) {
	case GL_LIGHT_MODEL_AMBIENT: memcpy(s->lm_ambient, v, 16); break;
	case GL_LIGHT_MODEL_LOCAL_VIEWER: s->lm_local_viewer = v[0] != 0; break;
	case GL_LIGHT_MODEL_TWO_SIDE: s->lm_two_side = v[0] != 0; break;
	case GL_LIGHT_MODEL_COLOR_CONTROL:
		if (v[0] == (float)GL_SEPARATE_SPECULAR_COLOR)
			s->lm_separate_specular = 1;
		else if (v[0] == (float)GL_SINGLE_COLOR)
			s->lm_separate_specular = 0;
		else
			return PG_ERR_STATE;
		break;
	default:
		return PG_ERR_STATE;
	}
	return PG_OK;
}

int pg_color_material(struct pg_engine *e, uint32_t face, uint32_t mode)
{
	if (face != GL_FRONT && face != GL_BACK && face != GL_FRONT_AND_BACK)
		return PG_ERR_STATE;
	switch (mode) {
	case GL_EMISSION: case GL_AMBIENT: case GL_DIFFUSE: case GL_SPECULAR:
	case GL_AMBIENT_AND_DIFFUSE:
		break;
	default:
		return PG_ERR_STATE;
	}
	e->s.cm_face = face;
	e->s.cm_mode = mode;
	return PG_OK;
}

static float dot3(const float *a, const float *b)
{
	return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}

static void normalize3(float *v)
{
	float l = sqrtf(dot3(v, v));

	if (l > 0) {
		v[0] /= l;
		v[1] /= l;
		v[2] /= l;
	}
}

/* GL_COLOR_MATERIAL: the colour becomes part of the material, and stays
 * there when tracking stops. */
void pg_light_track(struct pg_state *s, const float color[4])
{
	int face;

	for (face = 0; face < 2; face++) {
		struct pg_material *m = &s->mat[face];

		if ((face == 0 && s->cm_face == GL_BACK) ||
		    (face == 1 && s->cm_face == GL_FRONT))
			continue;
		switch (s->cm_mode) {
		case GL_EMISSION: memcpy(m->emission, color, 16); break;
		case GL_AMBIENT: memcpy(m->ambient, color, 16); break;
		case GL_DIFFUSE: memcpy(m->diffuse, color, 16); break;
		case GL_SPECULAR: memcpy(m->specular, color, 16); break;
		case GL_AMBIENT_AND_DIFFUSE:
			memcpy(m->ambient, color, 16);
			memcpy(m->diffuse, color, 16);
			break;
		}
	}
}

/* Per-batch values of each light that do not depend on the vertex: the
 * normalized direction and half vector of a directional light and the
 * normalized spot direction; and what the batch's lights and material
 * let shade_dir skip. */
void pg_light_prepare(struct pg_engine *e, struct pg_lit_plan *lp)
{
	const struct pg_state *s = &e->s;
	int i, f;

	e->nlights_on = 0;
	lp->dir_only = !s->lm_local_viewer;
	for (i = 0; i < PG_MAX_LIGHTS; i++) {
		const struct pg_light *l = &s->light[i];
		struct pg_light_pre *p = &e->lpre[i];

		if (!l->on)
			continue;
		e->lights_on[e->nlights_on++] = i;
		memcpy(p->L, l->position, 12);
		normalize3(p->L);
		p->H[0] = p->L[0];
		p->H[1] = p->L[1];
		p->H[2] = p->L[2] + 1.0f;
		normalize3(p->H);
		memcpy(p->sd, l->spot_dir, 12);
		normalize3(p->sd);
		if (l->position[3] != 0.0f || l->spot_cutoff != 180.0f)
			lp->dir_only = 0;
	}
	for (f = 0; f < 2; f++) {
		const float *ms = s->mat[f].specular;
		int tracked = s->color_material &&
			      s->cm_mode == GL_SPECULAR &&
			      s->cm_face != (f ? GL_FRONT : GL_BACK);

		lp->has_spec[f] = tracked ? -1 :
			ms[0] != 0.0f || ms[1] != 0.0f || ms[2] != 0.0f;
	}
}

/* A black specular material adds exact zeros: the half vector is
 * skipped. */
static int spec_on(const struct pg_material *m, int planned)
{
	if (planned >= 0)
		return planned;
	return m->specular[0] != 0.0f || m->specular[1] != 0.0f ||
	       m->specular[2] != 0.0f;
}

/* The final sums: secondary colour apart or added in, clamped. */
static void shade_end(const struct pg_state *s, const struct pg_material *m,
		      const float sp[3], float prim[4], float spec[4])
{
	int c;

	if (s->lm_separate_specular) {
		for (c = 0; c < 3; c++)
			spec[c] = pg_clampf(sp[c], 0, 1);
	} else {
		for (c = 0; c < 3; c++) {
			prim[c] += sp[c];
			spec[c] = 0.0f;
		}
	}
	for (c = 0; c < 3; c++)
		prim[c] = pg_clampf(prim[c], 0, 1);
	prim[3] = pg_clampf(m->diffuse[3], 0, 1);
	spec[3] = 0.0f;
}

/* shade() when every light is directional without a spot cone and the
 * viewer is infinite (lp->dir_only): the attenuation is 1, so its
 * products drop out exactly, and L and H are the batch's. */
static void shade_dir(const struct pg_engine *e, const struct pg_material *m,
		      int has_spec, const float n[3], float prim[4],
		      float spec[4])
{
	const struct pg_state *s = &e->s;
	float sp[3] = { 0, 0, 0 };
	int c, j;

	for (c = 0; c < 3; c++)
		prim[c] = m->emission[c] + m->ambient[c] * s->lm_ambient[c];
	for (j = 0; j < e->nlights_on; j++) {
		int i = e->lights_on[j];
		const struct pg_light *l = &s->light[i];
		const struct pg_light_pre *pre = &e->lpre[i];
		float ndl = dot3(n, pre->L), ndh, f;

		for (c = 0; c < 3; c++)
			prim[c] += m->ambient[c] * l->ambient[c];
		if (ndl <= 0.0f)
			continue;
		for (c = 0; c < 3; c++)
			prim[c] += ndl * m->diffuse[c] * l->diffuse[c];
		if (!has_spec)
			continue;
		ndh = dot3(n, pre->H);
		if (ndh > 0.0f) {
			f = m->shininess == 0.0f ? 1.0f : powf(ndh, m->shininess);
			for (c = 0; c < 3; c++)
				sp[c] += f * m->specular[c] * l->specular[c];
		}
	}
	shade_end(s, m, sp, prim, spec);
}

static void shade(const struct pg_engine *e, const struct pg_material *m,
		  int has_spec, const float eye[4], const float n[3],
		  float prim[4], float spec[4])
{
	const struct pg_state *s = &e->s;
	const struct pg_light_pre *pre = e->lpre;
	float sp[3] = { 0, 0, 0 };
	int c, j;

	for (c = 0; c < 3; c++)
		prim[c] = m->emission[c] + m->ambient[c] * s->lm_ambient[c];
	for (j = 0; j < e->nlights_on; j++) {
		int i = e->lights_on[j];
		const struct pg_light *l = &s->light[i];
		float L[3], H[3], att = 1.0f, ndl, ndh, f;

		if (l->position[3] != 0.0f) {
			float d2, d;

			for (c = 0; c < 3; c++)
				L[c] = l->position[c] / l->position[3] -
				       eye[c] / (eye[3] != 0 ? eye[3] : 1.0f);
			d2 = dot3(L, L);
			d = sqrtf(d2);
			f = l->att[0] + l->att[1] * d + l->att[2] * d2;
			att = f > 0 ? 1.0f / f : 1.0f;
			normalize3(L);
		} else {
			memcpy(L, pre[i].L, 12);
		}
		if (l->spot_cutoff != 180.0f) {
			float cs = -dot3(L, pre[i].sd);

			if (cs < l->cos_cutoff)
				att = 0.0f;
			else if (l->spot_exp != 0.0f)
				att *= powf(cs > 0 ? cs : 0, l->spot_exp);
		}
		if (att == 0.0f)
			continue;
		ndl = dot3(n, L);
		for (c = 0; c < 3; c++)
			prim[c] += att * m->ambient[c] * l->ambient[c];
		if (ndl <= 0.0f)
			continue;
		for (c = 0; c < 3; c++)
			prim[c] += att * ndl * m->diffuse[c] * l->diffuse[c];
		if (!has_spec)
			continue;
		if (s->lm_local_viewer) {
			float v[3] = { -eye[0], -eye[1], -eye[2] };

			normalize3(v);
			for (c = 0; c < 3; c++)
				H[c] = L[c] + v[c];
			normalize3(H);
		} else if (l->position[3] != 0.0f) {
			H[0] = L[0];
			H[1] = L[1];
			H[2] = L[2] + 1.0f;
			normalize3(H);
		} else {
			memcpy(H, pre[i].H, 12);
		}
		ndh = dot3(n, H);
		if (ndh > 0.0f) {
			f = m->shininess == 0.0f ? 1.0f : powf(ndh, m->shininess);
			for (c = 0; c < 3; c++)
				sp[c] += att * f * m->specular[c] * l->specular[c];
		}
	}
	shade_end(s, m, sp, prim, spec);
}

static void shade_face(const struct pg_engine *e,
		       const struct pg_lit_plan *lp, int face,
		       const float eye[4], const float n[3], float prim[4],
		       float spec[4])
{
	const struct pg_material *m = &e->s.mat[face];
	int hs = spec_on(m, lp->has_spec[face]);

	if (lp->dir_only)
		shade_dir(e, m, hs, n, prim, spec);
	else
		shade(e, m, hs, eye, n, prim, spec);
}

void pg_light_vertex(struct pg_engine *e, const struct pg_lit_plan *lp,
		     const float eye[4], const float n[3],
		     const float color[4], struct pg_vert *v)
{
	struct pg_state *s = &e->s;
	float nb[3];

	if (s->color_material)
		pg_light_track(s, color);
	shade_face(e, lp, 0, eye, n, v->col[0], v->spec[0]);
	if (s->lm_two_side) {
		nb[0] = -n[0];
		nb[1] = -n[1];
		nb[2] = -n[2];
		shade_face(e, lp, 1, eye, nb, v->col[1], v->spec[1]);
	} else {
		memcpy(v->col[1], v->col[0], 16);
		memcpy(v->spec[1], v->spec[0], 16);
	}
}
