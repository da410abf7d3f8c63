/* Lighting state: lights, materials, the light model and
 * GL_COLOR_MATERIAL, validated, shadowed and sent to the card. */
#include <math.h>
#include <string.h>
#include "ctx.h"
#include "dlist.h"

static int light_param_n(GLenum p)
{
	switch (p) {
	case GL_AMBIENT: case GL_DIFFUSE: case GL_SPECULAR: case GL_POSITION:
		return 4;
	case GL_SPOT_DIRECTION:
		return 3;
	case GL_SPOT_EXPONENT: case GL_SPOT_CUTOFF:
	case GL_CONSTANT_ATTENUATION: case GL_LINEAR_ATTENUATION:
	case GL_QUADRATIC_ATTENUATION:
		return 1;
	}
	return 0;
}

void glLightfv(GLenum light, GLenum pname, const GLfloat *v)
{
	CTX;
	struct light_state *l;
	int n = light_param_n(pname), i;
	GLfloat a[4] = { 0, 0, 0, 0 };
	uint32_t u[2] = { light, pname };

	for (i = 0; i < n; i++)
		a[i] = v[i];
	DL_REC(C, DL_Lightfv, U(light), U(pname), F(a[0]), F(a[1]), F(a[2]),
	       F(a[3]));
	NOT_IN_BEGIN(C);
	if (light < GL_LIGHT0 || light >= GL_LIGHT0 + NLIGHTS || !n) {
		ppgl_error(C, GL_INVALID_ENUM);
		return;
	}
	l = &C->s.light[light - GL_LIGHT0];
	switch (pname) {
	case GL_AMBIENT: memcpy(l->ambient, a, 16); break;
	case GL_DIFFUSE: memcpy(l->diffuse, a, 16); break;
	case GL_SPECULAR: memcpy(l->specular, a, 16); break;
	case GL_POSITION:
		pg_mat_xform(l->position, C->mv[C->mv_top], a);
		break;
	case GL_SPOT_DIRECTION: {
		GLfloat d[4] = { a[0], a[1], a[2], 0 };

		pg_mat_xform(d, C->mv[C->mv_top], d);
		memcpy(l->spot_dir, d, 12);
		break;
	}
	case GL_SPOT_EXPONENT:
		if (a[0] < 0 || a[0] > 128) {
			ppgl_error(C, GL_INVALID_VALUE);
			return;
		}
		l->spot_exp = a[0];
		break;
	case GL_SPOT_CUTOFF:
		if ((a[0] < 0 || a[0] > 90) && a[0] != 180) {
			ppgl_error(C, GL_INVALID_VALUE);
			return;
		}
		l->spot_cutoff = a[0];
		break;
	default:
		if (a[0] < 0) {
			ppgl_error(C, GL_INVALID_VALUE);
			return;
		}
		l->att[pname - GL_CONSTANT_ATTENUATION] = a[0];
		break;
	}
	ppgl_cmd_f(C, PP_CLASS_LIGHT, PP_LIGHT, 2, u, 4, a);
}

/* The scalar forms pass (v, 0, 0, 0) on, as Mesa does: the vector form
 * judges the parameter, after the Begin/End check. */
void glLightf(GLenum light, GLenum pname, GLfloat v)
{
	GLfloat f[4] = { v, 0, 0, 0 };

	glLightfv(light, pname, f);
}

void glLighti(GLenum light, GLenum pname, GLint v)
{
	glLightf(light, pname, (GLfloat)v);
}

void glLightiv(GLenum light, GLenum pname, const GLint *v)
{
	GLfloat f[4] = { 0 };
	int n = light_param_n(pname), i;

	for (i = 0; i < n; i++)
		f[i] = (pname == GL_AMBIENT || pname == GL_DIFFUSE ||
			pname == GL_SPECULAR) ? (GLfloat)v[i] / 2147483647.0f :
						(GLfloat)v[i];
	glLightfv(light, pname, f);
}

void glMaterialfv(GLenum face, GLenum pname, const GLfloat *v)
{
	CTX;
	GLfloat a[4] = { v[0], 0, 0, 0 };
	uint32_t u[2] = { face, pname };
	int f, i;

	if (pname != GL_SHININESS)
		for (i = 1; i < 4; i++)
			a[i] = v[i];
	DL_REC(C, DL_Materialfv, U(face), U(pname), F(a[0]), F(a[1]),
	       F(a[2]), F(a[3]));
	if (face != GL_FRONT && face != GL_BACK && face != GL_FRONT_AND_BACK) {
		ppgl_error(C, GL_INVALID_ENUM);
		return;
	}
	if (pname == GL_SHININESS && (a[0] < 0 || a[0] > 128)) {
		ppgl_error(C, GL_INVALID_VALUE);
		return;
	}
	for (f = 0; f < 2; f++) {
		struct material_state *m = &C->s.mat[f];

		if ((f == 0 && face == GL_BACK) || (f == 1 && face == GL_FRONT))
			continue;
		switch (pname) {
		case GL_AMBIENT: memcpy(m->ambient, a, 16); break;
		case GL_DIFFUSE: memcpy(m->diffuse, a, 16); break;
		case GL_SPECULAR: memcpy(m->specular, a, 16); break;
		case GL_EMISSION: memcpy(m->emission, a, 16); break;
		case GL_SHININESS: m->shininess = a[0]; break;
		case GL_AMBIENT_AND_DIFFUSE:
			memcpy(m->ambient, a, 16);
			memcpy(m->diffuse, a, 16);
			break;
		case GL_COLOR_INDEXES:
			return;
		default:
			ppgl_error(C, GL_INVALID_ENUM);
			return;
		}
	}
	ppgl_cmd_f(C, PP_CLASS_LIGHT, PP_MATERIAL, 2, u, 4, a);
}

void glMaterialf(GLenum face, GLenum pname, GLfloat v)
{
	GLfloat f[4] = { v, 0, 0, 0 };

	glMaterialfv(face, pname, f);
}

void glMateriali(GLenum face, GLenum pname, GLint v)
{
	glMaterialf(face, pname, (GLfloat)v);
}

void glMaterialiv(GLenum face, GLenum pname, const GLint *v)
{
	GLfloat f[4] = { (GLfloat)v[0], 0, 0, 0 };
	int i;

	if (pname != GL_SHININESS)
		for (i = 0; i < 4; i++)
			f[i] = (GLfloat)v[i] / 2147483647.0f;
	glMaterialfv(face, pname, f);
}

void glLightModelfv(GLenum pname, const GLfloat *v)
{
	CTX;
	GLfloat a[4] = { v[0], 0, 0, 0 };
	uint32_t u = pname;

	if (pname == GL_LIGHT_MODEL_AMBIENT)
		memcpy(a, v, 16);
	DL_REC(C, DL_LightModelfv, U(pname), F(a[0]), F(a[1]), F(a[2]),
	       F(a[3]));
	NOT_IN_BEGIN(C);
	switch (pname) {
	case GL_LIGHT_MODEL_AMBIENT: memcpy(C->s.lm_ambient, a, 16); break;
	case GL_LIGHT_MODEL_LOCAL_VIEWER: C->s.lm_local = a[0] != 0; break;
	case GL_LIGHT_MODEL_TWO_SIDE: C->s.lm_two_side = a[0] != 0; break;
	case GL_LIGHT_MODEL_COLOR_CONTROL:
		if (a[0] != (GLfloat)GL_SINGLE_COLOR &&
		    a[0] != (GLfloat)GL_SEPARATE_SPECULAR_COLOR) {
			ppgl_error(C, GL_INVALID_ENUM);
			return;
		}
		C->s.lm_color_control = (GLenum)a[0];
		break;
	default:
		ppgl_error(C, GL_INVALID_ENUM);
		return;
	}
	ppgl_cmd_f(C, PP_CLASS_LIGHT, PP_LIGHT_MODEL, 1, &u, 4, a);
}

void glLightModelf(GLenum pname, GLfloat v)
{
	GLfloat f[4] = { v, 0, 0, 0 };

	glLightModelfv(pname, f);
}

void glLightModeli(GLenum pname, GLint v)
{
	glLightModelf(pname, (GLfloat)v);
}

void glLightModeliv(GLenum pname, const GLint *v)
{
	GLfloat f[4] = { (GLfloat)v[0], 0, 0, 0 };
	int i;

	if (pname == GL_LIGHT_MODEL_AMBIENT)
		for (i = 0; i < 4; i++)
			f[i] = (GLfloat)v[i] / 2147483647.0f;
	glLightModelfv(pname, f);
}

void glColorMaterial(GLenum face, GLenum mode)
{
	CTX;
	DL_REC(C, DL_ColorMaterial, U(face), U(mode));
	NOT_IN_BEGIN(C);
	if ((face != GL_FRONT && face != GL_BACK && face != GL_FRONT_AND_BACK) ||
	    (mode != GL_EMISSION && mode != GL_AMBIENT && mode != GL_DIFFUSE &&
	     mode != GL_SPECULAR && mode != GL_AMBIENT_AND_DIFFUSE)) {
		ppgl_error(C, GL_INVALID_ENUM);
		return;
	}
	C->s.cm_face = face;
	C->s.cm_mode = mode;
	ppgl_cmd_u(C, PP_CLASS_LIGHT, PP_COLOR_MATERIAL, 2, face, mode);
	if (C->s.color_material)
		ppgl_track_color(C);
}

/* With GL_COLOR_MATERIAL on, the current colour is the tracked material
 * from the moment tracking starts or changes. */
void ppgl_track_color(struct ctx *c)
{
	GLfloat col[4];

	struct dlist *rec = c->cur_list;

	memcpy(col, c->s.color, sizeof(col));
	c->s.color_material = GL_FALSE;	/* a plain material update, */
	c->cur_list = NULL;		/* never recorded itself */
	glMaterialfv(c->s.cm_face, c->s.cm_mode, col);
	c->cur_list = rec;
	c->s.color_material = GL_TRUE;
}
