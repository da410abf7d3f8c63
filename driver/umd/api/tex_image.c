/* Texture images: internal formats, client data converted to the
 * card's ARGB8888 levels in VRAM, glTexImage1D/2D/3D and proxies. */
#include <stdlib.h>
#include <string.h>
#include "ctx.h"
#include "dlist.h"
#include "texture.h"

uint32_t ppgl_base_format(GLint ifmt)
{
	switch (ifmt) {
	case GL_ALPHA: case GL_ALPHA4: case GL_ALPHA8: case GL_ALPHA12:
	case GL_ALPHA16:
		return GL_ALPHA;
	case 1: case GL_LUMINANCE: case GL_LUMINANCE4: case GL_LUMINANCE8:
	case GL_LUMINANCE12: case GL_LUMINANCE16:
		return GL_LUMINANCE;
	case 2: case GL_LUMINANCE_ALPHA: case GL_LUMINANCE4_ALPHA4:
	case GL_LUMINANCE6_ALPHA2: case GL_LUMINANCE8_ALPHA8:
	case GL_LUMINANCE12_ALPHA4: case GL_LUMINANCE12_ALPHA12:
	case GL_LUMINANCE16_ALPHA16:
		return GL_LUMINANCE_ALPHA;
	case GL_INTENSITY: case GL_INTENSITY4: case GL_INTENSITY8:
	case GL_INTENSITY12: case GL_INTENSITY16:
		return GL_INTENSITY;
	case 3: case GL_RGB: case GL_R3_G3_B2: case GL_RGB4: case GL_RGB5:
	case GL_RGB8: case GL_RGB10: case GL_RGB12: case GL_RGB16:
		return GL_RGB;
	case 4: case GL_RGBA: case GL_RGBA2: case GL_RGBA4: case GL_RGB5_A1:
	case GL_RGBA8: case GL_RGB10_A2: case GL_RGBA12: case GL_RGBA16:
		return GL_RGBA;
	}
	return 0;
}

/* A card texel (0xAARRGGBB) as RGBA floats: ppgl_texel()'s inverse for RGBA. */
void ppgl_argb_rgba(uint32_t v, float f[4])
{
	f[0] = ((v >> 16) & 255) / 255.0f;
	f[1] = ((v >> 8) & 255) / 255.0f;
	f[2] = (v & 255) / 255.0f;
	f[3] = (v >> 24) / 255.0f;
}

uint32_t ppgl_texel(uint32_t base, const float *p)
{
	float r = p[0], g = p[1], b = p[2], a = p[3];
	uint32_t R, G, B, A;

	switch (base) {
	case GL_ALPHA: r = g = b = 0; break;
	case GL_LUMINANCE: g = b = r; a = 1; break;
	case GL_LUMINANCE_ALPHA: g = b = r; break;
	case GL_INTENSITY: g = b = a = r; break;
	case GL_RGB: a = 1; break;
	}
#define Q(v) ((uint32_t)((v) < 0 ? 0 : (v) > 1 ? 255 : (v) * 255.0f + 0.5f))
	R = Q(r);
	G = Q(g);
	B = Q(b);
	A = Q(a);
#undef Q
	return A << 24 | R << 16 | G << 8 | B;
}

/* Stores a w x h x d box of RGBA floats at (x, y, z) of level l: rows
 * of full width are contiguous in VRAM and go in one write. */
void ppgl_tex_store_box(struct ctx *c, struct tex_level *l, int x, int y,
			int z, int w, int h, int d, const float *rgba)
{
	uint32_t base = ppgl_base_format((GLint)l->ifmt);
	size_t row = (size_t)w * 4;
	int per = x == 0 && w == l->w ? (int)(PPGL_STAGE_MAX / row) : 1;
	int i, j, k, n, r;

	for (k = 0; k < d; k++)
		for (j = 0; j < h; j += n) {
			uint8_t *dst;

			n = h - j < per ? h - j : per;
			dst = ppgl_vram_write(c, l->off +
					      (uint32_t)((((size_t)(z + k) *
							   l->h) + y + j) *
							 l->w + x) * 4,
					      (uint32_t)(row * n));
			for (r = 0; r < n; r++)
				for (i = 0; i < w; i++) {
					uint32_t v = ppgl_texel(base,
						rgba + (((size_t)k * h + j + r) *
							w + i) * 4);

					memcpy(dst + row * r + (size_t)i * 4, &v,
					       4);
				}
		}
}

/* Stores a whole level's texels. */
void ppgl_tex_store_texels(struct ctx *c, struct tex_level *l,
			   const uint32_t *texels)
{
	size_t bytes = (size_t)l->w * l->h * l->d * 4, o, n;

	for (o = 0; o < bytes; o += n) {
		n = bytes - o < PPGL_STAGE_MAX ? bytes - o : PPGL_STAGE_MAX;
		memcpy(ppgl_vram_write(c, l->off + (uint32_t)o, (uint32_t)n),
		       (const uint8_t *)texels + o, n);
	}
}

void ppgl_tex_send_level(struct ctx *c, struct tex_obj *t, GLenum target,
			 int level)
{
	struct tex_level *l = ppgl_tex_level(t, target, level);
	uint32_t off = l->off == ~0u ? 0 : l->off;
	uint32_t base = ppgl_base_format((GLint)l->ifmt);	/* each level its own */
	uint32_t *p;

	if (target == GL_TEXTURE_1D || target == GL_TEXTURE_2D) {
		p = ppgl_cmd_u(c, PP_CLASS_TEXTURE, PP_TEX_IMAGE, 6, t->slot,
			       (uint32_t)level, base, off, (uint32_t)l->w,
			       (uint32_t)l->h);
		p += 3;
	} else {
		p = ppgl_cmd_u(c, PP_CLASS_TEXTURE, PP_TEX_IMAGE_EX, 8, t->slot,
			       target, (uint32_t)level, base, off,
			       (uint32_t)l->w, (uint32_t)l->h,
			       (uint32_t)(l->w ? l->d : 0));
		p += 4;
	}
	/* a level without storage has no address to relocate */
	if (l->off != ~0u)
		ppgl_reloc(c, p, PPGL_RELOC_VRAM);
}

/* The card reads texels at draw time: pending draws that use the old
 * contents must run before the CPU rewrites them.  Staged writes are
 * UPLOADs queued behind those draws: nothing to wait for. */
void ppgl_tex_sync_before_write(struct ctx *c)
{
	if (!ppgl_vram_staged(c))
		ppgl_finish(c);
}

int ppgl_tex_define_level(struct ctx *c, struct tex_obj *t, GLenum target,
			  int level, GLint ifmt, int w, int h, int d)
{
	struct tex_level *l = ppgl_tex_level(t, target, level);
	uint32_t need = (uint32_t)w * (uint32_t)h * (uint32_t)d * 4;

	if (l->off != ~0u && l->size != need) {
		ppgl_tex_sync_before_write(c);
		ppgl_vram_free(c, l->off);
		l->off = ~0u;
	}
	if (l->off == ~0u && need) {
		l->off = ppgl_vram_alloc(c, need);
		if (l->off == ~0u) {
			ppgl_error(c, GL_OUT_OF_MEMORY);
			l->w = l->h = l->d = 0;
			return 0;
		}
	}
	l->size = need;
	l->w = w;
	l->h = h;
	l->d = d;
	l->ifmt = (GLenum)ifmt;
	if (level == 0 && ppgl_cube_face(target) <= 0)
		t->base = ppgl_base_format(ifmt);
	return 1;
}

/* The largest size each target takes. */
int ppgl_tex_max_size(GLenum target)
{
	if (target == GL_TEXTURE_3D || target == GL_PROXY_TEXTURE_3D)
		return MAX_3D_SIZE;
	if (ppgl_cube_face(target) >= 0 ||
	    target == GL_PROXY_TEXTURE_CUBE_MAP)
		return MAX_CUBE_SIZE;
	return MAX_TEX_SIZE;
}

/* w x h x d RGBA floats from client memory; slices of a 3D image follow
 * GL_UNPACK_IMAGE_HEIGHT and GL_UNPACK_SKIP_IMAGES.  NULL with the error
 * raised when it cannot be done. */
float *ppgl_tex_unpack_box(struct ctx *c, int w, int h, int d, GLenum format,
			   GLenum type, const void *pixels)
{
	float *rgba = malloc((size_t)w * h * d * 16);
	struct pixel_store ps = c->c.unpack;
	int ih = ps.image_height > 0 ? ps.image_height : h, k;

	if (!rgba) {
		ppgl_error(c, GL_OUT_OF_MEMORY);
		return NULL;
	}
	for (k = 0; k < d; k++) {
		ps.skip_rows = c->c.unpack.skip_rows +
			       (c->c.unpack.skip_images + k) * ih;
		if (ppgl_unpack_rgba(c, &ps, w, h, format, type, pixels,
				     rgba + (size_t)k * w * h * 4)) {
			free(rgba);
			ppgl_error(c, GL_INVALID_OPERATION);
			return NULL;
		}
	}
	return rgba;
}

int ppgl_tex_format_ok(struct ctx *c, GLenum format, GLenum type)
{
	GLenum err = ppgl_pixel_format_error(format, type);

	/* colour indices become RGBA through the I_TO_* maps; stencil and
	 * depth data make no colour texture */
	if (err == GL_NO_ERROR && (format == GL_STENCIL_INDEX ||
				   format == GL_DEPTH_COMPONENT))
		err = GL_INVALID_ENUM;
	if (err != GL_NO_ERROR) {
		ppgl_error(c, err);
		return 0;
	}
	return 1;
}

/* glTexImage1D/2D/3D on a texture target or a cube face. */
static void tex_image(struct ctx *c, GLenum target, GLint level, GLint ifmt,
		      GLsizei w, GLsizei h, GLsizei d, GLint border,
		      GLenum format, GLenum type, const void *pixels)
{
	struct tex_obj *t;
	float *rgba = NULL;
	int max = ppgl_tex_max_size(target);

	t = ppgl_bound_tex(c, target);
	if (!t) {
		ppgl_error(c, GL_INVALID_ENUM);
		return;
	}
	if (!ppgl_base_format(ifmt) || level < 0 || level >= MAX_LEVELS ||
	    w < 0 || h < 0 || d < 0 || w > max || h > max || d > max ||
	    border != 0 || (ppgl_cube_face(target) >= 0 && w != h)) {
		ppgl_error(c, GL_INVALID_VALUE);
		return;
	}
	if (!ppgl_tex_format_ok(c, format, type))
		return;
	if (pixels && w && h && d) {
		rgba = ppgl_tex_unpack_box(c, w, h, d, format, type, pixels);
		if (!rgba)
			return;
	}
	ppgl_tex_sync_before_write(c);
	if (!ppgl_tex_define_level(c, t, target, level, ifmt, w, h, d)) {
		free(rgba);
		return;
	}
	if (rgba)
		ppgl_tex_store_box(c, ppgl_tex_level(t, target, level), 0, 0, 0,
				   w, h, d, rgba);
	ppgl_tex_send_level(c, t, target, level);
	if (level == t->base_level && t->generate_mipmap)
		ppgl_tex_gen_mipmaps(c, t, target, rgba);
	free(rgba);
}

/* A proxy query: whether the image would fit; nothing is kept but the
 * answer glGetTexLevelParameter gives. */
static void proxy_image(struct ctx *c, GLenum target, GLint level, GLint ifmt,
			GLsizei w, GLsizei h, GLsizei d, GLint border)
{
	int max = ppgl_tex_max_size(target), ok;
	struct tex_level *l;

	if (!ppgl_base_format(ifmt) || level < 0 || level >= MAX_LEVELS || w < 0 ||
	    h < 0 || d < 0 || border != 0) {
		ppgl_error(c, GL_INVALID_VALUE);
		return;
	}
	ok = w <= max && h <= max && d <= max &&
	     (target != GL_PROXY_TEXTURE_CUBE_MAP || w == h);
	l = &c->proxy[target == GL_PROXY_TEXTURE_1D ? 0 :
		      target == GL_PROXY_TEXTURE_2D ? 1 :
		      target == GL_PROXY_TEXTURE_3D ? 2 : 3][level];
	l->w = ok ? w : 0;
	l->h = ok ? h : 0;
	l->d = ok ? d : 0;
	l->ifmt = ok ? (GLenum)ifmt : 0;
}

void glTexImage2D(GLenum target, GLint level, GLint ifmt, GLsizei w,
		  GLsizei h, GLint border, GLenum format, GLenum type,
		  const void *pixels)
{
	CTX;

	if (C->cur_list && format == GL_COLOR_INDEX) {
		/* colour indices are kept as they are: the transfer is the
		 * one in force when the list runs */
		GLuint *copy = NULL;

		if (pixels && w > 0 && h > 0 && w <= MAX_TEX_SIZE &&
		    h <= MAX_TEX_SIZE && ppgl_pixel_format_ok(format, type))
			copy = ppgl_unpack_indices(&C->c.unpack, w, h, type,
						   pixels);
		DL_REC(C, DL_TexImage2DIndex, U(target), I(level), I(ifmt),
		       I(w), I(h), I(border), P(copy));
	} else if (C->cur_list) {
		/* lists keep their own copy, as RGBA floats */
		float *copy = NULL;

		if (pixels && w > 0 && h > 0 && w <= MAX_TEX_SIZE &&
		    h <= MAX_TEX_SIZE && ppgl_pixel_format_ok(format, type)) {
			copy = malloc((size_t)w * h * 16);
			if (copy && ppgl_unpack_rgba(C, &C->c.unpack, w, h, format,
						     type, pixels, copy)) {
				free(copy);
				copy = NULL;
			}
		}
		DL_REC(C, DL_TexImage2D, U(target), I(level), I(ifmt), I(w),
		       I(h), I(border), P(copy));
		if (C->list_mode == GL_COMPILE)
			return;
	}
	if (C->in_begin) {
		ppgl_error(C, GL_INVALID_OPERATION);
		return;
	}
	if (target == GL_PROXY_TEXTURE_2D || target == GL_PROXY_TEXTURE_CUBE_MAP) {
		proxy_image(C, target, level, ifmt, w, h, 1, border);
		return;
	}
	if (target != GL_TEXTURE_2D && ppgl_cube_face(target) < 0) {
		ppgl_error(C, GL_INVALID_ENUM);
		return;
	}
	tex_image(C, target, level, ifmt, w, h, 1, border, format, type, pixels);
}

void glTexImage1D(GLenum target, GLint level, GLint ifmt, GLsizei w,
		  GLint border, GLenum format, GLenum type, const void *pixels)
{
	CTX;

	if (C->in_begin) {
		ppgl_error(C, GL_INVALID_OPERATION);
		return;
	}
	if (target == GL_PROXY_TEXTURE_1D) {
		proxy_image(C, target, level, ifmt, w, 1, 1, border);
		return;
	}
	if (target != GL_TEXTURE_1D) {
		ppgl_error(C, GL_INVALID_ENUM);
		return;
	}
	tex_image(C, target, level, ifmt, w, 1, 1, border, format, type, pixels);
}

void glTexImage3D(GLenum target, GLint level, GLint ifmt, GLsizei w,
		  GLsizei h, GLsizei d, GLint border, GLenum format,
		  GLenum type, const void *pixels)
{
	CTX;

	NOT_IN_BEGIN(C);
	if (target == GL_PROXY_TEXTURE_3D) {
		proxy_image(C, target, level, ifmt, w, h, d, border);
		return;
	}
	if (target != GL_TEXTURE_3D) {
		ppgl_error(C, GL_INVALID_ENUM);
		return;
	}
	tex_image(C, target, level, ifmt, w, h, d, border, format, type, pixels);
}

void glTexImage3DEXT(GLenum target, GLint level, GLenum ifmt, GLsizei w,
		     GLsizei h, GLsizei d, GLint border, GLenum format,
		     GLenum type, const void *pixels)
{
	glTexImage3D(target, level, (GLint)ifmt, w, h, d, border, format, type,
		     pixels);
}
