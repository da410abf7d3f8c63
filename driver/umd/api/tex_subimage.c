/* Replacing parts of texture images: glTexSubImage and the copies from
 * the framebuffer (glCopyTexImage, glCopyTexSubImage). */
#include <stdlib.h>
#include <string.h>
#include "ctx.h"
#include "texture.h"

static void tex_sub_image(struct ctx *c, GLenum target, GLint level, GLint x,
			  GLint y, GLint z, GLsizei w, GLsizei h, GLsizei d,
			  GLenum format, GLenum type, const void *pixels)
{
	struct tex_obj *t = ppgl_bound_tex(c, target);
	struct tex_level *l;
	float *rgba;

	if (!t) {
		ppgl_error(c, GL_INVALID_ENUM);
		return;
	}
	if (level < 0 || level >= MAX_LEVELS || w < 0 || h < 0 || d < 0) {
		ppgl_error(c, GL_INVALID_VALUE);
		return;
	}
	if (!ppgl_tex_format_ok(c, format, type))
		return;
	l = ppgl_tex_level(t, target, level);
	if (l->off == ~0u && (w || h || d)) {
		ppgl_error(c, GL_INVALID_OPERATION);
		return;
	}
	if (x < 0 || y < 0 || z < 0 || x + w > l->w || y + h > l->h ||
	    z + d > l->d) {
		ppgl_error(c, GL_INVALID_VALUE);
		return;
	}
	if (!w || !h || !d || !pixels)
		return;
	rgba = ppgl_tex_unpack_box(c, w, h, d, format, type, pixels);
	if (!rgba)
		return;
	ppgl_tex_sync_before_write(c);
	ppgl_tex_store_box(c, l, x, y, z, w, h, d, rgba);
	if (level == t->base_level && t->generate_mipmap)
		ppgl_tex_gen_mipmaps(c, t, target,
				     !x && !y && !z && w == l->w && h == l->h &&
				     d == l->d ? rgba : NULL);
	free(rgba);
}

void glTexSubImage2D(GLenum target, GLint level, GLint x, GLint y, GLsizei w,
		     GLsizei h, GLenum format, GLenum type, const void *pixels)
{
	CTX;

	NOT_IN_BEGIN(C);
	if (target != GL_TEXTURE_2D && ppgl_cube_face(target) < 0) {
		ppgl_error(C, GL_INVALID_ENUM);
		return;
	}
	tex_sub_image(C, target, level, x, y, 0, w, h, 1, format, type, pixels);
}

void glTexSubImage1D(GLenum target, GLint level, GLint x, GLsizei w,
		     GLenum format, GLenum type, const void *pixels)
{
	CTX;

	NOT_IN_BEGIN(C);
	if (target != GL_TEXTURE_1D) {
		ppgl_error(C, GL_INVALID_ENUM);
		return;
	}
	tex_sub_image(C, target, level, x, 0, 0, w, 1, 1, format, type, pixels);
}

void glTexSubImage3D(GLenum target, GLint level, GLint x, GLint y, GLint z,
		     GLsizei w, GLsizei h, GLsizei d, GLenum format,
		     GLenum type, const void *pixels)
{
	CTX;

	NOT_IN_BEGIN(C);
	if (target != GL_TEXTURE_3D) {
		ppgl_error(C, GL_INVALID_ENUM);
		return;
	}
	tex_sub_image(C, target, level, x, y, z, w, h, d, format, type, pixels);
}

/* Copies a framebuffer rectangle into (xo, yo, zo) of a level.  Plain 2D
 * levels copy on the card; cube faces and 3D slices come back through
 * the CPU, which also converts what is not plain RGBA. */
static void copy_sub(struct ctx *c, struct tex_obj *t, GLenum target,
		     GLint level, GLint xo, GLint yo, GLint zo, GLint x,
		     GLint y, GLsizei w, GLsizei h)
{
	struct tex_level *l = ppgl_tex_level(t, target, level);
	int i, j;

	if (target == GL_TEXTURE_1D || target == GL_TEXTURE_2D) {
		ppgl_cmd_u(c, PP_CLASS_TEXTURE, PP_COPY_TEX, 8, t->slot,
			   (uint32_t)level, (uint32_t)xo, (uint32_t)yo,
			   (uint32_t)x, (uint32_t)y, (uint32_t)w, (uint32_t)h);
		if (ppgl_base_format((GLint)l->ifmt) == GL_RGBA)
			goto done;
		ppgl_finish(c);
		for (j = 0; j < h; j++)
			for (i = 0; i < w; i++) {
				uint8_t *p = c->t->vram + l->off +
					     ((size_t)(yo + j) * l->w + xo + i) * 4;
				uint32_t v;
				float f[4];

				memcpy(&v, p, 4);
				ppgl_argb_rgba(v, f);
				v = ppgl_texel(ppgl_base_format((GLint)l->ifmt),
					       f);
				memcpy(p, &v, 4);
			}
	} else {
		size_t n = (size_t)w * h, k;
		uint8_t *buf = malloc(n * 4);
		float *f = malloc(n * 16);

		if (!buf || !f) {
			free(buf);
			free(f);
			ppgl_error(c, GL_OUT_OF_MEMORY);
			return;
		}
		ppgl_read_rect(c, GL_RGBA, x, y, w, h, buf, n * 4);
		for (k = 0; k < n * 4; k++)
			f[k] = buf[k] / 255.0f;
		ppgl_tex_store_box(c, l, xo, yo, zo, w, h, 1, f);
		free(buf);
		free(f);
	}
done:
	if (level == t->base_level && t->generate_mipmap)
		ppgl_tex_gen_mipmaps(c, t, target, NULL);
}

static void copy_tex_image(GLenum target, GLint level, GLenum ifmt, GLint x,
			   GLint y, GLsizei w, GLsizei h, GLint border)
{
	CTX;
	struct tex_obj *t;
	int max = ppgl_tex_max_size(target);

	NOT_IN_BEGIN(C);
	t = ppgl_bound_tex(C, target);
	if (!t || target == GL_TEXTURE_3D || target == GL_TEXTURE_CUBE_MAP) {
		ppgl_error(C, GL_INVALID_ENUM);
		return;
	}
	if (!ppgl_base_format((GLint)ifmt) || level < 0 || level >= MAX_LEVELS ||
	    w < 0 || h < 0 || w > max || h > max || border ||
	    (ppgl_cube_face(target) >= 0 && w != h)) {
		ppgl_error(C, GL_INVALID_VALUE);
		return;
	}
	ppgl_tex_sync_before_write(C);
	if (!ppgl_tex_define_level(C, t, target, level, (GLint)ifmt, w, h, 1))
		return;
	ppgl_tex_send_level(C, t, target, level);
	if (w && h)
		copy_sub(C, t, target, level, 0, 0, 0, x, y, w, h);
}

void glCopyTexImage2D(GLenum target, GLint level, GLenum ifmt, GLint x,
		      GLint y, GLsizei w, GLsizei h, GLint border)
{
	if (target != GL_TEXTURE_2D && ppgl_cube_face(target) < 0) {
		CTX;

		ppgl_error(C, GL_INVALID_ENUM);
		return;
	}
	copy_tex_image(target, level, ifmt, x, y, w, h, border);
}

void glCopyTexImage1D(GLenum target, GLint level, GLenum ifmt, GLint x,
		      GLint y, GLsizei w, GLint border)
{
	if (target != GL_TEXTURE_1D) {
		CTX;

		ppgl_error(C, GL_INVALID_ENUM);
		return;
	}
	copy_tex_image(target, level, ifmt, x, y, w, 1, border);
}

static void copy_tex_sub(GLenum target, GLint level, GLint xo, GLint yo,
			 GLint zo, GLint x, GLint y, GLsizei w, GLsizei h)
{
	CTX;
	struct tex_obj *t;
	struct tex_level *l;

	NOT_IN_BEGIN(C);
	t = ppgl_bound_tex(C, target);
	if (!t || target == GL_TEXTURE_CUBE_MAP) {
		ppgl_error(C, GL_INVALID_ENUM);
		return;
	}
	if (level < 0 || level >= MAX_LEVELS) {
		ppgl_error(C, GL_INVALID_VALUE);
		return;
	}
	l = ppgl_tex_level(t, target, level);
	if (l->off == ~0u) {
		ppgl_error(C, GL_INVALID_OPERATION);
		return;
	}
	if (xo < 0 || yo < 0 || zo < 0 || w < 0 || h < 0 || xo + w > l->w ||
	    yo + h > l->h || zo >= l->d) {
		ppgl_error(C, GL_INVALID_VALUE);
		return;
	}
	if (w && h)
		copy_sub(C, t, target, level, xo, yo, zo, x, y, w, h);
}

void glCopyTexSubImage2D(GLenum target, GLint level, GLint xo, GLint yo,
			 GLint x, GLint y, GLsizei w, GLsizei h)
{
	if (target != GL_TEXTURE_2D && ppgl_cube_face(target) < 0) {
		CTX;

		ppgl_error(C, GL_INVALID_ENUM);
		return;
	}
	copy_tex_sub(target, level, xo, yo, 0, x, y, w, h);
}

void glCopyTexSubImage1D(GLenum target, GLint level, GLint xo, GLint x,
			 GLint y, GLsizei w)
{
	if (target != GL_TEXTURE_1D) {
		CTX;

		ppgl_error(C, GL_INVALID_ENUM);
		return;
	}
	copy_tex_sub(target, level, xo, 0, 0, x, y, w, 1);
}

void glCopyTexSubImage3D(GLenum target, GLint level, GLint xo, GLint yo,
			 GLint zo, GLint x, GLint y, GLsizei w, GLsizei h)
{
	if (target != GL_TEXTURE_3D) {
		CTX;

		ppgl_error(C, GL_INVALID_ENUM);
		return;
	}
	copy_tex_sub(target, level, xo, yo, zo, x, y, w, h);
}
