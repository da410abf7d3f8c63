/* State queries, part 2: lights and materials, textures, arrays, clip
 * planes, stipple and display lists.  Each answer is drawn
 * as a green (right) or red (wrong) cell with scene_result(); answers are
 * only drawn outside glBegin/glEnd and display list compilation and with
 * all colour channels writable.  Only values fixed by the GL
 * specification are checked. */
#include <math.h>
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

static int geti(GLenum e)
{
	GLint v = -12345;

	glGetIntegerv(e, &v);
	return v;
}

SCENE(gq_light_material, "glGetLightfv (positions and spot directions in eye space, defaults) and glGetMaterialfv, colour material tracking")
{
	static const GLfloat p[4] = { 1, 2, 3, 1 }, dir[3] = { 0, 0, -1 };
	static const GLfloat red[4] = { 1, 0, 0, 1 }, mat[4] = { 0.1f, 0.2f, 0.3f, 0.4f };
	GLfloat f[4];

	begin_checks();
	glGetLightfv(GL_LIGHT0, GL_DIFFUSE, f);
	check(fv_eq(f, 1, 1, 1, 1));
	glGetLightfv(GL_LIGHT1, GL_DIFFUSE, f);
	check(fv_eq(f, 0, 0, 0, 1));
	glGetLightfv(GL_LIGHT3, GL_AMBIENT, f);
	check(fv_eq(f, 0, 0, 0, 1));
	glGetLightfv(GL_LIGHT2, GL_POSITION, f);
	check(fv_eq(f, 0, 0, 1, 0));
	glGetLightfv(GL_LIGHT2, GL_SPOT_DIRECTION, f);
	check(feq(f[0], 0) && feq(f[1], 0) && feq(f[2], -1));
	glGetLightfv(GL_LIGHT2, GL_SPOT_CUTOFF, f);
	check(feq(f[0], 180));
	glGetLightfv(GL_LIGHT2, GL_CONSTANT_ATTENUATION, f);
	check(feq(f[0], 1));
	/* a position given under a translation and a rotation */
	glMatrixMode(GL_MODELVIEW);
	glLoadIdentity();
	glTranslatef(10, 0, 0);
	glRotatef(90, 0, 0, 1);
	glLightfv(GL_LIGHT1, GL_POSITION, p);
	glLightfv(GL_LIGHT1, GL_SPOT_DIRECTION, dir);
	glLoadIdentity();
	glGetLightfv(GL_LIGHT1, GL_POSITION, f);
	check(fv_eq(f, 8, 1, 3, 1));
	glGetLightfv(GL_LIGHT1, GL_SPOT_DIRECTION, f);
	check(feq(f[0], 0) && feq(f[1], 0) && feq(f[2], -1));
	glRotatef(90, 1, 0, 0);
	glLightfv(GL_LIGHT1, GL_SPOT_DIRECTION, dir);
	glLoadIdentity();
	glGetLightfv(GL_LIGHT1, GL_SPOT_DIRECTION, f);
	check(feq(f[0], 0) && feq(f[1], 1) && feq(f[2], 0));
	glLightfv(GL_LIGHT4, GL_SPECULAR, red);
	glLightf(GL_LIGHT4, GL_SPOT_EXPONENT, 12);
	glLightf(GL_LIGHT4, GL_QUADRATIC_ATTENUATION, 0.25f);
	glGetLightfv(GL_LIGHT4, GL_SPECULAR, f);
	check(fv_eq(f, 1, 0, 0, 1));
	glGetLightfv(GL_LIGHT4, GL_SPOT_EXPONENT, f);
	check(feq(f[0], 12));
	glGetLightfv(GL_LIGHT4, GL_QUADRATIC_ATTENUATION, f);
	check(feq(f[0], 0.25f));
	/* material defaults */
	glGetMaterialfv(GL_FRONT, GL_AMBIENT, f);
	check(fv_eq(f, 0.2f, 0.2f, 0.2f, 1));
	glGetMaterialfv(GL_FRONT, GL_DIFFUSE, f);
	check(fv_eq(f, 0.8f, 0.8f, 0.8f, 1));
	glGetMaterialfv(GL_BACK, GL_SPECULAR, f);
	check(fv_eq(f, 0, 0, 0, 1));
	glGetMaterialfv(GL_FRONT, GL_EMISSION, f);
	check(fv_eq(f, 0, 0, 0, 1));
	glGetMaterialfv(GL_FRONT, GL_SHININESS, f);
	check(feq(f[0], 0));
	/* set front only, both, and shininess */
	glMaterialfv(GL_FRONT, GL_DIFFUSE, mat);
	glGetMaterialfv(GL_FRONT, GL_DIFFUSE, f);
	check(fv_eq(f, 0.1f, 0.2f, 0.3f, 0.4f));
	glGetMaterialfv(GL_BACK, GL_DIFFUSE, f);
	check(fv_eq(f, 0.8f, 0.8f, 0.8f, 1));
	glMaterialfv(GL_FRONT_AND_BACK, GL_EMISSION, red);
	glGetMaterialfv(GL_BACK, GL_EMISSION, f);
	check(fv_eq(f, 1, 0, 0, 1));
	glMaterialf(GL_BACK, GL_SHININESS, 64);
	glGetMaterialfv(GL_BACK, GL_SHININESS, f);
	check(feq(f[0], 64));
	glMaterialfv(GL_FRONT, GL_AMBIENT_AND_DIFFUSE, red);
	glGetMaterialfv(GL_FRONT, GL_AMBIENT, f);
	check(fv_eq(f, 1, 0, 0, 1));
	/* colour material: the current colour goes into the material */
	glColorMaterial(GL_FRONT, GL_DIFFUSE);
	glEnable(GL_COLOR_MATERIAL);
	glColor4f(0.5f, 0.25f, 1, 1);
	glDisable(GL_COLOR_MATERIAL);
	glColor4f(0, 0, 0, 1);
	glGetMaterialfv(GL_FRONT, GL_DIFFUSE, f);
	check(fv_eq(f, 0.5f, 0.25f, 1, 1));
	check(geti(GL_COLOR_MATERIAL_FACE) == GL_FRONT &&
	      geti(GL_COLOR_MATERIAL_PARAMETER) == GL_DIFFUSE);
	/* light model */
	glLightModeli(GL_LIGHT_MODEL_TWO_SIDE, GL_TRUE);
	glLightModeli(GL_LIGHT_MODEL_COLOR_CONTROL, GL_SEPARATE_SPECULAR_COLOR);
	check(geti(GL_LIGHT_MODEL_TWO_SIDE) == GL_TRUE &&
	      geti(GL_LIGHT_MODEL_COLOR_CONTROL) == GL_SEPARATE_SPECULAR_COLOR);
	glEnable(GL_LIGHT5);
	check(glIsEnabled(GL_LIGHT5) && !glIsEnabled(GL_LIGHT6));
	glDisable(GL_LIGHT5);
	check(glGetError() == GL_NO_ERROR);
}

SCENE(gq_texture, "glGetTexEnviv/fv, glGetTexParameteriv/fv, glGetTexLevelParameteriv (width, height, internal format), glGetTexImage, glIsTexture, bindings")
{
	static const GLubyte img[4 * 2 * 4] = {
		10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130, 140, 150, 160,
		170, 180, 190, 200, 210, 220, 230, 240, 250, 1, 2, 3, 4, 5, 6, 7,
	};
	static const GLfloat envc[4] = { 0.5f, 0.25f, 0, 1 }, border[4] = { 0, 1, 0, 1 };
	GLubyte back[4 * 2 * 4], lum[8];
	GLuint t[3];
	GLint i[4];
	GLfloat f[4];
	int k, ok;

	begin_checks();
	glGenTextures(3, t);
	check(!glIsTexture(t[0]));	/* a name is not a texture until bound */
	glBindTexture(GL_TEXTURE_2D, t[0]);
	check(glIsTexture(t[0]) && geti(GL_TEXTURE_BINDING_2D) == (GLint)t[0]);
	/* parameter defaults */
	glGetTexParameteriv(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, i);
	check(i[0] == GL_NEAREST_MIPMAP_LINEAR);
	glGetTexParameteriv(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, i);
	check(i[0] == GL_LINEAR);
	glGetTexParameteriv(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, i);
	glGetTexParameteriv(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, i + 1);
	check(i[0] == GL_REPEAT && i[1] == GL_REPEAT);
	glGetTexParameterfv(GL_TEXTURE_2D, GL_TEXTURE_BORDER_COLOR, f);
	check(fv_eq(f, 0, 0, 0, 0));
	glGetTexParameteriv(GL_TEXTURE_2D, GL_TEXTURE_MAX_LEVEL, i);
	check(i[0] == 1000);
	/* set and read back */
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
	glTexParameterfv(GL_TEXTURE_2D, GL_TEXTURE_BORDER_COLOR, border);
	glGetTexParameteriv(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, i);
	glGetTexParameteriv(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, i + 1);
	check(i[0] == GL_LINEAR && i[1] == GL_CLAMP_TO_EDGE);
	glGetTexParameterfv(GL_TEXTURE_2D, GL_TEXTURE_BORDER_COLOR, f);
	check(fv_eq(f, 0, 1, 0, 1));
	/* an image and its level parameters */
	glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
	glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, 4, 2, 0, GL_RGBA, GL_UNSIGNED_BYTE, img);
	glGetTexLevelParameteriv(GL_TEXTURE_2D, 0, GL_TEXTURE_WIDTH, i);
	glGetTexLevelParameteriv(GL_TEXTURE_2D, 0, GL_TEXTURE_HEIGHT, i + 1);
	check(i[0] == 4 && i[1] == 2);
	glGetTexLevelParameteriv(GL_TEXTURE_2D, 0, GL_TEXTURE_INTERNAL_FORMAT, i);
	check(i[0] == GL_RGBA || i[0] == GL_RGBA8);
	glGetTexLevelParameteriv(GL_TEXTURE_2D, 0, GL_TEXTURE_BORDER, i);
	check(i[0] == 0);
	glGetTexLevelParameteriv(GL_TEXTURE_2D, 1, GL_TEXTURE_WIDTH, i);
	check(i[0] == 0);	/* level 1 not defined */
	/* glGetTexImage: bytes back exactly, also as luminance (= red) */
	glPixelStorei(GL_PACK_ALIGNMENT, 1);
	memset(back, 0, sizeof(back));
	glGetTexImage(GL_TEXTURE_2D, 0, GL_RGBA, GL_UNSIGNED_BYTE, back);
	check(memcmp(back, img, sizeof(img)) == 0);
	glGetTexImage(GL_TEXTURE_2D, 0, GL_BGRA, GL_UNSIGNED_BYTE, back);
	check(back[0] == 30 && back[1] == 20 && back[2] == 10 && back[3] == 40);
	glGetTexImage(GL_TEXTURE_2D, 0, GL_RED, GL_UNSIGNED_BYTE, lum);
	for (ok = 1, k = 0; k < 8; k++)
		ok &= lum[k] == img[k * 4];
	check(ok);
	/* a second object in GL_LUMINANCE with a sub-image */
	glBindTexture(GL_TEXTURE_2D, t[1]);
	glTexImage2D(GL_TEXTURE_2D, 0, GL_LUMINANCE, 4, 2, 0, GL_LUMINANCE, GL_UNSIGNED_BYTE, img);
	glTexSubImage2D(GL_TEXTURE_2D, 0, 1, 1, 2, 1, GL_LUMINANCE, GL_UNSIGNED_BYTE, img + 20);
	glGetTexImage(GL_TEXTURE_2D, 0, GL_LUMINANCE, GL_UNSIGNED_BYTE, lum);
	check(lum[0] == 10 && lum[3] == 40 && lum[5] == 210 && lum[6] == 220 && lum[7] == 80);
	glGetTexLevelParameteriv(GL_TEXTURE_2D, 0, GL_TEXTURE_INTERNAL_FORMAT, i);
	check(i[0] == GL_LUMINANCE || i[0] == GL_LUMINANCE8);
	/* the first object kept its state */
	glBindTexture(GL_TEXTURE_2D, t[0]);
	glGetTexParameteriv(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, i);
	glGetTexLevelParameteriv(GL_TEXTURE_2D, 0, GL_TEXTURE_WIDTH, i + 1);
	check(i[0] == GL_LINEAR && i[1] == 4);
	/* a 1D texture */
	glBindTexture(GL_TEXTURE_1D, t[2]);
	glTexImage1D(GL_TEXTURE_1D, 0, GL_RGB, 8, 0, GL_RGBA, GL_UNSIGNED_BYTE, img);
	glGetTexLevelParameteriv(GL_TEXTURE_1D, 0, GL_TEXTURE_WIDTH, i);
	glGetTexLevelParameteriv(GL_TEXTURE_1D, 0, GL_TEXTURE_HEIGHT, i + 1);
	check(i[0] == 8 && i[1] == 1 && geti(GL_TEXTURE_BINDING_1D) == (GLint)t[2]);
	/* environment */
	glTexEnvi(GL_TEXTURE_ENV, GL_TEXTURE_ENV_MODE, GL_DECAL);
	glTexEnvfv(GL_TEXTURE_ENV, GL_TEXTURE_ENV_COLOR, envc);
	glGetTexEnviv(GL_TEXTURE_ENV, GL_TEXTURE_ENV_MODE, i);
	check(i[0] == GL_DECAL);
	glGetTexEnvfv(GL_TEXTURE_ENV, GL_TEXTURE_ENV_COLOR, f);
	check(fv_eq(f, 0.5f, 0.25f, 0, 1));
	glTexEnvi(GL_TEXTURE_ENV, GL_TEXTURE_ENV_MODE, GL_COMBINE);
	glTexEnvi(GL_TEXTURE_ENV, GL_COMBINE_RGB, GL_INTERPOLATE);
	glTexEnvi(GL_TEXTURE_ENV, GL_SOURCE2_RGB, GL_CONSTANT);
	glTexEnvi(GL_TEXTURE_ENV, GL_OPERAND1_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
	glTexEnvf(GL_TEXTURE_ENV, GL_RGB_SCALE, 4);
	glGetTexEnviv(GL_TEXTURE_ENV, GL_COMBINE_RGB, i);
	glGetTexEnviv(GL_TEXTURE_ENV, GL_SOURCE2_RGB, i + 1);
	glGetTexEnviv(GL_TEXTURE_ENV, GL_OPERAND1_ALPHA, i + 2);
	check(i[0] == GL_INTERPOLATE && i[1] == GL_CONSTANT && i[2] == GL_ONE_MINUS_SRC_ALPHA);
	glGetTexEnvfv(GL_TEXTURE_ENV, GL_RGB_SCALE, f);
	glGetTexEnviv(GL_TEXTURE_ENV, GL_SOURCE0_RGB, i);
	check(feq(f[0], 4) && i[0] == GL_TEXTURE);
	/* per-unit environment */
	glActiveTexture(GL_TEXTURE1);
	glGetTexEnviv(GL_TEXTURE_ENV, GL_TEXTURE_ENV_MODE, i);
	check(i[0] == GL_MODULATE && geti(GL_TEXTURE_BINDING_2D) == 0);
	glActiveTexture(GL_TEXTURE0);
	glTexEnvi(GL_TEXTURE_ENV, GL_TEXTURE_ENV_MODE, GL_MODULATE);
	/* deleting: the binding falls back to 0, the name is no texture */
	glDeleteTextures(1, &t[0]);
	check(!glIsTexture(t[0]) && geti(GL_TEXTURE_BINDING_2D) == 0);
	check(glIsTexture(t[1]) && !glIsTexture(0));
	glDeleteTextures(2, &t[1]);
	check(glGetError() == GL_NO_ERROR);
}

SCENE(gq_arrays_planes_lists, "glGetPointerv, vertex array state, glGetClipPlane (eye space), glGetPolygonStipple, glIsList, list state")
{
	static GLfloat verts[12];
	static GLubyte cols[16];
	static const GLdouble plane[4] = { 1, 0, 0, -2 };
	GLubyte stip[128], back[128];
	GLdouble d[4];
	GLvoid *p = NULL;
	GLuint l;
	int k, ok;

	begin_checks();
	glVertexPointer(3, GL_FLOAT, 16, verts);
	glColorPointer(4, GL_UNSIGNED_BYTE, 0, cols);
	glTexCoordPointer(2, GL_SHORT, 8, verts + 1);
	glNormalPointer(GL_BYTE, 6, cols);
	glGetPointerv(GL_VERTEX_ARRAY_POINTER, &p);
	check(p == (GLvoid *)verts);
	glGetPointerv(GL_COLOR_ARRAY_POINTER, &p);
	check(p == (GLvoid *)cols);
	glGetPointerv(GL_TEXTURE_COORD_ARRAY_POINTER, &p);
	check(p == (GLvoid *)(verts + 1));
	check(geti(GL_VERTEX_ARRAY_SIZE) == 3 && geti(GL_VERTEX_ARRAY_TYPE) == GL_FLOAT &&
	      geti(GL_VERTEX_ARRAY_STRIDE) == 16);
	check(geti(GL_COLOR_ARRAY_SIZE) == 4 && geti(GL_COLOR_ARRAY_TYPE) == GL_UNSIGNED_BYTE &&
	      geti(GL_COLOR_ARRAY_STRIDE) == 0);
	check(geti(GL_TEXTURE_COORD_ARRAY_SIZE) == 2 &&
	      geti(GL_TEXTURE_COORD_ARRAY_TYPE) == GL_SHORT &&
	      geti(GL_NORMAL_ARRAY_TYPE) == GL_BYTE && geti(GL_NORMAL_ARRAY_STRIDE) == 6);
	glEnableClientState(GL_COLOR_ARRAY);
	check(glIsEnabled(GL_COLOR_ARRAY) && !glIsEnabled(GL_NORMAL_ARRAY));
	glDisableClientState(GL_COLOR_ARRAY);
	/* texcoord array state is per client unit */
	glClientActiveTexture(GL_TEXTURE1);
	check(geti(GL_TEXTURE_COORD_ARRAY_SIZE) == 4 &&
	      geti(GL_CLIENT_ACTIVE_TEXTURE) == GL_TEXTURE1);
	glClientActiveTexture(GL_TEXTURE0);
	/* clip planes come back in eye space: given under x += 3 */
	glMatrixMode(GL_MODELVIEW);
	glLoadIdentity();
	glTranslatef(3, 0, 0);
	glClipPlane(GL_CLIP_PLANE2, plane);
	glLoadIdentity();
	glGetClipPlane(GL_CLIP_PLANE2, d);
	check(feq(d[0], 1) && feq(d[1], 0) && feq(d[2], 0) && feq(d[3], -5));
	glGetClipPlane(GL_CLIP_PLANE0, d);
	check(feq(d[0], 0) && feq(d[1], 0) && feq(d[2], 0) && feq(d[3], 0));
	glEnable(GL_CLIP_PLANE2);
	check(glIsEnabled(GL_CLIP_PLANE2) && !glIsEnabled(GL_CLIP_PLANE1));
	glDisable(GL_CLIP_PLANE2);
	/* polygon stipple: default all ones, then a pattern round trip */
	glPixelStorei(GL_PACK_ALIGNMENT, 1);
	glGetPolygonStipple(back);
	for (ok = 1, k = 0; k < 128; k++)
		ok &= back[k] == 0xff;
	check(ok);
	for (k = 0; k < 128; k++)
		stip[k] = (GLubyte)(k * 7 + 3);
	glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
	glPolygonStipple(stip);
	glGetPolygonStipple(back);
	check(memcmp(stip, back, 128) == 0);
	/* display lists */
	l = glGenLists(2);
	check(l != 0);
	glNewList(l, GL_COMPILE);
	/* (answers are drawn after glEndList, or they would be compiled) */
	k = geti(GL_LIST_INDEX) == (GLint)l && geti(GL_LIST_MODE) == GL_COMPILE;
	glEndList();
	check(k);
	check(glIsList(l) && geti(GL_LIST_INDEX) == 0);
	glListBase(7);
	check(geti(GL_LIST_BASE) == 7);
	glListBase(0);
	glDeleteLists(l, 2);
	check(!glIsList(l) && !glIsList(0));
	check(glGetError() == GL_NO_ERROR);
}
