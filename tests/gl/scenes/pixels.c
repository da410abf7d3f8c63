/* Pixel rectangles: glDrawPixels, glRasterPos, glBitmap, glReadPixels,
 * glCopyPixels, pixel store and transfer. */
#include <stdlib.h>
#include <string.h>
#include "../scene.h"

static GLubyte *image(int w, int h)
{
	GLubyte *p = malloc((size_t)w * h * 4);
	int x, y;

	for (y = 0; y < h; y++)
		for (x = 0; x < w; x++) {
			GLubyte *q = p + (y * w + x) * 4;

			q[0] = (GLubyte)(x * 255 / w);
			q[1] = (GLubyte)(y * 255 / h);
			q[2] = (GLubyte)(((x / 4 + y / 4) & 1) * 200);
			q[3] = 255;
		}
	return p;
}

SCENE(pix_draw, "glDrawPixels RGBA, RGB, LUMINANCE and GL_FLOAT with glRasterPos2f")
{
	GLubyte *p = image(32, 24), rgb[32 * 24 * 3], lum[32 * 24];
	GLfloat fl[16 * 16 * 3];
	int i;

	for (i = 0; i < 32 * 24; i++) {
		rgb[i * 3] = p[i * 4 + 2];
		rgb[i * 3 + 1] = p[i * 4];
		rgb[i * 3 + 2] = p[i * 4 + 1];
		lum[i] = (GLubyte)(p[i * 4] / 2 + p[i * 4 + 1] / 2);
	}
	for (i = 0; i < 256; i++) {
		fl[i * 3] = (i % 16) / 15.0f;
		fl[i * 3 + 1] = 0.5f;
		fl[i * 3 + 2] = (i / 16) / 15.0f;
	}
	glClear(GL_COLOR_BUFFER_BIT);
	glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
	glRasterPos2f(-0.9f, -0.9f);
	glDrawPixels(32, 24, GL_RGBA, GL_UNSIGNED_BYTE, p);
	glRasterPos2f(0.1f, -0.9f);
	glDrawPixels(32, 24, GL_RGB, GL_UNSIGNED_BYTE, rgb);
	glRasterPos2f(-0.9f, 0.1f);
	glDrawPixels(32, 24, GL_LUMINANCE, GL_UNSIGNED_BYTE, lum);
	glRasterPos2f(0.1f, 0.1f);
	glDrawPixels(16, 16, GL_RGB, GL_FLOAT, fl);
	free(p);
}

SCENE(pix_zoom_transfer, "glPixelZoom (2, 1.5 and -1) and glPixelTransferf scale and bias")
{
	GLubyte *p = image(24, 16);

	glClear(GL_COLOR_BUFFER_BIT);
	glRasterPos2f(-0.95f, -0.95f);
	glPixelZoom(2, 1.5f);
	glDrawPixels(24, 16, GL_RGBA, GL_UNSIGNED_BYTE, p);
	glPixelZoom(1, -1);
	glRasterPos2f(0.2f, 0.9f);
	glDrawPixels(24, 16, GL_RGBA, GL_UNSIGNED_BYTE, p);
	glPixelZoom(1, 1);
	glPixelTransferf(GL_RED_SCALE, 0.5f);
	glPixelTransferf(GL_BLUE_BIAS, 0.3f);
	glRasterPos2f(0.2f, -0.5f);
	glDrawPixels(24, 16, GL_RGBA, GL_UNSIGNED_BYTE, p);
	free(p);
}

SCENE(pix_raster_pos, "glRasterPos under transforms, 3f/4f forms, and a clipped raster position")
{
	GLubyte *p = image(16, 16);

	glClear(GL_COLOR_BUFFER_BIT);
	glMatrixMode(GL_PROJECTION);
	glFrustum(-1, 1, -0.75, 0.75, 1, 10);
	glMatrixMode(GL_MODELVIEW);
	glTranslatef(0, 0, -3);
	glRotatef(20, 0, 0, 1);
	glRasterPos3f(-1, -1, 0);
	glDrawPixels(16, 16, GL_RGBA, GL_UNSIGNED_BYTE, p);
	glRasterPos4f(1, 1, 0, 1);
	glDrawPixels(16, 16, GL_RGBA, GL_UNSIGNED_BYTE, p);
	glRasterPos3f(50, 0, 0);	/* outside: nothing drawn */
	glDrawPixels(16, 16, GL_RGBA, GL_UNSIGNED_BYTE, p);
	glRasterPos3f(0, 0, 5);		/* behind the eye: nothing drawn */
	glDrawPixels(16, 16, GL_RGBA, GL_UNSIGNED_BYTE, p);
	free(p);
}

SCENE(pix_bitmap, "glBitmap glyphs advancing the raster position, raster colour")
{
	static const GLubyte glyph[] = {	/* 8x12, an 'F' and a box */
		0xc0, 0xc0, 0xc0, 0xc0, 0xc0, 0xfc, 0xfc, 0xc0, 0xc0, 0xc0, 0xff, 0xff,
	};
	int i;

	glClear(GL_COLOR_BUFFER_BIT);
	glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
	glColor3f(1, 1, 0);
	glRasterPos2f(-0.9f, 0.5f);
	for (i = 0; i < 12; i++)
		glBitmap(8, 12, 0, 0, 11, 0, glyph);
	glColor3f(0, 1, 1);
	glRasterPos2f(-0.9f, -0.2f);
	for (i = 0; i < 10; i++) {
		glBitmap(8, 12, 2, 3, 12, 4, glyph);
		glColor3f(1, i / 10.0f, 1);	/* no effect until glRasterPos */
	}
}

SCENE(pix_read_back, "glReadPixels RGBA/RGB/LUMINANCE/BGRA ubyte and float, drawn back")
{
	GLubyte buf[40 * 30 * 4];
	GLfloat fb[20 * 15 * 4];

	glClear(GL_COLOR_BUFFER_BIT);
	glBegin(GL_TRIANGLES);
	glColor3f(1, 0, 0); glVertex2f(-1, -1);
	glColor3f(0, 1, 0); glVertex2f(-0.5f, -1);
	glColor3f(0, 0, 1); glVertex2f(-0.75f, -0.5f);
	glEnd();
	glPixelStorei(GL_PACK_ALIGNMENT, 1);
	glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
	glReadPixels(0, 0, 40, 30, GL_RGBA, GL_UNSIGNED_BYTE, buf);
	glRasterPos2f(0, -1);
	glDrawPixels(40, 30, GL_RGBA, GL_UNSIGNED_BYTE, buf);
	glReadPixels(0, 0, 40, 30, GL_BGRA, GL_UNSIGNED_BYTE, buf);
	glRasterPos2f(-1, 0);
	glDrawPixels(40, 30, GL_RGBA, GL_UNSIGNED_BYTE, buf);
	glReadPixels(0, 0, 40, 30, GL_LUMINANCE, GL_UNSIGNED_BYTE, buf);
	glRasterPos2f(0, 0);
	glDrawPixels(40, 30, GL_LUMINANCE, GL_UNSIGNED_BYTE, buf);
	glReadPixels(10, 5, 20, 15, GL_RGBA, GL_FLOAT, fb);
	glRasterPos2f(0.5f, 0.5f);
	glDrawPixels(20, 15, GL_RGBA, GL_FLOAT, fb);
}

SCENE(pix_pack_store, "glReadPixels with PACK_ROW_LENGTH and SKIP, drawn back with the same UNPACK state")
{
	GLubyte buf[64 * 40 * 3];

	glClear(GL_COLOR_BUFFER_BIT);
	glBegin(GL_TRIANGLES);
	glColor3f(1, 1, 0); glVertex2f(-1, -1);
	glColor3f(0, 1, 1); glVertex2f(-0.4f, -1);
	glColor3f(1, 0, 1); glVertex2f(-0.7f, -0.4f);
	glEnd();
	memset(buf, 80, sizeof(buf));
	glPixelStorei(GL_PACK_ALIGNMENT, 1);
	glPixelStorei(GL_PACK_ROW_LENGTH, 64);
	glPixelStorei(GL_PACK_SKIP_PIXELS, 8);
	glPixelStorei(GL_PACK_SKIP_ROWS, 4);
	glReadPixels(0, 0, 48, 36, GL_RGB, GL_UNSIGNED_BYTE, buf);
	glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
	glRasterPos2f(0, -1);
	glDrawPixels(64, 40, GL_RGB, GL_UNSIGNED_BYTE, buf);	/* with margins */
	glPixelStorei(GL_UNPACK_ROW_LENGTH, 64);
	glPixelStorei(GL_UNPACK_SKIP_PIXELS, 8);
	glPixelStorei(GL_UNPACK_SKIP_ROWS, 4);
	glRasterPos2f(-1, 0.2f);
	glDrawPixels(48, 36, GL_RGB, GL_UNSIGNED_BYTE, buf);	/* exact */
}

SCENE(pix_copy, "glCopyPixels, plain and with glPixelZoom")
{
	glClear(GL_COLOR_BUFFER_BIT);
	glBegin(GL_TRIANGLES);
	glColor3f(1, 0.5f, 0); glVertex2f(-1, -1);
	glColor3f(0, 0.5f, 1); glVertex2f(-0.4f, -1);
	glColor3f(0.5f, 1, 0.5f); glVertex2f(-0.7f, -0.4f);
	glEnd();
	glRasterPos2f(-1, 0.2f);
	glCopyPixels(0, 0, 48, 36, GL_COLOR);
	glPixelZoom(1.5f, 1.5f);
	glRasterPos2f(0.1f, 0.0f);
	glCopyPixels(5, 5, 30, 25, GL_COLOR);
}
