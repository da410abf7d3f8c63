/* Two texture units: glActiveTexture, glMultiTexCoord2f, a glquake-style
 * lightmapped corridor (base texture, lightmap modulated on unit 1),
 * unit 1 with GL_COMBINE, per-unit enables, environments and texture
 * matrices. */
#include "../scene.h"

/* A 32 x 32 brick texture: mortar lines, bricks with two shades. */
static GLuint brick_texture(void)
{
	GLubyte img[32 * 32 * 3];
	GLuint t;
	int x, y;

	for (y = 0; y < 32; y++)
		for (x = 0; x < 32; x++) {
			GLubyte *p = img + (y * 32 + x) * 3;
			int row = y / 8, bx = (x + (row & 1) * 8) % 16;
			int mortar = y % 8 == 0 || bx == 0;
			int shade = ((x + (row & 1) * 8) / 16 + row) & 1;

			p[0] = (GLubyte)(mortar ? 200 : shade ? 180 : 150);
			p[1] = (GLubyte)(mortar ? 200 : shade ? 80 : 60);
			p[2] = (GLubyte)(mortar ? 190 : shade ? 50 : 40);
		}
	glGenTextures(1, &t);
	glBindTexture(GL_TEXTURE_2D, t);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
	glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
	glTexImage2D(GL_TEXTURE_2D, 0, GL_RGB, 32, 32, 0, GL_RGB, GL_UNSIGNED_BYTE, img);
	return t;
}

/* An 8 x 8 lightmap: a bright spot, clamped and bilinear. */
static GLuint light_texture(GLint format)
{
	GLubyte img[8 * 8 * 3];
	GLuint t;
	int x, y;

	for (y = 0; y < 8; y++)
		for (x = 0; x < 8; x++) {
			int d = (x - 5) * (x - 5) + (y - 3) * (y - 3);
			int v = 255 - d * 14;

			v = v < 40 ? 40 : v;
			img[(y * 8 + x) * 3] = (GLubyte)v;
			img[(y * 8 + x) * 3 + 1] = (GLubyte)(v * 9 / 10);
			img[(y * 8 + x) * 3 + 2] = (GLubyte)(v * 7 / 10);
		}
	glGenTextures(1, &t);
	glBindTexture(GL_TEXTURE_2D, t);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
	glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
	glTexImage2D(GL_TEXTURE_2D, 0, format, 8, 8, 0, GL_RGB, GL_UNSIGNED_BYTE, img);
	return t;
}

/* A wall quad with base texcoords (repeating) and lightmap texcoords. */
static void wall(const float v[4][3], float su, float sv)
{
	static const float lm[4][2] = { { 0, 0 }, { 1, 0 }, { 1, 1 }, { 0, 1 } };
	int i;

	glBegin(GL_QUADS);
	for (i = 0; i < 4; i++) {
		glMultiTexCoord2f(GL_TEXTURE0, lm[i][0] * su, lm[i][1] * sv);
		glMultiTexCoord2f(GL_TEXTURE1, lm[i][0], lm[i][1]);
		glVertex3fv(v[i]);
	}
	glEnd();
}

static void corridor(void)
{
	static const float left[4][3] = { { -1, -1, -1 }, { -1, -1, -9 }, { -1, 1, -9 }, { -1, 1, -1 } };
	static const float right[4][3] = { { 1, -1, -9 }, { 1, -1, -1 }, { 1, 1, -1 }, { 1, 1, -9 } };
	static const float floor_[4][3] = { { -1, -1, -1 }, { 1, -1, -1 }, { 1, -1, -9 }, { -1, -1, -9 } };
	static const float back[4][3] = { { -1, -1, -9 }, { 1, -1, -9 }, { 1, 1, -9 }, { -1, 1, -9 } };

	wall(left, 4, 1);
	wall(right, 4, 1);
	wall(floor_, 1, 4);
	wall(back, 1, 1);
}

static void persp(void)
{
	glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
	glEnable(GL_DEPTH_TEST);
	glMatrixMode(GL_PROJECTION);
	glFrustum(-0.5, 0.5, -0.375, 0.375, 1, 20);
	glMatrixMode(GL_MODELVIEW);
	glTranslatef(0, -0.1f, -0.3f);
}

SCENE(mt_lightmap, "glquake-style lightmapping: unit 0 base texture (REPLACE), unit 1 RGB lightmap (MODULATE), glMultiTexCoord2f")
{
	GLuint base, lm;

	persp();
	base = brick_texture();
	lm = light_texture(GL_RGB);
	glActiveTexture(GL_TEXTURE0);
	glBindTexture(GL_TEXTURE_2D, base);
	glEnable(GL_TEXTURE_2D);
	glTexEnvi(GL_TEXTURE_ENV, GL_TEXTURE_ENV_MODE, GL_REPLACE);
	glActiveTexture(GL_TEXTURE1);
	glBindTexture(GL_TEXTURE_2D, lm);
	glEnable(GL_TEXTURE_2D);
	glTexEnvi(GL_TEXTURE_ENV, GL_TEXTURE_ENV_MODE, GL_MODULATE);
	corridor();
	glDisable(GL_TEXTURE_2D);
	glActiveTexture(GL_TEXTURE0);
	glDeleteTextures(1, &base);
	glDeleteTextures(1, &lm);
}

SCENE(mt_lightmap_luminance, "lightmap as a GL_LUMINANCE texture, base MODULATE with a vertex colour; unit 1 toggled off for one wall")
{
	static const float panel[4][3] = { { -0.9f, -0.4f, -3 }, { 0.9f, -0.4f, -3 },
					   { 0.9f, 0.9f, -3 }, { -0.9f, 0.9f, -3 } };
	GLuint base, lm;

	persp();
	base = brick_texture();
	lm = light_texture(GL_LUMINANCE);
	glActiveTexture(GL_TEXTURE0);
	glBindTexture(GL_TEXTURE_2D, base);
	glEnable(GL_TEXTURE_2D);
	glTexEnvi(GL_TEXTURE_ENV, GL_TEXTURE_ENV_MODE, GL_MODULATE);
	glActiveTexture(GL_TEXTURE1);
	glBindTexture(GL_TEXTURE_2D, lm);
	glEnable(GL_TEXTURE_2D);
	glTexEnvi(GL_TEXTURE_ENV, GL_TEXTURE_ENV_MODE, GL_MODULATE);
	glColor3f(0.8f, 1, 0.9f);
	corridor();
	/* unit 1 off: the hanging panel shows only the modulated base */
	glDisable(GL_TEXTURE_2D);
	glColor3f(1, 1, 1);
	wall(panel, 2, 1);
	glActiveTexture(GL_TEXTURE0);
	glDeleteTextures(1, &base);
	glDeleteTextures(1, &lm);
}

SCENE(mt_combine_unit1, "unit 1 GL_COMBINE: INTERPOLATE previous/texture by constant alpha, ADD_SIGNED detail with RGB_SCALE 2, SUBTRACT")
{
	static const GLfloat cc[4] = { 0, 0, 0, 0.35f };
	GLubyte detail[8 * 8];
	GLuint base, det;
	int i, k;

	for (i = 0; i < 64; i++)
		detail[i] = (GLubyte)(((i % 8 + i / 8) & 1) ? 160 : 96);
	glClear(GL_COLOR_BUFFER_BIT);
	glMatrixMode(GL_PROJECTION);
	glOrtho(0, 160, 0, 120, -1, 1);
	glMatrixMode(GL_MODELVIEW);
	base = brick_texture();
	glGenTextures(1, &det);
	glBindTexture(GL_TEXTURE_2D, det);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
	glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
	glTexImage2D(GL_TEXTURE_2D, 0, GL_LUMINANCE, 8, 8, 0, GL_LUMINANCE, GL_UNSIGNED_BYTE, detail);
	glActiveTexture(GL_TEXTURE0);
	glBindTexture(GL_TEXTURE_2D, base);
	glEnable(GL_TEXTURE_2D);
	glTexEnvi(GL_TEXTURE_ENV, GL_TEXTURE_ENV_MODE, GL_MODULATE);
	glActiveTexture(GL_TEXTURE1);
	glBindTexture(GL_TEXTURE_2D, det);
	glEnable(GL_TEXTURE_2D);
	glTexEnvi(GL_TEXTURE_ENV, GL_TEXTURE_ENV_MODE, GL_COMBINE);
	glTexEnvfv(GL_TEXTURE_ENV, GL_TEXTURE_ENV_COLOR, cc);
	for (k = 0; k < 3; k++) {
		float x0 = 4 + k * 52.0f;

		if (k == 0) {
			glTexEnvi(GL_TEXTURE_ENV, GL_COMBINE_RGB, GL_INTERPOLATE);
			glTexEnvi(GL_TEXTURE_ENV, GL_SOURCE0_RGB, GL_PREVIOUS);
			glTexEnvi(GL_TEXTURE_ENV, GL_SOURCE1_RGB, GL_TEXTURE);
			glTexEnvi(GL_TEXTURE_ENV, GL_SOURCE2_RGB, GL_CONSTANT);
			glTexEnvi(GL_TEXTURE_ENV, GL_OPERAND2_RGB, GL_SRC_ALPHA);
		} else if (k == 1) {
			glTexEnvi(GL_TEXTURE_ENV, GL_COMBINE_RGB, GL_ADD_SIGNED);
			glTexEnvi(GL_TEXTURE_ENV, GL_SOURCE0_RGB, GL_PREVIOUS);
			glTexEnvi(GL_TEXTURE_ENV, GL_SOURCE1_RGB, GL_TEXTURE);
			glTexEnvf(GL_TEXTURE_ENV, GL_RGB_SCALE, 2);
		} else {
			glTexEnvi(GL_TEXTURE_ENV, GL_COMBINE_RGB, GL_SUBTRACT);
			glTexEnvi(GL_TEXTURE_ENV, GL_SOURCE0_RGB, GL_PREVIOUS);
			glTexEnvi(GL_TEXTURE_ENV, GL_SOURCE1_RGB, GL_TEXTURE);
			glTexEnvi(GL_TEXTURE_ENV, GL_OPERAND1_RGB, GL_ONE_MINUS_SRC_COLOR);
			glTexEnvf(GL_TEXTURE_ENV, GL_RGB_SCALE, 1);
		}
		glBegin(GL_QUADS);
		glColor3f(1, 1, 1);
		glMultiTexCoord2f(GL_TEXTURE0, 0, 0); glMultiTexCoord2f(GL_TEXTURE1, 0, 0);
		glVertex2f(x0, 4);
		glMultiTexCoord2f(GL_TEXTURE0, 1.5f, 0); glMultiTexCoord2f(GL_TEXTURE1, 2, 0);
		glVertex2f(x0 + 48, 4);
		glColor3f(0.6f, 0.8f, 1);
		glMultiTexCoord2f(GL_TEXTURE0, 1.5f, 3.5f); glMultiTexCoord2f(GL_TEXTURE1, 2, 5);
		glVertex2f(x0 + 48, 116);
		glMultiTexCoord2f(GL_TEXTURE0, 0, 3.5f); glMultiTexCoord2f(GL_TEXTURE1, 0, 5);
		glVertex2f(x0, 116);
		glEnd();
	}
	glDisable(GL_TEXTURE_2D);
	glActiveTexture(GL_TEXTURE0);
	glDeleteTextures(1, &base);
	glDeleteTextures(1, &det);
}

SCENE(mt_unit_state, "per-unit state: texture matrices, GL_ADD on unit 1, unit 0 disabled with unit 1 enabled, glMultiTexCoord on a disabled unit")
{
	static const unsigned char a[4] = { 240, 240, 240, 255 }, b[4] = { 40, 40, 120, 255 };
	static const unsigned char c[4] = { 90, 0, 0, 255 }, d[4] = { 0, 60, 0, 255 };
	GLuint t[2];
	int k;

	glClear(GL_COLOR_BUFFER_BIT);
	glMatrixMode(GL_PROJECTION);
	glOrtho(0, 160, 0, 120, -1, 1);
	glGenTextures(2, t);
	glActiveTexture(GL_TEXTURE0);
	glBindTexture(GL_TEXTURE_2D, t[0]);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
	scene_checker_texture(16, 16, 4, a, b);
	glMatrixMode(GL_TEXTURE);	/* unit 0's texture matrix: rotate */
	glRotatef(20, 0, 0, 1);
	glActiveTexture(GL_TEXTURE1);
	glBindTexture(GL_TEXTURE_2D, t[1]);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
	scene_checker_texture(16, 16, 8, c, d);
	glScalef(1, 3, 1);		/* unit 1's texture matrix: stretch */
	glTexEnvi(GL_TEXTURE_ENV, GL_TEXTURE_ENV_MODE, GL_ADD);
	glMatrixMode(GL_MODELVIEW);
	for (k = 0; k < 3; k++) {
		float x0 = 4 + k * 52.0f;

		glActiveTexture(GL_TEXTURE0);
		if (k == 2)
			glDisable(GL_TEXTURE_2D);
		else
			glEnable(GL_TEXTURE_2D);
		glActiveTexture(GL_TEXTURE1);
		if (k == 1)
			glDisable(GL_TEXTURE_2D);
		else
			glEnable(GL_TEXTURE_2D);
		glBegin(GL_QUADS);
		glColor3f(0.9f, 0.8f, 0.5f);
		glMultiTexCoord2f(GL_TEXTURE0, 0, 0); glMultiTexCoord2f(GL_TEXTURE1, 0, 0);
		glVertex2f(x0, 4);
		glMultiTexCoord2f(GL_TEXTURE0, 1, 0); glMultiTexCoord2f(GL_TEXTURE1, 1, 0);
		glVertex2f(x0 + 48, 4);
		glMultiTexCoord2f(GL_TEXTURE0, 1, 2); glMultiTexCoord2f(GL_TEXTURE1, 1, 1);
		glVertex2f(x0 + 48, 116);
		glMultiTexCoord2f(GL_TEXTURE0, 0, 2); glMultiTexCoord2f(GL_TEXTURE1, 0, 1);
		glVertex2f(x0, 116);
		glEnd();
	}
	glDisable(GL_TEXTURE_2D);
	glMatrixMode(GL_TEXTURE);
	glLoadIdentity();
	glActiveTexture(GL_TEXTURE0);
	glLoadIdentity();
	glMatrixMode(GL_MODELVIEW);
	glDeleteTextures(2, t);
}
