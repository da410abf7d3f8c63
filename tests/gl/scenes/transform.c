/* Matrix stacks, viewport, depth range, display lists. */
#include <math.h>
#include "../scene.h"

static void tri(void)
{
	glBegin(GL_TRIANGLES);
	glColor3f(1, 0.2f, 0.2f); glVertex3f(-0.5f, -0.4f, 0);
	glColor3f(0.2f, 1, 0.2f); glVertex3f(0.5f, -0.4f, 0);
	glColor3f(0.2f, 0.2f, 1); glVertex3f(0, 0.5f, 0);
	glEnd();
}

SCENE(xf_push_pop, "glPushMatrix/glPopMatrix, glRotatef, glTranslatef, glScalef")
{
	int i;

	glClear(GL_COLOR_BUFFER_BIT);
	glMatrixMode(GL_MODELVIEW);
	for (i = 0; i < 4; i++) {
		glPushMatrix();
		glTranslatef(-0.6f + i * 0.4f, (i & 1) ? 0.4f : -0.4f, 0);
		glRotatef(i * 40.0f, 0, 0, 1);
		glScalef(0.6f, 0.8f - i * 0.1f, 1);
		tri();
		glPopMatrix();
	}
}

SCENE(xf_load_mult, "glLoadMatrixf, glMultMatrixf, transpose variants, glLoadIdentity")
{
	static const GLfloat m[16] = { 0.5f, 0.2f, 0, 0, -0.2f, 0.5f, 0, 0,
				       0, 0, 1, 0, -0.4f, 0.3f, 0, 1 };
	GLfloat t[16];
	int i, j;

	glClear(GL_COLOR_BUFFER_BIT);
	glLoadMatrixf(m);
	tri();
	for (i = 0; i < 4; i++)
		for (j = 0; j < 4; j++)
			t[i * 4 + j] = m[j * 4 + i];
	glLoadIdentity();
	glTranslatef(0.5f, -0.3f, 0);
	glMultTransposeMatrixf(t);
	tri();
	glLoadTransposeMatrixf(t);
	glMultMatrixf(m);
	tri();
}

SCENE(xf_frustum, "glFrustum perspective with a cube, depth test")
{
	static const float f[6][4][3] = {
		{ { -1, -1, 1 }, { 1, -1, 1 }, { 1, 1, 1 }, { -1, 1, 1 } },
		{ { -1, -1, -1 }, { -1, 1, -1 }, { 1, 1, -1 }, { 1, -1, -1 } },
		{ { -1, 1, -1 }, { -1, 1, 1 }, { 1, 1, 1 }, { 1, 1, -1 } },
		{ { -1, -1, -1 }, { 1, -1, -1 }, { 1, -1, 1 }, { -1, -1, 1 } },
		{ { 1, -1, -1 }, { 1, 1, -1 }, { 1, 1, 1 }, { 1, -1, 1 } },
		{ { -1, -1, -1 }, { -1, -1, 1 }, { -1, 1, 1 }, { -1, 1, -1 } },
	};
	int i, k;

	glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
	glEnable(GL_DEPTH_TEST);
	glMatrixMode(GL_PROJECTION);
	glFrustum(-0.8, 0.8, -0.6, 0.6, 1.5, 10);
	glMatrixMode(GL_MODELVIEW);
	glTranslatef(0, 0, -5);
	glRotatef(30, 1, 0, 0);
	glRotatef(40, 0, 1, 0);
	glBegin(GL_QUADS);
	for (i = 0; i < 6; i++) {
		glColor3f(i & 1 ? 1 : 0.3f, i & 2 ? 1 : 0.3f, i & 4 ? 1 : 0.3f);
		for (k = 0; k < 4; k++)
			glVertex3fv(f[i][k]);
	}
	glEnd();
}

SCENE(xf_viewport_range, "glViewport sub-rectangles, glDepthRange")
{
	glClearColor(0.1f, 0.1f, 0.2f, 1);
	glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
	glEnable(GL_DEPTH_TEST);
	glViewport(0, 0, 80, 60);
	tri();
	glViewport(80, 60, 80, 60);
	tri();
	glViewport(20, 30, 120, 80);
	glDepthRange(0.6, 1.0);
	glColor3f(1, 1, 1);
	glRectf(-0.8f, -0.8f, 0.8f, 0.8f);
	glDepthRange(0.0, 0.5);
	glBegin(GL_TRIANGLES);
	glColor3f(1, 1, 0); glVertex3f(-1, -1, 0.9f);
	glVertex3f(1, -1, 0.9f); glVertex3f(0, 1, 0.9f);
	glEnd();
}

SCENE(xf_texture_matrix, "GL_TEXTURE matrix rotating and scaling texcoords")
{
	static const unsigned char a[4] = { 250, 250, 250, 255 }, b[4] = { 40, 80, 160, 255 };
	GLuint t;

	glClear(GL_COLOR_BUFFER_BIT);
	glGenTextures(1, &t);
	glBindTexture(GL_TEXTURE_2D, t);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
	scene_checker_texture(16, 16, 4, a, b);
	glEnable(GL_TEXTURE_2D);
	glMatrixMode(GL_TEXTURE);
	glTranslatef(0.5f, 0.5f, 0);
	glRotatef(30, 0, 0, 1);
	glScalef(2, 2, 1);
	glMatrixMode(GL_MODELVIEW);
	glBegin(GL_QUADS);
	glTexCoord2f(0, 0); glVertex2f(-0.9f, -0.9f);
	glTexCoord2f(1, 0); glVertex2f(0.9f, -0.9f);
	glTexCoord2f(1, 1); glVertex2f(0.9f, 0.9f);
	glTexCoord2f(0, 1); glVertex2f(-0.9f, 0.9f);
	glEnd();
}

SCENE(dlist_compile, "glNewList GL_COMPILE, glCallList with state and matrices")
{
	GLuint l = glGenLists(1);

	glNewList(l, GL_COMPILE);
	glPushMatrix();
	glRotatef(25, 0, 0, 1);
	glShadeModel(GL_FLAT);
	tri();
	glShadeModel(GL_SMOOTH);
	glPopMatrix();
	glEndList();
	glClear(GL_COLOR_BUFFER_BIT);
	glTranslatef(-0.45f, 0, 0);
	glCallList(l);
	glTranslatef(0.9f, 0, 0);
	glScalef(0.7f, 0.7f, 1);
	glCallList(l);
	glDeleteLists(l, 1);
}

SCENE(dlist_execute_nested, "GL_COMPILE_AND_EXECUTE, nested lists, glCallLists with glListBase")
{
	GLuint base = glGenLists(3);
	static const GLubyte ids[] = { 0, 1, 0, 1 };

	glClear(GL_COLOR_BUFFER_BIT);
	glNewList(base, GL_COMPILE);
	glColor3f(1, 0.5f, 0);
	glRectf(0, 0, 0.3f, 0.3f);
	glTranslatef(0.35f, 0, 0);
	glEndList();
	glNewList(base + 1, GL_COMPILE);
	glColor3f(0, 0.6f, 1);
	glRectf(0, 0.1f, 0.3f, 0.5f);
	glTranslatef(0.35f, 0, 0);
	glEndList();
	glTranslatef(-0.9f, -0.9f, 0);
	glNewList(base + 2, GL_COMPILE_AND_EXECUTE);
	glCallList(base);
	glCallList(base + 1);
	glEndList();
	glLoadIdentity();
	glTranslatef(-0.9f, 0.3f, 0);
	glListBase(base);
	glCallLists(4, GL_UNSIGNED_BYTE, ids);
	glLoadIdentity();
	glTranslatef(-0.9f, -0.3f, 0);
	glCallList(base + 2);
}

SCENE(dlist_texture_in_list, "display list holding glTexImage2D, glBindTexture and geometry")
{
	static unsigned char img[8 * 8 * 3];
	GLuint l, t;
	int i;

	for (i = 0; i < 64; i++) {
		img[i * 3] = (unsigned char)(i * 4);
		img[i * 3 + 1] = (unsigned char)(255 - i * 4);
		img[i * 3 + 2] = (unsigned char)((i & 7) * 32);
	}
	glGenTextures(1, &t);
	l = glGenLists(1);
	glNewList(l, GL_COMPILE);
	glBindTexture(GL_TEXTURE_2D, t);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
	glTexImage2D(GL_TEXTURE_2D, 0, GL_RGB, 8, 8, 0, GL_RGB, GL_UNSIGNED_BYTE, img);
	glEnable(GL_TEXTURE_2D);
	glBegin(GL_QUADS);
	glTexCoord2f(0, 0); glVertex2f(-0.8f, -0.8f);
	glTexCoord2f(1, 0); glVertex2f(0.8f, -0.8f);
	glTexCoord2f(1, 1); glVertex2f(0.8f, 0.8f);
	glTexCoord2f(0, 1); glVertex2f(-0.8f, 0.8f);
	glEnd();
	glEndList();
	for (i = 0; i < 64 * 3; i++)
		img[i] = 0;	/* the list keeps its own copy */
	glClear(GL_COLOR_BUFFER_BIT);
	glCallList(l);
}
