/* Clipping: triangles crossing the near, far and side planes of a
 * perspective frustum with smooth colours and textures, user clip planes
 * (glClipPlane, GL_CLIP_PLANE0..2) given under transforms. */
#include <math.h>
#include "../scene.h"

static void frustum(void)
{
	glMatrixMode(GL_PROJECTION);
	glLoadIdentity();
	glFrustum(-0.5, 0.5, -0.375, 0.375, 1, 12);
	glMatrixMode(GL_MODELVIEW);
	glLoadIdentity();
}

/* A smooth sphere made of triangle strips. */
static void sphere(float r, int n)
{
	int i, j;

	for (j = 0; j < n; j++) {
		float t0 = (float)M_PI * j / n, t1 = (float)M_PI * (j + 1) / n;

		glBegin(GL_TRIANGLE_STRIP);
		for (i = 0; i <= 2 * n; i++) {
			float p = (float)M_PI * i / n;
			float x0 = sinf(t0) * cosf(p), y0 = cosf(t0), z0 = sinf(t0) * sinf(p);
			float x1 = sinf(t1) * cosf(p), y1 = cosf(t1), z1 = sinf(t1) * sinf(p);

			glColor3f(0.5f + 0.5f * x0, 0.5f + 0.5f * y0, 0.5f + 0.5f * z0);
			glVertex3f(r * x0, r * y0, r * z0);
			glColor3f(0.5f + 0.5f * x1, 0.5f + 0.5f * y1, 0.5f + 0.5f * z1);
			glVertex3f(r * x1, r * y1, r * z1);
		}
		glEnd();
	}
}

SCENE(cl_near_far, "perspective triangles crossing the near and the far plane, smooth colours, depth test")
{
	glClearColor(0.1f, 0.1f, 0.2f, 1);
	glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
	glEnable(GL_DEPTH_TEST);
	frustum();
	glBegin(GL_TRIANGLES);
	/* a floor from behind the eye to beyond the far plane */
	glColor3f(1, 0.2f, 0.2f); glVertex3f(-3, -1, 2);
	glColor3f(0.2f, 1, 0.2f); glVertex3f(3, -1, 2);
	glColor3f(0.2f, 0.2f, 1); glVertex3f(0.5f, -1, -30);
	/* a wall slanting through the far plane */
	glColor3f(1, 1, 0.2f); glVertex3f(-5, 2.5f, -6);
	glColor3f(0.2f, 1, 1); glVertex3f(-5, -1.2f, -6);
	glColor3f(1, 0.2f, 1); glVertex3f(6, 0.6f, -20);
	/* a blade crossing the near plane right in front of the eye */
	glColor3f(1, 1, 1); glVertex3f(0.2f, 0.45f, -0.2f);
	glColor3f(1, 0.5f, 0); glVertex3f(0.9f, 0.2f, -3);
	glColor3f(0, 0.5f, 1); glVertex3f(1.4f, 1.3f, -4);
	glEnd();
}

SCENE(cl_sides, "triangles crossing the left, right, top and bottom planes (one crossing a corner), smooth colours")
{
	glClear(GL_COLOR_BUFFER_BIT);
	frustum();
	glTranslatef(0, 0, -4);
	glBegin(GL_TRIANGLES);
	glColor3f(1, 0, 0); glVertex3f(-4, 0.2f, 0);
	glColor3f(1, 1, 0); glVertex3f(-1, -1.2f, 0);
	glColor3f(1, 0, 1); glVertex3f(-0.8f, 0.9f, 0);
	glColor3f(0, 1, 0); glVertex3f(4.5f, -0.6f, -1);
	glColor3f(0, 1, 1); glVertex3f(0.9f, 1.3f, 0);
	glColor3f(1, 1, 1); glVertex3f(0.8f, -0.3f, 0);
	glColor3f(0, 0, 1); glVertex3f(-0.6f, 3.5f, 0);
	glColor3f(0.5f, 0, 1); glVertex3f(0.3f, 0.6f, 0);
	glColor3f(0, 0.5f, 1); glVertex3f(0.5f, 3.3f, 0);
	glColor3f(1, 0.5f, 0); glVertex3f(-0.2f, -4, 0);
	glColor3f(0.5f, 1, 0); glVertex3f(0.6f, -0.9f, 0);
	glColor3f(0.2f, 0.2f, 0.2f); glVertex3f(0.1f, -0.2f, 0);
	/* one vertex beyond the top-right corner, two inside */
	glColor3f(1, 1, 1); glVertex3f(5, 5, 0);
	glColor3f(0.6f, 0.2f, 0.2f); glVertex3f(1.2f, 0.1f, 0);
	glColor3f(0.2f, 0.6f, 0.2f); glVertex3f(0.2f, 0.8f, 0);
	glEnd();
}

SCENE(cl_huge_triangle, "a triangle with vertices far outside the view volume, textured, and one crossing w = 0")
{
	static const unsigned char a[4] = { 240, 240, 240, 255 }, b[4] = { 60, 100, 200, 255 };
	GLuint t;

	glClear(GL_COLOR_BUFFER_BIT);
	glMatrixMode(GL_PROJECTION);
	glOrtho(-1, 1, -0.75, 0.75, -1, 1);
	glMatrixMode(GL_MODELVIEW);
	glGenTextures(1, &t);
	glBindTexture(GL_TEXTURE_2D, t);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
	scene_checker_texture(16, 16, 2, a, b);
	glEnable(GL_TEXTURE_2D);
	glColor3f(1, 1, 1);
	/* texcoords affine in x and y: 2 checker repeats per unit */
	glBegin(GL_TRIANGLES);
	glTexCoord2f(-2000 * 0.5f, -1000 * 0.5f); glVertex2f(-2000, -1000);
	glTexCoord2f(3000 * 0.5f, -1000 * 0.5f); glVertex2f(3000, -1000);
	glTexCoord2f(0.3f * 0.5f, 0.2f * 0.5f); glVertex2f(0.3f, 0.2f);
	glEnd();
	glDisable(GL_TEXTURE_2D);
	/* perspective: one vertex behind the eye (w < 0) */
	frustum();
	glBegin(GL_TRIANGLES);
	glColor3f(1, 0.3f, 0.2f); glVertex3f(-0.4f, 0.5f, -2);
	glColor3f(1, 0.9f, 0.2f); glVertex3f(0.7f, 0.6f, -2);
	glColor3f(0.3f, 1, 0.2f); glVertex3f(0.1f, 0.3f, 3);
	glEnd();
	glDeleteTextures(1, &t);
}

SCENE(cl_user_planes, "glClipPlane GL_CLIP_PLANE0 and GL_CLIP_PLANE1 on a smooth sphere, planes set under a rotation")
{
	static const GLdouble p0[4] = { 1, 0, 0, 0.2 };		/* keep x > -0.2 */
	static const GLdouble p1[4] = { 0, -1, 0, 0.5 };	/* keep y < 0.5 */

	glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
	glEnable(GL_DEPTH_TEST);
	glMatrixMode(GL_PROJECTION);
	glOrtho(-2.2, 2.2, -1.65, 1.65, -3, 3);
	glMatrixMode(GL_MODELVIEW);
	/* left: one plane, given under a rotation of 30 degrees about z */
	glPushMatrix();
	glTranslatef(-1.1f, 0, 0);
	glRotatef(30, 0, 0, 1);
	glClipPlane(GL_CLIP_PLANE0, p0);
	glRotatef(-30, 0, 0, 1);	/* the plane stays where it was given */
	glEnable(GL_CLIP_PLANE0);
	glRotatef(50, 1, 0, 0);
	sphere(1, 16);
	glPopMatrix();
	/* right: two planes, the second given under a translation */
	glPushMatrix();
	glTranslatef(1.1f, 0, 0);
	glClipPlane(GL_CLIP_PLANE0, p0);
	glTranslatef(0, -0.2f, 0);
	glClipPlane(GL_CLIP_PLANE1, p1);
	glTranslatef(0, 0.2f, 0);
	glEnable(GL_CLIP_PLANE1);
	glRotatef(-60, 0, 1, 0);
	sphere(1, 16);
	glPopMatrix();
	glDisable(GL_CLIP_PLANE0);
	glDisable(GL_CLIP_PLANE1);
}

SCENE(cl_user_planes_persp, "three user clip planes with a perspective projection on a smooth floor and a box")
{
	static const GLdouble diag[4] = { 1, 0.6, 0, 0.6 };	/* x + 0.6y > -0.6 */
	static const GLdouble far_cut[4] = { 0, 0, 1, 9 };	/* z > -9 */
	static const GLdouble slab[4] = { -1, 0, 0, 1.5 };	/* x < 1.5 */

	glClearColor(0.25f, 0.2f, 0.2f, 1);
	glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
	glEnable(GL_DEPTH_TEST);
	frustum();
	glClipPlane(GL_CLIP_PLANE0, diag);
	glClipPlane(GL_CLIP_PLANE1, far_cut);
	glClipPlane(GL_CLIP_PLANE2, slab);
	glEnable(GL_CLIP_PLANE0);
	glEnable(GL_CLIP_PLANE1);
	glEnable(GL_CLIP_PLANE2);
	glBegin(GL_TRIANGLE_STRIP);
	glColor3f(0.9f, 0.9f, 0.3f); glVertex3f(-3, -1, -1);
	glColor3f(0.3f, 0.9f, 0.9f); glVertex3f(3, -1, -1);
	glColor3f(0.9f, 0.3f, 0.9f); glVertex3f(-3, -1, -11);
	glColor3f(0.3f, 0.3f, 0.9f); glVertex3f(3, -1, -11);
	glEnd();
	glDisable(GL_CLIP_PLANE1);
	glTranslatef(-0.2f, -0.45f, -4.5f);
	glRotatef(15, 1, 0, 0);
	glRotatef(30, 0, 1, 0);
	glScalef(0.55f, 0.55f, 0.55f);
	glBegin(GL_TRIANGLE_STRIP);
	glColor3f(1, 0.3f, 0.3f); glVertex3f(-1, -1, 1);
	glColor3f(1, 1, 0.3f); glVertex3f(-1, 1, 1);
	glColor3f(0.3f, 1, 0.3f); glVertex3f(1, -1, 1);
	glColor3f(0.3f, 1, 1); glVertex3f(1, 1, 1);
	glColor3f(0.3f, 0.3f, 1); glVertex3f(1, -1, -1);
	glColor3f(1, 0.3f, 1); glVertex3f(1, 1, -1);
	glEnd();
	glDisable(GL_CLIP_PLANE0);
	glDisable(GL_CLIP_PLANE2);
}
