/* Clipping against the view volume and user planes. */
#include "../scene.h"

SCENE(clip_near_far, "triangles crossing the near and far planes, perspective, smooth colour")
{
	glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
	glEnable(GL_DEPTH_TEST);
	glMatrixMode(GL_PROJECTION);
	glFrustum(-1, 1, -0.75, 0.75, 1, 6);
	glMatrixMode(GL_MODELVIEW);
	glBegin(GL_TRIANGLES);
	glColor3f(1, 0, 0); glVertex3f(-2, -1, -0.2f);
	glColor3f(0, 1, 0); glVertex3f(2, -1, -0.2f);
	glColor3f(0, 0, 1); glVertex3f(0, 1.5f, -9);
	glColor3f(1, 1, 0); glVertex3f(-1.5f, 0.8f, -2);
	glColor3f(0, 1, 1); glVertex3f(1.5f, 0.5f, -8);
	glColor3f(1, 0, 1); glVertex3f(-0.5f, -0.6f, -0.5f);
	glEnd();
}

SCENE(clip_sides, "triangles crossing left, right, top and bottom planes")
{
	int i;

	/* triangles: how a quad with non-planar colours is split is left to
	 * the implementation */
	glClear(GL_COLOR_BUFFER_BIT);
	glBegin(GL_TRIANGLES);
	for (i = 0; i < 4; i++) {
		float o = i * 0.5f - 0.75f;

		glColor3f(1, i / 4.0f, 0); glVertex2f(-1.6f, o - 0.2f);
		glColor3f(0, 1, i / 4.0f); glVertex2f(1.7f, o - 0.1f);
		glColor3f(i / 4.0f, 0, 1); glVertex2f(1.4f, o + 0.15f);
	}
	glEnd();
	glBegin(GL_TRIANGLES);
	glColor3f(0.5f, 0.5f, 0.5f);
	glVertex2f(-0.2f, -1.8f); glVertex2f(0.3f, -1.8f); glVertex2f(0.05f, 1.9f);
	glEnd();
}

SCENE(clip_user_planes, "glClipPlane with GL_CLIP_PLANE0 and GL_CLIP_PLANE1 under a rotation")
{
	GLdouble p0[4] = { 1, 0.3, 0, 0.2 }, p1[4] = { -0.2, 1, 0, 0.3 };
	int i;

	glClear(GL_COLOR_BUFFER_BIT);
	glPushMatrix();
	glRotatef(20, 0, 0, 1);
	glClipPlane(GL_CLIP_PLANE0, p0);
	glPopMatrix();
	glClipPlane(GL_CLIP_PLANE1, p1);
	glEnable(GL_CLIP_PLANE0);
	glEnable(GL_CLIP_PLANE1);
	glBegin(GL_TRIANGLE_FAN);
	glColor3f(1, 1, 1);
	glVertex2f(0, 0);
	for (i = 0; i <= 16; i++) {
		float a = i * 6.2831853f / 16;

		glColor3f(0.5f + 0.5f * __builtin_cosf(a), 0.3f, 0.5f + 0.5f * __builtin_sinf(a));
		glVertex2f(0.9f * __builtin_cosf(a), 0.9f * __builtin_sinf(a));
	}
	glEnd();
}

SCENE(clip_lines_points, "lines and points clipped by the view volume and a user plane")
{
	GLdouble p[4] = { 0, -1, 0, 0.5 };
	int i;

	glClear(GL_COLOR_BUFFER_BIT);
	glClipPlane(GL_CLIP_PLANE2, p);
	glEnable(GL_CLIP_PLANE2);
	glBegin(GL_LINES);
	for (i = 0; i < 10; i++) {
		glColor3f(1, i / 10.0f, 0);
		glVertex2f(-1.5f, -1.2f + i * 0.25f);
		glColor3f(0, i / 10.0f, 1);
		glVertex2f(1.5f, -0.8f + i * 0.2f);
	}
	glEnd();
	glPointSize(3);
	glBegin(GL_POINTS);
	for (i = 0; i < 20; i++) {
		glColor3f(1, 1, 1);
		glVertex2f(-1.2f + i * 0.13f, 0.7f - i * 0.08f);
	}
	glEnd();
}
