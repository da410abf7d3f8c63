/* Vertex arrays: pointers with strides and interleaving, glInterleavedArrays,
 * glDrawArrays, glDrawElements with every index type, glDrawRangeElements,
 * glArrayElement, glLockArraysEXT and two client texture units.
 * Positions are window pixels; quads are avoided unless their attributes
 * are affine, so triangle splitting does not matter. */
#include <math.h>
#include <string.h>
#include "../scene.h"

static void pixel_ortho(void)
{
	glMatrixMode(GL_PROJECTION);
	glLoadIdentity();
	/* shifted by a fraction of a pixel: no edge runs through pixel centres */
	glOrtho(-0.13, SCENE_W - 0.13, -0.21, SCENE_H - 0.21, -1, 1);
	glMatrixMode(GL_MODELVIEW);
	glLoadIdentity();
}

struct cv {
	GLfloat x, y;
	GLubyte c[4];
	GLfloat pad;	/* makes the stride 16 bytes, not the tight size */
};

/* A W x H grid of vertices covering the rectangle (x0,y0)-(x1,y1). */
#define GW 9
#define GH 7
static struct cv grid[GW * GH];

static void make_grid(float x0, float y0, float x1, float y1)
{
	int i, j;

	for (j = 0; j < GH; j++)
		for (i = 0; i < GW; i++) {
			struct cv *v = &grid[j * GW + i];

			v->x = x0 + (x1 - x0) * i / (GW - 1);
			v->y = y0 + (y1 - y0) * j / (GH - 1);
			v->c[0] = (GLubyte)(40 + 200 * i / (GW - 1));
			v->c[1] = (GLubyte)(230 - 190 * j / (GH - 1));
			v->c[2] = (GLubyte)(((i + j) & 1) ? 220 : 60);
			v->c[3] = 255;
			v->pad = -1;
		}
}

/* Index of the two triangles of grid cell (i, j). */
static int cell_indices(int i, int j, unsigned *out)
{
	unsigned a = j * GW + i;

	out[0] = a; out[1] = a + 1; out[2] = a + GW + 1;
	out[3] = a; out[4] = a + GW + 1; out[5] = a + GW;
	return 6;
}

static void grid_pointers(void)
{
	glVertexPointer(2, GL_FLOAT, sizeof(struct cv), &grid[0].x);
	glColorPointer(4, GL_UNSIGNED_BYTE, sizeof(struct cv), grid[0].c);
	glEnableClientState(GL_VERTEX_ARRAY);
	glEnableClientState(GL_COLOR_ARRAY);
}

SCENE(va_draw_arrays, "glVertexPointer/glColorPointer with a 16-byte stride, glDrawArrays with first/count")
{
	struct cv strip[12];
	int i;

	pixel_ortho();
	glClear(GL_COLOR_BUFFER_BIT);
	for (i = 0; i < 12; i++) {
		strip[i].x = 8 + (i / 2) * 28.0f;
		strip[i].y = (i & 1) ? 54 : 8 + (i % 4) * 2;
		strip[i].c[0] = (GLubyte)(i * 20);
		strip[i].c[1] = (GLubyte)(255 - i * 20);
		strip[i].c[2] = (i & 1) ? 255 : 0;
		strip[i].c[3] = 255;
	}
	glVertexPointer(2, GL_FLOAT, sizeof(struct cv), &strip[0].x);
	glColorPointer(3, GL_UNSIGNED_BYTE, sizeof(struct cv), strip[0].c);
	glEnableClientState(GL_VERTEX_ARRAY);
	glEnableClientState(GL_COLOR_ARRAY);
	glDrawArrays(GL_TRIANGLE_STRIP, 0, 12);
	/* the same array again: separate triangles from vertex 3 on, moved up */
	glTranslatef(0, 60, 0);
	glDrawArrays(GL_TRIANGLES, 3, 9);
	/* colour array disabled: the current colour is used */
	glDisableClientState(GL_COLOR_ARRAY);
	glColor3f(1, 1, 1);
	glTranslatef(6, 4, 0);
	glDrawArrays(GL_TRIANGLES, 0, 3);
	glDisableClientState(GL_VERTEX_ARRAY);
}

SCENE(va_elements_types, "glDrawElements with GL_UNSIGNED_BYTE, GL_UNSIGNED_SHORT and GL_UNSIGNED_INT indices")
{
	GLubyte ib[6 * 16];
	GLushort is[6 * 16];
	GLuint ii[6 * 16];
	unsigned t[6];
	int i, j, k, nb = 0, ns = 0, ni = 0;

	pixel_ortho();
	glClear(GL_COLOR_BUFFER_BIT);
	make_grid(6, 6, 150, 114);
	grid_pointers();
	/* rows 0-1 ubyte, rows 2-3 ushort, rows 4-5 uint; a checkerboard of
	 * the cells, each index type drawing different cells */
	for (j = 0; j < GH - 1; j++)
		for (i = 0; i < GW - 1; i++) {
			if ((i + j) & 1)
				continue;
			cell_indices(i, j, t);
			for (k = 0; k < 6; k++) {
				if (j < 2)
					ib[nb++] = (GLubyte)t[k];
				else if (j < 4)
					is[ns++] = (GLushort)t[k];
				else
					ii[ni++] = t[k];
			}
		}
	glDrawElements(GL_TRIANGLES, nb, GL_UNSIGNED_BYTE, ib);
	glDrawElements(GL_TRIANGLES, ns, GL_UNSIGNED_SHORT, is);
	glDrawElements(GL_TRIANGLES, ni, GL_UNSIGNED_INT, ii);
	/* the other cells as a strip of one row, with the colour array off */
	glDisableClientState(GL_COLOR_ARRAY);
	glColor3f(0.9f, 0.9f, 0.9f);
	{
		static const GLushort row[] = { 11, 20, 12, 21, 13, 22, 14, 23 };

		glDrawElements(GL_TRIANGLE_STRIP, 4, GL_UNSIGNED_SHORT, row);
		glDrawElements(GL_TRIANGLE_STRIP, 4, GL_UNSIGNED_SHORT, row + 4);
	}
	glDisableClientState(GL_VERTEX_ARRAY);
}

SCENE(va_range_elements, "glDrawRangeElements with strips and fans over a sub-range of the array")
{
	GLushort idx[64];
	int i, n = 0;

	pixel_ortho();
	glClearColor(0.2f, 0.2f, 0.3f, 1);
	glClear(GL_COLOR_BUFFER_BIT);
	make_grid(6, 6, 150, 114);
	grid_pointers();
	/* rows 1 and 2 as one strip: vertices 9..26 */
	for (i = 0; i < GW; i++) {
		idx[n++] = (GLushort)(GW + i);
		idx[n++] = (GLushort)(2 * GW + i);
	}
	glDrawRangeElements(GL_TRIANGLE_STRIP, GW, 3 * GW - 1, n, GL_UNSIGNED_SHORT, idx);
	/* a fan around vertex 49 using only row 4 and row 5 vertices */
	n = 0;
	idx[n++] = 5 * GW + 4;
	for (i = 0; i < 5; i++)
		idx[n++] = (GLushort)(4 * GW + 2 + i);
	for (i = 0; i < 5; i++)
		idx[n++] = (GLushort)(6 * GW + 6 - i);
	idx[n++] = 4 * GW + 2;
	glDrawRangeElements(GL_TRIANGLE_FAN, 4 * GW, 7 * GW - 1, n, GL_UNSIGNED_SHORT, idx);
	glDisableClientState(GL_VERTEX_ARRAY);
	glDisableClientState(GL_COLOR_ARRAY);
}

SCENE(va_array_element, "glArrayElement inside glBegin/glEnd, mixed with immediate glColor")
{
	int i;

	pixel_ortho();
	glClear(GL_COLOR_BUFFER_BIT);
	make_grid(6, 6, 150, 114);
	grid_pointers();
	glBegin(GL_TRIANGLES);
	for (i = 0; i < GW - 1; i += 2) {
		unsigned t[6];
		int k;

		cell_indices(i, 0, t);
		for (k = 0; k < 6; k++)
			glArrayElement((GLint)t[k]);
	}
	glEnd();
	/* a strip over rows 2 and 3 */
	glBegin(GL_TRIANGLE_STRIP);
	for (i = 0; i < GW; i++) {
		glArrayElement(2 * GW + i);
		glArrayElement(3 * GW + i);
	}
	glEnd();
	/* colour array off: glColor between the elements applies */
	glDisableClientState(GL_COLOR_ARRAY);
	glBegin(GL_TRIANGLE_STRIP);
	for (i = 0; i < GW; i++) {
		glColor3f(1, i / 8.0f, 0.2f);
		glArrayElement(4 * GW + i);
		glColor3f(0.2f, 0.4f, 1);
		glArrayElement(5 * GW + i);
	}
	glEnd();
	glDisableClientState(GL_VERTEX_ARRAY);
}

SCENE(va_lock_arrays, "glLockArraysEXT/glUnlockArraysEXT around several glDrawElements")
{
	GLubyte idx[6 * 48];
	unsigned t[6];
	int i, j, k, n = 0;

	pixel_ortho();
	glClear(GL_COLOR_BUFFER_BIT);
	make_grid(6, 6, 150, 114);
	grid_pointers();
	glLockArraysEXT(0, GW * GH);
	for (j = 0; j < GH - 1; j++)
		for (i = 0; i < GW - 1; i++) {
			if ((i * 3 + j) % 4 == 0)
				continue;
			cell_indices(i, j, t);
			for (k = 0; k < 6; k++)
				idx[n++] = (GLubyte)t[k];
		}
	/* drawn in three batches sharing the locked vertices */
	glDrawElements(GL_TRIANGLES, n / 3 - (n / 3) % 3, GL_UNSIGNED_BYTE, idx);
	glDrawElements(GL_TRIANGLES, n / 3 - (n / 3) % 3, GL_UNSIGNED_BYTE,
		       idx + n / 3 - (n / 3) % 3);
	k = 2 * (n / 3 - (n / 3) % 3);
	glDrawElements(GL_TRIANGLES, n - k, GL_UNSIGNED_BYTE, idx + k);
	glUnlockArraysEXT();
	glDisableClientState(GL_VERTEX_ARRAY);
	glDisableClientState(GL_COLOR_ARRAY);
}
