/* Display lists: each list is a byte stream of (op, argument count,
 * arguments) records replayed through the public entry points. */
#include <stdlib.h>
#include <string.h>
#include "ctx.h"
#include "dlist.h"

struct rec {
	uint16_t op, n;
};

static struct dlist *find(struct ctx *c, GLuint name)
{
	size_t i;

	for (i = 0; i < c->nlists; i++)
		if (c->lists[i].name == name)
			return &c->lists[i];
	return NULL;
}

/* Sets the unpack state of a list's own copies (tightly packed, no
 * skips); returns the state to put back. */
static struct pixel_store tight_unpack(struct ctx *c)
{
	struct pixel_store save = c->c.unpack;

	memset(&c->c.unpack, 0, sizeof(c->c.unpack));
	c->c.unpack.alignment = 1;
	return save;
}

static int owns_blob(int op)
{
	return op == DL_TexImage2D || op == DL_DrawPixels || op == DL_Bitmap ||
	       op == DL_Map1 || op == DL_Map2 || op == DL_PixelMap ||
	       op == DL_DrawIndices || op == DL_TexImage2DIndex;
}

static void free_list_data(struct dlist *l)
{
	size_t off = 0;

	while (off < l->len) {
		struct rec r;
		union dl_arg *a;

		memcpy(&r, l->data + off, sizeof(r));
		a = (union dl_arg *)(l->data + off + sizeof(union dl_arg));
		if (owns_blob(r.op) && r.n)
			free(a[r.n - 1].p);
		off += sizeof(union dl_arg) * (1 + (size_t)r.n);
	}
	free(l->data);
	l->data = NULL;
	l->len = l->cap = 0;
}

void ppgl_dl_add(struct ctx *c, int op, const union dl_arg *a, int n)
{
	struct dlist *l = c->cur_list;
	size_t need = sizeof(union dl_arg) * (1 + (size_t)n);
	struct rec r = { (uint16_t)op, (uint16_t)n };

	if (l->len + need > l->cap) {
		size_t cap = l->cap ? l->cap * 2 : 1024;
		uint8_t *p;

		while (cap < l->len + need)
			cap *= 2;
		p = realloc(l->data, cap);
		if (!p) {
			ppgl_error(c, GL_OUT_OF_MEMORY);
			if (owns_blob(op) && n)
				free(a[n - 1].p);
			return;
		}
		l->data = p;
		l->cap = cap;
	}
	memset(l->data + l->len, 0, sizeof(union dl_arg));
	memcpy(l->data + l->len, &r, sizeof(r));
	if (n)
		memcpy(l->data + l->len + sizeof(union dl_arg), a,
		       sizeof(*a) * (size_t)n);
	l->len += need;
}

static void replay(struct ctx *c, struct dlist *l)
{
	size_t off = 0;

	while (off < l->len) {
		struct rec r;
		const union dl_arg *a;
		GLfloat m[16];
		GLdouble d[4];
		int i;

		memcpy(&r, l->data + off, sizeof(r));
		a = (const union dl_arg *)(l->data + off + sizeof(union dl_arg));
		off += sizeof(union dl_arg) * (1 + (size_t)r.n);
		switch (r.op) {
		case DL_MatrixMode: glMatrixMode(a[0].u); break;
		case DL_LoadIdentity: glLoadIdentity(); break;
		case DL_LoadMatrix: case DL_MultMatrix:
			for (i = 0; i < 16; i++)
				m[i] = a[i].f;
			if (r.op == DL_LoadMatrix)
				glLoadMatrixf(m);
			else
				glMultMatrixf(m);
			break;
		case DL_PushMatrix: glPushMatrix(); break;
		case DL_PopMatrix: glPopMatrix(); break;
		case DL_Enable: glEnable(a[0].u); break;
		case DL_Disable: glDisable(a[0].u); break;
		case DL_BlendFuncSeparate:
			glBlendFuncSeparate(a[0].u, a[1].u, a[2].u, a[3].u);
			break;
		case DL_BlendEquation: glBlendEquation(a[0].u); break;
		case DL_BlendColor: glBlendColor(a[0].f, a[1].f, a[2].f, a[3].f); break;
		case DL_DepthFunc: glDepthFunc(a[0].u); break;
		case DL_DepthMask: glDepthMask((GLboolean)a[0].u); break;
		case DL_DepthRange: glDepthRange(a[0].f, a[1].f); break;
		case DL_AlphaFunc: glAlphaFunc(a[0].u, a[1].f); break;
		case DL_StencilFunc: glStencilFunc(a[0].u, a[1].i, a[2].u); break;
		case DL_StencilOp: glStencilOp(a[0].u, a[1].u, a[2].u); break;
		case DL_StencilMask: glStencilMask(a[0].u); break;
		case DL_ColorMask:
			glColorMask((GLboolean)a[0].u, (GLboolean)a[1].u,
				    (GLboolean)a[2].u, (GLboolean)a[3].u);
			break;
		case DL_CullFace: glCullFace(a[0].u); break;
		case DL_FrontFace: glFrontFace(a[0].u); break;
		case DL_PolygonMode: glPolygonMode(a[0].u, a[1].u); break;
		case DL_PolygonOffset: glPolygonOffset(a[0].f, a[1].f); break;
		case DL_ShadeModel: glShadeModel(a[0].u); break;
		case DL_Scissor: glScissor(a[0].i, a[1].i, a[2].i, a[3].i); break;
		case DL_Viewport: glViewport(a[0].i, a[1].i, a[2].i, a[3].i); break;
		case DL_ClearColor: glClearColor(a[0].f, a[1].f, a[2].f, a[3].f); break;
		case DL_ClearDepth: glClearDepth(a[0].f); break;
		case DL_ClearStencil: glClearStencil(a[0].i); break;
		case DL_Fogfv: {
			GLfloat f[4] = { a[1].f, a[2].f, a[3].f, a[4].f };

			glFogfv(a[0].u, f);
			break;
		}
		case DL_LogicOp: glLogicOp(a[0].u); break;
		case DL_PointSize: glPointSize(a[0].f); break;
		case DL_LineWidth: glLineWidth(a[0].f); break;
		case DL_LineStipple: glLineStipple(a[0].i, (GLushort)a[1].u); break;
		case DL_PolygonStipple: {
			GLubyte b[128];

			for (i = 0; i < 32; i++) {
				b[i * 4] = (GLubyte)(a[i].u >> 24);
				b[i * 4 + 1] = (GLubyte)(a[i].u >> 16);
				b[i * 4 + 2] = (GLubyte)(a[i].u >> 8);
				b[i * 4 + 3] = (GLubyte)a[i].u;
			}
			{
				struct pixel_store save = c->c.unpack;

				memset(&c->c.unpack, 0, sizeof(c->c.unpack));
				c->c.unpack.alignment = 4;
				glPolygonStipple(b);
				c->c.unpack = save;
			}
			break;
		}
		case DL_ClipPlane:
			for (i = 0; i < 4; i++)
				d[i] = a[1 + i].f;
			glClipPlane(a[0].u, d);
			break;
		case DL_TexGenfv: {
			GLfloat f[4] = { a[2].f, a[3].f, a[4].f, a[5].f };

			glTexGenfv(a[0].u, a[1].u, f);
			break;
		}
		case DL_Clear: glClear(a[0].u); break;
		case DL_Hint: glHint(a[0].u, a[1].u); break;
		case DL_Lightfv: {
			GLfloat f[4] = { a[2].f, a[3].f, a[4].f, a[5].f };

			glLightfv(a[0].u, a[1].u, f);
			break;
		}
		case DL_Materialfv: {
			GLfloat f[4] = { a[2].f, a[3].f, a[4].f, a[5].f };

			glMaterialfv(a[0].u, a[1].u, f);
			break;
		}
		case DL_LightModelfv: {
			GLfloat f[4] = { a[1].f, a[2].f, a[3].f, a[4].f };

			glLightModelfv(a[0].u, f);
			break;
		}
		case DL_ColorMaterial: glColorMaterial(a[0].u, a[1].u); break;
		case DL_BindTexture: glBindTexture(a[0].u, a[1].u); break;
		case DL_TexParameterfv: {
			GLfloat f[4] = { a[2].f, a[3].f, a[4].f, a[5].f };

			glTexParameterfv(a[0].u, a[1].u, f);
			break;
		}
		case DL_TexEnvfv: {
			GLfloat f[4] = { a[2].f, a[3].f, a[4].f, a[5].f };

			glTexEnvfv(a[0].u, a[1].u, f);
			break;
		}
		case DL_TexImage2D: {
			struct pixel_store save = tight_unpack(c);
			GLfloat sc[4], bi[4];
			GLboolean mc = c->s.map_color;

			/* the copy is already unpacked and transferred */
			memcpy(sc, c->s.scale, sizeof(sc));
			memcpy(bi, c->s.bias, sizeof(bi));
			for (i = 0; i < 4; i++) {
				c->s.scale[i] = 1;
				c->s.bias[i] = 0;
			}
			c->s.map_color = GL_FALSE;
			glTexImage2D(a[0].u, a[1].i, a[2].i, a[3].i, a[4].i,
				     a[5].i, GL_RGBA, GL_FLOAT, a[6].p);
			c->c.unpack = save;
			memcpy(c->s.scale, sc, sizeof(sc));
			memcpy(c->s.bias, bi, sizeof(bi));
			c->s.map_color = mc;
			break;
		}
		case DL_ActiveTexture: glActiveTexture(a[0].u); break;
		case DL_Begin: glBegin(a[0].u); break;
		case DL_End: glEnd(); break;
		case DL_Vertex4f: glVertex4f(a[0].f, a[1].f, a[2].f, a[3].f); break;
		case DL_Color4f: glColor4f(a[0].f, a[1].f, a[2].f, a[3].f); break;
		case DL_Normal3f: glNormal3f(a[0].f, a[1].f, a[2].f); break;
		case DL_MultiTexCoord4f:
			glMultiTexCoord4f(a[0].u, a[1].f, a[2].f, a[3].f, a[4].f);
			break;
		case DL_EdgeFlag: glEdgeFlag((GLboolean)a[0].u); break;
		case DL_FogCoordf: glFogCoordf(a[0].f); break;
		case DL_SecondaryColor3f:
			glSecondaryColor3f(a[0].f, a[1].f, a[2].f);
			break;
		case DL_Indexf: glIndexf(a[0].f); break;
		case DL_CallList: glCallList(a[0].u); break;
		case DL_ListBase: glListBase(a[0].u); break;
		case DL_PushAttrib: glPushAttrib(a[0].u); break;
		case DL_PopAttrib: glPopAttrib(); break;
		case DL_RasterPos4f:
			glRasterPos4f(a[0].f, a[1].f, a[2].f, a[3].f);
			break;
		case DL_WindowPos3f:
			glWindowPos3f(a[0].f, a[1].f, a[2].f);
			break;
		case DL_InitNames: glInitNames(); break;
		case DL_LoadName: glLoadName(a[0].u); break;
		case DL_PushName: glPushName(a[0].u); break;
		case DL_PopName: glPopName(); break;
		case DL_PassThrough: glPassThrough(a[0].f); break;
		case DL_PixelMap: glPixelMapfv(a[0].u, a[1].i, a[2].p); break;
		case DL_DrawIndices: {
			struct pixel_store save = tight_unpack(c);

			if (a[2].p)
				glDrawPixels(a[0].i, a[1].i, GL_COLOR_INDEX,
					     GL_UNSIGNED_INT, a[2].p);
			else	/* nothing to draw, but a feedback record */
				ppgl_draw_pixels_rgba(c, a[0].i, a[1].i, NULL);
			c->c.unpack = save;
			break;
		}
		case DL_TexImage2DIndex: {
			struct pixel_store save = tight_unpack(c);

			glTexImage2D(a[0].u, a[1].i, a[2].i, a[3].i, a[4].i,
				     a[5].i, GL_COLOR_INDEX, GL_UNSIGNED_INT,
				     a[6].p);
			c->c.unpack = save;
			break;
		}
		case DL_DrawPixels:	/* no data: nothing to draw, but a
					   feedback record */
			ppgl_draw_pixels_rgba(c, a[0].i, a[1].i, a[2].p);
			break;
		case DL_Bitmap:
			ppgl_bitmap_bytes(c, a[0].i, a[1].i, a[2].f, a[3].f,
					  a[4].f, a[5].f, a[6].p);
			break;
		case DL_CopyPixels:
			glCopyPixels(a[0].i, a[1].i, a[2].i, a[3].i, a[4].u);
			break;
		case DL_PixelZoom: glPixelZoom(a[0].f, a[1].f); break;
		case DL_PixelTransferf: glPixelTransferf(a[0].u, a[1].f); break;
		case DL_Map1:
			/* points packed at record time: NULL if refused */
			glMap1f(a[0].u, a[1].f, a[2].f, a[3].i, a[4].i, a[5].p);
			break;
		case DL_Map2:
			glMap2f(a[0].u, a[1].f, a[2].f, a[3].i, a[4].i, a[5].f,
				a[6].f, a[7].i, a[8].i, a[9].p);
			break;
		case DL_MapGrid1: glMapGrid1f(a[0].i, a[1].f, a[2].f); break;
		case DL_MapGrid2:
			glMapGrid2f(a[0].i, a[1].f, a[2].f, a[3].i, a[4].f,
				    a[5].f);
			break;
		case DL_EvalCoord1: glEvalCoord1f(a[0].f); break;
		case DL_EvalCoord2: glEvalCoord2f(a[0].f, a[1].f); break;
		case DL_EvalPoint1: glEvalPoint1(a[0].i); break;
		case DL_EvalPoint2: glEvalPoint2(a[0].i, a[1].i); break;
		case DL_EvalMesh1: glEvalMesh1(a[0].u, a[1].i, a[2].i); break;
		case DL_EvalMesh2:
			glEvalMesh2(a[0].u, a[1].i, a[2].i, a[3].i, a[4].i);
			break;
		}
	}
}

GLuint glGenLists(GLsizei range)
{
	CTX;
	GLuint base = C->next_list ? C->next_list : 1, n;
	GLsizei i;

	if (range < 0) {
		ppgl_error(C, GL_INVALID_VALUE);
		return 0;
	}
	if (range == 0)
		return 0;
	/* the first run of `range` unused names */
	for (;;) {
		for (i = 0; i < range; i++)
			if (find(C, base + (GLuint)i))
				break;
		if (i == range)
			break;
		base += (GLuint)i + 1;
	}
	n = base;
	for (i = 0; i < range; i++) {
		struct dlist *nl = realloc(C->lists, (C->nlists + 1) * sizeof(*nl));

		if (!nl) {
			ppgl_error(C, GL_OUT_OF_MEMORY);
			return 0;
		}
		C->lists = nl;
		memset(&nl[C->nlists], 0, sizeof(*nl));
		nl[C->nlists].name = n + (GLuint)i;
		C->nlists++;
	}
	C->next_list = n + (GLuint)range;
	return n;
}

GLboolean glIsList(GLuint name)
{
	CTX;

	return find(C, name) != NULL;
}

void glDeleteLists(GLuint list, GLsizei range)
{
	CTX;
	GLsizei i;

	NOT_IN_BEGIN(C);
	if (range < 0) {
		ppgl_error(C, GL_INVALID_VALUE);
		return;
	}
	for (i = 0; i < range; i++) {
		struct dlist *l = find(C, list + (GLuint)i);

		if (!l || l == C->cur_list)
			continue;
		free_list_data(l);
		*l = C->lists[--C->nlists];
	}
}

void ppgl_dl_delete_all(struct ctx *c)
{
	size_t i;

	for (i = 0; i < c->nlists; i++)
		free_list_data(&c->lists[i]);
	free(c->lists);
	c->lists = NULL;
	c->nlists = 0;
}

/* the list being compiled lives outside the table until glEndList */
static struct dlist compiling;

void glNewList(GLuint name, GLenum mode)
{
	CTX;

	if (name == 0) {
		ppgl_error(C, GL_INVALID_VALUE);
		return;
	}
	if (mode != GL_COMPILE && mode != GL_COMPILE_AND_EXECUTE) {
		ppgl_error(C, GL_INVALID_ENUM);
		return;
	}
	if (C->cur_list || C->in_begin) {
		ppgl_error(C, GL_INVALID_OPERATION);
		return;
	}
	memset(&compiling, 0, sizeof(compiling));
	compiling.name = name;
	C->cur_list = &compiling;
	C->list_compiling = name;
	C->list_mode = mode;
}

void glEndList(void)
{
	CTX;
	struct dlist *l;

	if (!C->cur_list || C->in_begin) {
		ppgl_error(C, GL_INVALID_OPERATION);
		return;
	}
	C->cur_list = NULL;
	C->list_compiling = 0;
	l = find(C, compiling.name);
	if (!l) {
		struct dlist *nl = realloc(C->lists, (C->nlists + 1) * sizeof(*nl));

		if (!nl) {
			free_list_data(&compiling);
			ppgl_error(C, GL_OUT_OF_MEMORY);
			return;
		}
		C->lists = nl;
		l = &nl[C->nlists++];
		memset(l, 0, sizeof(*l));
	} else {
		free_list_data(l);
	}
	*l = compiling;
	if (l->name >= C->next_list)
		C->next_list = l->name + 1;
	memset(&compiling, 0, sizeof(compiling));
}

void glCallList(GLuint name)
{
	CTX;
	struct dlist *l, *saved;
	GLenum mode;

	DL_REC(C, DL_CallList, U(name));
	if (C->list_depth >= MAX_LIST_NESTING)
		return;
	l = find(C, name);
	if (!l)
		return;
	/* executing a list while compiling another records nothing more */
	saved = C->cur_list;
	mode = C->list_mode;
	C->cur_list = NULL;
	C->list_depth++;
	replay(C, l);
	C->list_depth--;
	C->cur_list = saved;
	C->list_mode = mode;
}

void glCallLists(GLsizei n, GLenum type, const void *lists)
{
	CTX;
	GLsizei i;

	if (n < 0) {
		ppgl_error(C, GL_INVALID_VALUE);
		return;
	}
	for (i = 0; i < n; i++) {
		GLint id;
		const uint8_t *b = lists;

		switch (type) {
		case GL_BYTE: id = ((const GLbyte *)lists)[i]; break;
		case GL_UNSIGNED_BYTE: id = b[i]; break;
		case GL_SHORT: id = ((const GLshort *)lists)[i]; break;
		case GL_UNSIGNED_SHORT: id = ((const GLushort *)lists)[i]; break;
		case GL_INT: id = ((const GLint *)lists)[i]; break;
		case GL_UNSIGNED_INT: id = (GLint)((const GLuint *)lists)[i]; break;
		case GL_FLOAT: id = (GLint)((const GLfloat *)lists)[i]; break;
		case GL_2_BYTES: id = b[2 * i] * 256 + b[2 * i + 1]; break;
		case GL_3_BYTES:
			id = (b[3 * i] * 256 + b[3 * i + 1]) * 256 + b[3 * i + 2];
			break;
		case GL_4_BYTES:
			id = ((b[4 * i] * 256 + b[4 * i + 1]) * 256 +
			      b[4 * i + 2]) * 256 + b[4 * i + 3];
			break;
		default:
			ppgl_error(C, GL_INVALID_ENUM);
			return;
		}
		glCallList((GLuint)(C->s.list_base + id));
	}
}

void glListBase(GLuint base)
{
	CTX;
	DL_REC(C, DL_ListBase, U(base));
	NOT_IN_BEGIN(C);
	C->s.list_base = (GLint)base;
}
