/* Evaluators (GL 1.5 section 5.1): Bezier curves and patches through
 * glMap1/glMap2, glMapGrid, glEvalCoord, glEvalPoint and glEvalMesh, with
 * evaluated colours, texture coordinates and normals (given by a map or
 * computed with GL_AUTO_NORMAL), rational patches, evaluators compiled
 * into display lists, and the map, grid and error queries. */
#include <math.h>
#include "../scene.h"

/* Window pixels, shifted a little so that edges and points through
 * integer coordinates do not run exactly through pixel centres. */
static void pixel_ortho(void)
{
	glMatrixMode(GL_PROJECTION);
	glLoadIdentity();
	glOrtho(-0.13, SCENE_W - 0.13, -0.21, SCENE_H - 0.21, -100, 100);
	glMatrixMode(GL_MODELVIEW);
	glLoadIdentity();
}

static void light_setup(void)
{
	GLfloat pos[4] = { -0.4f, 0.5f, 1, 0 };
	GLfloat spec[4] = { 0.6f, 0.6f, 0.6f, 1 };

	glEnable(GL_LIGHTING);
	glEnable(GL_LIGHT0);
	glLightfv(GL_LIGHT0, GL_POSITION, pos);
	glMaterialfv(GL_FRONT_AND_BACK, GL_SPECULAR, spec);
	glMaterialf(GL_FRONT_AND_BACK, GL_SHININESS, 20);
}

/* A cubic curve in pixels, and the colours along it. */
static const GLfloat curve[4][3] = {
	{ 10, 0, 0 }, { 45, 34, 0 }, { 95, -24, 0 }, { 140, 12, 0 },
};
static const GLfloat curve_colors[2][4] = {
	{ 1, 0.2f, 0.2f, 1 }, { 0.2f, 0.4f, 1, 1 },
};

SCENE(ev_curve, "glMap1f VERTEX_3 and COLOR_4: glEvalMesh1(GL_LINE), glEvalCoord1f in a line strip and in a filled fan; evaluation leaves the current colour alone")
{
	GLfloat cur[4];
	int i;

	pixel_ortho();
	glClearColor(0.1f, 0.1f, 0.15f, 1);
	glClear(GL_COLOR_BUFFER_BIT);
	glMap1f(GL_MAP1_VERTEX_3, 0, 1, 3, 4, &curve[0][0]);
	glMap1f(GL_MAP1_COLOR_4, 0, 1, 4, 2, &curve_colors[0][0]);
	glEnable(GL_MAP1_VERTEX_3);
	glEnable(GL_MAP1_COLOR_4);
	glLineWidth(3);
	/* four components: Mesa loses a three-component current colour
	 * when an evaluated colour first widens the attribute */
	glColor4f(1, 1, 0, 1);

	/* top: the grid through glEvalMesh1, coloured by the map */
	glTranslatef(0, 95, 0);
	glMapGrid1f(30, 0, 1);
	glEvalMesh1(GL_LINE, 0, 30);

	/* middle: glEvalCoord1f by hand, over a domain of [2, 4], in the
	 * current colour with the colour map off */
	glDisable(GL_MAP1_COLOR_4);
	glMap1f(GL_MAP1_VERTEX_3, 2, 4, 3, 4, &curve[0][0]);
	glTranslatef(0, -35, 0);
	glBegin(GL_LINE_STRIP);
	for (i = 0; i <= 24; i++)
		glEvalCoord1f(2 + i / 12.0f);
	glEnd();

	/* bottom: a fan from a plain vertex to evaluated ones, coloured */
	glMap1f(GL_MAP1_COLOR_4, 2, 4, 4, 2, &curve_colors[0][0]);
	glEnable(GL_MAP1_COLOR_4);
	glTranslatef(0, -40, 0);
	glBegin(GL_TRIANGLE_FAN);
	glVertex2f(75, -20);
	for (i = 0; i <= 24; i++)
		glEvalCoord1f(2 + i / 12.0f);
	glEnd();

	/* still yellow: evaluated colours are for their vertex only */
	glGetFloatv(GL_CURRENT_COLOR, cur);
	glLoadIdentity();
	glColor4fv(cur);
	glRectf(145, 5, 155, 25);
}

/* A bicubic bump: z rises towards the middle, the corners warp. */
static void bump_points(GLfloat p[4][4][3], float s)
{
	int i, j;

	for (i = 0; i < 4; i++)
		for (j = 0; j < 4; j++) {
			p[i][j][0] = s * (-1.5f + i);
			p[i][j][1] = s * (-1.5f + j);
			p[i][j][2] = (i == 1 || i == 2) && (j == 1 || j == 2) ?
				     2 * s : -0.5f * s * ((i + j) & 1);
		}
}

SCENE(ev_patch_lit, "glMap2f VERTEX_3 patches lit: GL_AUTO_NORMAL (winning over an enabled MAP2_NORMAL) and normals from a MAP2_NORMAL map")
{
	GLfloat p[4][4][3];
	/* a normal map tilting from left to right */
	static const GLfloat normals[2][2][3] = {
		{ { -0.6f, 0, 0.8f }, { -0.6f, 0, 0.8f } },
		{ { 0.6f, 0, 0.8f }, { 0.6f, 0, 0.8f } },
	};
	static const GLfloat bogus[2][2][3] = {
		{ { 0, 0, -1 }, { 0, 0, -1 } }, { { 0, 0, -1 }, { 0, 0, -1 } },
	};

	glMatrixMode(GL_PROJECTION);
	glOrtho(-1.6, 1.6, -1.2, 1.2, -5, 5);
	glMatrixMode(GL_MODELVIEW);
	glClearColor(0.1f, 0.1f, 0.1f, 1);
	glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
	glEnable(GL_DEPTH_TEST);
	light_setup();
	bump_points(p, 0.42f);
	/* u along x, v along y: the analytic normal du x dv faces us */
	glMap2f(GL_MAP2_VERTEX_3, 0, 1, 12, 4, 0, 1, 3, 4, &p[0][0][0]);
	glEnable(GL_MAP2_VERTEX_3);
	glMapGrid2f(16, 0, 1, 16, 0, 1);

	/* left: analytic normals; the normal map is enabled and loses */
	glMap2f(GL_MAP2_NORMAL, 0, 1, 6, 2, 0, 1, 3, 2, &bogus[0][0][0]);
	glEnable(GL_MAP2_NORMAL);
	glEnable(GL_AUTO_NORMAL);
	glPushMatrix();
	glTranslatef(-0.78f, 0, 0);
	glRotatef(-35, 1, 0, 0);
	glRotatef(20, 0, 1, 0);
	glEvalMesh2(GL_FILL, 0, 16, 0, 16);
	glPopMatrix();

	/* right: normals from the map alone */
	glDisable(GL_AUTO_NORMAL);
	glMap2f(GL_MAP2_NORMAL, 0, 1, 6, 2, 0, 1, 3, 2, &normals[0][0][0]);
	glPushMatrix();
	glTranslatef(0.8f, 0, 0);
	glRotatef(-35, 1, 0, 0);
	glEvalMesh2(GL_FILL, 0, 16, 0, 16);
	glPopMatrix();
}

SCENE(ev_patch_color_tex, "glMap2f COLOR_4 and TEXTURE_COORD_2 over a curved VERTEX_3 patch, textured and modulated; a partial mesh with glEvalMesh2 sub-ranges")
{
	static const unsigned char a[4] = { 255, 255, 255, 255 };
	static const unsigned char b[4] = { 60, 60, 60, 255 };
	static const GLfloat colors[2][2][4] = {
		{ { 1, 0.3f, 0.3f, 1 }, { 0.3f, 1, 0.3f, 1 } },
		{ { 0.3f, 0.3f, 1, 1 }, { 1, 1, 0.3f, 1 } },
	};
	static const GLfloat tex[2][2][2] = {
		{ { 0, 0 }, { 0, 2 } }, { { 1.5f, 0 }, { 1.5f, 2 } },
	};
	GLfloat p[3][3][3];
	GLuint t;
	int i, j;

	pixel_ortho();
	glClearColor(0, 0, 0, 1);
	glClear(GL_COLOR_BUFFER_BIT);
	glGenTextures(1, &t);
	glBindTexture(GL_TEXTURE_2D, t);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
	scene_checker_texture(16, 16, 2, a, b);
	glEnable(GL_TEXTURE_2D);
	/* a quadratic patch whose edges bow */
	for (i = 0; i < 3; i++)
		for (j = 0; j < 3; j++) {
			p[i][j][0] = 8 + 34.0f * i + (j == 1 ? 12 : 0);
			p[i][j][1] = 10 + 48.0f * j + (i == 1 ? -12 : 0);
			p[i][j][2] = 0;
		}
	glMap2f(GL_MAP2_VERTEX_3, 0, 1, 9, 3, 0, 1, 3, 3, &p[0][0][0]);
	glMap2f(GL_MAP2_COLOR_4, 0, 1, 8, 2, 0, 1, 4, 2, &colors[0][0][0]);
	glMap2f(GL_MAP2_TEXTURE_COORD_2, 0, 1, 4, 2, 0, 1, 2, 2,
		&tex[0][0][0]);
	glEnable(GL_MAP2_VERTEX_3);
	glEnable(GL_MAP2_COLOR_4);
	glEnable(GL_MAP2_TEXTURE_COORD_2);
	glMapGrid2d(12, 0.0, 1.0, 12, 0.0, 1.0);
	glEvalMesh2(GL_FILL, 0, 12, 0, 12);

	/* right: the same maps over a grid of a wider domain, drawn in
	 * parts: the middle of it is left out */
	glTranslatef(84, 0, 0);
	glMapGrid2f(20, -0.25f, 1.25f, 10, 0, 1);
	glEvalMesh2(GL_FILL, 5, 15, 0, 4);
	glEvalMesh2(GL_FILL, 5, 15, 6, 10);
}

SCENE(ev_mesh2_point_line, "glEvalMesh2 GL_POINT with point size 3 and colours from a map; glEvalMesh2 GL_LINE of a curved patch; glEvalPoint2")
{
	static const GLfloat flat[2][2][3] = {
		{ { 10.5f, 10.5f, 0 }, { 10.5f, 90.5f, 0 } },
		{ { 70.5f, 10.5f, 0 }, { 70.5f, 90.5f, 0 } },
	};
	static const GLfloat colors[2][2][4] = {
		{ { 1, 0, 0, 1 }, { 0, 1, 0, 1 } },
		{ { 0, 0, 1, 1 }, { 1, 1, 1, 1 } },
	};
	GLfloat p[3][3][3];
	int i, j;

	pixel_ortho();
	glClearColor(0.05f, 0.05f, 0.1f, 1);
	glClear(GL_COLOR_BUFFER_BIT);
	glPointSize(3);
	glMap2f(GL_MAP2_VERTEX_3, 0, 1, 6, 2, 0, 1, 3, 2, &flat[0][0][0]);
	glMap2f(GL_MAP2_COLOR_4, 0, 1, 8, 2, 0, 1, 4, 2, &colors[0][0][0]);
	glEnable(GL_MAP2_VERTEX_3);
	glEnable(GL_MAP2_COLOR_4);
	/* left: a 11 x 9 lattice of dots 6 and 10 pixels apart */
	glMapGrid2f(10, 0, 1, 8, 0, 1);
	glEvalMesh2(GL_POINT, 0, 10, 0, 8);
	/* and a row of bigger dots above it from glEvalPoint2 */
	glPointSize(5);
	glTranslatef(0, 18, 0);
	glBegin(GL_POINTS);
	for (i = 0; i <= 10; i += 2)
		glEvalPoint2(i, 8);
	glEnd();

	/* right: a bowed patch as a wire mesh, in white */
	glLoadIdentity();
	glDisable(GL_MAP2_COLOR_4);
	glColor3f(0.9f, 0.9f, 0.9f);
	glLineWidth(2);
	for (i = 0; i < 3; i++)
		for (j = 0; j < 3; j++) {
			p[i][j][0] = 88 + 30.0f * i + (j == 1 ? 10 : 0);
			p[i][j][1] = 12 + 45.0f * j + (i == 1 ? 12 : 0);
			p[i][j][2] = 0;
		}
	glMap2f(GL_MAP2_VERTEX_3, 0, 1, 9, 3, 0, 1, 3, 3, &p[0][0][0]);
	glMapGrid2f(6, 0, 1, 8, 0, 1);
	glEvalMesh2(GL_LINE, 0, 6, 0, 8);
}

SCENE(ev_rational, "glMap2f VERTEX_4: rational quadratic patches making an exact half cylinder, lit with GL_AUTO_NORMAL, and a rational patch with a colour map")
{
	/* a quarter circle as a rational quadratic: weights 1, 1/sqrt(2), 1;
	 * control points are given premultiplied by their weight */
	const float w = 0.70710678f;
	static const GLfloat colors[2][2][4] = {
		{ { 1, 0.2f, 0.2f, 1 }, { 1, 1, 0.2f, 1 } },
		{ { 0.2f, 0.3f, 1, 1 }, { 0.2f, 1, 1, 1 } },
	};
	GLfloat q[3][2][4], r[2][2][4];
	int i, j, k, c;

	glMatrixMode(GL_PROJECTION);
	glOrtho(-1.6, 1.6, -1.2, 1.2, -5, 5);
	glMatrixMode(GL_MODELVIEW);
	glClearColor(0.1f, 0.1f, 0.1f, 1);
	glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
	glEnable(GL_DEPTH_TEST);
	light_setup();
	glEnable(GL_MAP2_VERTEX_4);
	glEnable(GL_AUTO_NORMAL);
	glMapGrid2f(12, 0, 1, 4, 0, 1);
	glPushMatrix();
	glTranslatef(-0.65f, 0.1f, 0);
	glRotatef(25, 1, 0, 0);
	glRotatef(-30, 0, 1, 0);
	for (k = 0; k < 2; k++) {
		/* quarter k of the arc of radius 0.6 from +x over +z to -x;
		 * v runs down so that the analytic normals point outwards */
		const float x0 = k ? 0 : 0.6f, z0 = k ? 0.6f : 0;
		const float x1 = k ? -0.6f : 0.6f, x2 = k ? -0.6f : 0;
		const float z2 = k ? 0 : 0.6f;

		for (j = 0; j < 2; j++) {
			float y = j ? -0.8f : 0.8f;
			const GLfloat arc[3][4] = {
				{ x0, y, z0, 1 },
				{ x1 * w, y * w, 0.6f * w, w },
				{ x2, y, z2, 1 },
			};

			for (i = 0; i < 3; i++)
				for (c = 0; c < 4; c++)
					q[i][j][c] = arc[i][c];
		}
		glMap2f(GL_MAP2_VERTEX_4, 0, 1, 8, 3, 0, 1, 4, 2,
			&q[0][0][0]);
		glEvalMesh2(GL_FILL, 0, 12, 0, 4);
	}
	glPopMatrix();

	/* right: unlit, a flat patch whose corners carry weights 1 and 3:
	 * the colours are spread as the weights pull the grid */
	glDisable(GL_LIGHTING);
	glDisable(GL_AUTO_NORMAL);
	for (i = 0; i < 2; i++)
		for (j = 0; j < 2; j++) {
			float ww = (i + j) == 1 ? 3.0f : 1.0f;

			r[i][j][0] = ww * (0.35f + 1.0f * i);
			r[i][j][1] = ww * (-0.9f + 1.6f * j);
			r[i][j][2] = 0;
			r[i][j][3] = ww;
		}
	glMap2f(GL_MAP2_VERTEX_4, 0, 1, 8, 2, 0, 1, 4, 2, &r[0][0][0]);
	glMap2f(GL_MAP2_COLOR_4, 0, 1, 8, 2, 0, 1, 4, 2, &colors[0][0][0]);
	glEnable(GL_MAP2_COLOR_4);
	glMapGrid2f(10, 0, 1, 10, 0, 1);
	glEvalMesh2(GL_FILL, 0, 10, 0, 10);
}

SCENE(ev_display_list, "evaluators in display lists: glMap2f, glMapGrid2f, glEvalMesh2 and glEnable compiled (the list keeps its own control points), glMap1f with glEvalCoord1f and glEvalPoint1 under GL_COMPILE_AND_EXECUTE")
{
	GLfloat p[3][3][3], c1[3][3];
	static const GLfloat colors[2][2][4] = {
		{ { 1, 0.5f, 0, 1 }, { 1, 1, 0, 1 } },
		{ { 0.5f, 0, 1, 1 }, { 0, 1, 0.5f, 1 } },
	};
	GLuint l;
	int i, j;

	pixel_ortho();
	glClearColor(0.1f, 0.1f, 0.15f, 1);
	glClear(GL_COLOR_BUFFER_BIT);
	l = glGenLists(2);
	for (i = 0; i < 3; i++)
		for (j = 0; j < 3; j++) {
			p[i][j][0] = 15.0f * i + (j == 1 ? 6 : 0);
			p[i][j][1] = 15.0f * j + (i == 1 ? 6 : 0);
			p[i][j][2] = 0;
		}
	glNewList(l, GL_COMPILE);
	glMap2f(GL_MAP2_VERTEX_3, 0, 1, 9, 3, 0, 1, 3, 3, &p[0][0][0]);
	glMap2f(GL_MAP2_COLOR_4, 0, 1, 8, 2, 0, 1, 4, 2, &colors[0][0][0]);
	glEnable(GL_MAP2_VERTEX_3);
	glEnable(GL_MAP2_COLOR_4);
	glMapGrid2f(8, 0, 1, 8, 0, 1);
	glEvalMesh2(GL_FILL, 0, 8, 0, 8);
	glEndList();
	/* compiling drew and enabled nothing, and the list owns its copy */
	for (i = 0; i < 3; i++)
		for (j = 0; j < 3; j++)
			p[i][j][0] = p[i][j][1] = 0;
	glMap2f(GL_MAP2_VERTEX_3, 0, 1, 9, 3, 0, 1, 3, 3, &p[0][0][0]);
	glEvalMesh2(GL_FILL, 0, 8, 0, 8);
	for (i = 0; i < 4; i++) {
		glLoadIdentity();
		glTranslatef(8 + 38.0f * i, 68, 0);
		glRotatef(i * 8.0f, 0, 0, 1);
		glCallList(l);
	}

	/* a curve compiled and drawn at once, then called twice more */
	glLoadIdentity();
	glTranslatef(5, 8, 0);
	for (i = 0; i < 3; i++) {
		c1[i][0] = 30.0f * i;
		c1[i][1] = i == 1 ? 40 : 0;
		c1[i][2] = 0;
	}
	glColor3f(0.9f, 0.9f, 0.3f);
	glNewList(l + 1, GL_COMPILE_AND_EXECUTE);
	glMap1f(GL_MAP1_VERTEX_3, 0, 1, 3, 3, &c1[0][0]);
	glEnable(GL_MAP1_VERTEX_3);
	glMapGrid1f(10, 0, 1);
	glBegin(GL_TRIANGLE_FAN);
	glVertex2f(15, 0);
	for (i = 0; i <= 10; i++)
		glEvalPoint1(i);
	glEnd();
	glColor3f(0.1f, 0.1f, 0.1f);
	glLineWidth(2);
	glBegin(GL_LINE_STRIP);
	glEvalCoord1f(0);
	glEvalCoord1f(0.5f);
	glEvalCoord1f(1);
	glEnd();
	glEndList();
	/* the curve is gone from the context, not from the list */
	glDisable(GL_MAP1_VERTEX_3);
	glMap1f(GL_MAP1_VERTEX_3, 0, 1, 3, 2, &c1[1][0]);
	glLoadIdentity();
	glTranslatef(70, 8, 0);
	glColor3f(0.3f, 0.8f, 1);
	glCallList(l + 1);
	glLoadIdentity();
	glTranslatef(40, 58, 0);
	glScalef(1, -1, 1);
	glColor3f(1, 0.4f, 0.6f);
	glCallList(l + 1);
	glDeleteLists(l, 2);
}

static int n_check;

static void check(int ok)
{
	scene_result(n_check++, ok);
}

SCENE(ev_queries, "glGetMapfv/dv/iv GL_COEFF, GL_ORDER and GL_DOMAIN, initial maps, grid queries, map enables, GL_EVAL_BIT, current values after evaluation, and the glMap, glMapGrid and glEvalMesh errors")
{
	static const GLfloat pts[2][3][5] = {
		{ { 1, 2, 3, 9, 9 }, { 4, 5, 6, 9, 9 }, { 7, 8, 9, 9, 9 } },
		{ { 10, 11, 12, 9, 9 }, { 13, 14, 15, 9, 9 },
		  { 16, 17, 18, 9, 9 } },
	};
	static const GLdouble dpts[2][4] = { { 0.5, 1, 2, 1 }, { 3, 4, 5, 1 } };
	GLfloat f[32], cur[4];
	GLdouble d[8];
	GLint v[8], maxorder = 0;
	int i, ok;

	n_check = 0;
	glClearColor(0, 0, 0, 1);
	glClear(GL_COLOR_BUFFER_BIT);

	/* initial maps: order 1, domain [0, 1], the attribute's default */
	glGetMapiv(GL_MAP1_COLOR_4, GL_ORDER, v);
	glGetMapfv(GL_MAP1_COLOR_4, GL_COEFF, f);
	check(v[0] == 1 && f[0] == 1 && f[1] == 1 && f[2] == 1 && f[3] == 1);
	glGetMapiv(GL_MAP2_NORMAL, GL_ORDER, v);
	glGetMapfv(GL_MAP2_NORMAL, GL_COEFF, f);
	check(v[0] == 1 && v[1] == 1 && f[0] == 0 && f[1] == 0 && f[2] == 1);
	glGetMapfv(GL_MAP2_TEXTURE_COORD_4, GL_DOMAIN, f);
	check(f[0] == 0 && f[1] == 1 && f[2] == 0 && f[3] == 1);
	glGetMapfv(GL_MAP1_VERTEX_4, GL_COEFF, f);
	check(f[0] == 0 && f[1] == 0 && f[2] == 0 && f[3] == 1);
	/* initial grids and enables */
	glGetFloatv(GL_MAP1_GRID_DOMAIN, f);
	glGetIntegerv(GL_MAP1_GRID_SEGMENTS, v);
	check(f[0] == 0 && f[1] == 1 && v[0] == 1);
	glGetFloatv(GL_MAP2_GRID_DOMAIN, f);
	glGetIntegerv(GL_MAP2_GRID_SEGMENTS, v);
	check(f[0] == 0 && f[1] == 1 && f[2] == 0 && f[3] == 1 &&
	      v[0] == 1 && v[1] == 1);
	check(!glIsEnabled(GL_MAP1_VERTEX_3) && !glIsEnabled(GL_MAP2_COLOR_4) &&
	      !glIsEnabled(GL_AUTO_NORMAL));
	glGetIntegerv(GL_MAX_EVAL_ORDER, &maxorder);
	check(maxorder >= 8 && glGetError() == GL_NO_ERROR);

	/* a 1D map with a stride larger than the point */
	glMap1f(GL_MAP1_VERTEX_3, 2, 5, 5, 3, &pts[0][0][0]);
	glGetMapiv(GL_MAP1_VERTEX_3, GL_ORDER, v);
	glGetMapfv(GL_MAP1_VERTEX_3, GL_DOMAIN, f);
	check(glGetError() == GL_NO_ERROR && v[0] == 3 && f[0] == 2 &&
	      f[1] == 5);
	glGetMapfv(GL_MAP1_VERTEX_3, GL_COEFF, f);
	ok = 1;
	for (i = 0; i < 9; i++)
		ok &= f[i] == i + 1;
	check(ok);
	/* a 2D map: u stride 15, v stride 5, read back densely */
	glMap2f(GL_MAP2_VERTEX_3, 0, 1, 15, 2, -1, 3, 5, 3, &pts[0][0][0]);
	glGetMapfv(GL_MAP2_VERTEX_3, GL_COEFF, f);
	ok = glGetError() == GL_NO_ERROR;
	for (i = 0; i < 18; i++)
		ok &= f[i] == i + 1;
	check(ok);
	glGetMapiv(GL_MAP2_VERTEX_3, GL_ORDER, v);
	glGetMapdv(GL_MAP2_VERTEX_3, GL_DOMAIN, d);
	check(v[0] == 2 && v[1] == 3 && d[0] == 0 && d[1] == 1 && d[2] == -1 &&
	      d[3] == 3);
	/* glMap1d, and integer answers rounded */
	glMap1d(GL_MAP1_TEXTURE_COORD_4, -1.5, 2.5, 4, 2, &dpts[0][0]);
	glGetMapiv(GL_MAP1_TEXTURE_COORD_4, GL_COEFF, v);
	glGetMapdv(GL_MAP1_TEXTURE_COORD_4, GL_COEFF, d);
	check(v[1] == 1 && v[2] == 2 && v[4] == 3 && d[0] == 0.5 &&
	      d[6] == 5);
	glGetMapiv(GL_MAP1_TEXTURE_COORD_4, GL_DOMAIN, v);
	check(glGetError() == GL_NO_ERROR && (v[0] == -2 || v[0] == -1) &&
	      (v[1] == 3 || v[1] == 2));

	/* grids */
	glMapGrid1f(7, 0.25f, 0.75f);
	glMapGrid2d(3, -1.0, 1.0, 5, 2.0, 4.0);
	glGetFloatv(GL_MAP1_GRID_DOMAIN, f);
	glGetIntegerv(GL_MAP1_GRID_SEGMENTS, v);
	check(f[0] == 0.25f && f[1] == 0.75f && v[0] == 7);
	glGetDoublev(GL_MAP2_GRID_DOMAIN, d);
	glGetIntegerv(GL_MAP2_GRID_SEGMENTS, v);
	check(d[0] == -1 && d[1] == 1 && d[2] == 2 && d[3] == 4 && v[0] == 3 &&
	      v[1] == 5);

	/* enables, and GL_EVAL_BIT */
	glEnable(GL_MAP1_VERTEX_3);
	glEnable(GL_MAP2_TEXTURE_COORD_1);
	check(glIsEnabled(GL_MAP1_VERTEX_3) &&
	      glIsEnabled(GL_MAP2_TEXTURE_COORD_1) &&
	      !glIsEnabled(GL_MAP1_VERTEX_4));
	glGetIntegerv(GL_MAP1_VERTEX_3, v);
	check(v[0] == 1 && glGetError() == GL_NO_ERROR);
	glPushAttrib(GL_EVAL_BIT);
	glDisable(GL_MAP1_VERTEX_3);
	glEnable(GL_AUTO_NORMAL);
	glEnable(GL_MAP2_VERTEX_4);
	glMapGrid1f(2, 5, 6);
	glMapGrid2f(9, 0, 1, 9, 0, 1);
	check(!glIsEnabled(GL_MAP1_VERTEX_3) && glIsEnabled(GL_AUTO_NORMAL));
	glPopAttrib();
	glGetFloatv(GL_MAP1_GRID_DOMAIN, f);
	glGetIntegerv(GL_MAP2_GRID_SEGMENTS, v);
	check(glIsEnabled(GL_MAP1_VERTEX_3) && !glIsEnabled(GL_AUTO_NORMAL) &&
	      !glIsEnabled(GL_MAP2_VERTEX_4) && f[0] == 0.25f && v[0] == 3);
	/* the maps themselves are no attribute: glMap after a push stays */
	glPushAttrib(GL_ALL_ATTRIB_BITS);
	glMap1f(GL_MAP1_INDEX, 0, 4, 1, 2, &pts[0][0][0]);
	glPopAttrib();
	glGetMapiv(GL_MAP1_INDEX, GL_ORDER, v);
	glGetMapfv(GL_MAP1_INDEX, GL_COEFF, f);
	check(v[0] == 2 && f[0] == 1 && f[1] == 2);

	/* evaluation leaves the current colour, normal and texcoord */
	glColor4f(0.25f, 0.5f, 0.75f, 1);
	glNormal3f(0, 1, 0);
	glTexCoord4f(0.5f, 0.5f, 0, 1);
	glEnable(GL_MAP1_COLOR_4);
	glEnable(GL_MAP1_NORMAL);
	glEnable(GL_MAP1_TEXTURE_COORD_4);
	glBegin(GL_POINTS);
	glEvalCoord1f(3);
	glEvalPoint1(1);
	glEnd();
	glGetFloatv(GL_CURRENT_COLOR, cur);
	check(cur[0] == 0.25f && cur[1] == 0.5f && cur[2] == 0.75f);
	glGetFloatv(GL_CURRENT_NORMAL, f);
	glGetFloatv(GL_CURRENT_TEXTURE_COORDS, f + 4);
	check(f[0] == 0 && f[1] == 1 && f[2] == 0 && f[4] == 0.5f &&
	      f[5] == 0.5f && glGetError() == GL_NO_ERROR);
	glDisable(GL_MAP1_COLOR_4);
	glDisable(GL_MAP1_NORMAL);
	glDisable(GL_MAP1_TEXTURE_COORD_4);

	/* errors, each leaving the map as it was */
	glMap1f(GL_MAP2_VERTEX_3, 0, 1, 3, 2, &pts[0][0][0]);
	check(glGetError() == GL_INVALID_ENUM);
	glMap2f(GL_MAP1_VERTEX_3, 0, 1, 6, 2, 0, 1, 3, 2, &pts[0][0][0]);
	check(glGetError() == GL_INVALID_ENUM);
	glMap1f(GL_MAP1_VERTEX_3, 1, 1, 3, 2, &pts[0][0][0]);
	check(glGetError() == GL_INVALID_VALUE);
	glMap1f(GL_MAP1_COLOR_4, 0, 1, 3, 2, &pts[0][0][0]);
	check(glGetError() == GL_INVALID_VALUE);
	glMap1f(GL_MAP1_VERTEX_3, 0, 1, 3, 0, &pts[0][0][0]);
	check(glGetError() == GL_INVALID_VALUE);
	glMap1f(GL_MAP1_VERTEX_3, 0, 1, 3, maxorder + 1, &pts[0][0][0]);
	check(glGetError() == GL_INVALID_VALUE);
	glMap2f(GL_MAP2_NORMAL, 0, 1, 6, 2, 2, 2, 3, 2, &pts[0][0][0]);
	check(glGetError() == GL_INVALID_VALUE);
	glMap2f(GL_MAP2_NORMAL, 0, 1, 6, 2, 0, 1, 2, 2, &pts[0][0][0]);
	check(glGetError() == GL_INVALID_VALUE);
	glMap2f(GL_MAP2_NORMAL, 0, 1, 6, 2, 0, 1, 3, maxorder + 1,
		&pts[0][0][0]);
	check(glGetError() == GL_INVALID_VALUE);
	glGetMapiv(GL_MAP1_VERTEX_3, GL_ORDER, v);
	glGetMapiv(GL_MAP2_NORMAL, GL_ORDER, v + 1);
	check(v[0] == 3 && v[1] == 1 && v[2] == 1);
	glMapGrid1f(0, 0, 1);
	check(glGetError() == GL_INVALID_VALUE);
	glMapGrid2f(4, 0, 1, -1, 0, 1);
	check(glGetError() == GL_INVALID_VALUE);
	glGetIntegerv(GL_MAP1_GRID_SEGMENTS, v);
	check(v[0] == 7);
	glEvalMesh1(GL_FILL, 0, 1);
	check(glGetError() == GL_INVALID_ENUM);
	glEvalMesh2(GL_TRIANGLES, 0, 1, 0, 1);
	check(glGetError() == GL_INVALID_ENUM);
	glGetMapfv(0x1234, GL_ORDER, f);
	check(glGetError() == GL_INVALID_ENUM);
	glGetMapfv(GL_MAP1_VERTEX_3, GL_VERTEX_ARRAY, f);
	check(glGetError() == GL_INVALID_ENUM);
	glEnable(GL_MAP1_VERTEX_4 + 1);	/* just past the 1D maps */
	check(glGetError() == GL_INVALID_ENUM);
	/* glMap and glEvalMesh are not for between glBegin and glEnd */
	glBegin(GL_POINTS);
	glMap1f(GL_MAP1_VERTEX_3, 0, 1, 3, 2, &pts[0][0][0]);
	glEnd();
	check(glGetError() == GL_INVALID_OPERATION);
	glBegin(GL_POINTS);
	glEvalMesh1(GL_POINT, 0, 1);
	glEnd();
	check(glGetError() == GL_INVALID_OPERATION);
	glBegin(GL_POINTS);
	glMapGrid1f(3, 0, 1);
	glEnd();
	check(glGetError() == GL_INVALID_OPERATION);
	glGetMapiv(GL_MAP1_VERTEX_3, GL_ORDER, v);
	check(v[0] == 3 && glGetError() == GL_NO_ERROR);
}
