/* The raster position: glRasterPos and glWindowPos. */
#include <math.h>
#include <string.h>
#include "ctx.h"
#include "dlist.h"

void glRasterPos4f(GLfloat x, GLfloat y, GLfloat z, GLfloat w)
{
	CTX;
	struct gl_state *s = &C->s;
	GLfloat obj[4] = { x, y, z, w }, eye[4], clip[4];
	int i;

	DL_REC(C, DL_RasterPos4f, F(x), F(y), F(z), F(w));
	NOT_IN_BEGIN(C);
	pg_mat_xform(eye, C->mv[C->mv_top], obj);
	pg_mat_xform(clip, C->proj[C->proj_top], eye);
	s->raster_valid = GL_TRUE;
	for (i = 0; i < NPLANES; i++) {
		const GLfloat *p = s->clip_plane[i];

		if (s->clip[i] && p[0] * eye[0] + p[1] * eye[1] + p[2] * eye[2] +
		    p[3] * eye[3] < 0)
			s->raster_valid = GL_FALSE;
	}
	for (i = 0; i < 3; i++)
		if (clip[i] < -clip[3] || clip[i] > clip[3])
			s->raster_valid = GL_FALSE;
	if (!s->raster_valid)
		return;
	s->raster_pos[0] = s->viewport[0] +
			   (clip[0] / clip[3] + 1) * 0.5f * s->viewport[2];
	s->raster_pos[1] = s->viewport[1] +
			   (clip[1] / clip[3] + 1) * 0.5f * s->viewport[3];
	s->raster_pos[2] = s->depth_range[0] + (clip[2] / clip[3] + 1) * 0.5f *
			   (s->depth_range[1] - s->depth_range[0]);
	s->raster_pos[3] = clip[3];
	s->raster_distance = fabsf(eye[2]);
	memcpy(s->raster_color, s->color, 16);
	memcpy(s->raster_tex, s->tex[0], 16);
	if (C->render_mode == GL_SELECT)
		ppgl_select_hit(C, s->raster_pos[2], s->raster_pos[2]);
}

void glWindowPos3f(GLfloat x, GLfloat y, GLfloat z)
{
	CTX;
	struct gl_state *s = &C->s;

	DL_REC(C, DL_WindowPos3f, F(x), F(y), F(z));
	NOT_IN_BEGIN(C);
	s->raster_pos[0] = x;
	s->raster_pos[1] = y;
	s->raster_pos[2] = s->depth_range[0] +
			   (z < 0 ? 0 : z > 1 ? 1 : z) *
			   (s->depth_range[1] - s->depth_range[0]);
	s->raster_pos[3] = 1;
	s->raster_valid = GL_TRUE;
	memcpy(s->raster_color, s->color, 16);
	memcpy(s->raster_tex, s->tex[0], 16);
	if (C->render_mode == GL_SELECT)
		ppgl_select_hit(C, s->raster_pos[2], s->raster_pos[2]);
}

void glWindowPos2f(GLfloat x, GLfloat y) { glWindowPos3f(x, y, 0); }
void glWindowPos2i(GLint x, GLint y) { glWindowPos3f((GLfloat)x, (GLfloat)y, 0); }
void glWindowPos2d(GLdouble x, GLdouble y) { glWindowPos3f((GLfloat)x, (GLfloat)y, 0); }
void glWindowPos2s(GLshort x, GLshort y) { glWindowPos3f(x, y, 0); }
void glWindowPos3d(GLdouble x, GLdouble y, GLdouble z)
{
	glWindowPos3f((GLfloat)x, (GLfloat)y, (GLfloat)z);
}
void glWindowPos3i(GLint x, GLint y, GLint z)
{
	glWindowPos3f((GLfloat)x, (GLfloat)y, (GLfloat)z);
}
void glWindowPos3s(GLshort x, GLshort y, GLshort z) { glWindowPos3f(x, y, z); }
void glWindowPos2fv(const GLfloat *v) { glWindowPos3f(v[0], v[1], 0); }
void glWindowPos2dv(const GLdouble *v) { glWindowPos2d(v[0], v[1]); }
void glWindowPos2iv(const GLint *v) { glWindowPos2i(v[0], v[1]); }
void glWindowPos2sv(const GLshort *v) { glWindowPos2s(v[0], v[1]); }
void glWindowPos3fv(const GLfloat *v) { glWindowPos3f(v[0], v[1], v[2]); }
void glWindowPos3dv(const GLdouble *v) { glWindowPos3d(v[0], v[1], v[2]); }
void glWindowPos3iv(const GLint *v) { glWindowPos3i(v[0], v[1], v[2]); }
void glWindowPos3sv(const GLshort *v) { glWindowPos3s(v[0], v[1], v[2]); }

/* GL_ARB_window_pos names */
void glWindowPos2dARB(GLdouble x, GLdouble y) { glWindowPos2d(x, y); }
void glWindowPos2fARB(GLfloat x, GLfloat y) { glWindowPos2f(x, y); }
void glWindowPos2iARB(GLint x, GLint y) { glWindowPos2i(x, y); }
void glWindowPos2sARB(GLshort x, GLshort y) { glWindowPos2s(x, y); }
void glWindowPos3dARB(GLdouble x, GLdouble y, GLdouble z) { glWindowPos3d(x, y, z); }
void glWindowPos3fARB(GLfloat x, GLfloat y, GLfloat z) { glWindowPos3f(x, y, z); }
void glWindowPos3iARB(GLint x, GLint y, GLint z) { glWindowPos3i(x, y, z); }
void glWindowPos3sARB(GLshort x, GLshort y, GLshort z) { glWindowPos3s(x, y, z); }
void glWindowPos2dvARB(const GLdouble *v) { glWindowPos2dv(v); }
void glWindowPos2fvARB(const GLfloat *v) { glWindowPos2fv(v); }
void glWindowPos2ivARB(const GLint *v) { glWindowPos2iv(v); }
void glWindowPos2svARB(const GLshort *v) { glWindowPos2sv(v); }
void glWindowPos3dvARB(const GLdouble *v) { glWindowPos3dv(v); }
void glWindowPos3fvARB(const GLfloat *v) { glWindowPos3fv(v); }
void glWindowPos3ivARB(const GLint *v) { glWindowPos3iv(v); }
void glWindowPos3svARB(const GLshort *v) { glWindowPos3sv(v); }
