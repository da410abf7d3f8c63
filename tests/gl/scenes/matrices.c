/* Matrix stacks and coordinate transforms: glPushMatrix/glPopMatrix,
 * glLoadMatrix/glMultMatrix (and the transpose forms), glRotate/glTranslate/
 * glScale, glOrtho/glFrustum, the texture matrix, glViewport
 * sub-rectangles and glDepthRange. */
#include "../scene.h"

/* A unit cube centred on the origin, one flat colour per face. */
static void cube(float s)
{
	static const float face[6][4][3] = {
		{ { 1, -1, -1 }, { 1, 1, -1 }, { 1, 1, 1 }, { 1, -1, 1 } },
		{ { -1, -1, 1 }, { -1, 1, 1 }, { -1, 1, -1 }, { -1, -1, -1 } },
		{ { -1, 1, -1 }, { -1, 1, 1 }, { 1, 1, 1 }, { 1, 1, -1 } },
		{ { -1, -1, 1 }, { -1, -1, -1 }, { 1, -1, -1 }, { 1, -1, 1 } },
		{ { -1, -1, 1 }, { 1, -1, 1 }, { 1, 1, 1 }, { -1, 1, 1 } },
		{ { 1, -1, -1 }, { -1, -1, -1 }, { -1, 1, -1 }, { 1, 1, -1 } },
	};
	static const float col[6][3] = {
		{ 0.9f, 0.2f, 0.2f }, { 0.2f, 0.8f, 0.8f }, { 0.3f, 0.9f, 0.3f },
		{ 0.8f, 0.3f, 0.8f }, { 0.3f, 0.4f, 1.0f }, { 0.9f, 0.9f, 0.3f },
	};
	int f, v;

	glBegin(GL_QUADS);
	for (f = 0; f < 6; f++) {
		glColor3fv(col[f]);
		for (v = 0; v < 4; v++)
			glVertex3f(face[f][v][0] * s, face[f][v][1] * s, face[f][v][2] * s);
	}
	glEnd();
}

/* A smooth triangle pointing along +y, from (-w,0) to (w,0) to (0,h). */
static void pointer(float w, float h)
{
	glBegin(GL_TRIANGLES);
	glColor3f(1, 1, 0.3f); glVertex2f(-w, 0);
	glColor3f(1, 0.5f, 0.1f); glVertex2f(w, 0);
	glColor3f(0.3f, 0.6f, 1); glVertex2f(0, h);
	glEnd();
}

static void persp_setup(void)
{
	glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
	glEnable(GL_DEPTH_TEST);
	glMatrixMode(GL_PROJECTION);
	glLoadIdentity();
	glFrustum(-0.4, 0.4, -0.3, 0.3, 1, 30);
	glMatrixMode(GL_MODELVIEW);
	glLoadIdentity();
}

SCENE(mx_push_pop, "glPushMatrix/glPopMatrix: a jointed arm, four fingers each under a pushed matrix")
{
	int i, j;

	glClearColor(0.1f, 0.15f, 0.1f, 1);
	glClear(GL_COLOR_BUFFER_BIT);
	glMatrixMode(GL_PROJECTION);
	glOrtho(-80, 80, -60, 60, -1, 1);
	glMatrixMode(GL_MODELVIEW);
	for (j = 0; j < 2; j++) {
		glPushMatrix();
		glTranslatef(j ? 30.3f : -50.2f, -52.1f, 0);
		glRotatef(j ? 20.0f : -10.0f, 0, 0, 1);
		pointer(12, 40);
		glTranslatef(0, 40, 0);
		glRotatef(j ? 35.0f : -40.0f, 0, 0, 1);
		pointer(10, 32);
		glTranslatef(0, 32, 0);
		for (i = 0; i < 4; i++) {
			glPushMatrix();
			glRotatef(-45 + i * 30.0f, 0, 0, 1);
			glScalef(0.8f, 0.8f, 1);
			pointer(7, 26);
			glTranslatef(0, 26, 0);
			glRotatef(20, 0, 0, 1);
			pointer(5, 16);
			glPopMatrix();
		}
		glPopMatrix();
	}
	/* after balanced pushes and pops the identity is back: a corner mark */
	glColor3f(1, 1, 1);
	glRectf(-78.2f, 46.3f, -64.1f, 58.2f);
}

SCENE(mx_load_mult, "glLoadMatrixf/glMultMatrixf/glLoadMatrixd/glMultMatrixd equal to glTranslate/glRotate/glScale")
{
	/* column-major: rotate 30 degrees about z, then scale (1.5, 0.8) */
	static const GLfloat rs[16] = {
		0.866025f * 1.5f, 0.5f * 1.5f, 0, 0,
		-0.5f * 0.8f, 0.866025f * 0.8f, 0, 0,
		0, 0, 1, 0,
		0, 0, 0, 1,
	};
	static const GLdouble tr[16] = {
		1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 40.3, 30.2, 0, 1,
	};
	GLfloat proj[16] = { 0 };

	glClear(GL_COLOR_BUFFER_BIT);
	/* the projection loaded by hand: glOrtho(0, 160, 0, 120, -1, 1) */
	proj[0] = 2.0f / 160; proj[5] = 2.0f / 120; proj[10] = -1;
	proj[12] = -1; proj[13] = -1; proj[15] = 1;
	glMatrixMode(GL_PROJECTION);
	glLoadMatrixf(proj);
	glMatrixMode(GL_MODELVIEW);
	/* left: matrices built by hand */
	glLoadMatrixd(tr);
	glMultMatrixf(rs);
	pointer(14, 40);
	glLoadIdentity();
	glTranslatef(40.3f, 80.2f, 0);
	glMultMatrixd(tr);	/* translate again, relative */
	glTranslatef(-40.3f, -30.2f, 0);
	glMultMatrixf(rs);
	pointer(10, 20);
	/* right: the same transform from glTranslate/glRotate/glScale */
	glLoadIdentity();
	glTranslatef(80, 0, 0);
	glTranslatef(40.3f, 30.2f, 0);
	glRotatef(30, 0, 0, 1);
	glScalef(1.5f, 0.8f, 1);
	pointer(14, 40);
	glLoadIdentity();
	glTranslatef(120.3f, 80.2f, 0);
	glRotatef(30, 0, 0, 1);
	glScalef(1.5f, 0.8f, 1);
	pointer(10, 20);
}

SCENE(mx_transpose, "glLoadTransposeMatrixf, glMultTransposeMatrixf and the double forms with a perspective projection")
{
	/* row-major frustum(-0.4, 0.4, -0.3, 0.3, 1, 30) */
	static const GLfloat fr[16] = {
		2.5f, 0, 0, 0,
		0, 1.0f / 0.3f, 0, 0,
		0, 0, -31.0f / 29, -60.0f / 29,
		0, 0, -1, 0,
	};
	/* row-major: translate (0, 0, -6) */
	static const GLdouble tz[16] = {
		1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, -6, 0, 0, 0, 1,
	};
	/* row-major: rotate 35 degrees about x */
	static const GLfloat rx[16] = {
		1, 0, 0, 0,
		0, 0.819152f, -0.573576f, 0,
		0, 0.573576f, 0.819152f, 0,
		0, 0, 0, 1,
	};
	/* row-major: rotate 25 degrees about y, translated by x = -1.3 */
	static const GLdouble ry[16] = {
		0.906308, 0, 0.422618, -1.3,
		0, 1, 0, 0,
		-0.422618, 0, 0.906308, 0,
		0, 0, 0, 1,
	};

	glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
	glEnable(GL_DEPTH_TEST);
	glMatrixMode(GL_PROJECTION);
	glLoadTransposeMatrixf(fr);
	glMatrixMode(GL_MODELVIEW);
	glLoadTransposeMatrixd(tz);
	glPushMatrix();
	glMultTransposeMatrixd(ry);
	glMultTransposeMatrixf(rx);
	cube(0.8f);
	glPopMatrix();
	/* the same cube through glTranslate/glRotate, mirrored in y */
	glTranslatef(1.3f, 0, 0);
	glRotatef(-25, 0, 1, 0);
	glRotatef(-35, 1, 0, 0);
	cube(0.8f);
}

SCENE(mx_rotate_axes, "glRotatef about x, y, z and an arbitrary (unnormalized) axis, glScalef with negative factors")
{
	static const float axis[6][3] = {
		{ 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, 1 }, { 1, 1, 0 }, { 2, -1, 3 }, { 0, 3, 4 },
	};
	int i;

	persp_setup();
	for (i = 0; i < 6; i++) {
		glLoadIdentity();
		glTranslatef(-1.75f + (i % 3) * 1.75f, i < 3 ? 0.9f : -0.9f, -7);
		glRotatef(35 + i * 8.0f, axis[i][0], axis[i][1], axis[i][2]);
		if (i == 5)
			glScalef(-1, 1, 1);	/* mirrored: the winding flips, drawing does not */
		glScalef(1, 0.7f + i * 0.08f, 1);
		cube(0.55f);
	}
}

SCENE(mx_ortho_frustum, "asymmetric glOrtho and asymmetric glFrustum on the same cubes, projection push/pop")
{
	int half, i;

	glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
	glEnable(GL_DEPTH_TEST);
	for (half = 0; half < 2; half++) {
		glViewport(half * 80, 0, 80, 120);
		glMatrixMode(GL_PROJECTION);
		glLoadIdentity();
		if (half)
			glFrustum(-0.25, 0.45, -0.5, 0.55, 1, 20);
		else
			glOrtho(-1.5, 2.1, -3.2, 2.6, 1, 20);
		glPushMatrix();
		glLoadIdentity();	/* replaced, then restored by the pop */
		glPopMatrix();
		glMatrixMode(GL_MODELVIEW);
		for (i = 0; i < 3; i++) {
			glLoadIdentity();
			glTranslatef(0.3f, 1.5f - i * 1.6f, -4 - i * 2.5f);
			glRotatef(30, 1, 0.5f, 0);
			cube(0.6f);
		}
	}
}

SCENE(mx_texture_matrix, "GL_TEXTURE matrix: translate, rotate, scale, push/pop; texture matrix ignored for GL_MODELVIEW calls")
{
	static const unsigned char a[4] = { 250, 250, 250, 255 }, b[4] = { 200, 40, 40, 255 };
	GLuint t;
	int i;

	glClear(GL_COLOR_BUFFER_BIT);
	glMatrixMode(GL_PROJECTION);
	glOrtho(-0.13, 160 - 0.13, -0.21, 120 - 0.21, -1, 1);
	glMatrixMode(GL_MODELVIEW);
	glGenTextures(1, &t);
	glBindTexture(GL_TEXTURE_2D, t);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
	scene_checker_texture(16, 16, 4, a, b);
	glEnable(GL_TEXTURE_2D);
	glColor3f(1, 1, 1);
	for (i = 0; i < 6; i++) {
		float x = 4 + (i % 3) * 52.0f, y = i < 3 ? 62.0f : 4.0f;

		glMatrixMode(GL_TEXTURE);
		glPushMatrix();
		switch (i) {
		case 0: break;
		case 1: glTranslatef(0.25f, 0.1f, 0); break;
		case 2: glRotatef(30, 0, 0, 1); break;
		case 3: glScalef(2.5f, 1.5f, 1); break;
		case 4: glTranslatef(0.5f, 0.5f, 0); glRotatef(-20, 0, 0, 1);
			glScalef(0.7f, 0.7f, 1); glTranslatef(-0.5f, -0.5f, 0); break;
		case 5: glLoadIdentity(); glScalef(-1, 2, 1); break;
		}
		glMatrixMode(GL_MODELVIEW);
		glBegin(GL_QUADS);
		glTexCoord2f(0, 0); glVertex2f(x, y);
		glTexCoord2f(1, 0); glVertex2f(x + 48, y);
		glTexCoord2f(1, 1); glVertex2f(x + 48, y + 54);
		glTexCoord2f(0, 1); glVertex2f(x, y + 54);
		glEnd();
		glMatrixMode(GL_TEXTURE);
		glPopMatrix();
	}
	glMatrixMode(GL_MODELVIEW);
	glDeleteTextures(1, &t);
}

SCENE(mx_viewport_sub, "glViewport sub-rectangles (including one partly off-window) drawing the same geometry")
{
	static const int vp[5][4] = {
		{ 4, 4, 72, 54 }, { 84, 4, 72, 54 }, { 4, 64, 40, 52 }, { 52, 64, 104, 52 },
		{ 120, -20, 60, 60 },
	};
	int i;

	glClearColor(0.2f, 0.2f, 0.2f, 1);
	glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
	glEnable(GL_DEPTH_TEST);
	glMatrixMode(GL_PROJECTION);
	glFrustum(-0.5, 0.5, -0.5, 0.5, 1, 10);
	glMatrixMode(GL_MODELVIEW);
	glTranslatef(0, 0, -3);
	glRotatef(30, 1, 1, 0);
	for (i = 0; i < 5; i++) {
		glViewport(vp[i][0], vp[i][1], vp[i][2], vp[i][3]);
		cube(0.7f);
	}
}

SCENE(mx_depth_range, "glDepthRange: halves of the range order interpenetrating shapes, a reversed range with GL_GREATER")
{
	glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
	glEnable(GL_DEPTH_TEST);
	glMatrixMode(GL_PROJECTION);
	glOrtho(-0.13, 160 - 0.13, -0.21, 120 - 0.21, -1, 1);
	glMatrixMode(GL_MODELVIEW);
	/* left: two tilted rectangles crossing each other; the second one
	 * gets the nearer half of the depth range and so is fully in front */
	glDepthRange(0.5, 1.0);
	glBegin(GL_TRIANGLE_STRIP);
	glColor3f(1, 0.3f, 0.3f);
	glVertex3f(6, 10, -0.9f); glVertex3f(70, 10, 0.9f);
	glVertex3f(6, 50, -0.9f); glVertex3f(70, 50, 0.9f);
	glEnd();
	glDepthRange(0.0, 0.5);
	glBegin(GL_TRIANGLE_STRIP);
	glColor3f(0.3f, 1, 0.3f);
	glVertex3f(20, 4, 0.9f); glVertex3f(56, 4, -0.9f);
	glVertex3f(20, 56, 0.9f); glVertex3f(56, 56, -0.9f);
	glEnd();
	/* right: the same two with the full range intersect */
	glDepthRange(0, 1);
	glTranslatef(80, 0, 0);
	glBegin(GL_TRIANGLE_STRIP);
	glColor3f(1, 0.3f, 0.3f);
	glVertex3f(6, 10, -0.9f); glVertex3f(70, 10, 0.9f);
	glVertex3f(6, 50, -0.9f); glVertex3f(70, 50, 0.9f);
	glEnd();
	glBegin(GL_TRIANGLE_STRIP);
	glColor3f(0.3f, 1, 0.3f);
	glVertex3f(20, 4, 0.7f); glVertex3f(56, 4, -0.7f);
	glVertex3f(20, 56, 0.7f); glVertex3f(56, 56, -0.7f);
	glEnd();
	/* top: a reversed range; with GL_GREATER the nearer (larger z in
	 * eye space) still wins */
	glLoadIdentity();
	glClearDepth(0);
	glEnable(GL_SCISSOR_TEST);
	glScissor(0, 62, 160, 58);
	glClear(GL_DEPTH_BUFFER_BIT);
	glDisable(GL_SCISSOR_TEST);
	glDepthRange(1, 0);
	glDepthFunc(GL_GREATER);
	/* z falls along x for the blue one and rises for the yellow one */
	glBegin(GL_TRIANGLES);
	glColor3f(0.3f, 0.5f, 1);
	glVertex3f(10, 66, 0.6f); glVertex3f(150, 70, -0.6f); glVertex3f(60, 116, 0.17f);
	glColor3f(1, 1, 0.3f);
	glVertex3f(10, 110, -0.6f); glVertex3f(150, 112, 0.6f); glVertex3f(100, 64, 0.17f);
	glEnd();
}
