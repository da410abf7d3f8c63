/* Fog: GL_LINEAR with GL_FOG_START/GL_FOG_END, GL_EXP and GL_EXP2 with
 * GL_FOG_DENSITY, a fog colour, on a receding floor and a row of posts;
 * fog applied after texturing and lighting; fog state changed between
 * objects. */
#include "../scene.h"

static void fog_scene(GLenum mode, float density, float start, float end,
		      const GLfloat colour[4])
{
	int i;

	glClearColor(colour[0], colour[1], colour[2], 1);
	glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
	glEnable(GL_DEPTH_TEST);
	glMatrixMode(GL_PROJECTION);
	glFrustum(-0.5, 0.5, -0.375, 0.375, 1, 40);
	glMatrixMode(GL_MODELVIEW);
	glRotatef(8, 1, 0, 0);
	glEnable(GL_FOG);
	glFogi(GL_FOG_MODE, (GLint)mode);
	glFogfv(GL_FOG_COLOR, colour);
	glFogf(GL_FOG_DENSITY, density);
	glFogf(GL_FOG_START, start);
	glFogf(GL_FOG_END, end);
	/* a floor in strips, colour affine along each strip */
	for (i = 0; i < 10; i++) {
		float z0 = -1 - i * 3.5f, z1 = z0 - 3.5f;

		glBegin(GL_TRIANGLE_STRIP);
		glColor3f(0.2f, 0.6f, 0.2f); glVertex3f(-8, -1.5f, z0);
		glColor3f(0.6f, 0.5f, 0.1f); glVertex3f(8, -1.5f, z0);
		glColor3f(0.2f, 0.6f, 0.2f); glVertex3f(-8, -1.5f, z1);
		glColor3f(0.6f, 0.5f, 0.1f); glVertex3f(8, -1.5f, z1);
		glEnd();
	}
	/* two rows of posts going into the distance */
	for (i = 0; i < 9; i++) {
		float z = -3 - i * 3.8f;
		int side;

		for (side = -1; side <= 1; side += 2) {
			float x = side * 2.2f;

			glBegin(GL_TRIANGLE_STRIP);
			glColor3f(0.9f, 0.2f + 0.08f * i, 0.1f);
			glVertex3f(x - 0.35f, -1.5f, z); glVertex3f(x + 0.35f, -1.5f, z);
			glColor3f(1, 0.9f, 0.3f);
			glVertex3f(x - 0.35f, 1.2f, z); glVertex3f(x + 0.35f, 1.2f, z);
			glEnd();
		}
	}
}

SCENE(fg_linear, "glFog GL_LINEAR, start 3, end 30, bluish fog colour")
{
	static const GLfloat c[4] = { 0.6f, 0.65f, 0.8f, 1 };

	fog_scene(GL_LINEAR, 1, 3, 30, c);
}

SCENE(fg_exp, "glFog GL_EXP with density 0.09, warm fog colour")
{
	static const GLfloat c[4] = { 0.8f, 0.7f, 0.55f, 1 };

	fog_scene(GL_EXP, 0.09f, 0, 1, c);
}

SCENE(fg_exp2, "glFog GL_EXP2 with density 0.06, grey fog colour")
{
	static const GLfloat c[4] = { 0.5f, 0.5f, 0.5f, 1 };

	fog_scene(GL_EXP2, 0.06f, 0, 1, c);
}

SCENE(fg_linear_short, "GL_LINEAR fog with a short range (8 to 16) and black fog: near unfogged, far fully fogged")
{
	static const GLfloat c[4] = { 0, 0, 0, 1 };

	fog_scene(GL_LINEAR, 1, 8, 16, c);
}

SCENE(fg_textured_lit, "fog applied after texturing and lighting, and fog parameters changed between objects")
{
	static const GLfloat fc[4] = { 0.7f, 0.75f, 0.9f, 1 };
	static const GLfloat lpos[4] = { 1, 0.6f, 0.8f, 0 };
	static const unsigned char a[4] = { 250, 250, 250, 255 }, b[4] = { 70, 40, 30, 255 };
	GLuint t;
	int i;

	glClearColor(fc[0], fc[1], fc[2], 1);
	glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
	glEnable(GL_DEPTH_TEST);
	glMatrixMode(GL_PROJECTION);
	glFrustum(-0.5, 0.5, -0.375, 0.375, 1, 40);
	glMatrixMode(GL_MODELVIEW);
	glRotatef(12, 1, 0, 0);
	glTranslatef(0, -0.9f, 0);
	glEnable(GL_FOG);
	glFogfv(GL_FOG_COLOR, fc);
	glFogi(GL_FOG_MODE, GL_LINEAR);
	glFogf(GL_FOG_START, 2);
	glFogf(GL_FOG_END, 24);
	/* a textured floor (linear, clamped texture coordinates are affine) */
	glGenTextures(1, &t);
	glBindTexture(GL_TEXTURE_2D, t);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
	scene_checker_texture(16, 16, 8, a, b);
	glEnable(GL_TEXTURE_2D);
	glColor3f(1, 1, 1);
	glBegin(GL_TRIANGLE_STRIP);
	glTexCoord2f(0, 0); glVertex3f(-6, -1.2f, -1);
	glTexCoord2f(3, 0); glVertex3f(6, -1.2f, -1);
	glTexCoord2f(0, 12); glVertex3f(-6, -1.2f, -37);
	glTexCoord2f(3, 12); glVertex3f(6, -1.2f, -37);
	glEnd();
	glDisable(GL_TEXTURE_2D);
	/* lit cubes, each with a different fog end */
	glEnable(GL_LIGHTING);
	glEnable(GL_LIGHT0);
	glLightfv(GL_LIGHT0, GL_POSITION, lpos);
	glEnable(GL_COLOR_MATERIAL);
	for (i = 0; i < 5; i++) {
		static const float n[3][3] = { { 0, 0, 1 }, { 1, 0, 0 }, { 0, 1, 0 } };
		float x = -2.4f + i * 1.5f, z = -3.5f - i * 3.5f;

		glFogf(GL_FOG_END, 12 + i * 8.0f);
		glPushMatrix();
		glTranslatef(x, -0.45f, z);
		glRotatef(-35, 0, 1, 0);
		glScalef(1.5f, 1.5f, 1.5f);
		glColor3f(0.9f, 0.3f + i * 0.15f, 0.2f);
		/* the three visible faces of a unit cube */
		glBegin(GL_QUADS);
		glNormal3fv(n[0]);
		glVertex3f(-0.5f, -0.5f, 0.5f); glVertex3f(0.5f, -0.5f, 0.5f);
		glVertex3f(0.5f, 0.5f, 0.5f); glVertex3f(-0.5f, 0.5f, 0.5f);
		glNormal3fv(n[1]);
		glVertex3f(0.5f, -0.5f, 0.5f); glVertex3f(0.5f, -0.5f, -0.5f);
		glVertex3f(0.5f, 0.5f, -0.5f); glVertex3f(0.5f, 0.5f, 0.5f);
		glNormal3fv(n[2]);
		glVertex3f(-0.5f, 0.5f, 0.5f); glVertex3f(0.5f, 0.5f, 0.5f);
		glVertex3f(0.5f, 0.5f, -0.5f); glVertex3f(-0.5f, 0.5f, -0.5f);
		glEnd();
		glPopMatrix();
	}
	glDeleteTextures(1, &t);
}
