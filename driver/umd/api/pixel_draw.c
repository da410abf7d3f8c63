/* Pixel rectangles drawn at the raster position: glDrawPixels,
 * glCopyPixels and glBitmap. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "ctx.h"
#include "dlist.h"
#include "pixels.h"

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
	p = ppgl_cmd(c, PP_CLASS_DRAW, PP_DRAW_PIXELS, 14);
	/* after the command is reserved: a staged copy belongs to the
	 * submission that carries it */
	bus = c->t->dma_map(c->t, data, bytes, PPGL_DMA_TO_CARD);
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
	/* the buffer is the caller's until the card has read it, unless
	 * the transport copied it */
	if (!ppgl_vram_staged(c))
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
				ppgl_raw_index(C, &C->c.unpack, w, type, pixels,
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

		ppgl_pixel_layout(ps, w, GL_DEPTH_COMPONENT, type, &g, &r);
		for (i = 0; i < (int)n; i++) {
			const uint8_t *p = (const uint8_t *)pixels +
					   (size_t)(i / w + ps->skip_rows) * r +
					   (size_t)(i % w + ps->skip_pixels) * g;
			double d = ppgl_pixel_comp(type, p, ps->swap_bytes) *
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
		ppgl_pixel_transfer(c, v);
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
	if (type == GL_COLOR && ppgl_transfer_on(C)) {
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
						(uint8_t)ppgl_bitmap_bit(ps, w, bits, x, y);
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
					(uint8_t)ppgl_bitmap_bit(ps, w, bits, x, y);
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
