/* Texture objects, parameters, completeness and sampling (GL 1.x 3.8). */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "internal.h"

static void tex_defaults(struct pg_texture *t)
{
	memset(t, 0, sizeof(*t));
	t->min_filter = GL_NEAREST_MIPMAP_LINEAR;
	t->mag_filter = GL_LINEAR;
	t->wrap_s = t->wrap_t = t->wrap_r = GL_REPEAT;
	t->min_lod = -1000.0f;
	t->max_lod = 1000.0f;
	t->max_level = 1000;
}

void pg_textures_reset(struct pg_engine *e)
{
	free(e->tex);
	e->tex = NULL;
}

/* A slot to change, the table allocated on first use; NULL when out of
 * memory. */
struct pg_texture *pg_tex_slot(struct pg_engine *e, uint32_t tex)
{
	int i;

	if (!e->tex) {
		e->tex = malloc(PG_MAX_TEXTURES * sizeof(*e->tex));
		if (!e->tex)
			return NULL;
		for (i = 0; i < PG_MAX_TEXTURES; i++)
			tex_defaults(&e->tex[i]);
	}
	return &e->tex[tex];
}

/* A slot to read: every slot is at its defaults until the table exists. */
const struct pg_texture *pg_tex_get(const struct pg_engine *e, uint32_t tex)
{
	static const struct pg_texture def = {
		.min_filter = GL_NEAREST_MIPMAP_LINEAR,
		.mag_filter = GL_LINEAR,
		.wrap_s = GL_REPEAT, .wrap_t = GL_REPEAT, .wrap_r = GL_REPEAT,
		.min_lod = -1000.0f, .max_lod = 1000.0f, .max_level = 1000,
	};

	return e->tex ? &e->tex[tex] : &def;
}

static int is_base(uint32_t b)
{
	return b == GL_ALPHA || b == GL_LUMINANCE || b == GL_LUMINANCE_ALPHA ||
	       b == GL_INTENSITY || b == GL_RGB || b == GL_RGBA;
}

const struct pg_tex_level *pg_tex_lv(const struct pg_texture *t, int face,
				     int level)
{
	return face ? &t->cube[face - 1][level] : &t->lv[level];
}

int pg_tex_image_ex(struct pg_engine *e, uint32_t tex, uint32_t target,
		    uint32_t level, uint32_t base, uint32_t offset, uint32_t w,
		    uint32_t h, uint32_t d)
{
	struct pg_texture *t;
	struct pg_tex_level *l;
	uint64_t bytes = (uint64_t)w * h * d * 4;
	int face = 0;

	if (target >= GL_TEXTURE_CUBE_MAP_POSITIVE_X &&
	    target <= GL_TEXTURE_CUBE_MAP_NEGATIVE_Z)
		face = (int)(target - GL_TEXTURE_CUBE_MAP_POSITIVE_X);
	else if (target != GL_TEXTURE_1D && target != GL_TEXTURE_2D &&
		 target != GL_TEXTURE_3D)
		return PG_ERR_STATE;
	if (tex >= PG_MAX_TEXTURES || level >= PG_MAX_LEVELS || !is_base(base) ||
	    w > PG_MAX_SIZE || h > PG_MAX_SIZE || d > PG_MAX_SIZE ||
	    (d != 1 && target != GL_TEXTURE_3D) || (offset & 3))
		return PG_ERR_STATE;
	if (offset > e->vram_size || bytes > e->vram_size - offset)
		return PG_ERR_RANGE;
	t = pg_tex_slot(e, tex);
	if (!t)
		return PG_ERR_STATE;
	l = face ? &t->cube[face - 1][level] : &t->lv[level];
	l->off = offset;
	l->w = (int)w;
	l->h = (int)h;
	l->d = (int)d;
	l->base = base;
	if (level == 0 && !face)
		t->defined = w > 0 && h > 0 && d > 0;
	return PG_OK;
}

int pg_tex_image(struct pg_engine *e, uint32_t tex, uint32_t level,
		 uint32_t base, uint32_t offset, uint32_t w, uint32_t h)
{
	return pg_tex_image_ex(e, tex, GL_TEXTURE_2D, level, base, offset, w,
			       h, 1);
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
	return w == GL_REPEAT || w == GL_CLAMP || w == GL_CLAMP_TO_EDGE ||
	       w == GL_CLAMP_TO_BORDER;
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
	t = pg_tex_slot(e, tex);
	if (!t)
		return PG_ERR_STATE;
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
	case GL_TEXTURE_WRAP_R:
		if (!is_wrap(u))
			return PG_ERR_STATE;
		if (pname == GL_TEXTURE_WRAP_S)
			t->wrap_s = u;
		else if (pname == GL_TEXTURE_WRAP_T)
			t->wrap_t = u;
		else
			t->wrap_r = u;
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
	if (e->tex)
		tex_defaults(&e->tex[tex]);
	for (u = 0; u < PG_MAX_UNITS; u++) {
		if (e->s.unit[u].bound_1d == tex)
			e->s.unit[u].bound_1d = 0;
		if (e->s.unit[u].bound_2d == tex)
			e->s.unit[u].bound_2d = 0;
		if (e->s.unit[u].bound_3d == tex)
			e->s.unit[u].bound_3d = 0;
		if (e->s.unit[u].bound_cube == tex)
			e->s.unit[u].bound_cube = 0;
	}
	return PG_OK;
}

int pg_bind_texture(struct pg_engine *e, uint32_t unit, uint32_t target,
		    uint32_t tex)
{
	struct pg_unit *u;

	if (unit >= PG_MAX_UNITS || tex >= PG_MAX_TEXTURES)
		return PG_ERR_STATE;
	u = &e->s.unit[unit];
	switch (target) {
	case GL_TEXTURE_1D: u->bound_1d = tex; break;
	case GL_TEXTURE_2D: u->bound_2d = tex; break;
	case GL_TEXTURE_3D: u->bound_3d = tex; break;
	case GL_TEXTURE_CUBE_MAP: u->bound_cube = tex; break;
	default: return PG_ERR_STATE;
	}
	return PG_OK;
}

static int is_mipmap(uint32_t f)
{
	return f != GL_NEAREST && f != GL_LINEAR;
}

/* Levels from base to the last one the filter may use, or -1 when the
 * texture is incomplete (then the unit behaves as if disabled).  A 3D
 * texture halves its depth too; a cube map needs six square faces of one
 * size at every level. */
int pg_tex_last_level(const struct pg_texture *t, int dims)
{
	int b = t->base_level, q, l, f, w, h, d;
	int nfaces = dims == PG_CUBE ? 6 : 1;
	const struct pg_tex_level *bl;

	if (b >= PG_MAX_LEVELS)
		return -1;
	bl = &t->lv[b];
	if (bl->w <= 0 || bl->h <= 0 || bl->d <= 0 || (b == 0 && !t->defined))
		return -1;
	if (dims != 3 && bl->d != 1)
		return -1;
	if (dims == PG_CUBE && bl->w != bl->h)
		return -1;
	w = bl->w;
	h = bl->h;
	d = bl->d;
	q = b;
	if (is_mipmap(t->min_filter))
		while ((w > 1 || h > 1 || (dims == 3 && d > 1)) &&
		       q + 1 < PG_MAX_LEVELS && q < t->max_level) {
			w = w > 1 ? w / 2 : 1;
			h = h > 1 ? h / 2 : 1;
			d = d > 1 ? d / 2 : 1;
			q++;
		}
	for (f = 0; f < nfaces; f++)
		for (l = b; l <= q; l++) {
			const struct pg_tex_level *lv = pg_tex_lv(t, f, l);
			int ew = bl->w >> (l - b), eh = bl->h >> (l - b);
			int ed = dims == 3 ? bl->d >> (l - b) : 1;

			if ((f || l > b) &&
			    (lv->w != (ew ? ew : 1) || lv->h != (eh ? eh : 1) ||
			     lv->d != (ed ? ed : 1)))
				return -1;
		}
	return q;
}

int pg_unit_on(const struct pg_unit *u)
{
	return u->enabled_1d || u->enabled_2d || u->enabled_3d ||
	       u->enabled_cube;
}

const struct pg_texture *pg_unit_texture(struct pg_engine *e, int unit,
					 int *dims)
{
	const struct pg_unit *u = &e->s.unit[unit];
	const struct pg_texture *t;

	/* the highest dimensionality enabled wins (GL 1.3 3.8.15) */
	if (u->enabled_cube) {
		t = pg_tex_get(e, u->bound_cube);
		*dims = PG_CUBE;
	} else if (u->enabled_3d) {
		t = pg_tex_get(e, u->bound_3d);
		*dims = 3;
	} else if (u->enabled_2d) {
		t = pg_tex_get(e, u->bound_2d);
		*dims = 2;
	} else if (u->enabled_1d) {
		t = pg_tex_get(e, u->bound_1d);
		*dims = 1;
	} else {
		return NULL;
	}
	return pg_tex_last_level(t, *dims) < 0 ? NULL : t;
}

static void texel(const struct pg_engine *e, const struct pg_tex_level *l,
		  int i, int j, int k, float out[4])
{
	uint32_t p;

	memcpy(&p, e->vram + l->off +
	       (((size_t)k * l->h + j) * l->w + i) * 4, 4);
	out[0] = (float)((p >> 16) & 255) * (1.0f / 255);
	out[1] = (float)((p >> 8) & 255) * (1.0f / 255);
	out[2] = (float)(p & 255) * (1.0f / 255);
	out[3] = (float)(p >> 24) * (1.0f / 255);
}

/* floor(u) as an int, for any u the callers pass (|u| <= 2^30) */
static int ifloor(float u)
{
	u = pg_clampf(u, -1073741824.0f, 1073741824.0f);
	return (int)floorf(u);
}

/* Texel index for nearest filtering; -1 = border. */
static int wrap_nearest(uint32_t mode, float u, int size)
{
	int i = ifloor(u);

	switch (mode) {
	case GL_REPEAT:
		i %= size;
		return i < 0 ? i + size : i;
	case GL_CLAMP_TO_BORDER:
		return i < 0 || i >= size ? -1 : i;
	default:	/* GL_CLAMP and GL_CLAMP_TO_EDGE */
		return i < 0 ? 0 : i >= size ? size - 1 : i;
	}
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
	else if (mode == GL_CLAMP_TO_BORDER)
		u = pg_clampf(u, -0.5f, (float)size + 0.5f);
	u -= 0.5f;
	f = floorf(pg_clampf(u, -1073741824.0f, 1073741824.0f));
	*frac = u - f;
	*i0 = (int)f;
	*i1 = *i0 + 1;
	if (mode == GL_REPEAT) {
		*i0 %= size;
		if (*i0 < 0)
			*i0 += size;
		*i1 = (*i0 + 1) % size;
	} else {
		int edge = mode == GL_CLAMP_TO_EDGE;

		if (*i0 < 0 || *i0 >= size)
			*i0 = !edge ? -1 : (*i0 < 0 ? 0 : size - 1);
		if (*i1 < 0 || *i1 >= size)
			*i1 = !edge ? -1 : (*i1 < 0 ? 0 : size - 1);
	}
}

/* One level of one face: dims 1, 2 or 3 coordinates. */
static void sample_level(const struct pg_engine *e, const struct pg_texture *t,
			 const struct pg_tex_level *l, int dims, int linear,
			 float s, float tt, float r, float out[4])
{
	int w = l->w, h = dims >= 2 ? l->h : 1, d = dims == 3 ? l->d : 1;
	float u = s * w, v = tt * h, x = r * d;
	int c;

	if (!linear) {
		int i = wrap_nearest(t->wrap_s, u, w);
		int j = dims >= 2 ? wrap_nearest(t->wrap_t, v, h) : 0;
		int k = dims == 3 ? wrap_nearest(t->wrap_r, x, d) : 0;

		if (i < 0 || j < 0 || k < 0)
			memcpy(out, t->border, 16);
		else
			texel(e, l, i, j, k, out);
	} else {
		int i[2], j[2] = { 0, 0 }, k[2] = { 0, 0 }, a, b, z;
		float fa, fb = 0, fc = 0, tx[4];

		wrap_linear(t->wrap_s, u, w, &i[0], &i[1], &fa);
		if (dims >= 2)
			wrap_linear(t->wrap_t, v, h, &j[0], &j[1], &fb);
		if (dims == 3)
			wrap_linear(t->wrap_r, x, d, &k[0], &k[1], &fc);
		memset(out, 0, 16);
		/* the corners of the 2x2(x2) footprint, weighted; corners
		 * beyond the used dimensions have zero weight */
		for (z = 0; z < 2; z++)
			for (b = 0; b < 2; b++)
				for (a = 0; a < 2; a++) {
					float wt = (a ? fa : 1 - fa) *
						   (b ? fb : 1 - fb) *
						   (z ? fc : 1 - fc);

					if (wt == 0)
						continue;
					if (i[a] < 0 || j[b] < 0 || k[z] < 0)
						memcpy(tx, t->border, 16);
					else
						texel(e, l, i[a], j[b], k[z], tx);
					for (c = 0; c < 4; c++)
						out[c] += wt * tx[c];
				}
	}
}

/* Cube map: the face of the major axis and the 2D coordinates on it
 * (GL 1.3 table 3.19). */
static int cube_face(float rx, float ry, float rz, float *s, float *t)
{
	float ax = fabsf(rx), ay = fabsf(ry), az = fabsf(rz), sc, tc, ma;
	int face;

	if (ax >= ay && ax >= az) {
		face = rx >= 0 ? 0 : 1;
		sc = rx >= 0 ? -rz : rz;
		tc = -ry;
		ma = ax;
	} else if (ay >= az) {
		face = ry >= 0 ? 2 : 3;
		sc = rx;
		tc = ry >= 0 ? rz : -rz;
		ma = ay;
	} else {
		face = rz >= 0 ? 4 : 5;
		sc = rz >= 0 ? rx : -rx;
		tc = -ry;
		ma = az;
	}
	if (!(ma > 0)) {
		*s = *t = 0.5f;
		return face;
	}
	*s = (sc / ma + 1) * 0.5f;
	*t = (tc / ma + 1) * 0.5f;
	return face;
}

/* The LOD where magnification ends (GL 1.x 3.8.9): 0.5 when a linear
 * magnification meets a nearest-level minification, else 0. */
float pg_tex_lod_c(const struct pg_texture *t)
{
	return t->mag_filter == GL_LINEAR &&
	       (t->min_filter == GL_NEAREST_MIPMAP_NEAREST ||
		t->min_filter == GL_LINEAR_MIPMAP_NEAREST) ? 0.5f : 0.0f;
}

void pg_sample(struct pg_engine *e, const struct pg_texture *t, int dims,
	       float s, float tt, float r, float lod, float out[4])
{
	uint32_t min = t->min_filter;
	float c = pg_tex_lod_c(t);
	int b = t->base_level, q = pg_tex_last_level(t, dims), face = 0, l, i;
	int lin = min == GL_LINEAR || min == GL_LINEAR_MIPMAP_NEAREST ||
		  min == GL_LINEAR_MIPMAP_LINEAR;
	float f, o2[4];

	if (!isfinite(s) || s > 1e6f || s < -1e6f)
		s = 0;
	if (!isfinite(tt) || tt > 1e6f || tt < -1e6f)
		tt = 0;
	if (!isfinite(r) || r > 1e6f || r < -1e6f)
		r = 0;
	if (dims == PG_CUBE) {
		face = cube_face(s, tt, r, &s, &tt);
		dims = 2;
	}
	lod = pg_clampf(isfinite(lod) ? lod : 0, t->min_lod, t->max_lod);
	if (lod <= c) {
		sample_level(e, t, pg_tex_lv(t, face, b), dims,
			     t->mag_filter == GL_LINEAR, s, tt, r, out);
		return;
	}
	switch (min) {
	case GL_NEAREST:
	case GL_LINEAR:
		sample_level(e, t, pg_tex_lv(t, face, b), dims, lin, s, tt, r,
			     out);
		return;
	case GL_NEAREST_MIPMAP_NEAREST:
	case GL_LINEAR_MIPMAP_NEAREST:
		l = lod <= 0.5f ? b : b + (int)ceilf(lod + 0.5f) - 1;
		if (l > q)
			l = q;
		sample_level(e, t, pg_tex_lv(t, face, l), dims, lin, s, tt, r,
			     out);
		return;
	default:
		l = b + (int)floorf(lod);
		f = lod - floorf(lod);
		if (l >= q) {
			sample_level(e, t, pg_tex_lv(t, face, q), dims, lin, s,
				     tt, r, out);
			return;
		}
		sample_level(e, t, pg_tex_lv(t, face, l), dims, lin, s, tt, r,
			     out);
		sample_level(e, t, pg_tex_lv(t, face, l + 1), dims, lin, s, tt,
			     r, o2);
		for (i = 0; i < 4; i++)
			out[i] = (1 - f) * out[i] + f * o2[i];
		return;
	}
}
