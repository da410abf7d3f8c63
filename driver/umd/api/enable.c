/* glEnable, glDisable: capabilities shadowed and, where the card knows
 * them, sent to it. */
#include "ctx.h"
#include "dlist.h"

static GLboolean *enable_ptr(struct ctx *c, GLenum cap)
{
	struct gl_state *s = &c->s;
	struct unit_state *u = &s->unit[s->active_unit];

	switch (cap) {
	case GL_ALPHA_TEST: return &s->alpha_test;
	case GL_BLEND: return &s->blend;
	case GL_CULL_FACE: return &s->cull;
	case GL_DEPTH_TEST: return &s->depth_test;
	case GL_DITHER: return &s->dither;
	case GL_FOG: return &s->fog;
	case GL_LIGHTING: return &s->lighting;
	case GL_LINE_STIPPLE: return &s->line_stipple;
	case GL_COLOR_LOGIC_OP: return &s->logic_op;
	case GL_NORMALIZE: return &s->normalize;
	case GL_RESCALE_NORMAL: return &s->rescale_normal;
	case GL_COLOR_MATERIAL: return &s->color_material;
	case GL_POLYGON_OFFSET_FILL: return &s->poly_offset_fill;
	case GL_POLYGON_OFFSET_LINE: return &s->poly_offset_line;
	case GL_POLYGON_OFFSET_POINT: return &s->poly_offset_point;
	case GL_POLYGON_STIPPLE: return &s->poly_stipple;
	case GL_SCISSOR_TEST: return &s->scissor_test;
	case GL_STENCIL_TEST: return &s->stencil_test;
	case GL_POINT_SMOOTH: return &s->point_smooth;
	case GL_LINE_SMOOTH: return &s->line_smooth;
	case GL_POLYGON_SMOOTH: return &s->polygon_smooth;
	case GL_AUTO_NORMAL: return &s->auto_normal;
	case GL_TEXTURE_1D: return &u->e1d;
	case GL_TEXTURE_2D: return &u->e2d;
	case GL_TEXTURE_3D: return &u->e3d;
	case GL_TEXTURE_CUBE_MAP: return &u->ecube;
	case GL_MULTISAMPLE: return &s->multisample;
	case GL_SAMPLE_ALPHA_TO_COVERAGE: return &s->sample_a2c;
	case GL_SAMPLE_ALPHA_TO_ONE: return &s->sample_a1;
	case GL_SAMPLE_COVERAGE: return &s->sample_cov;
	case GL_TEXTURE_GEN_S: case GL_TEXTURE_GEN_T:
	case GL_TEXTURE_GEN_R: case GL_TEXTURE_GEN_Q:
		return &u->gen[cap - GL_TEXTURE_GEN_S];
	}
	if (cap >= GL_LIGHT0 && cap < GL_LIGHT0 + NLIGHTS)
		return &s->light[cap - GL_LIGHT0].on;
	if (cap >= GL_CLIP_PLANE0 && cap < GL_CLIP_PLANE0 + NPLANES)
		return &s->clip[cap - GL_CLIP_PLANE0];
	if (cap >= GL_MAP1_COLOR_4 && cap <= GL_MAP1_VERTEX_4)
		return &s->map1[cap - GL_MAP1_COLOR_4];
	if (cap >= GL_MAP2_COLOR_4 && cap <= GL_MAP2_VERTEX_4)
		return &s->map2[cap - GL_MAP2_COLOR_4];
	return NULL;
}

/* Caps the card does not know about are shadowed only; evaluators run
 * in the driver, so their maps are among them. */
static int card_cap(GLenum cap)
{
	if ((cap >= GL_MAP1_COLOR_4 && cap <= GL_MAP1_VERTEX_4) ||
	    (cap >= GL_MAP2_COLOR_4 && cap <= GL_MAP2_VERTEX_4))
		return 0;
	switch (cap) {
	case GL_POINT_SMOOTH: case GL_LINE_SMOOTH: case GL_POLYGON_SMOOTH:
	case GL_AUTO_NORMAL: case GL_MULTISAMPLE:
	case GL_SAMPLE_ALPHA_TO_COVERAGE: case GL_SAMPLE_ALPHA_TO_ONE:
	case GL_SAMPLE_COVERAGE:
		return 0;
	}
	return 1;
}

void ppgl_set_enable(struct ctx *c, GLenum cap, GLboolean on)
{
	GLboolean *p = enable_ptr(c, cap);

	if (!p) {
		ppgl_error(c, GL_INVALID_ENUM);
		return;
	}
	*p = on;
	if (card_cap(cap))
		ppgl_cmd_u(c, PP_CLASS_STATE, PP_ENABLE, 3, (uint32_t)cap,
			   (uint32_t)c->s.active_unit, (uint32_t)on);
	if (cap == GL_COLOR_MATERIAL && on)
		ppgl_track_color(c);
}

GLboolean glIsEnabled(GLenum cap);

/* Client arrays through glEnable/glDisable, as SGI's GL and Mesa accept
 * and programs rely on: the same as glEnableClientState. */
static int client_cap(GLenum cap)
{
	switch (cap) {
	case GL_VERTEX_ARRAY: case GL_NORMAL_ARRAY: case GL_COLOR_ARRAY:
	case GL_INDEX_ARRAY: case GL_TEXTURE_COORD_ARRAY:
	case GL_EDGE_FLAG_ARRAY: case GL_FOG_COORD_ARRAY:
	case GL_SECONDARY_COLOR_ARRAY:
		return 1;
	}
	return 0;
}

void glEnable(GLenum cap)
{
	CTX;
	if (client_cap(cap)) {
		glEnableClientState(cap);
		return;
	}
	DL_REC(C, DL_Enable, U(cap));
	NOT_IN_BEGIN(C);
	ppgl_set_enable(C, cap, GL_TRUE);
}

void glDisable(GLenum cap)
{
	CTX;
	if (client_cap(cap)) {
		glDisableClientState(cap);
		return;
	}
	DL_REC(C, DL_Disable, U(cap));
	NOT_IN_BEGIN(C);
	ppgl_set_enable(C, cap, GL_FALSE);
}
