/* Feedback mode (GL 1.x section 5.3): the records of every buffer type,
 * clipping, polygon modes, lighting and texture coordinates, drawn back
 * as pixels by scene_draw_feedback. */
#include <stddef.h>
#include "../scene.h"

#define NFB 4096

static GLfloat buf[NFB];

/* Ends feedback and draws its records over a dark background. */
static void show(GLenum type, const GLfloat *fill)
{
	GLint n = glRenderMode(GL_RENDER);

	glClearColor(0.1f, 0.1f, 0.1f, 1);
	glClear(GL_COLOR_BUFFER_BIT);
	scene_draw_feedback(buf, n, type, fill);
	scene_result(0, n > 0);
	scene_result(1, glGetError() == GL_NO_ERROR);
}

/* A vertex at window (x, y) with clip w, so 4D feedback has a w. */
static void vtx(float x, float y, float z, float w)
{
	glVertex4f(x * w, y * w, z * w, w);
}

static int vertex_floats(GLenum type)
{
	return type == GL_2D ? 2 : type == GL_3D ? 3 : type == GL_3D_COLOR ? 7 :
	       type == GL_3D_COLOR_TEXTURE ? 11 : 12;
}

SCENE(fb_types, "glFeedbackBuffer of each type (GL_2D .. GL_4D_COLOR_TEXTURE): a triangle, a line, a point and a pass-through token give records with window coordinates, clip w, colours and texture coordinates, and glRenderMode returns their size")
{
	static const GLenum types[5] = { GL_2D, GL_3D, GL_3D_COLOR,
					 GL_3D_COLOR_TEXTURE, GL_4D_COLOR_TEXTURE };
	static GLfloat saved[5][256];
	GLint n[5];
	int t;

	scene_ortho();
	for (t = 0; t < 5; t++) {
		float y = 24 + t * 19;

		glFeedbackBuffer(256, types[t], saved[t]);
		glRenderMode(GL_FEEDBACK);
		glBegin(GL_TRIANGLES);
		glColor4f(1, 0, 0, 1);
		glTexCoord4f(0.1f, 0.9f, 0.5f, 1);
		vtx(10, y, 0.5f, 1);
		glColor4f(0, 1, 0, 0.5f);
		glTexCoord4f(0.9f, 0.1f, 0.2f, 2);
		vtx(60, y + 2, -0.25f, 2);
		glColor4f(0, 0, 1, 1);
		glTexCoord4f(0.5f, 0.5f, 0.8f, 3);
		vtx(30, y + 15, 0, 3);
		glEnd();
		glBegin(GL_LINES);
		glColor3f(1, 1, 0);
		glTexCoord2f(0.3f, 0.6f);
		vtx(75, y + 2, 0.8f, 1);
		glColor3f(0, 1, 1);
		vtx(110, y + 14, -0.8f, 2);
		glEnd();
		glPassThrough((GLfloat)t);
		glBegin(GL_POINTS);
		glColor3f(1, 0, 1);
		glTexCoord4f(0.7f, 0.2f, 0.4f, 2);
		vtx(130, y + 8, 0.3f, 2);
		glEnd();
		n[t] = glRenderMode(GL_RENDER);
	}
	glClearColor(0.1f, 0.1f, 0.1f, 1);
	glClear(GL_COLOR_BUFFER_BIT);
	for (t = 0; t < 5; t++) {
		int vf = vertex_floats(types[t]);

		scene_draw_feedback(saved[t], n[t], types[t], NULL);
		scene_result(t, n[t] == 2 + 3 * vf + 1 + 2 * vf + 2 + 1 + vf);
	}
	scene_result(5, glGetError() == GL_NO_ERROR);
}

SCENE(fb_clip, "feedback under a perspective frustum: triangles cut by the near and side planes and by a user clip plane, lines and points partly outside, one triangle wholly outside; clipped vertices carry interpolated depth, w and texture coordinates")
{
	static const GLfloat gray[4] = { 0.5f, 0.5f, 0.5f, 1 };
	static const GLdouble plane[4] = { -1, 0, 0, 0.6 };

	glMatrixMode(GL_PROJECTION);
	glLoadIdentity();
	glFrustum(-1, 1, -0.75, 0.75, 1, 10);
	glMatrixMode(GL_MODELVIEW);
	glLoadIdentity();
	glFeedbackBuffer(NFB, GL_4D_COLOR_TEXTURE, buf);
	glRenderMode(GL_FEEDBACK);
	glBegin(GL_TRIANGLES);
	/* through the near plane */
	glColor3f(1, 0, 0);
	glTexCoord4f(0, 0, 0, 1);
	glVertex3f(-1.5f, -1, -3);
	glColor3f(0, 1, 0);
	glTexCoord4f(1, 0, 0.5f, 1);
	glVertex3f(-0.5f, -0.6f, 0.5f);
	glColor3f(0, 0, 1);
	glTexCoord4f(0, 1, 1, 1);
	glVertex3f(-1.2f, 0.5f, -2.5f);
	/* across the right and top edges */
	glColor3f(1, 1, 0);
	glTexCoord4f(0.2f, 0.2f, 0.2f, 1);
	glVertex3f(0.5f, 0.2f, -2);
	glTexCoord4f(0.8f, 0.2f, 0.6f, 2);
	glVertex3f(3, 0.5f, -2);
	glTexCoord4f(0.5f, 0.9f, 0.9f, 3);
	glVertex3f(1, 2.5f, -2);
	/* wholly outside: nothing */
	glVertex3f(5, 5, -2);
	glVertex3f(6, 5, -2);
	glVertex3f(5, 6, -2);
	glEnd();
	glBegin(GL_LINE_STRIP);
	glColor3f(0, 1, 1);
	glTexCoord4f(0, 0.5f, 1, 1);
	glVertex3f(-3, -1.2f, -2.5f);
	glTexCoord4f(1, 0.5f, 0, 1);
	glVertex3f(0, -1, -4);
	glVertex3f(0.3f, -0.4f, 0.5f);
	glEnd();
	glBegin(GL_POINTS);
	glVertex3f(0.2f, 0.5f, -3);
	glVertex3f(4, 0, -3);
	glVertex3f(0, 0, 1);
	glEnd();
	/* a user plane keeps x <= 0.6 in eye space */
	glClipPlane(GL_CLIP_PLANE0, plane);
	glEnable(GL_CLIP_PLANE0);
	glBegin(GL_TRIANGLES);
	glColor3f(1, 0.5f, 0);
	glTexCoord4f(0.3f, 0.3f, 0.3f, 1);
	glVertex3f(0, -0.9f, -3);
	glTexCoord4f(0.9f, 0.3f, 0.6f, 1);
	glVertex3f(1.4f, -0.9f, -3);
	glTexCoord4f(0.6f, 0.9f, 0.9f, 1);
	glVertex3f(0.7f, -0.1f, -3);
	glEnd();
	glBegin(GL_LINES);
	glVertex3f(0, 0.8f, -3);
	glVertex3f(1.5f, 1, -3);
	glEnd();
	glDisable(GL_CLIP_PLANE0);
	show(GL_4D_COLOR_TEXTURE, gray);
}

SCENE(fb_poly_modes, "feedback of polygon modes: front faces as GL_LINE edges, back faces as GL_POINT vertices, culled faces left out, filled quads and a polygon reported with smooth colours")
{
	scene_ortho();
	glFeedbackBuffer(NFB, GL_3D_COLOR, buf);
	glRenderMode(GL_FEEDBACK);
	glPolygonMode(GL_FRONT, GL_LINE);
	glPolygonMode(GL_BACK, GL_POINT);
	glBegin(GL_TRIANGLES);
	glColor3f(1, 0, 0); glVertex2f(10, 30);	/* front */
	glColor3f(0, 1, 0); glVertex2f(50, 30);
	glColor3f(0, 0, 1); glVertex2f(30, 60);
	glColor3f(1, 1, 0); glVertex2f(60, 30);	/* back */
	glColor3f(0, 1, 1); glVertex2f(80, 60);
	glColor3f(1, 0, 1); glVertex2f(100, 30);
	glEnd();
	glBegin(GL_QUADS);		/* front, four edges */
	glColor3f(1, 1, 1); glVertex2f(110, 30);
	glColor3f(1, 0.5f, 0); glVertex2f(150, 30);
	glColor3f(0.5f, 1, 0); glVertex2f(150, 60);
	glColor3f(0, 0.5f, 1); glVertex2f(110, 60);
	glEnd();
	glEnable(GL_CULL_FACE);
	glCullFace(GL_FRONT);
	glBegin(GL_TRIANGLES);		/* culled front face */
	glVertex2f(10, 70); glVertex2f(50, 70); glVertex2f(30, 100);
	glColor3f(1, 1, 1);		/* back face, kept */
	glVertex2f(60, 70); glVertex2f(80, 100); glVertex2f(100, 70);
	glEnd();
	glDisable(GL_CULL_FACE);
	glPolygonMode(GL_FRONT_AND_BACK, GL_FILL);
	/* colours linear in x and y, however the polygon is cut */
	glBegin(GL_QUADS);
	glColor3f(0.7f, 0.2f, 0); glVertex2f(105, 70);
	glColor3f(1, 0.2f, 0); glVertex2f(125, 70);
	glColor3f(1, 0.5f, 0); glVertex2f(125, 90);
	glColor3f(0.7f, 0.5f, 0); glVertex2f(105, 90);
	glEnd();
	glBegin(GL_POLYGON);
	glColor3f(0, 0.2f, 0.2f); glVertex2f(130, 70);
	glColor3f(0, 0.5f, 0.2f); glVertex2f(150, 70);
	glColor3f(0, 0.65f, 0.5f); glVertex2f(160, 80);
	glColor3f(0, 0.5f, 0.8f); glVertex2f(150, 90);
	glColor3f(0, 0.2f, 0.8f); glVertex2f(130, 90);
	glEnd();
	show(GL_3D_COLOR, NULL);
}

SCENE(fb_light_tex, "feedback with lighting (two lights, two-sided, specular) reports lit and clamped front and back colours; with texgen and a texture matrix, generated and transformed texture coordinates")
{
	static const GLfloat pos0[4] = { 0.3f, 0.5f, 1, 0 };
	static const GLfloat pos1[4] = { 100, 40, 30, 1 };
	static const GLfloat red[4] = { 1, 0.2f, 0.1f, 1 };
	static const GLfloat spec[4] = { 0.6f, 0.6f, 0.6f, 1 };
	static const GLfloat back[4] = { 0.1f, 0.3f, 1, 0.5f };
	static const GLfloat splane[4] = { 1.0f / SCENE_W, 0, 0, 0 };
	static const GLfloat tplane[4] = { 0, 1.0f / SCENE_H, 0, 0.1f };
	static const GLubyte white[4] = { 255, 255, 255, 255 };
	static GLfloat lit[NFB];
	GLint n, m;

	scene_ortho();
	glFeedbackBuffer(NFB, GL_3D_COLOR, lit);
	glRenderMode(GL_FEEDBACK);
	glEnable(GL_LIGHTING);
	glEnable(GL_LIGHT0);
	glEnable(GL_LIGHT1);
	glLightfv(GL_LIGHT0, GL_POSITION, pos0);
	glLightfv(GL_LIGHT1, GL_POSITION, pos1);
	glLightfv(GL_LIGHT1, GL_SPECULAR, spec);
	glLightModeli(GL_LIGHT_MODEL_TWO_SIDE, 1);
	glMaterialfv(GL_FRONT, GL_AMBIENT_AND_DIFFUSE, red);
	glMaterialfv(GL_FRONT, GL_SPECULAR, spec);
	glMaterialf(GL_FRONT, GL_SHININESS, 20);
	glMaterialfv(GL_BACK, GL_AMBIENT_AND_DIFFUSE, back);
	glBegin(GL_TRIANGLES);
	glNormal3f(0, 0, 1); glVertex2f(10, 30);
	glNormal3f(0.6f, 0, 0.8f); glVertex2f(70, 30);
	glNormal3f(0, 0.6f, 0.8f); glVertex2f(40, 70);
	glNormal3f(0, 0, 1); glVertex2f(80, 30);	/* back face */
	glNormal3f(-0.6f, 0, 0.8f); glVertex2f(110, 70);
	glNormal3f(0, -0.6f, 0.8f); glVertex2f(140, 30);
	glEnd();
	glDisable(GL_LIGHTING);
	n = glRenderMode(GL_RENDER);

	/* texture coordinates are generated and transformed (unit 0) */
	glFeedbackBuffer(NFB, GL_3D_COLOR_TEXTURE, buf);
	glBindTexture(GL_TEXTURE_2D, 1);
	glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, 1, 1, 0, GL_RGBA,
		     GL_UNSIGNED_BYTE, white);
	glEnable(GL_TEXTURE_2D);
	glTexGeni(GL_S, GL_TEXTURE_GEN_MODE, GL_OBJECT_LINEAR);
	glTexGenfv(GL_S, GL_OBJECT_PLANE, splane);
	glTexGeni(GL_T, GL_TEXTURE_GEN_MODE, GL_EYE_LINEAR);
	glTexGenfv(GL_T, GL_EYE_PLANE, tplane);
	glEnable(GL_TEXTURE_GEN_S);
	glEnable(GL_TEXTURE_GEN_T);
	glMatrixMode(GL_TEXTURE);
	glTranslatef(0, 0, 0.25f);
	glScalef(1, 0.8f, 1);
	glMatrixMode(GL_MODELVIEW);
	glRenderMode(GL_FEEDBACK);
	glColor3f(1, 1, 1);
	glBegin(GL_TRIANGLES);
	glTexCoord4f(0, 0, 0.2f, 1); glVertex2f(20, 80);
	glTexCoord4f(0, 0, 0.4f, 1); glVertex2f(70, 85);
	glTexCoord4f(0, 0, 0.6f, 2); glVertex2f(40, 110);
	glEnd();
	glDisable(GL_TEXTURE_GEN_S);
	glDisable(GL_TEXTURE_GEN_T);
	glBegin(GL_POINTS);		/* the matrix alone */
	glTexCoord4f(0.5f, 0.5f, 0.1f, 1);
	glVertex2f(100, 95);
	glEnd();
	m = glRenderMode(GL_RENDER);
	glDisable(GL_TEXTURE_2D);
	glMatrixMode(GL_TEXTURE);
	glLoadIdentity();
	glMatrixMode(GL_MODELVIEW);

	glClearColor(0.1f, 0.1f, 0.1f, 1);
	glClear(GL_COLOR_BUFFER_BIT);
	scene_draw_feedback(lit, n, GL_3D_COLOR, NULL);
	scene_draw_feedback(buf, m, GL_3D_COLOR_TEXTURE, NULL);
	scene_result(0, n == 2 * (2 + 3 * 7));
	scene_result(1, m == 2 + 3 * 11 + 1 + 11);
	scene_result(2, glGetError() == GL_NO_ERROR);
}
