/* Feedback records turned into pixels, so that scenes compare them by
 * image.  Implementations may report a polygon whole or as a fan of
 * triangles, so what is drawn is what the records cover, not how they
 * are cut. */
#include <math.h>
#include "scene.h"

static int vertex_floats(GLenum type)
{
	switch (type) {
	case GL_2D: return 2;
	case GL_3D: return 3;
	case GL_3D_COLOR: return 7;
	case GL_3D_COLOR_TEXTURE: return 11;
	default: return 12;	/* GL_4D_COLOR_TEXTURE */
	}
}

struct fb_vert {
	float x, y, z, w, col[4], tex[4];
};

static void parse_vertex(const GLfloat *p, GLenum type, struct fb_vert *v)
{
	int k = 0, i;

	v->x = p[k++];
	v->y = p[k++];
	v->z = type == GL_2D ? 0 : p[k++];
	v->w = type == GL_4D_COLOR_TEXTURE ? p[k++] : 1;
	for (i = 0; i < 4; i++) {
		v->col[i] = type == GL_2D || type == GL_3D ? 1 : p[k + i];
		v->tex[i] = type == GL_3D_COLOR_TEXTURE ||
			    type == GL_4D_COLOR_TEXTURE ? p[k + 4 + i] : 0;
	}
}

static void emit(const struct fb_vert *v, const GLfloat *fill)
{
	glColor4fv(fill ? fill : v->col);
	glVertex2f(v->x, v->y);
}

/* A vertex's values as two 3x3 dots: (z, w / 4, q / 4), and beside it
 * (s, t, r).  Dots and squares sit half a pixel off the vertex: records
 * often land on whole pixels, where rounding noise would move them. */
static void dots(const struct fb_vert *v)
{
	glBegin(GL_POINTS);
	glColor3f(v->z, v->w / 4, v->tex[3] / 4);
	glVertex2f(v->x + 0.5f, v->y + 0.5f);
	glColor3f(v->tex[0], v->tex[1], v->tex[2]);
	glVertex2f(v->x + 4.5f, v->y + 0.5f);
	glEnd();
}

static void square(const struct fb_vert *v, float r)
{
	glColor4fv(v->col);
	glRectf(v->x + 0.5f - r, v->y + 0.5f - r, v->x + 0.5f + r,
		v->y + 0.5f + r);
}

/* Draws the records (pass 0) or their vertices' dots (pass 1), which
 * come after every fill so that no cut of a polygon hides them. */
static void records(const GLfloat *b, GLint n, GLenum type,
		    const GLfloat *fill, int pass)
{
	int vf = vertex_floats(type), i = 0, k, m, npass = 0;
	struct fb_vert v[64];

	while (i < n) {
		int token = (int)b[i++];

		if (token == GL_PASS_THROUGH_TOKEN && i < n) {
			glColor3f(fmodf(fabsf(b[i]), 8) / 7, 1, 0.5f);
			if (!pass)
				glRecti(2 + npass * 6, SCENE_H - 6,
					6 + npass * 6, SCENE_H - 2);
			npass++;
			i++;
			continue;
		}
		m = token == GL_POLYGON_TOKEN ? (i < n ? (int)b[i++] : 0) :
		    token == GL_LINE_TOKEN || token == GL_LINE_RESET_TOKEN ? 2 :
		    token == GL_POINT_TOKEN || token == GL_BITMAP_TOKEN ||
		    token == GL_DRAW_PIXEL_TOKEN ||
		    token == GL_COPY_PIXEL_TOKEN ? 1 : 0;
		if (m < 1 || m > 64 || i + m * vf > n)
			break;	/* unknown or cut short: stop there */
		for (k = 0; k < m; k++, i += vf)
			parse_vertex(b + i, type, &v[k]);
		if (pass) {
			for (k = 0; k < m; k++)
				dots(&v[k]);
			continue;
		}
		switch (token) {
		case GL_POLYGON_TOKEN:
			glBegin(GL_POLYGON);
			for (k = 0; k < m; k++)
				emit(&v[k], fill);
			glEnd();
			break;
		case GL_LINE_TOKEN: case GL_LINE_RESET_TOKEN:
			glBegin(GL_LINES);
			emit(&v[0], fill);
			emit(&v[1], fill);
			glEnd();
			break;
		case GL_POINT_TOKEN:
			glBegin(GL_POINTS);
			emit(&v[0], fill);
			glEnd();
			break;
		default:	/* pixel rectangles: squares of three sizes */
			square(&v[0], token == GL_BITMAP_TOKEN ? 1.5f :
			       token == GL_DRAW_PIXEL_TOKEN ? 2.5f : 3.5f);
			break;
		}
	}
}

void scene_draw_feedback(const GLfloat *b, GLint n, GLenum type,
			 const GLfloat *fill)
{
	glPushAttrib(GL_ALL_ATTRIB_BITS);
	glMatrixMode(GL_PROJECTION);
	glPushMatrix();
	glLoadIdentity();
	glOrtho(0, SCENE_W, 0, SCENE_H, -1, 1);
	glMatrixMode(GL_MODELVIEW);
	glPushMatrix();
	glLoadIdentity();
	glDisable(GL_LIGHTING);
	glDisable(GL_TEXTURE_2D);
	glDisable(GL_DEPTH_TEST);
	glDisable(GL_CULL_FACE);
	glPolygonMode(GL_FRONT_AND_BACK, GL_FILL);
	glShadeModel(GL_SMOOTH);
	glPointSize(3);
	records(b, n, type, fill, 0);
	records(b, n, type, fill, 1);
	glMatrixMode(GL_PROJECTION);
	glPopMatrix();
	glMatrixMode(GL_MODELVIEW);
	glPopMatrix();
	glPopAttrib();
}
