/* Evaluators (GL 1.5 section 5.1): Bezier maps of one and two parameters
 * giving vertices, normals, colours and texture coordinates.  Evaluation
 * issues the glColor, glTexCoord, glNormal and glVertex calls a program
 * would, so its vertices take the immediate-mode path like any other. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "ctx.h"
#include "dlist.h"

/* map indices: target - GL_MAPn_COLOR_4 */
enum {
	M_COLOR, M_INDEX, M_NORMAL, M_TEX1, M_TEX2, M_TEX3, M_TEX4,
	M_VERTEX3, M_VERTEX4,
};

static const int comps[NMAPS] = { 4, 1, 3, 1, 2, 3, 4, 3, 4 };

/* Before glMap a map has order 1, domain [0, 1] and one control point,
 * the initial value of its attribute (table 6.29). */
static const GLfloat initial[NMAPS][4] = {
	{ 1, 1, 1, 1 }, { 1 }, { 0, 0, 1 }, { 0 }, { 0, 0 }, { 0, 0, 0 },
	{ 0, 0, 0, 1 }, { 0, 0, 0 }, { 0, 0, 0, 1 },
};

void ppgl_eval_init(struct ctx *c)
{
	struct gl_state *s = &c->s;
	int m;

	for (m = 0; m < NMAPS; m++) {
		struct eval_map1 *a = &c->map1[m];
		struct eval_map2 *b = &c->map2[m];

		a->order = 1;
		a->u1 = 0;
		a->u2 = 1;
		memcpy(a->pts, initial[m], sizeof(initial[m]));
		b->uorder = b->vorder = 1;
		b->u1 = b->v1 = 0;
		b->u2 = b->v2 = 1;
		memcpy(b->pts, initial[m], sizeof(initial[m]));
	}
	s->grid1_n = 1;
	s->grid1[0] = 0;
	s->grid1[1] = 1;
	s->grid2_n[0] = s->grid2_n[1] = 1;
	s->grid2[0] = s->grid2[2] = 0;
	s->grid2[1] = s->grid2[3] = 1;
}

/* The map index of a target and its dimension; -1 if it names none. */
static int map_index(GLenum target, int *dim)
{
	if (target >= GL_MAP1_COLOR_4 && target <= GL_MAP1_VERTEX_4) {
		*dim = 1;
		return (int)(target - GL_MAP1_COLOR_4);
	}
	if (target >= GL_MAP2_COLOR_4 && target <= GL_MAP2_VERTEX_4) {
		*dim = 2;
		return (int)(target - GL_MAP2_COLOR_4);
	}
	*dim = 0;
	return -1;
}

/* ---- glMap ---- */

/* The error glMap raises for these arguments, GL_NO_ERROR for none.  It
 * is known before a single control point is read. */
static GLenum map_check(GLenum target, int dim, GLfloat u1, GLfloat u2,
			GLint ustride, GLint uorder, GLfloat v1, GLfloat v2,
			GLint vstride, GLint vorder)
{
	int d, m = map_index(target, &d);

	if (m < 0 || d != dim)
		return GL_INVALID_ENUM;
	if (u1 == u2 || ustride < comps[m] || uorder < 1 ||
	    uorder > MAX_EVAL_ORDER)
		return GL_INVALID_VALUE;
	if (dim == 2 && (v1 == v2 || vstride < comps[m] || vorder < 1 ||
			 vorder > MAX_EVAL_ORDER))
		return GL_INVALID_VALUE;
	return GL_NO_ERROR;
}

/* Packs the control points densely: (i, j) at (i * vorder + j) * k. */
static void copy_points(GLfloat *dst, int k, const void *src, int dbl,
			GLint ustride, GLint uorder, GLint vstride,
			GLint vorder)
{
	const GLdouble *sd = src;
	const GLfloat *sf = src;
	GLint i, j;
	int n;

	for (i = 0; i < uorder; i++)
		for (j = 0; j < vorder; j++) {
			size_t at = (size_t)i * (size_t)ustride +
				    (size_t)j * (size_t)vstride;
			GLfloat *d = dst + ((size_t)i * (size_t)vorder +
					    (size_t)j) * (size_t)k;

			for (n = 0; n < k; n++)
				d[n] = dbl ? (GLfloat)sd[at + n] : sf[at + n];
		}
}

static void map(GLenum target, int dim, GLfloat u1, GLfloat u2,
		GLint ustride, GLint uorder, GLfloat v1, GLfloat v2,
		GLint vstride, GLint vorder, const void *pts, int dbl)
{
	CTX;
	GLenum e = map_check(target, dim, u1, u2, ustride, uorder, v1, v2,
			     vstride, vorder);
	int d, m = map_index(target, &d), k = m < 0 ? 0 : comps[m];

	if (dim == 1)
		vorder = 1;
	if (C->cur_list) {
		/* the list keeps its own dense copy; arguments glMap refuses
		 * are recorded as given, to raise their error when called */
		GLfloat *copy = NULL;
		GLint us = ustride, vs = vstride;

		if (e == GL_NO_ERROR && pts) {
			copy = malloc((size_t)uorder * (size_t)vorder *
				      (size_t)k * sizeof(*copy));
			if (copy) {
				copy_points(copy, k, pts, dbl, ustride, uorder,
					    vstride, vorder);
				us = vorder * k;
				vs = k;
			} else {
				ppgl_error(C, GL_OUT_OF_MEMORY);
			}
		}
		if (dim == 1)
			DL_REC(C, DL_Map1, U(target), F(u1), F(u2), I(us),
			       I(uorder), P(copy));
		else
			DL_REC(C, DL_Map2, U(target), F(u1), F(u2), I(us),
			       I(uorder), F(v1), F(v2), I(vs), I(vorder),
			       P(copy));
	}
	NOT_IN_BEGIN(C);
	if (e != GL_NO_ERROR) {
		ppgl_error(C, e);
		return;
	}
	if (!pts) {
		/* no points to read: refused rather than dereferenced */
		ppgl_error(C, GL_INVALID_VALUE);
		return;
	}
	if (dim == 1) {
		struct eval_map1 *a = &C->map1[m];

		a->order = uorder;
		a->u1 = u1;
		a->u2 = u2;
		copy_points(a->pts, k, pts, dbl, ustride, uorder, 0, 1);
	} else {
		struct eval_map2 *b = &C->map2[m];

		b->uorder = uorder;
		b->vorder = vorder;
		b->u1 = u1;
		b->u2 = u2;
		b->v1 = v1;
		b->v2 = v2;
		copy_points(b->pts, k, pts, dbl, ustride, uorder, vstride,
			    vorder);
	}
}

void glMap1f(GLenum target, GLfloat u1, GLfloat u2, GLint stride,
	     GLint order, const GLfloat *points)
{
	map(target, 1, u1, u2, stride, order, 0, 1, 0, 1, points, 0);
}

void glMap1d(GLenum target, GLdouble u1, GLdouble u2, GLint stride,
	     GLint order, const GLdouble *points)
{
	map(target, 1, (GLfloat)u1, (GLfloat)u2, stride, order, 0, 1, 0, 1,
	    points, 1);
}

void glMap2f(GLenum target, GLfloat u1, GLfloat u2, GLint ustride,
	     GLint uorder, GLfloat v1, GLfloat v2, GLint vstride, GLint vorder,
	     const GLfloat *points)
{
	map(target, 2, u1, u2, ustride, uorder, v1, v2, vstride, vorder,
	    points, 0);
}

void glMap2d(GLenum target, GLdouble u1, GLdouble u2, GLint ustride,
	     GLint uorder, GLdouble v1, GLdouble v2, GLint vstride,
	     GLint vorder, const GLdouble *points)
{
	map(target, 2, (GLfloat)u1, (GLfloat)u2, ustride, uorder, (GLfloat)v1,
	    (GLfloat)v2, vstride, vorder, points, 1);
}

/* ---- evaluation ---- */

/* The Bernstein polynomials of degree n at t in b[0..n], and their
 * derivatives in db[0..n]: built up a degree at a time as de Casteljau's
 * recurrence does, the derivatives from the degree n - 1 ones. */
static void bernstein(int n, double t, double *b, double *db)
{
	double s = 1 - t, carry, tmp;
	int i, k;

	b[0] = 1;
	db[0] = 0;
	for (k = 1; k <= n; k++) {
		if (k == n)
			for (i = 0; i <= n; i++)
				db[i] = n * ((i > 0 ? b[i - 1] : 0) -
					     (i < n ? b[i] : 0));
		carry = 0;
		for (i = 0; i < k; i++) {
			tmp = b[i];
			b[i] = carry + s * tmp;
			carry = t * tmp;
		}
		b[k] = carry;
	}
}

/* A map's value at (u, v) of its own [0, 1] parameters, completed to four
 * components as (x, 0, 0, 1); with du, the partial derivatives too. */
static void eval_points(const GLfloat *pts, int k, int uorder, int vorder,
			double u, double v, double *out, double *du,
			double *dv)
{
	double bu[MAX_EVAL_ORDER], dbu[MAX_EVAL_ORDER];
	double bv[MAX_EVAL_ORDER], dbv[MAX_EVAL_ORDER];
	int i, j, n;

	bernstein(uorder - 1, u, bu, dbu);
	bernstein(vorder - 1, v, bv, dbv);
	for (n = 0; n < 4; n++) {
		out[n] = n == 3 && k < 4 ? 1 : 0;
		if (du)
			du[n] = dv[n] = 0;
	}
	for (i = 0; i < uorder; i++)
		for (j = 0; j < vorder; j++) {
			const GLfloat *p = pts + (i * vorder + j) * k;
			double w = bu[i] * bv[j];

			for (n = 0; n < k; n++)
				out[n] += w * p[n];
			if (!du)
				continue;
			for (n = 0; n < k; n++) {
				du[n] += dbu[i] * bv[j] * p[n];
				dv[n] += bu[i] * dbv[j] * p[n];
			}
		}
}

/* Map m of dimension dim at the domain point (u, v); derivatives are
 * with respect to u and v themselves, so a reversed domain turns them. */
static void eval_map(struct ctx *c, int dim, int m, GLfloat u, GLfloat v,
		     double *out, double *du, double *dv)
{
	int n;

	if (dim == 1) {
		const struct eval_map1 *a = &c->map1[m];

		eval_points(a->pts, comps[m], a->order, 1,
			    ((double)u - a->u1) / ((double)a->u2 - a->u1), 0,
			    out, du, dv);
		return;
	}
	{
		const struct eval_map2 *b = &c->map2[m];
		double su = (double)b->u2 - b->u1, sv = (double)b->v2 - b->v1;

		eval_points(b->pts, comps[m], b->uorder, b->vorder,
			    ((double)u - b->u1) / su, ((double)v - b->v1) / sv,
			    out, du, dv);
		if (du)
			for (n = 0; n < 4; n++) {
				du[n] /= su;
				dv[n] /= sv;
			}
	}
}

/* glEvalCoord: every enabled map of the dimension is evaluated and its
 * value issued as the matching command for this one vertex; the current
 * colour, normal and texture coordinates are left as they were.  With no
 * vertex map enabled nothing happens (there is no vertex to carry them). */
static void eval_coord(struct ctx *c, int dim, GLfloat u, GLfloat v)
{
	const GLboolean *on = dim == 1 ? c->s.map1 : c->s.map2;
	int vm = on[M_VERTEX4] ? M_VERTEX4 : on[M_VERTEX3] ? M_VERTEX3 : -1;
	int tm = on[M_TEX4] ? M_TEX4 : on[M_TEX3] ? M_TEX3 :
		 on[M_TEX2] ? M_TEX2 : on[M_TEX1] ? M_TEX1 : -1;
	int autonormal = dim == 2 && c->s.auto_normal, set_normal = 0;
	GLfloat color[4], normal[3], tex[4];
	double p[4], r[4], du[4], dv[4], nv[3];

	if (vm < 0)
		return;
	memcpy(color, c->s.color, sizeof(color));
	memcpy(normal, c->s.normal, sizeof(normal));
	memcpy(tex, c->s.tex[0], sizeof(tex));
	eval_map(c, dim, vm, u, v, p, autonormal ? du : NULL, dv);
	if (autonormal) {
		double len;

		if (vm == M_VERTEX4) {
			/* the derivatives of (x, y, z) / w, times w squared:
			 * the same direction */
			int n;

			for (n = 0; n < 3; n++) {
				du[n] = du[n] * p[3] - du[3] * p[n];
				dv[n] = dv[n] * p[3] - dv[3] * p[n];
			}
		}
		nv[0] = du[1] * dv[2] - du[2] * dv[1];
		nv[1] = du[2] * dv[0] - du[0] * dv[2];
		nv[2] = du[0] * dv[1] - du[1] * dv[0];
		len = sqrt(nv[0] * nv[0] + nv[1] * nv[1] + nv[2] * nv[2]);
		if (len > 0) {
			nv[0] /= len;
			nv[1] /= len;
			nv[2] /= len;
		}
		set_normal = 1;
	} else if (on[M_NORMAL]) {
		eval_map(c, dim, M_NORMAL, u, v, r, NULL, NULL);
		memcpy(nv, r, sizeof(nv));
		set_normal = 1;
	}
	if (on[M_COLOR]) {
		eval_map(c, dim, M_COLOR, u, v, r, NULL, NULL);
		glColor4f((GLfloat)r[0], (GLfloat)r[1], (GLfloat)r[2],
			  (GLfloat)r[3]);
	}
	if (tm >= 0) {
		eval_map(c, dim, tm, u, v, r, NULL, NULL);
		glMultiTexCoord4f(GL_TEXTURE0, (GLfloat)r[0], (GLfloat)r[1],
				  (GLfloat)r[2], (GLfloat)r[3]);
	}
	if (set_normal)
		glNormal3f((GLfloat)nv[0], (GLfloat)nv[1], (GLfloat)nv[2]);
	glVertex4f((GLfloat)p[0], (GLfloat)p[1], (GLfloat)p[2],
		   (GLfloat)p[3]);
	if (on[M_COLOR])
		glColor4f(color[0], color[1], color[2], color[3]);
	if (tm >= 0)
		glMultiTexCoord4f(GL_TEXTURE0, tex[0], tex[1], tex[2], tex[3]);
	if (set_normal)
		glNormal3f(normal[0], normal[1], normal[2]);
}

/* What evaluation issues (Begin, Color, Vertex, ...) is its own doing: a
 * list being compiled holds the Eval call, not the calls it makes. */
static struct dlist *unrecorded(struct ctx *c)
{
	struct dlist *l = c->cur_list;

	c->cur_list = NULL;
	return l;
}

void glEvalCoord1f(GLfloat u)
{
	CTX;
	struct dlist *held;

	DL_REC(C, DL_EvalCoord1, F(u));
	held = unrecorded(C);
	eval_coord(C, 1, u, 0);
	C->cur_list = held;
}

void glEvalCoord2f(GLfloat u, GLfloat v)
{
	CTX;
	struct dlist *held;

	DL_REC(C, DL_EvalCoord2, F(u), F(v));
	held = unrecorded(C);
	eval_coord(C, 2, u, v);
	C->cur_list = held;
}

void glEvalCoord1d(GLdouble u) { glEvalCoord1f((GLfloat)u); }
void glEvalCoord1fv(const GLfloat *u) { glEvalCoord1f(u[0]); }
void glEvalCoord1dv(const GLdouble *u) { glEvalCoord1f((GLfloat)u[0]); }
void glEvalCoord2d(GLdouble u, GLdouble v)
{
	glEvalCoord2f((GLfloat)u, (GLfloat)v);
}
void glEvalCoord2fv(const GLfloat *u) { glEvalCoord2f(u[0], u[1]); }
void glEvalCoord2dv(const GLdouble *u)
{
	glEvalCoord2f((GLfloat)u[0], (GLfloat)u[1]);
}

/* ---- grids ---- */

void glMapGrid1f(GLint n, GLfloat u1, GLfloat u2)
{
	CTX;
	DL_REC(C, DL_MapGrid1, I(n), F(u1), F(u2));
	NOT_IN_BEGIN(C);
	if (n <= 0) {
		ppgl_error(C, GL_INVALID_VALUE);
		return;
	}
	C->s.grid1_n = n;
	C->s.grid1[0] = u1;
	C->s.grid1[1] = u2;
}

void glMapGrid2f(GLint un, GLfloat u1, GLfloat u2, GLint vn, GLfloat v1,
		 GLfloat v2)
{
	CTX;
	DL_REC(C, DL_MapGrid2, I(un), F(u1), F(u2), I(vn), F(v1), F(v2));
	NOT_IN_BEGIN(C);
	if (un <= 0 || vn <= 0) {
		ppgl_error(C, GL_INVALID_VALUE);
		return;
	}
	C->s.grid2_n[0] = un;
	C->s.grid2_n[1] = vn;
	C->s.grid2[0] = u1;
	C->s.grid2[1] = u2;
	C->s.grid2[2] = v1;
	C->s.grid2[3] = v2;
}

void glMapGrid1d(GLint n, GLdouble u1, GLdouble u2)
{
	glMapGrid1f(n, (GLfloat)u1, (GLfloat)u2);
}

void glMapGrid2d(GLint un, GLdouble u1, GLdouble u2, GLint vn, GLdouble v1,
		 GLdouble v2)
{
	glMapGrid2f(un, (GLfloat)u1, (GLfloat)u2, vn, (GLfloat)v1,
		    (GLfloat)v2);
}

/* Grid point i of n over the domain d[0]..d[1]; the last one is d[1]
 * exactly, as the specification asks. */
static GLfloat grid_at(long long i, GLint n, const GLfloat *d)
{
	if (i == n)
		return d[1];
	return d[0] + (GLfloat)i * ((d[1] - d[0]) / (GLfloat)n);
}

static void point1(struct ctx *c, long long i)
{
	eval_coord(c, 1, grid_at(i, c->s.grid1_n, c->s.grid1), 0);
}

static void point2(struct ctx *c, long long i, long long j)
{
	eval_coord(c, 2, grid_at(i, c->s.grid2_n[0], c->s.grid2),
		   grid_at(j, c->s.grid2_n[1], c->s.grid2 + 2));
}

void glEvalPoint1(GLint i)
{
	CTX;
	struct dlist *held;

	DL_REC(C, DL_EvalPoint1, I(i));
	held = unrecorded(C);
	point1(C, i);
	C->cur_list = held;
}

void glEvalPoint2(GLint i, GLint j)
{
	CTX;
	struct dlist *held;

	DL_REC(C, DL_EvalPoint2, I(i), I(j));
	held = unrecorded(C);
	point2(C, i, j);
	C->cur_list = held;
}

/* glEvalMesh1 and 2 are the loops of EvalPoint the specification gives;
 * without a vertex map of the dimension they draw nothing. */
void glEvalMesh1(GLenum mode, GLint i1, GLint i2)
{
	CTX;
	struct dlist *held;
	long long i;

	DL_REC(C, DL_EvalMesh1, U(mode), I(i1), I(i2));
	NOT_IN_BEGIN(C);
	if (mode != GL_POINT && mode != GL_LINE) {
		ppgl_error(C, GL_INVALID_ENUM);
		return;
	}
	if (!C->s.map1[M_VERTEX3] && !C->s.map1[M_VERTEX4])
		return;
	held = unrecorded(C);
	glBegin(mode == GL_POINT ? GL_POINTS : GL_LINE_STRIP);
	for (i = i1; i <= i2; i++)
		point1(C, i);
	glEnd();
	C->cur_list = held;
}

void glEvalMesh2(GLenum mode, GLint i1, GLint i2, GLint j1, GLint j2)
{
	CTX;
	struct dlist *held;
	long long i, j;

	DL_REC(C, DL_EvalMesh2, U(mode), I(i1), I(i2), I(j1), I(j2));
	NOT_IN_BEGIN(C);
	if (mode != GL_POINT && mode != GL_LINE && mode != GL_FILL) {
		ppgl_error(C, GL_INVALID_ENUM);
		return;
	}
	if (!C->s.map2[M_VERTEX3] && !C->s.map2[M_VERTEX4])
		return;
	held = unrecorded(C);
	switch (mode) {
	case GL_POINT:
		glBegin(GL_POINTS);
		for (j = j1; j <= j2; j++)
			for (i = i1; i <= i2; i++)
				point2(C, i, j);
		glEnd();
		break;
	case GL_LINE:
		/* lines of constant v, then lines of constant u */
		for (j = j1; j <= j2; j++) {
			glBegin(GL_LINE_STRIP);
			for (i = i1; i <= i2; i++)
				point2(C, i, j);
			glEnd();
		}
		for (i = i1; i <= i2; i++) {
			glBegin(GL_LINE_STRIP);
			for (j = j1; j <= j2; j++)
				point2(C, i, j);
			glEnd();
		}
		break;
	case GL_FILL:
		for (j = j1; j < j2; j++) {
			glBegin(GL_QUAD_STRIP);
			for (i = i1; i <= i2; i++) {
				point2(C, i, j);
				point2(C, i, j + 1);
			}
			glEnd();
		}
		break;
	}
	C->cur_list = held;
}

/* ---- glGetMap ---- */

enum out_type { O_FLOAT, O_DOUBLE, O_INT };

static void put(void *v, enum out_type t, int i, double x)
{
	switch (t) {
	case O_FLOAT: ((GLfloat *)v)[i] = (GLfloat)x; break;
	case O_DOUBLE: ((GLdouble *)v)[i] = x; break;
	case O_INT: ((GLint *)v)[i] = (GLint)lround(x); break;
	}
}

static void get_map(GLenum target, GLenum query, void *v, enum out_type t)
{
	CTX;
	int dim, m = map_index(target, &dim), i, n;

	NOT_IN_BEGIN(C);
	if (m < 0 || (query != GL_COEFF && query != GL_ORDER &&
		      query != GL_DOMAIN)) {
		ppgl_error(C, GL_INVALID_ENUM);
		return;
	}
	if (dim == 1) {
		const struct eval_map1 *a = &C->map1[m];

		switch (query) {
		case GL_COEFF:
			for (i = 0; i < a->order * comps[m]; i++)
				put(v, t, i, a->pts[i]);
			break;
		case GL_ORDER:
			put(v, t, 0, a->order);
			break;
		case GL_DOMAIN:
			put(v, t, 0, a->u1);
			put(v, t, 1, a->u2);
			break;
		}
		return;
	}
	{
		const struct eval_map2 *b = &C->map2[m];

		switch (query) {
		case GL_COEFF:
			n = b->uorder * b->vorder * comps[m];
			for (i = 0; i < n; i++)
				put(v, t, i, b->pts[i]);
			break;
		case GL_ORDER:
			put(v, t, 0, b->uorder);
			put(v, t, 1, b->vorder);
			break;
		case GL_DOMAIN:
			put(v, t, 0, b->u1);
			put(v, t, 1, b->u2);
			put(v, t, 2, b->v1);
			put(v, t, 3, b->v2);
			break;
		}
	}
}

void glGetMapfv(GLenum target, GLenum query, GLfloat *v)
{
	get_map(target, query, v, O_FLOAT);
}

void glGetMapdv(GLenum target, GLenum query, GLdouble *v)
{
	get_map(target, query, v, O_DOUBLE);
}

void glGetMapiv(GLenum target, GLenum query, GLint *v)
{
	get_map(target, query, v, O_INT);
}
