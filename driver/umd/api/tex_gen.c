/* Texture coordinate generation: glTexGen modes and planes per unit. */
#include <string.h>
#include "ctx.h"
#include "dlist.h"

/* The card transforms eye planes by the inverse of its current modelview,
 * so `eye` is given as the application would pass it under that matrix. */
void ppgl_send_texgen(struct ctx *c, int unit, int coord, const GLfloat eye[4])
{
	struct unit_state *u = &c->s.unit[unit];
	uint32_t *p = ppgl_cmd(c, PP_CLASS_STATE, PP_TEXGEN, 11);
	int i;

	p[0] = (uint32_t)unit;
	p[1] = GL_S + (uint32_t)coord;
	p[2] = u->gen_mode[coord];
	for (i = 0; i < 4; i++) {
		p[3 + i] = fbits(u->gen_obj[coord][i]);
		p[7 + i] = fbits(eye[i]);
	}
}

void glTexGenfv(GLenum coord, GLenum pname, const GLfloat *v)
{
	CTX;
	struct unit_state *u = &C->s.unit[C->s.active_unit];
	int c = (int)coord - GL_S, i;
	GLenum m = (GLenum)v[0];

	DL_REC(C, DL_TexGenfv, U(coord), U(pname), F(v[0]),
	       F(pname != GL_TEXTURE_GEN_MODE ? v[1] : 0),
	       F(pname != GL_TEXTURE_GEN_MODE ? v[2] : 0),
	       F(pname != GL_TEXTURE_GEN_MODE ? v[3] : 0));
	NOT_IN_BEGIN(C);
	if (c < 0 || c > 3) {
		ppgl_error(C, GL_INVALID_ENUM);
		return;
	}
	switch (pname) {
	case GL_TEXTURE_GEN_MODE:
		if (m != GL_OBJECT_LINEAR && m != GL_EYE_LINEAR &&
		    !((m == GL_SPHERE_MAP || m == GL_REFLECTION_MAP ||
		       m == GL_NORMAL_MAP) && c < 3)) {
			ppgl_error(C, GL_INVALID_ENUM);
			return;
		}
		u->gen_mode[c] = m;
		break;
	case GL_OBJECT_PLANE:
		memcpy(u->gen_obj[c], v, 16);
		break;
	case GL_EYE_PLANE: {
		/* stored in eye space, as glGetTexGen returns it */
		GLfloat inv[16];
		const GLfloat *mv = C->mv[C->mv_top];

		if (!pg_mat_invert(inv, mv))
			pg_identity(inv);
		for (i = 0; i < 4; i++)
			u->gen_eye[c][i] = v[0] * inv[i * 4] + v[1] * inv[i * 4 + 1] +
					   v[2] * inv[i * 4 + 2] +
					   v[3] * inv[i * 4 + 3];
		/* the card applies M^-1 itself: send the plane as given */
		ppgl_send_texgen(C, C->s.active_unit, c, v);
		return;
	}
	default:
		ppgl_error(C, GL_INVALID_ENUM);
		return;
	}
	/* mode and object plane: the eye plane E (eye space) goes as E * M,
	 * which the card's M^-1 turns back into E */
	{
		GLfloat e[4];
		const GLfloat *mv = C->mv[C->mv_top];

		for (i = 0; i < 4; i++)
			e[i] = u->gen_eye[c][0] * mv[i * 4] +
			       u->gen_eye[c][1] * mv[i * 4 + 1] +
			       u->gen_eye[c][2] * mv[i * 4 + 2] +
			       u->gen_eye[c][3] * mv[i * 4 + 3];
		ppgl_send_texgen(C, C->s.active_unit, c, e);
	}
}

void glTexGenf(GLenum coord, GLenum pname, GLfloat v)
{
	GLfloat f[4] = { v, 0, 0, 0 };

	glTexGenfv(coord, pname, f);
}

void glTexGeni(GLenum coord, GLenum pname, GLint v)
{
	glTexGenf(coord, pname, (GLfloat)v);
}

void glTexGend(GLenum coord, GLenum pname, GLdouble v)
{
	glTexGenf(coord, pname, (GLfloat)v);
}

void glTexGeniv(GLenum coord, GLenum pname, const GLint *v)
{
	GLfloat f[4] = { (GLfloat)v[0], 0, 0, 0 };
	int i;

	if (pname != GL_TEXTURE_GEN_MODE)
		for (i = 0; i < 4; i++)
			f[i] = (GLfloat)v[i];
	glTexGenfv(coord, pname, f);
}

void glTexGendv(GLenum coord, GLenum pname, const GLdouble *v)
{
	GLfloat f[4] = { (GLfloat)v[0], 0, 0, 0 };
	int i;

	if (pname != GL_TEXTURE_GEN_MODE)
		for (i = 0; i < 4; i++)
			f[i] = (GLfloat)v[i];
	glTexGenfv(coord, pname, f);
}
