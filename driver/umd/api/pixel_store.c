/* The pixel-store, pixel-transfer and zoom state: glPixelStore,
 * glPixelTransfer and glPixelZoom. */
#include <math.h>
#include "ctx.h"
#include "dlist.h"

void glPixelStorei(GLenum pname, GLint v)
{
	CTX;
	struct pixel_store *p = pname >= GL_UNPACK_SWAP_BYTES &&
				pname <= GL_UNPACK_ALIGNMENT ? &C->c.unpack :
				&C->c.pack;

	NOT_IN_BEGIN(C);
	switch (pname) {
	case GL_PACK_SWAP_BYTES: case GL_UNPACK_SWAP_BYTES:
		p->swap_bytes = v != 0;
		return;
	case GL_PACK_LSB_FIRST: case GL_UNPACK_LSB_FIRST:
		p->lsb_first = v != 0;
		return;
	case GL_PACK_ALIGNMENT: case GL_UNPACK_ALIGNMENT:
		if (v != 1 && v != 2 && v != 4 && v != 8)
			break;
		p->alignment = v;
		return;
	}
	if (v < 0) {
		ppgl_error(C, GL_INVALID_VALUE);
		return;
	}
	switch (pname) {
	case GL_PACK_ROW_LENGTH: C->c.pack.row_length = v; return;
	case GL_UNPACK_ROW_LENGTH: C->c.unpack.row_length = v; return;
	case GL_PACK_SKIP_ROWS: C->c.pack.skip_rows = v; return;
	case GL_UNPACK_SKIP_ROWS: C->c.unpack.skip_rows = v; return;
	case GL_PACK_SKIP_PIXELS: C->c.pack.skip_pixels = v; return;
	case GL_UNPACK_SKIP_PIXELS: C->c.unpack.skip_pixels = v; return;
	case GL_PACK_IMAGE_HEIGHT: C->c.pack.image_height = v; return;
	case GL_UNPACK_IMAGE_HEIGHT: C->c.unpack.image_height = v; return;
	case GL_PACK_SKIP_IMAGES: C->c.pack.skip_images = v; return;
	case GL_UNPACK_SKIP_IMAGES: C->c.unpack.skip_images = v; return;
	}
	ppgl_error(C, pname == GL_PACK_ALIGNMENT ||
		   pname == GL_UNPACK_ALIGNMENT ? GL_INVALID_VALUE :
		   GL_INVALID_ENUM);
}

void glPixelStoref(GLenum pname, GLfloat v)
{
	glPixelStorei(pname, (GLint)lrintf(v));
}

void glPixelZoom(GLfloat x, GLfloat y)
{
	CTX;
	DL_REC(C, DL_PixelZoom, F(x), F(y));
	NOT_IN_BEGIN(C);
	C->s.zoom[0] = x;
	C->s.zoom[1] = y;
}

void glPixelTransferf(GLenum pname, GLfloat v)
{
	CTX;
	struct gl_state *s = &C->s;

	DL_REC(C, DL_PixelTransferf, U(pname), F(v));
	NOT_IN_BEGIN(C);
	switch (pname) {
	case GL_RED_SCALE: s->scale[0] = v; break;
	case GL_GREEN_SCALE: s->scale[1] = v; break;
	case GL_BLUE_SCALE: s->scale[2] = v; break;
	case GL_ALPHA_SCALE: s->scale[3] = v; break;
	case GL_RED_BIAS: s->bias[0] = v; break;
	case GL_GREEN_BIAS: s->bias[1] = v; break;
	case GL_BLUE_BIAS: s->bias[2] = v; break;
	case GL_ALPHA_BIAS: s->bias[3] = v; break;
	case GL_DEPTH_SCALE: s->depth_scale = v; break;
	case GL_DEPTH_BIAS: s->depth_bias = v; break;
	case GL_MAP_COLOR: s->map_color = v != 0; break;
	case GL_MAP_STENCIL: s->map_stencil = v != 0; break;
	case GL_INDEX_SHIFT: s->index_shift = (GLint)v; break;
	case GL_INDEX_OFFSET: s->index_offset = (GLint)v; break;
	default:
		ppgl_error(C, GL_INVALID_ENUM);
	}
}

void glPixelTransferi(GLenum pname, GLint v)
{
	glPixelTransferf(pname, (GLfloat)v);
}
