/*
 * showcase: a short GL 1.x scene of our own that shows what the card
 * does, and runs the same on any GL 1.3 implementation: a lit, textured
 * crate with a light map on a second texture unit, a lit torus, a stone
 * floor in exponential fog, and glass panes blended over it all.  Every
 * frame is a fixed step of the animation, so a frame number names one
 * picture on every implementation.
 *
 * Usage: showcase [--frames N] [--size WxH] [--shot N:FILE.png]
 *                 [--data DIR]
 * Prints the GL renderer and, at the end, the frame rate.
 */
#define STB_IMAGE_IMPLEMENTATION
#include <stb/stb_image.h>
#define STB_IMAGE_WRITE_IMPLEMENTATION
#include <stb/stb_image_write.h>
#include <SDL2/SDL.h>
#include <GL/gl.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef GL_TEXTURE0_ARB
#define GL_TEXTURE0_ARB 0x84C0
#define GL_TEXTURE1_ARB 0x84C1
#endif

enum { T_CRATE, T_FLOOR, T_LIGHT, T_GLASS, T_COUNT };
static const char *const tex_names[T_COUNT] = {
	"crate.png", "floor.png", "lightmap.png", "glass.png"
};
static GLuint tex[T_COUNT];

/* GL 1.3's multitexture, fetched as applications fetch it */
static void (*active_texture)(GLenum);
static void (*multi_tex_coord2f)(GLenum, GLfloat, GLfloat);

static int load_textures(const char *dir)
{
	char path[4096];
	int i, w, h, n;

	glGenTextures(T_COUNT, tex);
	for (i = 0; i < T_COUNT; i++) {
		unsigned char *px;

		snprintf(path, sizeof(path), "%s/%s", dir, tex_names[i]);
		px = stbi_load(path, &w, &h, &n, 4);
		if (!px) {
			fprintf(stderr, "showcase: %s: %s (make -C assets textures)\n",
				path, stbi_failure_reason());
			return -1;
		}
		glBindTexture(GL_TEXTURE_2D, tex[i]);
		glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER,
				i == T_FLOOR ? GL_LINEAR_MIPMAP_LINEAR :
				GL_LINEAR);
		glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
		/* the floor repeats and is mipmapped, built by the driver */
		if (i == T_FLOOR)
			glTexParameteri(GL_TEXTURE_2D, GL_GENERATE_MIPMAP,
					GL_TRUE);
		glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S,
				i == T_FLOOR ? GL_REPEAT : GL_CLAMP_TO_EDGE);
		glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T,
				i == T_FLOOR ? GL_REPEAT : GL_CLAMP_TO_EDGE);
		glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, w, h, 0, GL_RGBA,
			     GL_UNSIGNED_BYTE, px);
		stbi_image_free(px);
	}
	return 0;
}

static void lights(float t)
{
	const GLfloat amb[4] = { 0.25f, 0.25f, 0.3f, 1 };
	const GLfloat warm[4] = { 1, 0.85f, 0.6f, 1 };
	const GLfloat cool[4] = { 0.3f, 0.4f, 0.7f, 1 };
	const GLfloat sun[4] = { -0.4f, 1, 0.3f, 0 };
	GLfloat lamp[4] = { 3 * cosf(t), 2.5f, 3 * sinf(t), 1 };

	glLightModelfv(GL_LIGHT_MODEL_AMBIENT, amb);
	glLightfv(GL_LIGHT0, GL_POSITION, lamp);
	glLightfv(GL_LIGHT0, GL_DIFFUSE, warm);
	glLightfv(GL_LIGHT0, GL_SPECULAR, warm);
	glLightf(GL_LIGHT0, GL_LINEAR_ATTENUATION, 0.08f);
	glLightfv(GL_LIGHT1, GL_POSITION, sun);
	glLightfv(GL_LIGHT1, GL_DIFFUSE, cool);
	glEnable(GL_LIGHT0);
	glEnable(GL_LIGHT1);
	glEnable(GL_LIGHTING);
}

/* the floor as a grid: per-vertex lighting and fog need vertices */
static void floor_quad(void)
{
	const GLfloat white[4] = { 1, 1, 1, 1 };
	int i, j, k;

	glMaterialfv(GL_FRONT, GL_AMBIENT_AND_DIFFUSE, white);
	glBindTexture(GL_TEXTURE_2D, tex[T_FLOOR]);
	glEnable(GL_TEXTURE_2D);
	glNormal3f(0, 1, 0);
	for (i = -12; i < 12; i++) {
		glBegin(GL_QUAD_STRIP);
		for (j = -12; j <= 12; j++)
			for (k = 1; k >= 0; k--) {	/* facing up */
				glTexCoord2f((float)(i + k) / 2, (float)j / 2);
				glVertex3f((float)(i + k), 0, (float)j);
			}
		glEnd();
	}
	glDisable(GL_TEXTURE_2D);
}

/* the crate: unit 0 its planks, unit 1 the light map, both modulated */
static void crate(float t)
{
	static const GLfloat n[6][3] = { { 0, 0, 1 }, { 0, 0, -1 },
		{ 1, 0, 0 }, { -1, 0, 0 }, { 0, 1, 0 }, { 0, -1, 0 } };
	static const GLfloat st[4][2] = { { 0, 0 }, { 1, 0 }, { 1, 1 },
		{ 0, 1 } };
	const GLfloat white[4] = { 1, 1, 1, 1 };
	int f, v;

	glPushMatrix();
	glTranslatef(0, 1.1f, 0);
	glRotatef(t * 40, 0, 1, 0);
	glRotatef(20, 1, 0, 0);
	glMaterialfv(GL_FRONT, GL_AMBIENT_AND_DIFFUSE, white);
	glBindTexture(GL_TEXTURE_2D, tex[T_CRATE]);
	glEnable(GL_TEXTURE_2D);
	glTexEnvi(GL_TEXTURE_ENV, GL_TEXTURE_ENV_MODE, GL_MODULATE);
	if (active_texture) {
		active_texture(GL_TEXTURE1_ARB);
		glBindTexture(GL_TEXTURE_2D, tex[T_LIGHT]);
		glEnable(GL_TEXTURE_2D);
		glTexEnvi(GL_TEXTURE_ENV, GL_TEXTURE_ENV_MODE, GL_MODULATE);
		active_texture(GL_TEXTURE0_ARB);
	}
	glBegin(GL_QUADS);
	for (f = 0; f < 6; f++) {
		glNormal3fv(n[f]);
		for (v = 0; v < 4; v++) {
			/* the face's corner v: along its two tangents */
			float a = st[v][0] * 2 - 1, b = st[v][1] * 2 - 1, p[3];
			static const int axis[3] = { 2, 0, 1 };	/* z, x, y */
			int k = axis[f / 2], s = f & 1 ? -1 : 1;

			p[k] = (float)s;
			p[(k + 1) % 3] = s * a;
			p[(k + 2) % 3] = b;
			glTexCoord2f(st[v][0], st[v][1]);
			if (multi_tex_coord2f)
				multi_tex_coord2f(GL_TEXTURE1_ARB, st[v][0],
						  st[v][1]);
			glVertex3f(p[0] * 0.8f, p[1] * 0.8f, p[2] * 0.8f);
		}
	}
	glEnd();
	if (active_texture) {
		active_texture(GL_TEXTURE1_ARB);
		glDisable(GL_TEXTURE_2D);
		active_texture(GL_TEXTURE0_ARB);
	}
	glDisable(GL_TEXTURE_2D);
	glPopMatrix();
}

/* a torus with per-vertex normals and a shiny red material */
static void torus(float t)
{
	const GLfloat red[4] = { 0.8f, 0.15f, 0.1f, 1 };
	const GLfloat spec[4] = { 0.9f, 0.9f, 0.9f, 1 };
	const int N = 24, M = 12;
	int i, j, k;

	glPushMatrix();
	glTranslatef(2.6f, 1.0f, -0.8f);
	glRotatef(t * 70, 1, 0.3f, 0);
	glMaterialfv(GL_FRONT, GL_AMBIENT_AND_DIFFUSE, red);
	glMaterialfv(GL_FRONT, GL_SPECULAR, spec);
	glMaterialf(GL_FRONT, GL_SHININESS, 40);
	for (i = 0; i < N; i++) {
		glBegin(GL_QUAD_STRIP);
		for (j = 0; j <= M; j++)
			for (k = 1; k >= 0; k--) {
				float u = (float)(i + k) / N * 6.2831853f;
				float v = (float)j / M * 6.2831853f;
				float cx = cosf(u), cz = sinf(u);

				glNormal3f(cosf(v) * cx, sinf(v), cosf(v) * cz);
				glVertex3f((0.8f + 0.3f * cosf(v)) * cx,
					   0.3f * sinf(v),
					   (0.8f + 0.3f * cosf(v)) * cz);
			}
		glEnd();
	}
	glMaterialfv(GL_FRONT, GL_SPECULAR, (const GLfloat[4]){ 0, 0, 0, 1 });
	glPopMatrix();
}

/* glass panes, unlit, blended back to front without writing depth */
static void glass(float t)
{
	int i;

	glDisable(GL_LIGHTING);
	glBindTexture(GL_TEXTURE_2D, tex[T_GLASS]);
	glEnable(GL_TEXTURE_2D);
	glEnable(GL_BLEND);
	glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
	glDepthMask(GL_FALSE);
	for (i = 0; i < 2; i++) {
		float x = -2.4f + i * 1.2f, z = 1.6f - i * 1.5f;

		glPushMatrix();
		glTranslatef(x, 1.2f + 0.15f * sinf(t * 2 + i), z);
		glRotatef(30 + i * 25, 0, 1, 0);
		glColor4f(1, 1, 1, 1);
		glBegin(GL_QUADS);
		glTexCoord2f(0, 0);
		glVertex3f(-0.9f, -1, 0);
		glTexCoord2f(1, 0);
		glVertex3f(0.9f, -1, 0);
		glTexCoord2f(1, 1);
		glVertex3f(0.9f, 1, 0);
		glTexCoord2f(0, 1);
		glVertex3f(-0.9f, 1, 0);
		glEnd();
		glPopMatrix();
	}
	glDepthMask(GL_TRUE);
	glDisable(GL_BLEND);
	glDisable(GL_TEXTURE_2D);
}

static void frame(int n, int w, int h)
{
	const GLfloat fog[4] = { 0.55f, 0.6f, 0.7f, 1 };
	float t = n / 60.0f;

	glViewport(0, 0, w, h);
	glClearColor(fog[0], fog[1], fog[2], 1);
	glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
	glMatrixMode(GL_PROJECTION);
	glLoadIdentity();
	glFrustum(-0.1 * w / h, 0.1 * w / h, -0.1, 0.1, 0.2, 60);
	glMatrixMode(GL_MODELVIEW);
	glLoadIdentity();
	glTranslatef(0, -1.6f, -7.5f);
	glRotatef(18, 1, 0, 0);
	glRotatef(-20 + 15 * sinf(t * 0.5f), 0, 1, 0);
	glEnable(GL_DEPTH_TEST);
	glEnable(GL_CULL_FACE);
	glFogi(GL_FOG_MODE, GL_EXP2);
	glFogf(GL_FOG_DENSITY, 0.09f);
	glFogfv(GL_FOG_COLOR, fog);
	glEnable(GL_FOG);
	lights(t);
	floor_quad();
	crate(t);
	torus(t);
	glDisable(GL_CULL_FACE);
	glass(t);
	glDisable(GL_FOG);
}

static int shot(const char *path, int w, int h)
{
	unsigned char *px = malloc((size_t)w * h * 3);
	int ok;

	if (!px)
		return -1;
	/* RGB: what a screen shows (destination alpha may or may not exist) */
	glPixelStorei(GL_PACK_ALIGNMENT, 1);
	glReadPixels(0, 0, w, h, GL_RGB, GL_UNSIGNED_BYTE, px);
	/* bottom row first in GL, top row first in PNG */
	ok = stbi_write_png(path, w, h, 3, px + (size_t)(h - 1) * w * 3,
			    -w * 3);
	free(px);
	if (!ok)
		fprintf(stderr, "showcase: cannot write %s\n", path);
	return ok ? 0 : -1;
}

static void usage(void)
{
	fprintf(stderr, "usage: showcase [--frames N] [--size WxH] [--shot N:FILE.png] [--data DIR]\n");
	exit(2);
}

int main(int argc, char **argv)
{
	const char *data = "build/assets/textures", *shot_path = NULL;
	int frames = 600, w = 640, h = 480, shot_at = -1, i, n;
	SDL_Window *win;
	SDL_GLContext ctx;
	Uint64 t0, t1;

	for (i = 1; i < argc; i++) {
		if (i + 1 >= argc)
			usage();
		if (!strcmp(argv[i], "--frames")) {
			frames = atoi(argv[++i]);
			if (frames < 1)
				usage();
		} else if (!strcmp(argv[i], "--size")) {
			if (sscanf(argv[++i], "%dx%d", &w, &h) != 2 ||
			    w < 16 || h < 16 || w > 4096 || h > 4096)
				usage();
		} else if (!strcmp(argv[i], "--shot")) {
			char *colon;

			shot_at = (int)strtol(argv[++i], &colon, 10);
			if (*colon != ':' || !colon[1] || shot_at < 1)
				usage();
			shot_path = colon + 1;
		} else if (!strcmp(argv[i], "--data")) {
			data = argv[++i];
		} else {
			usage();
		}
	}
	if (shot_at > frames)
		frames = shot_at;
	if (SDL_Init(SDL_INIT_VIDEO)) {
		fprintf(stderr, "showcase: SDL_Init: %s\n", SDL_GetError());
		return 1;
	}
	SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
	SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 24);
	win = SDL_CreateWindow("ProtoPCIem showcase", SDL_WINDOWPOS_CENTERED,
			       SDL_WINDOWPOS_CENTERED, w, h, SDL_WINDOW_OPENGL);
	ctx = win ? SDL_GL_CreateContext(win) : NULL;
	if (!ctx) {
		fprintf(stderr, "showcase: no GL context: %s\n", SDL_GetError());
		return 1;
	}
	printf("showcase: GL_RENDERER %s, GL_VERSION %s\n",
	       (const char *)glGetString(GL_RENDERER),
	       (const char *)glGetString(GL_VERSION));
	active_texture = (void (*)(GLenum))
		SDL_GL_GetProcAddress("glActiveTextureARB");
	multi_tex_coord2f = (void (*)(GLenum, GLfloat, GLfloat))
		SDL_GL_GetProcAddress("glMultiTexCoord2fARB");
	if (!active_texture || !multi_tex_coord2f) {
		printf("showcase: no multitexture; the light map is left out\n");
		active_texture = NULL;
		multi_tex_coord2f = NULL;
	}
	if (load_textures(data))
		return 1;
	t0 = SDL_GetPerformanceCounter();
	for (n = 1; n <= frames; n++) {
		SDL_Event ev;

		while (SDL_PollEvent(&ev))
			if (ev.type == SDL_QUIT ||
			    (ev.type == SDL_KEYDOWN &&
			     ev.key.keysym.sym == SDLK_ESCAPE))
				frames = n;
		frame(n, w, h);
		if (n == shot_at && shot(shot_path, w, h))
			return 1;
		SDL_GL_SwapWindow(win);
	}
	glFinish();
	t1 = SDL_GetPerformanceCounter();
	printf("showcase: %d frames in %.2f s: %.1f fps\n", frames,
	       (double)(t1 - t0) / SDL_GetPerformanceFrequency(),
	       frames * (double)SDL_GetPerformanceFrequency() / (t1 - t0));
	if (glGetError() != GL_NO_ERROR) {
		fprintf(stderr, "showcase: GL error\n");
		return 1;
	}
	SDL_GL_DeleteContext(ctx);
	SDL_DestroyWindow(win);
	SDL_Quit();
	return 0;
}
