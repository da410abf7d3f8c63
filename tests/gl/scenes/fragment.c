/* Per-fragment operations: alpha test, blending, depth, stencil, scissor,
 * colour mask and logic op. */
#include "../scene.h"

static void gradient(void)
{
	glBegin(GL_QUADS);
	glColor4f(0.1f, 0.2f, 0.9f, 0.0f); glVertex2f(-1, -1);
	glColor4f(0.9f, 0.2f, 0.1f, 1.0f); glVertex2f(1, -1);
	glColor4f(0.9f, 0.9f, 0.1f, 1.0f); glVertex2f(1, 1);
	glColor4f(0.1f, 0.9f, 0.9f, 0.0f); glVertex2f(-1, 1);
	glEnd();
}

static void cell(int i, int cols, int rows)
{
	float w = 2.0f / cols, h = 2.0f / rows;
	float x = -1 + (i % cols) * w, y = -1 + (i / cols) * h;

	glBegin(GL_QUADS);
	glColor4f(1.0f, 0.6f, 0.2f, 0.2f); glVertex2f(x + 0.02f, y + 0.02f);
	glColor4f(0.2f, 1.0f, 0.6f, 0.5f); glVertex2f(x + w - 0.02f, y + 0.02f);
	glColor4f(0.6f, 0.2f, 1.0f, 0.9f); glVertex2f(x + w - 0.02f, y + h - 0.02f);
	glColor4f(1.0f, 1.0f, 1.0f, 0.7f); glVertex2f(x + 0.02f, y + h - 0.02f);
	glEnd();
}

SCENE(frag_alpha_test, "glAlphaFunc with every comparison")
{
	static const GLenum f[8] = { GL_NEVER, GL_LESS, GL_EQUAL, GL_LEQUAL,
				     GL_GREATER, GL_NOTEQUAL, GL_GEQUAL, GL_ALWAYS };
	int i;

	glClear(GL_COLOR_BUFFER_BIT);
	glEnable(GL_ALPHA_TEST);
	for (i = 0; i < 8; i++) {
		glAlphaFunc(f[i], i == 2 ? 0.5f : 0.45f);
		cell(i, 4, 2);
	}
}

SCENE(frag_blend_src, "glBlendFunc source factors over a gradient")
{
	static const GLenum s[10] = { GL_ZERO, GL_ONE, GL_DST_COLOR,
		GL_ONE_MINUS_DST_COLOR, GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA,
		GL_DST_ALPHA, GL_ONE_MINUS_DST_ALPHA, GL_SRC_ALPHA_SATURATE,
		GL_CONSTANT_COLOR };
	int i;

	glClear(GL_COLOR_BUFFER_BIT);
	gradient();
	glEnable(GL_BLEND);
	glBlendColor(0.3f, 0.6f, 0.9f, 0.5f);
	for (i = 0; i < 10; i++) {
		glBlendFunc(s[i], GL_ONE_MINUS_SRC_ALPHA);
		cell(i, 5, 2);
	}
}

SCENE(frag_blend_dst, "glBlendFunc destination factors over a gradient")
{
	static const GLenum d[10] = { GL_ZERO, GL_ONE, GL_SRC_COLOR,
		GL_ONE_MINUS_SRC_COLOR, GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA,
		GL_DST_ALPHA, GL_ONE_MINUS_DST_ALPHA, GL_CONSTANT_ALPHA,
		GL_ONE_MINUS_CONSTANT_COLOR };
	int i;

	glClear(GL_COLOR_BUFFER_BIT);
	gradient();
	glEnable(GL_BLEND);
	glBlendColor(0.3f, 0.6f, 0.9f, 0.4f);
	for (i = 0; i < 10; i++) {
		glBlendFunc(GL_SRC_ALPHA, d[i]);
		cell(i, 5, 2);
	}
}

SCENE(frag_blend_separate_eq, "glBlendFuncSeparate and glBlendEquation ADD, SUBTRACT, REVERSE_SUBTRACT, MIN, MAX")
{
	static const GLenum eq[5] = { GL_FUNC_ADD, GL_FUNC_SUBTRACT,
		GL_FUNC_REVERSE_SUBTRACT, GL_MIN, GL_MAX };
	int i;

	glClear(GL_COLOR_BUFFER_BIT);
	gradient();
	glEnable(GL_BLEND);
	for (i = 0; i < 5; i++) {
		glBlendEquation(eq[i]);
		glBlendFunc(GL_ONE, GL_ONE);
		cell(i, 5, 2);
	}
	glBlendEquation(GL_FUNC_ADD);
	for (i = 5; i < 10; i++) {
		glBlendFuncSeparate(i & 1 ? GL_SRC_ALPHA : GL_ONE, GL_ONE_MINUS_SRC_ALPHA,
				    i & 2 ? GL_ZERO : GL_ONE, i & 4 ? GL_ONE : GL_DST_ALPHA);
		cell(i, 5, 2);
	}
	/* make destination alpha visible */
	glDisable(GL_BLEND);
	glColorMask(GL_TRUE, GL_FALSE, GL_FALSE, GL_FALSE);
	glEnable(GL_BLEND);
	glBlendFunc(GL_DST_ALPHA, GL_ZERO);
	glColor4f(1, 1, 1, 1);
	glRectf(-1, -1, 1, -0.9f);
}

SCENE(frag_depth_funcs, "glDepthFunc with every comparison, glDepthMask, glClearDepth")
{
	static const GLenum f[8] = { GL_NEVER, GL_LESS, GL_EQUAL, GL_LEQUAL,
				     GL_GREATER, GL_NOTEQUAL, GL_GEQUAL, GL_ALWAYS };
	int i;

	glClearDepth(0.75);
	glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
	glEnable(GL_DEPTH_TEST);
	/* a tilted reference surface */
	glBegin(GL_QUADS);
	glColor3f(0.4f, 0.4f, 0.4f);
	glVertex3f(-1, -1, -0.8f); glVertex3f(1, -1, 0.8f);
	glVertex3f(1, 1, 0.8f); glVertex3f(-1, 1, -0.8f);
	glEnd();
	for (i = 0; i < 8; i++) {
		float x = -1 + (i % 4) * 0.5f, y = i < 4 ? 0 : -1;

		glDepthFunc(f[i]);
		glDepthMask(i & 1 ? GL_FALSE : GL_TRUE);
		glBegin(GL_QUADS);
		glColor3f(1, (i & 1) * 0.8f, (i & 2) * 0.4f);
		glVertex3f(x + 0.03f, y + 0.05f, 0.5f);
		glVertex3f(x + 0.47f, y + 0.05f, -0.5f);
		glVertex3f(x + 0.47f, y + 0.95f, -0.5f);
		glVertex3f(x + 0.03f, y + 0.95f, 0.5f);
		glEnd();
	}
	glDepthFunc(GL_LESS);
	glDepthMask(GL_TRUE);
	glColor3f(0, 0, 1);
	glRectf(-0.9f, -0.1f, 0.9f, 0.1f);
}

SCENE(frag_stencil_funcs, "glStencilFunc with every comparison against a stencil mask shape")
{
	static const GLenum f[8] = { GL_NEVER, GL_LESS, GL_EQUAL, GL_LEQUAL,
				     GL_GREATER, GL_NOTEQUAL, GL_GEQUAL, GL_ALWAYS };
	int i;

	glClearStencil(1);
	glClear(GL_COLOR_BUFFER_BIT | GL_STENCIL_BUFFER_BIT);
	glEnable(GL_STENCIL_TEST);
	glStencilFunc(GL_ALWAYS, 2, 0xff);
	glStencilOp(GL_KEEP, GL_KEEP, GL_REPLACE);
	glColorMask(GL_FALSE, GL_FALSE, GL_FALSE, GL_FALSE);
	glBegin(GL_TRIANGLES);
	glVertex2f(-1, -1); glVertex2f(1, -1); glVertex2f(0, 1);
	glEnd();
	glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
	glStencilOp(GL_KEEP, GL_KEEP, GL_KEEP);
	for (i = 0; i < 8; i++) {
		glStencilFunc(f[i], 2, 0xff);
		cell(i, 4, 2);
	}
}

SCENE(frag_stencil_ops, "glStencilOp KEEP, ZERO, REPLACE, INCR, DECR, INVERT, INCR_WRAP, DECR_WRAP, glStencilMask")
{
	static const GLenum op[8] = { GL_KEEP, GL_ZERO, GL_REPLACE, GL_INCR,
				      GL_DECR, GL_INVERT, GL_INCR_WRAP, GL_DECR_WRAP };
	int i, k;

	glClearStencil(0x80);
	glClear(GL_COLOR_BUFFER_BIT | GL_STENCIL_BUFFER_BIT);
	glEnable(GL_STENCIL_TEST);
	glColorMask(GL_FALSE, GL_FALSE, GL_FALSE, GL_FALSE);
	for (i = 0; i < 8; i++) {
		glStencilFunc(GL_ALWAYS, 0x33, 0xff);
		glStencilOp(GL_KEEP, GL_KEEP, op[i]);
		glStencilMask(i == 7 ? 0x0f : 0xff);
		for (k = 0; k < (i >= 3 ? 3 : 1); k++)
			cell(i, 4, 2);
	}
	glStencilMask(0xff);
	glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
	glStencilOp(GL_KEEP, GL_KEEP, GL_KEEP);
	/* show the stencil values as bands of colour */
	for (k = 0; k < 8; k++) {
		static const GLuint v[8] = { 0x00, 0x33, 0x7d, 0x80, 0x83, 0x7f, 0xcc, 0x8d };

		glStencilFunc(GL_EQUAL, (GLint)v[k], 0xff);
		glColor3f((k & 1) ? 1 : 0.2f, (k & 2) ? 1 : 0.2f, (k & 4) ? 1 : 0.2f);
		glRectf(-1, -1, 1, 1);
	}
}

SCENE(frag_scissor_mask, "glScissor, glColorMask per channel")
{
	glClearColor(0.2f, 0.2f, 0.2f, 1);
	glClear(GL_COLOR_BUFFER_BIT);
	glEnable(GL_SCISSOR_TEST);
	glScissor(20, 10, 60, 70);
	gradient();
	glScissor(70, 40, 80, 70);
	glColorMask(GL_TRUE, GL_FALSE, GL_TRUE, GL_TRUE);
	glClearColor(1, 1, 1, 1);
	glClear(GL_COLOR_BUFFER_BIT);
	glColorMask(GL_FALSE, GL_TRUE, GL_FALSE, GL_TRUE);
	glDisable(GL_SCISSOR_TEST);
	glColor3f(0.7f, 0.7f, 0.7f);
	glRectf(-0.3f, -0.9f, 0.3f, 0.9f);
}

SCENE(frag_logic_op, "glLogicOp XOR, AND, OR, INVERT, COPY_INVERTED, NOR, EQUIV, SET")
{
	static const GLenum op[8] = { GL_XOR, GL_AND, GL_OR, GL_INVERT,
				      GL_COPY_INVERTED, GL_NOR, GL_EQUIV, GL_SET };
	int i;

	glClear(GL_COLOR_BUFFER_BIT);
	gradient();
	glEnable(GL_COLOR_LOGIC_OP);
	for (i = 0; i < 8; i++) {
		glLogicOp(op[i]);
		cell(i, 4, 2);
	}
}
