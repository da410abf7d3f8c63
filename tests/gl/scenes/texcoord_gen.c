/* Texture coordinate generation: GL_OBJECT_LINEAR, GL_EYE_LINEAR (planes
 * given under a modelview) and GL_SPHERE_MAP, on meshes fine enough that
 * the per-vertex coordinates interpolate smoothly. */
#include <math.h>
#include "../scene.h"

static GLuint checker(int cells, const unsigned char a[4], const unsigned char b[4])
{
	GLuint t;

	glGenTextures(1, &t);
	glBindTexture(GL_TEXTURE_2D, t);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
	scene_checker_texture(32, 32, 32 / cells, a, b);
	return t;
}

static void sphere(float r)
{
	enum { N = 28 };
	int i, j, k;

	for (j = 0; j < N; j++) {
		glBegin(GL_TRIANGLE_STRIP);
		for (i = 0; i <= 2 * N; i++)
			for (k = 1; k >= 0; k--) {
				float t = (float)M_PI * (j + k) / N, p = (float)M_PI * i / N;
				float x = sinf(t) * cosf(p), y = cosf(t), z = sinf(t) * sinf(p);

				glNormal3f(x, y, z);
				glVertex3f(r * x, r * y, r * z);
			}
		glEnd();
	}
}

/* A cube of half size 1 with its faces as 8 x 8 strips, with normals. */
static void fine_cube(void)
{
	static const float ax[6][3][3] = {	/* normal, u, v */
		{ { 0, 0, 1 }, { 1, 0, 0 }, { 0, 1, 0 } },
		{ { 0, 0, -1 }, { -1, 0, 0 }, { 0, 1, 0 } },
		{ { 1, 0, 0 }, { 0, 0, -1 }, { 0, 1, 0 } },
		{ { -1, 0, 0 }, { 0, 0, 1 }, { 0, 1, 0 } },
		{ { 0, 1, 0 }, { 1, 0, 0 }, { 0, 0, -1 } },
		{ { 0, -1, 0 }, { 1, 0, 0 }, { 0, 0, 1 } },
	};
	int f, i, j, k, c;

	for (f = 0; f < 6; f++)
		for (j = 0; j < 8; j++) {
			glBegin(GL_TRIANGLE_STRIP);
			glNormal3fv(ax[f][0]);
			for (i = 0; i <= 8; i++)
				for (k = 1; k >= 0; k--) {
					float u = -1 + i / 4.0f, v = -1 + (j + k) / 4.0f;
					float p[3];

					for (c = 0; c < 3; c++)
						p[c] = ax[f][0][c] + u * ax[f][1][c] + v * ax[f][2][c];
					glVertex3fv(p);
				}
			glEnd();
		}
}

static void persp(void)
{
	glClearColor(0.15f, 0.15f, 0.15f, 1);
	glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
	glEnable(GL_DEPTH_TEST);
	glMatrixMode(GL_PROJECTION);
	glFrustum(-0.5, 0.5, -0.375, 0.375, 1, 20);
	glMatrixMode(GL_MODELVIEW);
}

SCENE(tg_object_linear, "GL_OBJECT_LINEAR texgen on S and T: the pattern sticks to rotated objects")
{
	static const unsigned char a[4] = { 250, 220, 60, 255 }, b[4] = { 40, 80, 160, 255 };
	static const GLfloat sp[4] = { 0.5f, 0, 0, 0.5f }, tp[4] = { 0, 0.5f, 0.25f, 0.5f };
	GLuint t = checker(4, a, b);

	persp();
	glEnable(GL_TEXTURE_2D);
	glTexGeni(GL_S, GL_TEXTURE_GEN_MODE, GL_OBJECT_LINEAR);
	glTexGeni(GL_T, GL_TEXTURE_GEN_MODE, GL_OBJECT_LINEAR);
	glTexGenfv(GL_S, GL_OBJECT_PLANE, sp);
	glTexGenfv(GL_T, GL_OBJECT_PLANE, tp);
	glEnable(GL_TEXTURE_GEN_S);
	glEnable(GL_TEXTURE_GEN_T);
	glColor3f(1, 1, 1);
	glPushMatrix();
	glTranslatef(-1.2f, 0, -5);
	glRotatef(30, 1, 0, 0);
	glRotatef(35, 0, 1, 0);
	fine_cube();
	glPopMatrix();
	glTranslatef(1.3f, 0, -5);
	glRotatef(70, 0, 0, 1);
	glRotatef(20, 1, 0, 0);
	sphere(1.1f);
	glDeleteTextures(1, &t);
}

SCENE(tg_eye_linear, "GL_EYE_LINEAR texgen: planes given under a modelview stay fixed in eye space while objects move")
{
	static const unsigned char a[4] = { 240, 240, 240, 255 }, b[4] = { 180, 40, 60, 255 };
	static const GLfloat sp[4] = { 0.4f, 0, 0, 0.5f }, tp[4] = { 0, 0.4f, 0, 0.5f };
	GLuint t = checker(4, a, b);

	persp();
	glEnable(GL_TEXTURE_2D);
	glTexGeni(GL_S, GL_TEXTURE_GEN_MODE, GL_EYE_LINEAR);
	glTexGeni(GL_T, GL_TEXTURE_GEN_MODE, GL_EYE_LINEAR);
	/* planes given under a rotation of 30 degrees about z: the
	 * pattern is rotated in eye space */
	glPushMatrix();
	glRotatef(30, 0, 0, 1);
	glTexGenfv(GL_S, GL_EYE_PLANE, sp);
	glTexGenfv(GL_T, GL_EYE_PLANE, tp);
	glPopMatrix();
	glEnable(GL_TEXTURE_GEN_S);
	glEnable(GL_TEXTURE_GEN_T);
	glColor3f(1, 1, 1);
	glPushMatrix();
	glTranslatef(-1.3f, 0.1f, -5);
	glRotatef(40, 1, 1, 0);
	fine_cube();
	glPopMatrix();
	glPushMatrix();
	glTranslatef(1.3f, 0.1f, -5);
	glRotatef(-25, 1, 1, 0);
	fine_cube();
	glPopMatrix();
	/* S only generated, T from glTexCoord on a floor strip */
	glDisable(GL_TEXTURE_GEN_T);
	glBegin(GL_TRIANGLE_STRIP);
	glTexCoord2f(0, 0.1f); glVertex3f(-3, -1.6f, -4);
	glTexCoord2f(0, 0.1f); glVertex3f(3, -1.6f, -4);
	glTexCoord2f(0, 0.9f); glVertex3f(-3, -1.6f, -8);
	glTexCoord2f(0, 0.9f); glVertex3f(3, -1.6f, -8);
	glEnd();
	glDeleteTextures(1, &t);
}

SCENE(tg_sphere_map, "GL_SPHERE_MAP texgen on a sphere and a cube (reflection of a radial environment)")
{
	enum { S = 64 };
	static GLubyte env[S * S * 3];
	GLuint t;
	int x, y;

	/* an environment: sky blue on top, ground brown below, rings */
	for (y = 0; y < S; y++)
		for (x = 0; x < S; x++) {
			float u = (x + 0.5f) / S * 2 - 1, v = (y + 0.5f) / S * 2 - 1;
			float r = sqrtf(u * u + v * v);
			GLubyte *p = env + (y * S + x) * 3;

			p[0] = (GLubyte)(v > 0 ? 90 + 100 * v : 150 - 40 * v);
			p[1] = (GLubyte)(v > 0 ? 150 + 80 * v : 100);
			p[2] = (GLubyte)(v > 0 ? 240 : 60);
			if (((int)(r * 6)) & 1) {
				p[0] = (GLubyte)(p[0] * 3 / 4);
				p[1] = (GLubyte)(p[1] * 3 / 4);
			}
		}
	persp();
	glGenTextures(1, &t);
	glBindTexture(GL_TEXTURE_2D, t);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
	glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
	glTexImage2D(GL_TEXTURE_2D, 0, GL_RGB, S, S, 0, GL_RGB, GL_UNSIGNED_BYTE, env);
	glEnable(GL_TEXTURE_2D);
	glTexEnvi(GL_TEXTURE_ENV, GL_TEXTURE_ENV_MODE, GL_REPLACE);
	glTexGeni(GL_S, GL_TEXTURE_GEN_MODE, GL_SPHERE_MAP);
	glTexGeni(GL_T, GL_TEXTURE_GEN_MODE, GL_SPHERE_MAP);
	glEnable(GL_TEXTURE_GEN_S);
	glEnable(GL_TEXTURE_GEN_T);
	glPushMatrix();
	glTranslatef(-1.1f, 0, -4.5f);
	sphere(1.2f);
	glPopMatrix();
	glTranslatef(1.4f, 0, -5);
	glRotatef(30, 1, 0, 0);
	glRotatef(30, 0, 1, 0);
	glScalef(0.8f, 0.8f, 0.8f);
	fine_cube();
	glDeleteTextures(1, &t);
}

SCENE(tg_contours_1d, "GL_OBJECT_LINEAR and GL_EYE_LINEAR on a 1D texture: contour stripes on a sphere")
{
	static const GLfloat plane[4] = { 0, 2, 0.5f, 0 }, eplane[4] = { 2.5f, 0, 0, 0 };
	GLubyte stripes[16 * 3];
	GLuint t;
	int i;

	for (i = 0; i < 16; i++) {
		stripes[i * 3] = (GLubyte)(i < 4 ? 250 : 60 + i * 8);
		stripes[i * 3 + 1] = (GLubyte)(i < 4 ? 220 : 90);
		stripes[i * 3 + 2] = (GLubyte)(i < 4 ? 40 : 200 - i * 8);
	}
	persp();
	glGenTextures(1, &t);
	glBindTexture(GL_TEXTURE_1D, t);
	glTexParameteri(GL_TEXTURE_1D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
	glTexParameteri(GL_TEXTURE_1D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
	glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
	glTexImage1D(GL_TEXTURE_1D, 0, GL_RGB, 16, 0, GL_RGB, GL_UNSIGNED_BYTE, stripes);
	glEnable(GL_TEXTURE_1D);
	glColor3f(1, 1, 1);
	glTexGeni(GL_S, GL_TEXTURE_GEN_MODE, GL_OBJECT_LINEAR);
	glTexGenfv(GL_S, GL_OBJECT_PLANE, plane);
	glEnable(GL_TEXTURE_GEN_S);
	glPushMatrix();
	glTranslatef(-1.2f, 0, -4.5f);
	glRotatef(30, 0, 0, 1);
	sphere(1.2f);
	glPopMatrix();
	glLoadIdentity();
	glTexGeni(GL_S, GL_TEXTURE_GEN_MODE, GL_EYE_LINEAR);
	glTexGenfv(GL_S, GL_EYE_PLANE, eplane);
	glTranslatef(1.3f, 0, -4.5f);
	glRotatef(30, 0, 0, 1);
	sphere(1.2f);
	glDeleteTextures(1, &t);
}
