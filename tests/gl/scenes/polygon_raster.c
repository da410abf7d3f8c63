/* Polygon rasterization state: glCullFace (FRONT, BACK, FRONT_AND_BACK),
 * glFrontFace(GL_CW), glPolygonMode (LINE, POINT, front and back apart),
 * glPolygonOffset with GL_POLYGON_OFFSET_FILL, glPolygonStipple,
 * glLineStipple and glEdgeFlag.  Outlined polygons have their vertices on
 * pixel centres and avoid 45 degree edges, filled ones are shifted off the
 * pixel centres, so no rasterization tie decides a pixel. */
#include "../scene.h"

static void pixel_ortho(float shift)
{
	glMatrixMode(GL_PROJECTION);
	glLoadIdentity();
	glOrtho(-shift, SCENE_W - shift, -shift * 1.6, SCENE_H - shift * 1.6, -1, 1);
	glMatrixMode(GL_MODELVIEW);
	glLoadIdentity();
}

/* Two counter-clockwise (front) and two clockwise (back) triangles in a
 * 50 x 100 panel at x; front ones warm, back ones cool.  The front ones
 * are moved by fs and the back ones by bs pixels: filled triangles by a
 * fraction, outlined ones not at all (their vertices on pixel centres). */
static void wound_triangles(float x, float fs, float bs)
{
	glBegin(GL_TRIANGLES);
	glColor3f(1, 0.3f, 0.2f);
	glVertex2f(x + 2.5f + fs, 6.5f + fs); glVertex2f(x + 46.5f + fs, 10.5f + fs);
	glVertex2f(x + 12.5f + fs, 52.5f + fs);
	glColor3f(0.2f, 0.4f, 1);
	glVertex2f(x + 48.5f + bs, 20.5f + bs); glVertex2f(x + 20.5f + bs, 56.5f + bs);
	glVertex2f(x + 46.5f + bs, 60.5f + bs);
	glColor3f(1, 0.9f, 0.2f);
	glVertex2f(x + 4.5f + fs, 64.5f + fs); glVertex2f(x + 30.5f + fs, 66.5f + fs);
	glVertex2f(x + 8.5f + fs, 112.5f + fs);
	glColor3f(0.2f, 1, 0.8f);
	glVertex2f(x + 46.5f + bs, 70.5f + bs); glVertex2f(x + 24.5f + bs, 114.5f + bs);
	glVertex2f(x + 47.5f + bs, 113.5f + bs);
	glEnd();
}

SCENE(pr_cull_face, "glCullFace GL_BACK, GL_FRONT and GL_FRONT_AND_BACK (points still drawn)")
{
	int i;

	pixel_ortho(0.13f);
	glClearColor(0.25f, 0.25f, 0.25f, 1);
	glClear(GL_COLOR_BUFFER_BIT);
	glEnable(GL_CULL_FACE);
	glCullFace(GL_BACK);
	wound_triangles(2, 0, 0);
	glCullFace(GL_FRONT);
	wound_triangles(56, 0, 0);
	glCullFace(GL_FRONT_AND_BACK);
	wound_triangles(108, 0, 0);
	glPointSize(3);
	pixel_ortho(0);	/* odd-sized points on pixel centres */
	glBegin(GL_POINTS);
	glColor3f(1, 1, 1);
	for (i = 0; i < 8; i++)
		glVertex2f(120.5f + (i % 4) * 8, 40.5f + (i / 4) * 40);
	glEnd();
}

SCENE(pr_front_face_cw, "glFrontFace(GL_CW) with back-face culling: a closed box shows its inside")
{
	static const float face[6][4][3] = {	/* counter-clockwise from outside */
		{ { 1, -1, -1 }, { 1, 1, -1 }, { 1, 1, 1 }, { 1, -1, 1 } },
		{ { -1, -1, 1 }, { -1, 1, 1 }, { -1, 1, -1 }, { -1, -1, -1 } },
		{ { -1, 1, -1 }, { -1, 1, 1 }, { 1, 1, 1 }, { 1, 1, -1 } },
		{ { -1, -1, 1 }, { -1, -1, -1 }, { 1, -1, -1 }, { 1, -1, 1 } },
		{ { -1, -1, 1 }, { 1, -1, 1 }, { 1, 1, 1 }, { -1, 1, 1 } },
		{ { 1, -1, -1 }, { -1, -1, -1 }, { -1, 1, -1 }, { 1, 1, -1 } },
	};
	int side, f, v;

	glClear(GL_COLOR_BUFFER_BIT);
	glMatrixMode(GL_PROJECTION);
	glFrustum(-0.5, 0.5, -0.375, 0.375, 1, 20);
	glMatrixMode(GL_MODELVIEW);
	glEnable(GL_CULL_FACE);
	for (side = 0; side < 2; side++) {
		glFrontFace(side ? GL_CW : GL_CCW);
		glLoadIdentity();
		glTranslatef(side ? 1.35f : -1.35f, 0, -5.5f);
		glRotatef(35, 1, 0, 0);
		glRotatef(40, 0, 1, 0);
		glBegin(GL_QUADS);
		for (f = 0; f < 6; f++) {
			glColor3f(f & 1 ? 1.0f : 0.3f, f & 2 ? 1.0f : 0.3f, f & 4 ? 1.0f : 0.4f);
			for (v = 0; v < 4; v++)
				glVertex3fv(face[f][v]);
		}
		glEnd();
	}
}

SCENE(pr_polygon_mode_line, "glPolygonMode(GL_FRONT_AND_BACK, GL_LINE) on triangles, a quad and a polygon")
{
	pixel_ortho(0);
	glClearColor(0.1f, 0.1f, 0.15f, 1);
	glClear(GL_COLOR_BUFFER_BIT);
	glPolygonMode(GL_FRONT_AND_BACK, GL_LINE);
	wound_triangles(4, 0, 0);
	glBegin(GL_QUADS);
	glColor3f(1, 1, 1);
	glVertex2f(62.5f, 8.5f); glVertex2f(100.5f, 8.5f);
	glVertex2f(100.5f, 50.5f); glVertex2f(62.5f, 50.5f);
	glEnd();
	glBegin(GL_POLYGON);
	glColor3f(1, 0.5f, 1);
	glVertex2f(110.5f, 8.5f); glVertex2f(150.5f, 14.5f); glVertex2f(154.5f, 40.5f);
	glVertex2f(131.5f, 54.5f); glVertex2f(112.5f, 37.5f);
	glEnd();
	glLineWidth(3);
	glBegin(GL_QUADS);
	glColor3f(0.3f, 1, 0.3f);
	glVertex2f(64.5f, 66.5f); glVertex2f(150.5f, 66.5f);
	glVertex2f(150.5f, 110.5f); glVertex2f(64.5f, 110.5f);
	glEnd();
	/* back in fill mode: an inner filled rectangle */
	glPolygonMode(GL_FRONT_AND_BACK, GL_FILL);
	glColor3f(0.2f, 0.4f, 0.2f);
	glRectf(80.13f, 76.21f, 134.13f, 100.21f);
}

SCENE(pr_polygon_mode_point, "glPolygonMode GL_POINT with glPointSize 1 and 3")
{
	int i;

	pixel_ortho(0);
	glClear(GL_COLOR_BUFFER_BIT);
	glPolygonMode(GL_FRONT_AND_BACK, GL_POINT);
	glPointSize(3);
	glBegin(GL_TRIANGLE_STRIP);
	for (i = 0; i < 12; i++) {
		glColor3f(i / 11.0f, 1, 1 - i / 11.0f);
		glVertex2f(8.5f + i * 13, (i & 1) ? 52.5f : 10.5f);
	}
	glEnd();
	glPointSize(1);
	glBegin(GL_TRIANGLE_FAN);
	glColor3f(1, 1, 1);
	glVertex2f(80.5f, 88.5f);
	for (i = 0; i < 24; i++) {
		glColor3f(1, i / 23.0f, 0.3f);
		glVertex2f(80.5f + (i - 12) * 6, i & 1 ? 116.5f : 62.5f);
	}
	glEnd();
	/* a filled strip for comparison */
	glPolygonMode(GL_FRONT_AND_BACK, GL_FILL);
	glBegin(GL_TRIANGLE_STRIP);
	glColor3f(0.3f, 0.3f, 0.6f);
	glVertex2f(8.13f, 56.21f); glVertex2f(152.13f, 56.21f);
	glVertex2f(8.13f, 58.21f); glVertex2f(152.13f, 58.21f);
	glEnd();
}

SCENE(pr_polygon_mode_front_back, "glPolygonMode with different front (FILL) and back (LINE, then POINT) modes")
{
	pixel_ortho(0);
	glClear(GL_COLOR_BUFFER_BIT);
	glPolygonMode(GL_FRONT, GL_FILL);
	glPolygonMode(GL_BACK, GL_LINE);
	wound_triangles(4, 0.17f, 0);
	glPolygonMode(GL_BACK, GL_POINT);
	glPointSize(3);
	wound_triangles(56, 0.17f, 0);
	/* swapped: front outlined, back filled */
	glPolygonMode(GL_FRONT, GL_LINE);
	glPolygonMode(GL_BACK, GL_FILL);
	wound_triangles(108, 0, 0.17f);
}

SCENE(pr_polygon_offset, "glPolygonOffset with GL_POLYGON_OFFSET_FILL: decals on coplanar tilted surfaces, and one pushed behind")
{
	int i;

	glClearColor(0.1f, 0.1f, 0.1f, 1);
	glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
	glEnable(GL_DEPTH_TEST);
	glMatrixMode(GL_PROJECTION);
	glFrustum(-0.5, 0.5, -0.375, 0.375, 1, 20);
	glMatrixMode(GL_MODELVIEW);
	glTranslatef(0, -0.3f, -4);
	glRotatef(-60, 1, 0, 0);
	glRotatef(20, 0, 0, 1);
	/* the base surface */
	glBegin(GL_TRIANGLE_STRIP);
	glColor3f(0.5f, 0.5f, 0.6f);
	glVertex3f(-2, -2, 0); glVertex3f(2, -2, 0); glVertex3f(-2, 2, 0); glVertex3f(2, 2, 0);
	glEnd();
	/* decals on the same plane, drawn with a negative offset */
	glEnable(GL_POLYGON_OFFSET_FILL);
	glPolygonOffset(-1, -4);
	for (i = 0; i < 4; i++) {
		float x = -1.6f + i * 0.85f;

		glBegin(GL_TRIANGLE_STRIP);
		glColor3f(1, 0.3f + i * 0.2f, 0.2f);
		glVertex3f(x, -1.2f, 0); glVertex3f(x + 0.6f, -1.2f, 0);
		glColor3f(0.2f, 0.3f + i * 0.2f, 1);
		glVertex3f(x, 1.4f, 0); glVertex3f(x + 0.6f, 1.4f, 0);
		glEnd();
	}
	/* a second surface slightly above the base but pushed behind it */
	glPolygonOffset(4, 40);
	glBegin(GL_TRIANGLE_STRIP);
	glColor3f(1, 1, 0);
	glVertex3f(-0.5f, 1.6f, 0.001f); glVertex3f(1.8f, 1.6f, 0.001f);
	glVertex3f(-0.5f, 1.9f, 0.001f); glVertex3f(1.8f, 1.9f, 0.001f);
	glEnd();
	glDisable(GL_POLYGON_OFFSET_FILL);
	/* a plain box standing on the surface */
	glBegin(GL_TRIANGLE_STRIP);
	glColor3f(0.2f, 0.9f, 0.3f);
	glVertex3f(-1.8f, -1.9f, 0); glVertex3f(-1.0f, -1.9f, 0);
	glVertex3f(-1.8f, -1.9f, 0.9f); glVertex3f(-1.0f, -1.9f, 0.9f);
	glEnd();
}

SCENE(pr_polygon_stipple, "glPolygonStipple patterns on triangles and rectangles, window-aligned")
{
	GLubyte pat[128], pat2[128];
	int i;

	for (i = 0; i < 128; i++) {
		int row = i / 4, col = i % 4;

		pat[i] = (GLubyte)((row & 4) ? 0xf0 >> (row & 3) : 0x0f << (row & 3));
		pat2[i] = (GLubyte)(((row + col) & 1) ? 0xaa : 0x55);
		if (row < 8 && col == 1)
			pat2[i] = 0xff;
	}
	pixel_ortho(0.13f);
	glClearColor(0.15f, 0.15f, 0.4f, 1);
	glClear(GL_COLOR_BUFFER_BIT);
	glEnable(GL_POLYGON_STIPPLE);
	glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
	glPolygonStipple(pat);
	glBegin(GL_TRIANGLES);
	glColor3f(1, 0.4f, 0.2f); glVertex2f(4, 4);
	glColor3f(1, 1, 0.2f); glVertex2f(96, 10);
	glColor3f(0.4f, 1, 0.4f); glVertex2f(30, 114);
	glEnd();
	glPolygonStipple(pat2);
	glColor3f(1, 1, 1);
	glRectf(70, 40, 156, 116);
	glDisable(GL_POLYGON_STIPPLE);
	glColor3f(0.2f, 0.8f, 0.9f);
	glRectf(110, 4, 156, 30);
}

SCENE(pr_line_stipple, "glLineStipple factors 1, 2 and 3 on GL_LINES, GL_LINE_STRIP (pattern continues) and GL_LINE_LOOP")
{
	static const GLushort pats[4] = { 0x00ff, 0x0f0f, 0x3333, 0x1c47 };
	int i;

	pixel_ortho(0);
	glClear(GL_COLOR_BUFFER_BIT);
	glEnable(GL_LINE_STIPPLE);
	for (i = 0; i < 12; i++) {
		glLineStipple(1 + i % 3, pats[i / 3]);
		glLineWidth(i & 1 ? 3.0f : 1.0f);
		glBegin(GL_LINES);
		glColor3f(1, 0.3f + (i % 3) * 0.3f, (i / 3) / 3.0f);
		glVertex2f(4.5f, 4.5f + i * 6);
		glVertex2f(100.5f, 4.5f + i * 6);
		glEnd();
	}
	/* a vertical strip: the pattern carries on across its segments */
	glLineWidth(1);
	glLineStipple(2, 0x0f3f);
	glBegin(GL_LINE_STRIP);
	glColor3f(1, 1, 1);
	glVertex2f(110.5f, 4.5f); glVertex2f(110.5f, 40.5f);
	glVertex2f(150.5f, 40.5f); glVertex2f(150.5f, 4.5f);
	glVertex2f(130.5f, 4.5f);
	glEnd();
	/* separate GL_LINES restart the pattern on every segment */
	glLineStipple(1, 0x00ff);
	glBegin(GL_LINES);
	for (i = 0; i < 5; i++) {
		glColor3f(0.3f, 1, 0.3f);
		glVertex2f(112.5f + i * 8, 50.5f);
		glVertex2f(112.5f + i * 8, 70.5f);
	}
	glEnd();
	glLineStipple(3, 0x5f5f);
	glBegin(GL_LINE_LOOP);
	glColor3f(1, 0.5f, 1);
	glVertex2f(8.5f, 80.5f); glVertex2f(150.5f, 80.5f);
	glVertex2f(150.5f, 114.5f); glVertex2f(8.5f, 114.5f);
	glEnd();
	glDisable(GL_LINE_STIPPLE);
	glColor3f(0.3f, 0.3f, 0.3f);
	glRectf(20.13f, 90.21f, 138.13f, 104.21f);
}

SCENE(pr_edge_flag, "glEdgeFlag(GL_FALSE) hides interior edges of triangles and quads in GL_LINE mode; fill unaffected")
{
	int i;

	pixel_ortho(0);
	glClear(GL_COLOR_BUFFER_BIT);
	glPolygonMode(GL_FRONT_AND_BACK, GL_LINE);
	/* a hexagon from four triangles: only the outline is drawn */
	glBegin(GL_TRIANGLES);
	glColor3f(1, 1, 0.3f);
	for (i = 0; i < 4; i++) {
		static const float hx[6] = { 40.5f, 70.5f, 70.5f, 40.5f, 10.5f, 10.5f };
		static const float hy[6] = { 6.5f, 22.5f, 56.5f, 72.5f, 56.5f, 22.5f };
		int a = 0, b = i + 1, c = i + 2;

		glEdgeFlag(i == 0 ? GL_TRUE : GL_FALSE);	/* edge a-b */
		glVertex2f(hx[a], hy[a]);
		glEdgeFlag(GL_TRUE);				/* edge b-c */
		glVertex2f(hx[b], hy[b]);
		glEdgeFlag(i == 3 ? GL_TRUE : GL_FALSE);	/* edge c-a */
		glVertex2f(hx[c], hy[c]);
	}
	glEnd();
	/* quads: a 3 x 1 row with the shared edges hidden */
	glBegin(GL_QUADS);
	for (i = 0; i < 3; i++) {
		float x = 84.5f + i * 23;

		glColor3f(0.3f, 1, 1);
		glEdgeFlag(GL_TRUE);		/* bottom */
		glVertex2f(x, 8.5f);
		glEdgeFlag(i == 2 ? GL_TRUE : GL_FALSE);	/* right */
		glVertex2f(x + 23, 8.5f);
		glEdgeFlag(GL_TRUE);		/* top */
		glVertex2f(x + 23, 40.5f);
		glEdgeFlag(i == 0 ? GL_TRUE : GL_FALSE);	/* left */
		glVertex2f(x, 40.5f);
	}
	glEnd();
	glEdgeFlag(GL_TRUE);
	/* the same hexagon triangles filled: edge flags do not matter */
	glPolygonMode(GL_FRONT_AND_BACK, GL_FILL);
	glTranslatef(80.13f, 46.21f, 0);
	glBegin(GL_TRIANGLE_FAN);
	glColor3f(1, 0.5f, 0.2f);
	glEdgeFlag(GL_FALSE);
	glVertex2f(40, 6); glVertex2f(70, 22); glVertex2f(70, 56);
	glVertex2f(40, 72); glVertex2f(10, 56); glVertex2f(10, 22);
	glEnd();
	glEdgeFlag(GL_TRUE);
}
