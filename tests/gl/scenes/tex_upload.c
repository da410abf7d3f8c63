/* Getting images into textures: glTexSubImage2D, the unpack pixel store
 * (ALIGNMENT, ROW_LENGTH, SKIP_PIXELS, SKIP_ROWS, SWAP_BYTES),
 * glCopyTexImage2D / glCopyTexSubImage2D from the colour buffer,
 * non-power-of-two sizes, 1D textures and texture objects. */
#include <stdlib.h>
#include <string.h>
#include "../scene.h"

static void pixel_ortho(void)
{
	glMatrixMode(GL_PROJECTION);
	glLoadIdentity();
	glOrtho(0, SCENE_W, 0, SCENE_H, -1, 1);
	glMatrixMode(GL_MODELVIEW);
	glLoadIdentity();
}

static void nearest(GLenum target)
{
	glTexParameteri(target, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
	glTexParameteri(target, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
}

/* Textured rectangle with texcoords (s0,t0)-(s1,t1). */
static void quad(int x, int y, int w, int h, float s0, float t0, float s1, float t1)
{
	glBegin(GL_QUADS);
	glTexCoord2f(s0, t0); glVertex2i(x, y);
	glTexCoord2f(s1, t0); glVertex2i(x + w, y);
	glTexCoord2f(s1, t1); glVertex2i(x + w, y + h);
	glTexCoord2f(s0, t1); glVertex2i(x, y + h);
	glEnd();
}

static void fill(GLubyte *p, int n, int comps, int r, int g, int b, int a)
{
	int i;

	for (i = 0; i < n; i++) {
		p[i * comps] = (GLubyte)r;
		if (comps > 1) p[i * comps + 1] = (GLubyte)g;
		if (comps > 2) p[i * comps + 2] = (GLubyte)b;
		if (comps > 3) p[i * comps + 3] = (GLubyte)a;
	}
}

SCENE(tu_sub_image, "glTexSubImage2D patches in RGBA, RGB, BGRA and LUMINANCE into an RGBA texture; glTexSubImage1D")
{
	static const unsigned char a[4] = { 230, 230, 230, 255 }, b[4] = { 90, 90, 120, 255 };
	GLubyte rgba[8 * 8 * 4], rgb[6 * 10 * 3], lum[12 * 4], line[8 * 3];
	GLuint t[2];
	int i;

	pixel_ortho();
	glClear(GL_COLOR_BUFFER_BIT);
	glGenTextures(2, t);
	glBindTexture(GL_TEXTURE_2D, t[0]);
	nearest(GL_TEXTURE_2D);
	scene_checker_texture(32, 32, 4, a, b);
	glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
	for (i = 0; i < 64; i++) {
		rgba[i * 4] = 250; rgba[i * 4 + 1] = (GLubyte)(i * 4);
		rgba[i * 4 + 2] = 20; rgba[i * 4 + 3] = 255;
	}
	glTexSubImage2D(GL_TEXTURE_2D, 0, 2, 3, 8, 8, GL_RGBA, GL_UNSIGNED_BYTE, rgba);
	fill(rgb, 60, 3, 30, 200, 60, 0);
	glTexSubImage2D(GL_TEXTURE_2D, 0, 20, 1, 6, 10, GL_RGB, GL_UNSIGNED_BYTE, rgb);
	/* BGRA: bytes blue, green, red, alpha */
	fill(rgba, 64, 4, 250, 40, 40, 255);
	glTexSubImage2D(GL_TEXTURE_2D, 0, 12, 18, 8, 8, GL_BGRA, GL_UNSIGNED_BYTE, rgba);
	for (i = 0; i < 48; i++)
		lum[i] = (GLubyte)(i * 5);
	glTexSubImage2D(GL_TEXTURE_2D, 0, 18, 26, 12, 4, GL_LUMINANCE, GL_UNSIGNED_BYTE, lum);
	/* the very corner texel */
	fill(rgba, 1, 4, 255, 0, 255, 255);
	glTexSubImage2D(GL_TEXTURE_2D, 0, 31, 31, 1, 1, GL_RGBA, GL_UNSIGNED_BYTE, rgba);
	glEnable(GL_TEXTURE_2D);
	quad(4, 4, 96, 96, 0, 0, 1, 1);
	glDisable(GL_TEXTURE_2D);
	/* a 1D texture with a patch, drawn as a bar */
	glBindTexture(GL_TEXTURE_1D, t[1]);
	nearest(GL_TEXTURE_1D);
	{
		GLubyte base[16 * 3];

		for (i = 0; i < 16; i++) {
			base[i * 3] = (GLubyte)(i * 16); base[i * 3 + 1] = 60; base[i * 3 + 2] = 200;
		}
		glTexImage1D(GL_TEXTURE_1D, 0, GL_RGB, 16, 0, GL_RGB, GL_UNSIGNED_BYTE, base);
	}
	fill(line, 8, 3, 255, 255, 0, 0);
	glTexSubImage1D(GL_TEXTURE_1D, 0, 5, 4, GL_RGB, GL_UNSIGNED_BYTE, line);
	glEnable(GL_TEXTURE_1D);
	glBegin(GL_QUADS);
	glTexCoord1f(0); glVertex2i(108, 4);
	glTexCoord1f(0); glVertex2i(156, 4);
	glTexCoord1f(1); glVertex2i(156, 116);
	glTexCoord1f(1); glVertex2i(108, 116);
	glEnd();
	glDisable(GL_TEXTURE_1D);
	glDeleteTextures(2, t);
}

SCENE(tu_unpack_store, "GL_UNPACK_ALIGNMENT 1/2/4/8 with odd-width RGB rows, UNPACK_ROW_LENGTH, SKIP_PIXELS, SKIP_ROWS, SWAP_BYTES")
{
	enum { BW = 20, BH = 20 };
	GLubyte *big = malloc(BW * BH * 4);
	GLubyte *rows = malloc(8 * 40);
	GLushort sw[8 * 8];
	GLuint t;
	int x, y, i, align;

	pixel_ortho();
	glClear(GL_COLOR_BUFFER_BIT);
	glGenTextures(1, &t);
	glBindTexture(GL_TEXTURE_2D, t);
	nearest(GL_TEXTURE_2D);
	glEnable(GL_TEXTURE_2D);
	/* 5 x 8 RGB (15 bytes a row) padded to each alignment */
	for (i = 0, align = 1; align <= 8; align *= 2, i++) {
		int stride = (15 + align - 1) / align * align;

		memset(rows, 0, 8 * 40);
		for (y = 0; y < 8; y++)
			for (x = 0; x < 5; x++) {
				GLubyte *p = rows + y * stride + x * 3;

				p[0] = (GLubyte)(x * 60);
				p[1] = (GLubyte)(y * 36);
				p[2] = (GLubyte)(((x + y) & 1) * 200 + 55);
			}
		glPixelStorei(GL_UNPACK_ALIGNMENT, align);
		glTexImage2D(GL_TEXTURE_2D, 0, GL_RGB, 5, 8, 0, GL_RGB, GL_UNSIGNED_BYTE, rows);
		quad(4 + i * 38, 4, 30, 48, 0, 0, 1, 1);
	}
	/* a 6 x 5 window out of a 20 x 20 RGBA image */
	for (y = 0; y < BH; y++)
		for (x = 0; x < BW; x++) {
			GLubyte *p = big + (y * BW + x) * 4;

			p[0] = (GLubyte)(x * 12); p[1] = (GLubyte)(y * 12);
			p[2] = (x >= 7 && x < 13 && y >= 4 && y < 9) ? 255 : 0; p[3] = 255;
		}
	glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
	glPixelStorei(GL_UNPACK_ROW_LENGTH, BW);
	glPixelStorei(GL_UNPACK_SKIP_PIXELS, 7);
	glPixelStorei(GL_UNPACK_SKIP_ROWS, 4);
	glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, 6, 5, 0, GL_RGBA, GL_UNSIGNED_BYTE, big);
	quad(4, 60, 72, 55, 0, 0, 1, 1);
	glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
	glPixelStorei(GL_UNPACK_SKIP_PIXELS, 0);
	glPixelStorei(GL_UNPACK_SKIP_ROWS, 0);
	/* byte-swapped 16-bit luminance */
	for (i = 0; i < 64; i++) {
		GLushort v = (GLushort)((i % 8) * 9000 + (i / 8) * 1000);

		sw[i] = (GLushort)((v >> 8) | (v << 8));
	}
	glPixelStorei(GL_UNPACK_SWAP_BYTES, GL_TRUE);
	glTexImage2D(GL_TEXTURE_2D, 0, GL_LUMINANCE, 8, 8, 0, GL_LUMINANCE, GL_UNSIGNED_SHORT, sw);
	glPixelStorei(GL_UNPACK_SWAP_BYTES, GL_FALSE);
	quad(84, 60, 72, 56, 0, 0, 1, 1);
	glDeleteTextures(1, &t);
	free(big);
	free(rows);
}

SCENE(tu_copy_tex_image, "glCopyTexImage2D from a drawn region (RGB and LUMINANCE internal formats), then drawn textured")
{
	GLuint t[2];

	pixel_ortho();
	glClearColor(0, 0, 0.2f, 1);
	glClear(GL_COLOR_BUFFER_BIT);
	/* draw a 32 x 32 motif at the bottom left */
	glBegin(GL_TRIANGLES);
	glColor3f(1, 0, 0); glVertex2f(0.3f, 0.3f);
	glColor3f(0, 1, 0); glVertex2f(31.7f, 0.3f);
	glColor3f(0, 0, 1); glVertex2f(16.2f, 31.8f);
	glEnd();
	glColor3f(1, 1, 0);
	glRectf(2, 20, 10, 30);
	glGenTextures(2, t);
	glBindTexture(GL_TEXTURE_2D, t[0]);
	nearest(GL_TEXTURE_2D);
	glCopyTexImage2D(GL_TEXTURE_2D, 0, GL_RGB, 0, 0, 32, 32, 0);
	glBindTexture(GL_TEXTURE_2D, t[1]);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
	glCopyTexImage2D(GL_TEXTURE_2D, 0, GL_LUMINANCE, 0, 0, 32, 32, 0);
	/* wipe the source, then draw both copies */
	glClear(GL_COLOR_BUFFER_BIT);
	glEnable(GL_TEXTURE_2D);
	glColor3f(1, 1, 1);
	glBindTexture(GL_TEXTURE_2D, t[0]);
	quad(4, 4, 96, 96, 0, 0, 1, 1);
	glBindTexture(GL_TEXTURE_2D, t[1]);
	quad(108, 4, 48, 48, 0, 0, 1, 1);
	glBindTexture(GL_TEXTURE_2D, t[0]);
	quad(108, 60, 48, 56, 0, 0, 1.5f, 1.75f);	/* one texel a pixel */
	glDeleteTextures(2, t);
}

SCENE(tu_copy_tex_sub_image, "glCopyTexSubImage2D into parts of an existing texture, including from an offset framebuffer region")
{
	static const unsigned char a[4] = { 200, 200, 200, 255 }, b[4] = { 60, 60, 60, 255 };
	GLuint t;

	pixel_ortho();
	glClear(GL_COLOR_BUFFER_BIT);
	glGenTextures(1, &t);
	glBindTexture(GL_TEXTURE_2D, t);
	nearest(GL_TEXTURE_2D);
	scene_checker_texture(32, 32, 4, a, b);
	/* two motifs drawn in the framebuffer */
	glBegin(GL_TRIANGLES);
	glColor3f(1, 0.5f, 0); glVertex2f(40.2f, 40.3f);
	glColor3f(1, 0, 0.5f); glVertex2f(55.8f, 40.3f);
	glColor3f(1, 1, 1); glVertex2f(40.2f, 55.7f);
	glEnd();
	glColor3f(0, 0.8f, 1);
	glRectf(70, 70, 86, 78);
	glColor3f(0, 0.3f, 1);
	glRectf(70, 78, 86, 86);
	glCopyTexSubImage2D(GL_TEXTURE_2D, 0, 2, 4, 40, 40, 16, 16);
	glCopyTexSubImage2D(GL_TEXTURE_2D, 0, 16, 14, 70, 70, 16, 16);
	/* and a strip across the top rows, straddling both motifs */
	glCopyTexSubImage2D(GL_TEXTURE_2D, 0, 0, 28, 40, 52, 32, 4);
	glClear(GL_COLOR_BUFFER_BIT);
	glEnable(GL_TEXTURE_2D);
	glColor3f(1, 1, 1);
	quad(4, 4, 96, 96, 0, 0, 1, 1);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
	quad(108, 20, 48, 80, 0, 0, 1, 1);
	glDeleteTextures(1, &t);
}

SCENE(tu_npot, "non-power-of-two 24 x 40 and 7 x 5 textures: NEAREST exact, LINEAR, GL_REPEAT")
{
	GLubyte img[24 * 40 * 4], small[7 * 5 * 3];
	GLuint t[2];
	int x, y;

	for (y = 0; y < 40; y++)
		for (x = 0; x < 24; x++) {
			GLubyte *p = img + (y * 24 + x) * 4;

			p[0] = (GLubyte)(x * 10);
			p[1] = (GLubyte)(y * 6);
			p[2] = (GLubyte)((x % 6 == 0 || y % 8 == 0) ? 255 : 60);
			p[3] = 255;
		}
	for (y = 0; y < 5; y++)
		for (x = 0; x < 7; x++) {
			GLubyte *p = small + (y * 7 + x) * 3;

			p[0] = (GLubyte)((x + y) & 1 ? 250 : 30);
			p[1] = (GLubyte)(x * 40);
			p[2] = (GLubyte)(y * 60);
		}
	pixel_ortho();
	glClear(GL_COLOR_BUFFER_BIT);
	glGenTextures(2, t);
	glBindTexture(GL_TEXTURE_2D, t[0]);
	nearest(GL_TEXTURE_2D);
	glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, 24, 40, 0, GL_RGBA, GL_UNSIGNED_BYTE, img);
	glEnable(GL_TEXTURE_2D);
	quad(4, 4, 48, 80, 0, 0, 1, 1);		/* 2 x 2 pixels per texel */
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
	quad(56, 4, 48, 80, 0.25f, 0, 1.25f, 1);	/* wraps in s */
	glBindTexture(GL_TEXTURE_2D, t[1]);
	nearest(GL_TEXTURE_2D);
	glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
	glTexImage2D(GL_TEXTURE_2D, 0, GL_RGB, 7, 5, 0, GL_RGB, GL_UNSIGNED_BYTE, small);
	quad(108, 4, 42, 30, 0, 0, 1, 1);	/* 6 x 6 pixels per texel */
	quad(108, 40, 42, 60, 0, 0, 2, 4);	/* 3 x 3, repeated */
	glDeleteTextures(2, t);
}

SCENE(tu_texture_1d, "GL_TEXTURE_1D: NEAREST and LINEAR, repeat and clamp-to-edge, texture 1D and 2D both enabled (2D wins)")
{
	static const unsigned char a[4] = { 255, 255, 255, 255 }, b[4] = { 0, 0, 0, 255 };
	GLubyte ramp[16 * 4];
	GLuint t[2];
	int i;

	for (i = 0; i < 16; i++) {
		ramp[i * 4] = (GLubyte)(i < 8 ? 255 : 40);
		ramp[i * 4 + 1] = (GLubyte)(i * 17);
		ramp[i * 4 + 2] = (GLubyte)(255 - i * 17);
		ramp[i * 4 + 3] = 255;
	}
	pixel_ortho();
	glClear(GL_COLOR_BUFFER_BIT);
	glGenTextures(2, t);
	glBindTexture(GL_TEXTURE_1D, t[0]);
	nearest(GL_TEXTURE_1D);
	glTexImage1D(GL_TEXTURE_1D, 0, GL_RGBA, 16, 0, GL_RGBA, GL_UNSIGNED_BYTE, ramp);
	glEnable(GL_TEXTURE_1D);
	glColor3f(1, 1, 1);
	glBegin(GL_QUADS);	/* horizontal: 16 texels over 96 pixels */
	glTexCoord1f(0); glVertex2i(4, 4);
	glTexCoord1f(1); glVertex2i(100, 4);
	glTexCoord1f(1); glVertex2i(100, 24);
	glTexCoord1f(0); glVertex2i(4, 24);
	glEnd();
	glTexParameteri(GL_TEXTURE_1D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
	glBegin(GL_QUADS);	/* linear and repeated twice */
	glTexCoord1f(0); glVertex2i(4, 28);
	glTexCoord1f(2); glVertex2i(100, 28);
	glTexCoord1f(2); glVertex2i(100, 48);
	glTexCoord1f(0); glVertex2i(4, 48);
	glEnd();
	glTexParameteri(GL_TEXTURE_1D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
	glBegin(GL_QUADS);	/* clamped beyond both ends */
	glTexCoord1f(-0.5f); glVertex2i(4, 52);
	glTexCoord1f(1.5f); glVertex2i(100, 52);
	glTexCoord1f(1.5f); glVertex2i(100, 72);
	glTexCoord1f(-0.5f); glVertex2i(4, 72);
	glEnd();
	/* 2D enabled as well: the 2D texture is used */
	glBindTexture(GL_TEXTURE_2D, t[1]);
	nearest(GL_TEXTURE_2D);
	scene_checker_texture(8, 8, 2, a, b);
	glEnable(GL_TEXTURE_2D);
	quad(4, 78, 96, 32, 0, 0, 1, 1);
	glDisable(GL_TEXTURE_2D);
	/* a vertical 1D bar, modulated by a smooth colour */
	glTexParameteri(GL_TEXTURE_1D, GL_TEXTURE_WRAP_S, GL_REPEAT);
	glBegin(GL_QUADS);
	glColor3f(1, 1, 1); glTexCoord1f(0); glVertex2i(108, 4);
	glColor3f(1, 1, 1); glTexCoord1f(0); glVertex2i(156, 4);
	glColor3f(0.4f, 0.4f, 1); glTexCoord1f(1); glVertex2i(156, 116);
	glColor3f(0.4f, 0.4f, 1); glTexCoord1f(1); glVertex2i(108, 116);
	glEnd();
	glDeleteTextures(2, t);
}

SCENE(tu_objects, "glGenTextures/glBindTexture with several objects, per-object parameters, glDeleteTextures and name reuse, texture 0")
{
	static const unsigned char c[4][4] = {
		{ 230, 60, 60, 255 }, { 60, 200, 60, 255 }, { 60, 80, 230, 255 }, { 230, 210, 60, 255 },
	};
	static const unsigned char w[4] = { 250, 250, 250, 255 };
	GLuint t[4], again;
	int i;

	pixel_ortho();
	glClear(GL_COLOR_BUFFER_BIT);
	glGenTextures(4, t);
	for (i = 0; i < 4; i++) {
		glBindTexture(GL_TEXTURE_2D, t[i]);
		/* each object keeps its own filter */
		glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, i & 1 ? GL_LINEAR : GL_NEAREST);
		glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, i & 1 ? GL_LINEAR : GL_NEAREST);
		scene_checker_texture(8, 8, 2 + i, c[i], w);
	}
	/* the default texture (name 0) gets its own image */
	glBindTexture(GL_TEXTURE_2D, 0);
	nearest(GL_TEXTURE_2D);
	scene_checker_texture(4, 4, 1, c[3], c[2]);
	glEnable(GL_TEXTURE_2D);
	for (i = 0; i < 4; i++) {
		glBindTexture(GL_TEXTURE_2D, t[3 - i]);
		quad(4 + i * 38, 62, 32, 48, 0, 0, 1, 1);
	}
	/* delete two; a deleted bound name reverts the binding to 0 */
	glBindTexture(GL_TEXTURE_2D, t[1]);
	glDeleteTextures(1, &t[1]);
	quad(4, 6, 32, 48, 0, 0, 1, 1);		/* texture 0 */
	glDeleteTextures(1, &t[2]);
	/* a new object (possibly reusing a name) starts empty: give it an image */
	glGenTextures(1, &again);
	glBindTexture(GL_TEXTURE_2D, again);
	nearest(GL_TEXTURE_2D);
	scene_checker_texture(8, 8, 4, c[1], c[0]);
	quad(42, 6, 32, 48, 0, 0, 1, 1);
	/* the remaining original objects are untouched */
	glBindTexture(GL_TEXTURE_2D, t[0]);
	quad(80, 6, 32, 48, 0, 0, 1, 1);
	glBindTexture(GL_TEXTURE_2D, t[3]);
	quad(118, 6, 32, 48, 0, 0, 1, 1);
	glDeleteTextures(1, &again);
	glDeleteTextures(1, &t[0]);
	glDeleteTextures(1, &t[3]);
}
