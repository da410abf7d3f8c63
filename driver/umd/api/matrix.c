/* Matrix stacks: kept by the driver, the card gets each new top. */
#include <math.h>
#include <string.h>
#include "ctx.h"
#include "dlist.h"

GLfloat *ppgl_top(struct ctx *c, GLenum mode)
{
	int u = c->s.active_unit;

	switch (mode) {
	case GL_PROJECTION: return c->proj[c->proj_top];
	case GL_TEXTURE: return c->texm[u][c->tex_top[u]];
	default: return c->mv[c->mv_top];
	}
}

void ppgl_send_matrix(struct ctx *c, GLenum mode, int unit)
{
	const GLfloat *m = mode == GL_TEXTURE ? c->texm[unit][c->tex_top[unit]] :
			   mode == GL_PROJECTION ? c->proj[c->proj_top] :
			   c->mv[c->mv_top];
	uint32_t u[2] = { mode, (uint32_t)unit };

	ppgl_cmd_f(c, PP_CLASS_MATRIX, PP_LOAD_MATRIX, 2, u, 16, m);
}

static void changed(struct ctx *c)
{
	ppgl_send_matrix(c, c->s.matrix_mode, c->s.active_unit);
}


void glMatrixMode(GLenum mode)
{
	CTX;
	DL_REC(C, DL_MatrixMode, U(mode));
	NOT_IN_BEGIN(C);
	if (mode != GL_MODELVIEW && mode != GL_PROJECTION && mode != GL_TEXTURE) {
		ppgl_error(C, GL_INVALID_ENUM);
		return;
	}
	C->s.matrix_mode = mode;
}

void glLoadIdentity(void)
{
	CTX;
	DL_REC0(C, DL_LoadIdentity);
	NOT_IN_BEGIN(C);
	pg_identity(ppgl_top(C, C->s.matrix_mode));
	changed(C);
}

void glLoadMatrixf(const GLfloat *m)
{
	CTX;
	DL_REC(C, DL_LoadMatrix, F(m[0]), F(m[1]), F(m[2]), F(m[3]), F(m[4]),
	       F(m[5]), F(m[6]), F(m[7]), F(m[8]), F(m[9]), F(m[10]),
	       F(m[11]), F(m[12]), F(m[13]), F(m[14]), F(m[15]));
	NOT_IN_BEGIN(C);
	memcpy(ppgl_top(C, C->s.matrix_mode), m, 16 * sizeof(*m));
	changed(C);
}

void glLoadMatrixd(const GLdouble *m)
{
	GLfloat f[16];
	int i;

	for (i = 0; i < 16; i++)
		f[i] = (GLfloat)m[i];
	glLoadMatrixf(f);
}

void glMultMatrixf(const GLfloat *m)
{
	CTX;
	GLfloat *t;

	DL_REC(C, DL_MultMatrix, F(m[0]), F(m[1]), F(m[2]), F(m[3]), F(m[4]),
	       F(m[5]), F(m[6]), F(m[7]), F(m[8]), F(m[9]), F(m[10]),
	       F(m[11]), F(m[12]), F(m[13]), F(m[14]), F(m[15]));
	NOT_IN_BEGIN(C);
	t = ppgl_top(C, C->s.matrix_mode);
	pg_mat_mul(t, t, m);
	changed(C);
}

void glMultMatrixd(const GLdouble *m)
{
	GLfloat f[16];
	int i;

	for (i = 0; i < 16; i++)
		f[i] = (GLfloat)m[i];
	glMultMatrixf(f);
}

static void transpose(GLfloat *d, const GLfloat *m)
{
	int i, j;

	for (i = 0; i < 4; i++)
		for (j = 0; j < 4; j++)
			d[i * 4 + j] = m[j * 4 + i];
}

void glLoadTransposeMatrixf(const GLfloat m[16])
{
	GLfloat t[16];

	transpose(t, m);
	glLoadMatrixf(t);
}

void glMultTransposeMatrixf(const GLfloat m[16])
{
	GLfloat t[16];

	transpose(t, m);
	glMultMatrixf(t);
}

void glLoadTransposeMatrixd(const GLdouble m[16])
{
	GLfloat f[16], t[16];
	int i;

	for (i = 0; i < 16; i++)
		f[i] = (GLfloat)m[i];
	transpose(t, f);
	glLoadMatrixf(t);
}

void glMultTransposeMatrixd(const GLdouble m[16])
{
	GLfloat f[16], t[16];
	int i;

	for (i = 0; i < 16; i++)
		f[i] = (GLfloat)m[i];
	transpose(t, f);
	glMultMatrixf(t);
}

void glLoadTransposeMatrixfARB(const GLfloat *m) { glLoadTransposeMatrixf(m); }
void glLoadTransposeMatrixdARB(const GLdouble *m) { glLoadTransposeMatrixd(m); }
void glMultTransposeMatrixfARB(const GLfloat *m) { glMultTransposeMatrixf(m); }
void glMultTransposeMatrixdARB(const GLdouble *m) { glMultTransposeMatrixd(m); }

void glRotatef(GLfloat a, GLfloat x, GLfloat y, GLfloat z)
{
	GLfloat m[16], l = sqrtf(x * x + y * y + z * z), s, c, t;

	pg_identity(m);
	if (l > 0) {
		x /= l;
		y /= l;
		z /= l;
		s = sinf(a * (GLfloat)M_PI / 180.0f);
		c = cosf(a * (GLfloat)M_PI / 180.0f);
		t = 1 - c;
		m[0] = x * x * t + c;
		m[1] = y * x * t + z * s;
		m[2] = x * z * t - y * s;
		m[4] = x * y * t - z * s;
		m[5] = y * y * t + c;
		m[6] = y * z * t + x * s;
		m[8] = x * z * t + y * s;
		m[9] = y * z * t - x * s;
		m[10] = z * z * t + c;
	}
	glMultMatrixf(m);
}

void glRotated(GLdouble a, GLdouble x, GLdouble y, GLdouble z)
{
	glRotatef((GLfloat)a, (GLfloat)x, (GLfloat)y, (GLfloat)z);
}

void glTranslatef(GLfloat x, GLfloat y, GLfloat z)
{
	GLfloat m[16];

	pg_identity(m);
	m[12] = x;
	m[13] = y;
	m[14] = z;
	glMultMatrixf(m);
}

void glTranslated(GLdouble x, GLdouble y, GLdouble z)
{
	glTranslatef((GLfloat)x, (GLfloat)y, (GLfloat)z);
}

void glScalef(GLfloat x, GLfloat y, GLfloat z)
{
	GLfloat m[16];

	pg_identity(m);
	m[0] = x;
	m[5] = y;
	m[10] = z;
	glMultMatrixf(m);
}

void glScaled(GLdouble x, GLdouble y, GLdouble z)
{
	glScalef((GLfloat)x, (GLfloat)y, (GLfloat)z);
}

void glOrtho(GLdouble l, GLdouble r, GLdouble b, GLdouble t, GLdouble n,
	     GLdouble f)
{
	GLfloat m[16];
	CTX;

	if (l == r || b == t || n == f) {
		ppgl_error(C, GL_INVALID_VALUE);
		return;
	}
	pg_identity(m);
	m[0] = (GLfloat)(2 / (r - l));
	m[5] = (GLfloat)(2 / (t - b));
	m[10] = (GLfloat)(-2 / (f - n));
	m[12] = (GLfloat)(-(r + l) / (r - l));
	m[13] = (GLfloat)(-(t + b) / (t - b));
	m[14] = (GLfloat)(-(f + n) / (f - n));
	glMultMatrixf(m);
}

void glFrustum(GLdouble l, GLdouble r, GLdouble b, GLdouble t, GLdouble n,
	       GLdouble f)
{
	GLfloat m[16];
	CTX;

	if (n <= 0 || f <= 0 || l == r || b == t || n == f) {
		ppgl_error(C, GL_INVALID_VALUE);
		return;
	}
	memset(m, 0, sizeof(m));
	m[0] = (GLfloat)(2 * n / (r - l));
	m[5] = (GLfloat)(2 * n / (t - b));
	m[8] = (GLfloat)((r + l) / (r - l));
	m[9] = (GLfloat)((t + b) / (t - b));
	m[10] = (GLfloat)(-(f + n) / (f - n));
	m[11] = -1;
	m[14] = (GLfloat)(-2 * f * n / (f - n));
	glMultMatrixf(m);
}

void glPushMatrix(void)
{
	CTX;
	int *top, depth, u = C->s.active_unit;
	GLfloat (*st)[16];

	DL_REC0(C, DL_PushMatrix);
	NOT_IN_BEGIN(C);
	switch (C->s.matrix_mode) {
	case GL_PROJECTION:
		top = &C->proj_top; depth = PROJ_DEPTH; st = C->proj; break;
	case GL_TEXTURE:
		top = &C->tex_top[u]; depth = TEX_DEPTH; st = C->texm[u]; break;
	default:
		top = &C->mv_top; depth = MV_DEPTH; st = C->mv; break;
	}
	if (*top + 1 >= depth) {
		ppgl_error(C, GL_STACK_OVERFLOW);
		return;
	}
	memcpy(st[*top + 1], st[*top], sizeof(st[0]));
	(*top)++;
}

void glPopMatrix(void)
{
	CTX;
	int *top, u = C->s.active_unit;

	DL_REC0(C, DL_PopMatrix);
	NOT_IN_BEGIN(C);
	switch (C->s.matrix_mode) {
	case GL_PROJECTION: top = &C->proj_top; break;
	case GL_TEXTURE: top = &C->tex_top[u]; break;
	default: top = &C->mv_top; break;
	}
	if (*top == 0) {
		ppgl_error(C, GL_STACK_UNDERFLOW);
		return;
	}
	(*top)--;
	changed(C);
}
