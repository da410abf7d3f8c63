/* Rasterization state: culling, winding, polygon modes, offset, stipples. */
#include "../scene.h"

static void two_tris(float x)
{
	glBegin(GL_TRIANGLES);
	/* counter-clockwise */
	glColor3f(1, 0.3f, 0.3f);
	glVertex2f(x - 0.35f, 0.1f); glVertex2f(x + 0.05f, 0.1f); glVertex2f(x - 0.15f, 0.8f);
	/* clockwise */
	glColor3f(0.3f, 0.3f, 1);
	glVertex2f(x - 0.35f, -0.8f); glVertex2f(x - 0.15f, -0.1f); glVertex2f(x + 0.05f, -0.8f);
	glEnd();
}

SCENE(raster_cull, "glCullFace FRONT, BACK, FRONT_AND_BACK; glFrontFace(GL_CW)")
{
	glClear(GL_COLOR_BUFFER_BIT);
	two_tris(-0.6f);
	glEnable(GL_CULL_FACE);
	glCullFace(GL_BACK);
	two_tris(-0.1f);
	glCullFace(GL_FRONT);
	two_tris(0.4f);
	glFrontFace(GL_CW);
	glCullFace(GL_BACK);
	two_tris(0.9f);
	glCullFace(GL_FRONT_AND_BACK);
	two_tris(0.0f);
}

SCENE(raster_polygon_mode, "glPolygonMode GL_LINE and GL_POINT, different front and back")
{
	glClear(GL_COLOR_BUFFER_BIT);
	glPolygonMode(GL_FRONT, GL_LINE);
	glPolygonMode(GL_BACK, GL_POINT);
	glPointSize(3);
	two_tris(-0.4f);
	glPolygonMode(GL_FRONT_AND_BACK, GL_LINE);
	glBegin(GL_QUADS);
	glColor3f(1, 1, 0);
	glVertex2f(0.2f, -0.8f); glVertex2f(0.9f, -0.8f);
	glVertex2f(0.9f, 0.8f); glVertex2f(0.2f, 0.8f);
	glEnd();
}

SCENE(raster_edge_flag, "glEdgeFlag hides polygon edges in GL_LINE mode")
{
	glClear(GL_COLOR_BUFFER_BIT);
	glPolygonMode(GL_FRONT_AND_BACK, GL_LINE);
	glColor3f(0, 1, 0.5f);
	glBegin(GL_POLYGON);
	glEdgeFlag(GL_TRUE);
	glVertex2f(-0.8f, -0.8f);
	glEdgeFlag(GL_FALSE);
	glVertex2f(0.8f, -0.8f);
	glEdgeFlag(GL_TRUE);
	glVertex2f(0.8f, 0.8f);
	glEdgeFlag(GL_FALSE);
	glVertex2f(0.0f, 0.9f);
	glEdgeFlag(GL_TRUE);
	glVertex2f(-0.8f, 0.8f);
	glEnd();
}

SCENE(raster_polygon_offset, "glPolygonOffset fill: a decal on a coplanar tilted surface")
{
	glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
	glEnable(GL_DEPTH_TEST);
	glMatrixMode(GL_PROJECTION);
	glFrustum(-1, 1, -0.75, 0.75, 1, 10);
	glMatrixMode(GL_MODELVIEW);
	glTranslatef(0, 0, -3);
	glRotatef(-60, 1, 0, 0);
	glColor3f(0.6f, 0.6f, 0.6f);
	glRectf(-1.5f, -1.5f, 1.5f, 1.5f);
	glEnable(GL_POLYGON_OFFSET_FILL);
	glPolygonOffset(-1, -2);
	glColor3f(1, 0.2f, 0.2f);
	glRectf(-0.8f, -0.5f, 0.8f, 0.5f);
}

SCENE(raster_polygon_stipple, "glPolygonStipple pattern")
{
	GLubyte pat[128];
	int i;

	for (i = 0; i < 128; i++)
		pat[i] = (GLubyte)((i / 4) & 4 ? 0xf0 : 0x3c);
	glClear(GL_COLOR_BUFFER_BIT);
	glEnable(GL_POLYGON_STIPPLE);
	glPolygonStipple(pat);
	glBegin(GL_TRIANGLES);
	glColor3f(1, 0, 0); glVertex2f(-0.9f, -0.9f);
	glColor3f(0, 1, 0); glVertex2f(0.9f, -0.9f);
	glColor3f(0, 0, 1); glVertex2f(0, 0.9f);
	glEnd();
}

SCENE(raster_line_stipple, "glLineStipple with factor 1 and 3 on strips")
{
	int k;

	glClear(GL_COLOR_BUFFER_BIT);
	glEnable(GL_LINE_STIPPLE);
	for (k = 0; k < 4; k++) {
		glLineStipple(k < 2 ? 1 : 3, k & 1 ? 0x0f0f : 0x33ff);
		glBegin(GL_LINE_STRIP);
		glColor3f(1, 1, 1);
		glVertex2f(-0.9f, -0.7f + k * 0.45f);
		glColor3f(1, 0.5f, 0);
		glVertex2f(0.2f, -0.6f + k * 0.45f);
		glVertex2f(0.9f, -0.8f + k * 0.45f);
		glEnd();
	}
}
