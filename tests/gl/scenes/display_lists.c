/* Display lists: GL_COMPILE and GL_COMPILE_AND_EXECUTE, glCallList,
 * glCallLists with glListBase and several id types, nested lists, lists
 * holding state changes and matrix operations, glGenLists/glDeleteLists. */
#include "../scene.h"

/* Window pixels, shifted by a fraction so that 45 degree edges through
 * integer vertices do not run exactly through pixel centres. */
static void pixel_ortho(void)
{
	glMatrixMode(GL_PROJECTION);
	glLoadIdentity();
	glOrtho(-0.13, SCENE_W - 0.13, -0.21, SCENE_H - 0.21, -1, 1);
	glMatrixMode(GL_MODELVIEW);
	glLoadIdentity();
}

/* A smooth diamond of half-size 12 around the origin. */
static void diamond(void)
{
	glBegin(GL_TRIANGLE_FAN);
	glVertex2f(0, 0);
	glVertex2f(12, 0);
	glVertex2f(0, 12);
	glVertex2f(-12, 0);
	glVertex2f(0, -12);
	glVertex2f(12, 0);
	glEnd();
}

SCENE(dl_compile_call, "glNewList GL_COMPILE draws nothing; glCallList replays geometry under different transforms")
{
	GLuint l;
	int i;

	pixel_ortho();
	glClearColor(0.15f, 0.15f, 0.2f, 1);
	glClear(GL_COLOR_BUFFER_BIT);
	l = glGenLists(1);
	glNewList(l, GL_COMPILE);
	glBegin(GL_TRIANGLES);
	glColor3f(1, 0.2f, 0.2f); glVertex2f(-14, -12);
	glColor3f(0.2f, 1, 0.2f); glVertex2f(14, -12);
	glColor3f(0.2f, 0.2f, 1); glVertex2f(0, 14);
	glEnd();
	glEndList();
	/* nothing of the list is on screen yet */
	for (i = 0; i < 12; i++) {
		glLoadIdentity();
		glTranslatef(20 + (i % 4) * 40.0f, 22 + (i / 4) * 38.0f, 0);
		glRotatef(i * 30.0f, 0, 0, 1);
		glScalef(1 - i * 0.04f, 1 - i * 0.04f, 1);
		glCallList(l);
	}
	glDeleteLists(l, 1);
}

SCENE(dl_compile_and_execute, "GL_COMPILE_AND_EXECUTE draws while compiling, then glCallList draws again")
{
	GLuint l;

	pixel_ortho();
	glClear(GL_COLOR_BUFFER_BIT);
	glTranslatef(40, 60, 0);
	l = glGenLists(1);
	glNewList(l, GL_COMPILE_AND_EXECUTE);
	glBegin(GL_QUADS);	/* colours affine on the rectangle */
	glColor3f(1, 0.6f, 0); glVertex2f(-30, -50);
	glColor3f(1, 0.6f, 1); glVertex2f(30, -50);
	glColor3f(0, 1, 1); glVertex2f(30, 50);
	glColor3f(0, 1, 0); glVertex2f(-30, 50);
	glEnd();
	glEndList();
	glLoadIdentity();
	glTranslatef(120, 60, 0);
	glScalef(0.5f, 0.8f, 1);
	glCallList(l);
}

SCENE(dl_call_lists_base, "glCallLists with glListBase and GL_UNSIGNED_BYTE, GL_SHORT, GL_INT, GL_2_BYTES ids; lists translate themselves")
{
	static const GLubyte msg_b[] = { 0, 1, 2, 3, 2, 1, 0 };
	static const GLshort msg_s[] = { 3, 3, 1, 0, 2 };
	static const GLint msg_i[] = { 12, 11, 10, 13, 10, 11 };
	static const GLubyte msg_2[] = { 0, 1, 0, 3, 0, 0, 0, 2 };
	GLuint base;
	int i;

	pixel_ortho();
	glClear(GL_COLOR_BUFFER_BIT);
	/* four "glyphs", each drawing a shape then advancing by 20 pixels */
	base = glGenLists(4);
	for (i = 0; i < 4; i++) {
		glNewList(base + i, GL_COMPILE);
		glColor3f(i & 1 ? 1.0f : 0.3f, i & 2 ? 1.0f : 0.3f, 0.8f);
		glBegin(GL_TRIANGLES);
		glVertex2f(2, 2);
		glVertex2f(16, 2 + i * 4.0f);
		glVertex2f(2 + i * 4.0f, 22);
		glEnd();
		glTranslatef(20, 0, 0);
		glEndList();
	}
	glListBase(base);
	glTranslatef(4, 4, 0);
	glCallLists(7, GL_UNSIGNED_BYTE, msg_b);
	glLoadIdentity();
	glTranslatef(4, 32, 0);
	glCallLists(5, GL_SHORT, msg_s);
	/* a base offset: ids 10..13 map to the same four lists */
	glListBase(base - 10);
	glLoadIdentity();
	glTranslatef(4, 60, 0);
	glCallLists(6, GL_INT, msg_i);
	/* big-endian pairs of bytes */
	glListBase(base);
	glLoadIdentity();
	glTranslatef(4, 88, 0);
	glCallLists(4, GL_2_BYTES, msg_2);
	glDeleteLists(base, 4);
}

SCENE(dl_nested, "nested glCallList three levels deep with glPushMatrix/glPopMatrix in lists")
{
	GLuint l = glGenLists(3);

	pixel_ortho();
	glClear(GL_COLOR_BUFFER_BIT);
	/* level 0: a diamond */
	glNewList(l, GL_COMPILE);
	diamond();
	glEndList();
	/* level 1: three diamonds in a row, changing colour */
	glNewList(l + 1, GL_COMPILE);
	glPushMatrix();
	glColor3f(1, 0.3f, 0.3f); glCallList(l);
	glTranslatef(26, 0, 0);
	glColor3f(0.3f, 1, 0.3f); glCallList(l);
	glTranslatef(26, 0, 0);
	glColor3f(0.3f, 0.3f, 1); glCallList(l);
	glPopMatrix();
	glEndList();
	/* level 2: the row repeated, rotated and scaled */
	glNewList(l + 2, GL_COMPILE);
	glPushMatrix();
	glCallList(l + 1);
	glTranslatef(0, 30, 0);
	glScalef(0.8f, 0.8f, 1);
	glCallList(l + 1);
	glTranslatef(0, 36, 0);
	glRotatef(15, 0, 0, 1);
	glCallList(l + 1);
	glPopMatrix();
	glEndList();
	glTranslatef(16, 16, 0);
	glCallList(l + 2);
	glTranslatef(84, 0, 0);
	glScalef(0.7f, 1.2f, 1);
	glCallList(l + 2);
	/* nested calls are resolved when executed: redefine level 0 as a
	 * square and level 1 now draws squares */
	glNewList(l, GL_COMPILE);
	glBegin(GL_TRIANGLE_STRIP);
	glVertex2f(-6, -6); glVertex2f(6, -6); glVertex2f(-6, 6); glVertex2f(6, 6);
	glEnd();
	glEndList();
	glLoadIdentity();
	glTranslatef(20, 106, 0);
	glCallList(l + 1);
	glDeleteLists(l, 3);
}

SCENE(dl_state_matrix, "lists holding glEnable/glDisable, glShadeModel, glColor, glMaterial, glLoadMatrix and glMultMatrix; state persists after the call")
{
	static const GLfloat m[16] = {	/* a shear and a translation */
		1, 0, 0, 0, 0.4f, 1, 0, 0, 0, 0, 1, 0, 10, 4, 0, 1,
	};
	static const GLfloat diff[4] = { 0.2f, 0.5f, 1.0f, 1 };
	GLuint l = glGenLists(3);
	int i;

	pixel_ortho();
	glClear(GL_COLOR_BUFFER_BIT);
	/* list 0: flat shading, a colour and a sheared matrix */
	glNewList(l, GL_COMPILE);
	glShadeModel(GL_FLAT);
	glColor3f(1, 0.8f, 0.2f);
	glMultMatrixf(m);
	glEndList();
	/* list 1: lighting on with a material */
	glNewList(l + 1, GL_COMPILE);
	glEnable(GL_LIGHTING);
	glEnable(GL_LIGHT0);
	glMaterialfv(GL_FRONT_AND_BACK, GL_DIFFUSE, diff);
	glNormal3f(0, 0, 1);
	glEndList();
	/* list 2: lighting off and an absolute matrix */
	glNewList(l + 2, GL_COMPILE);
	glDisable(GL_LIGHTING);
	glMatrixMode(GL_MODELVIEW);
	glLoadIdentity();
	glTranslatef(90, 64, 0);
	glEndList();

	glCallList(l);	/* flat, yellow, sheared */
	glBegin(GL_TRIANGLE_STRIP);
	for (i = 0; i < 6; i++) {
		glVertex2f(8 + i * 10.0f, 6 + (i & 1) * 44.0f);
		glColor3f(i / 5.0f, 0.4f, 1 - i / 5.0f);
	}
	glEnd();
	glLoadIdentity();
	glCallList(l + 1);	/* lit blue rectangle */
	glRectf(90, 6, 150, 54);
	glCallList(l + 2);	/* unlit, flat still on, moved */
	glBegin(GL_TRIANGLES);
	glColor3f(1, 0, 0); glVertex2f(0, 0);
	glColor3f(0, 1, 0); glVertex2f(60, 0);
	glColor3f(0.5f, 0.5f, 1); glVertex2f(30, 50);
	glEnd();
	glShadeModel(GL_SMOOTH);
	glLoadIdentity();
	glTranslatef(0, 64, 0);
	glCallList(l);	/* shear again; the list resets the shade model */
	glBegin(GL_TRIANGLES);
	glColor3f(1, 1, 1); glVertex2f(4, 0);
	glColor3f(0, 1, 1); glVertex2f(64, 0);
	glColor3f(1, 0, 1); glVertex2f(20, 48);
	glEnd();
	glDeleteLists(l, 3);
}

SCENE(dl_gen_delete, "glGenLists ranges, glDeleteLists, calling deleted or empty lists draws nothing, glIsList")
{
	GLuint a = glGenLists(4), b;
	int i;

	pixel_ortho();
	glClear(GL_COLOR_BUFFER_BIT);
	for (i = 0; i < 4; i++) {
		glNewList(a + i, GL_COMPILE);
		glColor3f(0.2f + 0.2f * i, 1 - 0.2f * i, 0.5f);
		glRectf(6 + i * 38.0f, 6, 40 + i * 38.0f, 40);
		glEndList();
	}
	glDeleteLists(a + 1, 2);	/* the middle two are gone */
	for (i = 0; i < 4; i++)
		glCallList(a + i);
	/* an empty list and a never-defined id */
	b = glGenLists(1);
	glNewList(b, GL_COMPILE);
	glEndList();
	glCallList(b);
	glCallList(b + 1000);
	/* the deleted names can be redefined */
	glNewList(a + 2, GL_COMPILE);
	glColor3f(1, 1, 1);
	glRectf(82, 46, 116, 80);
	glEndList();
	glCallList(a + 2);
	/* glIsList answers drawn as two bars: green when as expected */
	glColor3f(glIsList(a) && !glIsList(a + 1) && glIsList(a + 2) ? 0.0f : 1.0f,
		  glIsList(a) && !glIsList(a + 1) && glIsList(a + 2) ? 1.0f : 0.0f, 0);
	glRectf(6, 90, 76, 114);
	glColor3f(glIsList(b) && !glIsList(b + 1000) ? 0.0f : 1.0f,
		  glIsList(b) && !glIsList(b + 1000) ? 1.0f : 0.0f, 0);
	glRectf(84, 90, 154, 114);
	glDeleteLists(a, 4);
	glDeleteLists(b, 1);
}
