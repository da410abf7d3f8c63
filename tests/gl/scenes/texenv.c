/* Texture environments, GL_COMBINE and two texture units. */
#include "../scene.h"

static const GLenum bases[6] = { GL_ALPHA, GL_LUMINANCE, GL_LUMINANCE_ALPHA,
				 GL_INTENSITY, GL_RGB, GL_RGBA };

static void tex_of(GLenum base)
{
	GLubyte img[4 * 4 * 4];
	GLuint t;
	int i;

	for (i = 0; i < 16; i++) {
		img[i * 4 + 0] = (GLubyte)(40 + i * 13);
		img[i * 4 + 1] = (GLubyte)(230 - i * 12);
		img[i * 4 + 2] = (GLubyte)(90 + (i & 3) * 40);
		img[i * 4 + 3] = (GLubyte)(60 + (i >> 2) * 55);
	}
	glGenTextures(1, &t);
	glBindTexture(GL_TEXTURE_2D, t);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
	glTexImage2D(GL_TEXTURE_2D, 0, (GLint)base, 4, 4, 0, GL_RGBA,
		     GL_UNSIGNED_BYTE, img);
}

/* One cell per base format, drawn with blending so alpha shows. */
static void grid(GLenum mode)
{
	static const GLfloat envc[4] = { 0.2f, 0.9f, 0.4f, 0.6f };
	int k;

	glClearColor(0.25f, 0.25f, 0.3f, 1);
	glClear(GL_COLOR_BUFFER_BIT);
	glEnable(GL_BLEND);
	glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
	glEnable(GL_TEXTURE_2D);
	for (k = 0; k < 6; k++) {
		float x = -0.95f + (k % 3) * 0.65f, y = k < 3 ? 0.05f : -0.95f;

		if (mode == GL_DECAL && k < 4)
			continue;	/* DECAL is undefined for these bases */
		tex_of(bases[k]);
		glTexEnvi(GL_TEXTURE_ENV, GL_TEXTURE_ENV_MODE, (GLint)mode);
		glTexEnvfv(GL_TEXTURE_ENV, GL_TEXTURE_ENV_COLOR, envc);
		glBegin(GL_QUADS);
		glColor4f(0.9f, 0.5f, 0.3f, 0.8f);
		glTexCoord2f(0, 0); glVertex2f(x, y);
		glColor4f(0.3f, 0.8f, 0.9f, 0.9f);
		glTexCoord2f(1, 0); glVertex2f(x + 0.55f, y);
		glColor4f(0.7f, 0.7f, 0.2f, 0.7f);
		glTexCoord2f(1, 1); glVertex2f(x + 0.55f, y + 0.9f);
		glColor4f(1, 1, 1, 1);
		glTexCoord2f(0, 1); glVertex2f(x, y + 0.9f);
		glEnd();
	}
}

SCENE(env_modulate, "GL_MODULATE with every base format")
{
	grid(GL_MODULATE);
}

SCENE(env_replace, "GL_REPLACE with every base format")
{
	grid(GL_REPLACE);
}

SCENE(env_decal, "GL_DECAL with RGB and RGBA")
{
	grid(GL_DECAL);
}

SCENE(env_blend, "GL_BLEND with GL_TEXTURE_ENV_COLOR and every base format")
{
	grid(GL_BLEND);
}

SCENE(env_add, "GL_ADD with every base format")
{
	grid(GL_ADD);
}

static void combine_cell(int k, GLenum fn, GLenum s0, GLenum s1, GLenum s2,
			 GLenum op0, GLenum op2, float scale)
{
	float x = -0.95f + (k % 4) * 0.49f, y = k < 4 ? 0.05f : -0.95f;

	glTexEnvi(GL_TEXTURE_ENV, GL_TEXTURE_ENV_MODE, GL_COMBINE);
	glTexEnvi(GL_TEXTURE_ENV, GL_COMBINE_RGB, (GLint)fn);
	glTexEnvi(GL_TEXTURE_ENV, GL_COMBINE_ALPHA, GL_MODULATE);
	glTexEnvi(GL_TEXTURE_ENV, GL_SOURCE0_RGB, (GLint)s0);
	glTexEnvi(GL_TEXTURE_ENV, GL_SOURCE1_RGB, (GLint)s1);
	glTexEnvi(GL_TEXTURE_ENV, GL_SOURCE2_RGB, (GLint)s2);
	glTexEnvi(GL_TEXTURE_ENV, GL_OPERAND0_RGB, (GLint)op0);
	glTexEnvi(GL_TEXTURE_ENV, GL_OPERAND1_RGB, GL_SRC_COLOR);
	glTexEnvi(GL_TEXTURE_ENV, GL_OPERAND2_RGB, (GLint)op2);
	glTexEnvi(GL_TEXTURE_ENV, GL_SOURCE0_ALPHA, GL_TEXTURE);
	glTexEnvi(GL_TEXTURE_ENV, GL_SOURCE1_ALPHA, GL_PRIMARY_COLOR);
	glTexEnvf(GL_TEXTURE_ENV, GL_RGB_SCALE, scale);
	glBegin(GL_QUADS);
	glColor4f(0.8f, 0.3f, 0.2f, 1); glTexCoord2f(0, 0); glVertex2f(x, y);
	glColor4f(0.2f, 0.6f, 0.9f, 1); glTexCoord2f(1, 0); glVertex2f(x + 0.44f, y);
	glColor4f(0.5f, 0.5f, 0.5f, 1); glTexCoord2f(1, 1); glVertex2f(x + 0.44f, y + 0.9f);
	glColor4f(0.9f, 0.9f, 0.3f, 1); glTexCoord2f(0, 1); glVertex2f(x, y + 0.9f);
	glEnd();
}

SCENE(env_combine_funcs, "GL_COMBINE: REPLACE, MODULATE, ADD, ADD_SIGNED, INTERPOLATE, SUBTRACT, RGB_SCALE")
{
	static const GLfloat envc[4] = { 0.3f, 0.5f, 0.7f, 0.5f };

	glClear(GL_COLOR_BUFFER_BIT);
	glEnable(GL_TEXTURE_2D);
	tex_of(GL_RGBA);
	glTexEnvfv(GL_TEXTURE_ENV, GL_TEXTURE_ENV_COLOR, envc);
	combine_cell(0, GL_REPLACE, GL_TEXTURE, GL_PRIMARY_COLOR, GL_CONSTANT, GL_SRC_COLOR, GL_SRC_ALPHA, 1);
	combine_cell(1, GL_MODULATE, GL_TEXTURE, GL_PRIMARY_COLOR, GL_CONSTANT, GL_SRC_COLOR, GL_SRC_ALPHA, 2);
	combine_cell(2, GL_ADD, GL_TEXTURE, GL_CONSTANT, GL_CONSTANT, GL_SRC_COLOR, GL_SRC_ALPHA, 1);
	combine_cell(3, GL_ADD_SIGNED, GL_TEXTURE, GL_PRIMARY_COLOR, GL_CONSTANT, GL_SRC_COLOR, GL_SRC_ALPHA, 1);
	combine_cell(4, GL_INTERPOLATE, GL_TEXTURE, GL_PRIMARY_COLOR, GL_CONSTANT, GL_SRC_COLOR, GL_SRC_ALPHA, 1);
	combine_cell(5, GL_SUBTRACT, GL_TEXTURE, GL_CONSTANT, GL_CONSTANT, GL_SRC_COLOR, GL_SRC_ALPHA, 4);
	combine_cell(6, GL_MODULATE, GL_TEXTURE, GL_PREVIOUS, GL_CONSTANT, GL_ONE_MINUS_SRC_COLOR, GL_SRC_ALPHA, 1);
	combine_cell(7, GL_INTERPOLATE, GL_PRIMARY_COLOR, GL_CONSTANT, GL_TEXTURE, GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, 2);
}

SCENE(env_combine_alpha, "GL_COMBINE alpha functions, operands and GL_ALPHA_SCALE")
{
	int k;

	glClearColor(0.1f, 0.3f, 0.1f, 1);
	glClear(GL_COLOR_BUFFER_BIT);
	glEnable(GL_BLEND);
	glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
	glEnable(GL_TEXTURE_2D);
	tex_of(GL_RGBA);
	for (k = 0; k < 4; k++) {
		static const GLenum fn[4] = { GL_REPLACE, GL_ADD, GL_SUBTRACT, GL_MODULATE };
		float x = -0.95f + k * 0.49f;

		glTexEnvi(GL_TEXTURE_ENV, GL_TEXTURE_ENV_MODE, GL_COMBINE);
		glTexEnvi(GL_TEXTURE_ENV, GL_COMBINE_RGB, GL_REPLACE);
		glTexEnvi(GL_TEXTURE_ENV, GL_SOURCE0_RGB, GL_TEXTURE);
		glTexEnvi(GL_TEXTURE_ENV, GL_COMBINE_ALPHA, (GLint)fn[k]);
		glTexEnvi(GL_TEXTURE_ENV, GL_SOURCE0_ALPHA, GL_TEXTURE);
		glTexEnvi(GL_TEXTURE_ENV, GL_SOURCE1_ALPHA, GL_PRIMARY_COLOR);
		glTexEnvi(GL_TEXTURE_ENV, GL_OPERAND0_ALPHA, k & 1 ? GL_ONE_MINUS_SRC_ALPHA : GL_SRC_ALPHA);
		glTexEnvf(GL_TEXTURE_ENV, GL_ALPHA_SCALE, k == 3 ? 2.0f : 1.0f);
		glColor4f(1, 1, 1, 0.3f + k * 0.15f);
		glBegin(GL_QUADS);
		glTexCoord2f(0, 0); glVertex2f(x, -0.9f);
		glTexCoord2f(1, 0); glVertex2f(x + 0.44f, -0.9f);
		glTexCoord2f(1, 1); glVertex2f(x + 0.44f, 0.9f);
		glTexCoord2f(0, 1); glVertex2f(x, 0.9f);
		glEnd();
	}
}

SCENE(multitex_lightmap, "two units: base texture REPLACE, lightmap MODULATE (glquake style)")
{
	static const unsigned char a[4] = { 200, 150, 100, 255 }, b[4] = { 120, 80, 60, 255 };
	GLubyte lm[8 * 8 * 3];
	GLuint t[2];
	int i;

	for (i = 0; i < 64; i++)
		lm[i * 3] = lm[i * 3 + 1] = lm[i * 3 + 2] =
			(GLubyte)(60 + ((i % 8) * 20 + (i / 8) * 8));
	glClear(GL_COLOR_BUFFER_BIT);
	glGenTextures(2, t);
	glActiveTexture(GL_TEXTURE0);
	glBindTexture(GL_TEXTURE_2D, t[0]);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
	scene_checker_texture(32, 32, 4, a, b);
	glTexEnvi(GL_TEXTURE_ENV, GL_TEXTURE_ENV_MODE, GL_REPLACE);
	glEnable(GL_TEXTURE_2D);
	glActiveTexture(GL_TEXTURE1);
	glBindTexture(GL_TEXTURE_2D, t[1]);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
	glTexImage2D(GL_TEXTURE_2D, 0, GL_RGB, 8, 8, 0, GL_RGB, GL_UNSIGNED_BYTE, lm);
	glTexEnvi(GL_TEXTURE_ENV, GL_TEXTURE_ENV_MODE, GL_MODULATE);
	glEnable(GL_TEXTURE_2D);
	glBegin(GL_QUADS);
	glMultiTexCoord2f(GL_TEXTURE0, 0, 0); glMultiTexCoord2f(GL_TEXTURE1, 0, 0);
	glVertex2f(-0.9f, -0.9f);
	glMultiTexCoord2f(GL_TEXTURE0, 2, 0); glMultiTexCoord2f(GL_TEXTURE1, 1, 0);
	glVertex2f(0.9f, -0.9f);
	glMultiTexCoord2f(GL_TEXTURE0, 2, 2); glMultiTexCoord2f(GL_TEXTURE1, 1, 1);
	glVertex2f(0.9f, 0.9f);
	glMultiTexCoord2f(GL_TEXTURE0, 0, 2); glMultiTexCoord2f(GL_TEXTURE1, 0, 1);
	glVertex2f(-0.9f, 0.9f);
	glEnd();
}

SCENE(multitex_combine_unit1, "unit 1 GL_COMBINE INTERPOLATE between unit 0 result and its texture")
{
	static const unsigned char a[4] = { 255, 255, 255, 255 }, b[4] = { 255, 60, 60, 255 };
	static const unsigned char c[4] = { 60, 60, 255, 40 }, d[4] = { 60, 255, 60, 220 };
	GLuint t[2];

	glClear(GL_COLOR_BUFFER_BIT);
	glGenTextures(2, t);
	glActiveTexture(GL_TEXTURE0);
	glBindTexture(GL_TEXTURE_2D, t[0]);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
	scene_checker_texture(8, 8, 2, a, b);
	glEnable(GL_TEXTURE_2D);
	glActiveTexture(GL_TEXTURE1);
	glBindTexture(GL_TEXTURE_2D, t[1]);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
	scene_checker_texture(4, 4, 1, c, d);
	glTexEnvi(GL_TEXTURE_ENV, GL_TEXTURE_ENV_MODE, GL_COMBINE);
	glTexEnvi(GL_TEXTURE_ENV, GL_COMBINE_RGB, GL_INTERPOLATE);
	glTexEnvi(GL_TEXTURE_ENV, GL_SOURCE0_RGB, GL_TEXTURE);
	glTexEnvi(GL_TEXTURE_ENV, GL_SOURCE1_RGB, GL_PREVIOUS);
	glTexEnvi(GL_TEXTURE_ENV, GL_SOURCE2_RGB, GL_TEXTURE);
	glTexEnvi(GL_TEXTURE_ENV, GL_OPERAND2_RGB, GL_SRC_ALPHA);
	glEnable(GL_TEXTURE_2D);
	glColor3f(0.9f, 0.9f, 0.9f);
	glBegin(GL_QUADS);
	glMultiTexCoord2f(GL_TEXTURE0, 0, 0); glMultiTexCoord2f(GL_TEXTURE1, 0, 0);
	glVertex2f(-0.9f, -0.9f);
	glMultiTexCoord2f(GL_TEXTURE0, 1, 0); glMultiTexCoord2f(GL_TEXTURE1, 1, 0);
	glVertex2f(0.9f, -0.9f);
	glMultiTexCoord2f(GL_TEXTURE0, 1, 1); glMultiTexCoord2f(GL_TEXTURE1, 1, 1);
	glVertex2f(0.9f, 0.9f);
	glMultiTexCoord2f(GL_TEXTURE0, 0, 1); glMultiTexCoord2f(GL_TEXTURE1, 0, 1);
	glVertex2f(-0.9f, 0.9f);
	glEnd();
}
