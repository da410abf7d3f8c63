/* Texture images: formats, packed types, sub-images, copies, NPOT sizes,
 * mipmaps, filters, wrap modes and pixel-store state. */
#include <stdlib.h>
#include "../scene.h"

static void quad(float x0, float y0, float x1, float y1, float s0, float t0,
		 float s1, float t1)
{
	glBegin(GL_QUADS);
	glTexCoord2f(s0, t0); glVertex2f(x0, y0);
	glTexCoord2f(s1, t0); glVertex2f(x1, y0);
	glTexCoord2f(s1, t1); glVertex2f(x1, y1);
	glTexCoord2f(s0, t1); glVertex2f(x0, y1);
	glEnd();
}

static GLuint new_tex(GLenum filter)
{
	GLuint t;

	glGenTextures(1, &t);
	glBindTexture(GL_TEXTURE_2D, t);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, filter);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, filter);
	return t;
}

static void bg(void)
{
	glClearColor(0.3f, 0.2f, 0.4f, 1);
	glClear(GL_COLOR_BUFFER_BIT);
	glEnable(GL_TEXTURE_2D);
	glEnable(GL_BLEND);
	glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
}

SCENE(tex_formats_base, "internal formats RGBA, RGB, LUMINANCE, ALPHA, LUMINANCE_ALPHA, INTENSITY")
{
	static const GLenum f[6] = { GL_RGBA, GL_RGB, GL_LUMINANCE, GL_ALPHA,
				     GL_LUMINANCE_ALPHA, GL_INTENSITY };
	GLubyte img[4 * 4 * 4];
	int i, k;

	for (i = 0; i < 16; i++) {
		img[i * 4 + 0] = (GLubyte)(i * 16);
		img[i * 4 + 1] = (GLubyte)(255 - i * 16);
		img[i * 4 + 2] = (GLubyte)((i & 3) * 80);
		img[i * 4 + 3] = (GLubyte)(64 + (i >> 2) * 60);
	}
	bg();
	glColor4f(0.9f, 0.8f, 0.7f, 1);
	for (k = 0; k < 6; k++) {
		new_tex(GL_NEAREST);
		glTexImage2D(GL_TEXTURE_2D, 0, (GLint)f[k], 4, 4, 0, GL_RGBA,
			     GL_UNSIGNED_BYTE, img);
		quad(-0.95f + (k % 3) * 0.65f, k < 3 ? 0.05f : -0.95f,
		     -0.4f + (k % 3) * 0.65f, k < 3 ? 0.95f : -0.05f, 0, 0, 1, 1);
	}
}

SCENE(tex_formats_input, "input formats GL_BGRA, GL_LUMINANCE, GL_ALPHA, GL_LUMINANCE_ALPHA, GL_RGB float")
{
	GLubyte b[16 * 4], l[16], la[32];
	GLfloat rgb[16 * 3];
	int i;

	for (i = 0; i < 16; i++) {
		b[i * 4] = (GLubyte)(i * 16); b[i * 4 + 1] = 128;
		b[i * 4 + 2] = (GLubyte)(255 - i * 16); b[i * 4 + 3] = 255;
		l[i] = (GLubyte)(i * 17);
		la[i * 2] = (GLubyte)(255 - i * 17);
		la[i * 2 + 1] = (GLubyte)(i * 17);
		rgb[i * 3] = i / 15.0f; rgb[i * 3 + 1] = 0.5f; rgb[i * 3 + 2] = 1 - i / 15.0f;
	}
	bg();
	glColor4f(1, 1, 1, 1);
	glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
	new_tex(GL_NEAREST);
	glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, 4, 4, 0, GL_BGRA, GL_UNSIGNED_BYTE, b);
	quad(-0.95f, 0.05f, -0.05f, 0.95f, 0, 0, 1, 1);
	new_tex(GL_NEAREST);
	glTexImage2D(GL_TEXTURE_2D, 0, GL_RGB, 4, 4, 0, GL_LUMINANCE, GL_UNSIGNED_BYTE, l);
	quad(0.05f, 0.05f, 0.95f, 0.95f, 0, 0, 1, 1);
	new_tex(GL_NEAREST);
	glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, 4, 4, 0, GL_LUMINANCE_ALPHA, GL_UNSIGNED_BYTE, la);
	quad(-0.95f, -0.95f, -0.05f, -0.05f, 0, 0, 1, 1);
	new_tex(GL_NEAREST);
	glTexImage2D(GL_TEXTURE_2D, 0, GL_RGB, 4, 4, 0, GL_RGB, GL_FLOAT, rgb);
	quad(0.05f, -0.95f, 0.95f, -0.05f, 0, 0, 1, 1);
}

SCENE(tex_packed, "packed types 5_6_5, 4_4_4_4, 5_5_5_1, 8_8_8_8_REV with BGRA")
{
	GLushort p565[16], p4444[16], p5551[16];
	GLuint p8888[16];
	int i;

	for (i = 0; i < 16; i++) {
		p565[i] = (GLushort)(((i * 2) << 11) | ((63 - i * 4) << 5) | (i & 3) * 10);
		p4444[i] = (GLushort)((i << 12) | ((15 - i) << 8) | (8 << 4) | 15);
		p5551[i] = (GLushort)(((31 - i * 2) << 11) | ((i * 2) << 6) | (20 << 1) | (i & 1));
		p8888[i] = (GLuint)(0xff000000u | (unsigned)(i * 16) << 16 | 0x8000u | (unsigned)(255 - i * 16));
	}
	bg();
	glColor4f(1, 1, 1, 1);
	new_tex(GL_NEAREST);
	glTexImage2D(GL_TEXTURE_2D, 0, GL_RGB, 4, 4, 0, GL_RGB, GL_UNSIGNED_SHORT_5_6_5, p565);
	quad(-0.95f, 0.05f, -0.05f, 0.95f, 0, 0, 1, 1);
	new_tex(GL_NEAREST);
	glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, 4, 4, 0, GL_RGBA, GL_UNSIGNED_SHORT_4_4_4_4, p4444);
	quad(0.05f, 0.05f, 0.95f, 0.95f, 0, 0, 1, 1);
	new_tex(GL_NEAREST);
	glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, 4, 4, 0, GL_RGBA, GL_UNSIGNED_SHORT_5_5_5_1, p5551);
	quad(-0.95f, -0.95f, -0.05f, -0.05f, 0, 0, 1, 1);
	new_tex(GL_NEAREST);
	glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, 4, 4, 0, GL_BGRA, GL_UNSIGNED_INT_8_8_8_8_REV, p8888);
	quad(0.05f, -0.95f, 0.95f, -0.05f, 0, 0, 1, 1);
}

SCENE(tex_subimage_store, "glTexSubImage2D with UNPACK_ROW_LENGTH, SKIP_PIXELS, SKIP_ROWS, ALIGNMENT")
{
	static const unsigned char a[4] = { 255, 255, 255, 255 }, b[4] = { 0, 0, 0, 255 };
	GLubyte big[10 * 9 * 3];
	int i;

	for (i = 0; i < 10 * 9; i++) {
		big[i * 3] = (GLubyte)(i * 7);
		big[i * 3 + 1] = (GLubyte)(255 - i * 3);
		big[i * 3 + 2] = (GLubyte)((i % 10) * 25);
	}
	bg();
	glColor4f(1, 1, 1, 1);
	new_tex(GL_NEAREST);
	scene_checker_texture(16, 16, 2, a, b);
	glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
	glPixelStorei(GL_UNPACK_ROW_LENGTH, 10);
	glPixelStorei(GL_UNPACK_SKIP_PIXELS, 2);
	glPixelStorei(GL_UNPACK_SKIP_ROWS, 1);
	glTexSubImage2D(GL_TEXTURE_2D, 0, 3, 5, 7, 6, GL_RGB, GL_UNSIGNED_BYTE, big);
	quad(-0.9f, -0.9f, 0.9f, 0.9f, 0, 0, 1, 1);
}

SCENE(tex_copy, "glCopyTexImage2D and glCopyTexSubImage2D from the colour buffer")
{
	static const unsigned char a[4] = { 200, 200, 255, 255 }, b[4] = { 90, 20, 20, 255 };

	glClear(GL_COLOR_BUFFER_BIT);
	glBegin(GL_TRIANGLES);
	glColor3f(1, 0, 0); glVertex2f(-1, -1);
	glColor3f(0, 1, 0); glVertex2f(-0.2f, -1);
	glColor3f(0, 0, 1); glVertex2f(-0.6f, -0.2f);
	glEnd();
	new_tex(GL_LINEAR);
	glCopyTexImage2D(GL_TEXTURE_2D, 0, GL_RGB, 0, 0, 64, 48, 0);
	glEnable(GL_TEXTURE_2D);
	glColor3f(1, 1, 1);
	quad(-0.1f, -0.1f, 0.95f, 0.95f, 0, 0, 1, 1);
	new_tex(GL_NEAREST);
	scene_checker_texture(32, 32, 4, a, b);
	glCopyTexSubImage2D(GL_TEXTURE_2D, 0, 8, 8, 10, 5, 16, 16);
	quad(-0.95f, 0.1f, -0.2f, 0.95f, 0, 0, 1, 1);
}

SCENE(tex_npot, "non-power-of-two 24x40 texture, repeated and bilinear")
{
	GLubyte *p = malloc(24 * 40 * 4);
	int x, y;

	for (y = 0; y < 40; y++)
		for (x = 0; x < 24; x++) {
			GLubyte *q = p + (y * 24 + x) * 4;

			q[0] = (GLubyte)(x * 10);
			q[1] = (GLubyte)(y * 6);
			q[2] = (GLubyte)(((x / 3 + y / 5) & 1) * 255);
			q[3] = 255;
		}
	bg();
	glColor4f(1, 1, 1, 1);
	new_tex(GL_LINEAR);
	glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, 24, 40, 0, GL_RGBA, GL_UNSIGNED_BYTE, p);
	quad(-0.95f, -0.95f, 0.95f, 0.95f, -0.3f, -0.2f, 1.6f, 1.3f);
	free(p);
}

static int ramp;	/* neighbouring levels close in colour */

static void mip_levels(void)
{
	static const GLubyte vivid[7][3] = { { 255, 0, 0 }, { 0, 255, 0 }, { 0, 0, 255 },
		{ 255, 255, 0 }, { 0, 255, 255 }, { 255, 0, 255 }, { 255, 255, 255 } };
	static const GLubyte soft[7][3] = { { 250, 100, 20 }, { 220, 120, 50 },
		{ 190, 140, 80 }, { 160, 160, 110 }, { 130, 180, 140 },
		{ 100, 200, 170 }, { 70, 220, 200 } };
	const GLubyte (*col)[3] = ramp ? soft : vivid;
	GLubyte img[64 * 64 * 3];
	int l, s, i;

	for (l = 0, s = 64; s >= 1; l++, s /= 2) {
		for (i = 0; i < s * s; i++) {
			int cx = (i % s) * 8 / s, cy = (i / s) * 8 / s;
			int dark = s >= 8 && ((cx + cy) & 1);

			img[i * 3] = (GLubyte)(col[l][0] / (dark ? 2 : 1));
			img[i * 3 + 1] = (GLubyte)(col[l][1] / (dark ? 2 : 1));
			img[i * 3 + 2] = (GLubyte)(col[l][2] / (dark ? 2 : 1));
		}
		glTexImage2D(GL_TEXTURE_2D, l, GL_RGB, s, s, 0, GL_RGB, GL_UNSIGNED_BYTE, img);
	}
}

static void receding_plane(GLenum minf, GLenum magf, float x0, float x1)
{
	GLuint t;

	glGenTextures(1, &t);
	glBindTexture(GL_TEXTURE_2D, t);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, (GLint)minf);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, (GLint)magf);
	mip_levels();
	glBegin(GL_QUADS);
	glTexCoord2f(0, 0); glVertex3f(x0, -1, -1.2f);
	glTexCoord2f(2, 0); glVertex3f(x1, -1, -1.2f);
	glTexCoord2f(2, 16); glVertex3f(x1, -1, -30);
	glTexCoord2f(0, 16); glVertex3f(x0, -1, -30);
	glEnd();
}

static void persp(void)
{
	glClear(GL_COLOR_BUFFER_BIT);
	glMatrixMode(GL_PROJECTION);
	glFrustum(-0.6, 0.6, -0.45, 0.45, 1, 40);
	glMatrixMode(GL_MODELVIEW);
	glEnable(GL_TEXTURE_2D);
	glColor3f(1, 1, 1);
}

SCENE(tex_mip_nearest, "mipmaps: GL_NEAREST_MIPMAP_NEAREST and GL_LINEAR_MIPMAP_NEAREST")
{
	ramp = 0;	/* the same image alone as after tex_mip_linear */
	persp();
	receding_plane(GL_NEAREST_MIPMAP_NEAREST, GL_NEAREST, -1.2f, -0.05f);
	receding_plane(GL_LINEAR_MIPMAP_NEAREST, GL_LINEAR, 0.05f, 1.2f);
}

SCENE(tex_mip_linear, "mipmaps: GL_NEAREST_MIPMAP_LINEAR and GL_LINEAR_MIPMAP_LINEAR")
{
	/* the level of detail is only specified up to approximation: levels
	 * are graded so that blends between them stay comparable */
	ramp = 1;
	persp();
	receding_plane(GL_NEAREST_MIPMAP_LINEAR, GL_NEAREST, -1.2f, -0.05f);
	receding_plane(GL_LINEAR_MIPMAP_LINEAR, GL_LINEAR, 0.05f, 1.2f);
}

SCENE(tex_min_no_mip, "GL_NEAREST and GL_LINEAR minification without mipmaps")
{
	persp();
	receding_plane(GL_NEAREST, GL_NEAREST, -1.2f, -0.05f);
	receding_plane(GL_LINEAR, GL_LINEAR, 0.05f, 1.2f);
}

SCENE(tex_generate_mipmap, "GL_GENERATE_MIPMAP from level 0")
{
	static const unsigned char a[4] = { 255, 255, 255, 255 }, b[4] = { 255, 0, 0, 255 };
	GLuint t;

	persp();
	glGenTextures(1, &t);
	glBindTexture(GL_TEXTURE_2D, t);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR_MIPMAP_LINEAR);
	glTexParameteri(GL_TEXTURE_2D, GL_GENERATE_MIPMAP, GL_TRUE);
	scene_checker_texture(64, 64, 4, a, b);
	glBegin(GL_QUADS);
	glTexCoord2f(0, 0); glVertex3f(-1.2f, -1, -1.2f);
	glTexCoord2f(4, 0); glVertex3f(1.2f, -1, -1.2f);
	glTexCoord2f(4, 32); glVertex3f(1.2f, -1, -30);
	glTexCoord2f(0, 32); glVertex3f(-1.2f, -1, -30);
	glEnd();
}

SCENE(tex_wrap, "GL_REPEAT, GL_CLAMP with a border colour and GL_CLAMP_TO_EDGE, texcoords -1..2")
{
	static const unsigned char a[4] = { 255, 220, 60, 255 }, b[4] = { 30, 90, 200, 255 };
	static const GLfloat border[4] = { 0, 1, 0, 1 };
	static const GLenum w[3] = { GL_REPEAT, GL_CLAMP, GL_CLAMP_TO_EDGE };
	int i;

	bg();
	glColor4f(1, 1, 1, 1);
	for (i = 0; i < 3; i++) {
		new_tex(GL_LINEAR);
		glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, (GLint)w[i]);
		glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, (GLint)w[i]);
		glTexParameterfv(GL_TEXTURE_2D, GL_TEXTURE_BORDER_COLOR, border);
		scene_checker_texture(4, 4, 1, a, b);
		quad(-0.95f + i * 0.65f, -0.6f, -0.4f + i * 0.65f, 0.6f, -1, -1, 2, 2);
	}
}

SCENE(tex_1d, "1D texture with GL_TEXTURE_1D")
{
	GLubyte row[16 * 3];
	GLuint t;
	int i;

	for (i = 0; i < 16; i++) {
		row[i * 3] = (GLubyte)(i * 16);
		row[i * 3 + 1] = (GLubyte)((i & 1) * 255);
		row[i * 3 + 2] = (GLubyte)(255 - i * 16);
	}
	glClear(GL_COLOR_BUFFER_BIT);
	glGenTextures(1, &t);
	glBindTexture(GL_TEXTURE_1D, t);
	glTexParameteri(GL_TEXTURE_1D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
	glTexParameteri(GL_TEXTURE_1D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
	glTexImage1D(GL_TEXTURE_1D, 0, GL_RGB, 16, 0, GL_RGB, GL_UNSIGNED_BYTE, row);
	glEnable(GL_TEXTURE_1D);
	glColor3f(1, 1, 1);
	glBegin(GL_QUADS);
	glTexCoord1f(0); glVertex2f(-0.9f, -0.9f);
	glTexCoord1f(1); glVertex2f(0.9f, -0.5f);
	glTexCoord1f(1); glVertex2f(0.9f, 0.9f);
	glTexCoord1f(0); glVertex2f(-0.9f, 0.5f);
	glEnd();
}

SCENE(tex_objects, "several texture objects, rebinding, glDeleteTextures then reuse")
{
	static const unsigned char c[4][4] = { { 255, 0, 0, 255 }, { 0, 255, 0, 255 },
		{ 0, 0, 255, 255 }, { 255, 255, 0, 255 } };
	static const unsigned char k[4] = { 20, 20, 20, 255 };
	GLuint t[4];
	int i;

	glClear(GL_COLOR_BUFFER_BIT);
	glGenTextures(4, t);
	for (i = 0; i < 4; i++) {
		glBindTexture(GL_TEXTURE_2D, t[i]);
		glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
		glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
		scene_checker_texture(8, 8, i + 1, c[i], k);
	}
	glDeleteTextures(1, &t[2]);
	glEnable(GL_TEXTURE_2D);
	glColor3f(1, 1, 1);
	for (i = 0; i < 4; i++) {
		glBindTexture(GL_TEXTURE_2D, t[i]);	/* t[2] is new and empty */
		quad(-0.95f + i * 0.48f, -0.5f, -0.52f + i * 0.48f, 0.5f, 0, 0, 1, 1);
	}
}
