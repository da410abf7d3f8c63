/* Selection (GL 1.x section 5.2): in GL_SELECT mode the driver transforms
 * and clips primitives itself instead of sending them to the card, and
 * every change of the name stack after a hit writes a hit record: the
 * number of names, the smallest and largest window depth hit (scaled to
 * 2^32 - 1) and the names.  glRenderMode switches between rendering,
 * selection and feedback (feedback.c). */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "ctx.h"
#include "dlist.h"

struct sel_vert {
	float clip[4], eye[4];
};

/* Signed distance of v to plane i: the six frustum planes, then the user
 * clip planes (in eye space). */
static float plane_dist(const struct ctx *c, const struct sel_vert *v, int i)
{
	if (i < 6) {
		float x = v->clip[i / 2];

		return i & 1 ? v->clip[3] - x : v->clip[3] + x;
	}
	i -= 6;
	return c->s.clip_plane[i][0] * v->eye[0] +
	       c->s.clip_plane[i][1] * v->eye[1] +
	       c->s.clip_plane[i][2] * v->eye[2] +
	       c->s.clip_plane[i][3] * v->eye[3];
}

static int plane_on(const struct ctx *c, int i)
{
	return i < 6 || c->s.clip[i - 6];
}

static void lerp_vert(struct sel_vert *o, const struct sel_vert *a,
		      const struct sel_vert *b, float t)
{
	int k;

	for (k = 0; k < 4; k++) {
		o->clip[k] = a->clip[k] + (b->clip[k] - a->clip[k]) * t;
		o->eye[k] = a->eye[k] + (b->eye[k] - a->eye[k]) * t;
	}
}

/* Window depth of a clipped vertex. */
static float win_z(const struct ctx *c, const struct sel_vert *v)
{
	float z = v->clip[3] != 0 ? v->clip[2] / v->clip[3] : 0;
	float n = c->s.depth_range[0], f = c->s.depth_range[1];

	z = n + (z + 1) * 0.5f * (f - n);
	return z < 0 ? 0 : z > 1 ? 1 : z;
}

void ppgl_select_hit(struct ctx *c, float zmin, float zmax)
{
	if (!c->sel_hit) {
		c->sel_hit = GL_TRUE;
		c->sel_zmin = zmin;
		c->sel_zmax = zmax;
		return;
	}
	if (zmin < c->sel_zmin)
		c->sel_zmin = zmin;
	if (zmax > c->sel_zmax)
		c->sel_zmax = zmax;
}

/* Clips the polygon (n vertices, 1 = point, 2 = line) against every plane
 * and records a hit for what remains. */
static void clip_and_hit(struct ctx *c, struct sel_vert *in, int n)
{
	struct sel_vert buf[2][6 + NPLANES + 8], *src = buf[0], *dst = buf[1];
	int i, k, m;
	float zmin = 1, zmax = 0;

	memcpy(src, in, (size_t)n * sizeof(*in));
	for (i = 0; i < 6 + NPLANES && n; i++) {
		if (!plane_on(c, i))
			continue;
		if (n == 1) {
			if (plane_dist(c, &src[0], i) < 0)
				return;
			continue;
		}
		m = 0;
		for (k = 0; k < n; k++) {
			const struct sel_vert *a = &src[k];
			const struct sel_vert *b = &src[(k + 1) % n];
			float da = plane_dist(c, a, i), db = plane_dist(c, b, i);

			if (n == 2 && k == 1)
				break;	/* a line has one edge */
			if (da >= 0)
				dst[m++] = *a;
			if ((da >= 0) != (db >= 0))
				lerp_vert(&dst[m++], a, b, da / (da - db));
			if (n == 2 && db >= 0)
				dst[m++] = *b;
		}
		if (m < (n == 2 ? 2 : 3))
			return;
		n = m;
		src = src == buf[0] ? buf[1] : buf[0];
		dst = dst == buf[0] ? buf[1] : buf[0];
	}
	for (k = 0; k < n; k++) {
		float z = win_z(c, &src[k]);

		zmin = z < zmin ? z : zmin;
		zmax = z > zmax ? z : zmax;
	}
	ppgl_select_hit(c, zmin, zmax);
}

/* Whether culling removes the triangle a, b, c (window orientation). */
static int culled(const struct ctx *c, const struct sel_vert *a,
		  const struct sel_vert *b, const struct sel_vert *d)
{
	float ax, ay, bx, by, dx, dy, area;
	int front;

	if (!c->s.cull || a->clip[3] <= 0 || b->clip[3] <= 0 || d->clip[3] <= 0)
		return 0;
	ax = a->clip[0] / a->clip[3];
	ay = a->clip[1] / a->clip[3];
	bx = b->clip[0] / b->clip[3];
	by = b->clip[1] / b->clip[3];
	dx = d->clip[0] / d->clip[3];
	dy = d->clip[1] / d->clip[3];
	area = (bx - ax) * (dy - ay) - (dx - ax) * (by - ay);
	front = (area > 0) == (c->s.front_face == GL_CCW);
	if (c->s.cull_mode == GL_FRONT_AND_BACK)
		return 1;
	return c->s.cull_mode == GL_FRONT ? front : !front;
}

static void tri(struct ctx *c, struct sel_vert *v, int a, int b, int d)
{
	struct sel_vert t[3];

	t[0] = v[a];
	t[1] = v[b];
	t[2] = v[d];
	if (!culled(c, &t[0], &t[1], &t[2]))
		clip_and_hit(c, t, 3);
}

static void seg(struct ctx *c, struct sel_vert *v, int a, int b)
{
	struct sel_vert t[2];

	t[0] = v[a];
	t[1] = v[b];
	clip_and_hit(c, t, 2);
}

/* Selection processing of n vertices (IMM_FLOATS each) of primitive prim. */
void ppgl_select_prims(struct ctx *c, GLenum prim, const float *v, size_t n)
{
	struct sel_vert *sv;
	size_t i;

	if (!n)
		return;
	sv = malloc(n * sizeof(*sv));
	if (!sv) {
		ppgl_error(c, GL_OUT_OF_MEMORY);
		return;
	}
	for (i = 0; i < n; i++) {
		pg_mat_xform(sv[i].eye, c->mv[c->mv_top], v + i * IMM_FLOATS);
		pg_mat_xform(sv[i].clip, c->proj[c->proj_top], sv[i].eye);
	}
	switch (prim) {
	case GL_POINTS:
		for (i = 0; i < n; i++)
			clip_and_hit(c, &sv[i], 1);
		break;
	case GL_LINES:
		for (i = 0; i + 1 < n; i += 2)
			seg(c, sv, (int)i, (int)i + 1);
		break;
	case GL_LINE_STRIP:
	case GL_LINE_LOOP:
		for (i = 0; i + 1 < n; i++)
			seg(c, sv, (int)i, (int)i + 1);
		if (prim == GL_LINE_LOOP && n > 2)
			seg(c, sv, (int)n - 1, 0);
		break;
	case GL_TRIANGLES:
		for (i = 0; i + 2 < n; i += 3)
			tri(c, sv, (int)i, (int)i + 1, (int)i + 2);
		break;
	case GL_TRIANGLE_STRIP:
		for (i = 0; i + 2 < n; i++)
			if (i & 1)
				tri(c, sv, (int)i + 1, (int)i, (int)i + 2);
			else
				tri(c, sv, (int)i, (int)i + 1, (int)i + 2);
		break;
	case GL_QUADS:
		for (i = 0; i + 3 < n; i += 4) {
			tri(c, sv, (int)i, (int)i + 1, (int)i + 2);
			tri(c, sv, (int)i, (int)i + 2, (int)i + 3);
		}
		break;
	case GL_QUAD_STRIP:
		for (i = 0; i + 3 < n; i += 2) {
			tri(c, sv, (int)i, (int)i + 1, (int)i + 3);
			tri(c, sv, (int)i, (int)i + 3, (int)i + 2);
		}
		break;
	default:	/* GL_TRIANGLE_FAN, GL_POLYGON */
		for (i = 1; i + 1 < n; i++)
			tri(c, sv, 0, (int)i, (int)i + 1);
		break;
	}
	free(sv);
}

static void put(struct ctx *c, GLuint v)
{
	if (c->sel_pos < (GLuint)c->sel_size)
		c->sel_buf[c->sel_pos] = v;
	else
		c->sel_overflow = GL_TRUE;
	c->sel_pos++;
}

/* Writes the pending hit record, if any. */
static void flush_hit(struct ctx *c)
{
	int i;

	if (!c->sel_hit)
		return;
	put(c, (GLuint)c->name_top);
	put(c, (GLuint)lrint(c->sel_zmin * 4294967295.0));
	put(c, (GLuint)lrint(c->sel_zmax * 4294967295.0));
	for (i = 0; i < c->name_top; i++)
		put(c, c->names[i]);
	c->sel_hits++;
	c->sel_hit = GL_FALSE;
}

GLint glRenderMode(GLenum mode)
{
	CTX;
	GLint r = 0;

	if (C->in_begin) {
		ppgl_error(C, GL_INVALID_OPERATION);
		return 0;
	}
	if (mode != GL_RENDER && mode != GL_SELECT && mode != GL_FEEDBACK) {
		ppgl_error(C, GL_INVALID_ENUM);
		return 0;
	}
	if ((mode == GL_SELECT && !C->sel_buf) ||
	    (mode == GL_FEEDBACK && !C->fb_size)) {
		ppgl_error(C, GL_INVALID_OPERATION);
		return 0;
	}
	if (C->render_mode == GL_SELECT) {
		flush_hit(C);
		r = C->sel_overflow ? -1 : C->sel_hits;
	} else if (C->render_mode == GL_FEEDBACK) {
		r = ppgl_feedback_end(C);
	}
	if (mode == GL_FEEDBACK && !ppgl_feedback_begin(C)) {
		ppgl_error(C, GL_OUT_OF_MEMORY);
		mode = GL_RENDER;
	}
	C->render_mode = mode;
	C->sel_pos = 0;
	C->sel_hits = 0;
	C->sel_overflow = GL_FALSE;
	C->sel_hit = GL_FALSE;
	C->name_top = 0;
	return r;
}

void glSelectBuffer(GLsizei n, GLuint *b)
{
	CTX;

	NOT_IN_BEGIN(C);
	if (n < 0) {
		ppgl_error(C, GL_INVALID_VALUE);
		return;
	}
	if (C->render_mode == GL_SELECT) {
		ppgl_error(C, GL_INVALID_OPERATION);
		return;
	}
	C->sel_buf = b;
	C->sel_size = n;
}

/* The name stack only exists in selection mode: elsewhere these do
 * nothing (GL 1.x 5.2). */
void glInitNames(void)
{
	CTX;
	DL_REC0(C, DL_InitNames);
	NOT_IN_BEGIN(C);
	if (C->render_mode != GL_SELECT)
		return;
	flush_hit(C);
	C->name_top = 0;
}

void glLoadName(GLuint n)
{
	CTX;
	DL_REC(C, DL_LoadName, U(n));
	NOT_IN_BEGIN(C);
	if (C->render_mode != GL_SELECT)
		return;
	if (!C->name_top) {
		ppgl_error(C, GL_INVALID_OPERATION);
		return;
	}
	flush_hit(C);
	C->names[C->name_top - 1] = n;
}

void glPushName(GLuint n)
{
	CTX;
	DL_REC(C, DL_PushName, U(n));
	NOT_IN_BEGIN(C);
	if (C->render_mode != GL_SELECT)
		return;
	if (C->name_top >= MAX_NAME_STACK) {
		ppgl_error(C, GL_STACK_OVERFLOW);
		return;
	}
	flush_hit(C);
	C->names[C->name_top++] = n;
}

void glPopName(void)
{
	CTX;
	DL_REC0(C, DL_PopName);
	NOT_IN_BEGIN(C);
	if (C->render_mode != GL_SELECT)
		return;
	if (!C->name_top) {
		ppgl_error(C, GL_STACK_UNDERFLOW);
		return;
	}
	flush_hit(C);
	C->name_top--;
}
