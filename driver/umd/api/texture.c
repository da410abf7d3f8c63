/* Texture objects: names, images converted to the card's ARGB8888 in VRAM,
 * parameters, environments and coordinate generation. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "ctx.h"
#include "dlist.h"


static void tex_defaults(struct tex_obj *t)
{
	int i;

	t->min_filter = GL_NEAREST_MIPMAP_LINEAR;
	t->mag_filter = GL_LINEAR;
	t->wrap_s = t->wrap_t = t->wrap_r = GL_REPEAT;
	t->min_lod = -1000;
	t->max_lod = 1000;
	t->max_level = 1000;
	t->priority = 1;
	for (i = 0; i < MAX_LEVELS; i++) {
		int f;

		t->lv[i].off = ~0u;
		for (f = 0; f < 5; f++)
			t->face[f][i].off = ~0u;
	}
}

static struct tex_obj *tex_new(struct ctx *c, GLuint name, uint32_t slot)
{
	struct tex_obj *t = calloc(1, sizeof(*t));

	if (!t)
		return NULL;
	t->name = name;
	t->slot = slot;
	tex_defaults(t);
	c->tex[slot] = t;
	return t;
}

void ppgl_tex_init(struct ctx *c)
{
	tex_new(c, 0, 0)->target = GL_TEXTURE_2D;
	tex_new(c, 0, 1)->target = GL_TEXTURE_1D;
	tex_new(c, 0, SLOT_DEFAULT_3D)->target = GL_TEXTURE_3D;
	tex_new(c, 0, SLOT_DEFAULT_CUBE)->target = GL_TEXTURE_CUBE_MAP;
	c->next_tex_name = 2;
}

static void tex_free_levels(struct ctx *c, struct tex_obj *t)
{
	int i, f;

	for (f = 0; f < 6; f++)
		for (i = 0; i < MAX_LEVELS; i++) {
			struct tex_level *l = f ? &t->face[f - 1][i] : &t->lv[i];

			if (l->off != ~0u) {
				ppgl_vram_free(c, l->off);
				l->off = ~0u;
			}
		}
}

/* 0 .. 5 for GL_TEXTURE_CUBE_MAP_POSITIVE_X .. NEGATIVE_Z, else -1 */
int ppgl_cube_face(GLenum target)
{
	if (target >= GL_TEXTURE_CUBE_MAP_POSITIVE_X &&
	    target <= GL_TEXTURE_CUBE_MAP_NEGATIVE_Z)
		return (int)(target - GL_TEXTURE_CUBE_MAP_POSITIVE_X);
	return -1;
}

/* The level an image target names: a cube face's, or the texture's. */
struct tex_level *ppgl_tex_level(struct tex_obj *t, GLenum target, int level)
{
	int f = ppgl_cube_face(target);

	return f > 0 ? &t->face[f - 1][level] : &t->lv[level];
}

void ppgl_tex_fini(struct ctx *c)
{
	int i;

	for (i = 0; i < MAX_SLOTS; i++)
		if (c->tex[i]) {
			tex_free_levels(c, c->tex[i]);
			free(c->tex[i]);
			c->tex[i] = NULL;
		}
}

/* Named objects live in slots 2 and up; name n prefers slot n. */
struct tex_obj *ppgl_tex_lookup(struct ctx *c, GLuint name, GLenum target,
				int create)
{
	uint32_t i;

	if (name == 0)
		return c->tex[target == GL_TEXTURE_1D ? 1 :
			      target == GL_TEXTURE_3D ? SLOT_DEFAULT_3D :
			      target == GL_TEXTURE_CUBE_MAP ? SLOT_DEFAULT_CUBE : 0];
	if (name < SLOT_DEFAULT_3D && c->tex[name] && c->tex[name]->name == name)
		return c->tex[name];
	for (i = 2; i < SLOT_DEFAULT_3D; i++)
		if (c->tex[i] && c->tex[i]->name == name)
			return c->tex[i];
	if (!create)
		return NULL;
	if (name < SLOT_DEFAULT_3D && !c->tex[name])
		return tex_new(c, name, name);
	for (i = 2; i < SLOT_DEFAULT_3D; i++)
		if (!c->tex[i])
			return tex_new(c, name, i);
	return NULL;
}

/* Every texture target of a unit, in the order the card is told them. */
static const GLenum bind_targets[] = {
	GL_TEXTURE_1D, GL_TEXTURE_2D, GL_TEXTURE_3D, GL_TEXTURE_CUBE_MAP,
};

static GLuint bound_name(const struct unit_state *u, GLenum target)
{
	return target == GL_TEXTURE_1D ? u->bound1d :
	       target == GL_TEXTURE_2D ? u->bound2d :
	       target == GL_TEXTURE_3D ? u->bound3d : u->boundcube;
}

/* Tells the card which slot each target of the unit is bound to. */
void ppgl_send_bindings(struct ctx *c, int unit)
{
	unsigned int k;

	for (k = 0; k < sizeof(bind_targets) / sizeof(bind_targets[0]); k++) {
		GLenum tg = bind_targets[k];

		ppgl_cmd_u(c, PP_CLASS_TEXTURE, PP_TEX_BIND, 3, (uint32_t)unit,
			   tg, ppgl_tex_lookup(c, bound_name(&c->s.unit[unit], tg),
					       tg, 1)->slot);
	}
}

struct tex_obj *ppgl_bound_tex(struct ctx *c, GLenum target)
{
	struct unit_state *u = &c->s.unit[c->s.active_unit];

	if (ppgl_cube_face(target) >= 0)
		target = GL_TEXTURE_CUBE_MAP;	/* a face is its cube's */
	if (target != GL_TEXTURE_1D && target != GL_TEXTURE_2D &&
	    target != GL_TEXTURE_3D && target != GL_TEXTURE_CUBE_MAP)
		return NULL;
	return ppgl_tex_lookup(c, bound_name(u, target), target, 1);
}

void glGenTextures(GLsizei n, GLuint *names)
{
	CTX;
	GLsizei i;

	if (n < 0) {
		ppgl_error(C, GL_INVALID_VALUE);
		return;
	}
	for (i = 0; i < n; i++) {
		GLuint name = C->next_tex_name;

		/* skip names in use */
		while (ppgl_tex_lookup(C, name, GL_TEXTURE_2D, 0))
			name++;
		names[i] = name;
		C->next_tex_name = name + 1;
		/* reserve the name */
		ppgl_tex_lookup(C, name, GL_TEXTURE_2D, 1);
	}
}

void glGenTexturesEXT(GLsizei n, GLuint *names) { glGenTextures(n, names); }

GLboolean glIsTexture(GLuint name)
{
	CTX;
	struct tex_obj *t;

	if (!name)
		return GL_FALSE;
	t = ppgl_tex_lookup(C, name, GL_TEXTURE_2D, 0);
	return t && t->target != 0;
}

void glDeleteTextures(GLsizei n, const GLuint *names)
{
	CTX;
	GLsizei i;
	int u;

	if (n < 0) {
		ppgl_error(C, GL_INVALID_VALUE);
		return;
	}
	for (i = 0; i < n; i++) {
		struct tex_obj *t;

		if (!names[i])
			continue;
		t = ppgl_tex_lookup(C, names[i], GL_TEXTURE_2D, 0);
		if (!t)
			continue;
		for (u = 0; u < NUNITS; u++) {
			if (C->s.unit[u].bound1d == names[i])
				C->s.unit[u].bound1d = 0;
			if (C->s.unit[u].bound2d == names[i])
				C->s.unit[u].bound2d = 0;
			if (C->s.unit[u].bound3d == names[i])
				C->s.unit[u].bound3d = 0;
			if (C->s.unit[u].boundcube == names[i])
				C->s.unit[u].boundcube = 0;
		}
		ppgl_cmd_u(C, PP_CLASS_TEXTURE, PP_TEX_DELETE, 1, t->slot);
		for (u = 0; u < NUNITS; u++)
			ppgl_send_bindings(C, u);
		/* the card reuses slots only after the delete is executed,
		 * which command order guarantees */
		tex_free_levels(C, t);
		C->tex[t->slot] = NULL;
		free(t);
	}
}

void glDeleteTexturesEXT(GLsizei n, const GLuint *names)
{
	glDeleteTextures(n, names);
}

void glBindTexture(GLenum target, GLuint name)
{
	CTX;
	struct unit_state *u = &C->s.unit[C->s.active_unit];
	struct tex_obj *t;

	DL_REC(C, DL_BindTexture, U(target), U(name));
	NOT_IN_BEGIN(C);
	if (target != GL_TEXTURE_1D && target != GL_TEXTURE_2D &&
	    target != GL_TEXTURE_3D && target != GL_TEXTURE_CUBE_MAP) {
		ppgl_error(C, GL_INVALID_ENUM);
		return;
	}
	t = ppgl_tex_lookup(C, name, target, 1);
	if (!t) {
		ppgl_error(C, GL_OUT_OF_MEMORY);
		return;
	}
	if (name && t->target && t->target != target) {
		ppgl_error(C, GL_INVALID_OPERATION);
		return;
	}
	if (!t->target) {
		t->target = target;
		ppgl_tex_send_params(C, t);
	}
	if (target == GL_TEXTURE_1D)
		u->bound1d = name;
	else if (target == GL_TEXTURE_2D)
		u->bound2d = name;
	else if (target == GL_TEXTURE_3D)
		u->bound3d = name;
	else
		u->boundcube = name;
	ppgl_cmd_u(C, PP_CLASS_TEXTURE, PP_TEX_BIND, 3,
		   (uint32_t)C->s.active_unit, target, t->slot);
}

void glBindTextureEXT(GLenum target, GLuint name) { glBindTexture(target, name); }

void glActiveTexture(GLenum unit)
{
	CTX;
	DL_REC(C, DL_ActiveTexture, U(unit));
	if (unit < GL_TEXTURE0 || unit >= GL_TEXTURE0 + NUNITS) {
		ppgl_error(C, GL_INVALID_ENUM);
		return;
	}
	C->s.active_unit = (GLint)(unit - GL_TEXTURE0);
}

void glActiveTextureARB(GLenum unit) { glActiveTexture(unit); }

static void send_param(struct ctx *c, struct tex_obj *t, GLenum pname,
		       const GLfloat *v)
{
	uint32_t u[2] = { t->slot, pname };
	GLfloat a[4] = { v[0], 0, 0, 0 };

	if (pname == GL_TEXTURE_BORDER_COLOR)
		memcpy(a, v, 16);
	ppgl_cmd_f(c, PP_CLASS_TEXTURE, PP_TEX_PARAM, 2, u, 4, a);
}

void ppgl_tex_send_params(struct ctx *c, struct tex_obj *t)
{
	GLfloat v[4];

	v[0] = (GLfloat)t->min_filter;
	send_param(c, t, GL_TEXTURE_MIN_FILTER, v);
	v[0] = (GLfloat)t->mag_filter;
	send_param(c, t, GL_TEXTURE_MAG_FILTER, v);
	v[0] = (GLfloat)t->wrap_s;
	send_param(c, t, GL_TEXTURE_WRAP_S, v);
	v[0] = (GLfloat)t->wrap_t;
	send_param(c, t, GL_TEXTURE_WRAP_T, v);
	v[0] = (GLfloat)t->wrap_r;
	send_param(c, t, GL_TEXTURE_WRAP_R, v);
	send_param(c, t, GL_TEXTURE_BORDER_COLOR, t->border);
	v[0] = t->min_lod;
	send_param(c, t, GL_TEXTURE_MIN_LOD, v);
	v[0] = t->max_lod;
	send_param(c, t, GL_TEXTURE_MAX_LOD, v);
	v[0] = (GLfloat)t->base_level;
	send_param(c, t, GL_TEXTURE_BASE_LEVEL, v);
	v[0] = (GLfloat)t->max_level;
	send_param(c, t, GL_TEXTURE_MAX_LEVEL, v);
}

void glTexParameterfv(GLenum target, GLenum pname, const GLfloat *v)
{
	CTX;
	struct tex_obj *t;
	GLenum e = (GLenum)v[0];

	DL_REC(C, DL_TexParameterfv, U(target), U(pname), F(v[0]),
	       F(pname == GL_TEXTURE_BORDER_COLOR ? v[1] : 0),
	       F(pname == GL_TEXTURE_BORDER_COLOR ? v[2] : 0),
	       F(pname == GL_TEXTURE_BORDER_COLOR ? v[3] : 0));
	NOT_IN_BEGIN(C);
	t = ppgl_cube_face(target) >= 0 ? NULL : ppgl_bound_tex(C, target);
	if (!t) {
		ppgl_error(C, GL_INVALID_ENUM);
		return;
	}
	switch (pname) {
	case GL_TEXTURE_MIN_FILTER:
		if (e != GL_NEAREST && e != GL_LINEAR &&
		    e != GL_NEAREST_MIPMAP_NEAREST &&
		    e != GL_LINEAR_MIPMAP_NEAREST &&
		    e != GL_NEAREST_MIPMAP_LINEAR && e != GL_LINEAR_MIPMAP_LINEAR)
			goto bad;
		t->min_filter = e;
		break;
	case GL_TEXTURE_MAG_FILTER:
		if (e != GL_NEAREST && e != GL_LINEAR)
			goto bad;
		t->mag_filter = e;
		break;
	case GL_TEXTURE_WRAP_S:
	case GL_TEXTURE_WRAP_T:
	case GL_TEXTURE_WRAP_R:
		if (e != GL_REPEAT && e != GL_CLAMP && e != GL_CLAMP_TO_EDGE &&
		    e != GL_CLAMP_TO_BORDER)
			goto bad;
		if (pname == GL_TEXTURE_WRAP_S)
			t->wrap_s = e;
		else if (pname == GL_TEXTURE_WRAP_T)
			t->wrap_t = e;
		else
			t->wrap_r = e;
		break;
	case GL_TEXTURE_BORDER_COLOR: {
		int i;

		for (i = 0; i < 4; i++)
			t->border[i] = v[i] < 0 ? 0 : v[i] > 1 ? 1 : v[i];
		send_param(C, t, pname, t->border);
		return;
	}
	case GL_TEXTURE_MIN_LOD: t->min_lod = v[0]; break;
	case GL_TEXTURE_MAX_LOD: t->max_lod = v[0]; break;
	case GL_TEXTURE_BASE_LEVEL:
	case GL_TEXTURE_MAX_LEVEL:
		if (v[0] < 0) {
			ppgl_error(C, GL_INVALID_VALUE);
			return;
		}
		if (pname == GL_TEXTURE_BASE_LEVEL)
			t->base_level = (GLint)v[0];
		else
			t->max_level = (GLint)v[0];
		break;
	case GL_TEXTURE_PRIORITY:
		t->priority = v[0] < 0 ? 0 : v[0] > 1 ? 1 : v[0];
		return;
	case GL_GENERATE_MIPMAP:
		t->generate_mipmap = v[0] != 0;
		return;
	case GL_TEXTURE_MAX_ANISOTROPY_EXT:
		return;
	default:
		goto bad;
	}
	send_param(C, t, pname, v);
	return;
bad:
	ppgl_error(C, GL_INVALID_ENUM);
}

void glTexParameterf(GLenum target, GLenum pname, GLfloat v)
{
	GLfloat f[4] = { v, 0, 0, 0 };

	glTexParameterfv(target, pname, f);
}

void glTexParameteri(GLenum target, GLenum pname, GLint v)
{
	glTexParameterf(target, pname, (GLfloat)v);
}

void glTexParameteriv(GLenum target, GLenum pname, const GLint *v)
{
	GLfloat f[4] = { (GLfloat)v[0], 0, 0, 0 };
	int i;

	if (pname == GL_TEXTURE_BORDER_COLOR)
		for (i = 0; i < 4; i++)
			f[i] = (GLfloat)((double)v[i] / 2147483647.0);
	glTexParameterfv(target, pname, f);
}

/* ---- images ---- */

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

/* A card texel (0xAARRGGBB) as RGBA floats: texel()'s inverse for RGBA. */
void ppgl_argb_rgba(uint32_t v, float f[4])
{
	f[0] = ((v >> 16) & 255) / 255.0f;
	f[1] = ((v >> 8) & 255) / 255.0f;
	f[2] = (v & 255) / 255.0f;
	f[3] = (v >> 24) / 255.0f;
}

static uint32_t texel(uint32_t base, const float *p)
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

/* Stores a w x h x d box of RGBA floats at (x, y, z) of level l. */
static void store_box(struct ctx *c, struct tex_level *l, int x, int y,
		      int z, int w, int h, int d, const float *rgba)
{
	int i, j, k;

	for (k = 0; k < d; k++)
		for (j = 0; j < h; j++)
			for (i = 0; i < w; i++) {
				uint32_t v = texel(ppgl_base_format((GLint)l->ifmt), rgba +
					(((size_t)k * h + j) * w + i) * 4);

				memcpy(c->t->vram + l->off +
				       ((((size_t)(z + k) * l->h) + y + j) * l->w +
					x + i) * 4, &v, 4);
			}
}

static void send_level(struct ctx *c, struct tex_obj *t, GLenum target,
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
 * contents must run before the CPU rewrites them. */
static void sync_before_write(struct ctx *c)
{
	ppgl_finish(c);
}

static void gen_mipmaps(struct ctx *c, struct tex_obj *t, GLenum target);

static int define_level(struct ctx *c, struct tex_obj *t, GLenum target,
			int level, GLint ifmt, int w, int h, int d)
{
	struct tex_level *l = ppgl_tex_level(t, target, level);
	uint32_t need = (uint32_t)w * (uint32_t)h * (uint32_t)d * 4;

	if (l->off != ~0u && l->size != need) {
		sync_before_write(c);
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
static int max_size(GLenum target)
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
static float *unpack_box(struct ctx *c, int w, int h, int d, GLenum format,
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

static int format_ok(struct ctx *c, GLenum format, GLenum type)
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
	int max = max_size(target);

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
	if (!format_ok(c, format, type))
		return;
	if (pixels && w && h && d) {
		rgba = unpack_box(c, w, h, d, format, type, pixels);
		if (!rgba)
			return;
	}
	sync_before_write(c);
	if (!define_level(c, t, target, level, ifmt, w, h, d)) {
		free(rgba);
		return;
	}
	if (rgba)
		store_box(c, ppgl_tex_level(t, target, level), 0, 0, 0, w, h,
			  d, rgba);
	free(rgba);
	send_level(c, t, target, level);
	if (level == t->base_level && t->generate_mipmap)
		gen_mipmaps(c, t, target);
}

/* A proxy query: whether the image would fit; nothing is kept but the
 * answer glGetTexLevelParameter gives. */
static void proxy_image(struct ctx *c, GLenum target, GLint level, GLint ifmt,
			GLsizei w, GLsizei h, GLsizei d, GLint border)
{
	int max = max_size(target), ok;
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
	if (!format_ok(c, format, type))
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
	rgba = unpack_box(c, w, h, d, format, type, pixels);
	if (!rgba)
		return;
	sync_before_write(c);
	store_box(c, l, x, y, z, w, h, d, rgba);
	if (level == t->base_level && t->generate_mipmap)
		gen_mipmaps(c, t, target);
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
				v = texel(ppgl_base_format((GLint)l->ifmt), f);
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
		store_box(c, l, xo, yo, zo, w, h, 1, f);
		free(buf);
		free(f);
	}
done:
	if (level == t->base_level && t->generate_mipmap)
		gen_mipmaps(c, t, target);
}

static void copy_tex_image(GLenum target, GLint level, GLenum ifmt, GLint x,
			   GLint y, GLsizei w, GLsizei h, GLint border)
{
	CTX;
	struct tex_obj *t;
	int max = max_size(target);

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
	sync_before_write(C);
	if (!define_level(C, t, target, level, (GLint)ifmt, w, h, 1))
		return;
	send_level(C, t, target, level);
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

/* GL_GENERATE_MIPMAP: box-filtered chain from the base level of the image
 * target given (one face of a cube map, all slices of a 3D texture). */
static void gen_mipmaps(struct ctx *c, struct tex_obj *t, GLenum target)
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
		if (!define_level(c, t, target, l + 1, (GLint)s->ifmt, w, h, d))
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
		send_level(c, t, target, l + 1);
	}
}

/* ---- environment ---- */

void ppgl_send_texenv(struct ctx *c, int unit)
{
	struct unit_state *u = &c->s.unit[unit];
	uint32_t a[2] = { (uint32_t)unit, 0 };
	GLfloat v[4] = { 0, 0, 0, 0 };
	int i;

#define ENV(p, val) do { a[1] = (p); v[0] = (GLfloat)(val); \
	ppgl_cmd_f(c, PP_CLASS_TEXTURE, PP_TEX_ENV, 2, a, 4, v); } while (0)
	ENV(GL_TEXTURE_ENV_MODE, u->env_mode);
	a[1] = GL_TEXTURE_ENV_COLOR;
	ppgl_cmd_f(c, PP_CLASS_TEXTURE, PP_TEX_ENV, 2, a, 4, u->env_color);
	ENV(GL_COMBINE_RGB, u->comb_rgb);
	ENV(GL_COMBINE_ALPHA, u->comb_a);
	for (i = 0; i < 3; i++) {
		ENV(GL_SOURCE0_RGB + i, u->src_rgb[i]);
		ENV(GL_SOURCE0_ALPHA + i, u->src_a[i]);
		ENV(GL_OPERAND0_RGB + i, u->op_rgb[i]);
		ENV(GL_OPERAND0_ALPHA + i, u->op_a[i]);
	}
	ENV(GL_RGB_SCALE, u->scale_rgb);
	ENV(GL_ALPHA_SCALE, u->scale_a);
#undef ENV
}

void glTexEnvfv(GLenum target, GLenum pname, const GLfloat *v)
{
	CTX;
	struct unit_state *u = &C->s.unit[C->s.active_unit];
	GLenum e = (GLenum)v[0];
	uint32_t a[2] = { (uint32_t)C->s.active_unit, pname };
	GLfloat f[4] = { v[0], 0, 0, 0 };

	DL_REC(C, DL_TexEnvfv, U(target), U(pname), F(v[0]),
	       F(pname == GL_TEXTURE_ENV_COLOR ? v[1] : 0),
	       F(pname == GL_TEXTURE_ENV_COLOR ? v[2] : 0),
	       F(pname == GL_TEXTURE_ENV_COLOR ? v[3] : 0));
	NOT_IN_BEGIN(C);
	if (target == GL_TEXTURE_FILTER_CONTROL && pname == GL_TEXTURE_LOD_BIAS)
		return;
	if (target != GL_TEXTURE_ENV) {
		ppgl_error(C, GL_INVALID_ENUM);
		return;
	}
	switch (pname) {
	case GL_TEXTURE_ENV_MODE:
		if (e != GL_MODULATE && e != GL_REPLACE && e != GL_DECAL &&
		    e != GL_BLEND && e != GL_ADD && e != GL_COMBINE)
			goto bad;
		u->env_mode = e;
		break;
	case GL_TEXTURE_ENV_COLOR: {
		int i;

		for (i = 0; i < 4; i++)
			f[i] = u->env_color[i] = v[i] < 0 ? 0 : v[i] > 1 ? 1 : v[i];
		break;
	}
	case GL_COMBINE_RGB:
	case GL_COMBINE_ALPHA:
		if (e != GL_REPLACE && e != GL_MODULATE && e != GL_ADD &&
		    e != GL_ADD_SIGNED && e != GL_INTERPOLATE &&
		    e != GL_SUBTRACT &&
		    !(pname == GL_COMBINE_RGB &&
		      (e == GL_DOT3_RGB || e == GL_DOT3_RGBA)))
			goto bad;
		if (pname == GL_COMBINE_RGB)
			u->comb_rgb = e;
		else
			u->comb_a = e;
		break;
	case GL_SOURCE0_RGB: case GL_SOURCE1_RGB: case GL_SOURCE2_RGB:
	case GL_SOURCE0_ALPHA: case GL_SOURCE1_ALPHA: case GL_SOURCE2_ALPHA:
		if (e != GL_TEXTURE && e != GL_CONSTANT &&
		    e != GL_PRIMARY_COLOR && e != GL_PREVIOUS)
			goto bad;
		if (pname <= GL_SOURCE2_RGB)
			u->src_rgb[pname - GL_SOURCE0_RGB] = e;
		else
			u->src_a[pname - GL_SOURCE0_ALPHA] = e;
		break;
	case GL_OPERAND0_RGB: case GL_OPERAND1_RGB: case GL_OPERAND2_RGB:
		if (e != GL_SRC_COLOR && e != GL_ONE_MINUS_SRC_COLOR &&
		    e != GL_SRC_ALPHA && e != GL_ONE_MINUS_SRC_ALPHA)
			goto bad;
		u->op_rgb[pname - GL_OPERAND0_RGB] = e;
		break;
	case GL_OPERAND0_ALPHA: case GL_OPERAND1_ALPHA: case GL_OPERAND2_ALPHA:
		if (e != GL_SRC_ALPHA && e != GL_ONE_MINUS_SRC_ALPHA)
			goto bad;
		u->op_a[pname - GL_OPERAND0_ALPHA] = e;
		break;
	case GL_RGB_SCALE:
	case GL_ALPHA_SCALE:
		if (v[0] != 1 && v[0] != 2 && v[0] != 4) {
			ppgl_error(C, GL_INVALID_VALUE);
			return;
		}
		if (pname == GL_RGB_SCALE)
			u->scale_rgb = v[0];
		else
			u->scale_a = v[0];
		break;
	default:
		goto bad;
	}
	ppgl_cmd_f(C, PP_CLASS_TEXTURE, PP_TEX_ENV, 2, a, 4, f);
	return;
bad:
	ppgl_error(C, GL_INVALID_ENUM);
}

void glTexEnvf(GLenum target, GLenum pname, GLfloat v)
{
	GLfloat f[4] = { v, 0, 0, 0 };

	glTexEnvfv(target, pname, f);
}

void glTexEnvi(GLenum target, GLenum pname, GLint v)
{
	glTexEnvf(target, pname, (GLfloat)v);
}

void glTexEnviv(GLenum target, GLenum pname, const GLint *v)
{
	GLfloat f[4] = { (GLfloat)v[0], 0, 0, 0 };
	int i;

	if (pname == GL_TEXTURE_ENV_COLOR)
		for (i = 0; i < 4; i++)
			f[i] = (GLfloat)((double)v[i] / 2147483647.0);
	glTexEnvfv(target, pname, f);
}

/* ---- coordinate generation ---- */

/* The card transforms eye planes by the inverse of its current modelview,
 * so `eye` is given as the application would pass it under that matrix. */
void ppgl_send_texgen(struct ctx *c, int unit, int coord, const GLfloat eye[4])
{
	struct unit_state *u = &c->s.unit[unit];
	uint32_t *p = ppgl_cmd(c, PP_CLASS_STATE, PP_TEXGEN, 11);
	int i;

	p[0] = (uint32_t)unit;
	p[1] = GL_S + (uint32_t)coord;
	p[2] = u->gen_mode[coord];
	for (i = 0; i < 4; i++) {
		p[3 + i] = fbits(u->gen_obj[coord][i]);
		p[7 + i] = fbits(eye[i]);
	}
}

void glTexGenfv(GLenum coord, GLenum pname, const GLfloat *v)
{
	CTX;
	struct unit_state *u = &C->s.unit[C->s.active_unit];
	int c = (int)coord - GL_S, i;
	GLenum m = (GLenum)v[0];

	DL_REC(C, DL_TexGenfv, U(coord), U(pname), F(v[0]),
	       F(pname != GL_TEXTURE_GEN_MODE ? v[1] : 0),
	       F(pname != GL_TEXTURE_GEN_MODE ? v[2] : 0),
	       F(pname != GL_TEXTURE_GEN_MODE ? v[3] : 0));
	NOT_IN_BEGIN(C);
	if (c < 0 || c > 3) {
		ppgl_error(C, GL_INVALID_ENUM);
		return;
	}
	switch (pname) {
	case GL_TEXTURE_GEN_MODE:
		if (m != GL_OBJECT_LINEAR && m != GL_EYE_LINEAR &&
		    !((m == GL_SPHERE_MAP || m == GL_REFLECTION_MAP ||
		       m == GL_NORMAL_MAP) && c < 3)) {
			ppgl_error(C, GL_INVALID_ENUM);
			return;
		}
		u->gen_mode[c] = m;
		break;
	case GL_OBJECT_PLANE:
		memcpy(u->gen_obj[c], v, 16);
		break;
	case GL_EYE_PLANE: {
		/* stored in eye space, as glGetTexGen returns it */
		GLfloat inv[16];
		const GLfloat *mv = C->mv[C->mv_top];

		if (!pg_mat_invert(inv, mv))
			pg_identity(inv);
		for (i = 0; i < 4; i++)
			u->gen_eye[c][i] = v[0] * inv[i * 4] + v[1] * inv[i * 4 + 1] +
					   v[2] * inv[i * 4 + 2] +
					   v[3] * inv[i * 4 + 3];
		/* the card applies M^-1 itself: send the plane as given */
		ppgl_send_texgen(C, C->s.active_unit, c, v);
		return;
	}
	default:
		ppgl_error(C, GL_INVALID_ENUM);
		return;
	}
	/* mode and object plane: the eye plane E (eye space) goes as E * M,
	 * which the card's M^-1 turns back into E */
	{
		GLfloat e[4];
		const GLfloat *mv = C->mv[C->mv_top];

		for (i = 0; i < 4; i++)
			e[i] = u->gen_eye[c][0] * mv[i * 4] +
			       u->gen_eye[c][1] * mv[i * 4 + 1] +
			       u->gen_eye[c][2] * mv[i * 4 + 2] +
			       u->gen_eye[c][3] * mv[i * 4 + 3];
		ppgl_send_texgen(C, C->s.active_unit, c, e);
	}
}

void glTexGenf(GLenum coord, GLenum pname, GLfloat v)
{
	GLfloat f[4] = { v, 0, 0, 0 };

	glTexGenfv(coord, pname, f);
}

void glTexGeni(GLenum coord, GLenum pname, GLint v)
{
	glTexGenf(coord, pname, (GLfloat)v);
}

void glTexGend(GLenum coord, GLenum pname, GLdouble v)
{
	glTexGenf(coord, pname, (GLfloat)v);
}

void glTexGeniv(GLenum coord, GLenum pname, const GLint *v)
{
	GLfloat f[4] = { (GLfloat)v[0], 0, 0, 0 };
	int i;

	if (pname != GL_TEXTURE_GEN_MODE)
		for (i = 0; i < 4; i++)
			f[i] = (GLfloat)v[i];
	glTexGenfv(coord, pname, f);
}

void glTexGendv(GLenum coord, GLenum pname, const GLdouble *v)
{
	GLfloat f[4] = { (GLfloat)v[0], 0, 0, 0 };
	int i;

	if (pname != GL_TEXTURE_GEN_MODE)
		for (i = 0; i < 4; i++)
			f[i] = (GLfloat)v[i];
	glTexGenfv(coord, pname, f);
}

void glPrioritizeTextures(GLsizei n, const GLuint *names, const GLclampf *p)
{
	CTX;
	GLsizei i;

	for (i = 0; i < n; i++) {
		struct tex_obj *t = ppgl_tex_lookup(C, names[i], GL_TEXTURE_2D, 0);

		if (t)
			t->priority = p[i] < 0 ? 0 : p[i] > 1 ? 1 : p[i];
	}
}

GLboolean glAreTexturesResident(GLsizei n, const GLuint *names,
				GLboolean *res)
{
	GLsizei i;

	for (i = 0; i < n; i++)
		res[i] = GL_TRUE;
	(void)names;
	return GL_TRUE;
}
