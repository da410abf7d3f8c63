/* glTexParameter: filters, wrap modes, border colour, LOD range and
 * mipmap generation of a texture object, shadowed and sent to the card. */
#include <string.h>
#include "ctx.h"
#include "dlist.h"

static void send_param(struct ctx *c, struct tex_obj *t, GLenum pname,
		       const GLfloat *v)
{
	uint32_t u[2] = { t->slot, pname };
	GLfloat a[4] = { v[0], 0, 0, 0 };

	if (pname == GL_TEXTURE_BORDER_COLOR)
		memcpy(a, v, 16);
	ppgl_cmd_f(c, PP_CLASS_TEXTURE, PP_TEX_PARAM, 2, u, 4, a);
}

void ppgl_tex_send_params(struct ctx *c, struct tex_obj *t)
{
	GLfloat v[4];

	v[0] = (GLfloat)t->min_filter;
	send_param(c, t, GL_TEXTURE_MIN_FILTER, v);
	v[0] = (GLfloat)t->mag_filter;
	send_param(c, t, GL_TEXTURE_MAG_FILTER, v);
	v[0] = (GLfloat)t->wrap_s;
	send_param(c, t, GL_TEXTURE_WRAP_S, v);
	v[0] = (GLfloat)t->wrap_t;
	send_param(c, t, GL_TEXTURE_WRAP_T, v);
	v[0] = (GLfloat)t->wrap_r;
	send_param(c, t, GL_TEXTURE_WRAP_R, v);
	send_param(c, t, GL_TEXTURE_BORDER_COLOR, t->border);
	v[0] = t->min_lod;
	send_param(c, t, GL_TEXTURE_MIN_LOD, v);
	v[0] = t->max_lod;
	send_param(c, t, GL_TEXTURE_MAX_LOD, v);
	v[0] = (GLfloat)t->base_level;
	send_param(c, t, GL_TEXTURE_BASE_LEVEL, v);
	v[0] = (GLfloat)t->max_level;
	send_param(c, t, GL_TEXTURE_MAX_LEVEL, v);
}

void glTexParameterfv(GLenum target, GLenum pname, const GLfloat *v)
{
	CTX;
	struct tex_obj *t;
	GLenum e = (GLenum)v[0];

	DL_REC(C, DL_TexParameterfv, U(target), U(pname), F(v[0]),
	       F(pname == GL_TEXTURE_BORDER_COLOR ? v[1] : 0),
	       F(pname == GL_TEXTURE_BORDER_COLOR ? v[2] : 0),
	       F(pname == GL_TEXTURE_BORDER_COLOR ? v[3] : 0));
	NOT_IN_BEGIN(C);
	t = ppgl_cube_face(target) >= 0 ? NULL : ppgl_bound_tex(C, target);
	if (!t) {
		ppgl_error(C, GL_INVALID_ENUM);
		return;
	}
	switch (pname) {
	case GL_TEXTURE_MIN_FILTER:
		if (e != GL_NEAREST && e != GL_LINEAR &&
		    e != GL_NEAREST_MIPMAP_NEAREST &&
		    e != GL_LINEAR_MIPMAP_NEAREST &&
		    e != GL_NEAREST_MIPMAP_LINEAR && e != GL_LINEAR_MIPMAP_LINEAR)
			goto bad;
		t->min_filter = e;
		break;
	case GL_TEXTURE_MAG_FILTER:
		if (e != GL_NEAREST && e != GL_LINEAR)
			goto bad;
		t->mag_filter = e;
		break;
	case GL_TEXTURE_WRAP_S:
	case GL_TEXTURE_WRAP_T:
	case GL_TEXTURE_WRAP_R:
		if (e != GL_REPEAT && e != GL_CLAMP && e != GL_CLAMP_TO_EDGE &&
		    e != GL_CLAMP_TO_BORDER)
			goto bad;
		if (pname == GL_TEXTURE_WRAP_S)
			t->wrap_s = e;
		else if (pname == GL_TEXTURE_WRAP_T)
			t->wrap_t = e;
		else
			t->wrap_r = e;
		break;
	case GL_TEXTURE_BORDER_COLOR: {
		int i;

		for (i = 0; i < 4; i++)
			t->border[i] = v[i] < 0 ? 0 : v[i] > 1 ? 1 : v[i];
		send_param(C, t, pname, t->border);
		return;
	}
	case GL_TEXTURE_MIN_LOD: t->min_lod = v[0]; break;
	case GL_TEXTURE_MAX_LOD: t->max_lod = v[0]; break;
	case GL_TEXTURE_BASE_LEVEL:
	case GL_TEXTURE_MAX_LEVEL:
		if (v[0] < 0) {
			ppgl_error(C, GL_INVALID_VALUE);
			return;
		}
		if (pname == GL_TEXTURE_BASE_LEVEL)
			t->base_level = (GLint)v[0];
		else
			t->max_level = (GLint)v[0];
		break;
	case GL_TEXTURE_PRIORITY:
		t->priority = v[0] < 0 ? 0 : v[0] > 1 ? 1 : v[0];
		return;
	case GL_GENERATE_MIPMAP:
		t->generate_mipmap = v[0] != 0;
		return;
	case GL_TEXTURE_MAX_ANISOTROPY_EXT:
		return;
	default:
		goto bad;
	}
	send_param(C, t, pname, v);
	return;
bad:
	ppgl_error(C, GL_INVALID_ENUM);
}

void glTexParameterf(GLenum target, GLenum pname, GLfloat v)
{
	GLfloat f[4] = { v, 0, 0, 0 };

	glTexParameterfv(target, pname, f);
}

void glTexParameteri(GLenum target, GLenum pname, GLint v)
{
	glTexParameterf(target, pname, (GLfloat)v);
}

void glTexParameteriv(GLenum target, GLenum pname, const GLint *v)
{
	GLfloat f[4] = { (GLfloat)v[0], 0, 0, 0 };
	int i;

	if (pname == GL_TEXTURE_BORDER_COLOR)
		for (i = 0; i < 4; i++)
			f[i] = (GLfloat)((double)v[i] / 2147483647.0);
	glTexParameterfv(target, pname, f);
}
