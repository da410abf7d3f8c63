/* glPushAttrib / glPopAttrib and the client-attribute stack.  Pushing
 * saves the whole shadow state; popping restores the requested groups and
 * brings the card back in line with one full state upload. */
#include <string.h>
#include "ctx.h"
#include "dlist.h"

static void send_enable(struct ctx *c, GLenum cap, int unit, GLboolean on)
{
	ppgl_cmd_u(c, PP_CLASS_STATE, PP_ENABLE, 3, (uint32_t)cap,
		   (uint32_t)unit, (uint32_t)(on != 0));
}

/* Uploads every piece of state the card keeps, from the shadow. */
void ppgl_send_all_state(struct ctx *c)
{
	const struct gl_state *s = &c->s;
	GLfloat id[16], f[4];
	uint32_t u[2];
	int i, k;

	send_enable(c, GL_ALPHA_TEST, 0, s->alpha_test);
	send_enable(c, GL_BLEND, 0, s->blend);
	send_enable(c, GL_CULL_FACE, 0, s->cull);
	send_enable(c, GL_DEPTH_TEST, 0, s->depth_test);
	send_enable(c, GL_DITHER, 0, s->dither);
	send_enable(c, GL_FOG, 0, s->fog);
	send_enable(c, GL_LIGHTING, 0, s->lighting);
	send_enable(c, GL_LINE_STIPPLE, 0, s->line_stipple);
	send_enable(c, GL_COLOR_LOGIC_OP, 0, s->logic_op);
	send_enable(c, GL_NORMALIZE, 0, s->normalize);
	send_enable(c, GL_RESCALE_NORMAL, 0, s->rescale_normal);
	send_enable(c, GL_COLOR_MATERIAL, 0, s->color_material);
	send_enable(c, GL_POLYGON_OFFSET_FILL, 0, s->poly_offset_fill);
	send_enable(c, GL_POLYGON_OFFSET_LINE, 0, s->poly_offset_line);
	send_enable(c, GL_POLYGON_OFFSET_POINT, 0, s->poly_offset_point);
	send_enable(c, GL_POLYGON_STIPPLE, 0, s->poly_stipple);
	send_enable(c, GL_SCISSOR_TEST, 0, s->scissor_test);
	send_enable(c, GL_STENCIL_TEST, 0, s->stencil_test);
	for (i = 0; i < NLIGHTS; i++)
		send_enable(c, GL_LIGHT0 + (GLenum)i, 0, s->light[i].on);
	for (i = 0; i < NPLANES; i++)
		send_enable(c, GL_CLIP_PLANE0 + (GLenum)i, 0, s->clip[i]);
	for (i = 0; i < NUNITS; i++) {
		const struct unit_state *t = &s->unit[i];

		send_enable(c, GL_TEXTURE_1D, i, t->e1d);
		send_enable(c, GL_TEXTURE_2D, i, t->e2d);
		send_enable(c, GL_TEXTURE_3D, i, t->e3d);
		send_enable(c, GL_TEXTURE_CUBE_MAP, i, t->ecube);
		for (k = 0; k < 4; k++)
			send_enable(c, GL_TEXTURE_GEN_S + (GLenum)k, i, t->gen[k]);
	}
	ppgl_cmd_u(c, PP_CLASS_STATE, PP_BLEND_FUNC, 4, s->blend_src_rgb,
		   s->blend_dst_rgb, s->blend_src_a, s->blend_dst_a);
	ppgl_cmd_u(c, PP_CLASS_STATE, PP_BLEND_EQUATION, 2, s->blend_eq_rgb,
		   s->blend_eq_a);
	ppgl_cmd_f(c, PP_CLASS_STATE, PP_BLEND_COLOR, 0, NULL, 4, s->blend_color);
	ppgl_cmd_u(c, PP_CLASS_STATE, PP_DEPTH_FUNC, 1, s->depth_func);
	ppgl_cmd_u(c, PP_CLASS_STATE, PP_DEPTH_MASK, 1, (uint32_t)s->depth_mask);
	ppgl_cmd_f(c, PP_CLASS_STATE, PP_DEPTH_RANGE, 0, NULL, 2, s->depth_range);
	u[0] = s->alpha_func;
	ppgl_cmd_f(c, PP_CLASS_STATE, PP_ALPHA_FUNC, 1, u, 1, &s->alpha_ref);
	ppgl_cmd_u(c, PP_CLASS_STATE, PP_STENCIL_FUNC, 3, s->stencil_func,
		   (uint32_t)(s->stencil_ref < 0 ? 0 : s->stencil_ref > 255 ? 255 :
			      s->stencil_ref), s->stencil_vmask & 255);
	ppgl_cmd_u(c, PP_CLASS_STATE, PP_STENCIL_OP, 3, s->stencil_fail,
		   s->stencil_zfail, s->stencil_zpass);
	ppgl_cmd_u(c, PP_CLASS_STATE, PP_STENCIL_MASK, 1, s->stencil_wmask & 255);
	ppgl_cmd_u(c, PP_CLASS_STATE, PP_COLOR_MASK, 4, (uint32_t)s->cmask[0],
		   (uint32_t)s->cmask[1], (uint32_t)s->cmask[2],
		   (uint32_t)s->cmask[3]);
	ppgl_cmd_u(c, PP_CLASS_STATE, PP_CULL_FACE, 1, s->cull_mode);
	ppgl_cmd_u(c, PP_CLASS_STATE, PP_FRONT_FACE, 1, s->front_face);
	ppgl_cmd_u(c, PP_CLASS_STATE, PP_POLYGON_MODE, 2, s->poly_mode[0],
		   s->poly_mode[1]);
	f[0] = s->offset_factor;
	f[1] = s->offset_units;
	ppgl_cmd_f(c, PP_CLASS_STATE, PP_POLYGON_OFFSET, 0, NULL, 2, f);
	ppgl_cmd_u(c, PP_CLASS_STATE, PP_SHADE_MODEL, 1, s->shade_model);
	ppgl_cmd_u(c, PP_CLASS_STATE, PP_SCISSOR, 4, (uint32_t)s->scissor[0],
		   (uint32_t)s->scissor[1], (uint32_t)s->scissor[2],
		   (uint32_t)s->scissor[3]);
	ppgl_cmd_u(c, PP_CLASS_STATE, PP_VIEWPORT, 4, (uint32_t)s->viewport[0],
		   (uint32_t)s->viewport[1], (uint32_t)s->viewport[2],
		   (uint32_t)s->viewport[3]);
	ppgl_cmd_f(c, PP_CLASS_STATE, PP_CLEAR_COLOR, 0, NULL, 4, s->clear_color);
	ppgl_cmd_f(c, PP_CLASS_STATE, PP_CLEAR_DEPTH, 0, NULL, 1, &s->clear_depth);
	ppgl_cmd_u(c, PP_CLASS_STATE, PP_CLEAR_STENCIL, 1,
		   (uint32_t)s->clear_stencil & 255);
	ppgl_send_fog(c);
	ppgl_cmd_u(c, PP_CLASS_STATE, PP_LOGIC_OP, 1, s->logic);
	ppgl_cmd_f(c, PP_CLASS_STATE, PP_POINT_SIZE, 0, NULL, 1, &s->point_size);
	ppgl_cmd_f(c, PP_CLASS_STATE, PP_LINE_WIDTH, 0, NULL, 1, &s->line_width);
	ppgl_cmd_u(c, PP_CLASS_STATE, PP_LINE_STIPPLE, 2,
		   (uint32_t)s->stipple_factor, (uint32_t)s->stipple_pattern);
	ppgl_send_stipple(c);

	/* eye-space quantities go through an identity modelview */
	pg_identity(id);
	u[0] = GL_MODELVIEW;
	u[1] = 0;
	ppgl_cmd_f(c, PP_CLASS_MATRIX, PP_LOAD_MATRIX, 2, u, 16, id);
	for (i = 0; i < NLIGHTS; i++) {
		const struct light_state *l = &s->light[i];
		GLfloat one[4] = { 0, 0, 0, 0 };

		u[0] = GL_LIGHT0 + (uint32_t)i;
#define L(p, v) do { u[1] = (p); ppgl_cmd_f(c, PP_CLASS_LIGHT, PP_LIGHT, 2, u, 4, v); } while (0)
		L(GL_AMBIENT, l->ambient);
		L(GL_DIFFUSE, l->diffuse);
		L(GL_SPECULAR, l->specular);
		L(GL_POSITION, l->position);
		memcpy(one, l->spot_dir, 12);
		L(GL_SPOT_DIRECTION, one);
		one[0] = l->spot_exp;
		L(GL_SPOT_EXPONENT, one);
		one[0] = l->spot_cutoff;
		L(GL_SPOT_CUTOFF, one);
		for (k = 0; k < 3; k++) {
			one[0] = l->att[k];
			L(GL_CONSTANT_ATTENUATION + (uint32_t)k, one);
		}
#undef L
	}
	for (i = 0; i < 2; i++) {
		const struct material_state *m = &s->mat[i];
		GLfloat sh[4] = { m->shininess, 0, 0, 0 };

		u[0] = i ? GL_BACK : GL_FRONT;
#define M(p, v) do { u[1] = (p); ppgl_cmd_f(c, PP_CLASS_LIGHT, PP_MATERIAL, 2, u, 4, v); } while (0)
		M(GL_AMBIENT, m->ambient);
		M(GL_DIFFUSE, m->diffuse);
		M(GL_SPECULAR, m->specular);
		M(GL_EMISSION, m->emission);
		M(GL_SHININESS, sh);
#undef M
	}
	u[0] = GL_LIGHT_MODEL_AMBIENT;
	ppgl_cmd_f(c, PP_CLASS_LIGHT, PP_LIGHT_MODEL, 1, u, 4, s->lm_ambient);
	f[1] = f[2] = f[3] = 0;
	u[0] = GL_LIGHT_MODEL_LOCAL_VIEWER;
	f[0] = s->lm_local;
	ppgl_cmd_f(c, PP_CLASS_LIGHT, PP_LIGHT_MODEL, 1, u, 4, f);
	u[0] = GL_LIGHT_MODEL_TWO_SIDE;
	f[0] = s->lm_two_side;
	ppgl_cmd_f(c, PP_CLASS_LIGHT, PP_LIGHT_MODEL, 1, u, 4, f);
	u[0] = GL_LIGHT_MODEL_COLOR_CONTROL;
	f[0] = (GLfloat)s->lm_color_control;
	ppgl_cmd_f(c, PP_CLASS_LIGHT, PP_LIGHT_MODEL, 1, u, 4, f);
	ppgl_cmd_u(c, PP_CLASS_LIGHT, PP_COLOR_MATERIAL, 2, s->cm_face,
		   s->cm_mode);
	for (i = 0; i < NPLANES; i++) {
		uint32_t pi = (uint32_t)i;

		ppgl_cmd_f(c, PP_CLASS_STATE, PP_CLIP_PLANE, 1, &pi, 4,
			   s->clip_plane[i]);
	}
	for (i = 0; i < NUNITS; i++) {
		const struct unit_state *t = &s->unit[i];

		for (k = 0; k < 4; k++)
			ppgl_send_texgen(c, i, k, t->gen_eye[k]);
		ppgl_send_texenv(c, i);
		ppgl_send_bindings(c, i);
		ppgl_send_matrix(c, GL_TEXTURE, i);
	}
	ppgl_send_matrix(c, GL_PROJECTION, 0);
	ppgl_send_matrix(c, GL_MODELVIEW, 0);
}

void glPushAttrib(GLbitfield mask)
{
	CTX;
	struct attrib_entry *a;
	int u;

	DL_REC(C, DL_PushAttrib, U(mask));
	if (C->in_begin) {
		ppgl_error(C, GL_INVALID_OPERATION);
		return;
	}
	if (C->attrib_top >= ATTRIB_DEPTH) {
		ppgl_error(C, GL_STACK_OVERFLOW);
		return;
	}
	a = &C->attrib[C->attrib_top++];
	a->mask = mask;
	a->s = C->s;
	for (u = 0; u < NUNITS; u++) {
		struct tex_obj *t1 = ppgl_tex_lookup(C, C->s.unit[u].bound1d,
						     GL_TEXTURE_1D, 1);
		struct tex_obj *t2 = ppgl_tex_lookup(C, C->s.unit[u].bound2d,
						     GL_TEXTURE_2D, 1);
		struct tex_obj *t3 = ppgl_tex_lookup(C, C->s.unit[u].bound3d,
						     GL_TEXTURE_3D, 1);
		struct tex_obj *tc = ppgl_tex_lookup(C, C->s.unit[u].boundcube,
						     GL_TEXTURE_CUBE_MAP, 1);

		a->bound1d[u] = C->s.unit[u].bound1d;
		a->bound2d[u] = C->s.unit[u].bound2d;
		a->bound3d[u] = C->s.unit[u].bound3d;
		a->boundcube[u] = C->s.unit[u].boundcube;
		a->tex1d[u] = *t1;
		a->tex2d[u] = *t2;
		a->tex3d[u] = *t3;
		a->texcube[u] = *tc;
	}
}

static void restore_tex_params(struct ctx *c, const struct tex_obj *saved,
			       GLuint name, GLenum target)
{
	struct tex_obj *t = ppgl_tex_lookup(c, name, target, 0);

	if (!t)
		return;
	t->min_filter = saved->min_filter;
	t->mag_filter = saved->mag_filter;
	t->wrap_s = saved->wrap_s;
	t->wrap_t = saved->wrap_t;
	t->wrap_r = saved->wrap_r;
	memcpy(t->border, saved->border, sizeof(t->border));
	t->min_lod = saved->min_lod;
	t->max_lod = saved->max_lod;
	t->base_level = saved->base_level;
	t->max_level = saved->max_level;
	t->priority = saved->priority;
	t->generate_mipmap = saved->generate_mipmap;
	ppgl_tex_send_params(c, t);
}

void glPopAttrib(void)
{
	CTX;
	struct attrib_entry *a;
	struct gl_state *s, *o;
	GLbitfield m;
	int i, u;

	DL_REC0(C, DL_PopAttrib);
	if (C->in_begin) {
		ppgl_error(C, GL_INVALID_OPERATION);
		return;
	}
	if (C->attrib_top == 0) {
		ppgl_error(C, GL_STACK_UNDERFLOW);
		return;
	}
	a = &C->attrib[--C->attrib_top];
	m = a->mask;
	s = &C->s;
	o = &a->s;
#define R(f) (s->f = o->f)
#define RA(f) memcpy(&s->f, &o->f, sizeof(s->f))
	if (m & GL_CURRENT_BIT) {
		RA(color); RA(normal); RA(tex); RA(secondary); R(fogcoord);
		R(edge); RA(raster_pos); RA(raster_color); RA(raster_tex);
		R(raster_distance); R(raster_valid); R(current_index);
	}
	if (m & (GL_ENABLE_BIT | GL_COLOR_BUFFER_BIT)) {
		R(alpha_test); R(blend); R(dither); R(logic_op);
	}
	if (m & (GL_ENABLE_BIT | GL_POLYGON_BIT)) {
		R(cull); R(poly_offset_fill); R(poly_offset_line);
		R(poly_offset_point); R(poly_stipple); R(polygon_smooth);
	}
	if (m & (GL_ENABLE_BIT | GL_DEPTH_BUFFER_BIT))
		R(depth_test);
	if (m & (GL_ENABLE_BIT | GL_FOG_BIT))
		R(fog);
	if (m & (GL_ENABLE_BIT | GL_LIGHTING_BIT)) {
		R(lighting); R(color_material);
		for (i = 0; i < NLIGHTS; i++)
			s->light[i].on = o->light[i].on;
	}
	if (m & (GL_ENABLE_BIT | GL_LINE_BIT)) {
		R(line_stipple); R(line_smooth);
	}
	if (m & (GL_ENABLE_BIT | GL_TRANSFORM_BIT)) {
		R(normalize); R(rescale_normal); RA(clip);
	}
	if (m & (GL_ENABLE_BIT | GL_SCISSOR_BIT))
		R(scissor_test);
	if (m & (GL_ENABLE_BIT | GL_STENCIL_BUFFER_BIT))
		R(stencil_test);
	if (m & (GL_ENABLE_BIT | GL_POINT_BIT))
		R(point_smooth);
	if (m & (GL_ENABLE_BIT | GL_EVAL_BIT)) {
		R(auto_normal); RA(map1); RA(map2);
	}
	if (m & GL_EVAL_BIT) {
		R(grid1_n); RA(grid2_n); RA(grid1); RA(grid2);
	}
	if (m & (GL_ENABLE_BIT | GL_MULTISAMPLE_BIT)) {
		R(multisample); R(sample_a2c); R(sample_a1); R(sample_cov);
	}
	if (m & GL_MULTISAMPLE_BIT) {
		R(sample_cov_value); R(sample_inv);
	}
	if (m & (GL_ENABLE_BIT | GL_TEXTURE_BIT))
		for (u = 0; u < NUNITS; u++) {
			s->unit[u].e1d = o->unit[u].e1d;
			s->unit[u].e2d = o->unit[u].e2d;
			s->unit[u].e3d = o->unit[u].e3d;
			s->unit[u].ecube = o->unit[u].ecube;
			memcpy(s->unit[u].gen, o->unit[u].gen, sizeof(o->unit[u].gen));
		}
	if (m & GL_COLOR_BUFFER_BIT) {
		R(alpha_func); R(alpha_ref); R(blend_src_rgb); R(blend_dst_rgb);
		R(blend_src_a); R(blend_dst_a); R(blend_eq_rgb); R(blend_eq_a);
		RA(blend_color); R(logic); RA(cmask); RA(clear_color);
		R(draw_buffer);
	}
	if (m & GL_DEPTH_BUFFER_BIT) {
		R(depth_func); R(depth_mask); R(clear_depth);
	}
	if (m & GL_STENCIL_BUFFER_BIT) {
		R(stencil_func); R(stencil_fail); R(stencil_zfail);
		R(stencil_zpass); R(stencil_ref); R(clear_stencil);
		R(stencil_vmask); R(stencil_wmask);
	}
	if (m & GL_POLYGON_BIT) {
		R(cull_mode); R(front_face); RA(poly_mode); R(offset_factor);
		R(offset_units);
	}
	if (m & GL_POLYGON_STIPPLE_BIT)
		RA(poly_stipple_bits);
	if (m & GL_LIGHTING_BIT) {
		for (i = 0; i < NLIGHTS; i++) {
			GLboolean on = s->light[i].on;

			s->light[i] = o->light[i];
			s->light[i].on = on;
		}
		RA(mat); RA(lm_ambient); R(lm_local); R(lm_two_side);
		R(lm_color_control); R(cm_face); R(cm_mode); R(shade_model);
	}
	if (m & GL_LINE_BIT) {
		R(line_width); R(stipple_factor); R(stipple_pattern);
	}
	if (m & GL_POINT_BIT)
		R(point_size);
	if (m & GL_FOG_BIT) {
		R(fog_mode); R(fog_density); R(fog_start); R(fog_end);
		RA(fog_color); R(fog_index);
	}
	if (m & GL_HINT_BIT) {
		R(hint_persp); R(hint_point); R(hint_line); R(hint_poly);
		R(hint_fog); R(hint_mipmap); R(compression_hint);
	}
	if (m & GL_VIEWPORT_BIT) {
		RA(viewport); RA(depth_range);
	}
	if (m & GL_SCISSOR_BIT)
		RA(scissor);
	if (m & GL_TRANSFORM_BIT) {
		R(matrix_mode); RA(clip_plane);
	}
	if (m & GL_PIXEL_MODE_BIT) {
		RA(zoom); RA(scale); RA(bias); R(depth_scale); R(depth_bias);
		R(map_color); R(map_stencil); R(index_shift); R(index_offset);
		R(read_buffer);
	}
	if (m & GL_ACCUM_BUFFER_BIT)
		RA(accum_clear);
	if (m & GL_LIST_BIT)
		R(list_base);
	if (m & GL_TEXTURE_BIT) {
		for (u = 0; u < NUNITS; u++) {
			struct unit_state *t = &s->unit[u];
			const struct unit_state *ot = &o->unit[u];

			t->bound1d = a->bound1d[u];
			t->bound2d = a->bound2d[u];
			t->bound3d = a->bound3d[u];
			t->boundcube = a->boundcube[u];
			t->env_mode = ot->env_mode;
			memcpy(t->env_color, ot->env_color, sizeof(t->env_color));
			t->comb_rgb = ot->comb_rgb;
			t->comb_a = ot->comb_a;
			memcpy(t->src_rgb, ot->src_rgb, sizeof(t->src_rgb));
			memcpy(t->src_a, ot->src_a, sizeof(t->src_a));
			memcpy(t->op_rgb, ot->op_rgb, sizeof(t->op_rgb));
			memcpy(t->op_a, ot->op_a, sizeof(t->op_a));
			t->scale_rgb = ot->scale_rgb;
			t->scale_a = ot->scale_a;
			memcpy(t->gen_mode, ot->gen_mode, sizeof(t->gen_mode));
			memcpy(t->gen_obj, ot->gen_obj, sizeof(t->gen_obj));
			memcpy(t->gen_eye, ot->gen_eye, sizeof(t->gen_eye));
			restore_tex_params(C, &a->tex1d[u], t->bound1d,
					   GL_TEXTURE_1D);
			restore_tex_params(C, &a->tex2d[u], t->bound2d,
					   GL_TEXTURE_2D);
			restore_tex_params(C, &a->tex3d[u], t->bound3d,
					   GL_TEXTURE_3D);
			restore_tex_params(C, &a->texcube[u], t->boundcube,
					   GL_TEXTURE_CUBE_MAP);
		}
		R(active_unit);
	}
#undef R
#undef RA
	ppgl_send_all_state(C);
}

void glPushClientAttrib(GLbitfield mask)
{
	CTX;

	if (C->cattrib_top >= ATTRIB_DEPTH) {
		ppgl_error(C, GL_STACK_OVERFLOW);
		return;
	}
	C->cattrib[C->cattrib_top].mask = mask;
	C->cattrib[C->cattrib_top].c = C->c;
	C->cattrib_top++;
}

void glPopClientAttrib(void)
{
	CTX;
	struct client_attrib_entry *a;

	if (C->cattrib_top == 0) {
		ppgl_error(C, GL_STACK_UNDERFLOW);
		return;
	}
	a = &C->cattrib[--C->cattrib_top];
	if (a->mask & GL_CLIENT_PIXEL_STORE_BIT) {
		C->c.pack = a->c.pack;
		C->c.unpack = a->c.unpack;
	}
	if (a->mask & GL_CLIENT_VERTEX_ARRAY_BIT) {
		struct pixel_store pk = C->c.pack, up = C->c.unpack;

		C->c = a->c;
		C->c.pack = pk;
		C->c.unpack = up;
		if (a->mask & GL_CLIENT_PIXEL_STORE_BIT) {
			C->c.pack = a->c.pack;
			C->c.unpack = a->c.unpack;
		}
	}
}
