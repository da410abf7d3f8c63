/* GL benchmark workloads at 640x480, the same source for every renderer.
 * Usage: bench-gl-IMPL [WORKLOAD] ; prints "name frames seconds mpix". */
#define GL_GLEXT_PROTOTYPES 1
#include <GL/gl.h>
#include <GL/glext.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "../gl/ctx.h"

#define W 640
#define H 480

static double now(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + t.tv_nsec / 1e9;
}

static GLuint texture(int size, int seed, int lightmap)
{
	unsigned char *p = malloc((size_t)size * size * 4);
	GLuint t;
	int x, y;

	for (y = 0; y < size; y++)
		for (x = 0; x < size; x++) {
			unsigned char *q = p + ((size_t)y * size + x) * 4;
			int v = ((x * 7 + y * 13 + seed * 31) ^ (x * y)) & 255;

			if (lightmap) {
				int l = 96 + (int)(80 * sin(x * 0.4) * cos(y * 0.3));

				q[0] = q[1] = q[2] = (unsigned char)l;
			} else {
				q[0] = (unsigned char)(v / 2 + 64);
				q[1] = (unsigned char)((v * 3) / 4);
				q[2] = (unsigned char)(255 - v);
			}
			q[3] = (unsigned char)(((x - size / 2) * (x - size / 2) +
						(y - size / 2) * (y - size / 2)) <
					       size * size / 5 ? 255 : 0);
		}
	glGenTextures(1, &t);
	glBindTexture(GL_TEXTURE_2D, t);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
	glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, size, size, 0, GL_RGBA,
		     GL_UNSIGNED_BYTE, p);
	free(p);
	return t;
}

/* Full-screen bilinear, modulated, depth-tested quads, 8 layers of
 * overdraw front to back and back to front. */
static double fill(int frames)
{
	GLuint t = texture(256, 1, 0);
	int f, i;

	glEnable(GL_TEXTURE_2D);
	glBindTexture(GL_TEXTURE_2D, t);
	glEnable(GL_DEPTH_TEST);
	glDepthFunc(GL_LEQUAL);
	glMatrixMode(GL_PROJECTION);
	glLoadIdentity();
	glOrtho(-1, 1, -1, 1, -1, 1);
	glMatrixMode(GL_MODELVIEW);
	for (f = 0; f < frames; f++) {
		glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
		glBegin(GL_QUADS);
		for (i = 0; i < 8; i++) {
			float z = (i & 1) ? -0.9f + i * 0.2f : 0.9f - i * 0.2f;
			float o = (float)(f + i) * 0.01f;

			glColor3f(1.0f - i * 0.05f, 0.9f, 0.8f + i * 0.02f);
			glTexCoord2f(o, o); glVertex3f(-1, -1, z);
			glTexCoord2f(o + 3, o); glVertex3f(1, -1, z);
			glTexCoord2f(o + 3, o + 2); glVertex3f(1, 1, z);
			glTexCoord2f(o, o + 2); glVertex3f(-1, 1, z);
		}
		glEnd();
	}
	glFinish();
	return (double)frames * 8 * W * H;
}

/* A corridor of lightmapped walls (two units), then alpha-tested and
 * blended particles, as a glquake frame has. */
static double quake(int frames)
{
	GLuint wall = texture(128, 2, 0), lm = texture(32, 3, 1);
	GLuint part = texture(32, 4, 0);
	int f, i, k;
	double pix = 0;

	glEnable(GL_DEPTH_TEST);
	glMatrixMode(GL_PROJECTION);
	glLoadIdentity();
	glFrustum(-0.8, 0.8, -0.6, 0.6, 1, 200);
	glMatrixMode(GL_MODELVIEW);
	for (f = 0; f < frames; f++) {
		glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
		glLoadIdentity();
		glRotatef((float)f * 0.5f, 0, 1, 0);
		glTranslatef(0, 0, -(float)(f % 20));
		glActiveTexture(GL_TEXTURE0);
		glEnable(GL_TEXTURE_2D);
		glBindTexture(GL_TEXTURE_2D, wall);
		glTexEnvi(GL_TEXTURE_ENV, GL_TEXTURE_ENV_MODE, GL_REPLACE);
		glActiveTexture(GL_TEXTURE1);
		glEnable(GL_TEXTURE_2D);
		glBindTexture(GL_TEXTURE_2D, lm);
		glTexEnvi(GL_TEXTURE_ENV, GL_TEXTURE_ENV_MODE, GL_MODULATE);
		glDisable(GL_BLEND);
		glDisable(GL_ALPHA_TEST);
		glBegin(GL_QUADS);
		for (k = 0; k < 16; k++) {
			float z0 = -k * 8.0f, z1 = z0 - 8;

			for (i = 0; i < 4; i++) {
				/* floor, ceiling, left and right walls */
				static const float w[4][4] = {
					{ -4, -3, 4, -3 }, { 4, 3, -4, 3 },
					{ -4, 3, -4, -3 }, { 4, -3, 4, 3 },
				};
				const float *q = w[i];
				int fl = i < 2;

				glMultiTexCoord2f(GL_TEXTURE0, 0, 0);
				glMultiTexCoord2f(GL_TEXTURE1, 0, 0);
				glVertex3f(q[0], q[1], z0);
				glMultiTexCoord2f(GL_TEXTURE0, 2, 0);
				glMultiTexCoord2f(GL_TEXTURE1, 1, 0);
				glVertex3f(q[2], q[3], z0);
				glMultiTexCoord2f(GL_TEXTURE0, 2, 2);
				glMultiTexCoord2f(GL_TEXTURE1, 1, 1);
				glVertex3f(fl ? q[2] : q[2], fl ? q[3] : q[3], z1);
				glMultiTexCoord2f(GL_TEXTURE0, 0, 2);
				glMultiTexCoord2f(GL_TEXTURE1, 0, 1);
				glVertex3f(q[0], q[1], z1);
			}
		}
		glEnd();
		glActiveTexture(GL_TEXTURE1);
		glDisable(GL_TEXTURE_2D);
		glActiveTexture(GL_TEXTURE0);
		glBindTexture(GL_TEXTURE_2D, part);
		glTexEnvi(GL_TEXTURE_ENV, GL_TEXTURE_ENV_MODE, GL_MODULATE);
		glEnable(GL_ALPHA_TEST);
		glAlphaFunc(GL_GREATER, 0.5f);
		glEnable(GL_BLEND);
		glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
		glDepthMask(GL_FALSE);
		glBegin(GL_QUADS);
		for (i = 0; i < 400; i++) {
			float x = (float)sin(i * 1.7 + f * 0.05) * 3;
			float y = (float)cos(i * 2.3) * 2;
			float z = -(float)(i % 100) - 2;

			glColor4f(1, 0.6f, 0.2f, 0.7f);
			glTexCoord2f(0, 0); glVertex3f(x - 0.3f, y - 0.3f, z);
			glTexCoord2f(1, 0); glVertex3f(x + 0.3f, y - 0.3f, z);
			glTexCoord2f(1, 1); glVertex3f(x + 0.3f, y + 0.3f, z);
			glTexCoord2f(0, 1); glVertex3f(x - 0.3f, y + 0.3f, z);
		}
		glEnd();
		glDepthMask(GL_TRUE);
		glDisable(GL_BLEND);
		glDisable(GL_ALPHA_TEST);
		glColor4f(1, 1, 1, 1);
		pix += W * H;
	}
	glFinish();
	return pix;
}

/* 20000 small smooth-shaded, lit triangles per frame. */
static double lit(int frames)
{
	GLfloat pos[4] = { 0.5f, 1, 1, 0 };
	int f, i, j;

	glEnable(GL_DEPTH_TEST);
	glEnable(GL_LIGHTING);
	glEnable(GL_LIGHT0);
	glLightfv(GL_LIGHT0, GL_POSITION, pos);
	glEnable(GL_COLOR_MATERIAL);
	glMatrixMode(GL_PROJECTION);
	glLoadIdentity();
	glOrtho(-1.33, 1.33, -1, 1, -2, 2);
	glMatrixMode(GL_MODELVIEW);
	for (f = 0; f < frames; f++) {
		glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
		glLoadIdentity();
		glRotatef((float)f, 0.3f, 1, 0);
		glBegin(GL_TRIANGLES);
		for (j = 0; j < 100; j++)
			for (i = 0; i < 100; i++) {
				float x = -1 + i * 0.02f, y = -1 + j * 0.02f;
				float z = 0.3f * (float)sin(x * 5 + y * 3);

				glColor3f(0.5f + x * 0.4f, 0.5f + y * 0.4f, 0.7f);
				glNormal3f(-x, -y, 1);
				glVertex3f(x, y, z);
				glNormal3f(-x - 0.02f, -y, 1);
				glVertex3f(x + 0.02f, y, z);
				glNormal3f(-x, -y - 0.02f, 1);
				glVertex3f(x, y + 0.02f, z);
				glVertex3f(x + 0.02f, y, z);
				glVertex3f(x + 0.02f, y + 0.02f, z);
				glVertex3f(x, y + 0.02f, z);
			}
		glEnd();
	}
	glFinish();
	return (double)frames * 20000;
}

static const struct {
	const char *name, *unit;
	double (*run)(int frames);
	int frames;
} work[] = {
	{ "quake", "Mpix/s", quake, 20 },
	{ "fill", "Mpix/s", fill, 10 },
	{ "lit-triangles", "Mtri/s", lit, 10 },
};

int main(int argc, char **argv)
{
	unsigned int i;

	for (i = 0; i < sizeof(work) / sizeof(work[0]); i++) {
		struct ctx *c;
		double t0, t1, amount;

		if (argc > 1 && strcmp(argv[1], work[i].name))
			continue;
		c = ctx_create(W, H);
		if (!c) {
			fprintf(stderr, "cannot create a context\n");
			return 1;
		}
		glViewport(0, 0, W, H);
		work[i].run(1);		/* warm-up: textures, caches */
		t0 = now();
		amount = work[i].run(work[i].frames);
		t1 = now();
		printf("%s %d %.4f %.2f %s\n", work[i].name, work[i].frames,
		       t1 - t0, amount / (t1 - t0) / 1e6, work[i].unit);
		ctx_destroy(c);
	}
	return 0;
}
