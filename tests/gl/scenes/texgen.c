/* Texture coordinate generation. */
#include <math.h>
#include "../scene.h"

static void tex_setup(void)
{
	static const unsigned char a[4] = { 255, 255, 255, 255 }, b[4] = { 200, 40, 40, 255 };
	GLuint t;

	glGenTextures(1, &t);
	glBindTexture(GL_TEXTURE_2D, t);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
	scene_checker_texture(16, 16, 2, a, b);
	glEnable(GL_TEXTURE_2D);
}

static void sphere(float r)
{
	int i, j, n = 24;

	for (i = 0; i < n; i++) {
		float t0 = (float)M_PI * i / n - (float)M_PI / 2;
		float t1 = (float)M_PI * (i + 1) / n - (float)M_PI / 2;

		glBegin(GL_QUAD_STRIP);
		for (j = 0; j <= 2 * n; j++) {
			float p = (float)M_PI * j / n;

			glNormal3f(cosf(t1) * cosf(p), sinf(t1), cosf(t1) * sinf(p));
			glVertex3f(r * cosf(t1) * cosf(p), r * sinf(t1), r * cosf(t1) * sinf(p));
			glNormal3f(cosf(t0) * cosf(p), sinf(t0), cosf(t0) * sinf(p));
			glVertex3f(r * cosf(t0) * cosf(p), r * sinf(t0), r * cosf(t0) * sinf(p));
		}
		glEnd();
	}
}

SCENE(texgen_object_linear, "GL_OBJECT_LINEAR texgen on S and T")
{
	GLfloat sp[4] = { 1.5f, 0, 0, 0.5f }, tp[4] = { 0, 1.5f, 0.5f, 0 };

	glClear(GL_COLOR_BUFFER_BIT);
	tex_setup();
	glTexGeni(GL_S, GL_TEXTURE_GEN_MODE, GL_OBJECT_LINEAR);
	glTexGeni(GL_T, GL_TEXTURE_GEN_MODE, GL_OBJECT_LINEAR);
	glTexGenfv(GL_S, GL_OBJECT_PLANE, sp);
	glTexGenfv(GL_T, GL_OBJECT_PLANE, tp);
	glEnable(GL_TEXTURE_GEN_S);
	glEnable(GL_TEXTURE_GEN_T);
	glRotatef(20, 0, 0, 1);
	glRectf(-0.7f, -0.7f, 0.7f, 0.7f);
}

SCENE(texgen_eye_linear, "GL_EYE_LINEAR texgen with the plane given under a transform")
{
	GLfloat sp[4] = { 2, 0, 0, 0 }, tp[4] = { 0, 2, 0, 0 };

	glClear(GL_COLOR_BUFFER_BIT);
	tex_setup();
	glPushMatrix();
	glRotatef(30, 0, 0, 1);
	glTexGeni(GL_S, GL_TEXTURE_GEN_MODE, GL_EYE_LINEAR);
	glTexGeni(GL_T, GL_TEXTURE_GEN_MODE, GL_EYE_LINEAR);
	glTexGenfv(GL_S, GL_EYE_PLANE, sp);
	glTexGenfv(GL_T, GL_EYE_PLANE, tp);
	glPopMatrix();
	glEnable(GL_TEXTURE_GEN_S);
	glEnable(GL_TEXTURE_GEN_T);
	glRotatef(-20, 0, 0, 1);
	glRectf(-0.7f, -0.7f, 0.7f, 0.7f);
}

SCENE(texgen_sphere_map, "GL_SPHERE_MAP texgen on a sphere")
{
	glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
	glEnable(GL_DEPTH_TEST);
	glMatrixMode(GL_PROJECTION);
	glOrtho(-1.33, 1.33, -1, 1, -2, 2);
	glMatrixMode(GL_MODELVIEW);
	tex_setup();
	glTexGeni(GL_S, GL_TEXTURE_GEN_MODE, GL_SPHERE_MAP);
	glTexGeni(GL_T, GL_TEXTURE_GEN_MODE, GL_SPHERE_MAP);
	glEnable(GL_TEXTURE_GEN_S);
	glEnable(GL_TEXTURE_GEN_T);
	sphere(0.9f);
}
