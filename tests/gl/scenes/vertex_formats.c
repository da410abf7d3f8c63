/* Vertex array formats: pointers of every component type, the
 * glInterleavedArrays formats (with and without an explicit stride),
 * glNormalPointer on a lit sphere and two client texture units.
 * Positions are window pixels shifted by a fraction of a pixel; quads
 * only carry affine attributes, so triangle splits do not matter. */
#include <math.h>
#include "../scene.h"

static void pixel_ortho(void)
{
	glMatrixMode(GL_PROJECTION);
	glLoadIdentity();
	/* shifted by a fraction of a pixel: no edge runs through pixel centres */
	glOrtho(-0.13, SCENE_W - 0.13, -0.21, SCENE_H - 0.21, -1, 1);
	glMatrixMode(GL_MODELVIEW);
	glLoadIdentity();
}

SCENE(va_pointer_types, "vertex/colour/texcoord pointers of GL_SHORT, GL_INT, GL_DOUBLE, GL_FLOAT, GL_UNSIGNED_SHORT, GL_BYTE")
{
	static const GLshort vs[] = { 6, 6, 74, 6, 40, 56 };
	static const GLint vi[] = { 86, 6, 0, 154, 6, 0, 120, 56, 0 };
	static const GLdouble vd[] = { 6, 64, 0, 1, 74, 64, 0, 1, 40, 114, 0, 1 };
	static const GLfloat cf[] = { 1, 0, 0, 0, 1, 0, 0, 0, 1 };
	static const GLushort cus[] = { 65535, 65535, 0, 65535, 0, 65535, 65535, 65535,
					0, 32768, 65535, 65535 };
	static const GLbyte cb[] = { 127, 64, 0, 0, 127, 64, 64, 0, 127 };
	static const GLshort ts[] = { 0, 0, 4, 0, 4, 3, 0, 3 };
	static const GLfloat vq[] = { 86, 64, 150, 64, 150, 112, 86, 112 };
	static const unsigned char a[4] = { 255, 255, 255, 255 }, b[4] = { 60, 60, 160, 255 };
	GLuint tex;

	pixel_ortho();
	glClear(GL_COLOR_BUFFER_BIT);
	glEnableClientState(GL_VERTEX_ARRAY);
	glEnableClientState(GL_COLOR_ARRAY);
	glVertexPointer(2, GL_SHORT, 0, vs);
	glColorPointer(3, GL_FLOAT, 0, cf);
	glDrawArrays(GL_TRIANGLES, 0, 3);
	glVertexPointer(3, GL_INT, 0, vi);
	glColorPointer(4, GL_UNSIGNED_SHORT, 0, cus);
	glDrawArrays(GL_TRIANGLES, 0, 3);
	glVertexPointer(4, GL_DOUBLE, 0, vd);
	glColorPointer(3, GL_BYTE, 0, cb);
	glDrawArrays(GL_TRIANGLES, 0, 3);
	/* a textured quad with GL_SHORT texcoords (affine, so any split) */
	glDisableClientState(GL_COLOR_ARRAY);
	glGenTextures(1, &tex);
	glBindTexture(GL_TEXTURE_2D, tex);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
	scene_checker_texture(8, 8, 2, a, b);
	glEnable(GL_TEXTURE_2D);
	glEnableClientState(GL_TEXTURE_COORD_ARRAY);
	glTexCoordPointer(2, GL_SHORT, 0, ts);
	glVertexPointer(2, GL_FLOAT, 0, vq);
	glColor3f(1, 0.8f, 0.6f);
	glDrawArrays(GL_QUADS, 0, 4);
	glDisableClientState(GL_TEXTURE_COORD_ARRAY);
	glDisableClientState(GL_VERTEX_ARRAY);
	glDeleteTextures(1, &tex);
}

SCENE(va_interleaved_colour, "glInterleavedArrays GL_C4UB_V2F, GL_C3F_V3F, GL_C4F_N3F_V3F (lit), with strides")
{
	static GLfloat c3v3[6][6];
	static GLfloat c4n3v3[3][10];
	struct { GLubyte c[4]; GLfloat v[2]; } c4v2[4];
	int i;

	pixel_ortho();
	glClearColor(0.1f, 0.1f, 0.1f, 1);
	glClear(GL_COLOR_BUFFER_BIT);
	for (i = 0; i < 4; i++) {
		c4v2[i].c[0] = (GLubyte)(i * 80); c4v2[i].c[1] = 200;
		c4v2[i].c[2] = (GLubyte)(255 - i * 80); c4v2[i].c[3] = 255;
		c4v2[i].v[0] = 6 + (i & 1) * 68.0f;
		c4v2[i].v[1] = 6 + (i / 2) * 50.0f;
	}
	glInterleavedArrays(GL_C4UB_V2F, 0, c4v2);
	glDrawArrays(GL_TRIANGLE_STRIP, 0, 4);
	for (i = 0; i < 6; i++) {
		c3v3[i][0] = (i % 3 == 0); c3v3[i][1] = (i % 3 == 1); c3v3[i][2] = (i % 3 == 2);
		c3v3[i][3] = 86 + (i < 3 ? 0 : 10) + (i % 3 == 1) * 58.0f;
		c3v3[i][4] = (i < 3 ? 6 : 30) + (i % 3 == 2) * 22.0f;
		c3v3[i][5] = 0;
	}
	glInterleavedArrays(GL_C3F_V3F, 0, c3v3);
	glDrawArrays(GL_TRIANGLES, 0, 6);
	/* lit: colour material follows the colour array */
	for (i = 0; i < 3; i++) {
		GLfloat *p = c4n3v3[i];

		p[0] = 0.9f; p[1] = 0.3f + 0.3f * i; p[2] = 0.2f; p[3] = 1;
		p[4] = i == 0 ? 0.0f : i == 1 ? 0.6f : -0.6f; p[5] = 0; p[6] = i == 0 ? 1.0f : 0.8f;
		p[7] = i == 0 ? 119.0f : i == 1 ? 154.0f : 84.0f;
		p[8] = i == 0 ? 114.0f : 66.0f;
		p[9] = 0;
	}
	glEnable(GL_LIGHTING);
	glEnable(GL_LIGHT0);
	glEnable(GL_COLOR_MATERIAL);
	glInterleavedArrays(GL_C4F_N3F_V3F, 0, c4n3v3);
	glDrawArrays(GL_TRIANGLES, 0, 3);
	glDisable(GL_LIGHTING);
	glDisable(GL_COLOR_MATERIAL);
	/* an explicit stride: every other record of c3v3 is skipped */
	glTranslatef(-80, 64, 0);
	glInterleavedArrays(GL_C3F_V3F, 12 * sizeof(GLfloat), c3v3);
	glDrawArrays(GL_TRIANGLES, 0, 3);
	glDisableClientState(GL_VERTEX_ARRAY);
	glDisableClientState(GL_COLOR_ARRAY);
	glDisableClientState(GL_NORMAL_ARRAY);
}

SCENE(va_interleaved_tex, "glInterleavedArrays GL_T2F_V3F, GL_T2F_C4UB_V3F, GL_T2F_C3F_V3F, GL_T4F_V4F")
{
	static const unsigned char a[4] = { 250, 240, 200, 255 }, b[4] = { 40, 90, 40, 255 };
	GLfloat t2v3[4][5] = {
		{ 0, 0, 6, 6, 0 }, { 3, 0, 74, 6, 0 }, { 0, 2, 6, 54, 0 }, { 3, 2, 74, 54, 0 },
	};
	struct { GLfloat t[2]; GLubyte c[4]; GLfloat v[3]; } t2c4v3[4];
	GLfloat t2c3v3[3][8] = {
		{ 0, 0, 1, 0.4f, 0.4f, 6, 64, 0 },
		{ 2, 0, 0.4f, 1, 0.4f, 74, 64, 0 },
		{ 1, 2, 0.4f, 0.4f, 1, 40, 114, 0 },
	};
	/* projective texcoords: q = w = 2, so s/q and x/w are halved */
	GLfloat t4v4[4][8] = {
		{ 0, 0, 0, 2, 172, 128, 0, 2 }, { 4, 0, 0, 2, 300, 128, 0, 2 },
		{ 0, 3, 0, 2, 172, 224, 0, 2 }, { 4, 3, 0, 2, 300, 224, 0, 2 },
	};
	GLuint tex;
	int i;

	pixel_ortho();
	glClear(GL_COLOR_BUFFER_BIT);
	glGenTextures(1, &tex);
	glBindTexture(GL_TEXTURE_2D, tex);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
	scene_checker_texture(16, 16, 4, a, b);
	glEnable(GL_TEXTURE_2D);
	glColor3f(1, 1, 1);
	glInterleavedArrays(GL_T2F_V3F, 0, t2v3);
	glDrawArrays(GL_TRIANGLE_STRIP, 0, 4);
	for (i = 0; i < 4; i++) {
		t2c4v3[i].t[0] = (i & 1) * 2.0f; t2c4v3[i].t[1] = (i / 2) * 2.0f;
		t2c4v3[i].c[0] = 255; t2c4v3[i].c[1] = (GLubyte)(100 + 50 * i);
		t2c4v3[i].c[2] = (GLubyte)(200 - 50 * i); t2c4v3[i].c[3] = 255;
		t2c4v3[i].v[0] = 86 + (i & 1) * 68.0f; t2c4v3[i].v[1] = 6 + (i / 2) * 48.0f;
		t2c4v3[i].v[2] = 0;
	}
	glInterleavedArrays(GL_T2F_C4UB_V3F, 0, t2c4v3);
	glDrawArrays(GL_TRIANGLES, 0, 3);
	glDrawArrays(GL_TRIANGLES, 1, 3);
	glInterleavedArrays(GL_T2F_C3F_V3F, 0, t2c3v3);
	glDrawArrays(GL_TRIANGLES, 0, 3);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
	glInterleavedArrays(GL_T4F_V4F, 0, t4v4);
	glDrawArrays(GL_TRIANGLE_STRIP, 0, 4);
	glDisableClientState(GL_VERTEX_ARRAY);
	glDisableClientState(GL_COLOR_ARRAY);
	glDisableClientState(GL_TEXTURE_COORD_ARRAY);
	glDeleteTextures(1, &tex);
}

SCENE(va_normal_pointer, "glNormalPointer (GL_FLOAT with stride, GL_BYTE) on a lit tessellated sphere via glDrawElements")
{
	enum { N = 24 };
	static GLfloat vn[(N + 1) * (N + 1)][6];
	static GLbyte nb[(N + 1) * (N + 1)][3];
	static GLushort idx[N * N * 6];
	GLfloat pos[4] = { -1, 1, 2, 0 }, spec[4] = { 0.6f, 0.6f, 0.6f, 1 };
	int i, j, n = 0;

	for (j = 0; j <= N; j++)
		for (i = 0; i <= N; i++) {
			float th = (float)M_PI * j / N, ph = 2 * (float)M_PI * i / N;
			GLfloat *p = vn[j * (N + 1) + i];

			p[0] = sinf(th) * cosf(ph); p[1] = cosf(th); p[2] = sinf(th) * sinf(ph);
			p[3] = p[0]; p[4] = p[1]; p[5] = p[2];
			nb[j * (N + 1) + i][0] = (GLbyte)lrintf(p[0] * 127);
			nb[j * (N + 1) + i][1] = (GLbyte)lrintf(p[1] * 127);
			nb[j * (N + 1) + i][2] = (GLbyte)lrintf(p[2] * 127);
		}
	for (j = 0; j < N; j++)
		for (i = 0; i < N; i++) {
			GLushort a = (GLushort)(j * (N + 1) + i);

			idx[n++] = a; idx[n++] = a + N + 1; idx[n++] = a + 1;
			idx[n++] = a + 1; idx[n++] = a + N + 1; idx[n++] = a + N + 2;
		}
	glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
	glMatrixMode(GL_PROJECTION);
	glOrtho(-2.2, 2.2, -1.65, 1.65, -3, 3);
	glMatrixMode(GL_MODELVIEW);
	glEnable(GL_DEPTH_TEST);
	glEnable(GL_LIGHTING);
	glEnable(GL_LIGHT0);
	glLightfv(GL_LIGHT0, GL_POSITION, pos);
	glMaterialfv(GL_FRONT, GL_SPECULAR, spec);
	glMaterialf(GL_FRONT, GL_SHININESS, 12);
	glEnableClientState(GL_VERTEX_ARRAY);
	glEnableClientState(GL_NORMAL_ARRAY);
	glVertexPointer(3, GL_FLOAT, 6 * sizeof(GLfloat), &vn[0][0]);
	glNormalPointer(GL_FLOAT, 6 * sizeof(GLfloat), &vn[0][3]);
	glPushMatrix();
	glTranslatef(-1.05f, 0, 0);
	glDrawElements(GL_TRIANGLES, n, GL_UNSIGNED_SHORT, idx);
	glPopMatrix();
	glNormalPointer(GL_BYTE, 0, nb);
	glTranslatef(1.05f, 0, 0);
	glRotatef(40, 1, 0, 0);
	glDrawElements(GL_TRIANGLES, n, GL_UNSIGNED_SHORT, idx);
	glDisableClientState(GL_VERTEX_ARRAY);
	glDisableClientState(GL_NORMAL_ARRAY);
}

SCENE(va_client_active_texture, "glClientActiveTexture with two texcoord arrays feeding two texture units")
{
	static const GLfloat v[8] = { 8, 8, 152, 8, 8, 112, 152, 112 };
	static const GLfloat t0[8] = { 0, 0, 4, 0, 0, 3, 4, 3 };
	static const GLfloat t1[8] = { 0, 0, 1, 0, 0, 1, 1, 1 };
	static const unsigned char a[4] = { 255, 255, 255, 255 }, b[4] = { 120, 60, 30, 255 };
	GLubyte ramp[4 * 4 * 3];
	GLuint tex[2];
	int i;

	for (i = 0; i < 16; i++) {
		ramp[i * 3] = (GLubyte)(60 + (i % 4) * 60);
		ramp[i * 3 + 1] = (GLubyte)(60 + (i / 4) * 60);
		ramp[i * 3 + 2] = 250;
	}
	pixel_ortho();
	glClear(GL_COLOR_BUFFER_BIT);
	glGenTextures(2, tex);
	glActiveTexture(GL_TEXTURE0);
	glBindTexture(GL_TEXTURE_2D, tex[0]);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
	scene_checker_texture(16, 16, 4, a, b);
	glEnable(GL_TEXTURE_2D);
	glActiveTexture(GL_TEXTURE1);
	glBindTexture(GL_TEXTURE_2D, tex[1]);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
	glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
	glTexImage2D(GL_TEXTURE_2D, 0, GL_RGB, 4, 4, 0, GL_RGB, GL_UNSIGNED_BYTE, ramp);
	glEnable(GL_TEXTURE_2D);
	glTexEnvi(GL_TEXTURE_ENV, GL_TEXTURE_ENV_MODE, GL_MODULATE);
	glEnableClientState(GL_VERTEX_ARRAY);
	glVertexPointer(2, GL_FLOAT, 0, v);
	glClientActiveTexture(GL_TEXTURE0);
	glEnableClientState(GL_TEXTURE_COORD_ARRAY);
	glTexCoordPointer(2, GL_FLOAT, 0, t0);
	glClientActiveTexture(GL_TEXTURE1);
	glEnableClientState(GL_TEXTURE_COORD_ARRAY);
	glTexCoordPointer(2, GL_FLOAT, 0, t1);
	glColor3f(1, 1, 1);
	glDrawArrays(GL_TRIANGLE_STRIP, 0, 4);
	glDisableClientState(GL_TEXTURE_COORD_ARRAY);
	glClientActiveTexture(GL_TEXTURE0);
	glDisableClientState(GL_TEXTURE_COORD_ARRAY);
	glDisableClientState(GL_VERTEX_ARRAY);
	glActiveTexture(GL_TEXTURE0);
	glDeleteTextures(2, tex);
}
