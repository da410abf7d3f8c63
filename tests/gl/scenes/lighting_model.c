/* Fixed-function lighting, part 2: glColorMaterial modes, two-sided
 * lighting, the local viewer, GL_NORMALIZE and GL_RESCALE_NORMAL under a
 * scaled modelview, GL_SEPARATE_SPECULAR_COLOR, and light positions given
 * under modelview transforms.  Finely tessellated triangle strips only. */
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

static void lit_setup(void)
{
	glClearColor(0.1f, 0.1f, 0.1f, 1);
	glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
	glEnable(GL_DEPTH_TEST);
	glEnable(GL_LIGHTING);
	glEnable(GL_LIGHT0);
	ortho_view();
}

/* A unit sphere; with colour set, each vertex gets a colour from its
 * position (for glColorMaterial).  tex: texture coordinates too. */
static void sphere(int colour, int tex)
{
	enum { N = 28 };
	int i, j, k;

	for (j = 0; j < N; j++) {
		glBegin(GL_TRIANGLE_STRIP);
		for (i = 0; i <= 2 * N; i++) {
			for (k = 1; k >= 0; k--) {
				float t = (float)M_PI * (j + k) / N, p = (float)M_PI * i / N;
				float x = sinf(t) * cosf(p), y = cosf(t), z = sinf(t) * sinf(p);

				if (colour)
					glColor3f(0.5f + 0.4f * x, 0.5f + 0.4f * y, 0.6f - 0.3f * x);
				if (tex)
					glTexCoord2f(i / (float)N, (j + k) / (float)N);
				glNormal3f(x, y, z);
				glVertex3f(x, y, z);
			}
		}
		glEnd();
	}
}

SCENE(lt_color_material, "glColorMaterial: AMBIENT, DIFFUSE, AMBIENT_AND_DIFFUSE, SPECULAR, EMISSION; colour change tracked into the material")
{
	static const GLenum mode[5] = { GL_AMBIENT, GL_DIFFUSE, GL_AMBIENT_AND_DIFFUSE,
					GL_SPECULAR, GL_EMISSION };
	static const GLfloat lpos[4] = { -1, 1, 1.5f, 0 }, spec[4] = { 0.5f, 0.5f, 0.5f, 1 };
	int i;

	lit_setup();
	glLightfv(GL_LIGHT0, GL_POSITION, lpos);
	glMaterialfv(GL_FRONT, GL_SPECULAR, spec);
	glMaterialf(GL_FRONT, GL_SHININESS, 20);
	for (i = 0; i < 5; i++) {
		glPushMatrix();
		glTranslatef(-2.6f + (i % 3) * 2.6f, i < 3 ? 1.4f : -1.4f, 0);
		glScalef(1.2f, 1.2f, 1.2f);
		glColorMaterial(GL_FRONT, mode[i]);
		glEnable(GL_COLOR_MATERIAL);
		sphere(1, 0);
		glDisable(GL_COLOR_MATERIAL);
		glPopMatrix();
	}
	/* a colour tracked into the emission stays there after disabling:
	 * a plain sphere still glows with it */
	glColorMaterial(GL_FRONT, GL_EMISSION);
	glEnable(GL_COLOR_MATERIAL);
	glColor3f(0.1f, 0.4f, 0.1f);
	glDisable(GL_COLOR_MATERIAL);
	glColor3f(1, 0, 1);	/* not tracked any more */
	glTranslatef(2.6f, -1.4f, 0);
	glScalef(1.2f, 1.2f, 1.2f);
	sphere(0, 0);
}

SCENE(lt_two_side, "GL_LIGHT_MODEL_TWO_SIDE with GL_FRONT and GL_BACK materials on an open half cylinder, on and off")
{
	static const GLfloat front[4] = { 0.9f, 0.5f, 0.2f, 1 }, back[4] = { 0.2f, 0.5f, 0.9f, 1 };
	static const GLfloat lpos[4] = { 0.5f, 0.3f, 1, 0 };
	int side, i, j;

	lit_setup();
	glLightfv(GL_LIGHT0, GL_POSITION, lpos);
	glMaterialfv(GL_FRONT, GL_AMBIENT_AND_DIFFUSE, front);
	glMaterialfv(GL_BACK, GL_AMBIENT_AND_DIFFUSE, back);
	for (side = 0; side < 2; side++) {
		glLightModeli(GL_LIGHT_MODEL_TWO_SIDE, side);
		glLoadIdentity();
		glTranslatef(side ? 2 : -2, -0.2f, 0);
		glRotatef(-35, 1, 0, 0);
		glRotatef(25, 0, 1, 0);
		/* three quarters of a cylinder around y, open towards the
		 * viewer: its inside is the back side */
		for (j = 0; j < 12; j++) {
			glBegin(GL_TRIANGLE_STRIP);
			for (i = 0; i <= 36; i++) {
				float a = (float)M_PI * i / 24;
				float x = 1.5f * cosf(a), z = -1.5f * sinf(a);

				glNormal3f(cosf(a), 0, -sinf(a));
				glVertex3f(x, -1.8f + 3.6f * (j + 1) / 12, z);
				glVertex3f(x, -1.8f + 3.6f * j / 12, z);
			}
			glEnd();
		}
	}
}

SCENE(lt_local_viewer, "GL_LIGHT_MODEL_LOCAL_VIEWER false and true: specular highlights on a plane and spheres, perspective")
{
	static const GLfloat lpos[4] = { 0, 1.2f, 1, 0 }, spec[4] = { 0.7f, 0.7f, 0.7f, 1 };
	static const GLfloat dif[4] = { 0.3f, 0.3f, 0.5f, 1 };
	int side, i, j;

	glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
	glEnable(GL_DEPTH_TEST);
	glEnable(GL_LIGHTING);
	glEnable(GL_LIGHT0);
	glMatrixMode(GL_PROJECTION);
	glFrustum(-0.5, 0.5, -0.375, 0.375, 1, 20);
	glMatrixMode(GL_MODELVIEW);
	glMaterialfv(GL_FRONT, GL_SPECULAR, spec);
	glMaterialfv(GL_FRONT, GL_DIFFUSE, dif);
	glMaterialf(GL_FRONT, GL_SHININESS, 12);
	for (side = 0; side < 2; side++) {
		glLightModeli(GL_LIGHT_MODEL_LOCAL_VIEWER, side);
		glLoadIdentity();
		glLightfv(GL_LIGHT0, GL_POSITION, lpos);
		glTranslatef(side ? 1.25f : -1.25f, 0, -4);
		/* a vertical plane facing the eye: with an infinite viewer its
		 * highlight is uniform, with a local one it is a spot */
		for (j = 0; j < 24; j++) {
			glBegin(GL_TRIANGLE_STRIP);
			glNormal3f(0, 0, 1);
			for (i = 0; i <= 24; i++) {
				glVertex3f(-1.15f + 2.3f * i / 24, -1.4f + 2.8f * (j + 1) / 24, 0);
				glVertex3f(-1.15f + 2.3f * i / 24, -1.4f + 2.8f * j / 24, 0);
			}
			glEnd();
		}
		glTranslatef(0, -0.7f, 0.8f);
		glScalef(0.5f, 0.5f, 0.5f);
		glEnable(GL_NORMALIZE);
		sphere(0, 0);
		glDisable(GL_NORMALIZE);
	}
}

SCENE(lt_normalize, "a non-uniformly scaled modelview: normals wrong without GL_NORMALIZE, right with it")
{
	static const GLfloat lpos[4] = { -1, 1, 1, 0 }, spec[4] = { 0.6f, 0.6f, 0.6f, 1 };
	int i;

	lit_setup();
	glLightfv(GL_LIGHT0, GL_POSITION, lpos);
	glMaterialfv(GL_FRONT, GL_SPECULAR, spec);
	glMaterialf(GL_FRONT, GL_SHININESS, 10);
	for (i = 0; i < 4; i++) {
		glPushMatrix();
		glTranslatef(i & 1 ? 2 : -2, i & 2 ? -1.5f : 1.5f, 0);
		if (i & 2)
			glScalef(1.8f, 0.6f, 1.2f);	/* squashed: normals skewed */
		else
			glScalef(0.45f, 0.45f, 0.45f);	/* shrunk: normals short */
		glScalef(1.2f, 1.2f, 1.2f);
		if (i & 1)
			glEnable(GL_NORMALIZE);
		else
			glDisable(GL_NORMALIZE);
		sphere(0, 0);
		glPopMatrix();
	}
}

SCENE(lt_rescale_normal, "GL_RESCALE_NORMAL with uniform scales 0.5, 1.4 and 2: same shading as unscaled")
{
	static const GLfloat lpos[4] = { 1, 1, 1, 0 }, spec[4] = { 0.6f, 0.6f, 0.6f, 1 };
	static const GLfloat dif[4] = { 0.3f, 0.8f, 0.4f, 1 };
	int i;

	lit_setup();
	glLightfv(GL_LIGHT0, GL_POSITION, lpos);
	glMaterialfv(GL_FRONT, GL_SPECULAR, spec);
	glMaterialfv(GL_FRONT, GL_DIFFUSE, dif);
	glMaterialf(GL_FRONT, GL_SHININESS, 15);
	glEnable(GL_RESCALE_NORMAL);
	for (i = 0; i < 3; i++) {
		float s = i == 0 ? 0.5f : i == 1 ? 1.4f : 2.0f;

		glPushMatrix();
		glTranslatef(-2.8f + i * 2.5f, 1.2f - i * 0.9f, 0);
		glScalef(s, s, s);
		glScalef(0.6f, 0.6f, 0.6f);
		sphere(0, 0);
		glPopMatrix();
	}
	/* a rescaled sphere inside a rotation and a second scale */
	glTranslatef(2.9f, 1.7f, 0);
	glRotatef(60, 0, 0, 1);
	glScalef(0.9f, 0.9f, 0.9f);
	glScalef(1.2f, 1.2f, 1.2f);
	sphere(0, 0);
}

SCENE(lt_separate_specular, "GL_LIGHT_MODEL_COLOR_CONTROL SINGLE_COLOR vs SEPARATE_SPECULAR_COLOR on textured spheres")
{
	static const GLfloat lpos[4] = { -0.5f, 0.8f, 1, 0 }, spec[4] = { 1, 1, 1, 1 };
	static const unsigned char a[4] = { 200, 60, 40, 255 }, b[4] = { 20, 30, 90, 255 };
	GLuint t;
	int side;

	lit_setup();
	glLightfv(GL_LIGHT0, GL_POSITION, lpos);
	glMaterialfv(GL_FRONT, GL_SPECULAR, spec);
	glMaterialf(GL_FRONT, GL_SHININESS, 8);
	glGenTextures(1, &t);
	glBindTexture(GL_TEXTURE_2D, t);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
	scene_checker_texture(32, 32, 4, a, b);
	glEnable(GL_TEXTURE_2D);
	glTexEnvi(GL_TEXTURE_ENV, GL_TEXTURE_ENV_MODE, GL_MODULATE);
	for (side = 0; side < 2; side++) {
		glLightModeli(GL_LIGHT_MODEL_COLOR_CONTROL,
			      side ? GL_SEPARATE_SPECULAR_COLOR : GL_SINGLE_COLOR);
		glPushMatrix();
		glTranslatef(side ? 2 : -2, 0, 0);
		glRotatef(20, 1, 0, 0);
		glScalef(1.8f, 1.8f, 1.8f);
		sphere(0, 1);
		glPopMatrix();
	}
	glDeleteTextures(1, &t);
}

SCENE(lt_position_transformed, "light positions and spot directions are transformed by the modelview current at glLight time")
{
	static const GLfloat p0[4] = { 0, 0, 1, 0 }, p1[4] = { 0, 0, 1.2f, 1 };
	static const GLfloat dir[3] = { 0, 0, -1 };
	static const GLfloat red[4] = { 1, 0.3f, 0.2f, 1 }, blue[4] = { 0.3f, 0.4f, 1, 1 };
	int i, j;

	lit_setup();
	glDisable(GL_LIGHT0);
	/* light 0: directional, given under a rotation towards the left */
	glPushMatrix();
	glRotatef(-50, 0, 1, 0);
	glLightfv(GL_LIGHT0, GL_POSITION, p0);
	glLightfv(GL_LIGHT0, GL_DIFFUSE, red);
	glPopMatrix();
	/* light 1: a spot given under a translation to the right and a tilt */
	glPushMatrix();
	glTranslatef(1.5f, 0.5f, 0);
	glRotatef(20, 1, 0, 0);
	glLightfv(GL_LIGHT1, GL_POSITION, p1);
	glLightfv(GL_LIGHT1, GL_SPOT_DIRECTION, dir);
	glLightf(GL_LIGHT1, GL_SPOT_CUTOFF, 45);
	glLightf(GL_LIGHT1, GL_SPOT_EXPONENT, 4);
	glLightfv(GL_LIGHT1, GL_DIFFUSE, blue);
	glPopMatrix();
	glEnable(GL_LIGHT0);
	glEnable(GL_LIGHT1);
	/* the modelview changes afterwards do not move the lights */
	glRotatef(10, 0, 0, 1);
	glTranslatef(0, 0, -0.5f);
	for (j = 0; j < 32; j++) {
		glBegin(GL_TRIANGLE_STRIP);
		glNormal3f(0, 0, 1);
		for (i = 0; i <= 32; i++) {
			glVertex3f(-4.5f + 9.0f * i / 32, -3.5f + 7.0f * (j + 1) / 32, 0);
			glVertex3f(-4.5f + 9.0f * i / 32, -3.5f + 7.0f * j / 32, 0);
		}
		glEnd();
	}
	glTranslatef(-2, 0.5f, 1);
	sphere(0, 0);
}
