/* Client pixel data: unpacking to RGBA floats and packing back, under
 * the pixel-store state and the pixel transfer. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "ctx.h"
#include "pixels.h"

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
void ppgl_pixel_layout(const struct pixel_store *ps, int w, GLenum format,
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

float ppgl_pixel_comp(GLenum type, const uint8_t *p, int swap)
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
int ppgl_bitmap_bit(const struct pixel_store *ps, int w, const void *src,
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
		return ppgl_bitmap_bit(ps, w, src, x, y);
	ppgl_pixel_layout(ps, w, GL_STENCIL_INDEX, type, &g, &r);
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
long ppgl_shift_index(const struct ctx *c, long v)
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
long ppgl_raw_index(const struct ctx *c, const struct pixel_store *ps,
		    int w, GLenum type, const void *src, int x, int y)
{
	return ppgl_shift_index(c, read_index(ps, w, type, src, x, y));
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
int ppgl_transfer_on(const struct ctx *c)
{
	int k;

	for (k = 0; k < 4; k++)
		if (c->s.scale[k] != 1 || c->s.bias[k] != 0)
			return 1;
	return c->s.map_color;
}

/* The RGBA pixel transfer: scale and bias, then the GL_MAP_COLOR tables,
 * which clamp (3.6.5). */
void ppgl_pixel_transfer(const struct ctx *c, float v[4])
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
	int xfer = ppgl_transfer_on(c);
	ppgl_pixel_layout(ps, w, format, type, &g, &r);
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
				ppgl_index_to_rgba(c, ppgl_raw_index(c, ps, w, type, src,
								     x, y), o);
				continue;
			}
			if (packed(type, &pc))
				unpack_packed(type, p, ps->swap_bytes, in);
			else
				for (k = 0; k < n; k++)
					in[k] = ppgl_pixel_comp(type, p + k * type_bytes(type),
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
				ppgl_pixel_transfer(c, v);
			for (k = 0; k < 4; k++)
				o[k] = v[k] < 0 ? 0 : v[k] > 1 ? 1 : v[k];
		}
	}
	return 0;
}

void ppgl_pixel_put_comp(GLenum type, uint8_t *p, float v)
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

	ppgl_pixel_layout(ps, w, format, type, &g, &r);
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
					ppgl_pixel_put_comp(type, p + k * type_bytes(type), o[k]);
		}
	}
}
