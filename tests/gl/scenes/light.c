/* Lighting: lights, materials and the light model. */
#include <math.h>
#include "../scene.h"

static void sphere(float cx, float cy, float r)
{
	int i, j, n = 24;

	for (i = 0; i < n; i++) {
		float t0 = (float)M_PI * i / n - (float)M_PI / 2;
		float t1 = (float)M_PI * (i + 1) / n - (float)M_PI / 2;

		glBegin(GL_QUAD_STRIP);
		for (j = 0; j <= 2 * n; j++) {
			float p = (float)M_PI * j / n;
			float x1 = cosf(t1) * cosf(p), y1 = sinf(t1), z1 = cosf(t1) * sinf(p);
			float x0 = cosf(t0) * cosf(p), y0 = sinf(t0), z0 = cosf(t0) * sinf(p);

			glNormal3f(x1, y1, z1);
			glVertex3f(cx + r * x1, cy + r * y1, r * z1);
			glNormal3f(x0, y0, z0);
			glVertex3f(cx + r * x0, cy + r * y0, r * z0);
		}
		glEnd();
	}
}

static void setup(void)
{
	glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
	glEnable(GL_DEPTH_TEST);
	glMatrixMode(GL_PROJECTION);
	glOrtho(-1.33, 1.33, -1, 1, -2, 2);
	glMatrixMode(GL_MODELVIEW);
	glEnable(GL_LIGHTING);
	glEnable(GL_LIGHT0);
}

SCENE(light_directional, "directional light, diffuse and specular material with shininess")
{
	GLfloat pos[4] = { -1, 1, 1, 0 };
	GLfloat diff[4] = { 0.8f, 0.3f, 0.2f, 1 }, spec[4] = { 1, 1, 1, 1 };

	setup();
	glLightfv(GL_LIGHT0, GL_POSITION, pos);
	glMaterialfv(GL_FRONT, GL_DIFFUSE, diff);
	glMaterialfv(GL_FRONT, GL_SPECULAR, spec);
	glMaterialf(GL_FRONT, GL_SHININESS, 30);
	sphere(-0.6f, 0, 0.5f);
	glMaterialf(GL_FRONT, GL_SHININESS, 5);
	sphere(0.6f, 0, 0.5f);
}

SCENE(light_positional_atten, "positional light with attenuation, ambient and emission")
{
	GLfloat pos[4] = { 0, 0.3f, 1.0f, 1 };
	GLfloat amb[4] = { 0.1f, 0.1f, 0.3f, 1 }, em[4] = { 0.1f, 0, 0, 1 };

	setup();
	glLightfv(GL_LIGHT0, GL_POSITION, pos);
	glLightfv(GL_LIGHT0, GL_AMBIENT, amb);
	glLightf(GL_LIGHT0, GL_CONSTANT_ATTENUATION, 0.5f);
	glLightf(GL_LIGHT0, GL_LINEAR_ATTENUATION, 0.5f);
	glLightf(GL_LIGHT0, GL_QUADRATIC_ATTENUATION, 0.3f);
	glMaterialfv(GL_FRONT, GL_EMISSION, em);
	sphere(-0.7f, -0.3f, 0.4f);
	sphere(0.0f, 0.3f, 0.4f);
	sphere(0.7f, -0.3f, 0.4f);
}

SCENE(light_spot, "spot light with cutoff and exponent on a tessellated plane")
{
	GLfloat pos[4] = { 0, 0, 1.5f, 1 }, dir[3] = { 0.2f, 0.1f, -1 };
	int i, j;

	setup();
	glLightfv(GL_LIGHT0, GL_POSITION, pos);
	glLightfv(GL_LIGHT0, GL_SPOT_DIRECTION, dir);
	glLightf(GL_LIGHT0, GL_SPOT_CUTOFF, 30);
	glLightf(GL_LIGHT0, GL_SPOT_EXPONENT, 8);
	glNormal3f(0, 0, 1);
	for (j = 0; j < 40; j++) {
		glBegin(GL_QUAD_STRIP);
		for (i = 0; i <= 40; i++) {
			glVertex3f(-1.3f + i * 0.065f, -1 + (j + 1) * 0.05f, 0);
			glVertex3f(-1.3f + i * 0.065f, -1 + j * 0.05f, 0);
		}
		glEnd();
	}
}

SCENE(light_multi, "eight lights of different colours")
{
	int i;

	setup();
	for (i = 0; i < 8; i++) {
		float a = i * 6.2831853f / 8;
		GLfloat pos[4] = { cosf(a), sinf(a), 0.8f, 0 };
		GLfloat col[4] = { (i & 1) * 0.5f, (i & 2) * 0.25f, (i & 4) * 0.125f + 0.1f, 1 };

		glEnable(GL_LIGHT0 + i);
		glLightfv(GL_LIGHT0 + i, GL_POSITION, pos);
		glLightfv(GL_LIGHT0 + i, GL_DIFFUSE, col);
		glLightfv(GL_LIGHT0 + i, GL_SPECULAR, col);
	}
	sphere(0, 0, 0.85f);
}

SCENE(light_color_material, "glColorMaterial GL_AMBIENT_AND_DIFFUSE and GL_DIFFUSE")
{
	setup();
	glEnable(GL_COLOR_MATERIAL);
	glColor3f(0.2f, 0.9f, 0.3f);
	sphere(-0.6f, 0, 0.5f);
	glColorMaterial(GL_FRONT, GL_DIFFUSE);
	glColor3f(0.9f, 0.2f, 0.7f);
	sphere(0.6f, 0, 0.5f);
}

SCENE(light_two_side, "GL_LIGHT_MODEL_TWO_SIDE with front and back materials")
{
	GLfloat front[4] = { 0.9f, 0.5f, 0.1f, 1 }, back[4] = { 0.1f, 0.5f, 0.9f, 1 };
	GLfloat pos[4] = { 0, 0, 1, 0 };
	int i;

	setup();
	glLightfv(GL_LIGHT0, GL_POSITION, pos);
	glLightModeli(GL_LIGHT_MODEL_TWO_SIDE, GL_TRUE);
	glMaterialfv(GL_FRONT, GL_DIFFUSE, front);
	glMaterialfv(GL_BACK, GL_DIFFUSE, back);
	glBegin(GL_TRIANGLES);
	for (i = 0; i < 2; i++) {
		float x = i ? 0.1f : -1.1f;

		glNormal3f(0, 0, 1);
		if (i) {	/* clockwise: its back faces the viewer */
			glVertex2f(x, -0.8f); glVertex2f(x + 0.5f, 0.8f); glVertex2f(x + 1, -0.8f);
		} else {
			glVertex2f(x, -0.8f); glVertex2f(x + 1, -0.8f); glVertex2f(x + 0.5f, 0.8f);
		}
	}
	glEnd();
}

SCENE(light_local_viewer_separate, "local viewer and GL_SEPARATE_SPECULAR_COLOR with a texture")
{
	static const unsigned char a[4] = { 60, 60, 200, 255 }, b[4] = { 200, 200, 60, 255 };
	GLfloat pos[4] = { 1, 1, 2, 0 }, spec[4] = { 1, 1, 1, 1 };
	GLuint t;

	setup();
	glLightfv(GL_LIGHT0, GL_POSITION, pos);
	glMaterialfv(GL_FRONT, GL_SPECULAR, spec);
	glMaterialf(GL_FRONT, GL_SHININESS, 20);
	glLightModeli(GL_LIGHT_MODEL_LOCAL_VIEWER, GL_TRUE);
	glLightModeli(GL_LIGHT_MODEL_COLOR_CONTROL, GL_SEPARATE_SPECULAR_COLOR);
	glGenTextures(1, &t);
	glBindTexture(GL_TEXTURE_2D, t);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
	scene_checker_texture(16, 16, 2, a, b);
	glEnable(GL_TEXTURE_2D);
	glBegin(GL_QUADS);
	glNormal3f(0, 0, 1);
	glTexCoord2f(0, 0); glVertex2f(-1.2f, -0.9f);
	glTexCoord2f(1, 0); glVertex2f(1.2f, -0.9f);
	glTexCoord2f(1, 1); glVertex2f(1.2f, 0.9f);
	glTexCoord2f(0, 1); glVertex2f(-1.2f, 0.9f);
	glEnd();
}

SCENE(light_normalize_rescale, "GL_NORMALIZE and GL_RESCALE_NORMAL under a scaled modelview")
{
	GLfloat pos[4] = { -1, 1, 1, 0 };

	setup();
	glLightfv(GL_LIGHT0, GL_POSITION, pos);
	glPushMatrix();
	glScalef(0.5f, 0.5f, 0.5f);
	glTranslatef(-1.6f, 0, 0);
	sphere(0, 0, 1);
	glPopMatrix();
	glEnable(GL_NORMALIZE);
	glPushMatrix();
	glScalef(0.5f, 0.5f, 0.5f);
	sphere(0, 0, 1);
	glPopMatrix();
	glDisable(GL_NORMALIZE);
	glEnable(GL_RESCALE_NORMAL);
	glPushMatrix();
	glScalef(0.5f, 0.5f, 0.5f);
	glTranslatef(1.6f, 0, 0);
	sphere(0, 0, 1);
	glPopMatrix();
}

SCENE(light_position_transformed, "light position given under a rotated modelview")
{
	GLfloat pos[4] = { 0, 0, 1, 0 };

	setup();
	glPushMatrix();
	glRotatef(60, 0, 1, 0);
	glRotatef(30, 1, 0, 0);
	glLightfv(GL_LIGHT0, GL_POSITION, pos);
	glPopMatrix();
	sphere(0, 0, 0.8f);
}
