/* Pixel rectangles: glDrawPixels in several formats and types,
 * glPixelZoom, glPixelTransfer scale and bias, glRasterPos in
 * its 2/3/4 forms under transforms (a clipped raster position draws
 * nothing), glBitmap glyphs advancing the raster position, glReadPixels
 * with format/type variants drawn back, glCopyPixels, pack/unpack store
 * and depth/stencil pixels.  Zoom factors are whole numbers (fractional
 * ones leave pixel selection to rounding) and raster positions land on
 * whole pixels or quarter pixels, never on half-pixel ties. */
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

/* A w x h RGBA image: red across, green up, a blue checker, alpha up. */
static GLubyte *image(int w, int h)
{
	GLubyte *p = malloc((size_t)w * h * 4);
	int x, y;

	for (y = 0; y < h; y++)
		for (x = 0; x < w; x++) {
			GLubyte *q = p + (y * w + x) * 4;

			q[0] = (GLubyte)(x * 255 / (w - 1));
			q[1] = (GLubyte)(y * 255 / (h - 1));
			q[2] = (GLubyte)(((x / 4 + y / 4) & 1) ? 220 : 30);
			q[3] = (GLubyte)(40 + y * 215 / (h - 1));
		}
	return p;
}

SCENE(px_draw_formats, "glDrawPixels GL_RGBA, GL_RGB, GL_BGRA, GL_BGR, GL_LUMINANCE, GL_LUMINANCE_ALPHA, GL_ALPHA, GL_RED (bytes), blended where alpha matters")
{
	enum { W = 32, H = 24 };
	GLubyte *p = image(W, H), buf[W * H * 4];
	int i, k;

	pixel_ortho();
	glClearColor(0.3f, 0.3f, 0.5f, 1);
	glClear(GL_COLOR_BUFFER_BIT);
	glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
	glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
	for (i = 0; i < 8; i++) {
		GLenum f = GL_RGBA;
		int blend = 0;

		for (k = 0; k < W * H; k++) {
			GLubyte *s = p + k * 4;

			switch (i) {
			case 0: f = GL_RGBA; memcpy(buf + k * 4, s, 4); blend = 1; break;
			case 1: f = GL_RGB; memcpy(buf + k * 3, s, 3); break;
			case 2: f = GL_BGRA; buf[k * 4] = s[2]; buf[k * 4 + 1] = s[1];
				buf[k * 4 + 2] = s[0]; buf[k * 4 + 3] = s[3]; blend = 1; break;
			case 3: f = GL_BGR; buf[k * 3] = s[2]; buf[k * 3 + 1] = s[1];
				buf[k * 3 + 2] = s[0]; break;
			case 4: f = GL_LUMINANCE; buf[k] = s[0]; break;
			case 5: f = GL_LUMINANCE_ALPHA; buf[k * 2] = s[1]; buf[k * 2 + 1] = s[3];
				blend = 1; break;
			case 6: f = GL_ALPHA; buf[k] = s[0]; blend = 1; break;
			default: f = GL_RED; buf[k] = s[0]; break;
			}
		}
		if (blend)
			glEnable(GL_BLEND);
		glRasterPos2i(6 + (i % 4) * 38, i < 4 ? 70 : 10);
		glDrawPixels(W, H, f, GL_UNSIGNED_BYTE, buf);
		glDisable(GL_BLEND);
	}
	/* the same RGBA image at double size for a closer look */
	glPixelZoom(2, 1);
	glRasterPos2i(6, 96);
	glDrawPixels(W, H / 2, GL_RGBA, GL_UNSIGNED_BYTE, p);
	free(p);
}

SCENE(px_draw_types, "glDrawPixels with GL_FLOAT, GL_UNSIGNED_SHORT, GL_BYTE, GL_UNSIGNED_SHORT_5_6_5, GL_UNSIGNED_INT_8_8_8_8_REV, GL_UNSIGNED_SHORT_4_4_4_4")
{
	enum { W = 32, H = 24 };
	GLubyte *p = image(W, H);
	GLfloat fl[W * H * 4];
	GLushort us[W * H * 4];
	GLbyte sb[W * H * 3];
	GLuint u32[W * H];
	int k;

	pixel_ortho();
	glClear(GL_COLOR_BUFFER_BIT);
	for (k = 0; k < W * H * 4; k++) {
		fl[k] = p[k] / 255.0f;
		us[k] = (GLushort)(p[k] * 257);
	}
	glRasterPos2i(6, 10);
	glDrawPixels(W, H, GL_RGBA, GL_FLOAT, fl);
	glRasterPos2i(44, 10);
	glDrawPixels(W, H, GL_RGBA, GL_UNSIGNED_SHORT, us);
	for (k = 0; k < W * H; k++) {
		sb[k * 3] = (GLbyte)(p[k * 4] / 2);
		sb[k * 3 + 1] = (GLbyte)(p[k * 4 + 1] / 2);
		sb[k * 3 + 2] = (GLbyte)(p[k * 4 + 2] / 2);
	}
	glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
	glRasterPos2i(82, 10);
	glDrawPixels(W, H, GL_RGB, GL_BYTE, sb);
	for (k = 0; k < W * H; k++) {
		GLubyte *q = p + k * 4;

		us[k] = (GLushort)(((q[0] >> 3) << 11) | ((q[1] >> 2) << 5) | (q[2] >> 3));
	}
	glRasterPos2i(120, 10);
	glDrawPixels(W, H, GL_RGB, GL_UNSIGNED_SHORT_5_6_5, us);
	for (k = 0; k < W * H; k++) {
		GLubyte *q = p + k * 4;

		u32[k] = ((GLuint)q[3] << 24) | ((GLuint)q[0] << 16) | ((GLuint)q[1] << 8) | q[2];
	}
	glRasterPos2i(6, 70);
	glDrawPixels(W, H, GL_BGRA, GL_UNSIGNED_INT_8_8_8_8_REV, u32);
	for (k = 0; k < W * H; k++) {
		GLubyte *q = p + k * 4;

		us[k] = (GLushort)(((q[0] >> 4) << 12) | ((q[1] >> 4) << 8) |
				   ((q[2] >> 4) << 4) | (q[3] >> 4));
	}
	glRasterPos2i(44, 70);
	glDrawPixels(W, H, GL_RGBA, GL_UNSIGNED_SHORT_4_4_4_4, us);
	/* float luminance beyond [0, 1] is clamped */
	for (k = 0; k < W * H; k++)
		fl[k] = (k % W) / 12.0f - 0.5f;
	glRasterPos2i(82, 70);
	glDrawPixels(W, H, GL_LUMINANCE, GL_FLOAT, fl);
	free(p);
}

SCENE(px_zoom_transfer, "glPixelZoom 3 x 2, 2 x 1, -1 x 1 and 1 x -2; glPixelTransferf scale and bias of every channel, also in glCopyPixels")
{
	enum { W = 16, H = 12 };
	GLubyte *p = image(W, H);

	pixel_ortho();
	glClear(GL_COLOR_BUFFER_BIT);
	glPixelZoom(3, 2);
	glRasterPos2i(4, 4);
	glDrawPixels(W, H, GL_RGBA, GL_UNSIGNED_BYTE, p);
	glPixelZoom(2, 1);
	glRasterPos2f(56.25f, 10.25f);		/* fractions are rounded away */
	glDrawPixels(W, H, GL_RGBA, GL_UNSIGNED_BYTE, p);
	glPixelZoom(-1, 1);		/* mirrored: drawn to the left */
	glRasterPos2i(100, 4);
	glDrawPixels(W, H, GL_RGBA, GL_UNSIGNED_BYTE, p);
	glPixelZoom(1, -2);		/* flipped: drawn downwards */
	glRasterPos2i(104, 28);
	glDrawPixels(W, H, GL_RGBA, GL_UNSIGNED_BYTE, p);
	glPixelZoom(2, 2);
	/* scale and bias */
	glPixelTransferf(GL_RED_SCALE, 0.5f);
	glPixelTransferf(GL_GREEN_BIAS, 0.3f);
	glPixelTransferf(GL_BLUE_SCALE, 0);
	glPixelTransferf(GL_BLUE_BIAS, 0.8f);
	glRasterPos2i(4, 40);
	glDrawPixels(W, H, GL_RGBA, GL_UNSIGNED_BYTE, p);
	glPixelTransferf(GL_RED_SCALE, 1);
	glPixelTransferf(GL_GREEN_BIAS, 0);
	glPixelTransferf(GL_BLUE_SCALE, 1);
	glPixelTransferf(GL_BLUE_BIAS, 0);
	/* scale and bias on alpha, blended */
	glPixelTransferf(GL_ALPHA_SCALE, 0.5f);
	glPixelTransferf(GL_RED_BIAS, -0.4f);
	glEnable(GL_BLEND);
	glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
	glRasterPos2i(44, 40);
	glDrawPixels(W, H, GL_RGBA, GL_UNSIGNED_BYTE, p);
	glDisable(GL_BLEND);
	glPixelTransferf(GL_ALPHA_SCALE, 1);
	glPixelTransferf(GL_RED_BIAS, 0);
	/* transfer applies to glCopyPixels too */
	glPixelZoom(1, 1);
	glPixelTransferf(GL_GREEN_SCALE, 0.2f);
	glRasterPos2i(84, 40);
	glCopyPixels(4, 4, 48, 24, GL_COLOR);
	glPixelTransferf(GL_GREEN_SCALE, 1);
	glRasterPos2i(84, 70);
	glPixelZoom(2, 2);
	glCopyPixels(4, 40, 32, 24, GL_COLOR);
	free(p);
}

SCENE(px_raster_pos, "glRasterPos2f/3f/4f and 2i/3d under modelview and perspective; clipped raster positions draw nothing; glBitmap moves it")
{
	enum { W = 16, H = 16 };
	GLubyte *p = image(W, H);
	GLboolean valid[2];

	glClear(GL_COLOR_BUFFER_BIT);
	glMatrixMode(GL_PROJECTION);
	glFrustum(-1, 1, -0.75, 0.75, 1, 10);
	glMatrixMode(GL_MODELVIEW);
	glTranslatef(0, 0, -3);
	glRotatef(30, 0, 0, 1);
	glRasterPos3f(-1.5f, -1.2f, 0);
	glDrawPixels(W, H, GL_RGBA, GL_UNSIGNED_BYTE, p);
	glRasterPos4f(2, 1, 0, 1);
	glDrawPixels(W, H, GL_RGBA, GL_UNSIGNED_BYTE, p);
	glRasterPos4f(0.5f, 1.0f, -3, 2);	/* w = 2: half of (0.5, 1, -3) */
	glDrawPixels(W, H, GL_RGBA, GL_UNSIGNED_BYTE, p);
	glRasterPos3d(-0.5, 0.5, 1.5);		/* nearer: further out on screen */
	glDrawPixels(W, H, GL_RGBA, GL_UNSIGNED_BYTE, p);
	/* outside the view volume at the side and behind the eye */
	glRasterPos3f(40, 0, 0);
	glGetBooleanv(GL_CURRENT_RASTER_POSITION_VALID, &valid[0]);
	glDrawPixels(W, H, GL_RGBA, GL_UNSIGNED_BYTE, p);
	glRasterPos3f(0, 0, 4);
	glGetBooleanv(GL_CURRENT_RASTER_POSITION_VALID, &valid[1]);
	glDrawPixels(W, H, GL_RGBA, GL_UNSIGNED_BYTE, p);
	/* a valid position near the right edge: the image is cut off */
	pixel_ortho();
	glRasterPos2i(150, 90);
	glDrawPixels(W, H, GL_RGBA, GL_UNSIGNED_BYTE, p);
	/* a null glBitmap moves the raster position (even off-screen) */
	glRasterPos2i(4, 100);
	glBitmap(0, 0, 0, 0, -10, 0, NULL);
	glBitmap(0, 0, 0, 0, 20, 2, NULL);
	glDrawPixels(W, H, GL_RGBA, GL_UNSIGNED_BYTE, p);
	/* the validity answers as two squares: green = invalid as expected */
	glColor3f(valid[0] ? 1.0f : 0.0f, valid[0] ? 0.0f : 1.0f, 0);
	glRecti(60, 104, 72, 116);
	glColor3f(valid[1] ? 1.0f : 0.0f, valid[1] ? 0.0f : 1.0f, 0);
	glRecti(76, 104, 88, 116);
	free(p);
}

SCENE(px_bitmap, "glBitmap glyphs with origins and advances, raster colour latched at glRasterPos, GL_UNPACK_LSB_FIRST, clipped glyphs")
{
	static const GLubyte glyph_a[2 * 12] = {	/* 10 x 12, two bytes a row */
		0xc0, 0xc0, 0xc0, 0xc0, 0xff, 0xc0, 0xff, 0xc0, 0xc0, 0xc0, 0xc0, 0xc0,
		0xc0, 0xc0, 0x61, 0x80, 0x33, 0x00, 0x1e, 0x00, 0x0c, 0x00, 0x0c, 0x00,
	};
	static const GLubyte glyph_f[12] = {	/* 8 x 12 */
		0xc0, 0xc0, 0xc0, 0xc0, 0xc0, 0xfc, 0xfc, 0xc0, 0xc0, 0xc0, 0xff, 0xff,
	};
	static const GLubyte box[8] = { 0xff, 0x81, 0xbd, 0xa5, 0xa5, 0xbd, 0x81, 0xff };
	int i;

	pixel_ortho();
	glClearColor(0.1f, 0.1f, 0.2f, 1);
	glClear(GL_COLOR_BUFFER_BIT);
	glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
	glColor3f(1, 1, 0);
	glRasterPos2i(4, 100);
	for (i = 0; i < 12; i++)
		glBitmap(8, 12, 0, 0, 12, 0, glyph_f);
	/* the colour is latched by glRasterPos, not by glColor */
	glColor3f(0, 1, 1);
	glRasterPos2i(4, 80);
	for (i = 0; i < 10; i++) {
		glBitmap(10, 12, 0, 0, 14, 1, glyph_a);
		glColor3f(1, 0, 0);
	}
	/* origin offsets move the glyph against the raster position */
	glColor3f(1, 0.5f, 0.2f);
	glRasterPos2i(20, 40);
	for (i = 0; i < 8; i++)
		glBitmap(8, 8, (GLfloat)(i % 4), (GLfloat)(i / 2), 16, 0, box);
	/* LSB first: each byte mirrored */
	glPixelStorei(GL_UNPACK_LSB_FIRST, GL_TRUE);
	glColor3f(0.6f, 1, 0.4f);
	glRasterPos2i(4, 20);
	for (i = 0; i < 12; i++)
		glBitmap(8, 12, 0, 0, 12, 0, glyph_f);
	glPixelStorei(GL_UNPACK_LSB_FIRST, GL_FALSE);
	/* glyphs running off the right edge are cut off */
	glColor3f(1, 1, 1);
	glRasterPos2i(120, 4);
	for (i = 0; i < 6; i++)
		glBitmap(8, 12, 0, 0, 9, 0, glyph_f);
}
