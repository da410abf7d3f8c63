/* Texture environments: glTexEnv modes and combiner state per unit. */
#include "ctx.h"
#include "dlist.h"

void ppgl_send_texenv(struct ctx *c, int unit)
{
	struct unit_state *u = &c->s.unit[unit];
	uint32_t a[2] = { (uint32_t)unit, 0 };
	GLfloat v[4] = { 0, 0, 0, 0 };
	int i;

#define ENV(p, val) do { a[1] = (p); v[0] = (GLfloat)(val); \
	ppgl_cmd_f(c, PP_CLASS_TEXTURE, PP_TEX_ENV, 2, a, 4, v); } while (0)
	ENV(GL_TEXTURE_ENV_MODE, u->env_mode);
	a[1] = GL_TEXTURE_ENV_COLOR;
	ppgl_cmd_f(c, PP_CLASS_TEXTURE, PP_TEX_ENV, 2, a, 4, u->env_color);
	ENV(GL_COMBINE_RGB, u->comb_rgb);
	ENV(GL_COMBINE_ALPHA, u->comb_a);
	for (i = 0; i < 3; i++) {
		ENV(GL_SOURCE0_RGB + i, u->src_rgb[i]);
		ENV(GL_SOURCE0_ALPHA + i, u->src_a[i]);
		ENV(GL_OPERAND0_RGB + i, u->op_rgb[i]);
		ENV(GL_OPERAND0_ALPHA + i, u->op_a[i]);
	}
	ENV(GL_RGB_SCALE, u->scale_rgb);
	ENV(GL_ALPHA_SCALE, u->scale_a);
#undef ENV
}

void glTexEnvfv(GLenum target, GLenum pname, const GLfloat *v)
{
	CTX;
	struct unit_state *u = &C->s.unit[C->s.active_unit];
	GLenum e = (GLenum)v[0];
	uint32_t a[2] = { (uint32_t)C->s.active_unit, pname };
	GLfloat f[4] = { v[0], 0, 0, 0 };

	DL_REC(C, DL_TexEnvfv, U(target), U(pname), F(v[0]),
	       F(pname == GL_TEXTURE_ENV_COLOR ? v[1] : 0),
	       F(pname == GL_TEXTURE_ENV_COLOR ? v[2] : 0),
	       F(pname == GL_TEXTURE_ENV_COLOR ? v[3] : 0));
	NOT_IN_BEGIN(C);
	if (target == GL_TEXTURE_FILTER_CONTROL && pname == GL_TEXTURE_LOD_BIAS)
		return;
	if (target != GL_TEXTURE_ENV) {
		ppgl_error(C, GL_INVALID_ENUM);
		return;
	}
	switch (pname) {
	case GL_TEXTURE_ENV_MODE:
		if (e != GL_MODULATE && e != GL_REPLACE && e != GL_DECAL &&
		    e != GL_BLEND && e != GL_ADD && e != GL_COMBINE)
			goto bad;
		u->env_mode = e;
		break;
	case GL_TEXTURE_ENV_COLOR: {
		int i;

		for (i = 0; i < 4; i++)
			f[i] = u->env_color[i] = v[i] < 0 ? 0 : v[i] > 1 ? 1 : v[i];
		break;
	}
	case GL_COMBINE_RGB:
	case GL_COMBINE_ALPHA:
		if (e != GL_REPLACE && e != GL_MODULATE && e != GL_ADD &&
		    e != GL_ADD_SIGNED && e != GL_INTERPOLATE &&
		    e != GL_SUBTRACT &&
		    !(pname == GL_COMBINE_RGB &&
		      (e == GL_DOT3_RGB || e == GL_DOT3_RGBA)))
			goto bad;
		if (pname == GL_COMBINE_RGB)
			u->comb_rgb = e;
		else
			u->comb_a = e;
		break;
	case GL_SOURCE0_RGB: case GL_SOURCE1_RGB: case GL_SOURCE2_RGB:
	case GL_SOURCE0_ALPHA: case GL_SOURCE1_ALPHA: case GL_SOURCE2_ALPHA:
		if (e != GL_TEXTURE && e != GL_CONSTANT &&
		    e != GL_PRIMARY_COLOR && e != GL_PREVIOUS)
			goto bad;
		if (pname <= GL_SOURCE2_RGB)
			u->src_rgb[pname - GL_SOURCE0_RGB] = e;
		else
			u->src_a[pname - GL_SOURCE0_ALPHA] = e;
		break;
	case GL_OPERAND0_RGB: case GL_OPERAND1_RGB: case GL_OPERAND2_RGB:
		if (e != GL_SRC_COLOR && e != GL_ONE_MINUS_SRC_COLOR &&
		    e != GL_SRC_ALPHA && e != GL_ONE_MINUS_SRC_ALPHA)
			goto bad;
		u->op_rgb[pname - GL_OPERAND0_RGB] = e;
		break;
	case GL_OPERAND0_ALPHA: case GL_OPERAND1_ALPHA: case GL_OPERAND2_ALPHA:
		if (e != GL_SRC_ALPHA && e != GL_ONE_MINUS_SRC_ALPHA)
			goto bad;
		u->op_a[pname - GL_OPERAND0_ALPHA] = e;
		break;
	case GL_RGB_SCALE:
	case GL_ALPHA_SCALE:
		if (v[0] != 1 && v[0] != 2 && v[0] != 4) {
			ppgl_error(C, GL_INVALID_VALUE);
			return;
		}
		if (pname == GL_RGB_SCALE)
			u->scale_rgb = v[0];
		else
			u->scale_a = v[0];
		break;
	default:
		goto bad;
	}
	ppgl_cmd_f(C, PP_CLASS_TEXTURE, PP_TEX_ENV, 2, a, 4, f);
	return;
bad:
	ppgl_error(C, GL_INVALID_ENUM);
}

void glTexEnvf(GLenum target, GLenum pname, GLfloat v)
{
	GLfloat f[4] = { v, 0, 0, 0 };

	glTexEnvfv(target, pname, f);
}

void glTexEnvi(GLenum target, GLenum pname, GLint v)
{
	glTexEnvf(target, pname, (GLfloat)v);
}

void glTexEnviv(GLenum target, GLenum pname, const GLint *v)
{
	GLfloat f[4] = { (GLfloat)v[0], 0, 0, 0 };
	int i;

	if (pname == GL_TEXTURE_ENV_COLOR)
		for (i = 0; i < 4; i++)
			f[i] = (GLfloat)((double)v[i] / 2147483647.0);
	glTexEnvfv(target, pname, f);
}
