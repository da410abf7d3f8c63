/* Texture objects, parameters, completeness and sampling (GL 1.x 3.8). */
#include <math.h>
#include <string.h>
#include "internal.h"

static void tex_defaults(struct pg_texture *t)
{
	memset(t, 0, sizeof(*t));
	t->min_filter = GL_NEAREST_MIPMAP_LINEAR;
	t->mag_filter = GL_LINEAR;
	t->wrap_s = t->wrap_t = GL_REPEAT;
	t->min_lod = -1000.0f;
	t->max_lod = 1000.0f;
	t->max_level = 1000;
}

void pg_textures_reset(struct pg_engine *e)
{
	int i;

	for (i = 0; i < PG_MAX_TEXTURES; i++)
		tex_defaults(&e->tex[i]);
}

static int is_base(uint32_t b)
{
	return b == GL_ALPHA || b == GL_LUMINANCE || b == GL_LUMINANCE_ALPHA ||
	       b == GL_INTENSITY || b == GL_RGB || b == GL_RGBA;
}

int pg_tex_image(struct pg_engine *e, uint32_t tex, uint32_t level,
		 uint32_t base, uint32_t offset, uint32_t w, uint32_t h)
{
	struct pg_texture *t;
	uint64_t bytes = (uint64_t)w * h * 4;

	if (tex >= PG_MAX_TEXTURES || level >= PG_MAX_LEVELS || !is_base(base) ||
	    w > PG_MAX_SIZE || h > PG_MAX_SIZE || (offset & 3))
		return PG_ERR_STATE;
	if (offset > e->vram_size || bytes > e->vram_size - offset)
		return PG_ERR_RANGE;
	t = &e->tex[tex];
	t->lv[level].off = offset;
	t->lv[level].w = (int)w;
	t->lv[level].h = (int)h;
	if (level == 0) {
		t->base = base;
		t->defined = w > 0 && h > 0;
	}
	return PG_OK;
}

static int is_filter(uint32_t f, int min)
{
	if (f == GL_NEAREST || f == GL_LINEAR)
		return 1;
	return min && (f == GL_NEAREST_MIPMAP_NEAREST ||
		       f == GL_LINEAR_MIPMAP_NEAREST ||
		       f == GL_NEAREST_MIPMAP_LINEAR ||
		       f == GL_LINEAR_MIPMAP_LINEAR);
}

static int is_wrap(uint32_t w)
{
	return w == GL_REPEAT || w == GL_CLAMP || w == GL_CLAMP_TO_EDGE;
}

int pg_tex_param(struct pg_engine *e, uint32_t tex, uint32_t pname,
		 const float v[4])
{
	struct pg_texture *t;
	uint32_t u = isfinite(v[0]) && v[0] >= 0 && v[0] < 1e9f ?
		     (uint32_t)v[0] : 0;
	int i;

	if (tex >= PG_MAX_TEXTURES)
		return PG_ERR_STATE;
	t = &e->tex[tex];
	for (i = 0; i < 4; i++)
		if (!isfinite(v[i]))
			return PG_ERR_STATE;
	switch (pname) {
	case GL_TEXTURE_MIN_FILTER:
		if (!is_filter(u, 1))
			return PG_ERR_STATE;
		t->min_filter = u;
		break;
	case GL_TEXTURE_MAG_FILTER:
		if (!is_filter(u, 0))
			return PG_ERR_STATE;
		t->mag_filter = u;
		break;
	case GL_TEXTURE_WRAP_S:
	case GL_TEXTURE_WRAP_T:
		if (!is_wrap(u))
			return PG_ERR_STATE;
		if (pname == GL_TEXTURE_WRAP_S)
			t->wrap_s = u;
		else
			t->wrap_t = u;
		break;
	case GL_TEXTURE_BORDER_COLOR:
		for (i = 0; i < 4; i++)
			t->border[i] = pg_clampf(v[i], 0, 1);
		break;
	case GL_TEXTURE_MIN_LOD:
		t->min_lod = v[0];
		break;
	case GL_TEXTURE_MAX_LOD:
		t->max_lod = v[0];
		break;
	case GL_TEXTURE_BASE_LEVEL:
		if (v[0] < 0)
			return PG_ERR_STATE;
		t->base_level = (int)u;
		break;
	case GL_TEXTURE_MAX_LEVEL:
		if (v[0] < 0)
			return PG_ERR_STATE;
		t->max_level = (int)u;
		break;
	default:
		return PG_ERR_STATE;
	}
	return PG_OK;
}

int pg_tex_delete(struct pg_engine *e, uint32_t tex)
{
	int u;

	if (tex >= PG_MAX_TEXTURES)
		return PG_ERR_STATE;
	tex_defaults(&e->tex[tex]);
	for (u = 0; u < PG_MAX_UNITS; u++) {
		if (e->s.unit[u].bound_1d == tex)
			e->s.unit[u].bound_1d = 0;
		if (e->s.unit[u].bound_2d == tex)
			e->s.unit[u].bound_2d = 0;
	}
	return PG_OK;
}

int pg_bind_texture(struct pg_engine *e, uint32_t unit, uint32_t target,
		    uint32_t tex)
{
	if (unit >= PG_MAX_UNITS || tex >= PG_MAX_TEXTURES ||
	    (target != GL_TEXTURE_1D && target != GL_TEXTURE_2D))
		return PG_ERR_STATE;
	if (target == GL_TEXTURE_1D)
		e->s.unit[unit].bound_1d = tex;
	else
		e->s.unit[unit].bound_2d = tex;
	return PG_OK;
}

static int is_mipmap(uint32_t f)
{
	return f != GL_NEAREST && f != GL_LINEAR;
}

/* Levels from base to the last one the filter may use, or -1 when the
 * texture is incomplete (then the unit behaves as if disabled). */
static int last_level(const struct pg_texture *t)
{
	int b = t->base_level, q, l, w, h;

	if (b >= PG_MAX_LEVELS || t->lv[b].w <= 0 || t->lv[b].h <= 0 ||
	    (b == 0 && !t->defined))
		return -1;
	if (!is_mipmap(t->min_filter))
		return b;
	w = t->lv[b].w;
	h = t->lv[b].h;
	q = b;
	while ((w > 1 || h > 1) && q + 1 < PG_MAX_LEVELS && q < t->max_level) {
		w = w > 1 ? w / 2 : 1;
		h = h > 1 ? h / 2 : 1;
		q++;
	}
	for (l = b + 1; l <= q; l++) {
		int ew = t->lv[b].w >> (l - b), eh = t->lv[b].h >> (l - b);

		if (t->lv[l].w != (ew ? ew : 1) || t->lv[l].h != (eh ? eh : 1))
			return -1;
	}
	return q;
}

const struct pg_texture *pg_unit_texture(struct pg_engine *e, int unit,
					 int *dims)
{
	const struct pg_unit *u = &e->s.unit[unit];
	const struct pg_texture *t;

	if (u->enabled_2d) {
		t = &e->tex[u->bound_2d];
		*dims = 2;
	} else if (u->enabled_1d) {
		t = &e->tex[u->bound_1d];
		*dims = 1;
	} else {
		return NULL;
	}
	return last_level(t) < 0 ? NULL : t;
}

static void texel(const struct pg_engine *e, const struct pg_texture *t,
		  int lv, int i, int j, float out[4])
{
	uint32_t p;

	memcpy(&p, e->vram + t->lv[lv].off +
	       ((size_t)j * t->lv[lv].w + i) * 4, 4);
	out[0] = (float)((p >> 16) & 255) * (1.0f / 255);
	out[1] = (float)((p >> 8) & 255) * (1.0f / 255);
	out[2] = (float)(p & 255) * (1.0f / 255);
	out[3] = (float)(p >> 24) * (1.0f / 255);
}

static int wrap_nearest(uint32_t mode, float u, int size)
{
	int i = (int)floorf(u);

	if (mode == GL_REPEAT) {
		i %= size;
		return i < 0 ? i + size : i;
	}
	return i < 0 ? 0 : i >= size ? size - 1 : i;
}

/* Texel index pair and weight for linear filtering; -1 = border. */
static void wrap_linear(uint32_t mode, float u, int size, int *i0, int *i1,
			float *frac)
{
	float f;

	if (mode == GL_CLAMP)
		u = pg_clampf(u, 0, (float)size);
	else if (mode == GL_CLAMP_TO_EDGE)
		u = pg_clampf(u, 0.5f, (float)size - 0.5f);
	u -= 0.5f;
	f = floorf(u);
	*frac = u - f;
	*i0 = (int)f;
	*i1 = *i0 + 1;
	if (mode == GL_REPEAT) {
		*i0 %= size;
		if (*i0 < 0)
			*i0 += size;
		*i1 = (*i0 + 1) % size;
	} else {
		if (*i0 < 0 || *i0 >= size)
			*i0 = mode == GL_CLAMP ? -1 : (*i0 < 0 ? 0 : size - 1);
		if (*i1 < 0 || *i1 >= size)
			*i1 = mode == GL_CLAMP ? -1 : (*i1 < 0 ? 0 : size - 1);
	}
}

static void sample_level(const struct pg_engine *e, const struct pg_texture *t,
			 int lv, int dims, int linear, float s, float tt,
			 float out[4])
{
	int w = t->lv[lv].w, h = dims == 2 ? t->lv[lv].h : 1;
	float u = s * w, v = tt * h;
	int c;

	if (!linear) {
		int i = wrap_nearest(t->wrap_s, u, w);
		int j = dims == 2 ? wrap_nearest(t->wrap_t, v, h) : 0;

		texel(e, t, lv, i, j, out);
		return;
	} else {
		int i0, i1, j0 = 0, j1 = 0;
		float a, b = 0, t00[4], t10[4], t01[4], t11[4];

		wrap_linear(t->wrap_s, u, w, &i0, &i1, &a);
		if (dims == 2)
			wrap_linear(t->wrap_t, v, h, &j0, &j1, &b);
#define FETCH(dst, i, j) \
	do { if ((i) < 0 || (j) < 0) memcpy(dst, t->border, 16); \
	     else texel(e, t, lv, i, j, dst); } while (0)
		FETCH(t00, i0, j0);
		FETCH(t10, i1, j0);
		if (dims == 2) {
			FETCH(t01, i0, j1);
			FETCH(t11, i1, j1);
		} else {
			memcpy(t01, t00, 16);
			memcpy(t11, t10, 16);
		}
#undef FETCH
		for (c = 0; c < 4; c++)
			out[c] = (1 - a) * (1 - b) * t00[c] + a * (1 - b) * t10[c] +
				 (1 - a) * b * t01[c] + a * b * t11[c];
	}
}

void pg_sample(struct pg_engine *e, const struct pg_texture *t, int dims,
	       float s, float tt, float lod, float out[4])
{
	uint32_t min = t->min_filter;
	float c = (t->mag_filter == GL_LINEAR &&
		   (min == GL_NEAREST_MIPMAP_NEAREST ||
		    min == GL_LINEAR_MIPMAP_NEAREST)) ? 0.5f : 0.0f;
	int b = t->base_level, q = last_level(t);

	if (!isfinite(s) || !isfinite(tt)) {
		s = 0;
		tt = 0;
	}
	if (s > 1e6f || s < -1e6f)
		s = 0;
	if (tt > 1e6f || tt < -1e6f)
		tt = 0;
	lod = pg_clampf(isfinite(lod) ? lod : 0, t->min_lod, t->max_lod);
	if (lod <= c) {
		sample_level(e, t, b, dims, t->mag_filter == GL_LINEAR, s, tt, out);
		return;
	}
	switch (min) {
	case GL_NEAREST:
	case GL_LINEAR:
		sample_level(e, t, b, dims, min == GL_LINEAR, s, tt, out);
		return;
	case GL_NEAREST_MIPMAP_NEAREST:
	case GL_LINEAR_MIPMAP_NEAREST: {
		int l = lod <= 0.5f ? b : b + (int)ceilf(lod + 0.5f) - 1;

		if (l > q)
			l = q;
		sample_level(e, t, l, dims, min == GL_LINEAR_MIPMAP_NEAREST,
			     s, tt, out);
		return;
	}
	default: {
		int l0 = b + (int)floorf(lod), l1, i;
		float f = lod - floorf(lod), o2[4];

		if (l0 >= q) {
			sample_level(e, t, q, dims,
				     min == GL_LINEAR_MIPMAP_LINEAR, s, tt, out);
			return;
		}
		l1 = l0 + 1;
		sample_level(e, t, l0, dims, min == GL_LINEAR_MIPMAP_LINEAR,
			     s, tt, out);
		sample_level(e, t, l1, dims, min == GL_LINEAR_MIPMAP_LINEAR,
			     s, tt, o2);
		for (i = 0; i < 4; i++)
			out[i] = (1 - f) * out[i] + f * o2[i];
		return;
	}
	}
}
