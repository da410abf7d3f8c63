/* GL state: defaults and the validated setters of classes 1 to 4. */
#include <math.h>
#include <string.h>
#include "internal.h"

static int finite4(const float *v, int n)
{
	int i;

	for (i = 0; i < n; i++)
		if (!isfinite(v[i]))
			return 0;
	return 1;
}

static void set4(float *d, float a, float b, float c, float w)
{
	d[0] = a;
	d[1] = b;
	d[2] = c;
	d[3] = w;
}

static void combine_defaults(struct pg_combine *c)
{
	int i;

	c->mode_rgb = c->mode_a = GL_MODULATE;
	c->src_rgb[0] = c->src_a[0] = GL_TEXTURE;
	c->src_rgb[1] = c->src_a[1] = GL_PREVIOUS;
	c->src_rgb[2] = c->src_a[2] = GL_CONSTANT;
	for (i = 0; i < 3; i++)
		c->op_a[i] = GL_SRC_ALPHA;
	c->op_rgb[0] = c->op_rgb[1] = GL_SRC_COLOR;
	c->op_rgb[2] = GL_SRC_ALPHA;
	c->scale_rgb = c->scale_a = 1.0f;
}

void pg_state_defaults(struct pg_engine *e)
{
	struct pg_state *s = &e->s;
	int i;

	memset(s, 0, sizeof(*s));
	s->dither = 1;
	s->blend_src_rgb = s->blend_src_a = GL_ONE;
	s->blend_dst_rgb = s->blend_dst_a = GL_ZERO;
	s->blend_eq_rgb = s->blend_eq_a = GL_FUNC_ADD;
	s->depth_func = GL_LESS;
	s->depth_mask = 1;
	s->depth_far = 1.0f;
	s->alpha_func = GL_ALWAYS;
	s->stencil_func = GL_ALWAYS;
	s->stencil_vmask = s->stencil_wmask = 0xff;
	s->stencil_fail = s->stencil_zfail = s->stencil_zpass = GL_KEEP;
	for (i = 0; i < 4; i++)
		s->cmask[i] = 1;
	s->cull_mode = GL_BACK;
	s->front_face = GL_CCW;
	s->poly_front = s->poly_back = GL_FILL;
	s->shade_model = GL_SMOOTH;
	s->sc_w = s->vp_w = e->rt.w;
	s->sc_h = s->vp_h = e->rt.h;
	s->clear_depth = 1.0f;
	s->fog_mode = GL_EXP;
	s->fog_density = 1.0f;
	s->fog_end = 1.0f;
	s->logic = GL_COPY;
	s->point_size = s->line_width = 1.0f;
	s->stipple_factor = 1;
	s->stipple_pattern = 0xffff;
	for (i = 0; i < 32; i++)
		s->poly_stipple_rows[i] = 0xffffffff;
	pg_identity(s->modelview);
	pg_identity(s->projection);
	for (i = 0; i < PG_MAX_LIGHTS; i++) {
		struct pg_light *l = &s->light[i];

		set4(l->ambient, 0, 0, 0, 1);
		set4(l->diffuse, i == 0, i == 0, i == 0, 1);
		set4(l->specular, i == 0, i == 0, i == 0, 1);
		set4(l->position, 0, 0, 1, 0);
		l->spot_dir[2] = -1.0f;
		l->spot_cutoff = 180.0f;
		l->cos_cutoff = -1.0f;
		l->att[0] = 1.0f;
	}
	for (i = 0; i < 2; i++) {
		struct pg_material *m = &s->mat[i];

		set4(m->ambient, 0.2f, 0.2f, 0.2f, 1);
		set4(m->diffuse, 0.8f, 0.8f, 0.8f, 1);
		set4(m->specular, 0, 0, 0, 1);
		set4(m->emission, 0, 0, 0, 1);
	}
	set4(s->lm_ambient, 0.2f, 0.2f, 0.2f, 1);
	s->cm_face = GL_FRONT_AND_BACK;
	s->cm_mode = GL_AMBIENT_AND_DIFFUSE;
	for (i = 0; i < PG_MAX_UNITS; i++) {
		struct pg_unit *u = &s->unit[i];
		int c;

		u->env_mode = GL_MODULATE;
		combine_defaults(&u->comb);
		for (c = 0; c < 4; c++)
			u->gen_mode[c] = GL_EYE_LINEAR;
		u->gen_obj[0][0] = u->gen_eye[0][0] = 1.0f;
		u->gen_obj[1][1] = u->gen_eye[1][1] = 1.0f;
		pg_identity(u->matrix);
		u->matrix_identity = 1;
		set4(s->cur_tex[i], 0, 0, 0, 1);
	}
	set4(s->cur_color, 1, 1, 1, 1);
	s->cur_normal[2] = 1.0f;
	set4(s->cur_secondary, 0, 0, 0, 1);
	pg_update_derived(e);
}

void pg_update_derived(struct pg_engine *e)
{
	struct pg_state *s = &e->s;
	float *n = s->normal_m, *iv = s->mv_inv;

	pg_mat_mul(s->mvp, s->projection, s->modelview);
	if (!pg_mat_invert(iv, s->modelview))
		pg_identity(iv);
	/* normal matrix: transpose of the inverse's upper 3x3 */
	n[0] = iv[0]; n[1] = iv[4]; n[2] = iv[8];
	n[3] = iv[1]; n[4] = iv[5]; n[5] = iv[9];
	n[6] = iv[2]; n[7] = iv[6]; n[8] = iv[10];
	{
		/* GL_RESCALE_NORMAL: 1 / length of the third row of M^-1 */
		float l = sqrtf(iv[2] * iv[2] + iv[6] * iv[6] + iv[10] * iv[10]);

		s->normal_scale = l > 0 ? 1.0f / l : 1.0f;
	}
}

static int is_func(uint32_t f)
{
	return f >= GL_NEVER && f <= GL_ALWAYS;
}

static int is_blend_factor(uint32_t f, int dst)
{
	switch (f) {
	case GL_ZERO: case GL_ONE:
	case GL_SRC_COLOR: case GL_ONE_MINUS_SRC_COLOR:
	case GL_DST_COLOR: case GL_ONE_MINUS_DST_COLOR:
	case GL_SRC_ALPHA: case GL_ONE_MINUS_SRC_ALPHA:
	case GL_DST_ALPHA: case GL_ONE_MINUS_DST_ALPHA:
	case GL_CONSTANT_COLOR: case GL_ONE_MINUS_CONSTANT_COLOR:
	case GL_CONSTANT_ALPHA: case GL_ONE_MINUS_CONSTANT_ALPHA:
		return 1;
	case GL_SRC_ALPHA_SATURATE:
		return !dst;
	}
	return 0;
}

int pg_enable(struct pg_engine *e, uint32_t cap, uint32_t index, uint32_t on)
{
	struct pg_state *s = &e->s;
	int *p = NULL;

	if (on > 1)
		return PG_ERR_STATE;
	switch (cap) {
	case GL_DEPTH_TEST: p = &s->depth_test; break;
	case GL_BLEND: p = &s->blend; break;
	case GL_ALPHA_TEST: p = &s->alpha_test; break;
	case GL_CULL_FACE: p = &s->cull; break;
	case GL_FOG: p = &s->fog; break;
	case GL_LIGHTING: p = &s->lighting; break;
	case GL_SCISSOR_TEST: p = &s->scissor_test; break;
	case GL_STENCIL_TEST: p = &s->stencil_test; break;
	case GL_COLOR_LOGIC_OP: p = &s->logic_op; break;
	case GL_NORMALIZE: p = &s->normalize; break;
	case GL_RESCALE_NORMAL: p = &s->rescale_normal; break;
	case GL_COLOR_MATERIAL: p = &s->color_material; break;
	case GL_POLYGON_OFFSET_FILL: p = &s->poly_offset_fill; break;
	case GL_POLYGON_OFFSET_LINE: p = &s->poly_offset_line; break;
	case GL_POLYGON_OFFSET_POINT: p = &s->poly_offset_point; break;
	case GL_LINE_STIPPLE: p = &s->line_stipple; break;
	case GL_POLYGON_STIPPLE: p = &s->poly_stipple; break;
	case GL_DITHER: p = &s->dither; break;
	case GL_LIGHT0: case GL_LIGHT1: case GL_LIGHT2: case GL_LIGHT3:
	case GL_LIGHT4: case GL_LIGHT5: case GL_LIGHT6: case GL_LIGHT7:
		p = &s->light[cap - GL_LIGHT0].on;
		break;
	case GL_CLIP_PLANE0: case GL_CLIP_PLANE1: case GL_CLIP_PLANE2:
	case GL_CLIP_PLANE3: case GL_CLIP_PLANE4: case GL_CLIP_PLANE5:
		p = &s->clip_on[cap - GL_CLIP_PLANE0];
		break;
	case GL_TEXTURE_1D: case GL_TEXTURE_2D: case GL_TEXTURE_3D:
	case GL_TEXTURE_CUBE_MAP:
	case GL_TEXTURE_GEN_S: case GL_TEXTURE_GEN_T:
	case GL_TEXTURE_GEN_R: case GL_TEXTURE_GEN_Q:
		if (index >= PG_MAX_UNITS)
			return PG_ERR_STATE;
		if (cap == GL_TEXTURE_1D)
			p = &s->unit[index].enabled_1d;
		else if (cap == GL_TEXTURE_2D)
			p = &s->unit[index].enabled_2d;
		else if (cap == GL_TEXTURE_3D)
			p = &s->unit[index].enabled_3d;
		else if (cap == GL_TEXTURE_CUBE_MAP)
			p = &s->unit[index].enabled_cube;
		else
			p = &s->unit[index].gen_on[cap - GL_TEXTURE_GEN_S];
		break;
	default:
		return PG_ERR_STATE;
	}
	*p = (int)on;
	return PG_OK;
}

int pg_blend_func(struct pg_engine *e, uint32_t sr, uint32_t dr, uint32_t sa,
		  uint32_t da)
{
	if (!is_blend_factor(sr, 0) || !is_blend_factor(dr, 1) ||
	    !is_blend_factor(sa, 0) || !is_blend_factor(da, 1))
		return PG_ERR_STATE;
	e->s.blend_src_rgb = sr;
	e->s.blend_dst_rgb = dr;
	e->s.blend_src_a = sa;
	e->s.blend_dst_a = da;
	return PG_OK;
}

static int is_blend_eq(uint32_t m)
{
	return m == GL_FUNC_ADD || m == GL_FUNC_SUBTRACT ||
	       m == GL_FUNC_REVERSE_SUBTRACT || m == GL_MIN || m == GL_MAX;
}

int pg_blend_equation(struct pg_engine *e, uint32_t rgb, uint32_t a)
{
	if (!is_blend_eq(rgb) || !is_blend_eq(a))
		return PG_ERR_STATE;
	e->s.blend_eq_rgb = rgb;
	e->s.blend_eq_a = a;
	return PG_OK;
}

static int set_color(float *d, const float c[4])
{
	int i;

	if (!finite4(c, 4))
		return PG_ERR_STATE;
	for (i = 0; i < 4; i++)
		d[i] = pg_clampf(c[i], 0.0f, 1.0f);
	return PG_OK;
}

int pg_blend_color(struct pg_engine *e, const float c[4])
{
	return set_color(e->s.blend_color, c);
}

int pg_depth_func(struct pg_engine *e, uint32_t func)
{
	if (!is_func(func))
		return PG_ERR_STATE;
	e->s.depth_func = func;
	return PG_OK;
}

int pg_depth_mask(struct pg_engine *e, uint32_t on)
{
	if (on > 1)
		return PG_ERR_STATE;
	e->s.depth_mask = (int)on;
	return PG_OK;
}

int pg_depth_range(struct pg_engine *e, float n, float f)
{
	if (!isfinite(n) || !isfinite(f))
		return PG_ERR_STATE;
	e->s.depth_near = pg_clampf(n, 0.0f, 1.0f);
	e->s.depth_far = pg_clampf(f, 0.0f, 1.0f);
	return PG_OK;
}

int pg_alpha_func(struct pg_engine *e, uint32_t func, float ref)
{
	if (!is_func(func) || !isfinite(ref))
		return PG_ERR_STATE;
	e->s.alpha_func = func;
	e->s.alpha_ref = pg_clampf(ref, 0.0f, 1.0f);
	return PG_OK;
}

int pg_stencil_func(struct pg_engine *e, uint32_t func, uint32_t ref,
		    uint32_t mask)
{
	if (!is_func(func))
		return PG_ERR_STATE;
	e->s.stencil_func = func;
	e->s.stencil_ref = ref > 255 ? 255 : ref;
	e->s.stencil_vmask = mask & 0xff;
	return PG_OK;
}

static int is_stencil_op(uint32_t op)
{
	switch (op) {
	case GL_KEEP: case GL_ZERO: case GL_REPLACE: case GL_INCR:
	case GL_DECR: case GL_INVERT: case GL_INCR_WRAP: case GL_DECR_WRAP:
		return 1;
	}
	return 0;
}

int pg_stencil_op(struct pg_engine *e, uint32_t fail, uint32_t zfail,
		  uint32_t zpass)
{
	if (!is_stencil_op(fail) || !is_stencil_op(zfail) ||
	    !is_stencil_op(zpass))
		return PG_ERR_STATE;
	e->s.stencil_fail = fail;
	e->s.stencil_zfail = zfail;
	e->s.stencil_zpass = zpass;
	return PG_OK;
}

int pg_stencil_mask(struct pg_engine *e, uint32_t mask)
{
	e->s.stencil_wmask = mask & 0xff;
	return PG_OK;
}

int pg_color_mask(struct pg_engine *e, uint32_t r, uint32_t g, uint32_t b,
		  uint32_t a)
{
	if ((r | g | b | a) > 1)
		return PG_ERR_STATE;
	e->s.cmask[0] = (int)r;
	e->s.cmask[1] = (int)g;
	e->s.cmask[2] = (int)b;
	e->s.cmask[3] = (int)a;
	return PG_OK;
}

int pg_cull_face(struct pg_engine *e, uint32_t mode)
{
	if (mode != GL_FRONT && mode != GL_BACK && mode != GL_FRONT_AND_BACK)
		return PG_ERR_STATE;
	e->s.cull_mode = mode;
	return PG_OK;
}

int pg_front_face(struct pg_engine *e, uint32_t mode)
{
	if (mode != GL_CW && mode != GL_CCW)
		return PG_ERR_STATE;
	e->s.front_face = mode;
	return PG_OK;
}

static int is_poly_mode(uint32_t m)
{
	return m == GL_POINT || m == GL_LINE || m == GL_FILL;
}

int pg_polygon_mode(struct pg_engine *e, uint32_t front, uint32_t back)
{
	if (!is_poly_mode(front) || !is_poly_mode(back))
		return PG_ERR_STATE;
	e->s.poly_front = front;
	e->s.poly_back = back;
	return PG_OK;
}

int pg_polygon_offset(struct pg_engine *e, float factor, float units)
{
	if (!isfinite(factor) || !isfinite(units))
		return PG_ERR_STATE;
	e->s.offset_factor = factor;
	e->s.offset_units = units;
	return PG_OK;
}

int pg_shade_model(struct pg_engine *e, uint32_t mode)
{
	if (mode != GL_FLAT && mode != GL_SMOOTH)
		return PG_ERR_STATE;
	e->s.shade_model = mode;
	return PG_OK;
}

static int rect_ok(int32_t x, int32_t y, int32_t w, int32_t h)
{
	const int32_t lim = 1 << 20;

	return w >= 0 && h >= 0 && w <= lim && h <= lim && x > -lim &&
	       x < lim && y > -lim && y < lim;
}

int pg_scissor(struct pg_engine *e, int32_t x, int32_t y, int32_t w, int32_t h)
{
	if (!rect_ok(x, y, w, h))
		return PG_ERR_STATE;
	e->s.sc_x = x;
	e->s.sc_y = y;
	e->s.sc_w = w;
	e->s.sc_h = h;
	return PG_OK;
}

int pg_viewport(struct pg_engine *e, int32_t x, int32_t y, int32_t w, int32_t h)
{
	if (!rect_ok(x, y, w, h))
		return PG_ERR_STATE;
	e->s.vp_x = x;
	e->s.vp_y = y;
	e->s.vp_w = w > PG_MAX_SIZE ? PG_MAX_SIZE : w;
	e->s.vp_h = h > PG_MAX_SIZE ? PG_MAX_SIZE : h;
	return PG_OK;
}

int pg_clear_color(struct pg_engine *e, const float c[4])
{
	return set_color(e->s.clear_color, c);
}

int pg_clear_depth(struct pg_engine *e, float d)
{
	if (!isfinite(d))
		return PG_ERR_STATE;
	e->s.clear_depth = pg_clampf(d, 0.0f, 1.0f);
	return PG_OK;
}

int pg_clear_stencil(struct pg_engine *e, uint32_t v)
{
	e->s.clear_stencil = v & 0xff;
	return PG_OK;
}

int pg_fog(struct pg_engine *e, uint32_t mode, float density, float start,
	   float end, const float color[4])
{
	if ((mode != GL_LINEAR && mode != GL_EXP && mode != GL_EXP2) ||
	    !isfinite(density) || density < 0 || !isfinite(start) ||
	    !isfinite(end))
		return PG_ERR_STATE;
	if (set_color(e->s.fog_color, color))
		return PG_ERR_STATE;
	e->s.fog_mode = mode;
	e->s.fog_density = density;
	e->s.fog_start = start;
	e->s.fog_end = end;
	return PG_OK;
}

int pg_logic_op(struct pg_engine *e, uint32_t op)
{
	if (op < GL_CLEAR || op > GL_SET)
		return PG_ERR_STATE;
	e->s.logic = op;
	return PG_OK;
}

int pg_point_size(struct pg_engine *e, float size)
{
	if (!isfinite(size) || size <= 0)
		return PG_ERR_STATE;
	e->s.point_size = size > 64 ? 64 : size;
	return PG_OK;
}

int pg_line_width(struct pg_engine *e, float width)
{
	if (!isfinite(width) || width <= 0)
		return PG_ERR_STATE;
	e->s.line_width = width > 64 ? 64 : width;
	return PG_OK;
}

int pg_line_stipple(struct pg_engine *e, uint32_t factor, uint32_t pattern)
{
	if (factor < 1 || factor > 256 || pattern > 0xffff)
		return PG_ERR_STATE;
	e->s.stipple_factor = factor;
	e->s.stipple_pattern = pattern;
	return PG_OK;
}

int pg_polygon_stipple(struct pg_engine *e, const uint32_t rows[32])
{
	memcpy(e->s.poly_stipple_rows, rows, sizeof(e->s.poly_stipple_rows));
	return PG_OK;
}

int pg_clip_plane(struct pg_engine *e, uint32_t i, const float eq[4])
{
	float it[16];
	const float *m = e->s.mv_inv;
	int j;

	if (i >= PG_MAX_CLIP_PLANES || !finite4(eq, 4))
		return PG_ERR_STATE;
	/* plane_eye = plane_obj * M^-1 */
	memcpy(it, m, sizeof(it));
	for (j = 0; j < 4; j++)
		e->s.clip_plane[i][j] = eq[0] * it[j * 4] + eq[1] * it[j * 4 + 1] +
					eq[2] * it[j * 4 + 2] +
					eq[3] * it[j * 4 + 3];
	return PG_OK;
}

int pg_texgen(struct pg_engine *e, uint32_t unit, uint32_t coord,
	      uint32_t mode, const float obj[4], const float eye[4])
{
	struct pg_unit *u;
	const float *m = e->s.mv_inv;
	int c, j;

	if (unit >= PG_MAX_UNITS || coord < GL_S || coord > GL_Q ||
	    !finite4(obj, 4) || !finite4(eye, 4))
		return PG_ERR_STATE;
	c = (int)(coord - GL_S);
	if (mode != GL_OBJECT_LINEAR && mode != GL_EYE_LINEAR &&
	    !((mode == GL_SPHERE_MAP || mode == GL_REFLECTION_MAP ||
	       mode == GL_NORMAL_MAP) && c < 3))
		return PG_ERR_STATE;
	u = &e->s.unit[unit];
	u->gen_mode[c] = mode;
	memcpy(u->gen_obj[c], obj, 4 * sizeof(float));
	for (j = 0; j < 4; j++)
		u->gen_eye[c][j] = eye[0] * m[j * 4] + eye[1] * m[j * 4 + 1] +
				   eye[2] * m[j * 4 + 2] + eye[3] * m[j * 4 + 3];
	return PG_OK;
}

int pg_current(struct pg_engine *e, uint32_t bit, const float v[4])
{
	struct pg_state *s = &e->s;

	if (!finite4(v, 4))
		return PG_ERR_STATE;
	switch (bit) {
	case PG_V_COLOR: memcpy(s->cur_color, v, 16); break;
	case PG_V_NORMAL: memcpy(s->cur_normal, v, 12); break;
	case PG_V_TEX0: memcpy(s->cur_tex[0], v, 16); break;
	case PG_V_TEX1: memcpy(s->cur_tex[1], v, 16); break;
	case PG_V_SECONDARY: memcpy(s->cur_secondary, v, 16); break;
	case PG_V_FOG: s->cur_fog = v[0]; break;
	default: return PG_ERR_STATE;
	}
	return PG_OK;
}

int pg_load_matrix(struct pg_engine *e, uint32_t mode, uint32_t unit,
		   const float m[16])
{
	struct pg_state *s = &e->s;
	float id[16];

	if (!finite4(m, 16))
		return PG_ERR_STATE;
	switch (mode) {
	case GL_MODELVIEW:
		memcpy(s->modelview, m, 64);
		break;
	case GL_PROJECTION:
		memcpy(s->projection, m, 64);
		break;
	case GL_TEXTURE:
		if (unit >= PG_MAX_UNITS)
			return PG_ERR_STATE;
		memcpy(s->unit[unit].matrix, m, 64);
		pg_identity(id);
		s->unit[unit].matrix_identity = !memcmp(id, m, 64);
		return PG_OK;
	default:
		return PG_ERR_STATE;
	}
	pg_update_derived(e);
	return PG_OK;
}
