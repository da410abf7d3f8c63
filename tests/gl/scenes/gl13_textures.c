/* GL 1.2 and 1.3 texturing: three-dimensional textures (GL_NEAREST,
 * GL_LINEAR, wrapping in r, glTexSubImage3D with the 1.2 unpack image
 * parameters, mipmaps), cube maps (face selection and orientation,
 * GL_REFLECTION_MAP and GL_NORMAL_MAP texgen, mipmaps),
 * GL_CLAMP_TO_BORDER, the queries and errors of all these, and which of
 * several enabled targets a unit uses.
 *
 * Magnified textures are drawn axis aligned with a whole number of pixels
 * a texel and texel edges on pixel edges, so that no pixel centre falls on
 * a texel boundary.  Cube map faces are drawn with the major axis constant
 * across a quad, so that the face coordinates are linear in the window
 * and no pixel centre lies on an edge between faces.  Minified textures
 * use GL_LINEAR_MIPMAP_LINEAR with neighbouring levels close in colour, so
 * that small differences in the level of detail only move blends a
 * little. */
#include <math.h>
#include <stddef.h>
#include "../scene.h"

static void ortho(void)
{
	glMatrixMode(GL_PROJECTION);
	glLoadIdentity();
	glOrtho(0, SCENE_W, 0, SCENE_H, -1, 1);
	glMatrixMode(GL_MODELVIEW);
	glLoadIdentity();
}

static void filters(GLenum target, GLenum minf, GLenum magf)
{
	glTexParameteri(target, GL_TEXTURE_MIN_FILTER, (GLint)minf);
	glTexParameteri(target, GL_TEXTURE_MAG_FILTER, (GLint)magf);
}

static void wraps(GLenum target, GLenum s, GLenum t, GLenum r)
{
	glTexParameteri(target, GL_TEXTURE_WRAP_S, (GLint)s);
	glTexParameteri(target, GL_TEXTURE_WRAP_T, (GLint)t);
	glTexParameteri(target, GL_TEXTURE_WRAP_R, (GLint)r);
}

/* A w x h rectangle at (x, y) whose corners, counter-clockwise from the
 * bottom left, have the texture coordinates c[0] to c[3]. */
static void quad_tc(int x, int y, int w, int h, const GLfloat c[4][3])
{
	glBegin(GL_QUADS);
	glTexCoord3fv(c[0]); glVertex2i(x, y);
	glTexCoord3fv(c[1]); glVertex2i(x + w, y);
	glTexCoord3fv(c[2]); glVertex2i(x + w, y + h);
	glTexCoord3fv(c[3]); glVertex2i(x, y + h);
	glEnd();
}

/* s from s0 at the left to s1, t from t0 at the bottom to t1, and r from
 * r0 at the left to r1. */
static void quad_str(int x, int y, int w, int h, float s0, float s1,
		     float t0, float t1, float r0, float r1)
{
	const GLfloat c[4][3] = {
		{ s0, t0, r0 }, { s1, t0, r1 }, { s1, t1, r1 }, { s0, t1, r0 },
	};

	quad_tc(x, y, w, h, c);
}

static const GLubyte slice_colour[4][3] = {
	{ 230, 60, 60 }, { 60, 200, 60 }, { 60, 90, 230 }, { 230, 200, 40 },
};

/* An 8 x 8 x 4 texture: each slice a checker of 2-texel cells in its
 * colour at full and five-eighths brightness, with a white L near the
 * lower left corner so that flips show. */
static void slices_texture(void)
{
	static GLubyte p[4][8][8][4];
	int x, y, z, k;

	for (z = 0; z < 4; z++)
		for (y = 0; y < 8; y++)
			for (x = 0; x < 8; x++) {
				GLubyte *q = p[z][y][x];
				int dark = ((x >> 1) + (y >> 1)) & 1;
				int mark = (x == 1 && y >= 1 && y <= 5) ||
					   (y == 1 && x >= 1 && x <= 3);

				for (k = 0; k < 3; k++) {
					int c = slice_colour[z][k];

					q[k] = (GLubyte)(mark ? 255 :
							 dark ? c * 5 / 8 : c);
				}
				q[3] = 255;
			}
	glTexImage3D(GL_TEXTURE_3D, 0, GL_RGBA, 8, 8, 4, 0, GL_RGBA,
		     GL_UNSIGNED_BYTE, p);
}

SCENE(t13_tex3d_nearest, "glTexImage3D with GL_NEAREST: a quad per slice (r on the slice centres) and a quad with r running across all four slices")
{
	GLuint t;
	int k;

	glClearColor(0.15f, 0.15f, 0.15f, 1);
	glClear(GL_COLOR_BUFFER_BIT);
	ortho();
	glGenTextures(1, &t);
	glBindTexture(GL_TEXTURE_3D, t);
	slices_texture();
	filters(GL_TEXTURE_3D, GL_NEAREST, GL_NEAREST);
	glEnable(GL_TEXTURE_3D);
	/* 4 pixels a texel */
	for (k = 0; k < 4; k++) {
		float r = (k + 0.5f) / 4;

		quad_str(4 + k * 39, 8, 32, 32, 0, 1, 0, 1, r, r);
	}
	/* 19 pixels a texel across and 7 up; the slice changes every 38
	 * pixels */
	quad_str(4, 52, 152, 56, 0, 1, 0, 1, 0, 1);
	glDeleteTextures(1, &t);
}

SCENE(t13_tex3d_linear_wrap, "3D texture with GL_LINEAR, r from -1 to 2: GL_TEXTURE_WRAP_R GL_REPEAT (left) and GL_CLAMP_TO_EDGE (right)")
{
	static const GLfloat c[4][3] = {
		{ 0, 0, -1 }, { 1, 0, -1 }, { 1, 1, 2 }, { 0, 1, 2 },
	};
	static GLubyte p[4][4][4][4];
	GLuint t;
	int x, y, z, k;

	/* slices in the four slice colours, darker to the right and a
	 * little darker upwards */
	for (z = 0; z < 4; z++)
		for (y = 0; y < 4; y++)
			for (x = 0; x < 4; x++) {
				for (k = 0; k < 3; k++)
					p[z][y][x][k] = (GLubyte)
						(slice_colour[z][k] *
						 (16 - 3 * x - y) / 16);
				p[z][y][x][3] = 255;
			}
	glClearColor(0.15f, 0.15f, 0.15f, 1);
	glClear(GL_COLOR_BUFFER_BIT);
	ortho();
	glGenTextures(1, &t);
	glBindTexture(GL_TEXTURE_3D, t);
	glTexImage3D(GL_TEXTURE_3D, 0, GL_RGB, 4, 4, 4, 0, GL_RGBA,
		     GL_UNSIGNED_BYTE, p);
	filters(GL_TEXTURE_3D, GL_LINEAR, GL_LINEAR);
	glEnable(GL_TEXTURE_3D);
	/* 16 pixels a texel across, 9 pixels a slice up */
	wraps(GL_TEXTURE_3D, GL_CLAMP_TO_EDGE, GL_CLAMP_TO_EDGE, GL_REPEAT);
	quad_tc(8, 6, 64, 108, c);
	wraps(GL_TEXTURE_3D, GL_CLAMP_TO_EDGE, GL_CLAMP_TO_EDGE,
	      GL_CLAMP_TO_EDGE);
	quad_tc(88, 6, 64, 108, c);
	glDeleteTextures(1, &t);
}

/* An 8 x 8 x 8 texture, slices running from teal to violet, each a
 * checker of single texels at full and three-quarter brightness. */
static void ramp_texture(void)
{
	static GLubyte p[8][8][8][4];
	int x, y, z;

	for (z = 0; z < 8; z++)
		for (y = 0; y < 8; y++)
			for (x = 0; x < 8; x++) {
				GLubyte *q = p[z][y][x];
				int n = (x + y) & 1 ? 3 : 4;

				q[0] = (GLubyte)((40 + z * 25) * n / 4);
				q[1] = (GLubyte)((190 - z * 20) * n / 4);
				q[2] = (GLubyte)((150 + z * 12) * n / 4);
				q[3] = 255;
			}
	glTexImage3D(GL_TEXTURE_3D, 0, GL_RGBA, 8, 8, 8, 0, GL_RGBA,
		     GL_UNSIGNED_BYTE, p);
}

/* Replaces a 4 x 4 x 2 block at (2, 3, 3) from the middle of a 6 x 6 x 4
 * buffer given with GL_UNPACK_ROW_LENGTH, _IMAGE_HEIGHT, _SKIP_PIXELS,
 * _SKIP_ROWS and _SKIP_IMAGES.  Texels outside the block in the buffer
 * are magenta: they must not show. */
static void sub_block(void)
{
	static GLubyte p[4][6][6][4];
	int x, y, z;

	for (z = 0; z < 4; z++)
		for (y = 0; y < 6; y++)
			for (x = 0; x < 6; x++) {
				GLubyte *q = p[z][y][x];
				int in = z >= 1 && z <= 2 && y >= 1 && y <= 4 &&
					 x >= 1 && x <= 4;

				q[0] = (GLubyte)(in ? 250 : 255);
				q[1] = (GLubyte)(!in ? 0 : z == 1 ?
						 130 + x * 25 : 250);
				q[2] = (GLubyte)(!in ? 255 : z == 1 ?
						 40 : 250 - y * 45);
				q[3] = 255;
			}
	glPixelStorei(GL_UNPACK_ROW_LENGTH, 6);
	glPixelStorei(GL_UNPACK_IMAGE_HEIGHT, 6);
	glPixelStorei(GL_UNPACK_SKIP_PIXELS, 1);
	glPixelStorei(GL_UNPACK_SKIP_ROWS, 1);
	glPixelStorei(GL_UNPACK_SKIP_IMAGES, 1);
	glTexSubImage3D(GL_TEXTURE_3D, 0, 2, 3, 3, 4, 4, 2, GL_RGBA,
			GL_UNSIGNED_BYTE, p);
	glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
	glPixelStorei(GL_UNPACK_IMAGE_HEIGHT, 0);
	glPixelStorei(GL_UNPACK_SKIP_PIXELS, 0);
	glPixelStorei(GL_UNPACK_SKIP_ROWS, 0);
	glPixelStorei(GL_UNPACK_SKIP_IMAGES, 0);
}

static const GLubyte level_colour[6][3] = {
	{ 240, 240, 240 }, { 240, 200, 200 }, { 240, 160, 160 },
	{ 240, 120, 120 }, { 200, 120, 160 }, { 160, 120, 200 },
};

/* A 16 x 16 x 16 texture with all five levels, each level a checker of
 * 2-texel cells (in s and t, the same in every slice) in the level colour
 * at full and seven-eighths brightness. */
static void mip3d_texture(void)
{
	static GLubyte p[16 * 16 * 16 * 4];
	int l, i, k;

	for (l = 0; l <= 4; l++) {
		int s = 16 >> l;

		for (i = 0; i < s * s * s; i++) {
			int x = i % s, y = i / s % s;
			int dark = ((x >> 1) + (y >> 1)) & 1;

			for (k = 0; k < 3; k++)
				p[i * 4 + k] = (GLubyte)(dark ?
					level_colour[l][k] * 7 / 8 :
					level_colour[l][k]);
			p[i * 4 + 3] = 255;
		}
		glTexImage3D(GL_TEXTURE_3D, l, GL_RGBA, s, s, s, 0, GL_RGBA,
			     GL_UNSIGNED_BYTE, p);
	}
}

SCENE(t13_tex3d_subimage_mipmap, "glTexSubImage3D with the unpack image height and skip images (slices 2-5 and an x-z section), and a mipmapped 3D texture with GL_LINEAR_MIPMAP_LINEAR on a receding floor")
{
	static const GLfloat section[4][3] = {
		{ 0, 0.4375f, 0 }, { 1, 0.4375f, 0 },
		{ 1, 0.4375f, 1 }, { 0, 0.4375f, 1 },
	};
	GLuint t[2];
	int k;

	glClearColor(0.15f, 0.15f, 0.15f, 1);
	glClear(GL_COLOR_BUFFER_BIT);
	ortho();
	glGenTextures(2, t);
	glBindTexture(GL_TEXTURE_3D, t[0]);
	ramp_texture();
	sub_block();
	filters(GL_TEXTURE_3D, GL_NEAREST, GL_NEAREST);
	glEnable(GL_TEXTURE_3D);
	/* slices 2 to 5, 4 pixels a texel */
	for (k = 0; k < 4; k++) {
		float r = (k + 2.5f) / 8;

		quad_str(6 + (k & 1) * 36, 4 + (k >> 1) * 36, 32, 32,
			 0, 1, 0, 1, r, r);
	}
	/* the section through texel row 3: 8 pixels a texel across, 4 a
	 * slice up */
	quad_tc(8, 80, 64, 32, section);

	/* the right half: a floor receding towards the horizon */
	glBindTexture(GL_TEXTURE_3D, t[1]);
	mip3d_texture();
	filters(GL_TEXTURE_3D, GL_LINEAR_MIPMAP_LINEAR, GL_LINEAR);
	glViewport(80, 0, 80, 120);
	glMatrixMode(GL_PROJECTION);
	glLoadIdentity();
	glFrustum(-0.5, 0.5, -0.75, 0.75, 1, 30);
	glMatrixMode(GL_MODELVIEW);
	glLoadIdentity();
	glRotatef(20, 1, 0, 0);
	glBegin(GL_QUADS);
	glTexCoord3f(-1, 0, 0.5f); glVertex3f(-2, -1, -1.2f);
	glTexCoord3f(1, 0, 0.5f); glVertex3f(2, -1, -1.2f);
	glTexCoord3f(1, 8, 0.5f); glVertex3f(2, -1, -13.2f);
	glTexCoord3f(-1, 8, 0.5f); glVertex3f(-2, -1, -13.2f);
	glEnd();
	glDeleteTextures(2, t);
}

/* Faces in the order GL_TEXTURE_CUBE_MAP_POSITIVE_X + i: +X, -X, +Y, -Y,
 * +Z, -Z. */
static const GLubyte face_colour[6][3] = {
	{ 220, 60, 60 }, { 60, 200, 200 }, { 60, 200, 60 },
	{ 200, 60, 200 }, { 60, 60, 220 }, { 220, 200, 60 },
};

/* Six 16 x 16 faces, each its colour with a white block near (s, t) =
 * (0, 0) and a black bar near t = 1. */
static void marked_cube(void)
{
	static GLubyte p[16][16][4];
	int f, x, y, k;

	for (f = 0; f < 6; f++) {
		for (y = 0; y < 16; y++)
			for (x = 0; x < 16; x++) {
				int white = x >= 3 && x <= 6 &&
					    y >= 3 && y <= 5;
				int black = y == 12 && x >= 3 && x <= 12;

				for (k = 0; k < 3; k++)
					p[y][x][k] = (GLubyte)(white ? 255 :
						black ? 0 : face_colour[f][k]);
				p[y][x][3] = 255;
			}
		glTexImage2D(GL_TEXTURE_CUBE_MAP_POSITIVE_X + f, 0, GL_RGBA,
			     16, 16, 0, GL_RGBA, GL_UNSIGNED_BYTE, p);
	}
}

/* For each face: the direction towards it, and the directions to the
 * right and up of someone inside the cube looking at it. */
static const GLfloat face_axes[6][3][3] = {
	{ { 1, 0, 0 }, { 0, 0, 1 }, { 0, 1, 0 } },
	{ { -1, 0, 0 }, { 0, 0, -1 }, { 0, 1, 0 } },
	{ { 0, 1, 0 }, { -1, 0, 0 }, { 0, 0, -1 } },
	{ { 0, -1, 0 }, { -1, 0, 0 }, { 0, 0, 1 } },
	{ { 0, 0, 1 }, { -1, 0, 0 }, { 0, 1, 0 } },
	{ { 0, 0, -1 }, { 1, 0, 0 }, { 0, 1, 0 } },
};

/* Face f on a w x w square, showing the face from e to 1 - e of its
 * width. */
static void face_quad(int f, int x, int y, int w, float e)
{
	static const int corner[4][2] = {
		{ -1, -1 }, { 1, -1 }, { 1, 1 }, { -1, 1 },
	};
	const GLfloat (*a)[3] = face_axes[f];
	GLfloat c[4][3];
	float d = 1 - 2 * e;
	int i, k;

	for (i = 0; i < 4; i++)
		for (k = 0; k < 3; k++)
			c[i][k] = a[0][k] + d * (corner[i][0] * a[1][k] +
						 corner[i][1] * a[2][k]);
	quad_tc(x, y, w, w, c);
}

SCENE(t13_cube_faces, "cube map face selection and orientation with glTexCoord3f: each of the six faces, and a sweep across the -X/+Z/+X edges")
{
	static const GLfloat sweep[4][3] = {
		{ -1.5f, -0.75f, 1 }, { 1.5f, -0.75f, 1 },
		{ 1.5f, 0.75f, 1 }, { -1.5f, 0.75f, 1 },
	};
	GLuint t;
	int f;

	glClearColor(0.15f, 0.15f, 0.15f, 1);
	glClear(GL_COLOR_BUFFER_BIT);
	ortho();
	glGenTextures(1, &t);
	glBindTexture(GL_TEXTURE_CUBE_MAP, t);
	marked_cube();
	filters(GL_TEXTURE_CUBE_MAP, GL_NEAREST, GL_NEAREST);
	glEnable(GL_TEXTURE_CUBE_MAP);
	/* texels 1 to 14 of each face, 3 pixels a texel */
	for (f = 0; f < 6; f++)
		face_quad(f, 8 + (f % 3) * 51, f < 3 ? 50 : 4, 42,
			  1.0f / 16);
	/* on +Z 6 pixels a texel across and 2 up; the faces change 24
	 * pixels from either end */
	quad_tc(8, 94, 144, 24, sweep);
	glDeleteTextures(1, &t);
}

/* Six 32 x 32 faces: each its colour, brighter towards t = 1, with
 * darker lines every 8 texels. */
static void grid_cube(void)
{
	static GLubyte p[32][32][4];
	int f, x, y, k;

	for (f = 0; f < 6; f++) {
		for (y = 0; y < 32; y++)
			for (x = 0; x < 32; x++) {
				int line = x % 8 == 0 || y % 8 == 0;
				int n = (line ? 40 : 80) + y;

				for (k = 0; k < 3; k++)
					p[y][x][k] = (GLubyte)
						(face_colour[f][k] * n / 111);
				p[y][x][3] = 255;
			}
		glTexImage2D(GL_TEXTURE_CUBE_MAP_POSITIVE_X + f, 0, GL_RGB,
			     32, 32, 0, GL_RGBA, GL_UNSIGNED_BYTE, p);
	}
}

/* A sphere of radius r about the origin with outward normals. */
static void sphere(float r)
{
	int i, j, n = 24;

	for (i = 0; i < n; i++) {
		float t0 = (float)M_PI * i / n - (float)M_PI / 2;
		float t1 = (float)M_PI * (i + 1) / n - (float)M_PI / 2;

		glBegin(GL_QUAD_STRIP);
		for (j = 0; j <= 2 * n; j++) {
			float p = (float)M_PI * j / n;

			glNormal3f(cosf(t1) * cosf(p), sinf(t1),
				   cosf(t1) * sinf(p));
			glVertex3f(r * cosf(t1) * cosf(p), r * sinf(t1),
				   r * cosf(t1) * sinf(p));
			glNormal3f(cosf(t0) * cosf(p), sinf(t0),
				   cosf(t0) * sinf(p));
			glVertex3f(r * cosf(t0) * cosf(p), r * sinf(t0),
				   r * cosf(t0) * sinf(p));
		}
		glEnd();
	}
}

static void bump_vertex(float x, float y)
{
	float nx = 0.6f * sinf(4 * x), ny = 0.6f * sinf(4 * y);
	float l = sqrtf(nx * nx + ny * ny + 1);

	glNormal3f(nx / l, ny / l, 1 / l);
	glVertex3f(x, y, 0);
}

/* A flat 1.4 x 1.4 grid in z = 0 whose unit normals tilt in waves. */
static void bumpy_grid(void)
{
	int i, j, n = 16;
	float d = 1.4f / n;

	for (i = 0; i < n; i++) {
		glBegin(GL_QUAD_STRIP);
		for (j = 0; j <= n; j++) {
			bump_vertex(-0.7f + j * d, -0.7f + (i + 1) * d);
			bump_vertex(-0.7f + j * d, -0.7f + i * d);
		}
		glEnd();
	}
}

static void texgen_str(GLint mode)
{
	glTexGeni(GL_S, GL_TEXTURE_GEN_MODE, mode);
	glTexGeni(GL_T, GL_TEXTURE_GEN_MODE, mode);
	glTexGeni(GL_R, GL_TEXTURE_GEN_MODE, mode);
	glEnable(GL_TEXTURE_GEN_S);
	glEnable(GL_TEXTURE_GEN_T);
	glEnable(GL_TEXTURE_GEN_R);
}

SCENE(t13_cube_reflection, "cube map with GL_REFLECTION_MAP texgen on S, T and R on a sphere, and GL_NORMAL_MAP on a lit grid of wavy normals, in perspective")
{
	GLuint t;

	glClearColor(0.1f, 0.1f, 0.1f, 1);
	glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
	glEnable(GL_DEPTH_TEST);
	glMatrixMode(GL_PROJECTION);
	glLoadIdentity();
	glFrustum(-0.4, 0.4, -0.3, 0.3, 1, 20);
	glMatrixMode(GL_MODELVIEW);
	glLoadIdentity();
	glGenTextures(1, &t);
	glBindTexture(GL_TEXTURE_CUBE_MAP, t);
	grid_cube();
	filters(GL_TEXTURE_CUBE_MAP, GL_LINEAR, GL_LINEAR);
	wraps(GL_TEXTURE_CUBE_MAP, GL_CLAMP_TO_EDGE, GL_CLAMP_TO_EDGE,
	      GL_CLAMP_TO_EDGE);
	glEnable(GL_TEXTURE_CUBE_MAP);

	texgen_str(GL_REFLECTION_MAP);
	glPushMatrix();
	glTranslatef(-0.8f, 0, -4);
	glRotatef(30, 1, 0, 0);
	sphere(0.72f);
	glPopMatrix();

	texgen_str(GL_NORMAL_MAP);
	glEnable(GL_LIGHTING);
	glEnable(GL_LIGHT0);
	glPushMatrix();
	glTranslatef(0.82f, 0, -4);
	glRotatef(-35, 1, 0, 0);
	glRotatef(25, 0, 1, 0);
	bumpy_grid();
	glPopMatrix();
	glDeleteTextures(1, &t);
}

SCENE(t13_border_clamp, "GL_CLAMP_TO_BORDER with a non-black GL_TEXTURE_BORDER_COLOR, texcoords -0.5 to 1.5: 2D GL_NEAREST and GL_LINEAR quads, 1D GL_NEAREST and GL_LINEAR strips")
{
	static const GLfloat border2[4] = { 0.2f, 0.5f, 0.9f, 1 };
	static const GLfloat border1[4] = { 0.1f, 0.8f, 0.3f, 1 };
	GLubyte img[8 * 8 * 4], line[8 * 4];
	GLuint t[2];
	int i, f;

	for (i = 0; i < 64; i++) {
		int x = i % 8, y = i / 8;
		int edge = x == 0 || x == 7 || y == 0 || y == 7;

		img[i * 4] = (GLubyte)(edge ? 250 : 90 + x * 20);
		img[i * 4 + 1] = (GLubyte)(edge ? 220 : 50);
		img[i * 4 + 2] = (GLubyte)(edge ? 150 : 60 + y * 20);
		img[i * 4 + 3] = 255;
	}
	for (i = 0; i < 8; i++) {
		line[i * 4] = (GLubyte)(240 - i * 10);
		line[i * 4 + 1] = (GLubyte)(40 + i * 28);
		line[i * 4 + 2] = (GLubyte)(i & 1 ? 40 : 120);
		line[i * 4 + 3] = 255;
	}
	glClearColor(0.3f, 0.3f, 0.3f, 1);
	glClear(GL_COLOR_BUFFER_BIT);
	ortho();
	glGenTextures(2, t);
	glBindTexture(GL_TEXTURE_2D, t[0]);
	glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, 8, 8, 0, GL_RGBA,
		     GL_UNSIGNED_BYTE, img);
	glTexParameterfv(GL_TEXTURE_2D, GL_TEXTURE_BORDER_COLOR, border2);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_BORDER);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_BORDER);
	glEnable(GL_TEXTURE_2D);
	/* 4 pixels a texel */
	for (f = 0; f < 2; f++) {
		GLenum fl = f ? GL_LINEAR : GL_NEAREST;

		filters(GL_TEXTURE_2D, fl, fl);
		quad_str(8 + f * 80, 46, 64, 64, -0.5f, 1.5f, -0.5f, 1.5f,
			 0, 0);
	}
	glDisable(GL_TEXTURE_2D);

	glBindTexture(GL_TEXTURE_1D, t[1]);
	glTexImage1D(GL_TEXTURE_1D, 0, GL_RGBA, 8, 0, GL_RGBA,
		     GL_UNSIGNED_BYTE, line);
	glTexParameterfv(GL_TEXTURE_1D, GL_TEXTURE_BORDER_COLOR, border1);
	glTexParameteri(GL_TEXTURE_1D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_BORDER);
	glEnable(GL_TEXTURE_1D);
	/* 9 pixels a texel */
	for (f = 0; f < 2; f++) {
		GLenum fl = f ? GL_LINEAR : GL_NEAREST;

		filters(GL_TEXTURE_1D, fl, fl);
		quad_str(8, f ? 6 : 24, 144, 14, -0.5f, 1.5f, 0, 0, 0, 0);
	}
	glDeleteTextures(2, t);
}

static int n_check;

static void check(int ok)
{
	scene_result(n_check++, ok);
}

static int geti(GLenum e)
{
	GLint v = -12345;

	glGetIntegerv(e, &v);
	return v;
}

static void clear_errors(void)
{
	int i;

	for (i = 0; i < 16 && glGetError() != GL_NO_ERROR; i++)
		;
}

static int tex_level(GLenum target, GLenum e)
{
	GLint v = -12345;

	glGetTexLevelParameteriv(target, 0, e, &v);
	return v;
}

static int tex_param(GLenum target, GLenum e)
{
	GLint v = -12345;

	glGetTexParameteriv(target, e, &v);
	return v;
}

SCENE(t13_queries, "GL 1.2/1.3 texture queries and errors: 3D and cube map limits, bindings, enables, level and wrap parameters, proxies, bad sizes and targets")
{
	static GLubyte zero[16 * 16 * 4];
	GLuint t[3];
	int max3d, big;

	n_check = 0;
	glClearColor(0, 0, 0, 1);
	glClear(GL_COLOR_BUFFER_BIT);
	clear_errors();
	glGenTextures(3, t);

	/* 0-1: limits */
	max3d = geti(GL_MAX_3D_TEXTURE_SIZE);
	check(max3d >= 16);
	check(geti(GL_MAX_CUBE_MAP_TEXTURE_SIZE) >= 16);
	/* 2-3: bindings, each target its own */
	glBindTexture(GL_TEXTURE_3D, t[0]);
	check(geti(GL_TEXTURE_BINDING_3D) == (GLint)t[0]);
	glBindTexture(GL_TEXTURE_CUBE_MAP, t[1]);
	check(geti(GL_TEXTURE_BINDING_CUBE_MAP) == (GLint)t[1] &&
	      geti(GL_TEXTURE_BINDING_3D) == (GLint)t[0] &&
	      geti(GL_TEXTURE_BINDING_2D) == 0);
	/* 4-7: enables */
	glEnable(GL_TEXTURE_3D);
	check(glIsEnabled(GL_TEXTURE_3D) == GL_TRUE);
	glDisable(GL_TEXTURE_3D);
	check(glIsEnabled(GL_TEXTURE_3D) == GL_FALSE);
	glEnable(GL_TEXTURE_CUBE_MAP);
	check(glIsEnabled(GL_TEXTURE_CUBE_MAP) == GL_TRUE &&
	      glIsEnabled(GL_TEXTURE_2D) == GL_FALSE);
	glDisable(GL_TEXTURE_CUBE_MAP);
	check(glIsEnabled(GL_TEXTURE_CUBE_MAP) == GL_FALSE);
	/* 8: wrap r defaults to GL_REPEAT, on a 3D texture and a cube map */
	check(tex_param(GL_TEXTURE_3D, GL_TEXTURE_WRAP_R) == GL_REPEAT &&
	      tex_param(GL_TEXTURE_CUBE_MAP, GL_TEXTURE_WRAP_R) == GL_REPEAT);
	/* 9: and reads back what was set */
	glTexParameteri(GL_TEXTURE_3D, GL_TEXTURE_WRAP_R, GL_CLAMP_TO_BORDER);
	check(tex_param(GL_TEXTURE_3D, GL_TEXTURE_WRAP_R) ==
	      GL_CLAMP_TO_BORDER && glGetError() == GL_NO_ERROR);
	/* 10-11: level parameters of a 3D image and of a cube map face */
	glTexImage3D(GL_TEXTURE_3D, 0, GL_RGBA, 8, 4, 2, 0, GL_RGBA,
		     GL_UNSIGNED_BYTE, zero);
	check(tex_level(GL_TEXTURE_3D, GL_TEXTURE_DEPTH) == 2 &&
	      tex_level(GL_TEXTURE_3D, GL_TEXTURE_WIDTH) == 8 &&
	      tex_level(GL_TEXTURE_3D, GL_TEXTURE_HEIGHT) == 4 &&
	      glGetError() == GL_NO_ERROR);
	glTexImage2D(GL_TEXTURE_CUBE_MAP_NEGATIVE_Y, 0, GL_RGBA, 8, 8, 0,
		     GL_RGBA, GL_UNSIGNED_BYTE, zero);
	check(tex_level(GL_TEXTURE_CUBE_MAP_NEGATIVE_Y,
			GL_TEXTURE_WIDTH) == 8 &&
	      tex_level(GL_TEXTURE_CUBE_MAP_POSITIVE_Y,
			GL_TEXTURE_WIDTH) == 0 &&
	      glGetError() == GL_NO_ERROR);

	/* 12: a negative depth */
	clear_errors();
	glTexImage3D(GL_TEXTURE_3D, 0, GL_RGBA, 4, 4, -1, 0, GL_RGBA,
		     GL_UNSIGNED_BYTE, zero);
	check(glGetError() == GL_INVALID_VALUE);
	/* 13: a cube map face that is not square */
	clear_errors();
	glTexImage2D(GL_TEXTURE_CUBE_MAP_POSITIVE_X, 0, GL_RGBA, 8, 4, 0,
		     GL_RGBA, GL_UNSIGNED_BYTE, zero);
	check(glGetError() == GL_INVALID_VALUE);
	/* 14: GL_TEXTURE_CUBE_MAP itself is no target for glTexImage2D */
	clear_errors();
	glTexImage2D(GL_TEXTURE_CUBE_MAP, 0, GL_RGBA, 8, 8, 0, GL_RGBA,
		     GL_UNSIGNED_BYTE, zero);
	check(glGetError() == GL_INVALID_ENUM);
	/* 15: a 2D texture bound to GL_TEXTURE_3D; the binding stays */
	clear_errors();
	glBindTexture(GL_TEXTURE_2D, t[2]);
	glBindTexture(GL_TEXTURE_3D, t[2]);
	check(glGetError() == GL_INVALID_OPERATION &&
	      geti(GL_TEXTURE_BINDING_3D) == (GLint)t[0]);
	/* 16: a sub-image beyond the depth of the image */
	clear_errors();
	glTexSubImage3D(GL_TEXTURE_3D, 0, 0, 0, 1, 2, 2, 2, GL_RGBA,
			GL_UNSIGNED_BYTE, zero);
	check(glGetError() == GL_INVALID_VALUE);

	/* 17-18: proxies, one too large and one that fits */
	clear_errors();
	big = max3d >= 16 ? max3d * 2 : 1 << 15;
	glTexImage3D(GL_PROXY_TEXTURE_3D, 0, GL_RGBA, big, big, big, 0,
		     GL_RGBA, GL_UNSIGNED_BYTE, NULL);
	check(tex_level(GL_PROXY_TEXTURE_3D, GL_TEXTURE_WIDTH) == 0 &&
	      glGetError() == GL_NO_ERROR);
	glTexImage3D(GL_PROXY_TEXTURE_3D, 0, GL_RGBA, 16, 16, 16, 0,
		     GL_RGBA, GL_UNSIGNED_BYTE, NULL);
	check(tex_level(GL_PROXY_TEXTURE_3D, GL_TEXTURE_WIDTH) == 16 &&
	      tex_level(GL_PROXY_TEXTURE_3D, GL_TEXTURE_DEPTH) == 16 &&
	      glGetError() == GL_NO_ERROR);

	/* 19: deleting bound textures rebinds 0 */
	glDeleteTextures(3, t);
	check(geti(GL_TEXTURE_BINDING_3D) == 0 &&
	      geti(GL_TEXTURE_BINDING_CUBE_MAP) == 0 &&
	      glGetError() == GL_NO_ERROR);
}

/* Six 32 x 32 faces with all six levels; texels are the mean of the face
 * colour and the level colour, in a checker of 4-texel cells at full
 * and seven-eighths brightness. */
static void mip_cube(void)
{
	static GLubyte p[32 * 32 * 4];
	int f, l, i, k;

	for (f = 0; f < 6; f++)
		for (l = 0; l <= 5; l++) {
			int s = 32 >> l;

			for (i = 0; i < s * s; i++) {
				int x = i % s, y = i / s;
				int dark = ((x >> 2) + (y >> 2)) & 1;

				for (k = 0; k < 3; k++) {
					int c = (face_colour[f][k] +
						 level_colour[l][k]) / 2;

					p[i * 4 + k] = (GLubyte)(dark ?
						c * 7 / 8 : c);
				}
				p[i * 4 + 3] = 255;
			}
			glTexImage2D(GL_TEXTURE_CUBE_MAP_POSITIVE_X + f, l,
				     GL_RGBA, s, s, 0, GL_RGBA,
				     GL_UNSIGNED_BYTE, p);
		}
}

/* Unit 0 textures for the precedence quads, bound all at once. */
static void precedence_textures(GLuint *t)
{
	static const unsigned char white[4] = { 250, 250, 250, 255 };
	static const unsigned char red[4] = { 200, 40, 40, 255 };
	static GLubyte vol[4][4][4][4], face[2][2][4], line[8][4];
	int x, y, z, f;

	glBindTexture(GL_TEXTURE_1D, t[0]);
	for (x = 0; x < 8; x++) {
		line[x][0] = 250;
		line[x][1] = (GLubyte)(120 + x * 16);
		line[x][2] = 20;
		line[x][3] = 255;
	}
	glTexImage1D(GL_TEXTURE_1D, 0, GL_RGBA, 8, 0, GL_RGBA,
		     GL_UNSIGNED_BYTE, line);
	filters(GL_TEXTURE_1D, GL_NEAREST, GL_NEAREST);

	glBindTexture(GL_TEXTURE_2D, t[1]);
	scene_checker_texture(8, 8, 1, white, red);
	filters(GL_TEXTURE_2D, GL_NEAREST, GL_NEAREST);

	/* green slices, a checker of single texels; r = 0.875 shows
	 * slice 3 */
	glBindTexture(GL_TEXTURE_3D, t[2]);
	for (z = 0; z < 4; z++)
		for (y = 0; y < 4; y++)
			for (x = 0; x < 4; x++) {
				int dark = (x + y) & 1;

				vol[z][y][x][0] = (GLubyte)(dark ? 20 : 60);
				vol[z][y][x][1] = (GLubyte)(dark ? 120 : 200);
				vol[z][y][x][2] = (GLubyte)(z * 60);
				vol[z][y][x][3] = 255;
			}
	glTexImage3D(GL_TEXTURE_3D, 0, GL_RGBA, 4, 4, 4, 0, GL_RGBA,
		     GL_UNSIGNED_BYTE, vol);
	filters(GL_TEXTURE_3D, GL_NEAREST, GL_NEAREST);

	/* plain faces; +Z is violet */
	glBindTexture(GL_TEXTURE_CUBE_MAP, t[3]);
	for (f = 0; f < 6; f++) {
		for (x = 0; x < 4; x++) {
			face[x >> 1][x & 1][0] = (GLubyte)(f == 4 ? 160 : 90);
			face[x >> 1][x & 1][1] = (GLubyte)(f == 4 ? 60 : 90);
			face[x >> 1][x & 1][2] = (GLubyte)(f == 4 ? 230 : 90);
			face[x >> 1][x & 1][3] = 255;
		}
		glTexImage2D(GL_TEXTURE_CUBE_MAP_POSITIVE_X + f, 0, GL_RGBA,
			     2, 2, 0, GL_RGBA, GL_UNSIGNED_BYTE, face);
	}
	filters(GL_TEXTURE_CUBE_MAP, GL_NEAREST, GL_NEAREST);
}

SCENE(t13_cube_mipmap_priority, "mipmapped cube map with GL_LINEAR_MIPMAP_LINEAR minified (faces at 3 sizes, a floor), and target precedence cube map > 3D > 2D > 1D on one unit")
{
	static const GLfloat floor_tc[4][3] = {
		{ -1, -1, 1 }, { 1, -1, 1 }, { 1, -1, -1 }, { -1, -1, -1 },
	};
	/* which targets each precedence quad enables: 1D, 2D, 3D, cube */
	static const int enables[6][4] = {
		{ 0, 1, 0, 0 }, { 0, 1, 0, 1 },
		{ 0, 1, 1, 0 }, { 0, 0, 1, 1 },
		{ 1, 0, 1, 0 }, { 1, 1, 1, 1 },
	};
	static const GLenum targets[4] = {
		GL_TEXTURE_1D, GL_TEXTURE_2D, GL_TEXTURE_3D,
		GL_TEXTURE_CUBE_MAP,
	};
	GLuint t[5];
	int f, i, k;

	glClearColor(0.15f, 0.15f, 0.15f, 1);
	glClear(GL_COLOR_BUFFER_BIT);
	ortho();
	glGenTextures(5, t);
	glBindTexture(GL_TEXTURE_CUBE_MAP, t[4]);
	mip_cube();
	filters(GL_TEXTURE_CUBE_MAP, GL_LINEAR_MIPMAP_LINEAR, GL_LINEAR);
	wraps(GL_TEXTURE_CUBE_MAP, GL_CLAMP_TO_EDGE, GL_CLAMP_TO_EDGE,
	      GL_CLAMP_TO_EDGE);
	glEnable(GL_TEXTURE_CUBE_MAP);
	/* whole faces minified by 1.33, 2.67 and 5.33 */
	for (f = 0; f < 6; f++) {
		face_quad(f, 2 + (f % 3) * 26, f < 3 ? 92 : 66, 24, 0);
		face_quad(f, 2 + f * 13, 50, 12, 0);
		face_quad(f, 2 + f * 13, 40, 6, 0);
	}
	/* the -Y face on a floor receding towards the horizon */
	glViewport(0, 0, 80, 36);
	glMatrixMode(GL_PROJECTION);
	glLoadIdentity();
	glFrustum(-0.5, 0.5, -0.225, 0.225, 1, 30);
	glMatrixMode(GL_MODELVIEW);
	glLoadIdentity();
	glRotatef(10, 1, 0, 0);
	glBegin(GL_QUADS);
	glTexCoord3fv(floor_tc[0]); glVertex3f(-1.2f, -1, -1.5f);
	glTexCoord3fv(floor_tc[1]); glVertex3f(1.2f, -1, -1.5f);
	glTexCoord3fv(floor_tc[2]); glVertex3f(1.2f, -1, -12);
	glTexCoord3fv(floor_tc[3]); glVertex3f(-1.2f, -1, -12);
	glEnd();
	glDisable(GL_TEXTURE_CUBE_MAP);

	/* the right half: the same coordinates under different enables */
	glViewport(0, 0, SCENE_W, SCENE_H);
	ortho();
	precedence_textures(t);
	for (i = 0; i < 6; i++) {
		for (k = 0; k < 4; k++)
			if (enables[i][k])
				glEnable(targets[k]);
			else
				glDisable(targets[k]);
		quad_str(84 + (i & 1) * 40, 80 - (i >> 1) * 38, 32, 32,
			 -0.5f, 0.5f, -0.5f, 0.5f, 0.875f, 0.875f);
	}
	glDeleteTextures(5, t);
}
