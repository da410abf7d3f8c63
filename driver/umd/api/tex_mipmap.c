/* GL_GENERATE_MIPMAP: the level chain built from the base level. */
#include <stdlib.h>
#include <string.h>
#include "ctx.h"
#include "texture.h"

/* One box-filtered level (w x h x d) from the level above it (sw x sh x
 * sd). */
static void box_filter(const uint32_t *src, int sw, int sh, int sd,
		       uint32_t *dst, int w, int h, int d)
{
	int x, y, z, k;

	for (z = 0; z < d; z++)
		for (y = 0; y < h; y++)
			for (x = 0; x < w; x++) {
				uint32_t sum[4] = { 0, 0, 0, 0 }, v, out = 0;
				int dx, dy, dz, n = 0;

				for (dz = 0; dz < 2; dz++)
					for (dy = 0; dy < 2; dy++)
						for (dx = 0; dx < 2; dx++) {
							int sx = x * 2 + dx;
							int sy = y * 2 + dy;
							int sz = z * 2 + dz;

							if (sx >= sw || sy >= sh ||
							    sz >= sd)
								continue;
							v = src[((size_t)sz * sh + sy) *
								sw + sx];
							for (k = 0; k < 4; k++)
								sum[k] += (v >> (8 * k)) &
									  255;
							n++;
						}
				for (k = 0; k < 4; k++)
					out |= ((sum[k] + (uint32_t)n / 2) /
						(uint32_t)n) << (8 * k);
				dst[((size_t)z * h + y) * w + x] = out;
			}
}

/* GL_GENERATE_MIPMAP: box-filtered chain from the base level of the image
 * target given (one face of a cube map, all slices of a 3D texture).
 * The chain is computed from a copy of the base level in memory: the
 * caller's data when it has the whole level (the writes are then staged
 * behind queued draws, nothing waits), else VRAM read back once the
 * card has drained. */
void ppgl_tex_gen_mipmaps(struct ctx *c, struct tex_obj *t, GLenum target,
			  const float *rgba)
{
	int b = t->base_level, l, sw, sh, sd, w, h, d;
	struct tex_level *s = ppgl_tex_level(t, target, b), *o;
	uint32_t *src, *dst, base;
	size_t n, i;

	if (!rgba || !ppgl_vram_staged(c))
		ppgl_finish(c);
	s = ppgl_tex_level(t, target, b);
	sw = s->w;
	sh = s->h;
	sd = s->d;
	if ((sw <= 1 && sh <= 1 && sd <= 1) || s->off == ~0u)
		return;
	n = (size_t)sw * sh * sd;
	src = malloc(n * 4);
	if (!src) {
		ppgl_error(c, GL_OUT_OF_MEMORY);
		return;
	}
	base = ppgl_base_format((GLint)s->ifmt);
	if (rgba) {
		for (i = 0; i < n; i++)
			src[i] = ppgl_texel(base, rgba + i * 4);
	} else {
		memcpy(src, c->t->vram + s->off, n * 4);
	}
	for (l = b; l + 1 < MAX_LEVELS; l++) {
		if (sw <= 1 && sh <= 1 && sd <= 1)
			break;
		w = sw > 1 ? sw / 2 : 1;
		h = sh > 1 ? sh / 2 : 1;
		d = sd > 1 ? sd / 2 : 1;
		s = ppgl_tex_level(t, target, l);
		if (!ppgl_tex_define_level(c, t, target, l + 1, (GLint)s->ifmt,
					   w, h, d))
			break;
		o = ppgl_tex_level(t, target, l + 1);
		dst = malloc((size_t)w * h * d * 4);
		if (!dst) {
			ppgl_error(c, GL_OUT_OF_MEMORY);
			break;
		}
		box_filter(src, sw, sh, sd, dst, w, h, d);
		ppgl_tex_store_texels(c, o, dst);
		ppgl_tex_send_level(c, t, target, l + 1);
		free(src);
		src = dst;
		sw = w;
		sh = h;
		sd = d;
	}
	free(src);
}
