/* Selection mode: hit records (names, depth range) and the name stack.
 * The records are drawn as pixels: one column per record, its name in
 * red, its minimum and maximum window depth in green and blue. */
#include "../scene.h"

#define NSEL 256

static void draw_records(const GLuint *buf, GLint hits, int y0)
{
	GLint i, k = 0;

	for (i = 0; i < hits && k < NSEL; i++) {
		GLuint n = buf[k], j;
		float zmin = buf[k + 1] / 4294967295.0f;
		float zmax = buf[k + 2] / 4294967295.0f;
		GLuint top = n ? buf[k + 2 + n] : 0;

		glColor3f((float)(top % 8) / 7.0f, zmin, zmax);
		glRecti(4 + i * 12, y0, 14 + i * 12, y0 + 20);
		/* the depth of the stack below as small ticks */
		for (j = 0; j < n; j++) {
			glColor3f(1, 1, (float)(buf[k + 3 + j] % 4) / 3.0f);
			glRecti(4 + i * 12, y0 + 22 + (int)j * 4,
				14 + i * 12, y0 + 25 + (int)j * 4);
		}
		k += 3 + (GLint)n;
	}
}

static void ortho(void)
{
	glMatrixMode(GL_PROJECTION);
	glLoadIdentity();
	glOrtho(0, SCENE_W, 0, SCENE_H, -1, 1);
	glMatrixMode(GL_MODELVIEW);
	glLoadIdentity();
}

SCENE(sel_hits, "glRenderMode(GL_SELECT): quads, a culled quad, one outside the view volume, a clipped triangle, lines, points and a raster position give hit records with their depth range")
{
	static GLuint buf[NSEL];
	GLint hits;

	ortho();
	glSelectBuffer(NSEL, buf);
	glRenderMode(GL_SELECT);
	glInitNames();
	glPushName(0);

	glLoadName(1);		/* a quad at depth 0.2 .. 0.6 */
	glBegin(GL_QUADS);
	glVertex3f(10, 10, 0.6f); glVertex3f(40, 10, 0.6f);
	glVertex3f(40, 40, -0.2f); glVertex3f(10, 40, -0.2f);
	glEnd();
	glLoadName(2);		/* entirely outside: no hit */
	glRectf(200, 200, 220, 220);
	glLoadName(3);		/* culled back face: no hit */
	glEnable(GL_CULL_FACE);
	glBegin(GL_TRIANGLES);
	glVertex3f(10, 10, 0); glVertex3f(10, 40, 0); glVertex3f(40, 10, 0);
	glEnd();
	glDisable(GL_CULL_FACE);
	glLoadName(4);		/* crossing the near plane: clipped at 0 */
	glBegin(GL_TRIANGLES);
	glVertex3f(50, 10, 0.5f); glVertex3f(90, 10, 3); glVertex3f(70, 50, 0.5f);
	glEnd();
	glLoadName(5);		/* a line strip partly outside */
	glBegin(GL_LINE_STRIP);
	glVertex3f(-20, 60, 0.9f); glVertex3f(30, 70, 0.1f);
	glVertex3f(60, 90, -0.4f);
	glEnd();
	glLoadName(6);		/* points: one inside, one outside */
	glBegin(GL_POINTS);
	glVertex3f(100, 100, 0.3f); glVertex3f(500, 100, 0.9f);
	glEnd();
	glLoadName(7);		/* a valid raster position */
	glRasterPos3f(120, 20, -0.5f);
	glLoadName(0);		/* an invalid one: no hit */
	glRasterPos3f(-30, 20, 0);
	hits = glRenderMode(GL_RENDER);

	glClearColor(0.1f, 0.1f, 0.1f, 1);
	glClear(GL_COLOR_BUFFER_BIT);
	draw_records(buf, hits, 40);
	scene_result(0, hits == 5);
	scene_result(1, glGetError() == GL_NO_ERROR);
}

SCENE(sel_name_stack, "selection: nested glPushName/glPopName, a pick region from the projection matrix, arrays and display lists in GL_SELECT, buffer overflow (-1), name stack errors and queries")
{
	static GLuint buf[NSEL], tiny[4];
	GLint hits, v = 0, ok, list;
	GLfloat quad[] = { 20, 20, 0, 60, 20, 0, 60, 60, 0, 20, 60, 0 };

	glMatrixMode(GL_PROJECTION);
	glLoadIdentity();
	/* a pick region around (40, 40), 30 x 30 pixels, as gluPickMatrix */
	glTranslatef((SCENE_W - 2 * 40.0f) / 30.0f,
		     (SCENE_H - 2 * 40.0f) / 30.0f, 0);
	glScalef(SCENE_W / 30.0f, SCENE_H / 30.0f, 1);
	glOrtho(0, SCENE_W, 0, SCENE_H, -1, 1);
	glMatrixMode(GL_MODELVIEW);
	glLoadIdentity();

	list = (GLint)glGenLists(1);
	glNewList((GLuint)list, GL_COMPILE);
	glPushName(9);
	glRectf(30, 30, 50, 50);
	glPopName();
	glEndList();

	glSelectBuffer(NSEL, buf);
	glRenderMode(GL_SELECT);
	glGetIntegerv(GL_RENDER_MODE, &v);
	ok = v == GL_SELECT;
	glLoadName(5);		/* empty stack */
	ok = ok && glGetError() == GL_INVALID_OPERATION;
	glPopName();
	ok = ok && glGetError() == GL_STACK_UNDERFLOW;
	glSelectBuffer(NSEL, buf);
	ok = ok && glGetError() == GL_INVALID_OPERATION;
	glPushName(1);
	glPushName(2);
	glGetIntegerv(GL_NAME_STACK_DEPTH, &v);
	ok = ok && v == 2;
	glRectf(35, 35, 45, 45);		/* in the pick region */
	glPopName();
	glRectf(100, 100, 120, 110);		/* outside it: no hit */
	glPushName(3);
	glEnableClientState(GL_VERTEX_ARRAY);
	glVertexPointer(3, GL_FLOAT, 0, quad);
	glDrawArrays(GL_QUADS, 0, 4);
	glDisableClientState(GL_VERTEX_ARRAY);
	glPopName();
	glCallList((GLuint)list);
	hits = glRenderMode(GL_RENDER);
	glGetIntegerv(GL_NAME_STACK_DEPTH, &v);
	ok = ok && v == 0 && hits == 3;
	/* names outside selection mode are ignored */
	glPushName(4);
	ok = ok && glGetError() == GL_NO_ERROR;

	/* a buffer too small for the records: -1 */
	glSelectBuffer(4, tiny);
	glRenderMode(GL_SELECT);
	glPushName(1);
	glRectf(35, 35, 45, 45);
	glPushName(2);
	glRectf(35, 35, 45, 45);
	ok = ok && glRenderMode(GL_RENDER) == -1;

	glMatrixMode(GL_PROJECTION);
	glLoadIdentity();
	glOrtho(0, SCENE_W, 0, SCENE_H, -1, 1);
	glMatrixMode(GL_MODELVIEW);
	glClearColor(0.1f, 0.1f, 0.1f, 1);
	glClear(GL_COLOR_BUFFER_BIT);
	draw_records(buf, hits, 40);
	scene_result(0, ok);
	scene_result(1, glGetError() == GL_NO_ERROR);
	glDeleteLists((GLuint)list, 1);
}
