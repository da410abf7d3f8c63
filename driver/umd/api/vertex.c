/* Immediate mode and the per-vertex attributes; vertices are gathered
 * until glEnd and sent as PP_DRAW batches. */
#include <stdlib.h>
#include <string.h>
#include "ctx.h"
#include "dlist.h"

/* Which attributes the card needs for the current state. */
static uint32_t batch_format(struct ctx *c, GLenum prim)
{
	const struct gl_state *s = &c->s;
	uint32_t fmt = PP_V_COLOR;
	int u, g;

	for (u = 0; u < NUNITS; u++) {
		const struct unit_state *t = &s->unit[u];

		/* feedback reports unit 0's coordinates, texturing or not */
		if (!t->e1d && !t->e2d && !t->e3d && !t->ecube &&
		    !(u == 0 && c->render_mode == GL_FEEDBACK))
			continue;
		fmt |= u ? PP_V_TEX1 : PP_V_TEX0;
		for (g = 0; g < 4; g++)
			if (t->gen[g] && t->gen_mode[g] != GL_OBJECT_LINEAR &&
			    t->gen_mode[g] != GL_EYE_LINEAR)
				fmt |= PP_V_NORMAL;
	}
	if (s->lighting)
		fmt |= PP_V_NORMAL;
	if ((s->poly_mode[0] != GL_FILL || s->poly_mode[1] != GL_FILL) &&
	    (prim == GL_TRIANGLES || prim == GL_QUADS || prim == GL_POLYGON))
		fmt |= PP_V_EDGE;
	return fmt;
}

static int fmt_floats(uint32_t fmt)
{
	return 4 + (fmt & PP_V_COLOR ? 4 : 0) + (fmt & PP_V_NORMAL ? 3 : 0) +
	       (fmt & PP_V_TEX0 ? 4 : 0) + (fmt & PP_V_TEX1 ? 4 : 0) +
	       (fmt & PP_V_SECONDARY ? 4 : 0) + (fmt & PP_V_FOG ? 1 : 0) +
	       (fmt & PP_V_EDGE ? 1 : 0);
}

static void send_batch(struct ctx *c, GLenum prim, uint32_t fmt,
		       const float *v, const size_t *idx, size_t n)
{
	int nf = fmt_floats(fmt);
	uint32_t *p = ppgl_cmd(c, PP_CLASS_DRAW, PP_DRAW,
			       (uint32_t)(3 + n * (size_t)nf));
	size_t i;

	p[0] = prim;
	p[1] = fmt;
	p[2] = (uint32_t)n;
	p += 3;
	for (i = 0; i < n; i++) {
		const float *s = v + idx[i] * IMM_FLOATS;

		memcpy(p, s, 16);
		p += 4;
		if (fmt & PP_V_COLOR) { memcpy(p, s + 4, 16); p += 4; }
		if (fmt & PP_V_NORMAL) { memcpy(p, s + 8, 12); p += 3; }
		if (fmt & PP_V_TEX0) { memcpy(p, s + 11, 16); p += 4; }
		if (fmt & PP_V_TEX1) { memcpy(p, s + 15, 16); p += 4; }
		if (fmt & PP_V_SECONDARY) { memcpy(p, s + 19, 16); p += 4; }
		if (fmt & PP_V_FOG) { memcpy(p, s + 23, 4); p += 1; }
		if (fmt & PP_V_EDGE) { *p = s[24] != 0; p += 1; }
	}
}

/* Sends n vertices (IMM_FLOATS each) as primitive prim, split into
 * commands that fit; strips and fans repeat the vertices they share. */
void ppgl_emit_vertices(struct ctx *c, GLenum prim, const float *v, size_t n)
{
	uint32_t fmt = batch_format(c, prim);
	size_t max = (PP_CMD_MAX_LEN - 3) / (size_t)fmt_floats(fmt), i, k;
	size_t idx[4096];

	if (c->render_mode == GL_SELECT) {	/* nothing is drawn */
		ppgl_select_prims(c, prim, v, n);
		return;
	}
	if (max > 4096)
		max = 4096;
	max &= ~(size_t)3;	/* multiple of 2, 3 is handled below */
	switch (prim) {
	case GL_POINTS: case GL_LINES: case GL_TRIANGLES: case GL_QUADS: {
		size_t per = prim == GL_POINTS ? 1 : prim == GL_LINES ? 2 :
			     prim == GL_TRIANGLES ? 3 : 4;
		size_t chunk = max / per * per;

		n = n / per * per;
		for (i = 0; i < n; i += chunk) {
			size_t m = n - i < chunk ? n - i : chunk;

			for (k = 0; k < m; k++)
				idx[k] = i + k;
			send_batch(c, prim, fmt, v, idx, m);
		}
		return;
	}
	case GL_LINE_STRIP: case GL_LINE_LOOP:
	case GL_TRIANGLE_STRIP: case GL_QUAD_STRIP: {
		size_t overlap = prim == GL_LINE_STRIP || prim == GL_LINE_LOOP ? 1 : 2;
		size_t min = overlap + 1;

		if (n < min + (prim == GL_QUAD_STRIP))
			return;
		if (n <= max) {
			for (k = 0; k < n; k++)
				idx[k] = k;
			send_batch(c, prim, fmt, v, idx, n);
			return;
		}
		/* chunks start at even vertices so strip winding holds */
		for (i = 0; i + overlap < n; i += max - overlap) {
			size_t m = n - i < max ? n - i : max;

			for (k = 0; k < m; k++)
				idx[k] = i + k;
			send_batch(c, prim == GL_LINE_LOOP ? GL_LINE_STRIP : prim,
				   fmt, v, idx, m);
			if (i + m >= n)
				break;
		}
		if (prim == GL_LINE_LOOP) {
			idx[0] = n - 1;
			idx[1] = 0;
			send_batch(c, GL_LINES, fmt, v, idx, 2);
		}
		return;
	}
	case GL_TRIANGLE_FAN: case GL_POLYGON:
		if (n < 3)
			return;
		if (n <= max) {
			for (k = 0; k < n; k++)
				idx[k] = k;
			send_batch(c, prim, fmt, v, idx, n);
			return;
		}
		for (i = 1; i + 1 < n; i += max - 2) {
			size_t m = n - i < max - 1 ? n - i : max - 1;

			idx[0] = 0;
			for (k = 0; k < m; k++)
				idx[k + 1] = i + k;
			send_batch(c, GL_TRIANGLE_FAN, fmt, v, idx, m + 1);
			if (i + m >= n)
				break;
		}
		return;
	}
}

static int imm_reserve(struct ctx *c)
{
	if (c->imm_n == c->imm_cap) {
		size_t cap = c->imm_cap ? c->imm_cap * 2 : 1024;
		float *p = realloc(c->imm, cap * IMM_FLOATS * sizeof(float));

		if (!p) {
			ppgl_error(c, GL_OUT_OF_MEMORY);
			return 0;
		}
		c->imm = p;
		c->imm_cap = cap;
	}
	return 1;
}

/* Fills one vertex from the current attributes and a position. */
static void fill_vertex(struct ctx *c, float *d, const float pos[4])
{
	const struct gl_state *s = &c->s;

	memcpy(d, pos, 16);
	memcpy(d + 4, s->color, 16);
	memcpy(d + 8, s->normal, 12);
	memcpy(d + 11, s->tex[0], 16);
	memcpy(d + 15, s->tex[1], 16);
	memcpy(d + 19, s->secondary, 16);
	d[23] = s->fogcoord;
	d[24] = s->edge ? 1.0f : 0.0f;
}

void ppgl_imm_vertex(struct ctx *c, const float pos[4])
{
	if (!imm_reserve(c))
		return;
	fill_vertex(c, c->imm + c->imm_n * IMM_FLOATS, pos);
	c->imm_n++;
}

void glBegin(GLenum mode)
{
	CTX;
	DL_REC(C, DL_Begin, U(mode));
	if (C->in_begin) {
		ppgl_error(C, GL_INVALID_OPERATION);
		return;
	}
	if (mode > GL_POLYGON) {
		ppgl_error(C, GL_INVALID_ENUM);
		return;
	}
	C->in_begin = GL_TRUE;
	C->prim = mode;
	C->imm_n = 0;
}

void glEnd(void)
{
	CTX;
	DL_REC0(C, DL_End);
	if (!C->in_begin) {
		ppgl_error(C, GL_INVALID_OPERATION);
		return;
	}
	C->in_begin = GL_FALSE;
	ppgl_emit_vertices(C, C->prim, C->imm, C->imm_n);
	C->imm_n = 0;
	/* the card tracked colours per vertex; the material glGetMaterial
	 * reports is the last one */
	if (C->s.color_material)
		ppgl_track_color(C);
}

void glVertex4f(GLfloat x, GLfloat y, GLfloat z, GLfloat w)
{
	CTX;
	float p[4] = { x, y, z, w };

	DL_REC(C, DL_Vertex4f, F(x), F(y), F(z), F(w));
	if (C->in_begin)
		ppgl_imm_vertex(C, p);
}

void glColor4f(GLfloat r, GLfloat g, GLfloat b, GLfloat a)
{
	CTX;
	DL_REC(C, DL_Color4f, F(r), F(g), F(b), F(a));
	C->s.color[0] = r;
	C->s.color[1] = g;
	C->s.color[2] = b;
	C->s.color[3] = a;
	/* outside Begin/End a tracked colour changes the material now;
	 * inside, the card tracks it per vertex */
	if (C->s.color_material && !C->in_begin)
		ppgl_track_color(C);
}

void glNormal3f(GLfloat x, GLfloat y, GLfloat z)
{
	CTX;
	DL_REC(C, DL_Normal3f, F(x), F(y), F(z));
	C->s.normal[0] = x;
	C->s.normal[1] = y;
	C->s.normal[2] = z;
}

void glMultiTexCoord4f(GLenum unit, GLfloat s, GLfloat t, GLfloat r, GLfloat q)
{
	CTX;
	int u = (int)unit - GL_TEXTURE0;

	DL_REC(C, DL_MultiTexCoord4f, U(unit), F(s), F(t), F(r), F(q));
	if (u < 0 || u >= NUNITS) {
		ppgl_error(C, GL_INVALID_ENUM);
		return;
	}
	C->s.tex[u][0] = s;
	C->s.tex[u][1] = t;
	C->s.tex[u][2] = r;
	C->s.tex[u][3] = q;
}

void glTexCoord4f(GLfloat s, GLfloat t, GLfloat r, GLfloat q)
{
	glMultiTexCoord4f(GL_TEXTURE0, s, t, r, q);
}

void glEdgeFlag(GLboolean f)
{
	CTX;
	DL_REC(C, DL_EdgeFlag, U(f));
	C->s.edge = f != 0;
}

void glEdgeFlagv(const GLboolean *f)
{
	glEdgeFlag(*f);
}

void glFogCoordf(GLfloat f)
{
	CTX;
	DL_REC(C, DL_FogCoordf, F(f));
	C->s.fogcoord = f;
}

void glSecondaryColor3f(GLfloat r, GLfloat g, GLfloat b)
{
	CTX;
	DL_REC(C, DL_SecondaryColor3f, F(r), F(g), F(b));
	C->s.secondary[0] = r;
	C->s.secondary[1] = g;
	C->s.secondary[2] = b;
}

void glIndexf(GLfloat c)
{
	CTX;
	DL_REC(C, DL_Indexf, F(c));
	C->s.current_index = c;
}

void glRectf(GLfloat x1, GLfloat y1, GLfloat x2, GLfloat y2)
{
	glBegin(GL_POLYGON);
	glVertex4f(x1, y1, 0, 1);
	glVertex4f(x2, y1, 0, 1);
	glVertex4f(x2, y2, 0, 1);
	glVertex4f(x1, y2, 0, 1);
	glEnd();
}
