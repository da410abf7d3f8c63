/* glBegin/glEnd with every primitive type, flat and smooth shading.
 *
 * Coordinates are window pixels (an ortho projection over the viewport).
 * Lines run between pixel centres and wide lines are axis aligned, odd
 * sized points sit on pixel centres and even sized ones on pixel corners,
 * so no rasterization rule is left to a tie.  Smooth colours on quads and
 * polygons are a linear function of position, which makes the result
 * independent of how the implementation splits them into triangles. */
#include "../scene.h"

static void pixel_ortho(void)
{
	glMatrixMode(GL_PROJECTION);
	glLoadIdentity();
	glOrtho(0, SCENE_W, 0, SCENE_H, -1, 1);
	glMatrixMode(GL_MODELVIEW);
	glLoadIdentity();
}

/* The same, shifted by a fraction of a pixel for filled primitives, so
 * that edges between integer vertices (45 degrees, slope 2, ...) do not
 * run exactly through pixel centres, where the rasterization tie rule
 * would decide. */
static void poly_ortho(void)
{
	glMatrixMode(GL_PROJECTION);
	glLoadIdentity();
	glOrtho(-0.13, SCENE_W - 0.13, -0.21, SCENE_H - 0.21, -1, 1);
	glMatrixMode(GL_MODELVIEW);
	glLoadIdentity();
}

/* A colour that is an affine function of the window position. */
static void lin_colour(float x, float y)
{
	glColor3f(0.1f + x / 200.0f, 0.9f - y / 150.0f, 0.2f + (x + y) / 400.0f);
}

static void lin_vertex(float x, float y)
{
	lin_colour(x, y);
	glVertex2f(x, y);
}

SCENE(begin_points, "GL_POINTS with glPointSize 1 to 8, per-point colours")
{
	int s, k;

	pixel_ortho();
	glClearColor(0.1f, 0.1f, 0.2f, 1);
	glClear(GL_COLOR_BUFFER_BIT);
	for (s = 1; s <= 8; s++) {
		/* odd sizes centred on a pixel centre, even ones on a corner */
		float off = (s & 1) ? 0.5f : 0.0f;

		glPointSize((float)s);
		glBegin(GL_POINTS);
		for (k = 0; k < 7; k++) {
			glColor3f(s / 8.0f, k / 6.0f, 1.0f - s / 10.0f);
			glVertex2f(12 + k * 22 + off, 8 + (s - 1) * 14 + off);
		}
		glEnd();
	}
	/* glPointSize outside glBegin/glEnd only: a size-1 diagonal row */
	glPointSize(1);
	glBegin(GL_POINTS);
	glColor3f(1, 1, 1);
	for (k = 0; k < 40; k++)
		glVertex2f(2.5f + k * 3, 116.5f - (k % 3));
	glEnd();
}

SCENE(begin_lines, "GL_LINES width 1 at several slopes and width 3 axis-aligned, smooth colours")
{
	int i;

	pixel_ortho();
	glClear(GL_COLOR_BUFFER_BIT);
	glLineWidth(1);
	glBegin(GL_LINES);
	for (i = 0; i < 8; i++) {
		glColor3f(1, i / 8.0f, 0);
		glVertex2f(6.5f, 6.5f + i * 7);
		glColor3f(0, i / 8.0f, 1);
		glVertex2f(70.5f, 20.5f + i * 9);
	}
	for (i = 0; i < 6; i++) {	/* steep, y-major */
		glColor3f(0.2f, 1, 0.2f);
		glVertex2f(80.5f + i * 6, 4.5f);
		glColor3f(1, 1, 1);
		glVertex2f(90.5f + i * 11, 60.5f);
	}
	glEnd();
	glLineWidth(3);
	glBegin(GL_LINES);
	for (i = 0; i < 5; i++) {
		glColor3f(1, 0.3f, i / 5.0f);
		glVertex2f(10.5f, 80.5f + i * 8);
		glColor3f(0.3f, 0.3f, 1);
		glVertex2f(90.5f, 80.5f + i * 8);
	}
	for (i = 0; i < 5; i++) {
		glColor3f(1, 1, 0);
		glVertex2f(105.5f + i * 11, 70.5f);
		glColor3f(0, 1, 1);
		glVertex2f(105.5f + i * 11, 114.5f);
	}
	glEnd();
}

SCENE(begin_line_strip, "GL_LINE_STRIP width 1 zigzag and width 3 staircase")
{
	int i;

	pixel_ortho();
	glClearColor(0.15f, 0.15f, 0.15f, 1);
	glClear(GL_COLOR_BUFFER_BIT);
	glLineWidth(1);
	glBegin(GL_LINE_STRIP);
	for (i = 0; i < 11; i++) {
		glColor3f(i / 10.0f, 1 - i / 10.0f, 0.5f);
		glVertex2f(6.5f + i * 14 + (i % 3), (i & 1) ? 53.5f : 8.5f + i * 3);
	}
	glEnd();
	glLineWidth(3);
	/* colours change along the horizontal runs only */
	glBegin(GL_LINE_STRIP);
	for (i = 0; i < 6; i++) {
		float x = 10.5f + i * 24, y = 66.5f + i * 8;

		glColor3f(1, 0.5f + i / 12.0f, i / 6.0f);
		glVertex2f(x, y);
		glColor3f(1, 0.5f + (i + 1) / 12.0f, (i + 1) / 6.0f);
		glVertex2f(x + 24, y);
	}
	glVertex2f(154.5f, 114.5f);
	glEnd();
}

SCENE(begin_line_loop, "GL_LINE_LOOP with glLineWidth 1 (pentagon) and 3 (rectangles)")
{
	int i;

	pixel_ortho();
	glClear(GL_COLOR_BUFFER_BIT);
	glLineWidth(1);
	glBegin(GL_LINE_LOOP);
	glColor3f(1, 0, 0); glVertex2f(40.5f, 8.5f);
	glColor3f(1, 1, 0); glVertex2f(72.5f, 30.5f);
	glColor3f(0, 1, 0); glVertex2f(60.5f, 70.5f);
	glColor3f(0, 1, 1); glVertex2f(18.5f, 68.5f);
	glColor3f(0, 0, 1); glVertex2f(7.5f, 29.5f);
	glEnd();
	glLineWidth(3);
	for (i = 0; i < 3; i++) {
		float x0 = 86.5f + i * 8, y0 = 8.5f + i * 10;
		float x1 = 152.5f - i * 8, y1 = 110.5f - i * 10;

		glBegin(GL_LINE_LOOP);
		glColor3f(1, 0.4f * i, 0.2f); glVertex2f(x0, y0);
		glColor3f(0.2f, 1, 0.4f * i); glVertex2f(x1, y0);
		glColor3f(0.4f * i, 0.2f, 1); glVertex2f(x1, y1);
		glColor3f(1, 1, 1); glVertex2f(x0, y1);
		glEnd();
	}
	glBegin(GL_LINE_LOOP);	/* loop of two vertices: one line drawn twice */
	glColor3f(1, 0.5f, 0); glVertex2f(10.5f, 100.5f);
	glColor3f(1, 0.5f, 0); glVertex2f(70.5f, 100.5f);
	glEnd();
}

SCENE(begin_triangles, "GL_TRIANGLES smooth, several separate triangles")
{
	poly_ortho();
	glClearColor(0.2f, 0.2f, 0.25f, 1);
	glClear(GL_COLOR_BUFFER_BIT);
	glBegin(GL_TRIANGLES);
	glColor3f(1, 0, 0); glVertex2f(4, 6);
	glColor3f(0, 1, 0); glVertex2f(76, 12);
	glColor3f(0, 0, 1); glVertex2f(30, 112);
	glColor3f(1, 1, 0); glVertex2f(84, 8);
	glColor3f(0, 1, 1); glVertex2f(154, 40);
	glColor3f(1, 0, 1); glVertex2f(100, 70);
	glColor4f(1, 1, 1, 1); glVertex2f(90, 78);
	glColor3f(0.3f, 0.3f, 0.3f); glVertex2f(156, 52);
	glColor3f(1, 0.5f, 0); glVertex2f(140, 116);
	/* an incomplete trailing triangle is ignored */
	glColor3f(1, 1, 1); glVertex2f(0, 0); glVertex2f(160, 120);
	glEnd();
}

SCENE(begin_triangle_strip, "GL_TRIANGLE_STRIP smooth, a wavy band")
{
	int i;

	poly_ortho();
	glClear(GL_COLOR_BUFFER_BIT);
	glBegin(GL_TRIANGLE_STRIP);
	for (i = 0; i < 10; i++) {
		float x = 6 + i * 16.4f, dy = (i & 1) ? 10 : -6;

		glColor3f(i / 9.0f, 0.3f, 1 - i / 9.0f);
		glVertex2f(x, 20 + dy);
		glColor3f(1, 1 - i / 9.0f, 0.2f);
		glVertex2f(x + 3, 70 + dy);
	}
	glEnd();
	glBegin(GL_TRIANGLE_STRIP);	/* a narrow second strip */
	for (i = 0; i < 6; i++) {
		glColor3f(0.5f, 1, i / 5.0f);
		glVertex2f(10 + i * 28.0f, 84 + (i & 1) * 30);
	}
	glEnd();
}

SCENE(begin_triangle_fan, "GL_TRIANGLE_FAN smooth, a 12-sided disc and a half disc")
{
	static const float c[13][2] = {	/* cos/sin of 30 degree steps */
		{ 1, 0 }, { 0.866f, 0.5f }, { 0.5f, 0.866f }, { 0, 1 },
		{ -0.5f, 0.866f }, { -0.866f, 0.5f }, { -1, 0 },
		{ -0.866f, -0.5f }, { -0.5f, -0.866f }, { 0, -1 },
		{ 0.5f, -0.866f }, { 0.866f, -0.5f }, { 1, 0 },
	};
	int i;

	poly_ortho();
	glClear(GL_COLOR_BUFFER_BIT);
	glBegin(GL_TRIANGLE_FAN);
	glColor3f(1, 1, 1);
	glVertex2f(55, 60);
	for (i = 0; i < 13; i++) {
		glColor3f(0.5f + 0.5f * c[i][0], 0.5f + 0.5f * c[i][1], 0.5f - 0.4f * c[i][0]);
		glVertex2f(55 + 50 * c[i][0], 60 + 50 * c[i][1]);
	}
	glEnd();
	glBegin(GL_TRIANGLE_FAN);
	glColor3f(0.1f, 0.1f, 0.6f);
	glVertex2f(130, 10);
	for (i = 0; i <= 6; i++) {
		glColor3f(1, i / 6.0f, 0);
		glVertex2f(130 + 26 * c[i][0], 10 + 100 * c[i][1]);
	}
	glEnd();
}

SCENE(begin_quads, "GL_QUADS smooth (affine colours) and flat (last vertex)")
{
	poly_ortho();
	glClear(GL_COLOR_BUFFER_BIT);
	glBegin(GL_QUADS);
	lin_vertex(6, 6); lin_vertex(74, 6); lin_vertex(74, 54); lin_vertex(6, 54);
	/* a parallelogram */
	lin_vertex(84, 6); lin_vertex(140, 18); lin_vertex(156, 58); lin_vertex(100, 46);
	glEnd();
	glShadeModel(GL_FLAT);
	glBegin(GL_QUADS);
	glColor3f(1, 1, 1); glVertex2f(6, 64);
	glColor3f(1, 1, 1); glVertex2f(50, 64);
	glColor3f(1, 1, 1); glVertex2f(50, 114);
	glColor3f(1, 0.2f, 0.2f); glVertex2f(6, 114);
	glColor3f(0, 0, 0); glVertex2f(58, 70);
	glColor3f(0, 0, 0); glVertex2f(104, 64);
	glColor3f(0, 0, 0); glVertex2f(98, 112);
	glColor3f(0.2f, 1, 0.2f); glVertex2f(62, 106);
	glColor3f(1, 1, 1); glVertex2f(112, 64);
	glColor3f(1, 1, 1); glVertex2f(154, 72);
	glColor3f(1, 1, 1); glVertex2f(150, 114);
	glColor3f(0.3f, 0.3f, 1); glVertex2f(116, 100);
	glEnd();
}

SCENE(begin_quad_strip, "GL_QUAD_STRIP smooth (affine colours) and flat (last vertex of each quad)")
{
	int i;

	poly_ortho();
	glClear(GL_COLOR_BUFFER_BIT);
	glBegin(GL_QUAD_STRIP);
	for (i = 0; i < 6; i++) {
		lin_vertex(6 + i * 30.0f, 8);
		lin_vertex(6 + i * 30.0f, 50);
	}
	glEnd();
	glShadeModel(GL_FLAT);
	glBegin(GL_QUAD_STRIP);
	for (i = 0; i < 7; i++) {
		/* the even vertex never provokes; the odd one colours quad i-1 */
		glColor3f(0.5f, 0.5f, 0.5f);
		glVertex2f(6 + i * 25.0f, 60 + (i & 1) * 6);
		glColor3f((i & 1) ? 1.0f : 0.1f, (i & 2) ? 1.0f : 0.1f, (i & 4) ? 1.0f : 0.3f);
		glVertex2f(6 + i * 25.0f, 112 - (i & 1) * 4);
	}
	glEnd();
}

SCENE(begin_polygon, "GL_POLYGON convex 10-gon smooth (affine colours) and flat (first vertex)")
{
	static const float c[10][2] = {
		{ 1, 0 }, { 0.809f, 0.588f }, { 0.309f, 0.951f }, { -0.309f, 0.951f },
		{ -0.809f, 0.588f }, { -1, 0 }, { -0.809f, -0.588f },
		{ -0.309f, -0.951f }, { 0.309f, -0.951f }, { 0.809f, -0.588f },
	};
	int i;

	poly_ortho();
	glClearColor(0.3f, 0.3f, 0.3f, 1);
	glClear(GL_COLOR_BUFFER_BIT);
	glBegin(GL_POLYGON);
	for (i = 0; i < 10; i++)
		lin_vertex(42 + 38 * c[i][0], 60 + 54 * c[i][1]);
	glEnd();
	glShadeModel(GL_FLAT);
	glBegin(GL_POLYGON);
	glColor3f(0.9f, 0.6f, 0.1f);	/* the first vertex colours a polygon */
	for (i = 0; i < 10; i++) {
		glVertex2f(120 + 36 * c[i][0], 60 + 50 * c[i][1]);
		glColor3f(0, 0, 1);
	}
	glEnd();
}

SCENE(begin_flat_provoking, "glShadeModel GL_FLAT provoking vertex for every primitive type")
{
	int i;

	poly_ortho();
	glClearColor(0.5f, 0.5f, 0.5f, 1);
	glClear(GL_COLOR_BUFFER_BIT);
	glShadeModel(GL_FLAT);
	/* triangles: last vertex */
	glBegin(GL_TRIANGLES);
	glColor3f(0, 0, 0); glVertex2f(4, 4);
	glColor3f(0, 0, 0); glVertex2f(48, 4);
	glColor3f(1, 0, 0); glVertex2f(26, 54);
	glEnd();
	/* strip: vertex i+2 for triangle i */
	glBegin(GL_TRIANGLE_STRIP);
	for (i = 0; i < 6; i++) {
		glColor3f(i / 5.0f, 1, 0);
		glVertex2f(56 + (i / 2) * 24.0f, (i & 1) ? 54 : 4);
	}
	glEnd();
	/* fan: vertex i+2 for triangle i */
	glBegin(GL_TRIANGLE_FAN);
	glColor3f(0, 0, 0); glVertex2f(132, 4);
	for (i = 0; i < 5; i++) {
		glColor3f(0, i / 4.0f, 1);
		glVertex2f(156 - i * 12.0f, 54 - (i & 1) * 8.0f);
	}
	glEnd();
	/* quads: last vertex */
	glBegin(GL_QUADS);
	glColor3f(0, 0, 0); glVertex2f(4, 64);
	glColor3f(0, 0, 0); glVertex2f(48, 64);
	glColor3f(0, 0, 0); glVertex2f(48, 116);
	glColor3f(1, 0, 1); glVertex2f(4, 116);
	glEnd();
	/* polygon: first vertex */
	glBegin(GL_POLYGON);
	glColor3f(1, 1, 0); glVertex2f(56, 64);
	glColor3f(0, 0, 0); glVertex2f(100, 64);
	glColor3f(0, 0, 0); glVertex2f(106, 90);
	glColor3f(0, 0, 0); glVertex2f(100, 116);
	glColor3f(0, 0, 0); glVertex2f(56, 116);
	glEnd();
	/* lines: second vertex of each segment */
	glLineWidth(3);
	glBegin(GL_LINES);
	for (i = 0; i < 5; i++) {
		glColor3f(0, 0, 0); glVertex2f(112.5f, 66.5f + i * 11);
		glColor3f(1, 1 - i / 4.0f, i / 4.0f); glVertex2f(154.5f, 66.5f + i * 11);
	}
	glEnd();
}
