/* Reading and copying pixels: glReadPixels with format/type variants
 * drawn back with glDrawPixels, glCopyPixels of colour, depth and
 * stencil, the pack and unpack pixel store, depth and stencil pixel
 * rectangles.  Raster positions are whole pixels. */
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

/* Some filled shapes to read back or copy. */
static void motif(int x, int y)
{
	glBegin(GL_TRIANGLES);
	glColor3f(1, 0.2f, 0.2f); glVertex2f(x + 0.3f, y + 0.2f);
	glColor3f(0.2f, 1, 0.2f); glVertex2f(x + 39.7f, y + 0.2f);
	glColor3f(0.2f, 0.2f, 1); glVertex2f(x + 12.3f, y + 29.8f);
	glEnd();
	glColor4f(1, 1, 0, 0.5f);
	glRecti(x + 26, y + 16, x + 38, y + 28);
}

SCENE(px_read_formats, "glReadPixels GL_RGBA, GL_BGRA, GL_RGB, GL_LUMINANCE, GL_ALPHA, GL_FLOAT, GL_UNSIGNED_SHORT, GL_UNSIGNED_SHORT_5_6_5, drawn back with glDrawPixels")
{
	static GLubyte ub[40 * 30 * 4];
	static GLfloat fl[40 * 30 * 4];
	static GLushort us[40 * 30 * 4];

	pixel_ortho();
	glClearColor(0, 0, 0, 1);
	glClear(GL_COLOR_BUFFER_BIT);
	motif(0, 0);
	glPixelStorei(GL_PACK_ALIGNMENT, 1);
	glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
	glReadPixels(0, 0, 40, 30, GL_RGBA, GL_UNSIGNED_BYTE, ub);
	glRasterPos2i(40, 0);
	glDrawPixels(40, 30, GL_RGBA, GL_UNSIGNED_BYTE, ub);
	glReadPixels(0, 0, 40, 30, GL_BGRA, GL_UNSIGNED_BYTE, ub);
	glRasterPos2i(80, 0);
	glDrawPixels(40, 30, GL_RGBA, GL_UNSIGNED_BYTE, ub);	/* red and blue swapped */
	glReadPixels(0, 0, 40, 30, GL_RGB, GL_UNSIGNED_BYTE, ub);
	glRasterPos2i(120, 0);
	glDrawPixels(40, 30, GL_BGR, GL_UNSIGNED_BYTE, ub);
	glReadPixels(0, 0, 40, 30, GL_LUMINANCE, GL_UNSIGNED_BYTE, ub);
	glRasterPos2i(0, 30);
	glDrawPixels(40, 30, GL_LUMINANCE, GL_UNSIGNED_BYTE, ub);
	glReadPixels(0, 0, 40, 30, GL_ALPHA, GL_UNSIGNED_BYTE, ub);
	glRasterPos2i(40, 30);
	glDrawPixels(40, 30, GL_LUMINANCE, GL_UNSIGNED_BYTE, ub);
	glReadPixels(0, 0, 40, 30, GL_RGBA, GL_FLOAT, fl);
	glRasterPos2i(80, 30);
	glDrawPixels(40, 30, GL_RGBA, GL_FLOAT, fl);
	glReadPixels(0, 0, 40, 30, GL_RGBA, GL_UNSIGNED_SHORT, us);
	glRasterPos2i(120, 30);
	glDrawPixels(40, 30, GL_RGBA, GL_UNSIGNED_SHORT, us);
	glReadPixels(0, 0, 40, 30, GL_RGB, GL_UNSIGNED_SHORT_5_6_5, us);
	glRasterPos2i(0, 60);
	glDrawPixels(40, 30, GL_RGB, GL_UNSIGNED_SHORT_5_6_5, us);
	/* a region of the drawn-back images, read and drawn zoomed */
	glReadPixels(120, 30, 40, 30, GL_RGBA, GL_UNSIGNED_BYTE, ub);
	glRasterPos2i(40, 60);
	glPixelZoom(2, 2);
	glDrawPixels(40, 30, GL_RGBA, GL_UNSIGNED_BYTE, ub);
}

SCENE(px_copy_pixels, "glCopyPixels GL_COLOR (overlapping source and destination, zoomed), GL_DEPTH and GL_STENCIL")
{
	int i;

	pixel_ortho();
	glClearColor(0.1f, 0.1f, 0.1f, 1);
	glClearStencil(0);
	glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT | GL_STENCIL_BUFFER_BIT);
	motif(2, 2);
	glRasterPos2i(44, 2);
	glCopyPixels(2, 2, 40, 30, GL_COLOR);
	glRasterPos2i(12, 10);			/* overlapping its own source */
	glCopyPixels(2, 2, 40, 30, GL_COLOR);
	glPixelZoom(2, -1);
	glRasterPos2i(86, 34);
	glCopyPixels(44, 2, 36, 30, GL_COLOR);
	glPixelZoom(1, 1);
	/* depth: a ramp written by a tilted quad, copied beside it, then a
	 * flat quad depth-tested against both */
	glEnable(GL_DEPTH_TEST);
	glColorMask(GL_FALSE, GL_FALSE, GL_FALSE, GL_FALSE);
	glBegin(GL_TRIANGLE_STRIP);
	glVertex3f(4, 40, 0.9f); glVertex3f(60, 40, -0.9f);
	glVertex3f(4, 80, 0.9f); glVertex3f(60, 80, -0.9f);
	glEnd();
	glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
	glRasterPos2i(64, 40);
	glCopyPixels(4, 40, 56, 40, GL_DEPTH);
	glColor3f(0.9f, 0.6f, 0.1f);
	glBegin(GL_TRIANGLE_STRIP);
	glVertex3f(0, 44, 0); glVertex3f(124, 44, 0);
	glVertex3f(0, 76, 0); glVertex3f(124, 76, 0);
	glEnd();
	glDisable(GL_DEPTH_TEST);
	/* stencil: bars marked, copied upwards, then shown */
	glEnable(GL_STENCIL_TEST);
	glStencilFunc(GL_ALWAYS, 1, 0xff);
	glStencilOp(GL_KEEP, GL_KEEP, GL_REPLACE);
	glColorMask(GL_FALSE, GL_FALSE, GL_FALSE, GL_FALSE);
	for (i = 0; i < 5; i++)
		glRecti(130 + i * 6, 4, 133 + i * 6, 30);
	glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
	glRasterPos2i(130, 84);
	glCopyPixels(128, 4, 30, 30, GL_STENCIL);
	glStencilFunc(GL_EQUAL, 1, 0xff);
	glStencilOp(GL_KEEP, GL_KEEP, GL_KEEP);
	glColor3f(0.3f, 1, 0.3f);
	glRecti(0, 0, 160, 120);
	glDisable(GL_STENCIL_TEST);
}

SCENE(px_pack_unpack_store, "glReadPixels with PACK_ALIGNMENT, PACK_ROW_LENGTH, PACK_SKIP_PIXELS/ROWS; glDrawPixels with the matching UNPACK settings")
{
	static GLubyte buf[64 * 48 * 4];
	int i;

	pixel_ortho();
	glClearColor(0, 0, 0.2f, 1);
	glClear(GL_COLOR_BUFFER_BIT);
	motif(0, 0);
	for (i = 0; i < 64 * 48 * 3; i++)
		buf[i] = (GLubyte)(i % 3 == 1 ? 90 : 20);
	/* 40 x 30 RGB read into a 64-pixel-wide buffer at (8, 6) */
	glPixelStorei(GL_PACK_ALIGNMENT, 1);
	glPixelStorei(GL_PACK_ROW_LENGTH, 64);
	glPixelStorei(GL_PACK_SKIP_PIXELS, 8);
	glPixelStorei(GL_PACK_SKIP_ROWS, 6);
	glReadPixels(0, 0, 40, 30, GL_RGB, GL_UNSIGNED_BYTE, buf);
	/* the whole buffer shows where the read landed */
	glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
	glRasterPos2i(44, 0);
	glDrawPixels(64, 48, GL_RGB, GL_UNSIGNED_BYTE, buf);
	/* and only the read part, through the unpack skips */
	glPixelStorei(GL_UNPACK_ROW_LENGTH, 64);
	glPixelStorei(GL_UNPACK_SKIP_PIXELS, 8);
	glPixelStorei(GL_UNPACK_SKIP_ROWS, 6);
	glRasterPos2i(112, 0);
	glDrawPixels(40, 30, GL_RGB, GL_UNSIGNED_BYTE, buf);
	glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
	glPixelStorei(GL_UNPACK_SKIP_PIXELS, 0);
	glPixelStorei(GL_UNPACK_SKIP_ROWS, 0);
	glPixelStorei(GL_PACK_ROW_LENGTH, 0);
	glPixelStorei(GL_PACK_SKIP_PIXELS, 0);
	glPixelStorei(GL_PACK_SKIP_ROWS, 0);
	/* odd width RGB with alignment 4 and 8, both sides */
	for (i = 0; i < 2; i++) {
		int a = i ? 8 : 4;

		memset(buf, 0, sizeof(buf));
		glPixelStorei(GL_PACK_ALIGNMENT, a);
		glPixelStorei(GL_UNPACK_ALIGNMENT, a);
		glReadPixels(3, 3, 37, 25, GL_RGB, GL_UNSIGNED_BYTE, buf);
		glRasterPos2i(4 + i * 60, 60);
		glDrawPixels(37, 25, GL_RGB, GL_UNSIGNED_BYTE, buf);
	}
	/* byte-swapped 16-bit read and draw */
	glPixelStorei(GL_PACK_ALIGNMENT, 2);
	glPixelStorei(GL_UNPACK_ALIGNMENT, 2);
	glPixelStorei(GL_PACK_SWAP_BYTES, GL_TRUE);
	glPixelStorei(GL_UNPACK_SWAP_BYTES, GL_TRUE);
	glReadPixels(0, 0, 40, 30, GL_RGBA, GL_UNSIGNED_SHORT, buf);
	glRasterPos2i(118, 60);
	glDrawPixels(40, 30, GL_RGBA, GL_UNSIGNED_SHORT, buf);
	glPixelStorei(GL_PACK_SWAP_BYTES, GL_FALSE);
	glPixelStorei(GL_UNPACK_SWAP_BYTES, GL_FALSE);
}

SCENE(px_depth_stencil_pixels, "glDrawPixels GL_DEPTH_COMPONENT and GL_STENCIL_INDEX, glReadPixels GL_DEPTH_COMPONENT float shown as luminance")
{
	enum { W = 64, H = 48 };
	static GLfloat depth[W * H], back[W * H];
	static GLubyte sten[W * H];
	int x, y, i;

	for (y = 0; y < H; y++)
		for (x = 0; x < W; x++) {
			depth[y * W + x] = x < W / 2 ? 0.3f : 0.7f;
			sten[y * W + x] = (GLubyte)(((x / 8 + y / 8) & 1) ? 5 : 9);
		}
	pixel_ortho();
	glClearColor(0.2f, 0.2f, 0.2f, 1);
	glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT | GL_STENCIL_BUFFER_BIT);
	/* depth pixels, then a quad at depth 0.5 only shows on the far half */
	glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
	glEnable(GL_DEPTH_TEST);	/* depth is only written with the test on */
	glDepthFunc(GL_ALWAYS);
	glColorMask(GL_FALSE, GL_FALSE, GL_FALSE, GL_FALSE);
	glRasterPos2i(4, 4);
	glDrawPixels(W, H, GL_DEPTH_COMPONENT, GL_FLOAT, depth);
	glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
	glDepthFunc(GL_LESS);
	glColor3f(1, 0.5f, 0.2f);
	glRecti(0, 0, 76, 60);
	glDisable(GL_DEPTH_TEST);
	/* stencil pixels, then colour where the stencil is 9 */
	glRasterPos2i(84, 4);
	glDrawPixels(W, H, GL_STENCIL_INDEX, GL_UNSIGNED_BYTE, sten);
	glEnable(GL_STENCIL_TEST);
	glStencilFunc(GL_EQUAL, 9, 0xff);
	glColor3f(0.3f, 0.6f, 1);
	glRecti(80, 0, 160, 60);
	glDisable(GL_STENCIL_TEST);
	/* a depth ramp drawn, read back as floats and shown */
	glEnable(GL_DEPTH_TEST);
	glDepthFunc(GL_ALWAYS);
	glColorMask(GL_FALSE, GL_FALSE, GL_FALSE, GL_FALSE);
	glBegin(GL_TRIANGLE_STRIP);
	glVertex3f(0, 64, 0.9f); glVertex3f(64, 64, -0.9f);
	glVertex3f(0, 112, 0.3f); glVertex3f(64, 112, -0.3f);
	glEnd();
	glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
	glDisable(GL_DEPTH_TEST);
	glPixelStorei(GL_PACK_ALIGNMENT, 1);
	glReadPixels(0, 64, W, H, GL_DEPTH_COMPONENT, GL_FLOAT, back);
	for (i = 0; i < W * H; i++)
		back[i] = back[i] * 1.2f - 0.1f;
	glRasterPos2i(84, 64);
	glDrawPixels(W, H, GL_LUMINANCE, GL_FLOAT, back);
}

SCENE(px_stencil_types, "glDrawPixels GL_STENCIL_INDEX from GL_BYTE, GL_SHORT, GL_INT and GL_FLOAT data: indices are integers, not scaled colours")
{
	enum { W = 32, H = 24 };
	static GLbyte b[W * H];
	static GLshort s[W * H];
	static GLint n[W * H];
	static GLfloat f[W * H];
	int x, y, i;

	for (y = 0; y < H; y++)
		for (x = 0; x < W; x++) {
			i = y * W + x;
			b[i] = (GLbyte)(((x / 4 + y / 4) & 1) ? 50 : 20);
			s[i] = (GLshort)(x < W / 2 ? 50 : 300);	/* 300: low 8 bits 44 */
			n[i] = y < H / 2 ? 50 : 7;
			f[i] = x + y < 24 ? 50.0f : 3.0f;
		}
	pixel_ortho();
	glClearColor(0.1f, 0.1f, 0.1f, 1);
	glClearStencil(0);
	glClear(GL_COLOR_BUFFER_BIT | GL_STENCIL_BUFFER_BIT);
	glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
	glRasterPos2i(4, 4);
	glDrawPixels(W, H, GL_STENCIL_INDEX, GL_BYTE, b);
	glRasterPos2i(44, 4);
	glDrawPixels(W, H, GL_STENCIL_INDEX, GL_SHORT, s);
	glRasterPos2i(84, 4);
	glDrawPixels(W, H, GL_STENCIL_INDEX, GL_INT, n);
	glRasterPos2i(124, 4);
	glDrawPixels(W, H, GL_STENCIL_INDEX, GL_FLOAT, f);
	glEnable(GL_STENCIL_TEST);
	glStencilFunc(GL_EQUAL, 50, 0xff);
	glColor3f(1, 0.6f, 0.1f);
	glRecti(0, 0, 160, 36);
	glStencilFunc(GL_EQUAL, 44, 0xff);
	glColor3f(0.2f, 0.8f, 0.3f);
	glRecti(0, 0, 160, 36);
	glDisable(GL_STENCIL_TEST);
}
