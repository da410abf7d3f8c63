/* Fixed-function lighting, part 1: directional, positional and spot
 * lights, attenuation, eight lights at once and the material terms.
 * Everything is drawn as finely tessellated triangle strips, so per-vertex
 * lighting varies smoothly and the triangle split is fixed. */
#include <math.h>
#include "../scene.h"

static void ortho_view(void)
{
	glMatrixMode(GL_PROJECTION);
	glLoadIdentity();
	glOrtho(-4, 4, -3, 3, -10, 10);
	glMatrixMode(GL_MODELVIEW);
	glLoadIdentity();
}

/* A sphere of radius r with outward unit normals. */
static void sphere(float r)
{
	enum { N = 28 };
	int i, j;

	for (j = 0; j < N; j++) {
		float t0 = (float)M_PI * j / N, t1 = (float)M_PI * (j + 1) / N;

		glBegin(GL_TRIANGLE_STRIP);
		for (i = 0; i <= 2 * N; i++) {
			float p = (float)M_PI * i / N;
			float x0 = sinf(t0) * cosf(p), y0 = cosf(t0), z0 = sinf(t0) * sinf(p);
			float x1 = sinf(t1) * cosf(p), y1 = cosf(t1), z1 = sinf(t1) * sinf(p);

			glNormal3f(x0, y0, z0);
			glVertex3f(r * x0, r * y0, r * z0);
			glNormal3f(x1, y1, z1);
			glVertex3f(r * x1, r * y1, r * z1);
		}
		glEnd();
	}
}

/* A flat N x N grid in the z = 0 plane, normal +z, w x h centred. */
static void grid_n(float w, float h, int N)
{
	int i, j;

	glNormal3f(0, 0, 1);
	for (j = 0; j < N; j++) {
		glBegin(GL_TRIANGLE_STRIP);
		for (i = 0; i <= N; i++) {
			float x = -w / 2 + w * i / N;

			glVertex3f(x, -h / 2 + h * (j + 1) / N, 0);
			glVertex3f(x, -h / 2 + h * j / N, 0);
		}
		glEnd();
	}
}

static void grid(float w, float h)
{
	grid_n(w, h, 24);
}

static void light_on(GLenum l, float x, float y, float z, float w,
		     float r, float g, float b)
{
	GLfloat pos[4] = { x, y, z, w }, col[4] = { r, g, b, 1 };

	glLightfv(l, GL_POSITION, pos);
	glLightfv(l, GL_DIFFUSE, col);
	glLightfv(l, GL_SPECULAR, col);
	glEnable(l);
}

static void material(float ar, float ag, float ab, float dr, float dg, float db,
		     float s, float shin)
{
	GLfloat amb[4] = { ar, ag, ab, 1 }, dif[4] = { dr, dg, db, 1 };
	GLfloat spe[4] = { s, s, s, 1 };

	glMaterialfv(GL_FRONT_AND_BACK, GL_AMBIENT, amb);
	glMaterialfv(GL_FRONT_AND_BACK, GL_DIFFUSE, dif);
	glMaterialfv(GL_FRONT_AND_BACK, GL_SPECULAR, spe);
	glMaterialf(GL_FRONT_AND_BACK, GL_SHININESS, shin);
}

static void lit_setup(void)
{
	glClearColor(0.05f, 0.05f, 0.1f, 1);
	glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
	glEnable(GL_DEPTH_TEST);
	glEnable(GL_LIGHTING);
	ortho_view();
}

SCENE(lt_directional, "a directional light (w = 0): diffuse and specular on spheres and a tilted plane")
{
	lit_setup();
	light_on(GL_LIGHT0, -1, 1.5f, 2, 0, 1, 0.95f, 0.85f);
	material(0.2f, 0.2f, 0.2f, 0.9f, 0.3f, 0.2f, 0.6f, 16);
	glPushMatrix();
	glTranslatef(-2, 0.6f, 0);
	sphere(1.6f);
	glPopMatrix();
	material(0.1f, 0.1f, 0.2f, 0.2f, 0.5f, 0.9f, 0.3f, 6);
	glPushMatrix();
	glTranslatef(2, 0.9f, 0);
	sphere(1.2f);
	glPopMatrix();
	material(0.2f, 0.2f, 0.2f, 0.6f, 0.8f, 0.4f, 0, 1);
	glTranslatef(1.2f, -2.2f, 0);
	glRotatef(-55, 1, 0, 0);
	grid(5, 3);
}

SCENE(lt_positional, "positional lights (w = 1) close to a plane and a sphere: angle falloff and highlight")
{
	lit_setup();
	light_on(GL_LIGHT0, -1.5f, 0.5f, 1.2f, 1, 0.8f, 0.7f, 0.4f);
	light_on(GL_LIGHT1, 2.5f, -1.5f, 2, 1, 0.3f, 0.4f, 0.8f);
	material(0.1f, 0.1f, 0.1f, 0.6f, 0.6f, 0.6f, 0.5f, 30);
	glPushMatrix();
	glTranslatef(0, 0, -1.5f);
	grid(8, 6);
	glPopMatrix();
	material(0.1f, 0.1f, 0.1f, 0.9f, 0.5f, 0.3f, 0.6f, 20);
	glTranslatef(1.5f, 0.8f, 0);
	sphere(1);
}

SCENE(lt_spot, "spot lights on a tessellated plane: cutoff 25 and 40 degrees, exponent 0 and 30")
{
	static const GLfloat down[3] = { 0, 0, -1 };
	static const GLfloat tilt[3] = { 0.3f, -0.2f, -1 };

	lit_setup();
	light_on(GL_LIGHT0, -2, 0.5f, 3, 1, 1, 0.8f, 0.4f);
	glLightfv(GL_LIGHT0, GL_SPOT_DIRECTION, down);
	glLightf(GL_LIGHT0, GL_SPOT_CUTOFF, 25);
	glLightf(GL_LIGHT0, GL_SPOT_EXPONENT, 0);
	light_on(GL_LIGHT1, 1.6f, 0.5f, 3, 1, 0.4f, 0.8f, 1);
	glLightfv(GL_LIGHT1, GL_SPOT_DIRECTION, tilt);
	glLightf(GL_LIGHT1, GL_SPOT_CUTOFF, 40);
	glLightf(GL_LIGHT1, GL_SPOT_EXPONENT, 30);
	/* a narrow third spot */
	light_on(GL_LIGHT2, 0, -2, 3, 1, 1, 0, 0);
	glLightfv(GL_LIGHT2, GL_SPOT_DIRECTION, tilt);
	glLightf(GL_LIGHT2, GL_SPOT_CUTOFF, 10);
	material(0.15f, 0.15f, 0.15f, 0.9f, 0.9f, 0.9f, 0, 1);
	grid_n(8, 6, 48);
}

SCENE(lt_attenuation, "positional light attenuation: constant, linear and quadratic factors in three panels")
{
	static const float att[3][3] = { { 0.5f, 0, 0 }, { 0.2f, 0.6f, 0 }, { 0.1f, 0, 0.35f } };
	int i;

	lit_setup();
	material(0.05f, 0.05f, 0.05f, 0.9f, 0.9f, 0.9f, 0, 1);
	for (i = 0; i < 3; i++) {
		glViewport(i * 53 + 1, 0, 52, 120);
		glMatrixMode(GL_PROJECTION);
		glLoadIdentity();
		glOrtho(-1.3, 1.3, -3, 3, -10, 10);
		glMatrixMode(GL_MODELVIEW);
		glLoadIdentity();
		light_on(GL_LIGHT0, 0, 2, 0.6f, 1, 1, 0.9f, 0.7f);
		glLightf(GL_LIGHT0, GL_CONSTANT_ATTENUATION, att[i][0]);
		glLightf(GL_LIGHT0, GL_LINEAR_ATTENUATION, att[i][1]);
		glLightf(GL_LIGHT0, GL_QUADRATIC_ATTENUATION, att[i][2]);
		grid(2.5f, 6);
	}
}

SCENE(lt_eight_lights, "GL_LIGHT0..GL_LIGHT7 of different colours and kinds on a sphere and a plane")
{
	int i;

	lit_setup();
	for (i = 0; i < 8; i++) {
		float a = (float)M_PI * 2 * i / 8;

		light_on(GL_LIGHT0 + i, 3 * cosf(a), 2.5f * sinf(a), 1.5f, i & 1 ? 1.0f : 0.0f,
			 0.1f + 0.3f * (i & 1), 0.1f + 0.3f * ((i >> 1) & 1),
			 0.1f + 0.3f * ((i >> 2) & 1));
		if (i & 1) {
			glLightf(GL_LIGHT0 + i, GL_LINEAR_ATTENUATION, 0.3f);
			glLightf(GL_LIGHT0 + i, GL_CONSTANT_ATTENUATION, 0.5f);
		}
	}
	material(0.1f, 0.1f, 0.1f, 0.7f, 0.7f, 0.7f, 0.3f, 10);
	glPushMatrix();
	glTranslatef(0, 0, -2);
	grid(8, 6);
	glPopMatrix();
	sphere(1.5f);
}

SCENE(lt_material_terms, "material ambient only, diffuse only, specular with shininess 5/40/128, emission; global ambient")
{
	static const GLfloat gamb[4] = { 0.3f, 0.3f, 0.3f, 1 };
	static const GLfloat lamb[4] = { 0.2f, 0.2f, 0.3f, 1 };
	static const float shin[3] = { 5, 40, 128 };
	GLfloat zero[4] = { 0, 0, 0, 1 }, em[4] = { 0.3f, 0.1f, 0, 1 };
	int i;

	lit_setup();
	glLightModelfv(GL_LIGHT_MODEL_AMBIENT, gamb);
	light_on(GL_LIGHT0, -1, 1, 1.5f, 0, 1, 1, 1);
	glLightfv(GL_LIGHT0, GL_AMBIENT, lamb);
	/* top row: ambient only, diffuse only, both plus emission */
	material(0.9f, 0.5f, 0.2f, 0, 0, 0, 0, 1);
	glPushMatrix();
	glTranslatef(-2.7f, 1.45f, 0);
	sphere(1.2f);
	glTranslatef(2.7f, 0, 0);
	material(0, 0, 0, 0.3f, 0.7f, 0.9f, 0, 1);
	sphere(1.2f);
	glTranslatef(2.7f, 0, 0);
	material(0.3f, 0.3f, 0.3f, 0.5f, 0.5f, 0.5f, 0, 1);
	glMaterialfv(GL_FRONT, GL_EMISSION, em);
	sphere(1.2f);
	glMaterialfv(GL_FRONT, GL_EMISSION, zero);
	glPopMatrix();
	/* bottom row: the same red sphere with growing shininess */
	for (i = 0; i < 3; i++) {
		glPushMatrix();
		glTranslatef(-2.7f + i * 2.7f, -1.45f, 0);
		material(0.2f, 0.05f, 0.05f, 0.7f, 0.1f, 0.1f, 0.8f, shin[i]);
		sphere(1.2f);
		glPopMatrix();
	}
}
