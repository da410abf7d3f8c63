/* Pixel maps (glPixelMap, GL 1.x 3.6.3 and 3.6.5): colour-index client data
 * turned into RGBA through the I_TO_R .. I_TO_A tables for glDrawPixels and
 * glTexImage, GL_MAP_COLOR on RGBA data, GL_MAP_STENCIL on stencil indices,
 * and the glGetPixelMap answers and errors. */
#include <string.h>
#include "../scene.h"

/* A 16-entry palette: index i gives a colour with its own hue and level. */
static void palette16(void)
{
	GLfloat r[16], g[16], b[16], a[16];
	int i;

	for (i = 0; i < 16; i++) {
		r[i] = (i & 1 ? 0.8f : 0.1f) + (i & 8 ? 0.2f : 0);
		g[i] = (i & 2 ? 0.7f : 0.2f) + (i & 8 ? 0.2f : 0);
		b[i] = (i & 4 ? 0.9f : 0.0f);
		a[i] = 1;
	}
	glPixelMapfv(GL_PIXEL_MAP_I_TO_R, 16, r);
	glPixelMapfv(GL_PIXEL_MAP_I_TO_G, 16, g);
	glPixelMapfv(GL_PIXEL_MAP_I_TO_B, 16, b);
	glPixelMapfv(GL_PIXEL_MAP_I_TO_A, 16, a);
}

SCENE(pm_ci_draw, "glDrawPixels GL_COLOR_INDEX of ubyte, byte, ushort, int, float and GL_BITMAP through I_TO_* maps, in a display list")
{
	GLubyte ub[24 * 16], bits[4 * 16];
	GLushort us[24 * 16];
	GLint in[24 * 16];
	GLfloat fl[24 * 16];
	GLuint list;
	int i;

	for (i = 0; i < 24 * 16; i++) {
		ub[i] = (GLubyte)((i % 24) / 3 + (i / 24) / 4 * 4);
		us[i] = (GLushort)(ub[i] + 32);	/* masked back to 0..15 */
		in[i] = ub[i] * 3;
		fl[i] = (GLfloat)ub[i] + 0.25f;
	}
	for (i = 0; i < 4 * 16; i++)
		bits[i] = (GLubyte)(0x5a ^ (i * 37));
	glClearColor(0.2f, 0.2f, 0.2f, 1);
	glClear(GL_COLOR_BUFFER_BIT);
	palette16();
	glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
	glWindowPos2i(4, 4);
	glDrawPixels(24, 16, GL_COLOR_INDEX, GL_UNSIGNED_BYTE, ub);
	glWindowPos2i(32, 4);
	glDrawPixels(24, 16, GL_COLOR_INDEX, GL_UNSIGNED_SHORT, us);
	glWindowPos2i(60, 4);
	glDrawPixels(24, 16, GL_COLOR_INDEX, GL_FLOAT, fl);
	/* Mesa's glDrawPixels leaves GL_INDEX_SHIFT and GL_INDEX_OFFSET out
	 * (pm_ci_teximage has them), so the data is drawn as it is */
	glWindowPos2i(88, 4);
	glDrawPixels(24, 16, GL_COLOR_INDEX, GL_INT, in);
	glWindowPos2i(116, 4);
	glDrawPixels(24, 16, GL_COLOR_INDEX, GL_BYTE, ub);
	/* bitmaps: indices 0 and 1 */
	glWindowPos2i(4, 30);
	glDrawPixels(32, 16, GL_COLOR_INDEX, GL_BITMAP, bits);
	/* Mesa (the reference) and this GL read LSB_FIRST, padded and
	 * skipped bitmap rows of colour indices differently; piglit's
	 * drawpixels-color-index covers bitmaps beyond this one */
	/* compiled: the data and the maps of compile time are what counts */
	list = glGenLists(1);
	glNewList(list, GL_COMPILE);
	glWindowPos2i(4, 60);
	glDrawPixels(24, 16, GL_COLOR_INDEX, GL_UNSIGNED_BYTE, ub);
	glEndList();
	memset(ub, 0, sizeof(ub));
	glCallList(list);
	glDeleteLists(list, 1);
	/* a 2-entry map masks the same data to its low bit */
	{
		GLushort r2[2] = { 0, 65535 }, g2[2] = { 65535, 0 }, b2[2] = { 32768, 16384 };

		glPixelMapusv(GL_PIXEL_MAP_I_TO_R, 2, r2);
		glPixelMapusv(GL_PIXEL_MAP_I_TO_G, 2, g2);
		glPixelMapusv(GL_PIXEL_MAP_I_TO_B, 2, b2);
		glWindowPos2i(32, 60);
		glDrawPixels(24, 16, GL_COLOR_INDEX, GL_UNSIGNED_SHORT, us);
	}
}

SCENE(pm_ci_teximage, "glTexImage2D and glTexSubImage2D from GL_COLOR_INDEX ubyte and GL_BITMAP data through I_TO_* maps with INDEX_SHIFT/OFFSET, and from a display list")
{
	GLubyte ub[16 * 16], bits[2 * 8];
	GLuint tex[2], list;
	int i;

	for (i = 0; i < 16 * 16; i++)
		ub[i] = (GLubyte)((i % 16) / 4 + (i / 16) / 4 * 4);
	for (i = 0; i < 2 * 8; i++)
		bits[i] = (GLubyte)(i & 1 ? 0xf0 : 0x3c);
	glClearColor(0, 0, 0, 1);
	glClear(GL_COLOR_BUFFER_BIT);
	scene_ortho();
	palette16();
	glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
	glGenTextures(2, tex);
	glBindTexture(GL_TEXTURE_2D, tex[0]);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
	glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, 16, 16, 0, GL_COLOR_INDEX,
		     GL_UNSIGNED_BYTE, ub);
	/* a bitmap patch: indices 0 and 1, offset to 9 and 10 */
	glPixelTransferi(GL_INDEX_OFFSET, 9);
	glTexSubImage2D(GL_TEXTURE_2D, 0, 4, 4, 8, 8, GL_COLOR_INDEX, GL_BITMAP,
			bits);
	glPixelTransferi(GL_INDEX_OFFSET, 0);
	glEnable(GL_TEXTURE_2D);
	glTexEnvi(GL_TEXTURE_ENV, GL_TEXTURE_ENV_MODE, GL_REPLACE);
	glBegin(GL_QUADS);
	glTexCoord2f(0, 0); glVertex2f(8, 8);
	glTexCoord2f(1, 0); glVertex2f(72, 8);
	glTexCoord2f(1, 1); glVertex2f(72, 72);
	glTexCoord2f(0, 1); glVertex2f(8, 72);
	glEnd();
	/* compiled with a shift: the shift of execution time counts */
	glBindTexture(GL_TEXTURE_2D, tex[1]);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
	list = glGenLists(1);
	glPixelTransferi(GL_INDEX_SHIFT, 1);
	glNewList(list, GL_COMPILE);
	glTexImage2D(GL_TEXTURE_2D, 0, GL_RGB, 16, 16, 0, GL_COLOR_INDEX,
		     GL_UNSIGNED_BYTE, ub);
	glEndList();
	glPixelTransferi(GL_INDEX_SHIFT, 0);
	glCallList(list);
	glDeleteLists(list, 1);
	glBegin(GL_QUADS);
	glTexCoord2f(0, 0); glVertex2f(84, 8);
	glTexCoord2f(1, 0); glVertex2f(148, 8);
	glTexCoord2f(1, 1); glVertex2f(148, 72);
	glTexCoord2f(0, 1); glVertex2f(84, 72);
	glEnd();
	/* shift and offset on a direct upload */
	glPixelTransferi(GL_INDEX_SHIFT, -1);
	glPixelTransferi(GL_INDEX_OFFSET, 5);
	glTexImage2D(GL_TEXTURE_2D, 0, GL_RGB, 16, 16, 0, GL_COLOR_INDEX,
		     GL_UNSIGNED_BYTE, ub);
	glPixelTransferi(GL_INDEX_SHIFT, 2);
	glPixelTransferi(GL_INDEX_OFFSET, 0);
	glTexSubImage2D(GL_TEXTURE_2D, 0, 8, 8, 8, 8, GL_COLOR_INDEX,
			GL_BITMAP, bits);
	glPixelTransferi(GL_INDEX_SHIFT, 0);
	glBegin(GL_QUADS);
	glTexCoord2f(0, 0); glVertex2f(8, 80);
	glTexCoord2f(1, 0); glVertex2f(40, 80);
	glTexCoord2f(1, 1); glVertex2f(40, 112);
	glTexCoord2f(0, 1); glVertex2f(8, 112);
	glEnd();
	glDisable(GL_TEXTURE_2D);
	glDeleteTextures(2, tex);
}

SCENE(pm_map_color, "GL_MAP_COLOR: RGBA glTexImage2D through R_TO_R .. A_TO_A after scale and bias; glDrawPixels and glCopyPixels through two-level maps; a map from glPixelMapuiv in a display list")
{
	GLubyte img[32 * 16 * 4], sq[32 * 16 * 4];
	GLfloat r[4] = { 1, 0.5f, 0.2f, 0 }, g[2] = { 0.2f, 1 };
	GLfloat b[8] = { 0, 0.6f, 0.1f, 0.9f, 0.3f, 0.7f, 0.2f, 1 };
	GLfloat a[1] = { 1 }, r2[256], g2[256], b2[256], a2[256];
	GLuint tex;
	int i;

	for (i = 0; i < 32 * 16; i++) {
		img[i * 4] = (GLubyte)((i % 32) * 8);
		img[i * 4 + 1] = (GLubyte)((i / 32) * 16);
		img[i * 4 + 2] = (GLubyte)(255 - (i % 32) * 8);
		img[i * 4 + 3] = 40;
		/* only 0 and 255: Mesa's glDrawPixels looks maps up in a
		 * filtered texture, exact at the ends of level stretches */
		sq[i * 4] = (i % 32) / 8 & 1 ? 255 : 0;
		sq[i * 4 + 1] = (i / 32) / 4 & 1 ? 255 : 0;
		sq[i * 4 + 2] = ((i % 32) / 8 + (i / 32) / 8) & 1 ? 255 : 0;
		sq[i * 4 + 3] = 255;
	}
	for (i = 0; i < 256; i++) {
		r2[i] = i < 128 ? 0.8f : 0.4f;
		g2[i] = i < 128 ? 0.2f : 0.6f;
		b2[i] = i < 128 ? 0 : 1;	/* Mesa's drawing maps no blue */
		a2[i] = 1;
	}
	glClearColor(0, 0, 0.3f, 1);
	glClear(GL_COLOR_BUFFER_BIT);
	scene_ortho();
	glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
	glPixelMapfv(GL_PIXEL_MAP_R_TO_R, 256, r2);
	glPixelMapfv(GL_PIXEL_MAP_G_TO_G, 256, g2);
	glPixelMapfv(GL_PIXEL_MAP_B_TO_B, 256, b2);
	glPixelMapfv(GL_PIXEL_MAP_A_TO_A, 256, a2);
	glWindowPos2i(4, 4);
	glDrawPixels(32, 16, GL_RGBA, GL_UNSIGNED_BYTE, sq);
	glPixelTransferi(GL_MAP_COLOR, GL_TRUE);
	glWindowPos2i(40, 4);
	glDrawPixels(32, 16, GL_RGBA, GL_UNSIGNED_BYTE, sq);
	/* copies go through the maps as well (scale and bias before maps
	 * are in the texture below: Mesa's drawing is inexact there) */
	glWindowPos2i(112, 4);
	glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_FALSE);	/* Mesa's copy
							   loses alpha */
	glCopyPixels(4, 4, 32, 16, GL_COLOR);
	glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
	/* a texture stores the mapped colours: small maps are exact here */
	glPixelMapfv(GL_PIXEL_MAP_R_TO_R, 4, r);
	glPixelMapfv(GL_PIXEL_MAP_G_TO_G, 2, g);
	glPixelMapfv(GL_PIXEL_MAP_B_TO_B, 8, b);
	glPixelMapfv(GL_PIXEL_MAP_A_TO_A, 1, a);
	glGenTextures(1, &tex);
	glBindTexture(GL_TEXTURE_2D, tex);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
	glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, 32, 16, 0, GL_RGBA,
		     GL_UNSIGNED_BYTE, img);
	glPixelTransferf(GL_RED_SCALE, 2);
	glPixelTransferf(GL_BLUE_BIAS, -0.4f);
	glTexSubImage2D(GL_TEXTURE_2D, 0, 16, 0, 16, 8, GL_RGBA,
			GL_UNSIGNED_BYTE, img);
	glPixelTransferf(GL_RED_SCALE, 1);
	glPixelTransferf(GL_BLUE_BIAS, 0);
	glPixelTransferi(GL_MAP_COLOR, GL_FALSE);
	glEnable(GL_TEXTURE_2D);
	glTexEnvi(GL_TEXTURE_ENV, GL_TEXTURE_ENV_MODE, GL_REPLACE);
	glBegin(GL_QUADS);
	glTexCoord2f(0, 0); glVertex2f(4, 30);
	glTexCoord2f(1, 0); glVertex2f(68, 30);
	glTexCoord2f(1, 1); glVertex2f(68, 62);
	glTexCoord2f(0, 1); glVertex2f(4, 62);
	glEnd();
	glDisable(GL_TEXTURE_2D);
	glDeleteTextures(1, &tex);
	/* a map set up with uiv, in a display list */
	{
		GLuint ur[256];
		GLuint list = glGenLists(1);

		for (i = 0; i < 256; i++)
			ur[i] = i < 128 ? 0x40000000u : 0xffffffffu;
		glNewList(list, GL_COMPILE);
		glPixelMapuiv(GL_PIXEL_MAP_R_TO_R, 256, ur);
		glEndList();
		for (i = 0; i < 256; i++)
			ur[i] = 0;
		glCallList(list);
		glDeleteLists(list, 1);
		glPixelMapfv(GL_PIXEL_MAP_G_TO_G, 256, g2);
		glPixelMapfv(GL_PIXEL_MAP_B_TO_B, 256, b2);
		glPixelMapfv(GL_PIXEL_MAP_A_TO_A, 256, a2);
		glPixelTransferi(GL_MAP_COLOR, GL_TRUE);
		glWindowPos2i(76, 60);
		glDrawPixels(32, 16, GL_RGBA, GL_UNSIGNED_BYTE, sq);
		glPixelTransferi(GL_MAP_COLOR, GL_FALSE);
	}
}

SCENE(pm_map_stencil, "GL_MAP_STENCIL and INDEX_SHIFT/OFFSET on stencil indices: glReadPixels(GL_STENCIL_INDEX) through S_TO_S, ubyte and ushort, drawn back")
{
	GLubyte st[40 * 30], rd[40 * 30];
	GLushort us[40 * 30];
	GLfloat s2s[8] = { 3, 1, 2, 0, 1, 3, 0, 2 };
	int i, k, pass;
	static const GLfloat col[4][3] = {
		{ 0.2f, 0.2f, 0.2f }, { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, 1 }
	};

	/* Mesa's glDrawPixels leaves the stencil transfer out, so the
	 * transfer is shown on the way back, through glReadPixels */
	for (i = 0; i < 40 * 30; i++)
		st[i] = (GLubyte)((i % 40) / 5 + (i / 40) / 10 * 8);
	glClearColor(0, 0, 0, 1);
	glClearStencil(0);
	glClear(GL_COLOR_BUFFER_BIT | GL_STENCIL_BUFFER_BIT);
	scene_ortho();
	glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
	glPixelStorei(GL_PACK_ALIGNMENT, 1);
	glPixelMapfv(GL_PIXEL_MAP_S_TO_S, 8, s2s);
	glWindowPos2i(4, 4);
	glDrawPixels(40, 30, GL_STENCIL_INDEX, GL_UNSIGNED_BYTE, st);
	for (pass = 0; pass < 3; pass++) {
		glPixelTransferi(GL_MAP_STENCIL, GL_TRUE);
		glPixelTransferi(GL_INDEX_SHIFT, pass == 1);
		glPixelTransferi(GL_INDEX_OFFSET, pass == 2 ? 3 : 0);
		if (pass < 2) {
			glReadPixels(4, 4, 40, 30, GL_STENCIL_INDEX,
				     GL_UNSIGNED_BYTE, rd);
		} else {
			glReadPixels(4, 4, 40, 30, GL_STENCIL_INDEX,
				     GL_UNSIGNED_SHORT, us);
			for (i = 0; i < 40 * 30; i++)
				rd[i] = (GLubyte)us[i];
		}
		glPixelTransferi(GL_MAP_STENCIL, GL_FALSE);
		glPixelTransferi(GL_INDEX_SHIFT, 0);
		glPixelTransferi(GL_INDEX_OFFSET, 0);
		glWindowPos2i(48 + pass % 2 * 44, 4 + pass / 2 * 40);
		glDrawPixels(40, 30, GL_STENCIL_INDEX, GL_UNSIGNED_BYTE, rd);
	}
	glEnable(GL_STENCIL_TEST);
	glStencilOp(GL_KEEP, GL_KEEP, GL_KEEP);
	for (k = 0; k < 4; k++) {
		glStencilFunc(GL_EQUAL, k, 0xff);
		glColor3fv(col[k]);
		glRectf(0, 0, SCENE_W, SCENE_H);
	}
	/* values past 3: all of them white */
	glStencilFunc(GL_LESS, 3, 0xff);
	glColor3f(1, 1, 1);
	glRectf(0, 0, SCENE_W, SCENE_H);
	glDisable(GL_STENCIL_TEST);
}

static int n_check;

static void check(int ok)
{
	scene_result(n_check++, ok);
}

static int geti(GLenum e)
{
	GLint v = -1;

	glGetIntegerv(e, &v);
	return v;
}

SCENE(pm_queries, "glGetPixelMap fv/uiv/usv round trips and conversions, GL_PIXEL_MAP_*_SIZE, initial maps, errors, maps outside glPushAttrib(GL_PIXEL_MODE_BIT)")
{
	GLfloat f[4] = { 0.25f, 1.5f, -1, 0.5f }, fo[256];
	GLuint ui[2] = { 0, 0xffffffffu }, uo[256];
	GLushort us[4] = { 0, 65535, 32768, 7 }, so[256];
	GLfloat idx[2] = { 3, 700 }, st[2] = { 2.4f, 5.6f };
	int ok, i;

	n_check = 0;
	glClearColor(0, 0, 0, 1);
	glClear(GL_COLOR_BUFFER_BIT);
	/* initial state: size 1, entry 0 */
	ok = 1;
	for (i = 0; i < 10; i++) {
		fo[0] = -1;
		glGetPixelMapfv(GL_PIXEL_MAP_I_TO_I + i, fo);
		ok &= fo[0] == 0 && geti(GL_PIXEL_MAP_I_TO_I_SIZE + i) == 1;
	}
	check(ok);
	check(geti(GL_MAX_PIXEL_MAP_TABLE) >= 32);
	/* colour maps clamp floats */
	glPixelMapfv(GL_PIXEL_MAP_R_TO_R, 4, f);
	glGetPixelMapfv(GL_PIXEL_MAP_R_TO_R, fo);
	check(fo[0] == 0.25f && fo[1] == 1 && fo[2] == 0 && fo[3] == 0.5f);
	check(geti(GL_PIXEL_MAP_R_TO_R_SIZE) == 4);
	glGetPixelMapusv(GL_PIXEL_MAP_R_TO_R, so);
	check(so[1] == 65535 && so[2] == 0 && so[3] >= 32767 && so[3] <= 32768);
	/* integers are scaled to [0, 1] for colour maps */
	glPixelMapuiv(GL_PIXEL_MAP_G_TO_G, 2, ui);
	glGetPixelMapfv(GL_PIXEL_MAP_G_TO_G, fo);
	check(fo[0] == 0 && fo[1] == 1);
	glGetPixelMapuiv(GL_PIXEL_MAP_G_TO_G, uo);
	check(uo[0] == 0 && uo[1] >= 0xffffff00u);
	glPixelMapusv(GL_PIXEL_MAP_I_TO_B, 4, us);
	glGetPixelMapfv(GL_PIXEL_MAP_I_TO_B, fo);
	check(fo[0] == 0 && fo[1] == 1 && fo[2] > 0.49f && fo[2] < 0.51f);
	glGetPixelMapusv(GL_PIXEL_MAP_I_TO_B, so);
	check(so[0] == 0 && so[1] == 65535 && so[2] == 32768 && so[3] == 7);
	/* index maps keep their values; S_TO_S rounds */
	glPixelMapfv(GL_PIXEL_MAP_I_TO_I, 2, idx);
	glGetPixelMapfv(GL_PIXEL_MAP_I_TO_I, fo);
	check(fo[0] == 3 && fo[1] == 700);
	glPixelMapfv(GL_PIXEL_MAP_S_TO_S, 2, st);
	glGetPixelMapfv(GL_PIXEL_MAP_S_TO_S, fo);
	check(fo[0] == 2 && fo[1] == 6);
	glGetPixelMapusv(GL_PIXEL_MAP_S_TO_S, so);
	check(so[0] == 2 && so[1] == 6);
	check(glGetError() == GL_NO_ERROR);
	/* errors, with the maps left alone */
	glPixelMapfv(GL_PIXEL_MAP_I_TO_I_SIZE, 2, f);
	check(glGetError() == GL_INVALID_ENUM);
	glGetPixelMapfv(GL_RED, fo);
	check(glGetError() == GL_INVALID_ENUM);
	glPixelMapfv(GL_PIXEL_MAP_R_TO_R, 0, f);
	check(glGetError() == GL_INVALID_VALUE);
	for (i = 0; i < 256; i++)
		fo[i] = 0.5f;
	glPixelMapfv(GL_PIXEL_MAP_R_TO_R, 256, fo);
	check(glGetError() == GL_NO_ERROR && geti(GL_PIXEL_MAP_R_TO_R_SIZE) == 256);
	glPixelMapfv(GL_PIXEL_MAP_R_TO_R, 257, fo);
	check(glGetError() == GL_INVALID_VALUE);
	glPixelMapfv(GL_PIXEL_MAP_I_TO_R, 3, f);
	check(glGetError() == GL_INVALID_VALUE);
	glPixelMapfv(GL_PIXEL_MAP_S_TO_S, 6, fo);
	check(glGetError() == GL_INVALID_VALUE);
	glPixelMapfv(GL_PIXEL_MAP_R_TO_R, 3, f);	/* any size for RGBA maps */
	check(glGetError() == GL_NO_ERROR);
	check(geti(GL_PIXEL_MAP_S_TO_S_SIZE) == 2 &&
	      geti(GL_PIXEL_MAP_I_TO_R_SIZE) == 1 &&
	      geti(GL_PIXEL_MAP_R_TO_R_SIZE) == 3);
	glBegin(GL_POINTS);
	glPixelMapfv(GL_PIXEL_MAP_R_TO_R, 2, f);
	glEnd();
	check(glGetError() == GL_INVALID_OPERATION &&
	      geti(GL_PIXEL_MAP_R_TO_R_SIZE) == 3);
	/* GL_PIXEL_MODE_BIT saves GL_MAP_STENCIL; the maps belong to no
	 * attribute group (state table "Pixels", group "-") */
	glPixelTransferi(GL_MAP_STENCIL, GL_TRUE);
	glPushAttrib(GL_PIXEL_MODE_BIT);
	glPixelMapfv(GL_PIXEL_MAP_A_TO_A, 2, f);
	glPixelTransferi(GL_MAP_STENCIL, GL_FALSE);
	check(geti(GL_PIXEL_MAP_A_TO_A_SIZE) == 2 && !geti(GL_MAP_STENCIL));
	glPopAttrib();
	glGetPixelMapfv(GL_PIXEL_MAP_A_TO_A, fo);
	check(geti(GL_PIXEL_MAP_A_TO_A_SIZE) == 2 && fo[0] == 0.25f &&
	      geti(GL_MAP_STENCIL));
	glPixelTransferi(GL_MAP_STENCIL, GL_FALSE);
	/* colour-index reads in an RGBA context */
	glReadPixels(0, 0, 1, 1, GL_COLOR_INDEX, GL_UNSIGNED_BYTE, uo);
	check(glGetError() == GL_INVALID_OPERATION);
	/* GL_BITMAP only with indices */
	glDrawPixels(8, 1, GL_RGBA, GL_BITMAP, uo);
	check(glGetError() == GL_INVALID_ENUM);
	glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, 8, 8, 0, GL_RGB, GL_BITMAP,
		     uo);
	check(glGetError() == GL_INVALID_ENUM);
	/* display lists copy the values when compiling */
	{
		GLuint list = glGenLists(1);
		GLfloat v[2] = { 0.75f, 0.125f };

		glNewList(list, GL_COMPILE);
		glPixelMapfv(GL_PIXEL_MAP_B_TO_B, 2, v);
		glEndList();
		check(geti(GL_PIXEL_MAP_B_TO_B_SIZE) == 1);
		v[0] = v[1] = 0;
		glCallList(list);
		glGetPixelMapfv(GL_PIXEL_MAP_B_TO_B, fo);
		check(geti(GL_PIXEL_MAP_B_TO_B_SIZE) == 2 && fo[0] == 0.75f &&
		      fo[1] == 0.125f);
		glDeleteLists(list, 1);
	}
	check(glGetError() == GL_NO_ERROR);
}
