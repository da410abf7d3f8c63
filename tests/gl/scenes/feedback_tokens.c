/* Feedback mode: pass-through values, bitmap, draw-pixel and copy-pixel
 * tokens at the raster position, display lists, no fragments; overflow,
 * errors and queries. */
#include <stddef.h>
#include "../scene.h"

#define NFB 1024

static GLfloat buf[NFB];

SCENE(fb_tokens, "feedback of glPassThrough, glBitmap (advancing the raster position), glDrawPixels and glCopyPixels at valid raster positions and none at an invalid one, the same from a display list; glClear and drawing leave the framebuffer alone")
{
	static const GLubyte bits[8] = { 0xff, 0x81, 0x81, 0x81, 0x81, 0x81,
					 0x81, 0xff };
	static const GLubyte px[4 * 4] = { 255, 0, 0, 255 };
	GLuint list;
	GLint n, k;

	scene_ortho();
	glClearColor(0.1f, 0.1f, 0.1f, 1);
	glClear(GL_COLOR_BUFFER_BIT);
	glColor3f(0.6f, 0, 0);
	glRecti(100, 30, 150, 110);	/* stays: feedback draws nothing */

	glPixelStorei(GL_UNPACK_ALIGNMENT, 1);	/* bits: a byte a row */
	list = glGenLists(1);
	glNewList(list, GL_COMPILE);
	glPassThrough(6);
	glColor3f(1, 1, 1);
	glRasterPos2f(120, 80);
	glBitmap(8, 8, 0, 0, 0, 10, bits);
	glBitmap(8, 8, 0, 0, 0, 10, bits);
	glDrawPixels(2, 2, GL_RGBA, GL_UNSIGNED_BYTE, px);
	glEndList();

	glFeedbackBuffer(NFB, GL_3D_COLOR_TEXTURE, buf);
	glRenderMode(GL_FEEDBACK);
	glClear(GL_COLOR_BUFFER_BIT);
	glPassThrough(1);
	glColor3f(0, 1, 0);
	glTexCoord4f(0.2f, 0.4f, 0.6f, 1);
	glRasterPos3f(20, 40, 0.5f);
	for (k = 0; k < 3; k++)		/* 20, 40 then 32, 44 then 44, 48 */
		glBitmap(8, 8, 4, 4, 12, 4, bits);
	glBitmap(0, 0, 0, 0, 0, 0, NULL);	/* no image, still a token */
	glPassThrough(2);
	glColor3f(1, 0.5f, 0);
	glTexCoord4f(0.9f, 0.1f, 0.3f, 2);
	glRasterPos4f(30, 70, 0, 2);		/* window (15, 35), w 2 */
	glDrawPixels(2, 2, GL_RGBA, GL_UNSIGNED_BYTE, px);
	glWindowPos2f(60, 90);
	glCopyPixels(0, 0, 8, 8, GL_COLOR);
	glDrawPixels(0, 0, GL_RGBA, GL_UNSIGNED_BYTE, px);
	glRasterPos2f(-20, 40);			/* invalid: no tokens */
	glBitmap(8, 8, 0, 0, 1, 0, bits);
	glDrawPixels(2, 2, GL_RGBA, GL_UNSIGNED_BYTE, px);
	glCopyPixels(0, 0, 8, 8, GL_COLOR);
	glPassThrough(3);
	glCallList(list);
	glColor3f(0, 0, 0.7f);
	glRectf(105, 35, 145, 105);
	n = glRenderMode(GL_RENDER);

	scene_draw_feedback(buf, n, GL_3D_COLOR_TEXTURE, NULL);
	/* 4 pass-throughs, 10 pixel tokens of 11 floats, a 4-vertex quad
	 * or two triangles */
	scene_result(0, n == 4 * 2 + 10 * 12 + 2 + 4 * 11 ||
		     n == 4 * 2 + 10 * 12 + 2 * (2 + 3 * 11));
	scene_result(1, buf[0] == GL_PASS_THROUGH_TOKEN && buf[1] == 1 &&
		     buf[2] == GL_BITMAP_TOKEN && buf[3] == 20 && buf[4] == 40);
	scene_result(2, glGetError() == GL_NO_ERROR);
	glDeleteLists(list, 1);
}

SCENE(fb_overflow_errors, "feedback: glRenderMode(GL_FEEDBACK) without a buffer, glFeedbackBuffer errors (negative size, bad type, in feedback mode), glPassThrough between glBegin and glEnd, the feedback buffer and render mode queries, overflow returns a negative count and fills the buffer only")
{
	GLint v = -1, n, ok, r[9];
	GLfloat *p = NULL;
	int i;

	/* results are drawn at the end: in feedback mode nothing is */
	scene_ortho();
	glGetIntegerv(GL_FEEDBACK_BUFFER_TYPE, &v);
	ok = v == GL_2D;
	glGetIntegerv(GL_FEEDBACK_BUFFER_SIZE, &v);
	r[0] = ok && v == 0;
	glRenderMode(GL_FEEDBACK);
	r[1] = glGetError() == GL_INVALID_OPERATION;
	glRenderMode(GL_RENDER);
	glGetIntegerv(GL_RENDER_MODE, &v);
	r[2] = v == GL_RENDER && glGetError() == GL_NO_ERROR;

	glFeedbackBuffer(-1, GL_2D, buf);
	ok = glGetError() == GL_INVALID_VALUE;
	glFeedbackBuffer(8, GL_RGBA, buf);
	r[3] = ok && glGetError() == GL_INVALID_ENUM;

	for (i = 0; i < NFB; i++)
		buf[i] = -7;
	glFeedbackBuffer(8, GL_3D, buf);
	glRenderMode(GL_FEEDBACK);
	glGetIntegerv(GL_RENDER_MODE, &v);
	ok = v == GL_FEEDBACK;
	glGetIntegerv(GL_FEEDBACK_BUFFER_SIZE, &v);
	ok = ok && v == 8;
	glGetIntegerv(GL_FEEDBACK_BUFFER_TYPE, &v);
	ok = ok && v == GL_3D;
	glGetPointerv(GL_FEEDBACK_BUFFER_POINTER, (GLvoid **)&p);
	r[4] = ok && p == buf;
	glFeedbackBuffer(16, GL_2D, buf);
	r[5] = glGetError() == GL_INVALID_OPERATION;
	glBegin(GL_TRIANGLES);
	glPassThrough(1);
	glEnd();
	r[6] = glGetError() == GL_INVALID_OPERATION;
	/* 2 + 3 * 3 values into 8 */
	glBegin(GL_TRIANGLES);
	glVertex3f(10, 60.5f, 0.5f);
	glVertex3f(50, 60.5f, 0);
	glVertex3f(30, 50, -0.5f);
	glEnd();
	n = glRenderMode(GL_RENDER);
	r[7] = n < 0 && buf[0] == GL_POLYGON_TOKEN && buf[1] == 3 &&
	       buf[2] == 10 && buf[7] == 0.5f && buf[8] == -7;
	r[8] = glGetError() == GL_NO_ERROR;
	glClearColor(0.1f, 0.1f, 0.1f, 1);
	glClear(GL_COLOR_BUFFER_BIT);
	for (i = 0; i < 9; i++)
		scene_result(i, r[i]);
	/* the six values of the first two vertices, drawn as a line */
	scene_draw_feedback((const GLfloat[]){ GL_LINE_TOKEN, buf[2], buf[3],
					       buf[4], buf[5], buf[6], buf[7] },
			    7, GL_3D, NULL);
}
