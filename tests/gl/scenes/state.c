/* Attribute stacks and state queries; query answers are drawn as a grid of
 * green (as the specification says) and red cells. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "../scene.h"

static int feq(float a, float b)
{
	return fabsf(a - b) < 1e-4f;
}

SCENE(attrib_push_pop, "glPushAttrib/glPopAttrib: ENABLE, COLOR_BUFFER, CURRENT, LIGHTING, TEXTURE bits")
{
	static const unsigned char a[4] = { 255, 255, 255, 255 }, b[4] = { 40, 40, 160, 255 };
	GLuint t;

	glClear(GL_COLOR_BUFFER_BIT);
	glGenTextures(1, &t);
	glBindTexture(GL_TEXTURE_2D, t);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
	scene_checker_texture(8, 8, 2, a, b);
	glColor3f(1, 0, 0);
	glPushAttrib(GL_ENABLE_BIT | GL_CURRENT_BIT | GL_COLOR_BUFFER_BIT);
	glEnable(GL_TEXTURE_2D);
	glEnable(GL_BLEND);
	glBlendFunc(GL_ONE, GL_ONE);
	glColor3f(0, 1, 0);
	glRectf(-0.9f, -0.9f, -0.1f, -0.1f);
	glPopAttrib();
	glRectf(0.1f, -0.9f, 0.9f, -0.1f);	/* red, untextured, opaque */
	glPushAttrib(GL_TEXTURE_BIT);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
	glTexEnvi(GL_TEXTURE_ENV, GL_TEXTURE_ENV_MODE, GL_DECAL);
	glBindTexture(GL_TEXTURE_2D, 0);
	glPopAttrib();
	glEnable(GL_TEXTURE_2D);
	glColor3f(1, 1, 0);
	glBegin(GL_QUADS);
	glTexCoord2f(0, 0); glVertex2f(-0.9f, 0.1f);
	glTexCoord2f(1, 0); glVertex2f(0.9f, 0.1f);
	glTexCoord2f(1, 1); glVertex2f(0.9f, 0.9f);
	glTexCoord2f(0, 1); glVertex2f(-0.9f, 0.9f);
	glEnd();
}

SCENE(attrib_lighting_depth, "glPushAttrib LIGHTING, DEPTH_BUFFER, POLYGON, VIEWPORT; client attrib")
{
	GLfloat red[4] = { 1, 0, 0, 1 }, pos[4] = { 0, 0, 1, 0 };
	static const GLfloat v[] = { -0.8f, -0.8f, 0.8f, -0.8f, 0, 0.8f };

	glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
	glEnable(GL_LIGHTING);
	glEnable(GL_LIGHT0);
	glLightfv(GL_LIGHT0, GL_POSITION, pos);
	glPushAttrib(GL_LIGHTING_BIT | GL_DEPTH_BUFFER_BIT | GL_POLYGON_BIT |
		     GL_VIEWPORT_BIT);
	glLightfv(GL_LIGHT0, GL_DIFFUSE, red);
	glDisable(GL_LIGHTING);
	glEnable(GL_DEPTH_TEST);
	glDepthFunc(GL_NEVER);
	glPolygonMode(GL_FRONT_AND_BACK, GL_LINE);
	glViewport(0, 0, 10, 10);
	glPopAttrib();
	glPushClientAttrib(GL_CLIENT_VERTEX_ARRAY_BIT);
	glEnableClientState(GL_VERTEX_ARRAY);
	glVertexPointer(2, GL_FLOAT, 0, v);
	glNormal3f(0, 0, 1);
	glDrawArrays(GL_TRIANGLES, 0, 3);
	glPopClientAttrib();
	glDrawArrays(GL_TRIANGLES, 0, 3);	/* array disabled again: nothing */
}

SCENE(query_state, "glGetIntegerv/Floatv/Booleanv/Doublev, glIsEnabled on set state")
{
	GLint iv[4];
	GLfloat fv[16];
	GLboolean bv[4];
	GLdouble dv[2];
	int n = 0;

	glViewport(0, 0, SCENE_W, SCENE_H);
	glGetIntegerv(GL_VIEWPORT, iv);
	scene_result(n++, iv[0] == 0 && iv[2] == SCENE_W && iv[3] == SCENE_H);
	glBlendFunc(GL_SRC_ALPHA, GL_ONE);
	glGetIntegerv(GL_BLEND_SRC, iv);
	glGetIntegerv(GL_BLEND_DST, iv + 1);
	scene_result(n++, iv[0] == GL_SRC_ALPHA && iv[1] == GL_ONE);
	glBlendFunc(GL_ONE, GL_ZERO);
	glDepthFunc(GL_GEQUAL);
	glGetIntegerv(GL_DEPTH_FUNC, iv);
	scene_result(n++, iv[0] == GL_GEQUAL);
	glDepthFunc(GL_LESS);
	glColor4f(0.25f, 0.5f, 0.75f, 1);
	glGetFloatv(GL_CURRENT_COLOR, fv);
	scene_result(n++, feq(fv[0], 0.25f) && feq(fv[1], 0.5f) && feq(fv[2], 0.75f));
	glMatrixMode(GL_MODELVIEW);
	glPushMatrix();
	glTranslatef(1, 2, 3);
	glScalef(2, 2, 2);
	glGetFloatv(GL_MODELVIEW_MATRIX, fv);
	scene_result(n++, feq(fv[0], 2) && feq(fv[12], 1) && feq(fv[13], 2) && feq(fv[14], 3));
	glGetIntegerv(GL_MODELVIEW_STACK_DEPTH, iv);
	scene_result(n++, iv[0] == 2);
	glPopMatrix();
	glGetIntegerv(GL_MAX_TEXTURE_SIZE, iv);
	scene_result(n++, iv[0] >= 64);
	glGetIntegerv(GL_MAX_TEXTURE_UNITS, iv);
	scene_result(n++, iv[0] >= 2);
	glEnable(GL_CULL_FACE);
	scene_result(n++, glIsEnabled(GL_CULL_FACE) == GL_TRUE);
	glGetBooleanv(GL_CULL_FACE, bv);
	scene_result(n++, bv[0] == GL_TRUE);
	glDisable(GL_CULL_FACE);
	scene_result(n++, glIsEnabled(GL_CULL_FACE) == GL_FALSE);
	glDepthRange(0.25, 0.75);
	glGetDoublev(GL_DEPTH_RANGE, dv);
	scene_result(n++, fabs(dv[0] - 0.25) < 1e-6 && fabs(dv[1] - 0.75) < 1e-6);
	glDepthRange(0, 1);
	glClearColor(0.5f, 0, 0, 0);
	glGetIntegerv(GL_COLOR_CLEAR_VALUE, iv);
	scene_result(n++, iv[0] > 1000000000 && iv[1] == 0);
	glClearColor(0, 0, 0, 0);
	glColorMask(GL_TRUE, GL_FALSE, GL_TRUE, GL_FALSE);
	glGetBooleanv(GL_COLOR_WRITEMASK, bv);
	scene_result(n++, bv[0] && !bv[1] && bv[2] && !bv[3]);
	glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
	glPointSize(3.5f);
	glGetFloatv(GL_POINT_SIZE, fv);
	scene_result(n++, feq(fv[0], 3.5f));
	glPointSize(1);
	glEnableClientState(GL_VERTEX_ARRAY);
	scene_result(n++, glIsEnabled(GL_VERTEX_ARRAY));
	glDisableClientState(GL_VERTEX_ARRAY);
	glShadeModel(GL_FLAT);
	glGetIntegerv(GL_SHADE_MODEL, iv);
	scene_result(n++, iv[0] == GL_FLAT);
	glShadeModel(GL_SMOOTH);
	glStencilFunc(GL_EQUAL, 3, 0x0f);
	glGetIntegerv(GL_STENCIL_REF, iv);
	glGetIntegerv(GL_STENCIL_VALUE_MASK, iv + 1);
	scene_result(n++, iv[0] == 3 && iv[1] == 0x0f);
	glStencilFunc(GL_ALWAYS, 0, ~0u);
	glGetIntegerv(GL_MATRIX_MODE, iv);
	scene_result(n++, iv[0] == GL_MODELVIEW);
	glFogf(GL_FOG_DENSITY, 0.5f);
	glGetFloatv(GL_FOG_DENSITY, fv);
	scene_result(n++, feq(fv[0], 0.5f));
}

SCENE(query_objects, "glGetLightfv, glGetMaterialfv, glGetTexEnviv, glGetTexParameteriv, glGetTexLevelParameteriv, glGetTexImage, glGetClipPlane, glGetPointerv, glIsList, glIsTexture")
{
	GLfloat fv[4], amb[4] = { 0.1f, 0.2f, 0.3f, 1 }, pos[4] = { 1, 0, 0, 0 };
	GLint iv[4];
	GLdouble eq[4] = { 1, 2, 3, 4 }, got[4];
	GLubyte img[4 * 2 * 4], back[4 * 2 * 4];
	GLuint t, l;
	void *ptr;
	static const GLfloat arr[6];
	int n = 0, i;

	glLightfv(GL_LIGHT1, GL_AMBIENT, amb);
	glGetLightfv(GL_LIGHT1, GL_AMBIENT, fv);
	scene_result(n++, feq(fv[1], 0.2f) && feq(fv[2], 0.3f));
	glPushMatrix();
	glRotatef(90, 0, 0, 1);
	glLightfv(GL_LIGHT1, GL_POSITION, pos);
	glPopMatrix();
	glGetLightfv(GL_LIGHT1, GL_POSITION, fv);	/* eye coordinates */
	scene_result(n++, fabsf(fv[0]) < 1e-4f && feq(fv[1], 1));
	glMaterialf(GL_FRONT, GL_SHININESS, 17);
	glGetMaterialfv(GL_FRONT, GL_SHININESS, fv);
	scene_result(n++, feq(fv[0], 17));
	glGetMaterialfv(GL_BACK, GL_DIFFUSE, fv);
	scene_result(n++, feq(fv[0], 0.8f));
	glTexEnvi(GL_TEXTURE_ENV, GL_TEXTURE_ENV_MODE, GL_ADD);
	glGetTexEnviv(GL_TEXTURE_ENV, GL_TEXTURE_ENV_MODE, iv);
	scene_result(n++, iv[0] == GL_ADD);
	glGenTextures(1, &t);
	glBindTexture(GL_TEXTURE_2D, t);
	scene_result(n++, glIsTexture(t));
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
	glGetTexParameteriv(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, iv);
	scene_result(n++, iv[0] == GL_CLAMP_TO_EDGE);
	glGetTexParameteriv(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, iv);
	scene_result(n++, iv[0] == GL_NEAREST_MIPMAP_LINEAR);
	for (i = 0; i < 32; i++)
		img[i] = (GLubyte)(i * 8);
	glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
	glPixelStorei(GL_PACK_ALIGNMENT, 1);
	glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, 4, 2, 0, GL_RGBA, GL_UNSIGNED_BYTE, img);
	glGetTexLevelParameteriv(GL_TEXTURE_2D, 0, GL_TEXTURE_WIDTH, iv);
	glGetTexLevelParameteriv(GL_TEXTURE_2D, 0, GL_TEXTURE_HEIGHT, iv + 1);
	scene_result(n++, iv[0] == 4 && iv[1] == 2);
	glGetTexLevelParameteriv(GL_TEXTURE_2D, 0, GL_TEXTURE_INTERNAL_FORMAT, iv);
	scene_result(n++, iv[0] == GL_RGBA || iv[0] == GL_RGBA8);
	memset(back, 0, sizeof(back));
	glGetTexImage(GL_TEXTURE_2D, 0, GL_RGBA, GL_UNSIGNED_BYTE, back);
	scene_result(n++, !memcmp(img, back, sizeof(img)));
	glClipPlane(GL_CLIP_PLANE3, eq);
	glGetClipPlane(GL_CLIP_PLANE3, got);
	scene_result(n++, fabs(got[2] - 3) < 1e-5 && fabs(got[3] - 4) < 1e-5);
	glVertexPointer(2, GL_FLOAT, 8, arr);
	glGetPointerv(GL_VERTEX_ARRAY_POINTER, &ptr);
	scene_result(n++, ptr == (void *)arr);
	glGetIntegerv(GL_VERTEX_ARRAY_STRIDE, iv);
	scene_result(n++, iv[0] == 8);
	l = glGenLists(2);
	glNewList(l, GL_COMPILE);
	glEndList();
	scene_result(n++, glIsList(l) && !glIsList(l + 100));
	glDeleteTextures(1, &t);
	scene_result(n++, !glIsTexture(t));
	{
		GLubyte pat[128], got2[128];

		for (i = 0; i < 128; i++)
			pat[i] = (GLubyte)(i * 3);
		glPolygonStipple(pat);
		glGetPolygonStipple(got2);
		scene_result(n++, !memcmp(pat, got2, sizeof(pat)));
	}
}

SCENE(query_errors, "glGetError: INVALID_ENUM, INVALID_VALUE, INVALID_OPERATION, sticky first error, NO_ERROR after reading, stack overflow/underflow")
{
	const char *ver;
	int n = 0;

	scene_result(n++, glGetError() == GL_NO_ERROR);
	glEnable(0x1234);
	scene_result(n++, glGetError() == GL_INVALID_ENUM);
	scene_result(n++, glGetError() == GL_NO_ERROR);
	glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, -1, 4, 0, GL_RGBA, GL_UNSIGNED_BYTE, NULL);
	scene_result(n++, glGetError() == GL_INVALID_VALUE);
	glEnd();
	scene_result(n++, glGetError() == GL_INVALID_OPERATION);
	glDepthFunc(0x9999);
	glLineWidth(-1);
	scene_result(n++, glGetError() == GL_INVALID_ENUM);	/* the first one */
	scene_result(n++, glGetError() == GL_NO_ERROR);
	glMatrixMode(GL_PROJECTION);
	glPopMatrix();
	scene_result(n++, glGetError() == GL_STACK_UNDERFLOW);
	glMatrixMode(GL_MODELVIEW);
	glPopAttrib();
	scene_result(n++, glGetError() == GL_STACK_UNDERFLOW);
	glBegin(GL_TRIANGLES);
	glEnable(GL_BLEND);	/* not allowed between Begin and End */
	glEnd();
	scene_result(n++, glGetError() == GL_INVALID_OPERATION);
	scene_result(n++, !glIsEnabled(GL_BLEND));
	glBegin(0x77);
	scene_result(n++, glGetError() == GL_INVALID_ENUM);
	glDrawArrays(GL_TRIANGLES, 0, -1);
	scene_result(n++, glGetError() == GL_INVALID_VALUE);
	glBindTexture(GL_TEXTURE_2D, 5);
	glBindTexture(GL_TEXTURE_1D, 5);
	scene_result(n++, glGetError() == GL_INVALID_OPERATION);
	glNewList(0, GL_COMPILE);
	scene_result(n++, glGetError() == GL_INVALID_VALUE);
	glEndList();
	scene_result(n++, glGetError() == GL_INVALID_OPERATION);
	ver = (const char *)glGetString(GL_VERSION);
	scene_result(n++, ver && ver[0] >= '1' && ver[1] == '.');
	scene_result(n++, glGetString(GL_EXTENSIONS) &&
		     strstr((const char *)glGetString(GL_EXTENSIONS), "GL_ARB_multitexture"));
	glGetString(0x4321);
	scene_result(n++, glGetError() == GL_INVALID_ENUM);
	scene_result(n++, glGetError() == GL_NO_ERROR);
}
