/* Fog: linear, exp and exp2 on receding geometry. */
#include "../scene.h"

static void row(GLenum mode)
{
	static const GLfloat fc[4] = { 0.7f, 0.7f, 0.8f, 1 };
	int i;

	glClearColor(0.7f, 0.7f, 0.8f, 1);
	glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
	glEnable(GL_DEPTH_TEST);
	glMatrixMode(GL_PROJECTION);
	glFrustum(-1, 1, -0.75, 0.75, 1, 40);
	glMatrixMode(GL_MODELVIEW);
	glEnable(GL_FOG);
	glFogi(GL_FOG_MODE, (GLint)mode);
	glFogfv(GL_FOG_COLOR, fc);
	glFogf(GL_FOG_START, 2);
	glFogf(GL_FOG_END, 25);
	glFogf(GL_FOG_DENSITY, mode == GL_EXP ? 0.12f : 0.07f);
	glBegin(GL_QUADS);
	glColor3f(0.2f, 0.5f, 0.1f);
	glVertex3f(-6, -1, -1); glVertex3f(6, -1, -1);
	glVertex3f(6, -1, -40); glVertex3f(-6, -1, -40);
	glEnd();
	for (i = 0; i < 8; i++) {
		float z = -2.5f - i * 3.5f, x = (i & 1) ? 1.2f : -1.2f;

		glColor3f(0.9f, 0.2f + i * 0.08f, 0.1f);
		glBegin(GL_QUADS);
		glVertex3f(x - 0.5f, -1, z); glVertex3f(x + 0.5f, -1, z);
		glVertex3f(x + 0.5f, 1, z); glVertex3f(x - 0.5f, 1, z);
		glEnd();
	}
}

SCENE(fog_linear, "GL_LINEAR fog with start and end")
{
	row(GL_LINEAR);
}

SCENE(fog_exp, "GL_EXP fog with density")
{
	row(GL_EXP);
}

SCENE(fog_exp2, "GL_EXP2 fog with density")
{
	row(GL_EXP2);
}

SCENE(fog_textured, "linear fog over a modulated texture")
{
	static const unsigned char a[4] = { 255, 255, 255, 255 }, b[4] = { 80, 40, 20, 255 };
	GLuint t;

	glGenTextures(1, &t);
	glBindTexture(GL_TEXTURE_2D, t);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
	scene_checker_texture(16, 16, 2, a, b);
	row(GL_LINEAR);
	glEnable(GL_TEXTURE_2D);
	glColor3f(1, 1, 1);
	glBegin(GL_QUADS);
	glTexCoord2f(0, 0); glVertex3f(-3, 1.5f, -3);
	glTexCoord2f(4, 0); glVertex3f(3, 1.5f, -3);
	glTexCoord2f(4, 8); glVertex3f(3, 1.5f, -30);
	glTexCoord2f(0, 8); glVertex3f(-3, 1.5f, -30);
	glEnd();
}
