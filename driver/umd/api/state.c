/* Fragment and rasterization state: validated, shadowed for glGet and
 * glPushAttrib, and sent to the card; the initial values of all GL state
 * this file, enable.c and lighting.c keep. */
#include <math.h>
#include <string.h>
#include "ctx.h"
#include "dlist.h"

static void set4(GLfloat *d, GLfloat a, GLfloat b, GLfloat c, GLfloat w)
{
	d[0] = a;
	d[1] = b;
	d[2] = c;
	d[3] = w;
}

static GLfloat clampf(GLfloat v)
{
	return v < 0 ? 0 : v > 1 ? 1 : v;
}

void ppgl_state_init(struct ctx *c)
{
	struct gl_state *s = &c->s;
	int i, u;

	memset(s, 0, sizeof(*s));
	c->render_mode = GL_RENDER;
	c->fb_type = GL_2D;
	s->dither = GL_TRUE;
	s->multisample = GL_TRUE;
	s->sample_cov_value = 1;
	s->alpha_func = GL_ALWAYS;
	s->blend_src_rgb = s->blend_src_a = GL_ONE;
	s->blend_dst_rgb = s->blend_dst_a = GL_ZERO;
	s->blend_eq_rgb = s->blend_eq_a = GL_FUNC_ADD;
	s->logic = GL_COPY;
	for (i = 0; i < 4; i++)
		s->cmask[i] = GL_TRUE;
	s->draw_buffer = s->read_buffer = GL_BACK;
	s->depth_func = GL_LESS;
	s->depth_mask = GL_TRUE;
	s->depth_range[1] = 1;
	s->clear_depth = 1;
	s->stencil_func = GL_ALWAYS;
	s->stencil_fail = s->stencil_zfail = s->stencil_zpass = GL_KEEP;
	s->stencil_vmask = s->stencil_wmask = ~0u;
	s->cull_mode = GL_BACK;
	s->front_face = GL_CCW;
	s->poly_mode[0] = s->poly_mode[1] = GL_FILL;
	s->shade_model = GL_SMOOTH;
	s->point_size = s->line_width = 1;
	s->stipple_factor = 1;
	s->stipple_pattern = 0xffff;
	memset(s->poly_stipple_bits, 0xff, sizeof(s->poly_stipple_bits));
	s->viewport[2] = s->scissor[2] = c->width;
	s->viewport[3] = s->scissor[3] = c->height;
	s->fog_mode = GL_EXP;
	s->fog_density = 1;
	s->fog_end = 1;
	for (i = 0; i < NLIGHTS; i++) {
		struct light_state *l = &s->light[i];

		set4(l->ambient, 0, 0, 0, 1);
		set4(l->diffuse, i == 0, i == 0, i == 0, 1);
		set4(l->specular, i == 0, i == 0, i == 0, 1);
		set4(l->position, 0, 0, 1, 0);
		l->spot_dir[2] = -1;
		l->spot_cutoff = 180;
		l->att[0] = 1;
	}
	for (i = 0; i < 2; i++) {
		set4(s->mat[i].ambient, 0.2f, 0.2f, 0.2f, 1);
		set4(s->mat[i].diffuse, 0.8f, 0.8f, 0.8f, 1);
		set4(s->mat[i].specular, 0, 0, 0, 1);
		set4(s->mat[i].emission, 0, 0, 0, 1);
	}
	set4(s->lm_ambient, 0.2f, 0.2f, 0.2f, 1);
	s->lm_color_control = GL_SINGLE_COLOR;
	s->cm_face = GL_FRONT_AND_BACK;
	s->cm_mode = GL_AMBIENT_AND_DIFFUSE;
	for (u = 0; u < NUNITS; u++) {
		struct unit_state *t = &s->unit[u];

		t->env_mode = GL_MODULATE;
		t->comb_rgb = t->comb_a = GL_MODULATE;
		t->src_rgb[0] = t->src_a[0] = GL_TEXTURE;
		t->src_rgb[1] = t->src_a[1] = GL_PREVIOUS;
		t->src_rgb[2] = t->src_a[2] = GL_CONSTANT;
		t->op_rgb[0] = t->op_rgb[1] = GL_SRC_COLOR;
		t->op_rgb[2] = GL_SRC_ALPHA;
		t->op_a[0] = t->op_a[1] = t->op_a[2] = GL_SRC_ALPHA;
		t->scale_rgb = t->scale_a = 1;
		for (i = 0; i < 4; i++)
			t->gen_mode[i] = GL_EYE_LINEAR;
		t->gen_obj[0][0] = t->gen_eye[0][0] = 1;
		t->gen_obj[1][1] = t->gen_eye[1][1] = 1;
		set4(s->tex[u], 0, 0, 0, 1);
	}
	s->matrix_mode = GL_MODELVIEW;
	set4(s->color, 1, 1, 1, 1);
	s->normal[2] = 1;
	set4(s->secondary, 0, 0, 0, 1);
	s->edge = GL_TRUE;
	set4(s->raster_color, 1, 1, 1, 1);
	set4(s->raster_tex, 0, 0, 0, 1);
	s->raster_pos[3] = 1;
	s->raster_valid = GL_TRUE;
	s->current_index = 1;
	s->zoom[0] = s->zoom[1] = 1;
	for (i = 0; i < 4; i++)
		s->scale[i] = 1;
	s->depth_scale = 1;
	ppgl_pixel_map_init(&c->pmap);
	s->hint_persp = s->hint_point = s->hint_line = s->hint_poly =
		s->hint_fog = s->hint_mipmap = s->compression_hint =
		GL_DONT_CARE;
	ppgl_eval_init(c);	/* grids here, maps beside the state */
}

static int is_blend_factor(GLenum f, int dst)
{
	switch (f) {
	case GL_ZERO: case GL_ONE: case GL_SRC_COLOR: case GL_ONE_MINUS_SRC_COLOR:
	case GL_DST_COLOR: case GL_ONE_MINUS_DST_COLOR: case GL_SRC_ALPHA:
	case GL_ONE_MINUS_SRC_ALPHA: case GL_DST_ALPHA:
	case GL_ONE_MINUS_DST_ALPHA: case GL_CONSTANT_COLOR:
	case GL_ONE_MINUS_CONSTANT_COLOR: case GL_CONSTANT_ALPHA:
	case GL_ONE_MINUS_CONSTANT_ALPHA:
		return 1;
	case GL_SRC_ALPHA_SATURATE:
		return !dst;
	}
	return 0;
}

void glBlendFuncSeparate(GLenum sr, GLenum dr, GLenum sa, GLenum da)
{
	CTX;
	DL_REC(C, DL_BlendFuncSeparate, U(sr), U(dr), U(sa), U(da));
	NOT_IN_BEGIN(C);
	if (!is_blend_factor(sr, 0) || !is_blend_factor(dr, 1) ||
	    !is_blend_factor(sa, 0) || !is_blend_factor(da, 1)) {
		ppgl_error(C, GL_INVALID_ENUM);
		return;
	}
	C->s.blend_src_rgb = sr;
	C->s.blend_dst_rgb = dr;
	C->s.blend_src_a = sa;
	C->s.blend_dst_a = da;
	ppgl_cmd_u(C, PP_CLASS_STATE, PP_BLEND_FUNC, 4, sr, dr, sa, da);
}

void glBlendFuncSeparateEXT(GLenum sr, GLenum dr, GLenum sa, GLenum da)
{
	glBlendFuncSeparate(sr, dr, sa, da);
}

void glBlendFunc(GLenum s, GLenum d)
{
	glBlendFuncSeparate(s, d, s, d);
}

void glBlendEquation(GLenum m)
{
	CTX;
	DL_REC(C, DL_BlendEquation, U(m));
	NOT_IN_BEGIN(C);
	if (m != GL_FUNC_ADD && m != GL_FUNC_SUBTRACT &&
	    m != GL_FUNC_REVERSE_SUBTRACT && m != GL_MIN && m != GL_MAX) {
		ppgl_error(C, GL_INVALID_ENUM);
		return;
	}
	C->s.blend_eq_rgb = C->s.blend_eq_a = m;
	ppgl_cmd_u(C, PP_CLASS_STATE, PP_BLEND_EQUATION, 2, m, m);
}

void glBlendEquationEXT(GLenum m) { glBlendEquation(m); }

void glBlendColor(GLfloat r, GLfloat g, GLfloat b, GLfloat a)
{
	CTX;
	DL_REC(C, DL_BlendColor, F(r), F(g), F(b), F(a));
	NOT_IN_BEGIN(C);
	set4(C->s.blend_color, clampf(r), clampf(g), clampf(b), clampf(a));
	ppgl_cmd_f(C, PP_CLASS_STATE, PP_BLEND_COLOR, 0, NULL, 4,
		   C->s.blend_color);
}

void glBlendColorEXT(GLfloat r, GLfloat g, GLfloat b, GLfloat a)
{
	glBlendColor(r, g, b, a);
}

static int is_func(GLenum f)
{
	return f >= GL_NEVER && f <= GL_ALWAYS;
}

void glDepthFunc(GLenum f)
{
	CTX;
	DL_REC(C, DL_DepthFunc, U(f));
	NOT_IN_BEGIN(C);
	if (!is_func(f)) {
		ppgl_error(C, GL_INVALID_ENUM);
		return;
	}
	C->s.depth_func = f;
	ppgl_cmd_u(C, PP_CLASS_STATE, PP_DEPTH_FUNC, 1, f);
}

void glDepthMask(GLboolean m)
{
	CTX;
	DL_REC(C, DL_DepthMask, U(m));
	NOT_IN_BEGIN(C);
	C->s.depth_mask = m != 0;
	ppgl_cmd_u(C, PP_CLASS_STATE, PP_DEPTH_MASK, 1, (uint32_t)(m != 0));
}

void glDepthRange(GLclampd n, GLclampd f)
{
	CTX;
	GLfloat v[2];

	DL_REC(C, DL_DepthRange, F(n), F(f));
	NOT_IN_BEGIN(C);
	v[0] = C->s.depth_range[0] = clampf((GLfloat)n);
	v[1] = C->s.depth_range[1] = clampf((GLfloat)f);
	ppgl_cmd_f(C, PP_CLASS_STATE, PP_DEPTH_RANGE, 0, NULL, 2, v);
}

void glAlphaFunc(GLenum f, GLclampf ref)
{
	CTX;
	uint32_t u = f;
	GLfloat r;

	DL_REC(C, DL_AlphaFunc, U(f), F(ref));
	NOT_IN_BEGIN(C);
	if (!is_func(f)) {
		ppgl_error(C, GL_INVALID_ENUM);
		return;
	}
	C->s.alpha_func = f;
	r = C->s.alpha_ref = clampf(ref);
	ppgl_cmd_f(C, PP_CLASS_STATE, PP_ALPHA_FUNC, 1, &u, 1, &r);
}

void glStencilFunc(GLenum f, GLint ref, GLuint mask)
{
	CTX;
	DL_REC(C, DL_StencilFunc, U(f), I(ref), U(mask));
	NOT_IN_BEGIN(C);
	if (!is_func(f)) {
		ppgl_error(C, GL_INVALID_ENUM);
		return;
	}
	C->s.stencil_func = f;
	C->s.stencil_ref = ref;
	C->s.stencil_vmask = mask;
	ppgl_cmd_u(C, PP_CLASS_STATE, PP_STENCIL_FUNC, 3, f,
		   (uint32_t)(ref < 0 ? 0 : ref > 255 ? 255 : ref), mask & 255);
}

static int is_stencil_op(GLenum op)
{
	switch (op) {
	case GL_KEEP: case GL_ZERO: case GL_REPLACE: case GL_INCR: case GL_DECR:
	case GL_INVERT: case GL_INCR_WRAP: case GL_DECR_WRAP:
		return 1;
	}
	return 0;
}

void glStencilOp(GLenum fail, GLenum zfail, GLenum zpass)
{
	CTX;
	DL_REC(C, DL_StencilOp, U(fail), U(zfail), U(zpass));
	NOT_IN_BEGIN(C);
	if (!is_stencil_op(fail) || !is_stencil_op(zfail) ||
	    !is_stencil_op(zpass)) {
		ppgl_error(C, GL_INVALID_ENUM);
		return;
	}
	C->s.stencil_fail = fail;
	C->s.stencil_zfail = zfail;
	C->s.stencil_zpass = zpass;
	ppgl_cmd_u(C, PP_CLASS_STATE, PP_STENCIL_OP, 3, fail, zfail, zpass);
}

void glStencilMask(GLuint m)
{
	CTX;
	DL_REC(C, DL_StencilMask, U(m));
	NOT_IN_BEGIN(C);
	C->s.stencil_wmask = m;
	ppgl_cmd_u(C, PP_CLASS_STATE, PP_STENCIL_MASK, 1, m & 255);
}

void glColorMask(GLboolean r, GLboolean g, GLboolean b, GLboolean a)
{
	CTX;
	DL_REC(C, DL_ColorMask, U(r), U(g), U(b), U(a));
	NOT_IN_BEGIN(C);
	C->s.cmask[0] = r != 0;
	C->s.cmask[1] = g != 0;
	C->s.cmask[2] = b != 0;
	C->s.cmask[3] = a != 0;
	ppgl_cmd_u(C, PP_CLASS_STATE, PP_COLOR_MASK, 4, (uint32_t)(r != 0),
		   (uint32_t)(g != 0), (uint32_t)(b != 0), (uint32_t)(a != 0));
}

void glCullFace(GLenum m)
{
	CTX;
	DL_REC(C, DL_CullFace, U(m));
	NOT_IN_BEGIN(C);
	if (m != GL_FRONT && m != GL_BACK && m != GL_FRONT_AND_BACK) {
		ppgl_error(C, GL_INVALID_ENUM);
		return;
	}
	C->s.cull_mode = m;
	ppgl_cmd_u(C, PP_CLASS_STATE, PP_CULL_FACE, 1, m);
}

void glFrontFace(GLenum m)
{
	CTX;
	DL_REC(C, DL_FrontFace, U(m));
	NOT_IN_BEGIN(C);
	if (m != GL_CW && m != GL_CCW) {
		ppgl_error(C, GL_INVALID_ENUM);
		return;
	}
	C->s.front_face = m;
	ppgl_cmd_u(C, PP_CLASS_STATE, PP_FRONT_FACE, 1, m);
}

void glPolygonMode(GLenum face, GLenum mode)
{
	CTX;
	DL_REC(C, DL_PolygonMode, U(face), U(mode));
	NOT_IN_BEGIN(C);
	if ((face != GL_FRONT && face != GL_BACK && face != GL_FRONT_AND_BACK) ||
	    (mode != GL_POINT && mode != GL_LINE && mode != GL_FILL)) {
		ppgl_error(C, GL_INVALID_ENUM);
		return;
	}
	if (face != GL_BACK)
		C->s.poly_mode[0] = mode;
	if (face != GL_FRONT)
		C->s.poly_mode[1] = mode;
	ppgl_cmd_u(C, PP_CLASS_STATE, PP_POLYGON_MODE, 2, C->s.poly_mode[0],
		   C->s.poly_mode[1]);
}

void glPolygonOffset(GLfloat factor, GLfloat units)
{
	CTX;
	GLfloat v[2] = { factor, units };

	DL_REC(C, DL_PolygonOffset, F(factor), F(units));
	NOT_IN_BEGIN(C);
	C->s.offset_factor = factor;
	C->s.offset_units = units;
	ppgl_cmd_f(C, PP_CLASS_STATE, PP_POLYGON_OFFSET, 0, NULL, 2, v);
}

void glShadeModel(GLenum m)
{
	CTX;
	DL_REC(C, DL_ShadeModel, U(m));
	NOT_IN_BEGIN(C);
	if (m != GL_FLAT && m != GL_SMOOTH) {
		ppgl_error(C, GL_INVALID_ENUM);
		return;
	}
	C->s.shade_model = m;
	ppgl_cmd_u(C, PP_CLASS_STATE, PP_SHADE_MODEL, 1, m);
}

void glScissor(GLint x, GLint y, GLsizei w, GLsizei h)
{
	CTX;
	DL_REC(C, DL_Scissor, I(x), I(y), I(w), I(h));
	NOT_IN_BEGIN(C);
	if (w < 0 || h < 0) {
		ppgl_error(C, GL_INVALID_VALUE);
		return;
	}
	C->s.scissor[0] = x;
	C->s.scissor[1] = y;
	C->s.scissor[2] = w;
	C->s.scissor[3] = h;
	ppgl_cmd_u(C, PP_CLASS_STATE, PP_SCISSOR, 4, (uint32_t)x, (uint32_t)y,
		   (uint32_t)w, (uint32_t)h);
}

void glViewport(GLint x, GLint y, GLsizei w, GLsizei h)
{
	CTX;
	DL_REC(C, DL_Viewport, I(x), I(y), I(w), I(h));
	NOT_IN_BEGIN(C);
	if (w < 0 || h < 0) {
		ppgl_error(C, GL_INVALID_VALUE);
		return;
	}
	if (w > MAX_TEX_SIZE)
		w = MAX_TEX_SIZE;
	if (h > MAX_TEX_SIZE)
		h = MAX_TEX_SIZE;
	C->s.viewport[0] = x;
	C->s.viewport[1] = y;
	C->s.viewport[2] = w;
	C->s.viewport[3] = h;
	ppgl_cmd_u(C, PP_CLASS_STATE, PP_VIEWPORT, 4, (uint32_t)x, (uint32_t)y,
		   (uint32_t)w, (uint32_t)h);
}

void glClearColor(GLclampf r, GLclampf g, GLclampf b, GLclampf a)
{
	CTX;
	DL_REC(C, DL_ClearColor, F(r), F(g), F(b), F(a));
	NOT_IN_BEGIN(C);
	set4(C->s.clear_color, clampf(r), clampf(g), clampf(b), clampf(a));
	ppgl_cmd_f(C, PP_CLASS_STATE, PP_CLEAR_COLOR, 0, NULL, 4,
		   C->s.clear_color);
}

void glClearDepth(GLclampd d)
{
	CTX;
	DL_REC(C, DL_ClearDepth, F(d));
	NOT_IN_BEGIN(C);
	C->s.clear_depth = clampf((GLfloat)d);
	ppgl_cmd_f(C, PP_CLASS_STATE, PP_CLEAR_DEPTH, 0, NULL, 1,
		   &C->s.clear_depth);
}

void glClearStencil(GLint s)
{
	CTX;
	DL_REC(C, DL_ClearStencil, I(s));
	NOT_IN_BEGIN(C);
	C->s.clear_stencil = s;
	ppgl_cmd_u(C, PP_CLASS_STATE, PP_CLEAR_STENCIL, 1, (uint32_t)s & 255);
}

void ppgl_send_fog(struct ctx *c)
{
	uint32_t *p = ppgl_cmd(c, PP_CLASS_STATE, PP_FOG, 8);
	int i;

	p[0] = c->s.fog_mode;
	p[1] = fbits(c->s.fog_density);
	p[2] = fbits(c->s.fog_start);
	p[3] = fbits(c->s.fog_end);
	for (i = 0; i < 4; i++)
		p[4 + i] = fbits(c->s.fog_color[i]);
}

void glFogfv(GLenum pname, const GLfloat *v)
{
	CTX;
	struct gl_state *s = &C->s;

	DL_REC(C, DL_Fogfv, U(pname), F(v[0]),
	       F(pname == GL_FOG_COLOR ? v[1] : 0),
	       F(pname == GL_FOG_COLOR ? v[2] : 0),
	       F(pname == GL_FOG_COLOR ? v[3] : 0));
	NOT_IN_BEGIN(C);
	switch (pname) {
	case GL_FOG_MODE: {
		GLenum m = (GLenum)v[0];

		if (m != GL_LINEAR && m != GL_EXP && m != GL_EXP2) {
			ppgl_error(C, GL_INVALID_ENUM);
			return;
		}
		s->fog_mode = m;
		break;
	}
	case GL_FOG_DENSITY:
		if (v[0] < 0) {
			ppgl_error(C, GL_INVALID_VALUE);
			return;
		}
		s->fog_density = v[0];
		break;
	case GL_FOG_START: s->fog_start = v[0]; break;
	case GL_FOG_END: s->fog_end = v[0]; break;
	case GL_FOG_INDEX: s->fog_index = v[0]; return;
	case GL_FOG_COLOR:
		set4(s->fog_color, clampf(v[0]), clampf(v[1]), clampf(v[2]),
		     clampf(v[3]));
		break;
	case GL_FOG_COORDINATE_SOURCE:
		return;
	default:
		ppgl_error(C, GL_INVALID_ENUM);
		return;
	}
	ppgl_send_fog(C);
}

void glFogf(GLenum pname, GLfloat v)
{
	GLfloat f[4] = { v, 0, 0, 0 };

	glFogfv(pname, f);
}

void glFogi(GLenum pname, GLint v)
{
	glFogf(pname, (GLfloat)v);
}

void glFogiv(GLenum pname, const GLint *v)
{
	GLfloat f[4];
	int i;

	if (pname == GL_FOG_COLOR) {
		for (i = 0; i < 4; i++)
			f[i] = (GLfloat)v[i] / 2147483647.0f;
	} else {
		f[0] = (GLfloat)v[0];
	}
	glFogfv(pname, f);
}

void glLogicOp(GLenum op)
{
	CTX;
	DL_REC(C, DL_LogicOp, U(op));
	NOT_IN_BEGIN(C);
	if (op < GL_CLEAR || op > GL_SET) {
		ppgl_error(C, GL_INVALID_ENUM);
		return;
	}
	C->s.logic = op;
	ppgl_cmd_u(C, PP_CLASS_STATE, PP_LOGIC_OP, 1, op);
}

void glPointSize(GLfloat size)
{
	CTX;
	DL_REC(C, DL_PointSize, F(size));
	NOT_IN_BEGIN(C);
	if (!(size > 0)) {
		ppgl_error(C, GL_INVALID_VALUE);
		return;
	}
	C->s.point_size = size;
	ppgl_cmd_f(C, PP_CLASS_STATE, PP_POINT_SIZE, 0, NULL, 1, &size);
}

void glLineWidth(GLfloat w)
{
	CTX;
	DL_REC(C, DL_LineWidth, F(w));
	NOT_IN_BEGIN(C);
	if (!(w > 0)) {
		ppgl_error(C, GL_INVALID_VALUE);
		return;
	}
	C->s.line_width = w;
	ppgl_cmd_f(C, PP_CLASS_STATE, PP_LINE_WIDTH, 0, NULL, 1, &w);
}

void glLineStipple(GLint factor, GLushort pattern)
{
	CTX;
	DL_REC(C, DL_LineStipple, I(factor), U(pattern));
	NOT_IN_BEGIN(C);
	factor = factor < 1 ? 1 : factor > 256 ? 256 : factor;
	C->s.stipple_factor = factor;
	C->s.stipple_pattern = pattern;
	ppgl_cmd_u(C, PP_CLASS_STATE, PP_LINE_STIPPLE, 2, (uint32_t)factor,
		   (uint32_t)pattern);
}

void ppgl_send_stipple(struct ctx *c)
{
	uint32_t *p = ppgl_cmd(c, PP_CLASS_STATE, PP_POLYGON_STIPPLE, 32);
	int r;

	for (r = 0; r < 32; r++) {
		const GLubyte *b = &c->s.poly_stipple_bits[r * 4];

		p[r] = (uint32_t)b[0] << 24 | (uint32_t)b[1] << 16 |
		       (uint32_t)b[2] << 8 | b[3];
	}
}

void glHint(GLenum target, GLenum mode)
{
	CTX;
	GLenum *p;

	DL_REC(C, DL_Hint, U(target), U(mode));
	NOT_IN_BEGIN(C);
	switch (target) {
	case GL_PERSPECTIVE_CORRECTION_HINT: p = &C->s.hint_persp; break;
	case GL_POINT_SMOOTH_HINT: p = &C->s.hint_point; break;
	case GL_LINE_SMOOTH_HINT: p = &C->s.hint_line; break;
	case GL_POLYGON_SMOOTH_HINT: p = &C->s.hint_poly; break;
	case GL_FOG_HINT: p = &C->s.hint_fog; break;
	case GL_GENERATE_MIPMAP_HINT: p = &C->s.hint_mipmap; break;
	case GL_TEXTURE_COMPRESSION_HINT: p = &C->s.compression_hint; break;
	default:
		ppgl_error(C, GL_INVALID_ENUM);
		return;
	}
	if (mode != GL_FASTEST && mode != GL_NICEST && mode != GL_DONT_CARE) {
		ppgl_error(C, GL_INVALID_ENUM);
		return;
	}
	*p = mode;
}

void glClipPlane(GLenum plane, const GLdouble *eq)
{
	CTX;
	GLfloat inv[16], e[4];
	uint32_t u;
	int i, j;

	DL_REC(C, DL_ClipPlane, U(plane), F(eq[0]), F(eq[1]), F(eq[2]),
	       F(eq[3]));
	NOT_IN_BEGIN(C);
	if (plane < GL_CLIP_PLANE0 || plane >= GL_CLIP_PLANE0 + NPLANES) {
		ppgl_error(C, GL_INVALID_ENUM);
		return;
	}
	i = (int)(plane - GL_CLIP_PLANE0);
	for (j = 0; j < 4; j++)
		e[j] = (GLfloat)eq[j];
	if (!pg_mat_invert(inv, C->mv[C->mv_top]))
		pg_identity(inv);
	for (j = 0; j < 4; j++)
		C->s.clip_plane[i][j] = e[0] * inv[j * 4] + e[1] * inv[j * 4 + 1] +
					e[2] * inv[j * 4 + 2] +
					e[3] * inv[j * 4 + 3];
	u = (uint32_t)i;
	ppgl_cmd_f(C, PP_CLASS_STATE, PP_CLIP_PLANE, 1, &u, 4, e);
}

void glClear(GLbitfield mask)
{
	CTX;
	DL_REC(C, DL_Clear, U(mask));
	NOT_IN_BEGIN(C);
	if (mask & ~(GLbitfield)(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT |
				 GL_STENCIL_BUFFER_BIT | GL_ACCUM_BUFFER_BIT)) {
		ppgl_error(C, GL_INVALID_VALUE);
		return;
	}
	if (C->render_mode != GL_RENDER)	/* no fragments in selection */
		return;
	ppgl_cmd_u(C, PP_CLASS_DRAW, PP_CLEAR, 1, mask);
}
