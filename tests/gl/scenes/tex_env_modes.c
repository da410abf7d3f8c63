/* Texture environments: GL_MODULATE, GL_REPLACE, GL_DECAL, GL_BLEND and
 * GL_ADD, each with every base format it is defined for (ALPHA, LUMINANCE,
 * LUMINANCE_ALPHA, INTENSITY, RGB, RGBA), and GL_COMBINE with its RGB and
 * alpha functions, sources, operands and scales.  The fragment colour is
 * a smooth gradient (affine on each rectangle, so triangle splits do not
 * matter) whose alpha varies too; results are blended over a checker so
 * that the resulting alpha is visible. */
#include "../scene.h"

static const GLint base_format[6] = { GL_ALPHA, GL_LUMINANCE, GL_LUMINANCE_ALPHA,
				      GL_INTENSITY, GL_RGB, GL_RGBA };

static void background(void)
{
	int x, y;

	glMatrixMode(GL_PROJECTION);
	glOrtho(0, SCENE_W, 0, SCENE_H, -1, 1);
	glMatrixMode(GL_MODELVIEW);
	glClearColor(0.15f, 0.15f, 0.15f, 1);
	glClear(GL_COLOR_BUFFER_BIT);
	glColor3f(0.6f, 0.6f, 0.6f);
	for (y = 0; y < SCENE_H / 6; y++)
		for (x = 0; x < SCENE_W / 6; x++)
			if ((x + y) & 1)
				glRecti(x * 6, y * 6, x * 6 + 6, y * 6 + 6);
	glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
}

/* An 8 x 8 texture: red across, green up, blue in a cross, alpha in
 * rings, in the given internal format. */
static GLuint env_texture(GLint internal)
{
	GLubyte img[8 * 8 * 4];
	GLuint t;
	int x, y;

	for (y = 0; y < 8; y++)
		for (x = 0; x < 8; x++) {
			GLubyte *p = img + (y * 8 + x) * 4;
			int r = (x - 4) * (x - 4) + (y - 4) * (y - 4);

			p[0] = (GLubyte)(40 + x * 30);
			p[1] = (GLubyte)(40 + y * 30);
			p[2] = (GLubyte)(x == 3 || y == 3 ? 230 : 30);
			p[3] = (GLubyte)(r < 4 ? 255 : r < 10 ? 170 : r < 18 ? 90 : 20);
		}
	glGenTextures(1, &t);
	glBindTexture(GL_TEXTURE_2D, t);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
	glTexImage2D(GL_TEXTURE_2D, 0, internal, 8, 8, 0, GL_RGBA, GL_UNSIGNED_BYTE, img);
	return t;
}

/* Panel i of a cols x 2 grid: 48 (3 columns) or 32 (4 columns) pixels
 * wide and 48 high, with a gradient colour. */
static void panel(int i, int cols)
{
	int w = cols == 3 ? 48 : 32, gap = cols == 3 ? 53 : 40;
	int x = 4 + (i % cols) * gap, y = i < cols ? 6 : 64;

	glEnable(GL_TEXTURE_2D);
	glEnable(GL_BLEND);
	glBegin(GL_QUADS);
	glColor4f(1.0f, 0.9f, 0.3f, 1.0f); glTexCoord2f(0, 0); glVertex2i(x, y);
	glColor4f(0.3f, 0.9f, 1.0f, 0.8f); glTexCoord2f(1, 0); glVertex2i(x + w, y);
	glColor4f(0.1f, 0.4f, 0.9f, 0.4f); glTexCoord2f(1, 1); glVertex2i(x + w, y + 48);
	glColor4f(0.8f, 0.4f, 0.2f, 0.6f); glTexCoord2f(0, 1); glVertex2i(x, y + 48);
	glEnd();
	glDisable(GL_BLEND);
	glDisable(GL_TEXTURE_2D);
}

static void mode_with_formats(GLint mode, int nformats, const GLint *fmt)
{
	static const GLfloat envc[4] = { 0.9f, 0.2f, 0.6f, 0.5f };
	int i;

	background();
	glTexEnvi(GL_TEXTURE_ENV, GL_TEXTURE_ENV_MODE, mode);
	glTexEnvfv(GL_TEXTURE_ENV, GL_TEXTURE_ENV_COLOR, envc);
	for (i = 0; i < nformats; i++) {
		GLuint t = env_texture(fmt[i]);

		panel(i, 3);
		glDeleteTextures(1, &t);
	}
}

SCENE(te_modulate, "GL_MODULATE with ALPHA, LUMINANCE, LUMINANCE_ALPHA, INTENSITY, RGB and RGBA textures")
{
	mode_with_formats(GL_MODULATE, 6, base_format);
}

SCENE(te_replace, "GL_REPLACE with ALPHA, LUMINANCE, LUMINANCE_ALPHA, INTENSITY, RGB and RGBA textures")
{
	mode_with_formats(GL_REPLACE, 6, base_format);
}

SCENE(te_decal, "GL_DECAL with RGB and RGBA textures (the only formats it is defined for), MODULATE for reference")
{
	static const GLint fmt[2] = { GL_RGB, GL_RGBA };
	GLuint t;

	mode_with_formats(GL_DECAL, 2, fmt);
	t = env_texture(GL_RGBA);
	glTexEnvi(GL_TEXTURE_ENV, GL_TEXTURE_ENV_MODE, GL_MODULATE);
	panel(2, 3);
	glDeleteTextures(1, &t);
	/* decal keeps the fragment alpha: over a flat half-transparent colour */
	glTexEnvi(GL_TEXTURE_ENV, GL_TEXTURE_ENV_MODE, GL_DECAL);
	t = env_texture(GL_RGBA);
	glEnable(GL_TEXTURE_2D);
	glEnable(GL_BLEND);
	glColor4f(0.2f, 1, 0.2f, 0.5f);
	glBegin(GL_QUADS);
	glTexCoord2f(0, 0); glVertex2i(4, 64);
	glTexCoord2f(2, 0); glVertex2i(148, 64);
	glTexCoord2f(2, 1); glVertex2i(148, 112);
	glTexCoord2f(0, 1); glVertex2i(4, 112);
	glEnd();
	glDisable(GL_BLEND);
	glDisable(GL_TEXTURE_2D);
	glDeleteTextures(1, &t);
}

SCENE(te_blend, "GL_BLEND with GL_TEXTURE_ENV_COLOR and ALPHA, LUMINANCE, LUMINANCE_ALPHA, INTENSITY, RGB and RGBA textures")
{
	mode_with_formats(GL_BLEND, 6, base_format);
}

SCENE(te_add, "GL_ADD with ALPHA, LUMINANCE, LUMINANCE_ALPHA, INTENSITY, RGB and RGBA textures")
{
	mode_with_formats(GL_ADD, 6, base_format);
}

/* Sets up a one-unit combiner; arguments are (source, operand) pairs. */
static void combine_rgb(GLenum func, GLenum s0, GLenum o0, GLenum s1, GLenum o1,
			GLenum s2, GLenum o2, float scale)
{
	glTexEnvi(GL_TEXTURE_ENV, GL_TEXTURE_ENV_MODE, GL_COMBINE);
	glTexEnvi(GL_TEXTURE_ENV, GL_COMBINE_RGB, (GLint)func);
	glTexEnvi(GL_TEXTURE_ENV, GL_SOURCE0_RGB, (GLint)s0);
	glTexEnvi(GL_TEXTURE_ENV, GL_OPERAND0_RGB, (GLint)o0);
	glTexEnvi(GL_TEXTURE_ENV, GL_SOURCE1_RGB, (GLint)s1);
	glTexEnvi(GL_TEXTURE_ENV, GL_OPERAND1_RGB, (GLint)o1);
	glTexEnvi(GL_TEXTURE_ENV, GL_SOURCE2_RGB, (GLint)s2);
	glTexEnvi(GL_TEXTURE_ENV, GL_OPERAND2_RGB, (GLint)o2);
	glTexEnvf(GL_TEXTURE_ENV, GL_RGB_SCALE, scale);
}

static void combine_alpha(GLenum func, GLenum s0, GLenum o0, GLenum s1, GLenum o1,
			  GLenum s2, GLenum o2, float scale)
{
	glTexEnvi(GL_TEXTURE_ENV, GL_COMBINE_ALPHA, (GLint)func);
	glTexEnvi(GL_TEXTURE_ENV, GL_SOURCE0_ALPHA, (GLint)s0);
	glTexEnvi(GL_TEXTURE_ENV, GL_OPERAND0_ALPHA, (GLint)o0);
	glTexEnvi(GL_TEXTURE_ENV, GL_SOURCE1_ALPHA, (GLint)s1);
	glTexEnvi(GL_TEXTURE_ENV, GL_OPERAND1_ALPHA, (GLint)o1);
	glTexEnvi(GL_TEXTURE_ENV, GL_SOURCE2_ALPHA, (GLint)s2);
	glTexEnvi(GL_TEXTURE_ENV, GL_OPERAND2_ALPHA, (GLint)o2);
	glTexEnvf(GL_TEXTURE_ENV, GL_ALPHA_SCALE, scale);
}

#define TEX GL_TEXTURE
#define PRI GL_PRIMARY_COLOR
#define CON GL_CONSTANT
#define PRE GL_PREVIOUS
#define SC GL_SRC_COLOR
#define MSC GL_ONE_MINUS_SRC_COLOR
#define SA GL_SRC_ALPHA
#define MSA GL_ONE_MINUS_SRC_ALPHA

SCENE(te_combine_rgb, "GL_COMBINE_RGB REPLACE, MODULATE, ADD, ADD_SIGNED, INTERPOLATE, SUBTRACT; RGB_SCALE 2 and 4")
{
	static const GLfloat cc[4] = { 0.2f, 0.5f, 0.8f, 0.5f };
	GLuint t;

	background();
	t = env_texture(GL_RGBA);
	glTexEnvfv(GL_TEXTURE_ENV, GL_TEXTURE_ENV_COLOR, cc);
	combine_alpha(GL_REPLACE, PRI, SA, PRI, SA, PRI, SA, 1);
	combine_rgb(GL_REPLACE, TEX, SC, PRI, SC, CON, SC, 1);
	panel(0, 4);
	combine_rgb(GL_MODULATE, TEX, SC, PRI, SC, CON, SC, 1);
	panel(1, 4);
	combine_rgb(GL_ADD, TEX, SC, CON, SC, PRI, SC, 1);
	panel(2, 4);
	combine_rgb(GL_ADD_SIGNED, TEX, SC, PRI, SC, CON, SC, 1);
	panel(3, 4);
	/* texture and constant, weighted by the primary colour */
	combine_rgb(GL_INTERPOLATE, TEX, SC, CON, SC, PRI, SC, 1);
	panel(4, 4);
	combine_rgb(GL_SUBTRACT, TEX, SC, PRI, SC, CON, SC, 1);
	panel(5, 4);
	combine_rgb(GL_MODULATE, TEX, SC, CON, SC, PRI, SC, 2);
	panel(6, 4);
	/* scale 4 on a small product: 4 * tex * 0.2..0.8 */
	combine_rgb(GL_MODULATE, TEX, SC, CON, SC, PRI, SC, 4);
	panel(7, 4);
	glDeleteTextures(1, &t);
}

SCENE(te_combine_operands, "GL_COMBINE operands ONE_MINUS_SRC_COLOR, SRC_ALPHA, ONE_MINUS_SRC_ALPHA on texture, primary and constant")
{
	static const GLfloat cc[4] = { 0.9f, 0.6f, 0.1f, 0.3f };
	GLuint t;

	background();
	t = env_texture(GL_RGBA);
	glTexEnvfv(GL_TEXTURE_ENV, GL_TEXTURE_ENV_COLOR, cc);
	combine_alpha(GL_REPLACE, PRI, SA, PRI, SA, PRI, SA, 1);
	combine_rgb(GL_REPLACE, TEX, MSC, PRI, SC, CON, SC, 1);
	panel(0, 4);
	combine_rgb(GL_REPLACE, TEX, SA, PRI, SC, CON, SC, 1);
	panel(1, 4);
	combine_rgb(GL_REPLACE, TEX, MSA, PRI, SC, CON, SC, 1);
	panel(2, 4);
	combine_rgb(GL_MODULATE, PRI, MSC, TEX, SC, CON, SC, 1);
	panel(3, 4);
	combine_rgb(GL_MODULATE, CON, SA, TEX, SC, PRI, SC, 1);
	panel(4, 4);
	combine_rgb(GL_ADD, PRI, SA, TEX, MSA, CON, SC, 1);
	panel(5, 4);
	/* interpolate with the texture alpha as the weight */
	combine_rgb(GL_INTERPOLATE, PRI, SC, CON, SC, TEX, SA, 1);
	panel(6, 4);
	combine_rgb(GL_INTERPOLATE, PRI, SC, CON, MSC, TEX, MSA, 1);
	panel(7, 4);
	glDeleteTextures(1, &t);
}

SCENE(te_combine_alpha, "GL_COMBINE_ALPHA REPLACE, MODULATE, ADD, ADD_SIGNED, INTERPOLATE, SUBTRACT, operands, ALPHA_SCALE 2 and 4")
{
	static const GLfloat cc[4] = { 0.5f, 0.5f, 0.5f, 0.25f };
	GLuint t;

	background();
	t = env_texture(GL_RGBA);
	glTexEnvfv(GL_TEXTURE_ENV, GL_TEXTURE_ENV_COLOR, cc);
	/* rgb: the texture colour everywhere, so alpha makes the difference */
	combine_rgb(GL_REPLACE, TEX, SC, PRI, SC, CON, SC, 1);
	combine_alpha(GL_REPLACE, TEX, SA, PRI, SA, CON, SA, 1);
	panel(0, 4);
	combine_alpha(GL_MODULATE, TEX, SA, PRI, SA, CON, SA, 1);
	panel(1, 4);
	combine_alpha(GL_ADD, TEX, SA, CON, SA, PRI, SA, 1);
	panel(2, 4);
	combine_alpha(GL_ADD_SIGNED, TEX, SA, PRI, SA, CON, SA, 1);
	panel(3, 4);
	combine_alpha(GL_INTERPOLATE, TEX, SA, CON, MSA, PRI, SA, 1);
	panel(4, 4);
	combine_alpha(GL_SUBTRACT, PRI, SA, TEX, SA, CON, SA, 1);
	panel(5, 4);
	combine_alpha(GL_MODULATE, TEX, MSA, PRI, SA, CON, SA, 2);
	panel(6, 4);
	combine_alpha(GL_MODULATE, TEX, SA, CON, SA, PRI, SA, 4);
	panel(7, 4);
	glDeleteTextures(1, &t);
}

SCENE(te_combine_previous, "GL_COMBINE with GL_PREVIOUS (the primary colour on unit 0) and a luminance texture, scales")
{
	static const GLfloat cc[4] = { 1, 0.3f, 0.3f, 1 };
	static const GLint fmt[3] = { GL_LUMINANCE, GL_INTENSITY, GL_ALPHA };
	int i;

	background();
	glTexEnvfv(GL_TEXTURE_ENV, GL_TEXTURE_ENV_COLOR, cc);
	for (i = 0; i < 6; i++) {
		GLuint t = env_texture(fmt[i % 3]);

		combine_alpha(GL_MODULATE, PRE, SA, TEX, SA, CON, SA, 1);
		if (i < 3)
			combine_rgb(GL_MODULATE, PRE, SC, TEX, SC, CON, SC, 2);
		else
			combine_rgb(GL_INTERPOLATE, CON, SC, PRE, SC, TEX, SC, 1);
		panel(i, 3);
		glDeleteTextures(1, &t);
	}
}
