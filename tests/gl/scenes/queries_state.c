/* State queries, part 1: initial values, values set by the program,
 * matrices and implementation limits/strings, through glGetIntegerv/
 * Floatv/Doublev/Booleanv, glIsEnabled and glGetString.  Each answer is
 * drawn as a green (right) or red (wrong) cell with scene_result().  Only
 * values fixed by the GL specification are checked (limits only against
 * their required minimums). */
#include <math.h>
#include <stdio.h>
#include <string.h>
#include "../scene.h"

static int n_check;

static void check(int ok)
{
	scene_result(n_check++, ok);
}

static void begin_checks(void)
{
	n_check = 0;
	glClearColor(0, 0, 0, 1);
	glClear(GL_COLOR_BUFFER_BIT);
}

static int feq(double a, double b)
{
	return fabs(a - b) < 1e-4;
}

static int fv_eq(const GLfloat *v, float a, float b, float c, float d)
{
	return feq(v[0], a) && feq(v[1], b) && feq(v[2], c) && feq(v[3], d);
}

static int iv_eq(const GLint *v, int a, int b, int c, int d)
{
	return v[0] == a && v[1] == b && v[2] == c && v[3] == d;
}

static int geti(GLenum e)
{
	GLint v = -12345;

	glGetIntegerv(e, &v);
	return v;
}

static float getf(GLenum e)
{
	GLfloat v = -12345;

	glGetFloatv(e, &v);
	return v;
}

SCENE(gq_defaults, "initial state per the specification through glGetIntegerv/Floatv/Booleanv and glIsEnabled")
{
	GLfloat f[4];
	GLint i[4];
	GLboolean b[4];

	/* read before anything is drawn or changed */
	glGetFloatv(GL_CURRENT_COLOR, f);
	{
		int ok_col = fv_eq(f, 1, 1, 1, 1);

		glGetFloatv(GL_CURRENT_NORMAL, f);
		f[3] = 0;
		begin_checks();
		check(ok_col);
	}
	check(fv_eq(f, 0, 0, 1, 0));
	glGetFloatv(GL_CURRENT_TEXTURE_COORDS, f);
	check(fv_eq(f, 0, 0, 0, 1));
	check(geti(GL_MATRIX_MODE) == GL_MODELVIEW);
	check(geti(GL_SHADE_MODEL) == GL_SMOOTH);
	check(geti(GL_FRONT_FACE) == GL_CCW);
	check(geti(GL_CULL_FACE_MODE) == GL_BACK);
	glGetIntegerv(GL_POLYGON_MODE, i);
	check(i[0] == GL_FILL && i[1] == GL_FILL);
	check(geti(GL_DEPTH_FUNC) == GL_LESS);
	check(feq(getf(GL_DEPTH_CLEAR_VALUE), 1));
	glGetFloatv(GL_DEPTH_RANGE, f);
	check(feq(f[0], 0) && feq(f[1], 1));
	check(geti(GL_BLEND_SRC) == GL_ONE && geti(GL_BLEND_DST) == GL_ZERO);
	check(geti(GL_BLEND_EQUATION) == GL_FUNC_ADD);
	check(geti(GL_ALPHA_TEST_FUNC) == GL_ALWAYS && feq(getf(GL_ALPHA_TEST_REF), 0));
	check(geti(GL_STENCIL_FUNC) == GL_ALWAYS && geti(GL_STENCIL_REF) == 0 &&
	      (geti(GL_STENCIL_VALUE_MASK) & 0xff) == 0xff);
	check(geti(GL_STENCIL_FAIL) == GL_KEEP && geti(GL_STENCIL_PASS_DEPTH_FAIL) == GL_KEEP &&
	      geti(GL_STENCIL_PASS_DEPTH_PASS) == GL_KEEP);
	check(geti(GL_LOGIC_OP_MODE) == GL_COPY);
	glGetBooleanv(GL_COLOR_WRITEMASK, b);
	check(b[0] && b[1] && b[2] && b[3]);
	glGetBooleanv(GL_DEPTH_WRITEMASK, b);
	check(b[0] == GL_TRUE);
	check(geti(GL_UNPACK_ALIGNMENT) == 4 && geti(GL_PACK_ALIGNMENT) == 4);
	check(geti(GL_UNPACK_ROW_LENGTH) == 0 && geti(GL_UNPACK_SKIP_ROWS) == 0);
	check(feq(getf(GL_LINE_WIDTH), 1) && feq(getf(GL_POINT_SIZE), 1));
	check(geti(GL_LINE_STIPPLE_PATTERN) == 0xffff && geti(GL_LINE_STIPPLE_REPEAT) == 1);
	glGetFloatv(GL_LIGHT_MODEL_AMBIENT, f);
	check(fv_eq(f, 0.2f, 0.2f, 0.2f, 1));
	check(geti(GL_FOG_MODE) == GL_EXP && feq(getf(GL_FOG_DENSITY), 1) &&
	      feq(getf(GL_FOG_START), 0) && feq(getf(GL_FOG_END), 1));
	check(geti(GL_LIST_BASE) == 0 && geti(GL_LIST_INDEX) == 0);
	check(geti(GL_ACTIVE_TEXTURE) == GL_TEXTURE0 &&
	      geti(GL_CLIENT_ACTIVE_TEXTURE) == GL_TEXTURE0);
	check(geti(GL_TEXTURE_BINDING_2D) == 0 && geti(GL_TEXTURE_BINDING_1D) == 0);
	check(geti(GL_RENDER_MODE) == GL_RENDER);
	check(geti(GL_MODELVIEW_STACK_DEPTH) == 1 && geti(GL_PROJECTION_STACK_DEPTH) == 1 &&
	      geti(GL_ATTRIB_STACK_DEPTH) == 0 && geti(GL_CLIENT_ATTRIB_STACK_DEPTH) == 0);
	glGetIntegerv(GL_VIEWPORT, i);
	check(iv_eq(i, 0, 0, SCENE_W, SCENE_H));
	glGetIntegerv(GL_SCISSOR_BOX, i);
	check(iv_eq(i, 0, 0, SCENE_W, SCENE_H));
	/* enables */
	check(glIsEnabled(GL_DITHER) == GL_TRUE);
	check(!glIsEnabled(GL_DEPTH_TEST) && !glIsEnabled(GL_BLEND) && !glIsEnabled(GL_CULL_FACE));
	check(!glIsEnabled(GL_LIGHTING) && !glIsEnabled(GL_LIGHT0) && !glIsEnabled(GL_TEXTURE_2D));
	check(!glIsEnabled(GL_FOG) && !glIsEnabled(GL_ALPHA_TEST) && !glIsEnabled(GL_STENCIL_TEST));
	check(!glIsEnabled(GL_SCISSOR_TEST) && !glIsEnabled(GL_NORMALIZE) &&
	      !glIsEnabled(GL_POLYGON_OFFSET_FILL) && !glIsEnabled(GL_COLOR_LOGIC_OP));
	check(!glIsEnabled(GL_VERTEX_ARRAY) && !glIsEnabled(GL_COLOR_ARRAY) &&
	      !glIsEnabled(GL_TEXTURE_COORD_ARRAY));
	glGetFloatv(GL_COLOR_CLEAR_VALUE, f);
	check(fv_eq(f, 0, 0, 0, 1));	/* set by begin_checks */
	glGetTexEnviv(GL_TEXTURE_ENV, GL_TEXTURE_ENV_MODE, i);
	check(i[0] == GL_MODULATE);
	check(geti(GL_PERSPECTIVE_CORRECTION_HINT) == GL_DONT_CARE);
	check(geti(GL_COLOR_MATERIAL_FACE) == GL_FRONT_AND_BACK &&
	      geti(GL_COLOR_MATERIAL_PARAMETER) == GL_AMBIENT_AND_DIFFUSE);
	check(geti(GL_LIGHT_MODEL_TWO_SIDE) == GL_FALSE &&
	      geti(GL_LIGHT_MODEL_LOCAL_VIEWER) == GL_FALSE &&
	      geti(GL_LIGHT_MODEL_COLOR_CONTROL) == GL_SINGLE_COLOR);
	check(feq(getf(GL_POLYGON_OFFSET_FACTOR), 0) && feq(getf(GL_POLYGON_OFFSET_UNITS), 0));
}

SCENE(gq_set_state, "values set by the program read back through glGet* of every type, including conversions between types")
{
	GLfloat f[4];
	GLint i[4];
	GLdouble d[4];
	GLboolean b[4];

	begin_checks();
	glColor4f(0.25f, 0.5f, 0.75f, 1);
	glGetFloatv(GL_CURRENT_COLOR, f);
	check(fv_eq(f, 0.25f, 0.5f, 0.75f, 1));
	glColor4ub(255, 0, 51, 102);
	glGetFloatv(GL_CURRENT_COLOR, f);
	check(fv_eq(f, 1, 0, 0.2f, 0.4f));
	glNormal3f(0.6f, 0, -0.8f);
	glGetDoublev(GL_CURRENT_NORMAL, d);
	check(feq(d[0], 0.6) && feq(d[1], 0) && feq(d[2], -0.8));
	glTexCoord3f(0.5f, 2, -1);
	glGetFloatv(GL_CURRENT_TEXTURE_COORDS, f);
	check(fv_eq(f, 0.5f, 2, -1, 1));
	glViewport(10, 20, 100, 50);
	glGetIntegerv(GL_VIEWPORT, i);
	check(iv_eq(i, 10, 20, 100, 50));
	glViewport(0, 0, SCENE_W, SCENE_H);
	glDepthRange(0.25, 0.75);
	glGetDoublev(GL_DEPTH_RANGE, d);
	check(feq(d[0], 0.25) && feq(d[1], 0.75));
	glDepthRange(0, 1);
	glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
	check(geti(GL_BLEND_SRC) == GL_SRC_ALPHA && geti(GL_BLEND_DST) == GL_ONE_MINUS_SRC_ALPHA);
	glBlendFuncSeparate(GL_ONE, GL_ZERO, GL_DST_ALPHA, GL_SRC_COLOR);
	check(geti(GL_BLEND_SRC_RGB) == GL_ONE && geti(GL_BLEND_DST_RGB) == GL_ZERO &&
	      geti(GL_BLEND_SRC_ALPHA) == GL_DST_ALPHA && geti(GL_BLEND_DST_ALPHA) == GL_SRC_COLOR);
	glBlendEquation(GL_MAX);
	check(geti(GL_BLEND_EQUATION) == GL_MAX);
	glBlendColor(0.1f, 0.2f, 0.3f, 0.4f);
	glGetFloatv(GL_BLEND_COLOR, f);
	check(fv_eq(f, 0.1f, 0.2f, 0.3f, 0.4f));
	glDepthFunc(GL_GEQUAL);
	check(geti(GL_DEPTH_FUNC) == GL_GEQUAL);
	glClearDepth(0.5);
	check(feq(getf(GL_DEPTH_CLEAR_VALUE), 0.5));
	glAlphaFunc(GL_NOTEQUAL, 0.3f);
	check(geti(GL_ALPHA_TEST_FUNC) == GL_NOTEQUAL && feq(getf(GL_ALPHA_TEST_REF), 0.3f));
	glStencilFunc(GL_LEQUAL, 7, 0x3c);
	glStencilOp(GL_INCR_WRAP, GL_DECR, GL_INVERT);
	check(geti(GL_STENCIL_FUNC) == GL_LEQUAL && geti(GL_STENCIL_REF) == 7 &&
	      geti(GL_STENCIL_VALUE_MASK) == 0x3c);
	check(geti(GL_STENCIL_FAIL) == GL_INCR_WRAP && geti(GL_STENCIL_PASS_DEPTH_FAIL) == GL_DECR &&
	      geti(GL_STENCIL_PASS_DEPTH_PASS) == GL_INVERT);
	glStencilMask(0x0f);
	check(geti(GL_STENCIL_WRITEMASK) == 0x0f);
	glClearStencil(5);
	check(geti(GL_STENCIL_CLEAR_VALUE) == 5);
	/* (the mask is restored before the answer is drawn) */
	glColorMask(GL_TRUE, GL_FALSE, GL_TRUE, GL_FALSE);
	glGetBooleanv(GL_COLOR_WRITEMASK, b);
	glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
	check(b[0] == GL_TRUE && b[1] == GL_FALSE && b[2] == GL_TRUE && b[3] == GL_FALSE);
	glDepthMask(GL_FALSE);
	glGetBooleanv(GL_DEPTH_WRITEMASK, b);
	check(b[0] == GL_FALSE);
	glDepthMask(GL_TRUE);
	glScissor(3, 4, 50, 60);
	glGetIntegerv(GL_SCISSOR_BOX, i);
	check(iv_eq(i, 3, 4, 50, 60));
	glCullFace(GL_FRONT_AND_BACK);
	glFrontFace(GL_CW);
	check(geti(GL_CULL_FACE_MODE) == GL_FRONT_AND_BACK && geti(GL_FRONT_FACE) == GL_CW);
	glPolygonMode(GL_FRONT, GL_POINT);
	glPolygonMode(GL_BACK, GL_LINE);
	glGetIntegerv(GL_POLYGON_MODE, i);
	check(i[0] == GL_POINT && i[1] == GL_LINE);
	glPolygonMode(GL_FRONT_AND_BACK, GL_FILL);
	glLineWidth(3);
	glPointSize(5);
	check(feq(getf(GL_LINE_WIDTH), 3) && feq(getf(GL_POINT_SIZE), 5));
	glShadeModel(GL_FLAT);
	check(geti(GL_SHADE_MODEL) == GL_FLAT);
	glLogicOp(GL_NAND);
	check(geti(GL_LOGIC_OP_MODE) == GL_NAND);
	glPolygonOffset(1.5f, 2);
	check(feq(getf(GL_POLYGON_OFFSET_FACTOR), 1.5f) && feq(getf(GL_POLYGON_OFFSET_UNITS), 2));
	glLineStipple(3, 0xaaaa);
	check(geti(GL_LINE_STIPPLE_PATTERN) == 0xaaaa && geti(GL_LINE_STIPPLE_REPEAT) == 3);
	glFogi(GL_FOG_MODE, GL_LINEAR);
	glFogf(GL_FOG_START, 2);
	glFogf(GL_FOG_END, 9);
	check(geti(GL_FOG_MODE) == GL_LINEAR && feq(getf(GL_FOG_START), 2) && feq(getf(GL_FOG_END), 9));
	glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
	glPixelStorei(GL_PACK_ROW_LENGTH, 33);
	check(geti(GL_UNPACK_ALIGNMENT) == 1 && geti(GL_PACK_ROW_LENGTH) == 33);
	glPixelStorei(GL_PACK_ROW_LENGTH, 0);
	glPixelZoom(2, -1.5f);
	check(feq(getf(GL_ZOOM_X), 2) && feq(getf(GL_ZOOM_Y), -1.5f));
	glPixelZoom(1, 1);
	/* conversions: a float read as integer maps [-1, 1] colours to the
	 * full integer range; booleans are non-zero tests */
	glColor4f(1, 0, 1, 0);
	glGetIntegerv(GL_CURRENT_COLOR, i);
	check(i[0] == 2147483647 && i[1] <= 0 && i[1] >= -1 && i[2] == 2147483647);
	glGetBooleanv(GL_CURRENT_COLOR, b);
	check(b[0] == GL_TRUE && b[1] == GL_FALSE && b[2] == GL_TRUE && b[3] == GL_FALSE);
	glLineWidth(2.4f);
	glGetIntegerv(GL_LINE_WIDTH, i);
	check(i[0] == 2);	/* rounded to the nearest integer */
	glGetBooleanv(GL_DEPTH_FUNC, b);
	check(b[0] == GL_TRUE);
	glEnable(GL_BLEND);
	glGetFloatv(GL_BLEND, f);
	check(feq(f[0], 1));
	glDisable(GL_BLEND);
	glShadeModel(GL_SMOOTH);
	glFrontFace(GL_CCW);
	glColor3f(1, 1, 1);
}

SCENE(gq_matrices, "GL_MODELVIEW/PROJECTION/TEXTURE_MATRIX after transforms, transpose matrices, stack depths, glGetDoublev")
{
	GLfloat m[16], t[16];
	GLdouble d[16];
	int k, ok;

	begin_checks();
	glMatrixMode(GL_MODELVIEW);
	glLoadIdentity();
	glTranslatef(1, 2, 3);
	glGetFloatv(GL_MODELVIEW_MATRIX, m);
	check(feq(m[12], 1) && feq(m[13], 2) && feq(m[14], 3) && feq(m[15], 1) && feq(m[0], 1));
	glRotatef(90, 0, 0, 1);
	glGetFloatv(GL_MODELVIEW_MATRIX, m);
	check(feq(m[0], 0) && feq(m[1], 1) && feq(m[4], -1) && feq(m[5], 0) && feq(m[12], 1));
	glScalef(2, 3, 4);
	glGetDoublev(GL_MODELVIEW_MATRIX, d);
	check(feq(d[1], 2) && feq(d[4], -3) && feq(d[10], 4) && feq(d[14], 3));
	glGetFloatv(GL_TRANSPOSE_MODELVIEW_MATRIX, t);
	glGetFloatv(GL_MODELVIEW_MATRIX, m);
	for (ok = 1, k = 0; k < 16; k++)
		ok &= feq(t[k], m[(k % 4) * 4 + k / 4]);
	check(ok);
	glPushMatrix();
	glPushMatrix();
	check(geti(GL_MODELVIEW_STACK_DEPTH) == 3);
	glLoadIdentity();
	glPopMatrix();
	glGetFloatv(GL_MODELVIEW_MATRIX, t);
	for (ok = 1, k = 0; k < 16; k++)
		ok &= feq(t[k], m[k]);
	check(ok && geti(GL_MODELVIEW_STACK_DEPTH) == 2);
	glPopMatrix();
	/* glOrtho(-1, 3, -2, 2, 1, 5) */
	glMatrixMode(GL_PROJECTION);
	glLoadIdentity();
	glOrtho(-1, 3, -2, 2, 1, 5);
	glGetFloatv(GL_PROJECTION_MATRIX, m);
	check(feq(m[0], 0.5f) && feq(m[5], 0.5f) && feq(m[10], -0.5f) &&
	      feq(m[12], -0.5f) && feq(m[13], 0) && feq(m[14], -1.5f) && feq(m[15], 1));
	/* glFrustum(-1, 1, -1, 1, 1, 3) */
	glLoadIdentity();
	glFrustum(-1, 1, -1, 1, 1, 3);
	glGetFloatv(GL_PROJECTION_MATRIX, m);
	check(feq(m[0], 1) && feq(m[5], 1) && feq(m[10], -2) && feq(m[11], -1) &&
	      feq(m[14], -3) && feq(m[15], 0));
	glGetFloatv(GL_TRANSPOSE_PROJECTION_MATRIX, t);
	check(feq(t[11], -3) && feq(t[14], -1));
	check(geti(GL_MATRIX_MODE) == GL_PROJECTION);
	glLoadIdentity();
	/* texture matrix of unit 1 */
	glMatrixMode(GL_TEXTURE);
	glActiveTexture(GL_TEXTURE1);
	glTranslatef(0.5f, 0, 0);
	glScalef(2, 2, 1);
	glGetFloatv(GL_TEXTURE_MATRIX, m);
	check(feq(m[0], 2) && feq(m[5], 2) && feq(m[12], 0.5f));
	glActiveTexture(GL_TEXTURE0);
	glGetFloatv(GL_TEXTURE_MATRIX, m);
	check(feq(m[0], 1) && feq(m[12], 0));	/* unit 0 untouched */
	glPushMatrix();
	check(geti(GL_TEXTURE_STACK_DEPTH) == 2);
	glPopMatrix();
	glActiveTexture(GL_TEXTURE1);
	glLoadIdentity();
	glActiveTexture(GL_TEXTURE0);
	/* glLoadTransposeMatrixf/glMultMatrixf */
	glMatrixMode(GL_MODELVIEW);
	for (k = 0; k < 16; k++)
		t[k] = (float)(k + 1);
	glLoadTransposeMatrixf(t);
	glGetFloatv(GL_MODELVIEW_MATRIX, m);
	check(feq(m[0], 1) && feq(m[1], 5) && feq(m[4], 2) && feq(m[15], 16));
	glLoadIdentity();
	glTranslatef(1, 0, 0);
	for (k = 0; k < 16; k++)
		t[k] = k % 5 == 0 ? 2.0f : 0.0f;	/* uniform scale 2 (w 2 too) */
	glMultMatrixf(t);
	glGetFloatv(GL_MODELVIEW_MATRIX, m);
	check(feq(m[0], 2) && feq(m[12], 2) && feq(m[15], 2));
	glLoadIdentity();
	/* the current raster position follows the transforms */
	glMatrixMode(GL_PROJECTION);
	glOrtho(0, SCENE_W, 0, SCENE_H, -1, 1);
	glMatrixMode(GL_MODELVIEW);
	glTranslatef(10, 20, 0);
	glRasterPos2f(5, 7);
	glGetFloatv(GL_CURRENT_RASTER_POSITION, m);
	check(feq(m[0], 15) && feq(m[1], 27) && feq(m[2], 0.5f) && feq(m[3], 1));
	glLoadIdentity();
	glMatrixMode(GL_PROJECTION);
	glLoadIdentity();
	glMatrixMode(GL_MODELVIEW);
}

SCENE(gq_limits_strings, "implementation limits against the required minimums, glGetString(GL_VERSION) >= 1.3 and other strings")
{
	const char *ver = (const char *)glGetString(GL_VERSION);
	const char *ven = (const char *)glGetString(GL_VENDOR);
	const char *ren = (const char *)glGetString(GL_RENDERER);
	const char *ext = (const char *)glGetString(GL_EXTENSIONS);
	GLint i[2];
	GLfloat f[2];
	int major = 0, minor = 0;

	begin_checks();
	check(ver && sscanf(ver, "%d.%d", &major, &minor) == 2 &&
	      (major > 1 || (major == 1 && minor >= 3)));
	check(ven && ven[0] && ren && ren[0]);
	check(ext != NULL);
	check(geti(GL_MAX_TEXTURE_SIZE) >= 64);
	check(geti(GL_MAX_TEXTURE_UNITS) >= 2);
	check(geti(GL_MAX_LIGHTS) >= 8);
	check(geti(GL_MAX_CLIP_PLANES) >= 6);
	check(geti(GL_MAX_MODELVIEW_STACK_DEPTH) >= 32);
	check(geti(GL_MAX_PROJECTION_STACK_DEPTH) >= 2);
	check(geti(GL_MAX_TEXTURE_STACK_DEPTH) >= 2);
	check(geti(GL_MAX_ATTRIB_STACK_DEPTH) >= 16);
	check(geti(GL_MAX_CLIENT_ATTRIB_STACK_DEPTH) >= 16);
	check(geti(GL_MAX_LIST_NESTING) >= 64);
	check(geti(GL_MAX_NAME_STACK_DEPTH) >= 64);
	check(geti(GL_MAX_EVAL_ORDER) >= 8);
	check(geti(GL_MAX_PIXEL_MAP_TABLE) >= 32);
	check(geti(GL_MAX_ELEMENTS_VERTICES) > 0 && geti(GL_MAX_ELEMENTS_INDICES) > 0);
	glGetIntegerv(GL_MAX_VIEWPORT_DIMS, i);
	check(i[0] >= SCENE_W && i[1] >= SCENE_H);
	glGetFloatv(GL_ALIASED_POINT_SIZE_RANGE, f);
	check(f[0] <= 1 && f[1] >= 1);
	glGetFloatv(GL_ALIASED_LINE_WIDTH_RANGE, f);
	check(f[0] <= 1 && f[1] >= 1);
	check(geti(GL_SUBPIXEL_BITS) >= 4);
	/* the harness asks for RGBA8 with 24-bit depth and 8-bit stencil */
	check(geti(GL_RED_BITS) >= 8 && geti(GL_GREEN_BITS) >= 8 && geti(GL_BLUE_BITS) >= 8);
	check(geti(GL_DEPTH_BITS) >= 16);
	check(geti(GL_STENCIL_BITS) >= 8);
	check(glIsEnabled(GL_INDEX_LOGIC_OP) == GL_FALSE);
	{
		GLboolean rgba = GL_FALSE;

		glGetBooleanv(GL_RGBA_MODE, &rgba);
		check(rgba == GL_TRUE);
	}
	check(glGetError() == GL_NO_ERROR);
}
