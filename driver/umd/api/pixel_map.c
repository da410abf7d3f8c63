/* glPixelMap tables (GL 1.x 3.6.3) and the lookups of the pixel transfer
 * that use them (3.6.5): colour indices to RGBA through I_TO_R .. I_TO_A,
 * RGBA through R_TO_R .. A_TO_A under GL_MAP_COLOR, stencil indices
 * through S_TO_S under GL_MAP_STENCIL.  Colour tables hold [0, 1] floats,
 * I_TO_I floats, S_TO_S whole numbers (as floats). */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "ctx.h"
#include "dlist.h"

enum { M_ITOI, M_STOS, M_ITOR, M_RTOR = M_ITOR + 4 };

void ppgl_pixel_map_init(struct pixel_maps *m)
{
	int i;

	for (i = 0; i < NPIXMAPS; i++) {
		m->size[i] = 1;
		m->v[i][0] = 0;
	}
}

/* Table number of a GL_PIXEL_MAP_* name, -1 for anything else. */
static int map_index(GLenum map)
{
	return map >= GL_PIXEL_MAP_I_TO_I && map <= GL_PIXEL_MAP_A_TO_A ?
	       (int)(map - GL_PIXEL_MAP_I_TO_I) : -1;
}

/* The index tables (I_TO_I and S_TO_S) keep values as they are; the others
 * are colour components. */
static int is_colour(int m)
{
	return m != M_ITOI && m != M_STOS;
}

/* Index into a table of a power-of-two size: the low bits (3.6.5). */
static float lookup(const struct pixel_maps *pm, int m, long index)
{
	return pm->v[m][(unsigned long)index &
			(unsigned long)(pm->size[m] - 1)];
}

void ppgl_index_to_rgba(const struct ctx *c, long index, float rgba[4])
{
	const struct pixel_maps *pm = &c->pmap;
	int k;

	/* I_TO_I is for colour-index targets, which this GL has none of;
	 * RGBA ones always take the I_TO_* tables, MAP_COLOR or not */
	for (k = 0; k < 4; k++)
		rgba[k] = lookup(pm, M_ITOR + k, index);
}

void ppgl_map_rgba(const struct ctx *c, float rgba[4])
{
	const struct pixel_maps *pm = &c->pmap;
	int k;

	if (!c->s.map_color)
		return;
	for (k = 0; k < 4; k++) {
		float v = rgba[k] < 0 ? 0 : rgba[k] > 1 ? 1 : rgba[k];

		rgba[k] = pm->v[M_RTOR + k][lrintf(v * (float)(pm->size[M_RTOR + k] - 1))];
	}
}

long ppgl_map_stencil(const struct ctx *c, long index)
{
	return c->s.map_stencil ? lrintf(lookup(&c->pmap, M_STOS, index)) :
	       index;
}

/* Checks map and size; the GL error raised, GL_NO_ERROR when they fit. */
static GLenum map_error(GLenum map, GLsizei n)
{
	int m = map_index(map);

	if (m < 0)
		return GL_INVALID_ENUM;
	if (n < 1 || n > MAX_PIXEL_MAP)
		return GL_INVALID_VALUE;
	/* index-addressed tables are looked up by masking (3.6.3) */
	if (m < M_RTOR && (n & (n - 1)))
		return GL_INVALID_VALUE;
	return GL_NO_ERROR;
}

/* Stores a table given as floats: colour entries clamped to [0, 1],
 * stencil entries rounded to integers. */
static void store_map(struct ctx *c, GLenum map, GLsizei n, const GLfloat *v)
{
	int m = map_index(map), i;
	GLenum err;

	if (c->in_begin) {
		ppgl_error(c, GL_INVALID_OPERATION);
		return;
	}
	err = map_error(map, n);
	if (err != GL_NO_ERROR) {
		ppgl_error(c, err);
		return;
	}
	if (!v)
		return;
	c->pmap.size[m] = n;
	for (i = 0; i < n; i++)
		c->pmap.v[m][i] = m == M_STOS ? rintf(v[i]) : !is_colour(m) ? v[i] :
				    v[i] < 0 ? 0 : v[i] > 1 ? 1 : v[i];
}

/* The uiv and usv forms: integers are indices as they are, colour entries
 * scaled from [0, max] to [0, 1] (table 2.9).  Lists get the converted
 * floats, taken now since the client's array is its own. */
static void pixel_map(struct ctx *c, GLenum map, GLsizei n, const GLfloat *v)
{
	if (c->cur_list) {
		GLfloat *copy = NULL;

		if (v && map_error(map, n) == GL_NO_ERROR) {
			copy = malloc((size_t)n * sizeof(*copy));
			if (copy)
				memcpy(copy, v, (size_t)n * sizeof(*copy));
		}
		DL_REC(c, DL_PixelMap, U(map), I(n), P(copy));
	}
	store_map(c, map, n, v);
}

void glPixelMapfv(GLenum map, GLsizei n, const GLfloat *v)
{
	CTX;

	pixel_map(C, map, n, v);
}

/* Integers to floats for the uiv and usv forms; max is the type's
 * largest value. */
static void pixel_map_int(GLenum map, GLsizei n, const GLuint *ui,
			  const GLushort *us, double max)
{
	CTX;
	GLfloat f[MAX_PIXEL_MAP];
	int m = map_index(map), i;

	if (map_error(map, n) != GL_NO_ERROR || (!ui && !us)) {
		pixel_map(C, map, n, NULL);
		return;
	}
	for (i = 0; i < n; i++) {
		double x = ui ? (double)ui[i] : (double)us[i];

		f[i] = (GLfloat)(is_colour(m) ? x / max : x);
	}
	pixel_map(C, map, n, f);
}

void glPixelMapuiv(GLenum map, GLsizei n, const GLuint *v)
{
	pixel_map_int(map, n, v, NULL, 4294967295.0);
}

void glPixelMapusv(GLenum map, GLsizei n, const GLushort *v)
{
	pixel_map_int(map, n, NULL, v, 65535.0);
}

/* The table of a glGetPixelMap call, NULL with the error raised. */
static const struct pixel_maps *get_map(struct ctx *c, GLenum map, int *m)
{
	if (c->in_begin) {
		ppgl_error(c, GL_INVALID_OPERATION);
		return NULL;
	}
	*m = map_index(map);
	if (*m < 0) {
		ppgl_error(c, GL_INVALID_ENUM);
		return NULL;
	}
	return &c->pmap;
}

void glGetPixelMapfv(GLenum map, GLfloat *v)
{
	CTX;
	const struct pixel_maps *pm;
	int m, i;

	pm = get_map(C, map, &m);
	for (i = 0; pm && v && i < pm->size[m]; i++)
		v[i] = pm->v[m][i];
}

/* Integer answers: colour entries scaled to [0, max], indices as
 * integers (truncated towards zero, clamped to the type). */
static GLdouble int_entry(const struct pixel_maps *pm, int m, int i,
			  double max)
{
	double x = pm->v[m][i];

	x = is_colour(m) ? rint(x * max) : trunc(x);
	return x < 0 ? 0 : x > max ? max : x;
}

void glGetPixelMapuiv(GLenum map, GLuint *v)
{
	CTX;
	const struct pixel_maps *pm;
	int m, i;

	pm = get_map(C, map, &m);
	for (i = 0; pm && v && i < pm->size[m]; i++)
		v[i] = (GLuint)int_entry(pm, m, i, 4294967295.0);
}

void glGetPixelMapusv(GLenum map, GLushort *v)
{
	CTX;
	const struct pixel_maps *pm;
	int m, i;

	pm = get_map(C, map, &m);
	for (i = 0; pm && v && i < pm->size[m]; i++)
		v[i] = (GLushort)int_entry(pm, m, i, 65535.0);
}
