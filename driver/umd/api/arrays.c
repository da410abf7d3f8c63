/* Client vertex arrays: pointers, glDrawArrays / glDrawElements /
 * glDrawRangeElements / glArrayElement, interleaved formats and
 * EXT_compiled_vertex_array.  Elements are fetched into immediate-mode
 * vertices, so arrays and glBegin/glEnd share one path to the card. */
#include <stdlib.h>
#include <string.h>
#include "ctx.h"
#include "dlist.h"

static int type_size(GLenum t)
{
	switch (t) {
	case GL_BYTE: case GL_UNSIGNED_BYTE: return 1;
	case GL_SHORT: case GL_UNSIGNED_SHORT: return 2;
	case GL_INT: case GL_UNSIGNED_INT: case GL_FLOAT: return 4;
	case GL_DOUBLE: return 8;
	}
	return 0;
}

static GLfloat load(GLenum type, const void *p, int norm)
{
	switch (type) {
	case GL_BYTE: {
		GLbyte v = *(const GLbyte *)p;

		return norm ? (2.0f * v + 1) / 255.0f : v;
	}
	case GL_UNSIGNED_BYTE: {
		GLubyte v = *(const GLubyte *)p;

		return norm ? v / 255.0f : v;
	}
	case GL_SHORT: {
		GLshort v;

		memcpy(&v, p, 2);
		return norm ? (2.0f * v + 1) / 65535.0f : v;
	}
	case GL_UNSIGNED_SHORT: {
		GLushort v;

		memcpy(&v, p, 2);
		return norm ? v / 65535.0f : v;
	}
	case GL_INT: {
		GLint v;

		memcpy(&v, p, 4);
		return norm ? (GLfloat)((2.0 * v + 1) / 4294967295.0) : (GLfloat)v;
	}
	case GL_UNSIGNED_INT: {
		GLuint v;

		memcpy(&v, p, 4);
		return norm ? (GLfloat)(v / 4294967295.0) : (GLfloat)v;
	}
	case GL_FLOAT: {
		GLfloat v;

		memcpy(&v, p, 4);
		return v;
	}
	default: {
		GLdouble v;

		memcpy(&v, p, 8);
		return (GLfloat)v;
	}
	}
}

static const uint8_t *elem(const struct client_array *a, GLint i)
{
	int stride = a->stride ? a->stride : a->size * type_size(a->type);

	return (const uint8_t *)a->ptr + (ptrdiff_t)i * stride;
}

/* Makes element i current (without the position) and returns whether the
 * vertex array is enabled. */
static int fetch(struct ctx *c, GLint i, float pos[4])
{
	struct client_state *cs = &c->c;
	struct gl_state *s = &c->s;
	int k, u;

	if (cs->color.enabled) {
		const uint8_t *p = elem(&cs->color, i);
		int ts = type_size(cs->color.type);

		for (k = 0; k < cs->color.size; k++)
			s->color[k] = load(cs->color.type, p + k * ts, 1);
		if (cs->color.size == 3)
			s->color[3] = 1;
	}
	if (cs->normal.enabled) {
		const uint8_t *p = elem(&cs->normal, i);
		int ts = type_size(cs->normal.type);

		for (k = 0; k < 3; k++)
			s->normal[k] = load(cs->normal.type, p + k * ts, 1);
	}
	for (u = 0; u < NUNITS; u++) {
		const struct client_array *a = &cs->texcoord[u];
		const uint8_t *p;
		int ts;

		if (!a->enabled)
			continue;
		p = elem(a, i);
		ts = type_size(a->type);
		s->tex[u][1] = s->tex[u][2] = 0;
		s->tex[u][3] = 1;
		for (k = 0; k < a->size; k++)
			s->tex[u][k] = load(a->type, p + k * ts, 0);
	}
	if (cs->edge.enabled)
		s->edge = *elem(&cs->edge, i) != 0;
	if (cs->secondary.enabled) {
		const uint8_t *p = elem(&cs->secondary, i);
		int ts = type_size(cs->secondary.type);

		for (k = 0; k < 3; k++)
			s->secondary[k] = load(cs->secondary.type, p + k * ts, 1);
	}
	if (cs->fog.enabled)
		s->fogcoord = load(cs->fog.type, elem(&cs->fog, i), 0);
	if (!cs->vertex.enabled)
		return 0;
	{
		const uint8_t *p = elem(&cs->vertex, i);
		int ts = type_size(cs->vertex.type);

		pos[2] = 0;
		pos[3] = 1;
		for (k = 0; k < cs->vertex.size; k++)
			pos[k] = load(cs->vertex.type, p + k * ts, 0);
	}
	return 1;
}

void glArrayElement(GLint i)
{
	CTX;
	float pos[4];

	if (i < 0)
		return;
	if (fetch(C, i, pos)) {
		if (C->cur_list) {
			/* lists store the dereferenced values */
			glColor4f(C->s.color[0], C->s.color[1], C->s.color[2],
				  C->s.color[3]);
			glNormal3f(C->s.normal[0], C->s.normal[1], C->s.normal[2]);
			glMultiTexCoord4f(GL_TEXTURE0, C->s.tex[0][0], C->s.tex[0][1],
					  C->s.tex[0][2], C->s.tex[0][3]);
			glMultiTexCoord4f(GL_TEXTURE1, C->s.tex[1][0], C->s.tex[1][1],
					  C->s.tex[1][2], C->s.tex[1][3]);
			glVertex4f(pos[0], pos[1], pos[2], pos[3]);
			return;
		}
		if (C->in_begin)
			ppgl_imm_vertex(C, pos);
	}
}

void glArrayElementEXT(GLint i)
{
	glArrayElement(i);
}

static int draw_ok(struct ctx *c, GLenum mode, GLsizei count)
{
	if (mode > GL_POLYGON) {
		ppgl_error(c, GL_INVALID_ENUM);
		return 0;
	}
	if (count < 0) {
		ppgl_error(c, GL_INVALID_VALUE);
		return 0;
	}
	if (c->in_begin) {
		ppgl_error(c, GL_INVALID_OPERATION);
		return 0;
	}
	return 1;
}

static void draw_indices(struct ctx *c, GLenum mode, GLsizei count,
			 GLenum type, const void *ind, GLint first)
{
	GLfloat color[4], normal[3], tex[NUNITS][4], sec[4], fog;
	GLboolean edge;
	GLsizei k;

	/* like Mesa, draws leave the current attributes as they were */
	memcpy(color, c->s.color, sizeof(color));
	memcpy(normal, c->s.normal, sizeof(normal));
	memcpy(tex, c->s.tex, sizeof(tex));
	memcpy(sec, c->s.secondary, sizeof(sec));
	fog = c->s.fogcoord;
	edge = c->s.edge;
	glBegin(mode);
	for (k = 0; k < count; k++) {
		GLint i;

		if (!ind)
			i = first + k;
		else if (type == GL_UNSIGNED_BYTE)
			i = ((const GLubyte *)ind)[k];
		else if (type == GL_UNSIGNED_SHORT)
			i = ((const GLushort *)ind)[k];
		else
			i = (GLint)((const GLuint *)ind)[k];
		glArrayElement(i);
	}
	glEnd();
	memcpy(c->s.color, color, sizeof(color));
	memcpy(c->s.normal, normal, sizeof(normal));
	memcpy(c->s.tex, tex, sizeof(tex));
	memcpy(c->s.secondary, sec, sizeof(sec));
	c->s.fogcoord = fog;
	c->s.edge = edge;
}

void glDrawArrays(GLenum mode, GLint first, GLsizei count)
{
	CTX;

	if (!draw_ok(C, mode, count))
		return;
	if (first < 0) {
		ppgl_error(C, GL_INVALID_VALUE);
		return;
	}
	draw_indices(C, mode, count, 0, NULL, first);
}

void glDrawArraysEXT(GLenum mode, GLint first, GLsizei count)
{
	glDrawArrays(mode, first, count);
}

void glDrawElements(GLenum mode, GLsizei count, GLenum type, const void *ind)
{
	CTX;

	if (!draw_ok(C, mode, count))
		return;
	if (type != GL_UNSIGNED_BYTE && type != GL_UNSIGNED_SHORT &&
	    type != GL_UNSIGNED_INT) {
		ppgl_error(C, GL_INVALID_ENUM);
		return;
	}
	if (count && !ind)
		return;
	draw_indices(C, mode, count, type, ind, 0);
}

void glDrawRangeElements(GLenum mode, GLuint start, GLuint end, GLsizei count,
			 GLenum type, const void *ind)
{
	CTX;

	if (end < start) {
		ppgl_error(C, GL_INVALID_VALUE);
		return;
	}
	glDrawElements(mode, count, type, ind);
}

void glDrawRangeElementsEXT(GLenum mode, GLuint start, GLuint end,
			    GLsizei count, GLenum type, const void *ind)
{
	glDrawRangeElements(mode, start, end, count, type, ind);
}

static void set_array(struct ctx *c, struct client_array *a, GLint size,
		      GLenum type, GLsizei stride, const void *ptr)
{
	if (c->in_begin) {
		ppgl_error(c, GL_INVALID_OPERATION);
		return;
	}
	if (stride < 0) {
		ppgl_error(c, GL_INVALID_VALUE);
		return;
	}
	a->size = size;
	a->type = type;
	a->stride = stride;
	a->ptr = ptr;
}

void glVertexPointer(GLint size, GLenum type, GLsizei stride, const void *p)
{
	CTX;

	if (size < 2 || size > 4) {
		ppgl_error(C, GL_INVALID_VALUE);
		return;
	}
	if (type != GL_SHORT && type != GL_INT && type != GL_FLOAT &&
	    type != GL_DOUBLE) {
		ppgl_error(C, GL_INVALID_ENUM);
		return;
	}
	set_array(C, &C->c.vertex, size, type, stride, p);
}

void glColorPointer(GLint size, GLenum type, GLsizei stride, const void *p)
{
	CTX;

	if (size != 3 && size != 4) {
		ppgl_error(C, GL_INVALID_VALUE);
		return;
	}
	if (!type_size(type)) {
		ppgl_error(C, GL_INVALID_ENUM);
		return;
	}
	set_array(C, &C->c.color, size, type, stride, p);
}

void glSecondaryColorPointer(GLint size, GLenum type, GLsizei stride,
			     const void *p)
{
	CTX;

	if (size != 3) {
		ppgl_error(C, GL_INVALID_VALUE);
		return;
	}
	if (!type_size(type)) {
		ppgl_error(C, GL_INVALID_ENUM);
		return;
	}
	set_array(C, &C->c.secondary, size, type, stride, p);
}

void glNormalPointer(GLenum type, GLsizei stride, const void *p)
{
	CTX;

	if (type != GL_BYTE && type != GL_SHORT && type != GL_INT &&
	    type != GL_FLOAT && type != GL_DOUBLE) {
		ppgl_error(C, GL_INVALID_ENUM);
		return;
	}
	set_array(C, &C->c.normal, 3, type, stride, p);
}

void glTexCoordPointer(GLint size, GLenum type, GLsizei stride, const void *p)
{
	CTX;

	if (size < 1 || size > 4) {
		ppgl_error(C, GL_INVALID_VALUE);
		return;
	}
	if (type != GL_SHORT && type != GL_INT && type != GL_FLOAT &&
	    type != GL_DOUBLE) {
		ppgl_error(C, GL_INVALID_ENUM);
		return;
	}
	set_array(C, &C->c.texcoord[C->c.client_unit], size, type, stride, p);
}

void glEdgeFlagPointer(GLsizei stride, const void *p)
{
	CTX;

	set_array(C, &C->c.edge, 1, GL_UNSIGNED_BYTE, stride, p);
}

void glIndexPointer(GLenum type, GLsizei stride, const void *p)
{
	CTX;

	if (type != GL_UNSIGNED_BYTE && type != GL_SHORT && type != GL_INT &&
	    type != GL_FLOAT && type != GL_DOUBLE) {
		ppgl_error(C, GL_INVALID_ENUM);
		return;
	}
	set_array(C, &C->c.index, 1, type, stride, p);
}

void glFogCoordPointer(GLenum type, GLsizei stride, const void *p)
{
	CTX;

	if (type != GL_FLOAT && type != GL_DOUBLE) {
		ppgl_error(C, GL_INVALID_ENUM);
		return;
	}
	set_array(C, &C->c.fog, 1, type, stride, p);
}

static struct client_array *client_cap(struct ctx *c, GLenum cap)
{
	switch (cap) {
	case GL_VERTEX_ARRAY: return &c->c.vertex;
	case GL_NORMAL_ARRAY: return &c->c.normal;
	case GL_COLOR_ARRAY: return &c->c.color;
	case GL_INDEX_ARRAY: return &c->c.index;
	case GL_EDGE_FLAG_ARRAY: return &c->c.edge;
	case GL_TEXTURE_COORD_ARRAY: return &c->c.texcoord[c->c.client_unit];
	case GL_FOG_COORD_ARRAY: return &c->c.fog;
	case GL_SECONDARY_COLOR_ARRAY: return &c->c.secondary;
	}
	return NULL;
}

void glEnableClientState(GLenum cap)
{
	CTX;
	struct client_array *a = client_cap(C, cap);

	NOT_IN_BEGIN(C);
	if (!a) {
		ppgl_error(C, GL_INVALID_ENUM);
		return;
	}
	a->enabled = GL_TRUE;
}

void glDisableClientState(GLenum cap)
{
	CTX;
	struct client_array *a = client_cap(C, cap);

	NOT_IN_BEGIN(C);
	if (!a) {
		ppgl_error(C, GL_INVALID_ENUM);
		return;
	}
	a->enabled = GL_FALSE;
}

GLboolean ppgl_client_enabled(struct ctx *c, GLenum cap, int *known)
{
	struct client_array *a = client_cap(c, cap);

	*known = a != NULL;
	return a ? a->enabled : GL_FALSE;
}

void glClientActiveTexture(GLenum unit)
{
	CTX;

	if (unit < GL_TEXTURE0 || unit >= GL_TEXTURE0 + NUNITS) {
		ppgl_error(C, GL_INVALID_ENUM);
		return;
	}
	C->c.client_unit = (GLint)(unit - GL_TEXTURE0);
}

void glClientActiveTextureARB(GLenum unit)
{
	glClientActiveTexture(unit);
}

void glInterleavedArrays(GLenum format, GLsizei stride, const void *p)
{
	CTX;
	int tc = 0, cc = 0, vc, nrm = 0, ub = 0, f = (int)sizeof(GLfloat);
	int toff = 0, coff = 0, noff = 0, voff, def;
	const uint8_t *base = p;

	switch (format) {
	case GL_V2F: vc = 2; break;
	case GL_V3F: vc = 3; break;
	case GL_C4UB_V2F: cc = 4; ub = 1; vc = 2; break;
	case GL_C4UB_V3F: cc = 4; ub = 1; vc = 3; break;
	case GL_C3F_V3F: cc = 3; vc = 3; break;
	case GL_N3F_V3F: nrm = 1; vc = 3; break;
	case GL_C4F_N3F_V3F: cc = 4; nrm = 1; vc = 3; break;
	case GL_T2F_V3F: tc = 2; vc = 3; break;
	case GL_T4F_V4F: tc = 4; vc = 4; break;
	case GL_T2F_C4UB_V3F: tc = 2; cc = 4; ub = 1; vc = 3; break;
	case GL_T2F_C3F_V3F: tc = 2; cc = 3; vc = 3; break;
	case GL_T2F_N3F_V3F: tc = 2; nrm = 1; vc = 3; break;
	case GL_T2F_C4F_N3F_V3F: tc = 2; cc = 4; nrm = 1; vc = 3; break;
	case GL_T4F_C4F_N3F_V4F: tc = 4; cc = 4; nrm = 1; vc = 4; break;
	default:
		ppgl_error(C, GL_INVALID_ENUM);
		return;
	}
	if (stride < 0) {
		ppgl_error(C, GL_INVALID_VALUE);
		return;
	}
	coff = tc * f;
	noff = coff + (ub ? 4 * (cc != 0) : cc * f);
	voff = noff + (nrm ? 3 * f : 0);
	def = voff + vc * f;
	(void)toff;
	if (!stride)
		stride = def;
	glDisableClientState(GL_EDGE_FLAG_ARRAY);
	glDisableClientState(GL_INDEX_ARRAY);
	if (tc) {
		glEnableClientState(GL_TEXTURE_COORD_ARRAY);
		glTexCoordPointer(tc, GL_FLOAT, stride, base);
	} else {
		glDisableClientState(GL_TEXTURE_COORD_ARRAY);
	}
	if (cc) {
		glEnableClientState(GL_COLOR_ARRAY);
		glColorPointer(cc, ub ? GL_UNSIGNED_BYTE : GL_FLOAT, stride,
			       base + coff);
	} else {
		glDisableClientState(GL_COLOR_ARRAY);
	}
	if (nrm) {
		glEnableClientState(GL_NORMAL_ARRAY);
		glNormalPointer(GL_FLOAT, stride, base + noff);
	} else {
		glDisableClientState(GL_NORMAL_ARRAY);
	}
	glEnableClientState(GL_VERTEX_ARRAY);
	glVertexPointer(vc, GL_FLOAT, stride, base + voff);
}

void glLockArraysEXT(GLint first, GLsizei count)
{
	CTX;

	if (first < 0 || count <= 0 || C->locked) {
		ppgl_error(C, count <= 0 || first < 0 ? GL_INVALID_VALUE :
			   GL_INVALID_OPERATION);
		return;
	}
	C->locked = GL_TRUE;
	C->lock_first = first;
	C->lock_count = count;
}

void glUnlockArraysEXT(void)
{
	CTX;

	if (!C->locked) {
		ppgl_error(C, GL_INVALID_OPERATION);
		return;
	}
	C->locked = GL_FALSE;
}

void glMultiDrawArrays(GLenum mode, const GLint *first, const GLsizei *count,
		       GLsizei n)
{
	GLsizei i;

	for (i = 0; i < n; i++)
		glDrawArrays(mode, first[i], count[i]);
}

void glMultiDrawElements(GLenum mode, const GLsizei *count, GLenum type,
			 const void *const *ind, GLsizei n)
{
	GLsizei i;

	for (i = 0; i < n; i++)
		glDrawElements(mode, count[i], type, ind[i]);
}
