/* Texture queries: glGetTexEnv, glGetTexGen, glGetTexParameter,
 * glGetTexLevelParameter and glGetTexImage. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "ctx.h"

void glGetTexEnvfv(GLenum target, GLenum pname, GLfloat *v)
{
	CTX;
	const struct unit_state *u = &C->s.unit[C->s.active_unit];

	if (target != GL_TEXTURE_ENV) {
		ppgl_error(C, GL_INVALID_ENUM);
		return;
	}
	switch (pname) {
	case GL_TEXTURE_ENV_MODE: v[0] = (GLfloat)u->env_mode; return;
	case GL_TEXTURE_ENV_COLOR: memcpy(v, u->env_color, 16); return;
	case GL_COMBINE_RGB: v[0] = (GLfloat)u->comb_rgb; return;
	case GL_COMBINE_ALPHA: v[0] = (GLfloat)u->comb_a; return;
	case GL_SOURCE0_RGB: case GL_SOURCE1_RGB: case GL_SOURCE2_RGB:
		v[0] = (GLfloat)u->src_rgb[pname - GL_SOURCE0_RGB];
		return;
	case GL_SOURCE0_ALPHA: case GL_SOURCE1_ALPHA: case GL_SOURCE2_ALPHA:
		v[0] = (GLfloat)u->src_a[pname - GL_SOURCE0_ALPHA];
		return;
	case GL_OPERAND0_RGB: case GL_OPERAND1_RGB: case GL_OPERAND2_RGB:
		v[0] = (GLfloat)u->op_rgb[pname - GL_OPERAND0_RGB];
		return;
	case GL_OPERAND0_ALPHA: case GL_OPERAND1_ALPHA: case GL_OPERAND2_ALPHA:
		v[0] = (GLfloat)u->op_a[pname - GL_OPERAND0_ALPHA];
		return;
	case GL_RGB_SCALE: v[0] = u->scale_rgb; return;
	case GL_ALPHA_SCALE: v[0] = u->scale_a; return;
	}
	ppgl_error(C, GL_INVALID_ENUM);
}

void glGetTexEnviv(GLenum target, GLenum pname, GLint *v)
{
	GLfloat f[4] = { 0, 0, 0, 0 };
	int i;

	glGetTexEnvfv(target, pname, f);
	if (pname == GL_TEXTURE_ENV_COLOR)
		for (i = 0; i < 4; i++)
			v[i] = (GLint)llround(f[i] * 2147483647.0);
	else
		v[0] = (GLint)f[0];
}

void glGetTexGenfv(GLenum coord, GLenum pname, GLfloat *v)
{
	CTX;
	const struct unit_state *u = &C->s.unit[C->s.active_unit];
	int c = (int)coord - GL_S;

	if (c < 0 || c > 3) {
		ppgl_error(C, GL_INVALID_ENUM);
		return;
	}
	switch (pname) {
	case GL_TEXTURE_GEN_MODE: v[0] = (GLfloat)u->gen_mode[c]; return;
	case GL_OBJECT_PLANE: memcpy(v, u->gen_obj[c], 16); return;
	case GL_EYE_PLANE: memcpy(v, u->gen_eye[c], 16); return;
	}
	ppgl_error(C, GL_INVALID_ENUM);
}

void glGetTexGeniv(GLenum coord, GLenum pname, GLint *v)
{
	GLfloat f[4] = { 0, 0, 0, 0 };
	int i, n = pname == GL_TEXTURE_GEN_MODE ? 1 : 4;

	glGetTexGenfv(coord, pname, f);
	for (i = 0; i < n; i++)
		v[i] = (GLint)f[i];
}

void glGetTexGendv(GLenum coord, GLenum pname, GLdouble *v)
{
	GLfloat f[4] = { 0, 0, 0, 0 };
	int i, n = pname == GL_TEXTURE_GEN_MODE ? 1 : 4;

	glGetTexGenfv(coord, pname, f);
	for (i = 0; i < n; i++)
		v[i] = f[i];
}

void glGetTexParameterfv(GLenum target, GLenum pname, GLfloat *v)
{
	CTX;
	struct tex_obj *t = ppgl_cube_face(target) >= 0 ? NULL :
			    ppgl_bound_tex(C, target);

	if (!t) {
		ppgl_error(C, GL_INVALID_ENUM);
		return;
	}
	switch (pname) {
	case GL_TEXTURE_MIN_FILTER: v[0] = (GLfloat)t->min_filter; return;
	case GL_TEXTURE_MAG_FILTER: v[0] = (GLfloat)t->mag_filter; return;
	case GL_TEXTURE_WRAP_S: v[0] = (GLfloat)t->wrap_s; return;
	case GL_TEXTURE_WRAP_T: v[0] = (GLfloat)t->wrap_t; return;
	case GL_TEXTURE_WRAP_R: v[0] = (GLfloat)t->wrap_r; return;
	case GL_TEXTURE_BORDER_COLOR: memcpy(v, t->border, 16); return;
	case GL_TEXTURE_MIN_LOD: v[0] = t->min_lod; return;
	case GL_TEXTURE_MAX_LOD: v[0] = t->max_lod; return;
	case GL_TEXTURE_BASE_LEVEL: v[0] = (GLfloat)t->base_level; return;
	case GL_TEXTURE_MAX_LEVEL: v[0] = (GLfloat)t->max_level; return;
	case GL_TEXTURE_PRIORITY: v[0] = t->priority; return;
	case GL_TEXTURE_RESIDENT: v[0] = 1; return;
	case GL_GENERATE_MIPMAP: v[0] = t->generate_mipmap; return;
	}
	ppgl_error(C, GL_INVALID_ENUM);
}

void glGetTexParameteriv(GLenum target, GLenum pname, GLint *v)
{
	GLfloat f[4] = { 0, 0, 0, 0 };
	int i;

	glGetTexParameterfv(target, pname, f);
	if (pname == GL_TEXTURE_BORDER_COLOR)
		for (i = 0; i < 4; i++)
			v[i] = (GLint)llround(f[i] * 2147483647.0);
	else
		v[0] = (GLint)f[0];
}

void glGetTexLevelParameteriv(GLenum target, GLint level, GLenum pname,
			      GLint *v)
{
	CTX;
	struct tex_obj *t = NULL;
	const struct tex_level *l;
	uint32_t b;
	int proxy = target == GL_PROXY_TEXTURE_1D ? 0 :
		    target == GL_PROXY_TEXTURE_2D ? 1 :
		    target == GL_PROXY_TEXTURE_3D ? 2 :
		    target == GL_PROXY_TEXTURE_CUBE_MAP ? 3 : -1;

	if (proxy < 0 && target != GL_TEXTURE_CUBE_MAP)
		t = ppgl_bound_tex(C, target);
	if (proxy < 0 && !t) {
		ppgl_error(C, GL_INVALID_ENUM);
		return;
	}
	if (level < 0 || level >= MAX_LEVELS) {
		ppgl_error(C, GL_INVALID_VALUE);
		return;
	}
	if (t) {
		l = ppgl_tex_level(t, target, level);
		b = ppgl_base_format((GLint)l->ifmt);
	} else {
		l = &C->proxy[proxy][level];
		b = 0;
		switch (l->ifmt) {	/* the base format it would have */
		case GL_ALPHA: case GL_LUMINANCE: case GL_LUMINANCE_ALPHA:
		case GL_INTENSITY: case GL_RGB: case GL_RGBA:
			b = l->ifmt;
			break;
		default:
			b = l->w ? GL_RGBA : 0;
		}
	}
	switch (pname) {
	case GL_TEXTURE_WIDTH: v[0] = l->w; return;
	case GL_TEXTURE_HEIGHT:
		v[0] = target == GL_TEXTURE_1D || target == GL_PROXY_TEXTURE_1D ?
		       (l->w ? 1 : 0) : l->h;
		return;
	case GL_TEXTURE_DEPTH: v[0] = l->w ? l->d : 0; return;
	case GL_TEXTURE_BORDER: v[0] = 0; return;
	case GL_TEXTURE_INTERNAL_FORMAT:
		v[0] = l->w ? (GLint)l->ifmt : 1;
		return;
	case GL_TEXTURE_RED_SIZE: case GL_TEXTURE_GREEN_SIZE:
	case GL_TEXTURE_BLUE_SIZE:
		v[0] = l->w && (b == GL_RGB || b == GL_RGBA) ? 8 : 0;
		return;
	case GL_TEXTURE_ALPHA_SIZE:
		v[0] = l->w && (b == GL_ALPHA || b == GL_LUMINANCE_ALPHA ||
				b == GL_RGBA) ? 8 : 0;
		return;
	case GL_TEXTURE_LUMINANCE_SIZE:
		v[0] = l->w && (b == GL_LUMINANCE || b == GL_LUMINANCE_ALPHA) ? 8 : 0;
		return;
	case GL_TEXTURE_INTENSITY_SIZE:
		v[0] = l->w && b == GL_INTENSITY ? 8 : 0;
		return;
	case GL_TEXTURE_COMPRESSED:
		v[0] = 0;
		return;
	}
	ppgl_error(C, GL_INVALID_ENUM);
}

void glGetTexLevelParameterfv(GLenum target, GLint level, GLenum pname,
			      GLfloat *v)
{
	GLint i = 0;

	glGetTexLevelParameteriv(target, level, pname, &i);
	v[0] = (GLfloat)i;
}

void glGetTexImage(GLenum target, GLint level, GLenum format, GLenum type,
		   void *pixels)
{
	CTX;
	struct tex_obj *t = target == GL_TEXTURE_CUBE_MAP ? NULL :
			    ppgl_bound_tex(C, target);
	const struct tex_level *l;
	uint32_t lb;
	float *f;
	int i, n;

	if (!t) {
		ppgl_error(C, GL_INVALID_ENUM);
		return;
	}
	if (level < 0 || level >= MAX_LEVELS) {
		ppgl_error(C, GL_INVALID_VALUE);
		return;
	}
	if (ppgl_pixel_format_error(format, type) != GL_NO_ERROR) {
		ppgl_error(C, ppgl_pixel_format_error(format, type));
		return;
	}
	if (format == GL_COLOR_INDEX || format == GL_STENCIL_INDEX ||
	    format == GL_DEPTH_COMPONENT) {
		ppgl_error(C, GL_INVALID_ENUM);
		return;
	}
	l = ppgl_tex_level(t, target, level);
	lb = ppgl_base_format((GLint)l->ifmt);
	if (l->off == ~0u || !pixels)
		return;
	ppgl_finish(C);
	n = l->w * l->h * l->d;
	f = malloc((size_t)n * 16);
	if (!f) {
		ppgl_error(C, GL_OUT_OF_MEMORY);
		return;
	}
	for (i = 0; i < n; i++) {
		uint32_t v;

		memcpy(&v, C->t->vram + l->off + (size_t)i * 4, 4);
		ppgl_argb_rgba(v, f + i * 4);
		/* texture components map one to one (L, I to R; R to L):
		 * luminance reads back as L, not the sum of R, G and B */
		if (lb == GL_LUMINANCE || lb == GL_LUMINANCE_ALPHA ||
		    lb == GL_INTENSITY || format == GL_LUMINANCE ||
		    format == GL_LUMINANCE_ALPHA)
			f[i * 4 + 1] = f[i * 4 + 2] = 0;
	}
	/* the slices of a 3D level pack as one image l->d times as tall;
	 * GL_PACK_IMAGE_HEIGHT and SKIP_IMAGES are not applied */
	ppgl_pack_rgba(&C->c.pack, l->w, l->h * l->d, format, type, f, pixels);
	free(f);
}
