/* Per-fragment tests and writes: glAlphaFunc (every function), glDepthFunc
 * (every function), glDepthMask, glClearDepth, glStencilFunc (every
 * function), glStencilOp (KEEP, ZERO, REPLACE, INCR, DECR, INVERT,
 * INCR_WRAP, DECR_WRAP) with the fail/zfail/zpass cases, glStencilMask,
 * glClearStencil, glScissor, glColorMask and glLogicOp.
 *
 * Values compared exactly (alpha against the reference, logic ops) come
 * from flat-shaded primitives with colours given as bytes, so nothing
 * depends on interpolation rounding. */
#include "../scene.h"

static const GLenum func[8] = { GL_NEVER, GL_LESS, GL_EQUAL, GL_LEQUAL,
				GL_GREATER, GL_NOTEQUAL, GL_GEQUAL, GL_ALWAYS };

static void pixel_ortho(void)
{
	glMatrixMode(GL_PROJECTION);
	glLoadIdentity();
	glOrtho(0, SCENE_W, 0, SCENE_H, -1, 1);
	glMatrixMode(GL_MODELVIEW);
	glLoadIdentity();
}

/* The rectangle of cell i in a 4 x 2 grid (36 x 52 pixels). */
static void cell_rect(int i, int *x, int *y)
{
	*x = 4 + (i % 4) * 39;
	*y = i < 4 ? 6 : 64;
}

/* Shows the stencil buffer: for each bit, a colour is added where the bit
 * is set, so every stencil value gets a distinct exact colour. */
static void show_stencil(void)
{
	static const GLubyte bitcol[8][3] = {
		{ 40, 0, 0 }, { 80, 0, 0 }, { 120, 0, 0 }, { 0, 40, 0 },
		{ 0, 80, 0 }, { 0, 120, 0 }, { 0, 0, 90 }, { 0, 0, 160 },
	};
	int b;

	glPushAttrib(GL_ALL_ATTRIB_BITS);
	pixel_ortho();
	glDisable(GL_DEPTH_TEST);
	glEnable(GL_STENCIL_TEST);
	glStencilOp(GL_KEEP, GL_KEEP, GL_KEEP);
	glClearColor(0, 0, 0, 1);
	glClear(GL_COLOR_BUFFER_BIT);
	glEnable(GL_BLEND);
	glBlendFunc(GL_ONE, GL_ONE);
	glShadeModel(GL_FLAT);
	for (b = 0; b < 8; b++) {
		glStencilFunc(GL_EQUAL, 1 << b, 1u << b);
		glColor3ubv(bitcol[b]);
		glRecti(0, 0, SCENE_W, SCENE_H);
	}
	glPopAttrib();
}

SCENE(ft_alpha_func, "glAlphaFunc NEVER, LESS, EQUAL, LEQUAL, GREATER, NOTEQUAL, GEQUAL, ALWAYS on bands of alpha 0, 0.2 .. 1")
{
	int i, k;

	pixel_ortho();
	glClearColor(0.2f, 0.2f, 0.3f, 1);
	glClear(GL_COLOR_BUFFER_BIT);
	glShadeModel(GL_FLAT);
	glEnable(GL_ALPHA_TEST);
	for (i = 0; i < 8; i++) {
		int x, y;

		cell_rect(i, &x, &y);
		/* EQUAL and NOTEQUAL against 0.6 = 153/255, exactly a band */
		glAlphaFunc(func[i], func[i] == GL_EQUAL || func[i] == GL_NOTEQUAL ? 0.6f : 0.5f);
		for (k = 0; k < 6; k++) {
			glColor4ub((GLubyte)(100 + k * 30), (GLubyte)(220 - k * 30), 80,
				   (GLubyte)(k * 51));
			glRecti(x, y + k * 8, x + 36, y + k * 8 + 8);
		}
	}
}

SCENE(ft_depth_func, "glDepthFunc NEVER, LESS, EQUAL, LEQUAL, GREATER, NOTEQUAL, GEQUAL, ALWAYS against a tilted surface")
{
	int i;

	pixel_ortho();
	glClearColor(0.1f, 0.1f, 0.1f, 1);
	glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
	glEnable(GL_DEPTH_TEST);
	glDepthFunc(GL_ALWAYS);
	/* the reference surface: depth rises to the right */
	glBegin(GL_TRIANGLE_STRIP);
	glColor3f(0.4f, 0.4f, 0.5f);
	glVertex3f(0, 0, 0.8f); glVertex3f(160, 0, -0.8f);
	glVertex3f(0, 120, 0.8f); glVertex3f(160, 120, -0.8f);
	glEnd();
	glEnable(GL_SCISSOR_TEST);
	for (i = 0; i < 8; i++) {
		int x, y;

		cell_rect(i, &x, &y);
		glScissor(x, y, 36, 52);
		glDepthFunc(func[i]);
		if (func[i] == GL_EQUAL || func[i] == GL_NOTEQUAL) {
			/* the very same surface again: equal everywhere */
			glBegin(GL_TRIANGLE_STRIP);
			glColor3f(1, 0.3f, 0.3f);
			glVertex3f(0, 0, 0.8f); glVertex3f(160, 0, -0.8f);
			glVertex3f(0, 120, 0.8f); glVertex3f(160, 120, -0.8f);
			glEnd();
		} else {
			/* a surface tilted the other way, crossing mid-cell */
			float zl = 0.8f - 1.6f * x / 160 - 0.3f, zr = zl + 0.6f;

			glBegin(GL_TRIANGLE_STRIP);
			glColor3f(1, 0.8f, 0.2f); glVertex3f((float)x, (float)y, zl);
			glColor3f(0.2f, 0.8f, 1); glVertex3f(x + 36.0f, (float)y, zr);
			glColor3f(1, 0.8f, 0.2f); glVertex3f((float)x, y + 52.0f, zl);
			glColor3f(0.2f, 0.8f, 1); glVertex3f(x + 36.0f, y + 52.0f, zr);
			glEnd();
		}
	}
}

SCENE(ft_depth_mask_clear, "glClearDepth 0.6, glDepthMask(GL_FALSE) objects that test but do not write, scissored depth clear")
{
	int i;

	pixel_ortho();
	glClearDepth(0.6);
	glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
	glEnable(GL_DEPTH_TEST);
	glDepthFunc(GL_LESS);
	/* bars at depth 0.8 (behind the cleared 0.6: hidden) and 0.4 */
	for (i = 0; i < 4; i++) {
		float z = i & 1 ? 0.2f : -0.6f;	/* window depth 0.4 or 0.8 */

		glColor3f(0.3f, 0.3f + 0.2f * i, 1);
		glBegin(GL_TRIANGLE_STRIP);
		glVertex3f(4.0f + i * 14, 4, z); glVertex3f(14.0f + i * 14, 4, z);
		glVertex3f(4.0f + i * 14, 116, z); glVertex3f(14.0f + i * 14, 116, z);
		glEnd();
	}
	/* a translucent-style overlay that must not occlude: mask off */
	glDepthMask(GL_FALSE);
	glColor3f(1, 0.5f, 0);
	glBegin(GL_TRIANGLE_STRIP);
	glVertex3f(0, 40, 0.9f); glVertex3f(160, 40, 0.9f);
	glVertex3f(0, 60, 0.9f); glVertex3f(160, 60, 0.9f);
	glEnd();
	glDepthMask(GL_TRUE);
	/* drawn at depth 0.3 after it: visible through the overlay region */
	glColor3f(0.2f, 1, 0.3f);
	glBegin(GL_TRIANGLE_STRIP);
	glVertex3f(70, 30, 0.4f); glVertex3f(100, 30, 0.4f);
	glVertex3f(70, 70, 0.4f); glVertex3f(100, 70, 0.4f);
	glEnd();
	/* depth cleared to 1 in a scissor box: the far bars show there */
	glEnable(GL_SCISSOR_TEST);
	glScissor(110, 0, 50, 120);
	glClearDepth(1.0);
	glClear(GL_DEPTH_BUFFER_BIT);
	for (i = 0; i < 3; i++) {
		glColor3f(1, 0.2f + 0.3f * i, 0.6f);
		glBegin(GL_TRIANGLE_STRIP);
		glVertex3f(104.0f + i * 18, 4, -0.6f); glVertex3f(118.0f + i * 18, 4, -0.6f);
		glVertex3f(104.0f + i * 18, 116, -0.6f); glVertex3f(118.0f + i * 18, 116, -0.6f);
		glEnd();
	}
}

SCENE(ft_stencil_func, "glStencilFunc NEVER, LESS, EQUAL, LEQUAL, GREATER, NOTEQUAL, GEQUAL, ALWAYS against a three-level stencil shape, with a value mask")
{
	int i;

	pixel_ortho();
	glClearColor(0.1f, 0.1f, 0.15f, 1);
	glClearStencil(1);
	glClear(GL_COLOR_BUFFER_BIT | GL_STENCIL_BUFFER_BIT);
	glEnable(GL_STENCIL_TEST);
	/* stencil: 1 outside, 2 in a wide band, 3 in a narrow one */
	glColorMask(GL_FALSE, GL_FALSE, GL_FALSE, GL_FALSE);
	glStencilOp(GL_KEEP, GL_KEEP, GL_REPLACE);
	glStencilFunc(GL_ALWAYS, 2, 0xff);
	glBegin(GL_TRIANGLES);
	glVertex2f(0.3f, 20.2f); glVertex2f(160.3f, 40.2f); glVertex2f(0.3f, 100.2f);
	glEnd();
	glStencilFunc(GL_ALWAYS, 3, 0xff);
	glRectf(0, 50.2f, 160, 66.2f);
	glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
	glStencilOp(GL_KEEP, GL_KEEP, GL_KEEP);
	for (i = 0; i < 8; i++) {
		int x, y;

		cell_rect(i, &x, &y);
		/* compared against reference 2; in the lower row only the low
		 * bit is looked at (3 & 1 == 1 & 1) */
		glStencilFunc(func[i], 2, i < 4 ? 0xff : 0x01);
		glColor3f(i & 1 ? 1.0f : 0.3f, i & 2 ? 1.0f : 0.3f, i & 4 ? 1.0f : 0.4f);
		glRecti(x, y, x + 36, y + 52);
	}
}

SCENE(ft_stencil_op, "glStencilOp KEEP, ZERO, REPLACE, INCR, DECR, INVERT, INCR_WRAP, DECR_WRAP applied 1 to 3 times; stencil shown by bits")
{
	static const GLenum op[8] = { GL_KEEP, GL_ZERO, GL_REPLACE, GL_INCR,
				      GL_DECR, GL_INVERT, GL_INCR_WRAP, GL_DECR_WRAP };
	int i, k;

	pixel_ortho();
	glClearStencil(0x81);
	glClear(GL_STENCIL_BUFFER_BIT);
	glEnable(GL_STENCIL_TEST);
	glStencilFunc(GL_ALWAYS, 0x5a, 0xff);
	for (i = 0; i < 8; i++) {
		int x, y;

		cell_rect(i, &x, &y);
		glStencilOp(GL_KEEP, GL_KEEP, op[i]);
		/* three overlapping bars: 1, 2 and 3 applications */
		for (k = 0; k < 3; k++)
			glRecti(x + k * 12, y, x + 36, y + 52);
	}
	/* INCR saturates at 255, DECR at 0, the _WRAP ones wrap */
	glClearStencil(0xfe);
	glEnable(GL_SCISSOR_TEST);
	glScissor(0, 58, 160, 4);
	glClear(GL_STENCIL_BUFFER_BIT);
	glClearStencil(0x01);
	glScissor(0, 0, 160, 4);
	glClear(GL_STENCIL_BUFFER_BIT);
	glDisable(GL_SCISSOR_TEST);
	for (k = 0; k < 3; k++) {
		glStencilOp(GL_KEEP, GL_KEEP, GL_INCR);
		glRecti(0, 58, 40, 62);
		glStencilOp(GL_KEEP, GL_KEEP, GL_INCR_WRAP);
		glRecti(40, 58, 80, 62);
		glStencilOp(GL_KEEP, GL_KEEP, GL_DECR);
		glRecti(80, 0, 120, 4);
		glStencilOp(GL_KEEP, GL_KEEP, GL_DECR_WRAP);
		glRecti(120, 0, 160, 4);
	}
	show_stencil();
}

SCENE(ft_stencil_fail_zfail, "glStencilOp sfail/dpfail/dppass with the depth test, glStencilMask write masks, glClearStencil")
{
	int i;

	pixel_ortho();
	glClearStencil(0);
	glClearDepth(1);
	glClear(GL_STENCIL_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
	glEnable(GL_DEPTH_TEST);
	glEnable(GL_STENCIL_TEST);
	/* an occluder in the middle third at depth 0.25 */
	glStencilFunc(GL_ALWAYS, 0, 0);
	glStencilOp(GL_KEEP, GL_KEEP, GL_KEEP);
	glBegin(GL_TRIANGLE_STRIP);
	glVertex3f(0, 40, 0.5f); glVertex3f(160, 40, 0.5f);
	glVertex3f(0, 80, 0.5f); glVertex3f(160, 80, 0.5f);
	glEnd();
	/* full-height bars at depth 0.5: zfail in the middle, zpass
	 * elsewhere; the right half fails the stencil test */
	for (i = 0; i < 8; i++) {
		float x = 2.0f + i * 20;

		/* sfail INVERT, zfail INCR, zpass REPLACE; odd bars are drawn
		 * twice and then fail the depth test against themselves */
		glStencilOp(GL_INVERT, GL_INCR, GL_REPLACE);
		glStencilFunc(i < 4 ? GL_ALWAYS : GL_EQUAL, 0x20 + i, 0xff);
		glStencilMask(i == 3 || i == 7 ? 0x0f : 0xff);
		glBegin(GL_TRIANGLE_STRIP);
		glVertex3f(x, 4, 0); glVertex3f(x + 16, 4, 0);
		glVertex3f(x, 116, 0); glVertex3f(x + 16, 116, 0);
		glEnd();
		if (i & 1) {
			glBegin(GL_TRIANGLE_STRIP);
			glVertex3f(x, 4, 0); glVertex3f(x + 16, 4, 0);
			glVertex3f(x, 116, 0); glVertex3f(x + 16, 116, 0);
			glEnd();
		}
	}
	glStencilMask(0xff);
	show_stencil();
}

SCENE(ft_scissor, "glScissor boxes for drawing and clearing, including one partly outside the window, and the scissor disabled")
{
	int i;

	pixel_ortho();
	glClearColor(0.2f, 0.2f, 0.2f, 1);
	glClear(GL_COLOR_BUFFER_BIT);
	glEnable(GL_SCISSOR_TEST);
	glScissor(10, 10, 60, 40);
	glClearColor(0.1f, 0.3f, 0.6f, 1);
	glClear(GL_COLOR_BUFFER_BIT);
	glScissor(120, 80, 100, 100);	/* clipped by the window */
	glClearColor(0.6f, 0.2f, 0.2f, 1);
	glClear(GL_COLOR_BUFFER_BIT);
	for (i = 0; i < 4; i++) {
		glScissor(20 + i * 30, 30 + i * 12, 24, 40);
		glBegin(GL_TRIANGLES);
		glColor3f(1, 0.3f * i, 0.2f); glVertex2f(0.3f, 0.2f);
		glColor3f(0.2f, 1, 0.3f * i); glVertex2f(160.3f, 0.2f);
		glColor3f(0.3f, 0.2f, 1); glVertex2f(80.3f, 120.2f);
		glEnd();
	}
	glScissor(0, 0, 0, 0);		/* empty: draws nothing */
	glColor3f(1, 1, 1);
	glRecti(0, 0, 160, 120);
	glDisable(GL_SCISSOR_TEST);
	glColor3f(1, 1, 0);
	glRecti(4, 100, 40, 116);
}

SCENE(ft_color_mask, "glColorMask per channel for drawing and clearing; the alpha mask shown through DST_ALPHA blending")
{
	int i;

	pixel_ortho();
	glClearColor(0.5f, 0.5f, 0.5f, 0.5f);
	glClear(GL_COLOR_BUFFER_BIT);
	for (i = 0; i < 8; i++) {
		glColorMask(i & 1 ? GL_TRUE : GL_FALSE, i & 2 ? GL_TRUE : GL_FALSE,
			    i & 4 ? GL_TRUE : GL_FALSE, i < 4 ? GL_TRUE : GL_FALSE);
		glBegin(GL_TRIANGLE_STRIP);
		glColor4f(1, 1, 0, 1); glVertex2i(4 + (i % 4) * 39, i < 4 ? 6 : 64);
		glColor4f(0, 1, 1, 1); glVertex2i(40 + (i % 4) * 39, i < 4 ? 6 : 64);
		glColor4f(1, 0, 1, 0); glVertex2i(4 + (i % 4) * 39, i < 4 ? 50 : 108);
		glColor4f(0, 0, 0, 0); glVertex2i(40 + (i % 4) * 39, i < 4 ? 50 : 108);
		glEnd();
	}
	/* a masked clear: only green and alpha cleared in a band */
	glColorMask(GL_FALSE, GL_TRUE, GL_FALSE, GL_TRUE);
	glEnable(GL_SCISSOR_TEST);
	glScissor(0, 54, 160, 8);
	glClearColor(0, 1, 0, 1);
	glClear(GL_COLOR_BUFFER_BIT);
	glDisable(GL_SCISSOR_TEST);
	/* the right strip of every cell shows the destination alpha */
	glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
	glEnable(GL_BLEND);
	glBlendFunc(GL_DST_ALPHA, GL_ZERO);
	glColor4f(1, 1, 1, 1);
	for (i = 0; i < 4; i++)
		glRecti(32 + i * 39, 0, 40 + i * 39, 120);
	glDisable(GL_BLEND);
}

SCENE(ft_logic_op, "glLogicOp with all sixteen operations on exact byte colours")
{
	static const GLenum op[16] = { GL_CLEAR, GL_AND, GL_AND_REVERSE, GL_COPY,
		GL_AND_INVERTED, GL_NOOP, GL_XOR, GL_OR, GL_NOR, GL_EQUIV, GL_INVERT,
		GL_OR_REVERSE, GL_COPY_INVERTED, GL_OR_INVERTED, GL_NAND, GL_SET };
	static const GLubyte dst[4][3] = { { 0xf0, 0x33, 0x0f }, { 0x5a, 0xa5, 0xff },
					   { 0x00, 0xcc, 0x96 }, { 0x3c, 0x69, 0x81 } };
	static const GLubyte src[3][3] = { { 0xff, 0x0f, 0x55 }, { 0x81, 0xf0, 0x3c },
					   { 0x18, 0x66, 0xe7 } };
	int i, k;

	pixel_ortho();
	glDisable(GL_DITHER);
	glShadeModel(GL_FLAT);
	glClearColor(0, 0, 0, 1);
	glClear(GL_COLOR_BUFFER_BIT);
	/* destination: four vertical stripes in every cell */
	for (i = 0; i < 16; i++) {
		int x = (i % 4) * 40 + 2, y = (i / 4) * 30 + 2;

		for (k = 0; k < 4; k++) {
			glColor3ubv(dst[k]);
			glRecti(x + k * 9, y, x + k * 9 + 9, y + 26);
		}
	}
	glEnable(GL_COLOR_LOGIC_OP);
	for (i = 0; i < 16; i++) {
		int x = (i % 4) * 40 + 2, y = (i / 4) * 30 + 2;

		glLogicOp(op[i]);
		/* source: three horizontal stripes over the lower part */
		for (k = 0; k < 3; k++) {
			glColor3ubv(src[k]);
			glRecti(x, y + k * 6, x + 36, y + k * 6 + 6);
		}
	}
	glDisable(GL_COLOR_LOGIC_OP);
}
