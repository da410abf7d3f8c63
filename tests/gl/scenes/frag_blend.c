/* Blending: every source and destination factor of GL 1.x including the
 * constant-colour ones and GL_SRC_ALPHA_SATURATE, glBlendColor,
 * glBlendFuncSeparate and glBlendEquation (ADD, SUBTRACT,
 * REVERSE_SUBTRACT, MIN, MAX).  Each cell of a grid uses one setting and
 * draws a colour/alpha gradient over a background gradient that has a
 * varying destination alpha.  All gradients are affine on rectangles. */
#include "../scene.h"

static void setup(void)
{
	glMatrixMode(GL_PROJECTION);
	glOrtho(0, SCENE_W, 0, SCENE_H, -1, 1);
	glMatrixMode(GL_MODELVIEW);
	glClearColor(0, 0, 0, 0);
	glClear(GL_COLOR_BUFFER_BIT);
	/* background: colour across, destination alpha up */
	glBegin(GL_QUADS);
	glColor4f(0.9f, 0.2f, 0.1f, 0.0f); glVertex2i(0, 0);
	glColor4f(0.1f, 0.3f, 0.9f, 0.0f); glVertex2i(SCENE_W, 0);
	glColor4f(0.1f, 0.9f, 1.0f, 1.0f); glVertex2i(SCENE_W, SCENE_H);
	glColor4f(0.9f, 0.8f, 0.2f, 1.0f); glVertex2i(0, SCENE_H);
	glEnd();
	glEnable(GL_BLEND);
}

/* Cell i of a cols x rows grid, with a source gradient: alpha rises to
 * the right, colour changes upwards. */
static void cell(int i, int cols, int rows)
{
	int w = SCENE_W / cols, h = SCENE_H / rows;
	int x = (i % cols) * w + 2, y = (i / cols) * h + 2;

	w -= 4;
	h -= 4;
	glBegin(GL_QUADS);
	glColor4f(1.0f, 0.6f, 0.2f, 0.1f); glVertex2i(x, y);
	glColor4f(1.0f, 0.6f, 0.2f, 0.9f); glVertex2i(x + w, y);
	glColor4f(0.2f, 0.4f, 1.0f, 0.9f); glVertex2i(x + w, y + h);
	glColor4f(0.2f, 0.4f, 1.0f, 0.1f); glVertex2i(x, y + h);
	glEnd();
}

SCENE(fb_src_factors, "glBlendFunc source factors ZERO, ONE, DST_COLOR, ONE_MINUS_DST_COLOR, SRC_ALPHA, ONE_MINUS_SRC_ALPHA, DST_ALPHA, ONE_MINUS_DST_ALPHA, SRC_ALPHA_SATURATE, CONSTANT_COLOR/ALPHA and their ONE_MINUS")
{
	static const GLenum f[13] = { GL_ZERO, GL_ONE, GL_DST_COLOR, GL_ONE_MINUS_DST_COLOR,
		GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_DST_ALPHA, GL_ONE_MINUS_DST_ALPHA,
		GL_SRC_ALPHA_SATURATE, GL_CONSTANT_COLOR, GL_ONE_MINUS_CONSTANT_COLOR,
		GL_CONSTANT_ALPHA, GL_ONE_MINUS_CONSTANT_ALPHA };
	int i;

	setup();
	glBlendColor(0.8f, 0.3f, 0.6f, 0.3f);
	for (i = 0; i < 13; i++) {
		glBlendFunc(f[i], GL_ONE_MINUS_SRC_ALPHA);
		cell(i, 4, 4);
	}
	/* the last three cells: the same with the destination factor ONE */
	for (i = 13; i < 16; i++) {
		glBlendFunc(f[i - 11], GL_ONE);
		cell(i, 4, 4);
	}
}

SCENE(fb_dst_factors, "glBlendFunc destination factors ZERO, ONE, SRC_COLOR, ONE_MINUS_SRC_COLOR, SRC_ALPHA, ONE_MINUS_SRC_ALPHA, DST_ALPHA, ONE_MINUS_DST_ALPHA, CONSTANT_COLOR/ALPHA and their ONE_MINUS")
{
	static const GLenum f[12] = { GL_ZERO, GL_ONE, GL_SRC_COLOR, GL_ONE_MINUS_SRC_COLOR,
		GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_DST_ALPHA, GL_ONE_MINUS_DST_ALPHA,
		GL_CONSTANT_COLOR, GL_ONE_MINUS_CONSTANT_COLOR, GL_CONSTANT_ALPHA,
		GL_ONE_MINUS_CONSTANT_ALPHA };
	int i;

	setup();
	glBlendColor(0.2f, 0.7f, 0.4f, 0.65f);
	for (i = 0; i < 12; i++) {
		glBlendFunc(GL_SRC_ALPHA, f[i]);
		cell(i, 4, 3);
	}
}

SCENE(fb_factor_pairs, "common blend factor pairs: additive, multiplicative, premultiplied, saturate/one, dst-alpha driven")
{
	static const GLenum p[9][2] = {
		{ GL_ONE, GL_ONE }, { GL_DST_COLOR, GL_ZERO }, { GL_ZERO, GL_SRC_COLOR },
		{ GL_ONE, GL_ONE_MINUS_SRC_ALPHA }, { GL_SRC_ALPHA_SATURATE, GL_ONE },
		{ GL_DST_ALPHA, GL_ONE_MINUS_DST_ALPHA }, { GL_ONE_MINUS_DST_ALPHA, GL_DST_ALPHA },
		{ GL_DST_COLOR, GL_SRC_COLOR }, { GL_ONE_MINUS_DST_COLOR, GL_ONE_MINUS_SRC_COLOR },
	};
	int i;

	setup();
	for (i = 0; i < 9; i++) {
		glBlendFunc(p[i][0], p[i][1]);
		cell(i, 3, 3);
	}
}

SCENE(fb_blend_color, "glBlendColor changed between cells with GL_CONSTANT_COLOR and GL_CONSTANT_ALPHA")
{
	int i;

	setup();
	for (i = 0; i < 8; i++) {
		glBlendColor(i & 1 ? 0.9f : 0.2f, i & 2 ? 0.8f : 0.1f, i & 4 ? 0.9f : 0.3f,
			     0.15f + i * 0.1f);
		if (i < 4)
			glBlendFunc(GL_CONSTANT_COLOR, GL_ONE_MINUS_CONSTANT_COLOR);
		else
			glBlendFunc(GL_CONSTANT_ALPHA, GL_ONE_MINUS_CONSTANT_ALPHA);
		cell(i, 4, 2);
	}
}

SCENE(fb_blend_separate, "glBlendFuncSeparate: different RGB and alpha factors; right half shows the written destination alpha")
{
	static const GLenum f[4][4] = {
		{ GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ZERO },
		{ GL_ONE, GL_ONE, GL_ZERO, GL_ONE },
		{ GL_DST_ALPHA, GL_ZERO, GL_ONE, GL_ONE_MINUS_SRC_ALPHA },
		{ GL_ONE, GL_ZERO, GL_ZERO, GL_SRC_ALPHA },
	};
	int i, k;

	setup();
	for (k = 0; k < 2; k++)
		for (i = 0; i < 4; i++) {
			glBlendFuncSeparate(f[i][0], f[i][1], f[i][2], f[i][3]);
			cell(i * 2 + k, 2, 4);
		}
	/* show the right column's destination alpha as grey levels */
	glBlendFunc(GL_DST_ALPHA, GL_ZERO);
	glColor4f(1, 1, 1, 1);
	glRecti(80, 0, 160, 120);
}

SCENE(fb_blend_equation, "glBlendEquation FUNC_ADD, FUNC_SUBTRACT, FUNC_REVERSE_SUBTRACT, MIN, MAX with two factor pairs")
{
	static const GLenum eq[5] = { GL_FUNC_ADD, GL_FUNC_SUBTRACT, GL_FUNC_REVERSE_SUBTRACT,
				      GL_MIN, GL_MAX };
	int i;

	setup();
	for (i = 0; i < 10; i++) {
		glBlendEquation(eq[i % 5]);
		if (i < 5)
			glBlendFunc(GL_ONE, GL_ONE);
		else
			glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);	/* ignored by MIN/MAX */
		cell(i, 5, 2);
	}
	glBlendEquation(GL_FUNC_ADD);
}
