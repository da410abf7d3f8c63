/* glReadPixels: rectangles of the framebuffer read back and packed into
 * client memory. */
#include <stdlib.h>
#include <string.h>
#include "ctx.h"
#include "pixels.h"

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
			if (ppgl_transfer_on(C))
				ppgl_pixel_transfer(C, o);
		} else if (kind == GL_DEPTH_COMPONENT) {
			uint32_t d;

			memcpy(&d, buf + i * 4, 4);
			o[0] = (float)(d / 4294967295.0) * C->s.depth_scale +
			       C->s.depth_bias;
		} else {
			/* stencil: shift, offset and GL_MAP_STENCIL (4.3.2) */
			o[0] = (float)ppgl_map_stencil(C, ppgl_shift_index(C, buf[i]));
		}
	}
	if (kind == GL_RGBA) {
		ppgl_pack_rgba(&C->c.pack, w, h, format, type, f, pixels);
	} else {
		/* one component: pack through GL_RED with index semantics
		 * for stencil (raw integers) */
		size_t g, r;
		int xx, yy;

		ppgl_pixel_layout(&C->c.pack, w, GL_RED, type, &g, &r);
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
					ppgl_pixel_put_comp(type, p, v);
				}
			}
	}
	free(buf);
	free(f);
}
