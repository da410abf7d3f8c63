/* The remaining GL 1.1-1.3 entry points: synchronisation, buffers, the
 * polygon stipple, and the parts of GL 1.x the card does not implement
 * (accumulation buffer, colour index, compressed textures), which
 * answer as the specification says a context without those resources
 * must: the call is accepted where its effect is nil, refused with the GL
 * error otherwise. */
#include <string.h>
#include "ctx.h"
#include "dlist.h"

void glFlush(void)
{
	CTX;

	if (C)
		ppgl_flush(C);
}

void glFinish(void)
{
	CTX;

	if (C)
		ppgl_finish(C);
}

void glPolygonStipple(const GLubyte *mask)
{
	CTX;
	const struct pixel_store *ps = &C->c.unpack;
	size_t rl = (size_t)(ps->row_length > 0 ? ps->row_length : 32);
	size_t a = ps->alignment > 0 ? (size_t)ps->alignment : 1;
	size_t row = ((rl + 7) / 8 + a - 1) / a * a;
	GLubyte canon[128];
	int x, y;

	memset(canon, 0, sizeof(canon));
	for (y = 0; y < 32; y++)
		for (x = 0; x < 32; x++) {
			size_t bx = (size_t)(x + ps->skip_pixels);
			GLubyte b = mask[(size_t)(y + ps->skip_rows) * row + bx / 8];
			int bit = ps->lsb_first ? (b >> (bx & 7)) & 1 :
				  (b >> (7 - (bx & 7))) & 1;

			if (bit)
				canon[y * 4 + x / 8] |= (GLubyte)(0x80 >> (x & 7));
		}
	if (C->cur_list) {
		union dl_arg r[32];

		for (y = 0; y < 32; y++)
			r[y].u = (GLuint)canon[y * 4] << 24 |
				 (GLuint)canon[y * 4 + 1] << 16 |
				 (GLuint)canon[y * 4 + 2] << 8 | canon[y * 4 + 3];
		ppgl_dl_add(C, DL_PolygonStipple, r, 32);
		if (C->list_mode == GL_COMPILE)
			return;
	}
	if (C->in_begin) {
		ppgl_error(C, GL_INVALID_OPERATION);
		return;
	}
	memcpy(C->s.poly_stipple_bits, canon, sizeof(canon));
	ppgl_send_stipple(C);
}

void glDrawBuffer(GLenum b)
{
	CTX;
	DL_REC(C, DL_DrawBuffer, U(b));
	NOT_IN_BEGIN(C);
	switch (b) {
	case GL_NONE: case GL_FRONT: case GL_BACK: case GL_FRONT_AND_BACK:
	case GL_LEFT: case GL_FRONT_LEFT: case GL_BACK_LEFT:
		C->s.draw_buffer = b;
		return;
	case GL_RIGHT: case GL_FRONT_RIGHT: case GL_BACK_RIGHT:
	case GL_AUX0: case GL_AUX1: case GL_AUX2: case GL_AUX3:
		ppgl_error(C, GL_INVALID_OPERATION);
		return;
	}
	ppgl_error(C, GL_INVALID_ENUM);
}

void glReadBuffer(GLenum b)
{
	CTX;
	DL_REC(C, DL_ReadBuffer, U(b));
	NOT_IN_BEGIN(C);
	switch (b) {
	case GL_FRONT: case GL_BACK: case GL_LEFT: case GL_FRONT_LEFT:
	case GL_BACK_LEFT:
		C->s.read_buffer = b;
		return;
	case GL_RIGHT: case GL_FRONT_RIGHT: case GL_BACK_RIGHT:
	case GL_AUX0: case GL_AUX1: case GL_AUX2: case GL_AUX3:
		ppgl_error(C, GL_INVALID_OPERATION);
		return;
	}
	ppgl_error(C, GL_INVALID_ENUM);
}

/* no accumulation buffer: clears of it do nothing, glAccum is refused */
void glClearAccum(GLfloat r, GLfloat g, GLfloat b, GLfloat a)
{
	CTX;
	DL_REC(C, DL_ClearAccum, F(r), F(g), F(b), F(a));
	NOT_IN_BEGIN(C);
	C->s.accum_clear[0] = r < -1 ? -1 : r > 1 ? 1 : r;
	C->s.accum_clear[1] = g < -1 ? -1 : g > 1 ? 1 : g;
	C->s.accum_clear[2] = b < -1 ? -1 : b > 1 ? 1 : b;
	C->s.accum_clear[3] = a < -1 ? -1 : a > 1 ? 1 : a;
}

void glAccum(GLenum op, GLfloat v)
{
	CTX;
	DL_REC(C, DL_Accum, U(op), F(v));
	NOT_IN_BEGIN(C);
	if (op != GL_ACCUM && op != GL_LOAD && op != GL_RETURN &&
	    op != GL_MULT && op != GL_ADD) {
		ppgl_error(C, GL_INVALID_ENUM);
		return;
	}
	ppgl_error(C, GL_INVALID_OPERATION);
}

/* colour-index state exists only to be queried in an RGBA context */
void glClearIndex(GLfloat c)
{
	CTX;

	(void)c;
	NOT_IN_BEGIN(C);
}

void glIndexMask(GLuint m)
{
	CTX;

	(void)m;
	NOT_IN_BEGIN(C);
}


void glGetDoublev(GLenum p, GLdouble *out);

/* GL 1.3 compressed textures: no compressed format exists */
void glCompressedTexImage1D(GLenum t, GLint l, GLenum i, GLsizei w, GLint b,
			    GLsizei s, const void *d)
{
	CTX;

	(void)t; (void)l; (void)i; (void)w; (void)b; (void)s; (void)d;
	ppgl_error(C, GL_INVALID_ENUM);
}

void glCompressedTexImage2D(GLenum t, GLint l, GLenum i, GLsizei w, GLsizei h,
			    GLint b, GLsizei s, const void *d)
{
	CTX;

	(void)t; (void)l; (void)i; (void)w; (void)h; (void)b; (void)s; (void)d;
	ppgl_error(C, GL_INVALID_ENUM);
}

void glCompressedTexImage3D(GLenum t, GLint l, GLenum i, GLsizei w, GLsizei h,
			    GLsizei dd, GLint b, GLsizei s, const void *d)
{
	CTX;

	(void)t; (void)l; (void)i; (void)w; (void)h; (void)dd; (void)b; (void)s; (void)d;
	ppgl_error(C, GL_INVALID_ENUM);
}

void glCompressedTexSubImage1D(GLenum t, GLint l, GLint x, GLsizei w, GLenum f,
			       GLsizei s, const void *d)
{
	CTX;

	(void)t; (void)l; (void)x; (void)w; (void)f; (void)s; (void)d;
	ppgl_error(C, GL_INVALID_ENUM);
}

void glCompressedTexSubImage2D(GLenum t, GLint l, GLint x, GLint y, GLsizei w,
			       GLsizei h, GLenum f, GLsizei s, const void *d)
{
	CTX;

	(void)t; (void)l; (void)x; (void)y; (void)w; (void)h; (void)f; (void)s; (void)d;
	ppgl_error(C, GL_INVALID_ENUM);
}

void glCompressedTexSubImage3D(GLenum t, GLint l, GLint x, GLint y, GLint z,
			       GLsizei w, GLsizei h, GLsizei dd, GLenum f,
			       GLsizei s, const void *d)
{
	CTX;

	(void)t; (void)l; (void)x; (void)y; (void)z; (void)w; (void)h; (void)dd;
	(void)f; (void)s; (void)d;
	ppgl_error(C, GL_INVALID_ENUM);
}

void glGetCompressedTexImage(GLenum t, GLint l, void *d)
{
	CTX;

	(void)t; (void)l; (void)d;
	ppgl_error(C, GL_INVALID_OPERATION);
}

void glSampleCoverage(GLclampf v, GLboolean inv)
{
	CTX;

	NOT_IN_BEGIN(C);
	C->s.sample_cov_value = v < 0 ? 0 : v > 1 ? 1 : v;
	C->s.sample_inv = inv ? GL_TRUE : GL_FALSE;
}
