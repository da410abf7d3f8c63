/* Texture filtering and wrapping: both magnification filters, all six
 * minification filters on a receding floor and on screen-aligned squares
 * of known level of detail, GL_TEXTURE_BASE_LEVEL/MAX_LEVEL/MIN_LOD/
 * MAX_LOD, and the wrap modes REPEAT, CLAMP (with a border colour) and
 * CLAMP_TO_EDGE.
 *
 * Each mipmap level has its own colour; neighbouring levels differ by 40
 * in one or two channels so that the small differences in how
 * implementations approximate the level of detail only move blends a
 * little.  The floor's
 * texture is stretched across so that the t derivative dominates and all
 * ways of combining derivatives agree.  The squares are minified by 2, 3,
 * 5 and 9 and magnified by 2 (LOD 1, 1.58, 2.32, 3.17, -1) and 1.5 (0.58):
 * none is near a level switch. */
#include "../scene.h"

static const GLubyte level_colour[7][3] = {
	{ 240, 240, 240 }, { 240, 200, 200 }, { 240, 160, 160 }, { 240, 120, 120 },
	{ 200, 120, 160 }, { 160, 120, 200 }, { 120, 120, 240 },
};

/* A 64 x 64 mipmapped texture, each level a checker of 4-texel cells in
 * the level colour at full and seven-eighths brightness.  Between
 * neighbouring levels no channel differs by more than 70 anywhere, so
 * that a level of detail off by 0.1 (per-pixel against per-quad
 * derivatives, say) changes a blend by at most 7. */
static GLuint mip_texture(void)
{
	static GLubyte p[64 * 64 * 4];
	GLuint t;
	int l, x, y, k;

	glGenTextures(1, &t);
	glBindTexture(GL_TEXTURE_2D, t);
	for (l = 0; l <= 6; l++) {
		int s = 64 >> l;

		for (y = 0; y < s; y++)
			for (x = 0; x < s; x++) {
				GLubyte *q = p + (y * s + x) * 4;
				int dark = ((x >> 2) + (y >> 2)) & 1;

				for (k = 0; k < 3; k++)
					q[k] = (GLubyte)(dark ? level_colour[l][k] * 7 / 8 : level_colour[l][k]);
				q[3] = 255;
			}
		glTexImage2D(GL_TEXTURE_2D, l, GL_RGBA, s, s, 0, GL_RGBA, GL_UNSIGNED_BYTE, p);
	}
	glEnable(GL_TEXTURE_2D);
	return t;
}

static void filters(GLenum minf, GLenum magf)
{
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, minf);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, magf);
}

/* The top half of column vx: a floor receding towards the horizon, hw
 * wide.  The texture repeats once every 4 units across. */
static void floor_panel(int vx, float hw)
{
	glViewport(vx, 56, 80, 64);
	glMatrixMode(GL_PROJECTION);
	glLoadIdentity();
	glFrustum(-0.5, 0.5, -0.4, 0.4, 1, 30);
	glMatrixMode(GL_MODELVIEW);
	glLoadIdentity();
	glRotatef(20, 1, 0, 0);
	glBegin(GL_QUADS);
	glTexCoord2f(-hw / 4, 0); glVertex3f(-hw, -1, -1.2f);
	glTexCoord2f(hw / 4, 0); glVertex3f(hw, -1, -1.2f);
	glTexCoord2f(hw / 4, 8); glVertex3f(hw, -1, -9.2f);
	glTexCoord2f(-hw / 4, 8); glVertex3f(-hw, -1, -9.2f);
	glEnd();
}

/* A w x w square at (x, y) showing the texture scaled by 64 / w / r. */
static void square(int x, int y, int w, float texels_per_pixel)
{
	float r = w * texels_per_pixel / 64;

	glBegin(GL_QUADS);
	glTexCoord2f(0, 0); glVertex2i(x, y);
	glTexCoord2f(r, 0); glVertex2i(x + w, y);
	glTexCoord2f(r, r); glVertex2i(x + w, y + w);
	glTexCoord2f(0, r); glVertex2i(x, y + w);
	glEnd();
}

/* The bottom half of column vx: six squares of known level of detail. */
static void squares_panel(int vx)
{
	glViewport(vx, 0, 80, 56);
	glMatrixMode(GL_PROJECTION);
	glLoadIdentity();
	glOrtho(0, 80, 0, 56, -1, 1);
	glMatrixMode(GL_MODELVIEW);
	glLoadIdentity();
	square(2, 2, 24, 2);
	square(28, 2, 24, 3);
	square(54, 2, 24, 5);
	square(2, 28, 24, 0.5f);
	square(28, 28, 24, 1.5f);
	square(54, 28, 24, 9);
}

/* Two filters side by side.  With a _MIPMAP_NEAREST filter the level
 * changes abruptly where the level of detail crosses k + 0.5; as the
 * approximation of the level of detail may differ a little, the floor is
 * then a narrow road so that those switch lines stay short. */
static void two_filters(GLenum min0, GLenum mag0, GLenum min1, GLenum mag1, float hw)
{
	GLuint t;

	glClear(GL_COLOR_BUFFER_BIT);
	t = mip_texture();
	filters(min0, mag0);
	floor_panel(0, hw);
	squares_panel(0);
	filters(min1, mag1);
	floor_panel(80, hw);
	squares_panel(80);
	glDeleteTextures(1, &t);
}

SCENE(tx_min_nearest_linear, "minification GL_NEAREST (left) and GL_LINEAR (right) without mipmapping on a receding floor")
{
	two_filters(GL_NEAREST, GL_NEAREST, GL_LINEAR, GL_LINEAR, 2);
}

SCENE(tx_mip_nearest, "mipmap levels of distinct colours: GL_NEAREST_MIPMAP_NEAREST (left), GL_LINEAR_MIPMAP_NEAREST (right)")
{
	two_filters(GL_NEAREST_MIPMAP_NEAREST, GL_NEAREST, GL_LINEAR_MIPMAP_NEAREST, GL_LINEAR, 0.35f);
}

SCENE(tx_mip_linear, "mipmap levels of distinct colours: GL_NEAREST_MIPMAP_LINEAR (left), GL_LINEAR_MIPMAP_LINEAR (right)")
{
	two_filters(GL_NEAREST_MIPMAP_LINEAR, GL_NEAREST, GL_LINEAR_MIPMAP_LINEAR, GL_LINEAR, 2);
}

SCENE(tx_level_clamp, "GL_TEXTURE_BASE_LEVEL, GL_TEXTURE_MAX_LEVEL, GL_TEXTURE_MIN_LOD and GL_TEXTURE_MAX_LOD")
{
	GLuint t;

	glClear(GL_COLOR_BUFFER_BIT);
	t = mip_texture();
	filters(GL_LINEAR_MIPMAP_LINEAR, GL_LINEAR);
	/* left: levels 2..4 only */
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_BASE_LEVEL, 2);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAX_LEVEL, 4);
	floor_panel(0, 2);
	squares_panel(0);
	/* right: all levels, the level of detail clamped to [1.25, 2.75] */
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_BASE_LEVEL, 0);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAX_LEVEL, 1000);
	glTexParameterf(GL_TEXTURE_2D, GL_TEXTURE_MIN_LOD, 1.25f);
	glTexParameterf(GL_TEXTURE_2D, GL_TEXTURE_MAX_LOD, 2.75f);
	floor_panel(80, 2);
	squares_panel(80);
	glDeleteTextures(1, &t);
}

SCENE(tx_mag_filters, "magnification GL_NEAREST and GL_LINEAR: axis-aligned, rotated and perspective close-ups of an 8 x 8 texture")
{
	GLubyte img[8 * 8 * 3];
	GLuint t;
	int i, f;

	for (i = 0; i < 64; i++) {
		int x = i % 8, y = i / 8;

		img[i * 3] = (GLubyte)(((x + y) & 1) ? 230 : 40 + x * 20);
		img[i * 3 + 1] = (GLubyte)(y * 32);
		img[i * 3 + 2] = (GLubyte)(x == 0 || y == 7 ? 255 : 80);
	}
	glClear(GL_COLOR_BUFFER_BIT);
	glGenTextures(1, &t);
	glBindTexture(GL_TEXTURE_2D, t);
	glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
	glTexImage2D(GL_TEXTURE_2D, 0, GL_RGB, 8, 8, 0, GL_RGB, GL_UNSIGNED_BYTE, img);
	glEnable(GL_TEXTURE_2D);
	glMatrixMode(GL_PROJECTION);
	glOrtho(0, 160, 0, 120, -1, 1);
	glMatrixMode(GL_MODELVIEW);
	for (f = 0; f < 2; f++) {
		filters(GL_NEAREST, f ? GL_LINEAR : GL_NEAREST);
		glLoadIdentity();
		glTranslatef(f * 80.0f, 0, 0);
		/* axis aligned, 5 pixels a texel */
		glBegin(GL_QUADS);
		glTexCoord2f(0, 0); glVertex2i(2, 2);
		glTexCoord2f(1, 0); glVertex2i(42, 2);
		glTexCoord2f(1, 1); glVertex2i(42, 42);
		glTexCoord2f(0, 1); glVertex2i(2, 42);
		glEnd();
		/* rotated by 25 degrees and enlarged */
		glPushMatrix();
		glTranslatef(58.3f, 22.2f, 0);
		glRotatef(25, 0, 0, 1);
		glBegin(GL_QUADS);
		glTexCoord2f(0, 0); glVertex2f(-14, -14);
		glTexCoord2f(1, 0); glVertex2f(14, -14);
		glTexCoord2f(1, 1); glVertex2f(14, 14);
		glTexCoord2f(0, 1); glVertex2f(-14, 14);
		glEnd();
		glPopMatrix();
	}
	/* perspective close-up across the top half */
	glViewport(0, 48, 160, 72);
	glMatrixMode(GL_PROJECTION);
	glLoadIdentity();
	glFrustum(-0.5, 0.5, -0.225, 0.225, 1, 10);
	glMatrixMode(GL_MODELVIEW);
	for (f = 0; f < 2; f++) {
		filters(GL_NEAREST, f ? GL_LINEAR : GL_NEAREST);
		glLoadIdentity();
		glTranslatef(f ? 0.55f : -0.55f, 0, -2);
		glRotatef(-50, 1, 0, 0);
		glRotatef(f ? -20.0f : 20.0f, 0, 0, 1);
		glBegin(GL_QUADS);
		glTexCoord2f(0, 0); glVertex3f(-0.5f, -0.5f, 0);
		glTexCoord2f(1, 0); glVertex3f(0.5f, -0.5f, 0);
		glTexCoord2f(1, 1); glVertex3f(0.5f, 0.5f, 0);
		glTexCoord2f(0, 1); glVertex3f(-0.5f, 0.5f, 0);
		glEnd();
	}
	glDeleteTextures(1, &t);
}

SCENE(tx_wrap_modes, "GL_REPEAT, GL_CLAMP with GL_TEXTURE_BORDER_COLOR, GL_CLAMP_TO_EDGE and mixed s/t, texcoords -1..2, NEAREST and LINEAR")
{
	static const GLfloat border[4] = { 0.1f, 0.9f, 0.3f, 1 };
	static const GLenum ws[4] = { GL_REPEAT, GL_CLAMP, GL_CLAMP_TO_EDGE, GL_REPEAT };
	static const GLenum wt[4] = { GL_REPEAT, GL_CLAMP, GL_CLAMP_TO_EDGE, GL_CLAMP_TO_EDGE };
	GLubyte img[8 * 8 * 4];
	GLuint t;
	int i, f;

	for (i = 0; i < 64; i++) {
		int x = i % 8, y = i / 8;
		int edge = x == 0 || x == 7 || y == 0 || y == 7;

		img[i * 4] = (GLubyte)(edge ? 250 : 60 + x * 20);
		img[i * 4 + 1] = (GLubyte)(edge ? 200 : 60);
		img[i * 4 + 2] = (GLubyte)(edge ? 40 : 100 + y * 20);
		img[i * 4 + 3] = 255;
	}
	glClearColor(0.2f, 0.2f, 0.2f, 1);
	glClear(GL_COLOR_BUFFER_BIT);
	glMatrixMode(GL_PROJECTION);
	glOrtho(0, 160, 0, 120, -1, 1);
	glMatrixMode(GL_MODELVIEW);
	glGenTextures(1, &t);
	glBindTexture(GL_TEXTURE_2D, t);
	glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, 8, 8, 0, GL_RGBA, GL_UNSIGNED_BYTE, img);
	glTexParameterfv(GL_TEXTURE_2D, GL_TEXTURE_BORDER_COLOR, border);
	glEnable(GL_TEXTURE_2D);
	for (f = 0; f < 2; f++)
		for (i = 0; i < 4; i++) {
			int x = 6 + i * 38, y = f ? 64 : 8;

			filters(f ? GL_LINEAR : GL_NEAREST, f ? GL_LINEAR : GL_NEAREST);
			glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, (GLint)ws[i]);
			glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, (GLint)wt[i]);
			/* 32 x 48 pixels for texcoords -1..2: 4/3 and 2 pixels
			 * a texel, no texel edge on a pixel centre */
			glBegin(GL_QUADS);
			glTexCoord2f(-1, -1); glVertex2i(x, y);
			glTexCoord2f(2, -1); glVertex2i(x + 32, y);
			glTexCoord2f(2, 2); glVertex2i(x + 32, y + 48);
			glTexCoord2f(-1, 2); glVertex2i(x, y + 48);
			glEnd();
		}
	glDeleteTextures(1, &t);
}
