/* Attribute stacks: glPushAttrib/glPopAttrib with GL_ENABLE_BIT,
 * GL_COLOR_BUFFER_BIT, GL_CURRENT_BIT, GL_LIGHTING_BIT, GL_TEXTURE_BIT and
 * others, nested pushes, and glPushClientAttrib/glPopClientAttrib for
 * vertex arrays and pixel store.  Each scene draws with state changed
 * inside a push, then again after the pop: the second drawing only looks
 * right if the pop restored exactly what was saved. */
#include <math.h>
#include "../scene.h"

static void pixel_ortho(void)
{
	glMatrixMode(GL_PROJECTION);
	glLoadIdentity();
	glOrtho(-0.13, SCENE_W - 0.13, -0.21, SCENE_H - 0.21, -1, 1);
	glMatrixMode(GL_MODELVIEW);
	glLoadIdentity();
}

/* A smooth triangle in the w x h box at (x, y). */
static void tri(float x, float y, float w, float h)
{
	glBegin(GL_TRIANGLES);
	glColor4f(1, 0.3f, 0.2f, 0.9f); glVertex3f(x, y, 0);
	glColor4f(0.2f, 1, 0.3f, 0.5f); glVertex3f(x + w, y, 0.5f);
	glColor4f(0.3f, 0.3f, 1, 0.2f); glVertex3f(x + w / 2, y + h, -0.5f);
	glEnd();
}

static GLuint stripes_texture(void)
{
	GLubyte img[8 * 8 * 3];
	GLuint t;
	int i;

	for (i = 0; i < 64; i++) {
		img[i * 3] = (GLubyte)((i % 8) < 4 ? 250 : 40);
		img[i * 3 + 1] = (GLubyte)((i / 8) < 4 ? 220 : 60);
		img[i * 3 + 2] = 90;
	}
	glGenTextures(1, &t);
	glBindTexture(GL_TEXTURE_2D, t);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
	glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
	glTexImage2D(GL_TEXTURE_2D, 0, GL_RGB, 8, 8, 0, GL_RGB, GL_UNSIGNED_BYTE, img);
	return t;
}

SCENE(as_enable_bit, "glPushAttrib(GL_ENABLE_BIT): blend, depth test, cull face, scissor, texture restored by the pop")
{
	GLuint t;

	pixel_ortho();
	glClearColor(0.2f, 0.2f, 0.2f, 1);
	glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
	t = stripes_texture();
	glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
	glScissor(0, 0, 80, 120);
	/* initial: blend and scissor on, texture off */
	glEnable(GL_BLEND);
	glEnable(GL_SCISSOR_TEST);
	tri(4, 4, 70, 50);
	glPushAttrib(GL_ENABLE_BIT);
	glDisable(GL_BLEND);
	glDisable(GL_SCISSOR_TEST);
	glEnable(GL_TEXTURE_2D);
	glEnable(GL_CULL_FACE);
	glEnable(GL_DEPTH_TEST);
	glBegin(GL_TRIANGLE_STRIP);		/* textured, opaque, in the right half */
	glColor3f(1, 1, 1);
	glTexCoord2f(0, 0); glVertex2f(90, 4);
	glTexCoord2f(1, 0); glVertex2f(156, 4);
	glTexCoord2f(0, 1); glVertex2f(90, 54);
	glTexCoord2f(1, 1); glVertex2f(156, 54);
	glEnd();
	glPopAttrib();
	/* back to: blend and scissor on, texture, cull and depth off; the
	 * clockwise triangle is drawn and the right half is scissored */
	glBegin(GL_TRIANGLES);
	glColor4f(1, 1, 0, 0.5f); glVertex2f(4, 64);
	glColor4f(0, 1, 1, 0.5f); glVertex2f(40, 116);
	glColor4f(1, 0, 1, 0.5f); glVertex2f(150, 64);
	glEnd();
	glDisable(GL_BLEND);
	glDisable(GL_SCISSOR_TEST);
	glDeleteTextures(1, &t);
}

SCENE(as_color_buffer_bit, "glPushAttrib(GL_COLOR_BUFFER_BIT): clear colour, colour mask, blend func/equation/colour, alpha test, logic op")
{
	pixel_ortho();
	glClearColor(0.1f, 0.1f, 0.3f, 1);
	glBlendFunc(GL_ONE, GL_ONE);
	glAlphaFunc(GL_GREATER, 0.4f);
	glEnable(GL_ALPHA_TEST);
	glClear(GL_COLOR_BUFFER_BIT);
	glPushAttrib(GL_COLOR_BUFFER_BIT);
	glClearColor(0.6f, 0.1f, 0.1f, 1);
	glColorMask(GL_TRUE, GL_FALSE, GL_TRUE, GL_TRUE);
	glEnable(GL_BLEND);
	glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
	glBlendEquation(GL_FUNC_REVERSE_SUBTRACT);
	glBlendColor(1, 0, 0, 1);
	glAlphaFunc(GL_LESS, 0.8f);
	glLogicOp(GL_INVERT);
	glEnable(GL_SCISSOR_TEST);	/* not part of the colour buffer bit */
	glScissor(0, 60, 80, 60);
	glClear(GL_COLOR_BUFFER_BIT);
	glDisable(GL_SCISSOR_TEST);
	tri(84, 64, 70, 50);
	glPopAttrib();
	/* restored: mask all, blend off (func ONE, ONE), equation ADD,
	 * alpha GREATER 0.4, clear colour dark blue */
	tri(4, 4, 70, 50);
	glEnable(GL_BLEND);
	tri(84, 4, 70, 50);
	tri(94, 14, 50, 30);
	glDisable(GL_BLEND);
	glEnable(GL_SCISSOR_TEST);
	glScissor(0, 56, 20, 8);
	glClear(GL_COLOR_BUFFER_BIT);
	glDisable(GL_SCISSOR_TEST);
}

SCENE(as_current_bit, "glPushAttrib(GL_CURRENT_BIT): current colour, normal, texture coordinates and raster position restored")
{
	static const GLubyte glyph[8] = { 0x18, 0x3c, 0x7e, 0xff, 0xff, 0x7e, 0x3c, 0x18 };
	static const GLfloat lpos[4] = { 0, 0, 1, 0 };
	GLuint t;
	int i;

	pixel_ortho();
	glClear(GL_COLOR_BUFFER_BIT);
	t = stripes_texture();
	glColor3f(1, 0.6f, 0.1f);
	glNormal3f(0, 0, 1);
	glTexCoord2f(0.3f, 0.7f);
	glRasterPos2i(10, 100);
	glPushAttrib(GL_CURRENT_BIT);
	glColor3f(0, 0, 1);
	glNormal3f(1, 0, 0);
	glTexCoord2f(0.7f, 0.3f);
	glRasterPos2i(100, 10);
	glPopAttrib();
	/* a flat rectangle in the restored colour */
	glRectf(4, 4, 50, 50);
	/* lit with the restored normal: facing the light, bright */
	glEnable(GL_LIGHTING);
	glEnable(GL_LIGHT0);
	glLightfv(GL_LIGHT0, GL_POSITION, lpos);
	glBegin(GL_TRIANGLE_STRIP);
	glVertex2f(56, 4); glVertex2f(100, 4); glVertex2f(56, 50); glVertex2f(100, 50);
	glEnd();
	glDisable(GL_LIGHTING);
	/* textured with the restored texcoord: one texel colour */
	glEnable(GL_TEXTURE_2D);
	glColor3f(1, 1, 1);
	glBegin(GL_TRIANGLE_STRIP);
	glVertex2f(106, 4); glVertex2f(156, 4); glVertex2f(106, 50); glVertex2f(156, 50);
	glEnd();
	glDisable(GL_TEXTURE_2D);
	/* glyphs from the restored raster position, in the latched colour
	 * (the colour current at that glRasterPos) */
	glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
	for (i = 0; i < 10; i++)
		glBitmap(8, 8, 0, 0, 14, 0, glyph);
	glDeleteTextures(1, &t);
}

SCENE(as_lighting_bit, "glPushAttrib(GL_LIGHTING_BIT): light position/colour, material, light model, shade model, colour material restored")
{
	static const GLfloat p0[4] = { -1, 1, 1, 0 }, white[4] = { 1, 1, 1, 1 };
	static const GLfloat p1[4] = { 1, -1, 0.3f, 0 }, red[4] = { 1, 0, 0, 1 };
	static const GLfloat dif[4] = { 0.3f, 0.7f, 0.9f, 1 }, gray[4] = { 0.5f, 0.5f, 0.5f, 1 };
	int s, i, j;

	glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
	glEnable(GL_DEPTH_TEST);
	glMatrixMode(GL_PROJECTION);
	glOrtho(-4, 4, -3, 3, -3, 3);
	glMatrixMode(GL_MODELVIEW);
	glEnable(GL_LIGHTING);
	glEnable(GL_LIGHT0);
	glLightfv(GL_LIGHT0, GL_POSITION, p0);
	glLightfv(GL_LIGHT0, GL_DIFFUSE, white);
	glMaterialfv(GL_FRONT, GL_DIFFUSE, dif);
	for (s = 0; s < 2; s++) {
		if (s == 0) {
			glPushAttrib(GL_LIGHTING_BIT);
			glLightfv(GL_LIGHT0, GL_POSITION, p1);
			glLightfv(GL_LIGHT0, GL_DIFFUSE, red);
			glMaterialfv(GL_FRONT, GL_DIFFUSE, gray);
			glLightModelfv(GL_LIGHT_MODEL_AMBIENT, red);
			glShadeModel(GL_FLAT);
			glEnable(GL_LIGHT1);
		} else {
			glPopAttrib();
		}
		/* a sphere: the first one in the changed state, the second in
		 * the restored state */
		glPushMatrix();
		glTranslatef(s ? 1.9f : -1.9f, 0, 0);
		for (j = 0; j < 20; j++) {
			glBegin(GL_TRIANGLE_STRIP);
			for (i = 0; i <= 40; i++) {
				float p = (float)M_PI * i / 20;
				float t0 = (float)M_PI * j / 20, t1 = (float)M_PI * (j + 1) / 20;

				glNormal3f(sinf(t1) * cosf(p), cosf(t1), sinf(t1) * sinf(p));
				glVertex3f(1.7f * sinf(t1) * cosf(p), 1.7f * cosf(t1), 1.7f * sinf(t1) * sinf(p));
				glNormal3f(sinf(t0) * cosf(p), cosf(t0), sinf(t0) * sinf(p));
				glVertex3f(1.7f * sinf(t0) * cosf(p), 1.7f * cosf(t0), 1.7f * sinf(t0) * sinf(p));
			}
			glEnd();
		}
		glPopMatrix();
	}
}

SCENE(as_texture_bit, "glPushAttrib(GL_TEXTURE_BIT): texture binding, enable, env mode/colour and texgen restored")
{
	static const unsigned char a[4] = { 240, 240, 240, 255 }, b[4] = { 30, 120, 60, 255 };
	static const GLfloat envc[4] = { 1, 0, 0.5f, 1 }, plane[4] = { 0.05f, 0, 0, 0 };
	GLuint t0, t1;
	int i;

	pixel_ortho();
	glClear(GL_COLOR_BUFFER_BIT);
	t0 = stripes_texture();
	glGenTextures(1, &t1);
	glBindTexture(GL_TEXTURE_2D, t1);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
	scene_checker_texture(8, 8, 2, a, b);
	glBindTexture(GL_TEXTURE_2D, t0);
	glEnable(GL_TEXTURE_2D);
	glTexEnvi(GL_TEXTURE_ENV, GL_TEXTURE_ENV_MODE, GL_MODULATE);
	for (i = 0; i < 2; i++) {
		float y = i ? 64.0f : 6.0f;

		if (i == 0) {
			glPushAttrib(GL_TEXTURE_BIT);
			glBindTexture(GL_TEXTURE_2D, t1);
			glTexEnvi(GL_TEXTURE_ENV, GL_TEXTURE_ENV_MODE, GL_BLEND);
			glTexEnvfv(GL_TEXTURE_ENV, GL_TEXTURE_ENV_COLOR, envc);
			glTexGeni(GL_S, GL_TEXTURE_GEN_MODE, GL_OBJECT_LINEAR);
			glTexGenfv(GL_S, GL_OBJECT_PLANE, plane);
			glEnable(GL_TEXTURE_GEN_S);
		} else {
			glPopAttrib();
		}
		glBegin(GL_QUADS);
		glColor3f(0.9f, 0.9f, 0.4f);
		glTexCoord2f(0, 0); glVertex2f(4, y);
		glTexCoord2f(1, 0); glVertex2f(68, y);
		glTexCoord2f(1, 1); glVertex2f(68, y + 48);
		glTexCoord2f(0, 1); glVertex2f(4, y + 48);
		glEnd();
	}
	/* after the pop texture 2D stays enabled; disabling it inside a
	 * push is undone too */
	glPushAttrib(GL_TEXTURE_BIT);
	glDisable(GL_TEXTURE_2D);
	glPopAttrib();
	glBegin(GL_QUADS);
	glColor3f(0.5f, 0.8f, 1);
	glTexCoord2f(0, 0); glVertex2f(84, 6);
	glTexCoord2f(2, 0); glVertex2f(148, 6);
	glTexCoord2f(2, 3); glVertex2f(148, 112);
	glTexCoord2f(0, 3); glVertex2f(84, 112);
	glEnd();
	glDisable(GL_TEXTURE_2D);
	glDeleteTextures(1, &t0);
	glDeleteTextures(1, &t1);
}

SCENE(as_nested_groups, "nested glPushAttrib of POLYGON, LINE, POINT, DEPTH_BUFFER, STENCIL_BUFFER, SCISSOR, VIEWPORT, TRANSFORM, FOG bits and GL_ALL_ATTRIB_BITS")
{
	static const GLfloat fogc[4] = { 1, 1, 1, 1 };

	pixel_ortho();
	glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT | GL_STENCIL_BUFFER_BIT);
	glFogfv(GL_FOG_COLOR, fogc);
	glPushAttrib(GL_POLYGON_BIT | GL_LINE_BIT | GL_POINT_BIT);
	glPolygonMode(GL_FRONT_AND_BACK, GL_LINE);
	glLineWidth(5);
	glPointSize(9);
	glEnable(GL_CULL_FACE);
	glPushAttrib(GL_DEPTH_BUFFER_BIT | GL_STENCIL_BUFFER_BIT | GL_SCISSOR_BIT);
	glEnable(GL_DEPTH_TEST);
	glDepthFunc(GL_NEVER);
	glEnable(GL_STENCIL_TEST);
	glStencilFunc(GL_NEVER, 0, 0);
	glEnable(GL_SCISSOR_TEST);
	glScissor(0, 0, 1, 1);
	glPushAttrib(GL_VIEWPORT_BIT | GL_TRANSFORM_BIT | GL_FOG_BIT);
	glViewport(0, 0, 10, 10);
	glDepthRange(0.5, 0.5);
	glMatrixMode(GL_PROJECTION);	/* matrix mode is transform state */
	glEnable(GL_FOG);
	glEnable(GL_NORMALIZE);
	glPushAttrib(GL_ALL_ATTRIB_BITS);
	glColor3f(0, 0, 0);
	glClearColor(1, 0, 0, 1);
	glPopAttrib();
	glPopAttrib();
	/* matrix mode is MODELVIEW again: this translate moves geometry */
	glTranslatef(80, 0, 0);
	glPopAttrib();
	/* depth/stencil/scissor back off, polygon mode still GL_LINE with
	 * 5-pixel lines: an outlined rectangle (edges on pixel centres) */
	glColor3f(1, 0.8f, 0.2f);
	glRectf(4.37f, 6.29f, 70.37f, 50.29f);
	glPopAttrib();
	/* polygon mode fill again, cull off: a clockwise filled triangle */
	glLoadIdentity();
	glBegin(GL_TRIANGLES);
	glColor3f(0.2f, 0.6f, 1); glVertex2f(4, 64); glVertex2f(40, 114); glVertex2f(74, 64);
	glEnd();
	/* line width and point size back to 1: a thin line and a single
	 * pixel (placed on pixel centres through the shifted projection) */
	glBegin(GL_LINES);
	glColor3f(1, 1, 1); glVertex2f(84.37f, 90.29f); glVertex2f(150.37f, 90.29f);
	glEnd();
	glBegin(GL_POINTS);
	glVertex2f(120.37f, 75.29f);
	glEnd();
}

SCENE(as_client_attrib, "glPushClientAttrib(GL_CLIENT_VERTEX_ARRAY_BIT and GL_CLIENT_PIXEL_STORE_BIT): array pointers, enables and pixel store restored")
{
	static const GLfloat va[8] = { 4, 6, 74, 6, 4, 56, 74, 56 };
	static const GLubyte ca[16] = { 255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 255, 255, 0, 255 };
	static const GLfloat vb[6] = { 90, 6, 150, 6, 120, 56 };
	static GLubyte img[12 * 12 * 4];
	int i;

	for (i = 0; i < 144; i++) {
		img[i * 4] = (GLubyte)((i % 12) * 20);
		img[i * 4 + 1] = (GLubyte)((i / 12) * 20);
		img[i * 4 + 2] = 200;
		img[i * 4 + 3] = 255;
	}
	pixel_ortho();
	glClear(GL_COLOR_BUFFER_BIT);
	glVertexPointer(2, GL_FLOAT, 0, va);
	glColorPointer(4, GL_UNSIGNED_BYTE, 0, ca);
	glEnableClientState(GL_VERTEX_ARRAY);
	glEnableClientState(GL_COLOR_ARRAY);
	glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
	glPushClientAttrib(GL_CLIENT_VERTEX_ARRAY_BIT | GL_CLIENT_PIXEL_STORE_BIT);
	glDisableClientState(GL_COLOR_ARRAY);
	glVertexPointer(2, GL_FLOAT, 0, vb);
	glColor3f(1, 1, 1);
	glDrawArrays(GL_TRIANGLES, 0, 3);
	glPixelStorei(GL_UNPACK_ROW_LENGTH, 5);
	glPixelStorei(GL_UNPACK_SKIP_PIXELS, 3);
	glPopClientAttrib();
	/* the first arrays and colour array again */
	glDrawArrays(GL_TRIANGLE_STRIP, 0, 4);
	/* pixel store back to tight 12-pixel rows */
	glRasterPos2i(90, 70);
	glPixelZoom(3, 3);
	glDrawPixels(12, 12, GL_RGBA, GL_UNSIGNED_BYTE, img);
	glPixelZoom(1, 1);
	/* GL_CLIENT_ALL_ATTRIB_BITS nested with a server push */
	glPushAttrib(GL_CURRENT_BIT);
	glPushClientAttrib(GL_CLIENT_ALL_ATTRIB_BITS);
	glDisableClientState(GL_VERTEX_ARRAY);
	glColor3f(1, 0, 1);
	glPopClientAttrib();
	glPopAttrib();
	glTranslatef(0, 64, 0);
	glDrawArrays(GL_TRIANGLE_STRIP, 0, 4);
	glDisableClientState(GL_VERTEX_ARRAY);
	glDisableClientState(GL_COLOR_ARRAY);
}
