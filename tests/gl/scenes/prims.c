/* Every primitive type through glBegin/glEnd, flat and smooth. */
#include "../scene.h"

static void ortho(void)
{
	glMatrixMode(GL_PROJECTION);
	glLoadIdentity();
	glOrtho(0, SCENE_W, 0, SCENE_H, -1, 1);
	glMatrixMode(GL_MODELVIEW);
	glLoadIdentity();
}

SCENE(prim_points, "GL_POINTS with glPointSize 1, 4 and 7")
{
	int i;

	ortho();
	glClear(GL_COLOR_BUFFER_BIT);
	for (i = 0; i < 3; i++) {
		int k;

		glPointSize(i == 0 ? 1.0f : i == 1 ? 4.0f : 7.0f);
		glBegin(GL_POINTS);
		for (k = 0; k < 12; k++) {
			glColor3f(k / 12.0f, 1 - k / 12.0f, 0.5f);
			glVertex2f(10.5f + k * 12, 20.5f + i * 35);
		}
		glEnd();
	}
}

SCENE(prim_lines, "GL_LINES, GL_LINE_STRIP, GL_LINE_LOOP, glLineWidth 1 and 3")
{
	int w;

	ortho();
	glClear(GL_COLOR_BUFFER_BIT);
	for (w = 0; w < 2; w++) {
		float y = w * 55.0f;

		glLineWidth(w ? 3.0f : 1.0f);
		glBegin(GL_LINES);
		glColor3f(1, 0, 0); glVertex2f(5, 5 + y); glVertex2f(50, 45 + y);
		glColor3f(0, 1, 0); glVertex2f(5, 45 + y); glVertex2f(50, 10 + y);
		glEnd();
		glBegin(GL_LINE_STRIP);
		glColor3f(1, 1, 0); glVertex2f(60, 5 + y);
		glColor3f(0, 1, 1); glVertex2f(80, 45 + y);
		glColor3f(1, 0, 1); glVertex2f(100, 5 + y);
		glEnd();
		glBegin(GL_LINE_LOOP);
		glColor3f(1, 1, 1); glVertex2f(110, 5 + y);
		glVertex2f(155, 10 + y); glVertex2f(140, 48 + y);
		glEnd();
	}
}

SCENE(prim_triangles_flat, "GL_TRIANGLES with flat shading (last vertex)")
{
	ortho();
	glClear(GL_COLOR_BUFFER_BIT);
	glShadeModel(GL_FLAT);
	glBegin(GL_TRIANGLES);
	glColor3f(1, 0, 0); glVertex2f(10, 10);
	glColor3f(0, 1, 0); glVertex2f(70, 15);
	glColor3f(0, 0, 1); glVertex2f(40, 100);
	glColor3f(1, 1, 0); glVertex2f(80, 10);
	glColor3f(0, 1, 1); glVertex2f(150, 30);
	glColor3f(1, 0, 1); glVertex2f(100, 110);
	glEnd();
}

SCENE(prim_strip_fan, "GL_TRIANGLE_STRIP and GL_TRIANGLE_FAN, smooth")
{
	int i;

	ortho();
	glClear(GL_COLOR_BUFFER_BIT);
	glBegin(GL_TRIANGLE_STRIP);
	for (i = 0; i < 8; i++) {
		glColor3f(i / 8.0f, 0.3f, 1 - i / 8.0f);
		glVertex2f(5 + i * 10.0f, (i & 1) ? 15 : 55);
	}
	glEnd();
	glBegin(GL_TRIANGLE_FAN);
	glColor3f(1, 1, 1);
	glVertex2f(120, 60);
	for (i = 0; i <= 6; i++) {
		static const float p[7][2] = { { 155, 60 }, { 140, 95 }, { 115, 100 },
			{ 90, 80 }, { 90, 40 }, { 120, 20 }, { 155, 60 } };

		glColor3f(i & 1 ? 1 : 0, i & 2 ? 1 : 0, i & 4 ? 1 : 0.5f);
		glVertex2fv(p[i]);
	}
	glEnd();
}

SCENE(prim_quads, "GL_QUADS and GL_QUAD_STRIP, flat provoking vertex")
{
	int i;

	ortho();
	glClear(GL_COLOR_BUFFER_BIT);
	glBegin(GL_QUADS);
	glColor3f(1, 0, 0); glVertex2f(5, 5);
	glColor3f(0, 1, 0); glVertex2f(60, 10);
	glColor3f(0, 0, 1); glVertex2f(55, 50);
	glColor3f(1, 1, 0); glVertex2f(10, 45);
	glEnd();
	glShadeModel(GL_FLAT);
	glBegin(GL_QUAD_STRIP);
	for (i = 0; i < 6; i++) {
		glColor3f(i / 6.0f, 1 - i / 6.0f, (i & 1) ? 1 : 0);
		glVertex2f(70 + i * 16.0f, 60);
		glVertex2f(70 + i * 16.0f, 110);
	}
	glEnd();
}

SCENE(prim_polygon, "GL_POLYGON (convex, nine sides), smooth and flat")
{
	int i;

	ortho();
	glClear(GL_COLOR_BUFFER_BIT);
	for (int k = 0; k < 2; k++) {
		glShadeModel(k ? GL_FLAT : GL_SMOOTH);
		glBegin(GL_POLYGON);
		for (i = 0; i < 9; i++) {
			float a = i * 6.2831853f / 9;

			glColor3f(0.5f + 0.5f * __builtin_cosf(a), 0.5f + 0.5f * __builtin_sinf(a), k ? 1 : 0.2f);
			glVertex2f(40 + k * 80 + 35 * __builtin_cosf(a), 60 + 45 * __builtin_sinf(a));
		}
		glEnd();
	}
}

SCENE(prim_rect, "glRectf, glRecti and glColor variants (ub, us, b, d)")
{
	ortho();
	glClear(GL_COLOR_BUFFER_BIT);
	glColor3ub(200, 100, 50);
	glRectf(5, 5, 50, 50);
	glColor4us(10000, 60000, 30000, 65535);
	glRecti(55, 5, 100, 50);
	glColor3b(100, 20, 127);
	glRectd(105, 5, 155, 50);
	glColor3d(0.25, 0.75, 1.0);
	glRects(5, 60, 155, 110);
}
