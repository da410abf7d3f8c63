/* Quick end-to-end scenes: a textured, lit, depth-tested and blended mix. */
#include <math.h>
#include "../scene.h"

SCENE(smoke_depth_tex, "depth test, textured quads, perspective")
{
	static const unsigned char a[4] = { 255, 200, 40, 255 };
	static const unsigned char b[4] = { 30, 60, 200, 255 };
	GLuint t;

	glClearColor(0.1f, 0.1f, 0.1f, 1);
	glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
	glMatrixMode(GL_PROJECTION);
	glFrustum(-1, 1, -0.75, 0.75, 1, 20);
	glMatrixMode(GL_MODELVIEW);
	glTranslatef(0, 0, -3);
	glRotatef(30, 1, 1, 0);
	glEnable(GL_DEPTH_TEST);
	glGenTextures(1, &t);
	glBindTexture(GL_TEXTURE_2D, t);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
	scene_checker_texture(32, 32, 4, a, b);
	glEnable(GL_TEXTURE_2D);
	glBegin(GL_QUADS);
	glColor3f(1, 1, 1);
	glTexCoord2f(0, 0); glVertex3f(-1, -1, 0);
	glTexCoord2f(2, 0); glVertex3f(1, -1, 0);
	glTexCoord2f(2, 2); glVertex3f(1, 1, 0);
	glTexCoord2f(0, 2); glVertex3f(-1, 1, 0);
	glColor3f(1, 0.5f, 0.5f);
	glTexCoord2f(0, 0); glVertex3f(-0.5f, -1.5f, -0.5f);
	glTexCoord2f(1, 0); glVertex3f(0.5f, -1.5f, 0.5f);
	glTexCoord2f(1, 1); glVertex3f(0.5f, 1.5f, 0.5f);
	glTexCoord2f(0, 1); glVertex3f(-0.5f, 1.5f, -0.5f);
	glEnd();
}

SCENE(smoke_lit_sphere, "lighting, materials, smooth shading")
{
	int i, j, n = 24;
	GLfloat pos[4] = { 1, 1, 2, 0 }, spec[4] = { 1, 1, 1, 1 };

	glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
	glMatrixMode(GL_PROJECTION);
	glOrtho(-1.4, 1.4, -1.05, 1.05, -2, 2);
	glMatrixMode(GL_MODELVIEW);
	glEnable(GL_DEPTH_TEST);
	glEnable(GL_LIGHTING);
	glEnable(GL_LIGHT0);
	glLightfv(GL_LIGHT0, GL_POSITION, pos);
	glMaterialfv(GL_FRONT, GL_SPECULAR, spec);
	glMaterialf(GL_FRONT, GL_SHININESS, 20);
	glEnable(GL_COLOR_MATERIAL);
	glColor3f(0.2f, 0.6f, 1.0f);
	for (i = 0; i < n; i++) {
		float t0 = (float)M_PI * i / n - (float)M_PI / 2;
		float t1 = (float)M_PI * (i + 1) / n - (float)M_PI / 2;

		glBegin(GL_QUAD_STRIP);
		for (j = 0; j <= 2 * n; j++) {
			float p = 2 * (float)M_PI * j / (2 * n);

			glNormal3f(cosf(t1) * cosf(p), sinf(t1), cosf(t1) * sinf(p));
			glVertex3f(cosf(t1) * cosf(p), sinf(t1), cosf(t1) * sinf(p));
			glNormal3f(cosf(t0) * cosf(p), sinf(t0), cosf(t0) * sinf(p));
			glVertex3f(cosf(t0) * cosf(p), sinf(t0), cosf(t0) * sinf(p));
		}
		glEnd();
	}
}

SCENE(smoke_blend_fog, "blending, alpha test, linear fog")
{
	int i;

	glClearColor(0, 0, 0.3f, 1);
	glClear(GL_COLOR_BUFFER_BIT);
	glEnable(GL_FOG);
	glFogi(GL_FOG_MODE, GL_LINEAR);
	glFogf(GL_FOG_START, 0);
	glFogf(GL_FOG_END, 1.5f);
	{
		GLfloat fc[4] = { 0.5f, 0.5f, 0.5f, 1 };

		glFogfv(GL_FOG_COLOR, fc);
	}
	glMatrixMode(GL_PROJECTION);
	glOrtho(-1, 1, -1, 1, 0, 2);
	glEnable(GL_BLEND);
	glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
	glEnable(GL_ALPHA_TEST);
	glAlphaFunc(GL_GREATER, 0.2f);
	for (i = 0; i < 5; i++) {
		float x = -0.9f + i * 0.35f;

		glBegin(GL_TRIANGLES);
		glColor4f(1, 0.3f * i, 0, 0.1f + i * 0.2f);
		glVertex3f(x, -0.8f, -0.2f - i * 0.3f);
		glVertex3f(x + 0.6f, -0.8f, -0.2f - i * 0.3f);
		glVertex3f(x + 0.3f, 0.8f, -0.2f - i * 0.3f);
		glEnd();
	}
}
