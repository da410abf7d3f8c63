#include "../scene.h"

SCENE(clear_color, "glClearColor, glClear")
{
	glClearColor(0.25f, 0.5f, 0.75f, 1.0f);
	glClear(GL_COLOR_BUFFER_BIT);
}

SCENE(triangle_smooth, "glBegin(GL_TRIANGLES), smooth shading")
{
	glClear(GL_COLOR_BUFFER_BIT);
	glBegin(GL_TRIANGLES);
	glColor3f(1, 0, 0); glVertex2f(-0.9f, -0.9f);
	glColor3f(0, 1, 0); glVertex2f(0.9f, -0.8f);
	glColor3f(0, 0, 1); glVertex2f(0.1f, 0.9f);
	glEnd();
}
