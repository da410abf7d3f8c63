/* Client pixel data: unpacking to RGBA floats and packing back, with the
 * pixel-store and pixel-transfer state; raster position; glDrawPixels,
 * glReadPixels, glCopyPixels and glBitmap. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "ctx.h"
#include "dlist.h"


int ppgl_components(GLenum format)
{
	switch (format) {
	case GL_RED: case GL_GREEN: case GL_BLUE: case GL_ALPHA:
	case GL_LUMINANCE: case GL_COLOR_INDEX: case GL_STENCIL_INDEX:
	case GL_DEPTH_COMPONENT: case GL_INTENSITY:
		return 1;
	case GL_LUMINANCE_ALPHA: return 2;
	case GL_RGB: case GL_BGR: return 3;
	case GL_RGBA: case GL_BGRA: return 4;
	}
	return 0;
}

static int packed(GLenum type, int *ncomp)
{
	switch (type) {
	case GL_UNSIGNED_BYTE_3_3_2: case GL_UNSIGNED_BYTE_2_3_3_REV:
	case GL_UNSIGNED_SHORT_5_6_5: case GL_UNSIGNED_SHORT_5_6_5_REV:
		*ncomp = 3;
		return 1;
	case GL_UNSIGNED_SHORT_4_4_4_4: case GL_UNSIGNED_SHORT_4_4_4_4_REV:
	case GL_UNSIGNED_SHORT_5_5_5_1: case GL_UNSIGNED_SHORT_1_5_5_5_REV:
	case GL_UNSIGNED_INT_8_8_8_8: case GL_UNSIGNED_INT_8_8_8_8_REV:
	case GL_UNSIGNED_INT_10_10_10_2: case GL_UNSIGNED_INT_2_10_10_10_REV:
		*ncomp = 4;
		return 1;
	}
	return 0;
}

static int type_bytes(GLenum type)
{
	switch (type) {
	case GL_UNSIGNED_BYTE: case GL_BYTE: case GL_UNSIGNED_BYTE_3_3_2:
	case GL_UNSIGNED_BYTE_2_3_3_REV:
		return 1;
	case GL_UNSIGNED_SHORT: case GL_SHORT: case GL_UNSIGNED_SHORT_5_6_5:
	case GL_UNSIGNED_SHORT_5_6_5_REV: case GL_UNSIGNED_SHORT_4_4_4_4:
	case GL_UNSIGNED_SHORT_4_4_4_4_REV: case GL_UNSIGNED_SHORT_5_5_5_1:
	case GL_UNSIGNED_SHORT_1_5_5_5_REV:
		return 2;
	case GL_UNSIGNED_INT: case GL_INT: case GL_FLOAT:
	case GL_UNSIGNED_INT_8_8_8_8: case GL_UNSIGNED_INT_8_8_8_8_REV:
	case GL_UNSIGNED_INT_10_10_10_2: case GL_UNSIGNED_INT_2_10_10_10_REV:
		return 4;
	}
	return 0;
}

/* The GL error a format/type pair of client pixel data raises: unknown
 * enumerants are GL_INVALID_ENUM, a packed type whose components do not
 * match the format GL_INVALID_OPERATION (GL 1.2 3.6.4). */
GLenum ppgl_pixel_format_error(GLenum format, GLenum type)
{
	int n, pc;

	n = ppgl_components(format);
	if (!n || format == GL_INTENSITY)
		return GL_INVALID_ENUM;
	if (type == GL_BITMAP)
		return format == GL_COLOR_INDEX || format == GL_STENCIL_INDEX ?
		       GL_NO_ERROR : GL_INVALID_ENUM;
	if (!type_bytes(type))
		return GL_INVALID_ENUM;
	if (packed(type, &pc) &&
	    !(n == pc && (pc == 3 ? format == GL_RGB :
			  format == GL_RGBA || format == GL_BGRA)))
		return GL_INVALID_OPERATION;
	return GL_NO_ERROR;
}

int ppgl_pixel_format_ok(GLenum format, GLenum type)
{
	return ppgl_pixel_format_error(format, type) == GL_NO_ERROR;
}

/* Bytes per group and per row under a pixel-store state. */
static void layout(const struct pixel_store *ps, int w, GLenum format,
		   GLenum type, size_t *group, size_t *row)
{
	int pc, n = ppgl_components(format);
	size_t g = packed(type, &pc) ? (size_t)type_bytes(type) :
		   (size_t)n * type_bytes(type);
	size_t len = ps->row_length > 0 ? (size_t)ps->row_length : (size_t)w;
	size_t a = ps->alignment > 0 ? (size_t)ps->alignment : 1;
	size_t r = g * len;

	if (type_bytes(type) < (int)a || type == GL_BITMAP)
		r = (r + a - 1) / a * a;
	*group = g;
	*row = r;
}

static float comp(GLenum type, const uint8_t *p, int swap)
{
	uint8_t b[4];
	int n = type_bytes(type), i;

	if (swap && n > 1) {
		for (i = 0; i < n; i++)
			b[i] = p[n - 1 - i];
		p = b;
	}
	switch (type) {
	case GL_UNSIGNED_BYTE: return p[0] / 255.0f;
	case GL_BYTE: return fmaxf(-1.0f, (GLbyte)p[0] / 127.0f);
	case GL_UNSIGNED_SHORT: { GLushort v; memcpy(&v, p, 2); return v / 65535.0f; }
	case GL_SHORT: { GLshort v; memcpy(&v, p, 2); return fmaxf(-1.0f, v / 32767.0f); }
	case GL_UNSIGNED_INT: { GLuint v; memcpy(&v, p, 4); return (float)(v / 4294967295.0); }
	case GL_INT: { GLint v; memcpy(&v, p, 4); return fmaxf(-1.0f, (float)(v / 2147483647.0)); }
	default: { GLfloat v; memcpy(&v, p, 4); return v; }
	}
}

/* Field widths of packed types, first component first. */
static void packed_fields(GLenum type, int bits[4], int *rev)
{
	static const int f332[] = { 3, 3, 2, 0 }, f565[] = { 5, 6, 5, 0 };
	static const int f4444[] = { 4, 4, 4, 4 }, f5551[] = { 5, 5, 5, 1 };
	static const int f1555[] = { 1, 5, 5, 5 }, f8888[] = { 8, 8, 8, 8 };
	static const int f1010[] = { 10, 10, 10, 2 }, f2_10[] = { 2, 10, 10, 10 };
	static const int f233[] = { 2, 3, 3, 0 };
	const int *f = f8888;

	*rev = 0;
	switch (type) {
	case GL_UNSIGNED_BYTE_3_3_2: f = f332; break;
	case GL_UNSIGNED_BYTE_2_3_3_REV: f = f233; *rev = 1; break;
	case GL_UNSIGNED_SHORT_5_6_5: f = f565; break;
	case GL_UNSIGNED_SHORT_5_6_5_REV: f = f565; *rev = 1; break;
	case GL_UNSIGNED_SHORT_4_4_4_4: f = f4444; break;
	case GL_UNSIGNED_SHORT_4_4_4_4_REV: f = f4444; *rev = 1; break;
	case GL_UNSIGNED_SHORT_5_5_5_1: f = f5551; break;
	case GL_UNSIGNED_SHORT_1_5_5_5_REV: f = f1555; *rev = 1; break;
	case GL_UNSIGNED_INT_8_8_8_8: f = f8888; break;
	case GL_UNSIGNED_INT_8_8_8_8_REV: f = f8888; *rev = 1; break;
	case GL_UNSIGNED_INT_10_10_10_2: f = f1010; break;
	case GL_UNSIGNED_INT_2_10_10_10_REV: f = f2_10; *rev = 1; break;
	}
	memcpy(bits, f, 4 * sizeof(int));
}

/* Bit (x, y) of GL_BITMAP data: rows of whole bytes padded to the
 * alignment, GL_UNPACK_LSB_FIRST choosing the bit order (3.6.4). */
static int bitmap_bit(const struct pixel_store *ps, int w, const void *src,
		      int x, int y)
{
	size_t rl = (size_t)(ps->row_length > 0 ? ps->row_length : w);
	size_t a = ps->alignment > 0 ? (size_t)ps->alignment : 1;
	size_t row = ((rl + 7) / 8 + a - 1) / a * a;
	size_t bx = (size_t)(x + ps->skip_pixels);
	uint8_t byte = ((const uint8_t *)src)[(size_t)(y + ps->skip_rows) *
					      row + bx / 8];

	return ps->lsb_first ? (byte >> (bx & 7)) & 1 :
	       (byte >> (7 - (bx & 7))) & 1;
}

/* An index (stencil or colour index) as the integer it is, not scaled to
 * [0, 1], before any pixel transfer. */
static long read_index(const struct pixel_store *ps, int w, GLenum type,
		       const void *src, int x, int y)
{
	size_t g, r;
	const uint8_t *p;
	uint8_t b[4];
	int n = type_bytes(type), i;
	long v;

	if (type == GL_BITMAP)
		return bitmap_bit(ps, w, src, x, y);
	layout(ps, w, GL_STENCIL_INDEX, type, &g, &r);
	p = (const uint8_t *)src + (size_t)(y + ps->skip_rows) * r +
	    (size_t)(x + ps->skip_pixels) * g;
	if (ps->swap_bytes && n > 1) {
		for (i = 0; i < n; i++)
			b[i] = p[n - 1 - i];
		p = b;
	}
	switch (type) {
	case GL_UNSIGNED_BYTE: v = p[0]; break;
	case GL_BYTE: v = (GLbyte)p[0]; break;
	case GL_UNSIGNED_SHORT: { GLushort s; memcpy(&s, p, 2); v = s; break; }
	case GL_SHORT: { GLshort s; memcpy(&s, p, 2); v = s; break; }
	case GL_UNSIGNED_INT: { GLuint s; memcpy(&s, p, 4); v = (long)s; break; }
	case GL_INT: { GLint s; memcpy(&s, p, 4); v = s; break; }
	default: {
		GLfloat f;

		memcpy(&f, p, 4);
		v = isfinite(f) && fabsf(f) < 2e9f ? (long)f : 0;
	}
	}
	return v;
}

/* An index after GL_INDEX_SHIFT and GL_INDEX_OFFSET. */
static long shift_index(const struct ctx *c, long v)
{
	int sh = c->s.index_shift;

	if (sh > 0 && sh < 32)
		v = (long)((unsigned long)v << sh);
	else if (sh < 0 && sh > -32)
		v >>= -sh;
	return v + c->s.index_offset;
}

/* Index (x, y) of client data after shift and offset; the card keeps
 * the low bits the stencil buffer has. */
static long raw_index(const struct ctx *c, const struct pixel_store *ps,
		      int w, GLenum type, const void *src, int x, int y)
{
	return shift_index(c, read_index(ps, w, type, src, x, y));
}

static int unpack_packed(GLenum type, const uint8_t *p, int swap, float *v)
{
	int bits[4], rev, n = type_bytes(type), i, shift;
	uint32_t x = 0;
	uint8_t b[4];

	memcpy(b, p, (size_t)n);
	if (swap)
		for (i = 0; i < n / 2; i++) {
			uint8_t t = b[i];

			b[i] = b[n - 1 - i];
			b[n - 1 - i] = t;
		}
	if (n == 1) x = b[0];
	else if (n == 2) { uint16_t s; memcpy(&s, b, 2); x = s; }
	else memcpy(&x, b, 4);
	packed_fields(type, bits, &rev);
	if (!rev) {
		shift = n * 8;
		for (i = 0; i < 4 && bits[i]; i++) {
			shift -= bits[i];
			v[i] = (float)((x >> shift) & ((1u << bits[i]) - 1)) /
			       (float)((1u << bits[i]) - 1);
		}
	} else {
		/* _REV: the first component sits in the low bits; the field
		 * list above is given from the high end */
		int k, nf = bits[3] ? 4 : 3;

		shift = 0;
		for (k = 0; k < nf; k++) {
			int wdt = bits[nf - 1 - k];

			v[k] = (float)((x >> shift) & ((1u << wdt) - 1)) /
			       (float)((1u << wdt) - 1);
			shift += wdt;
		}
	}
	return 0;
}

/* Whether a colour scale or bias is set or GL_MAP_COLOR is on. */
static int transfer_on(const struct ctx *c)
{
	int k;

	for (k = 0; k < 4; k++)
		if (c->s.scale[k] != 1 || c->s.bias[k] != 0)
			return 1;
	return c->s.map_color;
}

/* The RGBA pixel transfer: scale and bias, then the GL_MAP_COLOR tables,
 * which clamp (3.6.5). */
static void transfer(const struct ctx *c, float v[4])
{
	int k;

	for (k = 0; k < 4; k++)
		v[k] = v[k] * c->s.scale[k] + c->s.bias[k];
	ppgl_map_rgba(c, v);
}

/* w x h colour indices of client data as GLuints, unpacked but not
 * transferred: what display lists keep, since shift, offset and maps
 * apply when the list runs.  NULL when out of memory. */
GLuint *ppgl_unpack_indices(const struct pixel_store *ps, int w, int h,
			    GLenum type, const void *src)
{
	GLuint *o = malloc((size_t)w * h * sizeof(*o));
	int x, y;

	for (y = 0; o && y < h; y++)
		for (x = 0; x < w; x++)
			o[(size_t)y * w + x] = (GLuint)read_index(ps, w, type,
								  src, x, y);
	return o;
}

int ppgl_unpack_rgba(struct ctx *c, const struct pixel_store *ps, int w,
		     int h, GLenum format, GLenum type, const void *src,
		     float *dst)
{
	size_t g, r;
	int n = ppgl_components(format), x, y, k, pc;
	int xfer = transfer_on(c);
	layout(ps, w, format, type, &g, &r);
	for (y = 0; y < h; y++) {
		const uint8_t *row = (const uint8_t *)src +
				     (size_t)(y + ps->skip_rows) * r +
				     (size_t)ps->skip_pixels * g;

		for (x = 0; x < w; x++) {
			const uint8_t *p = row + (size_t)x * g;
			float v[4] = { 0, 0, 0, 1 }, in[4] = { 0, 0, 0, 0 };
			float *o = dst + ((size_t)y * w + x) * 4;

			if (format == GL_COLOR_INDEX) {
				/* indices become RGBA through I_TO_R .. I_TO_A,
				 * bypassing scale, bias and the colour maps */
				ppgl_index_to_rgba(c, raw_index(c, ps, w, type, src,
								x, y), o);
				continue;
			}
			if (packed(type, &pc))
				unpack_packed(type, p, ps->swap_bytes, in);
			else
				for (k = 0; k < n; k++)
					in[k] = comp(type, p + k * type_bytes(type),
						     ps->swap_bytes);
			switch (format) {
			case GL_RED: v[0] = in[0]; break;
			case GL_GREEN: v[1] = in[0]; break;
			case GL_BLUE: v[2] = in[0]; break;
			case GL_ALPHA: v[3] = in[0]; break;
			case GL_LUMINANCE: v[0] = v[1] = v[2] = in[0]; break;
			case GL_LUMINANCE_ALPHA:
				v[0] = v[1] = v[2] = in[0];
				v[3] = in[1];
				break;
			case GL_RGB: memcpy(v, in, 12); break;
			case GL_BGR: v[0] = in[2]; v[1] = in[1]; v[2] = in[0]; break;
			case GL_RGBA: memcpy(v, in, 16); break;
			case GL_BGRA:
				v[0] = in[2]; v[1] = in[1]; v[2] = in[0]; v[3] = in[3];
				break;
			default:
				return -1;
			}
			if (xfer)
				transfer(c, v);
			for (k = 0; k < 4; k++)
				o[k] = v[k] < 0 ? 0 : v[k] > 1 ? 1 : v[k];
		}
	}
	return 0;
}

static void put_comp(GLenum type, uint8_t *p, float v)
{
	v = v < 0 ? 0 : v > 1 ? 1 : v;
	switch (type) {
	case GL_UNSIGNED_BYTE: p[0] = (uint8_t)lrintf(v * 255); break;
	case GL_BYTE: p[0] = (uint8_t)(GLbyte)lrintf(v * 127); break;
	case GL_UNSIGNED_SHORT: { GLushort s = (GLushort)lrintf(v * 65535); memcpy(p, &s, 2); break; }
	case GL_SHORT: { GLshort s = (GLshort)lrintf(v * 32767); memcpy(p, &s, 2); break; }
	case GL_UNSIGNED_INT: { GLuint s = (GLuint)llrint(v * 4294967295.0); memcpy(p, &s, 4); break; }
	case GL_INT: { GLint s = (GLint)llrint(v * 2147483647.0); memcpy(p, &s, 4); break; }
	default: memcpy(p, &v, 4); break;
	}
}

static void pack_packed(GLenum type, uint8_t *p, const float *v)
{
	int bits[4], rev, n = type_bytes(type), i, shift, nf;
	uint32_t x = 0;

	packed_fields(type, bits, &rev);
	nf = bits[3] ? 4 : 3;
	if (!rev) {
		shift = n * 8;
		for (i = 0; i < nf; i++) {
			uint32_t m = (1u << bits[i]) - 1;

			shift -= bits[i];
			x |= ((uint32_t)lrintf(fminf(fmaxf(v[i], 0), 1) * (float)m) & m)
			     << shift;
		}
	} else {
		shift = 0;
		for (i = 0; i < nf; i++) {
			int wdt = bits[nf - 1 - i];
			uint32_t m = (1u << wdt) - 1;

			x |= ((uint32_t)lrintf(fminf(fmaxf(v[i], 0), 1) * (float)m) & m)
			     << shift;
			shift += wdt;
		}
	}
	if (n == 1) p[0] = (uint8_t)x;
	else if (n == 2) { uint16_t s = (uint16_t)x; memcpy(p, &s, 2); }
	else memcpy(p, &x, 4);
}

void ppgl_pack_rgba(const struct pixel_store *ps, int w, int h,
		    GLenum format, GLenum type, const float *src, void *dst)
{
	size_t g, r;
	int x, y, k, n = ppgl_components(format), pc;

	layout(ps, w, format, type, &g, &r);
	for (y = 0; y < h; y++) {
		uint8_t *row = (uint8_t *)dst + (size_t)(y + ps->skip_rows) * r +
			       (size_t)ps->skip_pixels * g;

		for (x = 0; x < w; x++) {
			const float *v = src + ((size_t)y * w + x) * 4;
			float o[4];
			uint8_t *p = row + (size_t)x * g;

			switch (format) {
			case GL_RED: o[0] = v[0]; break;
			case GL_GREEN: o[0] = v[1]; break;
			case GL_BLUE: o[0] = v[2]; break;
			case GL_ALPHA: o[0] = v[3]; break;
			case GL_LUMINANCE: o[0] = fminf(v[0] + v[1] + v[2], 1); break;
			case GL_LUMINANCE_ALPHA:
				o[0] = fminf(v[0] + v[1] + v[2], 1);
				o[1] = v[3];
				break;
			case GL_RGB: memcpy(o, v, 12); break;
			case GL_BGR: o[0] = v[2]; o[1] = v[1]; o[2] = v[0]; break;
			case GL_BGRA:
				o[0] = v[2]; o[1] = v[1]; o[2] = v[0]; o[3] = v[3];
				break;
			default: memcpy(o, v, 16); break;
			}
			if (packed(type, &pc))
				pack_packed(type, p, o);
			else
				for (k = 0; k < n; k++)
					put_comp(type, p + k * type_bytes(type), o[k]);
		}
	}
}

/* ---- pixel store / transfer / zoom ---- */

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

/* ---- raster position ---- */

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

/* ---- drawing and reading ---- */

static void draw_raw(struct ctx *c, uint32_t kind, float x, float y, int w,
		     int h, float zx, float zy, void *data, size_t bytes)
{
	uint64_t bus;
	uint32_t *p;
	int i;

	if (c->render_mode == GL_SELECT) {	/* a hit at the raster position */
		ppgl_select_hit(c, c->s.raster_pos[2], c->s.raster_pos[2]);
		return;
	}
	bus = c->t->dma_map(c->t, data, bytes, PPGL_DMA_TO_CARD);
	p = ppgl_cmd(c, PP_CLASS_DRAW, PP_DRAW_PIXELS, 14);
	p[0] = kind;
	p[1] = fbits(x);
	p[2] = fbits(y);
	p[3] = fbits(c->s.raster_pos[2]);
	for (i = 0; i < 4; i++)
		p[4 + i] = fbits(c->s.raster_color[i]);
	p[8] = (uint32_t)w;
	p[9] = (uint32_t)h;
	p[10] = fbits(zx);
	p[11] = fbits(zy);
	p[12] = (uint32_t)bus;
	p[13] = (uint32_t)(bus >> 32);
	ppgl_reloc(c, &p[12], PPGL_RELOC_BUS);
	/* the buffer is the caller's until the card has read it */
	ppgl_finish(c);
}

void glDrawPixels(GLsizei w, GLsizei h, GLenum format, GLenum type,
		  const void *pixels)
{
	CTX;
	uint8_t *buf;
	size_t n;
	int i;

	if (C->cur_list && format == GL_COLOR_INDEX) {
		GLuint *copy = NULL;

		if (w > 0 && h > 0 && w <= MAX_TEX_SIZE && h <= MAX_TEX_SIZE &&
		    pixels && ppgl_pixel_format_ok(format, type))
			copy = ppgl_unpack_indices(&C->c.unpack, w, h, type, pixels);
		DL_REC(C, DL_DrawIndices, I(w), I(h), P(copy));
	} else if (C->cur_list) {
		float *copy = NULL;

		if (w > 0 && h > 0 && w <= MAX_TEX_SIZE && h <= MAX_TEX_SIZE &&
		    pixels && ppgl_pixel_format_ok(format, type) &&
		    format != GL_DEPTH_COMPONENT && format != GL_STENCIL_INDEX) {
			copy = malloc((size_t)w * h * 16);
			if (copy && ppgl_unpack_rgba(C, &C->c.unpack, w, h, format,
						     type, pixels, copy)) {
				free(copy);
				copy = NULL;
			}
		}
		DL_REC(C, DL_DrawPixels, I(w), I(h), P(copy));
		if (C->list_mode == GL_COMPILE)
			return;
	}
	NOT_IN_BEGIN(C);
	if (w < 0 || h < 0) {
		ppgl_error(C, GL_INVALID_VALUE);
		return;
	}
	/* GL_BITMAP goes with colour and stencil indices only */
	if (ppgl_pixel_format_error(format, type) != GL_NO_ERROR) {
		ppgl_error(C, ppgl_pixel_format_error(format, type));
		return;
	}
	if (ppgl_feedback_raster(C, GL_DRAW_PIXEL_TOKEN))
		return;
	if (!C->s.raster_valid || !w || !h || !pixels)
		return;
	if (w > MAX_TEX_SIZE || h > MAX_TEX_SIZE) {
		ppgl_error(C, GL_INVALID_VALUE);
		return;
	}
	n = (size_t)w * h;
	buf = malloc(n * 4);
	if (!buf) {
		ppgl_error(C, GL_OUT_OF_MEMORY);
		return;
	}
	if (format == GL_STENCIL_INDEX) {
		/* stencil indices: shift, offset and GL_MAP_STENCIL */
		for (i = 0; i < (int)n; i++)
			buf[i] = (uint8_t)ppgl_map_stencil(C,
				raw_index(C, &C->c.unpack, w, type, pixels,
					  i % w, i / w));
		draw_raw(C, GL_STENCIL_INDEX, C->s.raster_pos[0],
			 C->s.raster_pos[1], w, h, C->s.zoom[0], C->s.zoom[1],
			 buf, n);
		free(buf);
		return;
	}
	if (format == GL_DEPTH_COMPONENT) {
		/* depth values: GL_DEPTH_SCALE and GL_DEPTH_BIAS, then clamped;
		 * the colour transfer does not touch them */
		const struct pixel_store *ps = &C->c.unpack;
		size_t g, r;

		layout(ps, w, GL_DEPTH_COMPONENT, type, &g, &r);
		for (i = 0; i < (int)n; i++) {
			const uint8_t *p = (const uint8_t *)pixels +
					   (size_t)(i / w + ps->skip_rows) * r +
					   (size_t)(i % w + ps->skip_pixels) * g;
			double d = comp(type, p, ps->swap_bytes) *
				   C->s.depth_scale + C->s.depth_bias;
			uint32_t u = (uint32_t)llrint((d < 0 ? 0 : d > 1 ? 1 : d) *
						      4294967295.0);

			memcpy(buf + i * 4, &u, 4);
		}
		draw_raw(C, GL_DEPTH_COMPONENT, C->s.raster_pos[0],
			 C->s.raster_pos[1], w, h, C->s.zoom[0], C->s.zoom[1],
			 buf, n * 4);
		free(buf);
		return;
	}
	{
		float *tmp = malloc(n * 16);

		if (!tmp) {
			free(buf);
			ppgl_error(C, GL_OUT_OF_MEMORY);
			return;
		}
		ppgl_unpack_rgba(C, &C->c.unpack, w, h, format, type, pixels, tmp);
		for (i = 0; i < (int)n * 4; i++)
			buf[i] = (uint8_t)lrintf(tmp[i] * 255);
		free(tmp);
	}
	draw_raw(C, GL_RGBA, C->s.raster_pos[0], C->s.raster_pos[1], w, h,
		 C->s.zoom[0], C->s.zoom[1], buf, n * 4);
	free(buf);
}

void ppgl_draw_pixels_rgba(struct ctx *c, int w, int h, const float *rgba)
{
	size_t n = (size_t)w * h, i;
	uint8_t *buf;

	if (ppgl_feedback_raster(c, GL_DRAW_PIXEL_TOKEN))
		return;
	if (!c->s.raster_valid || w <= 0 || h <= 0 || !rgba)
		return;
	buf = malloc(n * 4);
	if (!buf)
		return;
	for (i = 0; i < n * 4; i++)
		buf[i] = (uint8_t)lrintf(rgba[i] * 255);
	draw_raw(c, GL_RGBA, c->s.raster_pos[0], c->s.raster_pos[1], w, h,
		 c->s.zoom[0], c->s.zoom[1], buf, n * 4);
	free(buf);
}

/* Reads a rectangle of the read buffer into buf (bytes long) in the card's
 * READ_PIXELS layout for kind, waiting until it has landed. */
void ppgl_read_rect(struct ctx *c, uint32_t kind, int x, int y, int w, int h,
		    void *buf, size_t bytes)
{
	uint64_t bus = c->t->dma_map(c->t, buf, bytes, PPGL_DMA_FROM_CARD);
	uint32_t *p = ppgl_cmd_u(c, PP_CLASS_DRAW, PP_READ_PIXELS, 7, kind,
				 (uint32_t)x, (uint32_t)y, (uint32_t)w,
				 (uint32_t)h, (uint32_t)bus,
				 (uint32_t)(bus >> 32));

	ppgl_reloc(c, &p[5], PPGL_RELOC_BUS);
	ppgl_finish(c);
}

void glReadPixels(GLint x, GLint y, GLsizei w, GLsizei h, GLenum format,
		  GLenum type, void *pixels)
{
	CTX;
	uint32_t kind;
	uint8_t *buf;
	size_t n, bpp, i;
	float *f;

	NOT_IN_BEGIN(C);
	if (w < 0 || h < 0) {
		ppgl_error(C, GL_INVALID_VALUE);
		return;
	}
	if (ppgl_pixel_format_error(format, type) != GL_NO_ERROR ||
	    type == GL_BITMAP) {
		GLenum err = ppgl_pixel_format_error(format, type);

		ppgl_error(C, err == GL_NO_ERROR ? GL_INVALID_ENUM : err);
		return;
	}
	if (!w || !h || !pixels)
		return;
	if (w > MAX_TEX_SIZE || h > MAX_TEX_SIZE) {
		ppgl_error(C, GL_INVALID_VALUE);
		return;
	}
	kind = format == GL_DEPTH_COMPONENT ? GL_DEPTH_COMPONENT :
	       format == GL_STENCIL_INDEX ? GL_STENCIL_INDEX : GL_RGBA;
	if (format == GL_COLOR_INDEX) {
		ppgl_error(C, GL_INVALID_OPERATION);
		return;
	}
	n = (size_t)w * h;
	bpp = kind == GL_STENCIL_INDEX ? 1 : 4;
	buf = malloc(n * bpp);
	f = malloc(n * 16);
	if (!buf || !f) {
		free(buf);
		free(f);
		ppgl_error(C, GL_OUT_OF_MEMORY);
		return;
	}
	ppgl_read_rect(C, kind, x, y, w, h, buf, n * bpp);
	for (i = 0; i < n; i++) {
		float *o = f + i * 4;

		if (kind == GL_RGBA) {
			int k;

			for (k = 0; k < 4; k++)
				o[k] = buf[i * 4 + k] / 255.0f;
			if (transfer_on(C))
				transfer(C, o);
		} else if (kind == GL_DEPTH_COMPONENT) {
			uint32_t d;

			memcpy(&d, buf + i * 4, 4);
			o[0] = (float)(d / 4294967295.0) * C->s.depth_scale +
			       C->s.depth_bias;
		} else {
			/* stencil: shift, offset and GL_MAP_STENCIL (4.3.2) */
			o[0] = (float)ppgl_map_stencil(C, shift_index(C, buf[i]));
		}
	}
	if (kind == GL_RGBA) {
		ppgl_pack_rgba(&C->c.pack, w, h, format, type, f, pixels);
	} else {
		/* one component: pack through GL_RED with index semantics
		 * for stencil (raw integers) */
		size_t g, r;
		int xx, yy;

		layout(&C->c.pack, w, GL_RED, type, &g, &r);
		for (yy = 0; yy < h; yy++)
			for (xx = 0; xx < w; xx++) {
				uint8_t *p = (uint8_t *)pixels +
					     (size_t)(yy + C->c.pack.skip_rows) * r +
					     (size_t)(xx + C->c.pack.skip_pixels) * g;
				float v = f[((size_t)yy * w + xx) * 4];

				if (kind == GL_STENCIL_INDEX && type != GL_FLOAT) {
					uint32_t s = (uint32_t)(int64_t)v;

					if (g == 1) p[0] = (uint8_t)s;
					else if (g == 2) { uint16_t t = (uint16_t)s; memcpy(p, &t, 2); }
					else memcpy(p, &s, 4);
				} else {
					put_comp(type, p, v);
				}
			}
	}
	free(buf);
	free(f);
}

/* glCopyPixels of colour under a scale or bias: the card copies pixels
 * as they are, so the rectangle comes back, goes through the transfer and
 * is drawn like glDrawPixels data.  Returns 0 when out of memory. */
static int copy_color_transfer(struct ctx *c, int x, int y, int w, int h)
{
	size_t n = (size_t)w * h, i;
	uint8_t *buf = malloc(n * 4);

	if (!buf)
		return 0;
	ppgl_read_rect(c, GL_RGBA, x, y, w, h, buf, n * 4);
	for (i = 0; i < n * 4; i += 4) {
		float v[4];
		int k;

		for (k = 0; k < 4; k++)
			v[k] = buf[i + k] / 255.0f;
		transfer(c, v);
		for (k = 0; k < 4; k++) {
			float f = v[k] < 0 ? 0 : v[k] > 1 ? 1 : v[k];

			buf[i + k] = (uint8_t)lrintf(f * 255);
		}
	}
	draw_raw(c, GL_RGBA, c->s.raster_pos[0], c->s.raster_pos[1], w, h,
		 c->s.zoom[0], c->s.zoom[1], buf, n * 4);
	free(buf);
	return 1;
}

void glCopyPixels(GLint x, GLint y, GLsizei w, GLsizei h, GLenum type)
{
	CTX;
	uint32_t *p;

	DL_REC(C, DL_CopyPixels, I(x), I(y), I(w), I(h), U(type));
	NOT_IN_BEGIN(C);
	if (w < 0 || h < 0) {
		ppgl_error(C, GL_INVALID_VALUE);
		return;
	}
	if (type != GL_COLOR && type != GL_DEPTH && type != GL_STENCIL) {
		ppgl_error(C, GL_INVALID_ENUM);
		return;
	}
	if (ppgl_feedback_raster(C, GL_COPY_PIXEL_TOKEN))
		return;
	if (!C->s.raster_valid || !w || !h)
		return;
	if (C->render_mode == GL_SELECT) {
		ppgl_select_hit(C, C->s.raster_pos[2], C->s.raster_pos[2]);
		return;
	}
	if (type == GL_COLOR && transfer_on(C)) {
		if (!copy_color_transfer(C, x, y,
					 w > MAX_TEX_SIZE ? MAX_TEX_SIZE : w,
					 h > MAX_TEX_SIZE ? MAX_TEX_SIZE : h))
			ppgl_error(C, GL_OUT_OF_MEMORY);
		return;
	}
	{
		/* depth and stencil copies colour their fragments with the
		 * current raster colour, which the card takes as CURRENT */
		uint32_t bit = PP_V_COLOR;

		ppgl_cmd_f(C, PP_CLASS_STATE, PP_CURRENT, 1, &bit, 4,
			   C->s.raster_color);
	}
	p = ppgl_cmd(C, PP_CLASS_DRAW, PP_COPY_PIXELS, 10);
	p[0] = type == GL_COLOR ? GL_RGBA : type == GL_DEPTH ?
	       GL_DEPTH_COMPONENT : GL_STENCIL_INDEX;
	p[1] = (uint32_t)x;
	p[2] = (uint32_t)y;
	p[3] = (uint32_t)(w > MAX_TEX_SIZE ? MAX_TEX_SIZE : w);
	p[4] = (uint32_t)(h > MAX_TEX_SIZE ? MAX_TEX_SIZE : h);
	p[5] = fbits(C->s.raster_pos[0]);
	p[6] = fbits(C->s.raster_pos[1]);
	p[7] = fbits(C->s.raster_pos[2]);
	p[8] = fbits(C->s.zoom[0]);
	p[9] = fbits(C->s.zoom[1]);
}

void glBitmap(GLsizei w, GLsizei h, GLfloat xo, GLfloat yo, GLfloat xm,
	      GLfloat ym, const GLubyte *bits)
{
	CTX;
	const struct pixel_store *ps = &C->c.unpack;
	uint8_t *buf;
	int x, y;

	if (C->cur_list) {
		/* record the bits unpacked to one byte per pixel */
		uint8_t *copy = NULL;

		if (w > 0 && h > 0 && w <= MAX_TEX_SIZE && h <= MAX_TEX_SIZE &&
		    bits) {
			copy = malloc((size_t)w * h);
			for (y = 0; copy && y < h; y++)
				for (x = 0; x < w; x++)
					copy[(size_t)y * w + x] =
						(uint8_t)bitmap_bit(ps, w, bits, x, y);
		}
		DL_REC(C, DL_Bitmap, I(w), I(h), F(xo), F(yo), F(xm), F(ym),
		       P(copy));
		if (C->list_mode == GL_COMPILE)
			return;
	}
	NOT_IN_BEGIN(C);
	if (w < 0 || h < 0) {
		ppgl_error(C, GL_INVALID_VALUE);
		return;
	}
	if (!C->s.raster_valid)
		return;
	if (!ppgl_feedback_raster(C, GL_BITMAP_TOKEN) && w && h && bits &&
	    w <= MAX_TEX_SIZE && h <= MAX_TEX_SIZE) {
		buf = malloc((size_t)w * h);
		if (!buf) {
			ppgl_error(C, GL_OUT_OF_MEMORY);
			return;
		}
		for (y = 0; y < h; y++)
			for (x = 0; x < w; x++)
				buf[(size_t)y * w + x] =
					(uint8_t)bitmap_bit(ps, w, bits, x, y);
		draw_raw(C, GL_BITMAP, floorf(C->s.raster_pos[0] - xo),
			 floorf(C->s.raster_pos[1] - yo), w, h, 1, 1, buf,
			 (size_t)w * h);
		free(buf);
	}
	C->s.raster_pos[0] += xm;
	C->s.raster_pos[1] += ym;
}

/* Replays a recorded bitmap (one byte per pixel). */
void ppgl_bitmap_bytes(struct ctx *c, int w, int h, float xo, float yo,
		       float xm, float ym, uint8_t *bytes)
{
	if (!c->s.raster_valid)
		return;
	if (!ppgl_feedback_raster(c, GL_BITMAP_TOKEN) && bytes && w > 0 &&
	    h > 0)
		draw_raw(c, GL_BITMAP, floorf(c->s.raster_pos[0] - xo),
			 floorf(c->s.raster_pos[1] - yo), w, h, 1, 1, bytes,
			 (size_t)w * h);
	c->s.raster_pos[0] += xm;
	c->s.raster_pos[1] += ym;
}
