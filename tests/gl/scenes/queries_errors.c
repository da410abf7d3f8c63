/* glGetError behaviour: INVALID_ENUM, INVALID_VALUE, INVALID_OPERATION,
 * STACK_OVERFLOW and STACK_UNDERFLOW from a range of commands, an error
 * sticking until it is read, GL_NO_ERROR once read, and failed commands
 * leaving the state alone.  Only one error is pending at a time (the
 * order in which several recorded errors are returned is up to the
 * implementation).  Each answer is a green or red cell (scene_result()). */
#include <stddef.h>
#include "../scene.h"

static int n_check;

static void check(int ok)
{
	scene_result(n_check++, ok);
}

static int geti(GLenum e)
{
	GLint v = -12345;

	glGetIntegerv(e, &v);
	return v;
}

SCENE(gq_errors, "glGetError: INVALID_ENUM, INVALID_VALUE, INVALID_OPERATION, STACK_OVERFLOW/UNDERFLOW, errors stick until read, failed calls change nothing")
{
	GLint v, depth;
	GLuint t;
	int k;

	n_check = 0;
	glClearColor(0, 0, 0, 1);
	glClear(GL_COLOR_BUFFER_BIT);
	check(glGetError() == GL_NO_ERROR);
	glEnable(0x1234);			/* not an enable */
	check(glGetError() == GL_INVALID_ENUM);
	check(glGetError() == GL_NO_ERROR);	/* cleared by reading */
	glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, -4, 4, 0, GL_RGBA, GL_UNSIGNED_BYTE, NULL);
	check(glGetError() == GL_INVALID_VALUE);
	glEnd();				/* no glBegin */
	check(glGetError() == GL_INVALID_OPERATION);
	/* an error sticks across valid calls until read */
	glDepthFunc(0x0202 + 100);
	glColor3f(1, 1, 1);
	glEnable(GL_BLEND);
	glDisable(GL_BLEND);
	glLoadIdentity();
	check(glGetError() == GL_INVALID_ENUM);
	check(glGetError() == GL_NO_ERROR);
	/* a failed call leaves the state alone */
	glBlendFunc(GL_SRC_ALPHA, GL_ONE);
	glBlendFunc(0x4242, GL_ZERO);
	check(glGetError() == GL_INVALID_ENUM && geti(GL_BLEND_SRC) == GL_SRC_ALPHA &&
	      geti(GL_BLEND_DST) == GL_ONE);
	glLineWidth(2);
	glLineWidth(-1);
	check(glGetError() == GL_INVALID_VALUE && geti(GL_LINE_WIDTH) == 2);
	glLineWidth(1);
	glViewport(0, 0, -1, 10);
	check(glGetError() == GL_INVALID_VALUE);
	glPointSize(0);
	check(glGetError() == GL_INVALID_VALUE);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_REPEAT);
	check(glGetError() == GL_INVALID_ENUM);
	glTexImage2D(GL_TEXTURE_2D, -1, GL_RGBA, 4, 4, 0, GL_RGBA, GL_UNSIGNED_BYTE, NULL);
	check(glGetError() == GL_INVALID_VALUE);
	glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, 4, 4, 2, GL_RGBA, GL_UNSIGNED_BYTE, NULL);
	check(glGetError() == GL_INVALID_VALUE);
	glDrawArrays(GL_TRIANGLES, 0, -3);
	check(glGetError() == GL_INVALID_VALUE);
	glDrawArrays(0x77, 0, 3);
	check(glGetError() == GL_INVALID_ENUM);
	glGenTextures(-1, &t);
	check(glGetError() == GL_INVALID_VALUE);
	/* binding a name to a second target */
	glGenTextures(1, &t);
	glBindTexture(GL_TEXTURE_2D, t);
	glBindTexture(GL_TEXTURE_1D, t);
	check(glGetError() == GL_INVALID_OPERATION);
	glBindTexture(GL_TEXTURE_2D, 0);
	glDeleteTextures(1, &t);
	/* list errors */
	glEndList();
	check(glGetError() == GL_INVALID_OPERATION);
	glNewList(0, GL_COMPILE);
	check(glGetError() == GL_INVALID_VALUE);
	glNewList(1, 0x1234);
	check(glGetError() == GL_INVALID_ENUM);
	/* calls between glBegin and glEnd that are not allowed there */
	glBegin(GL_TRIANGLES);
	glEnable(GL_BLEND);
	glEnd();
	check(glGetError() == GL_INVALID_OPERATION && !glIsEnabled(GL_BLEND));
	glBegin(GL_POINTS);
	glBegin(GL_POINTS);
	glEnd();
	check(glGetError() == GL_INVALID_OPERATION);
	glBegin(0x4321);
	check(glGetError() == GL_INVALID_ENUM);
	/* matrix stack underflow and overflow */
	glMatrixMode(GL_MODELVIEW);
	glPopMatrix();
	check(glGetError() == GL_STACK_UNDERFLOW);
	glGetIntegerv(GL_MAX_PROJECTION_STACK_DEPTH, &depth);
	glMatrixMode(GL_PROJECTION);
	for (k = 1; k < depth; k++)
		glPushMatrix();
	check(glGetError() == GL_NO_ERROR && geti(GL_PROJECTION_STACK_DEPTH) == depth);
	glPushMatrix();
	check(glGetError() == GL_STACK_OVERFLOW && geti(GL_PROJECTION_STACK_DEPTH) == depth);
	for (k = 1; k < depth; k++)
		glPopMatrix();
	glMatrixMode(GL_MODELVIEW);
	/* attribute stacks */
	glPopAttrib();
	check(glGetError() == GL_STACK_UNDERFLOW);
	glPopClientAttrib();
	check(glGetError() == GL_STACK_UNDERFLOW);
	/* bad units */
	glActiveTexture(GL_TEXTURE0 - 1);
	check(glGetError() == GL_INVALID_ENUM && geti(GL_ACTIVE_TEXTURE) == GL_TEXTURE0);
	glGetIntegerv(0x9999, &v);
	check(glGetError() == GL_INVALID_ENUM);
	glStencilOp(GL_KEEP, GL_KEEP, GL_ONE);
	check(glGetError() == GL_INVALID_ENUM);
	glGetString(0x4444);
	check(glGetError() == GL_INVALID_ENUM);
	check(glGetError() == GL_NO_ERROR);
}
