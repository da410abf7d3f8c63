/* Vertex arrays: pointers, strides, every draw call. */
#include "../scene.h"

static const GLfloat grid_pos[] = {
	-0.9f, -0.9f, 0.0f, -0.9f, 0.9f, -0.9f,
	-0.9f, 0.0f, 0.0f, 0.0f, 0.9f, 0.0f,
	-0.9f, 0.9f, 0.0f, 0.9f, 0.9f, 0.9f,
};
static const GLubyte grid_col[] = {
	255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255,
	255, 255, 0, 255, 0, 255, 255, 255, 255, 0, 255, 255,
	255, 255, 255, 255, 128, 128, 128, 255, 40, 90, 200, 255,
};

SCENE(arrays_draw_arrays, "glVertexPointer, glColorPointer (ubyte), glDrawArrays strip")
{
	glClear(GL_COLOR_BUFFER_BIT);
	glEnableClientState(GL_VERTEX_ARRAY);
	glEnableClientState(GL_COLOR_ARRAY);
	glVertexPointer(2, GL_FLOAT, 0, grid_pos);
	glColorPointer(4, GL_UNSIGNED_BYTE, 0, grid_col);
	glDrawArrays(GL_TRIANGLE_STRIP, 0, 6);
	glDrawArrays(GL_TRIANGLE_STRIP, 3, 6);
}

SCENE(arrays_draw_elements, "glDrawElements with ubyte, ushort and uint indices")
{
	static const GLubyte ib[] = { 0, 1, 3, 1, 4, 3 };
	static const GLushort is[] = { 1, 2, 4, 2, 5, 4 };
	static const GLuint ii[] = { 3, 4, 6, 4, 7, 6 };

	glClear(GL_COLOR_BUFFER_BIT);
	glEnableClientState(GL_VERTEX_ARRAY);
	glEnableClientState(GL_COLOR_ARRAY);
	glVertexPointer(2, GL_FLOAT, 0, grid_pos);
	glColorPointer(4, GL_UNSIGNED_BYTE, 0, grid_col);
	glDrawElements(GL_TRIANGLES, 6, GL_UNSIGNED_BYTE, ib);
	glDrawElements(GL_TRIANGLES, 6, GL_UNSIGNED_SHORT, is);
	glDrawElements(GL_TRIANGLES, 6, GL_UNSIGNED_INT, ii);
}

SCENE(arrays_range_interleaved, "glDrawRangeElements, interleaved float arrays with stride")
{
	static const GLfloat v[] = {
		/* r g b   x y z */
		1, 0, 0, -0.8f, -0.8f, 0,
		0, 1, 0, 0.8f, -0.7f, 0,
		0, 0, 1, 0.7f, 0.8f, 0,
		1, 1, 0, -0.7f, 0.7f, 0,
	};
	static const GLushort idx[] = { 0, 1, 2, 0, 2, 3 };

	glClear(GL_COLOR_BUFFER_BIT);
	glEnableClientState(GL_VERTEX_ARRAY);
	glEnableClientState(GL_COLOR_ARRAY);
	glColorPointer(3, GL_FLOAT, 6 * sizeof(GLfloat), v);
	glVertexPointer(3, GL_FLOAT, 6 * sizeof(GLfloat), v + 3);
	glDrawRangeElements(GL_TRIANGLES, 0, 3, 6, GL_UNSIGNED_SHORT, idx);
}

SCENE(arrays_interleaved_fmt, "glInterleavedArrays GL_C4UB_V3F and GL_T2F_V3F")
{
	static const struct { GLubyte c[4]; GLfloat v[3]; } a[] = {
		{ { 255, 0, 0, 255 }, { -0.9f, -0.9f, 0 } },
		{ { 0, 255, 0, 255 }, { 0.0f, -0.9f, 0 } },
		{ { 0, 0, 255, 255 }, { -0.45f, 0.8f, 0 } },
	};
	static const GLfloat t[] = {
		0, 0, 0.1f, -0.8f, 0, 2, 0, 0.9f, -0.8f, 0,
		2, 2, 0.9f, 0.8f, 0, 0, 2, 0.1f, 0.8f, 0,
	};
	static const unsigned char x[4] = { 255, 255, 255, 255 };
	static const unsigned char y[4] = { 200, 30, 30, 255 };
	GLuint tex;

	glClear(GL_COLOR_BUFFER_BIT);
	glInterleavedArrays(GL_C4UB_V3F, 0, a);
	glDrawArrays(GL_TRIANGLES, 0, 3);
	glGenTextures(1, &tex);
	glBindTexture(GL_TEXTURE_2D, tex);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
	scene_checker_texture(8, 8, 2, x, y);
	glEnable(GL_TEXTURE_2D);
	glColor3f(1, 1, 1);
	glInterleavedArrays(GL_T2F_V3F, 0, t);
	glDrawArrays(GL_QUADS, 0, 4);
}

SCENE(arrays_array_element, "glArrayElement inside glBegin/glEnd, glLockArraysEXT")
{
	int i;

	glClear(GL_COLOR_BUFFER_BIT);
	glEnableClientState(GL_VERTEX_ARRAY);
	glEnableClientState(GL_COLOR_ARRAY);
	glVertexPointer(2, GL_FLOAT, 0, grid_pos);
	glColorPointer(4, GL_UNSIGNED_BYTE, 0, grid_col);
	glLockArraysEXT(0, 9);
	glBegin(GL_TRIANGLES);
	for (i = 0; i < 2; i++) {
		glArrayElement(i * 3 + 0);
		glArrayElement(i * 3 + 1);
		glArrayElement(i * 3 + 4);
	}
	glEnd();
	glDrawArrays(GL_LINE_LOOP, 4, 5);
	glUnlockArraysEXT();
}

SCENE(arrays_multitex_client, "glClientActiveTexture with two texcoord arrays")
{
	static const GLfloat pos[] = { -0.9f, -0.9f, 0.9f, -0.9f, 0.9f, 0.9f, -0.9f, 0.9f };
	static const GLfloat tc0[] = { 0, 0, 3, 0, 3, 3, 0, 3 };
	static const GLfloat tc1[] = { 0, 0, 1, 0, 1, 1, 0, 1 };
	static const unsigned char a[4] = { 255, 255, 255, 255 }, b[4] = { 60, 60, 200, 255 };
	static const unsigned char c[4] = { 255, 180, 180, 255 }, d[4] = { 100, 255, 100, 255 };
	GLuint t[2];

	glClear(GL_COLOR_BUFFER_BIT);
	glGenTextures(2, t);
	glActiveTexture(GL_TEXTURE0);
	glBindTexture(GL_TEXTURE_2D, t[0]);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
	scene_checker_texture(8, 8, 4, a, b);
	glEnable(GL_TEXTURE_2D);
	glActiveTexture(GL_TEXTURE1);
	glBindTexture(GL_TEXTURE_2D, t[1]);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
	scene_checker_texture(4, 4, 2, c, d);
	glEnable(GL_TEXTURE_2D);
	glEnableClientState(GL_VERTEX_ARRAY);
	glVertexPointer(2, GL_FLOAT, 0, pos);
	glClientActiveTexture(GL_TEXTURE0);
	glEnableClientState(GL_TEXTURE_COORD_ARRAY);
	glTexCoordPointer(2, GL_FLOAT, 0, tc0);
	glClientActiveTexture(GL_TEXTURE1);
	glEnableClientState(GL_TEXTURE_COORD_ARRAY);
	glTexCoordPointer(2, GL_FLOAT, 0, tc1);
	glDrawArrays(GL_QUADS, 0, 4);
}
