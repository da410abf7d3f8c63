/* GL_GENERATE_MIPMAP: the level chain built from the base level. */
#include <string.h>
#include "ctx.h"
#include "texture.h"

/* GL_GENERATE_MIPMAP: box-filtered chain from the base level of the image
 * target given (one face of a cube map, all slices of a 3D texture). */
void ppgl_tex_gen_mipmaps(struct ctx *c, struct tex_obj *t, GLenum target)
{
	int b = t->base_level, l;

	ppgl_finish(c);
	for (l = b; l + 1 < MAX_LEVELS; l++) {
		struct tex_level *s = ppgl_tex_level(t, target, l), *o;
		int w, h, d, x, y, z, k;

		if (s->w <= 1 && s->h <= 1 && s->d <= 1)
			break;
		w = s->w > 1 ? s->w / 2 : 1;
		h = s->h > 1 ? s->h / 2 : 1;
		d = s->d > 1 ? s->d / 2 : 1;
		if (!ppgl_tex_define_level(c, t, target, l + 1, (GLint)s->ifmt,
					   w, h, d))
			return;
		s = ppgl_tex_level(t, target, l);
		o = ppgl_tex_level(t, target, l + 1);
		for (z = 0; z < d; z++)
			for (y = 0; y < h; y++)
				for (x = 0; x < w; x++) {
					uint32_t sum[4] = { 0, 0, 0, 0 }, v, out = 0;
					int dx, dy, dz, n = 0;

					for (dz = 0; dz < 2; dz++)
						for (dy = 0; dy < 2; dy++)
							for (dx = 0; dx < 2; dx++) {
								int sx = x * 2 + dx, sy = y * 2 + dy;
								int sz = z * 2 + dz;

								if (sx >= s->w || sy >= s->h ||
								    sz >= s->d)
									continue;
								memcpy(&v, c->t->vram + s->off +
								       (((size_t)sz * s->h + sy) *
									s->w + sx) * 4, 4);
								for (k = 0; k < 4; k++)
									sum[k] += (v >> (8 * k)) & 255;
								n++;
							}
					for (k = 0; k < 4; k++)
						out |= ((sum[k] + (uint32_t)n / 2) /
							(uint32_t)n) << (8 * k);
					memcpy(c->t->vram + o->off +
					       (((size_t)z * h + y) * w + x) * 4,
					       &out, 4);
				}
		ppgl_tex_send_level(c, t, target, l + 1);
	}
}
