/*
 * What Xash3D FWGS's GL 1.x renderer (ref_gl) asks of a libGL, asked the
 * way it asks: SDL2 loads the system's libGL, a compatibility-profile
 * context is tried first (GLX_ARB_create_context) and a 1.1 context after,
 * every entry point is fetched with SDL_GL_GetProcAddress, the version is
 * parsed from GL_VERSION and each extension is tested by the engine's rule.
 * Then one scene calls every entry point the renderer calls, each through
 * its fetched pointer, and is saved as a PNG to compare with another libGL.
 *
 * Usage: glcheck OUT.png
 * Prints "ok - ..." / "not ok - ..." lines and the feature table; exits 1
 * when a check failed.  The facts come from the renderer's sources
 * (ref/gl/gl_opengl.c, gl_backend.c, gl_rsurf.c, gl_image.c).
 */
#include <SDL2/SDL.h>
#include <GL/gl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../../tests/gl/png_out.h"

#define W 256
#define H 256

static int fails;

static void tap(int good, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
static void tap(int good, const char *fmt, ...)
{
	va_list ap;

	printf("%s - ", good ? "ok" : "not ok");
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	putchar('\n');
	if (!good)
		fails++;
}

/* the renderer's GL 1.1 table: the functions it calls, then the others */
#define CALLED(X) \
	X(glClear) X(glClearColor) X(glViewport) X(glDrawBuffer) X(glEnable) \
	X(glDisable) X(glIsEnabled) X(glHint) X(glFinish) X(glGetError) \
	X(glGetString) X(glGetIntegerv) X(glGetFloatv) X(glBlendFunc) \
	X(glAlphaFunc) X(glDepthFunc) X(glDepthMask) X(glDepthRange) \
	X(glColorMask) X(glStencilFunc) X(glStencilMask) X(glStencilOp) \
	X(glCullFace) X(glFrontFace) X(glPolygonMode) X(glPolygonOffset) \
	X(glShadeModel) X(glLineWidth) X(glPointSize) X(glMatrixMode) \
	X(glLoadIdentity) X(glLoadMatrixf) X(glScalef) X(glTranslatef) \
	X(glBegin) X(glEnd) X(glVertex2f) X(glVertex3f) X(glVertex3fv) \
	X(glTexCoord2f) X(glTexCoord3f) X(glColor3f) X(glColor4f) \
	X(glColor4ub) X(glColor4ubv) X(glNormal3fv) X(glEnableClientState) \
	X(glDisableClientState) X(glVertexPointer) X(glColorPointer) \
	X(glTexCoordPointer) X(glDrawElements) X(glDrawArrays) \
	X(glGenTextures) X(glDeleteTextures) X(glBindTexture) X(glIsTexture) \
	X(glTexImage1D) X(glTexImage2D) X(glTexSubImage1D) X(glTexSubImage2D) \
	X(glTexParameterf) X(glTexParameterfv) X(glTexParameteri) \
	X(glTexEnvf) X(glTexEnvfv) X(glTexEnvi) X(glTexGeni) X(glFogf) \
	X(glFogfv) X(glFogi) X(glReadPixels)

#define RESOLVED(X) \
	X(glReadBuffer) X(glAccum) X(glGetBooleanv) X(glGetDoublev) \
	X(glFlush) X(glClearDepth) X(glIndexPointer) X(glNormalPointer) \
	X(glArrayElement) X(glColor3fv) X(glColor4fv) X(glColor3ub) \
	X(glTexCoord1f) X(glTexCoord4f) X(glTexCoord1fv) X(glTexCoord2fv) \
	X(glTexCoord3fv) X(glTexCoord4fv) X(glTexGenf) X(glTexGenfv) \
	X(glNormal3f) X(glOrtho) X(glRasterPos2f) X(glFrustum) \
	X(glPushMatrix) X(glPopMatrix) X(glPushAttrib) X(glPopAttrib) \
	X(glLoadMatrixd) X(glMultMatrixd) X(glMultMatrixf) X(glRotated) \
	X(glRotatef) X(glScaled) X(glTranslated) X(glDrawPixels) \
	X(glClearStencil) X(glIsList) X(glPixelStoref) X(glPixelStorei) \
	X(glCopyTexImage1D) X(glCopyTexImage2D) X(glCopyTexSubImage1D) \
	X(glCopyTexSubImage2D) X(glScissor) X(glGetTexImage) \
	X(glGetTexEnviv) X(glPolygonStipple) X(glClipPlane) \
	X(glGetClipPlane) X(glGetTexLevelParameteriv) \
	X(glGetTexLevelParameterfv)

/* pointers named p_glX, typed from the system's prototypes */
#define DECL(n) static __typeof__(&n) p_##n;
CALLED(DECL)
RESOLVED(DECL)

#define NAME(n) #n,
static const char *const called_names[] = { CALLED(NAME) };
static const char *const resolved_names[] = { RESOLVED(NAME) };
#define N(a) ((int)(sizeof(a) / sizeof((a)[0])))

/* extension entry points the GL1 path calls, fetched by the check */
typedef void (*pfn_active)(GLenum);
typedef void (*pfn_mtc2f)(GLenum, GLfloat, GLfloat);
typedef void (*pfn_dre)(GLenum, GLuint, GLuint, GLsizei, GLenum,
			const void *);
typedef void (*pfn_teximage3d)(GLenum, GLint, GLint, GLsizei, GLsizei,
			       GLsizei, GLint, GLenum, GLenum, const void *);
static pfn_active p_active, p_client_active;
static pfn_mtc2f p_mtc2f;
static pfn_dre p_draw_range;
static pfn_teximage3d p_teximage3d;

static float gl_version;
static const char *gl_ext = "";

/* the engine's fallbacks for a missing name: ARB dropped, then EXT for
 * ARB; other names with EXT appended */
static void *get_proc(const char *name)
{
	char alt[128];
	const char *arb;
	void *p = SDL_GL_GetProcAddress(name);

	if (p)
		return p;
	arb = strstr(name, "ARB");
	if (arb) {
		snprintf(alt, sizeof(alt), "%.*s%s", (int)(arb - name), name,
			 arb + 3);
		p = SDL_GL_GetProcAddress(alt);
		if (p)
			return p;
		snprintf(alt, sizeof(alt), "%.*sEXT%s", (int)(arb - name), name,
			 arb + 3);
	} else {
		snprintf(alt, sizeof(alt), "%sEXT", name);
	}
	return SDL_GL_GetProcAddress(alt);
}

static int has_ext(const char *name)
{
	size_t n = strlen(name);
	const char *s = gl_ext;

	while ((s = strstr(s, name))) {
		if ((s == gl_ext || s[-1] == ' ') && (s[n] == ' ' || !s[n]))
			return 1;
		s += n;
	}
	return 0;
}

/*
 * GL_CheckExtension: a GL_ name passes on the extension string or on the
 * version (minver != 0); then every function must resolve.  Reports the
 * truthfulness rule too: an advertised extension whose functions do not
 * resolve is the driver's lie.
 */
static int check_ext(const char *name, float minver, const char *const *fn,
		     void **out)
{
	int named = strlen(name) > 3 && (name[2] == '_' || name[3] == '_');
	int on = 1, i;

	if (named)
		on = has_ext(name) || (minver != 0 && gl_version >= minver);
	for (i = 0; on && fn && fn[i]; i++) {
		void *p = get_proc(fn[i]);

		if (out)
			out[i] = p;
		if (!p) {
			tap(!named || !has_ext(name),
			    "%s: %s resolves when the extension is on", name,
			    fn[i]);
			on = 0;
		}
	}
	printf("# %-36s %s\n", name, on ? "on" : "off");
	return on;
}

static void ext_table(void)
{
	static const char *const mt[] = { "glMultiTexCoord1f",
		"glMultiTexCoord2f", "glMultiTexCoord3f", "glMultiTexCoord4f",
		"glActiveTexture", "glActiveTextureARB", "glClientActiveTexture",
		"glClientActiveTextureARB", NULL };
	static const char *const t3d[] = { "glTexImage3D", "glTexSubImage3D",
		"glCopyTexSubImage3D", NULL };
	static const char *const cmp[] = { "glCompressedTexImage1DARB",
		"glCompressedTexImage2DARB", "glCompressedTexImage3DARB",
		"glCompressedTexSubImage1DARB", "glCompressedTexSubImage2DARB",
		"glCompressedTexSubImage3DARB", "glGetCompressedTexImage", NULL };
	static const char *const vbo[] = { "glBindBufferARB",
		"glDeleteBuffersARB", "glGenBuffersARB", "glIsBufferARB",
		"glMapBufferARB", "glUnmapBufferARB", "glBufferDataARB",
		"glBufferSubDataARB", NULL };
	static const char *const ms[] = { "glTexImage2DMultisample", NULL };
	static const char *const dre[] = { "glDrawRangeElements", NULL };
	static const char *const drx[] = { "glDrawRangeElementsEXT", NULL };
	void *f[8] = { 0 };
	GLint units = 0;

	if (check_ext("GL_ARB_multitexture", 1.3f, mt, f)) {
		p_glGetIntegerv(0x84E2 /* GL_MAX_TEXTURE_UNITS_ARB */, &units);
		printf("# GL_MAX_TEXTURE_UNITS_ARB %d\n", units);
		if (units > 1) {
			p_mtc2f = (pfn_mtc2f)f[1];
			p_active = (pfn_active)f[5];
			p_client_active = (pfn_active)f[7];
		}
	}
	memset(f, 0, sizeof(f));
	if (check_ext("GL_EXT_texture3D", 2.0f, t3d, f)) {
		GLint max3d = 0;

		p_glGetIntegerv(0x8073 /* GL_MAX_3D_TEXTURE_SIZE */, &max3d);
		if (max3d >= 32)
			p_teximage3d = (pfn_teximage3d)f[0];
	}
	check_ext("GL_EXT_texture_array", 0, t3d, NULL);
	check_ext("GL_ARB_texture_cube_map", 0, NULL, NULL);
	check_ext("GL_ARB_seamless_cube_map", 0, NULL, NULL);
	check_ext("GL_ARB_texture_non_power_of_two", 0, NULL, NULL);
	check_ext("GL_ARB_texture_compression", 0, cmp, NULL);
	if (!check_ext("GL_EXT_texture_edge_clamp", 2.0f, NULL, NULL))
		check_ext("GL_SGIS_texture_edge_clamp", 0, NULL, NULL);
	check_ext("GL_EXT_texture_filter_anisotropic", 0, NULL, NULL);
	check_ext("GL_EXT_texture_lod_bias", 1.4f, NULL, NULL);
	check_ext("GL_ARB_texture_border_clamp", 2.0f, NULL, NULL);
	check_ext("GL_ARB_depth_texture", 1.4f, NULL, NULL);
	check_ext("GL_ARB_texture_float", 0, NULL, NULL);
	check_ext("GL_ARB_depth_buffer_float", 0, NULL, NULL);
	check_ext("GL_EXT_gpu_shader4", 0, NULL, NULL);
	check_ext("GL_ARB_vertex_buffer_object", 2.0f, vbo, NULL);
	check_ext("GL_ARB_texture_multisample", 0, ms, NULL);
	check_ext("GL_ARB_texture_compression_bptc", 0, NULL, NULL);
	check_ext("GL_ARB_texture_rectangle", 0, NULL, NULL);
	memset(f, 0, sizeof(f));
	if (check_ext("glDrawRangeElements", 0, dre, f) ||
	    check_ext("glDrawRangeElementsEXT", 0, drx, f))
		p_draw_range = (pfn_dre)f[0];
}

/* SDL attributes of the renderer's safe levels 0 (compatibility
 * profile) and 1 (a 1.1 context, no profile) */
static SDL_GLContext create_context(SDL_Window **win)
{
	SDL_GLContext ctx = NULL;
	int level;

	for (level = 0; level < 2 && !ctx; level++) {
		SDL_GL_ResetAttributes();
		if (level == 0) {
			SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK,
					    SDL_GL_CONTEXT_PROFILE_COMPATIBILITY);
		} else {
			SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 1);
			SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 1);
		}
		SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
		SDL_GL_SetAttribute(SDL_GL_STENCIL_SIZE, 8);
		SDL_GL_SetAttribute(SDL_GL_ALPHA_SIZE, 8);
		SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 24);
		SDL_GL_SetAttribute(SDL_GL_RED_SIZE, 8);
		SDL_GL_SetAttribute(SDL_GL_GREEN_SIZE, 8);
		SDL_GL_SetAttribute(SDL_GL_BLUE_SIZE, 8);
		*win = SDL_CreateWindow("glcheck", 0, 0, W, H,
					SDL_WINDOW_OPENGL | SDL_WINDOW_HIDDEN);
		if (!*win)
			break;
		SDL_ShowWindow(*win);
		ctx = SDL_GL_CreateContext(*win);
		if (ctx) {
			/* SDL asks for 2.1 at level 0: a 1.x GL refuses it
			 * (GLX_ARB_create_context) and the renderer goes on
			 * to level 1 */
			tap(1, "a context at safe level %d", level);
		} else {
			printf("# safe level %d: %s\n", level, SDL_GetError());
			SDL_DestroyWindow(*win);
			*win = NULL;
		}
	}
	return ctx;
}

static void quad(float x, float y, float w, float h)
{
	p_glTexCoord2f(0, 0);
	p_glVertex2f(x, y);
	p_glTexCoord2f(1, 0);
	p_glVertex2f(x + w, y);
	p_glTexCoord2f(1, 1);
	p_glVertex2f(x + w, y + h);
	p_glTexCoord2f(0, 1);
	p_glVertex2f(x, y + h);
}

static void scene(void)
{
	/* ortho 0..W x 0..H, depth -1..1, as the renderer loads it */
	const GLfloat ortho[16] = { 2.0f / W, 0, 0, 0, 0, 2.0f / H, 0, 0,
				    0, 0, -1, 0, -1, -1, 0, 1 };
	static const GLfloat border[4] = { 0, 0, 1, 1 };
	static const GLfloat envc[4] = { 0.2f, 0.4f, 0.6f, 1 };
	static const GLfloat fogc[4] = { 0.9f, 0.8f, 0.1f, 1 };
	static const GLubyte ub[4] = { 40, 200, 90, 255 };
	static const GLfloat v3[3] = { 160, 120, 0.2f };
	static const GLfloat n3[3] = { 0, 0, 1 };
	static const GLfloat av[] = { 8, 136, 56, 136, 56, 184, 8, 184 };
	static const GLubyte ac[] = { 255, 0, 0, 255, 0, 255, 0, 255,
				      0, 0, 255, 255, 255, 255, 0, 255 };
	static const GLfloat at[] = { 0, 0, 1, 0, 1, 1, 0, 1 };
	static const GLushort idx[] = { 0, 1, 2, 0, 2, 3 };
	GLubyte tex2[8 * 8 * 4], sub[4 * 4 * 4], tex1[8 * 4], tex3[32 * 32 * 4];
	GLuint t[4];
	GLfloat f[4];
	int i;

	for (i = 0; i < 64; i++) {
		int on = ((i & 7) ^ (i >> 3)) & 1;

		tex2[4 * i] = on ? 255 : 30;
		tex2[4 * i + 1] = on ? 255 : 60;
		tex2[4 * i + 2] = on ? 255 : 120;
		tex2[4 * i + 3] = 255;
	}
	memset(sub, 200, sizeof(sub));
	for (i = 0; i < 8; i++) {
		tex1[4 * i] = (GLubyte)(i * 32);
		tex1[4 * i + 1] = (GLubyte)(255 - i * 32);
		tex1[4 * i + 2] = 128;
		tex1[4 * i + 3] = 255;
	}
	for (i = 0; i < 32 * 32; i++) {
		tex3[4 * i] = (GLubyte)(i * 8);
		tex3[4 * i + 1] = (GLubyte)(i / 4);
		tex3[4 * i + 2] = 0;
		tex3[4 * i + 3] = 255;
	}

	/* frame state (GL_SetDefaults and R_BeginFrame) */
	p_glViewport(0, 0, W, H);
	p_glDrawBuffer(GL_BACK);
	p_glClearColor(0.5f, 0.5f, 0.5f, 1);
	p_glStencilMask(~0u);
	p_glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT |
		  GL_STENCIL_BUFFER_BIT);
	p_glHint(GL_PERSPECTIVE_CORRECTION_HINT, GL_NICEST);
	p_glShadeModel(GL_SMOOTH);
	p_glFrontFace(GL_CCW);
	p_glMatrixMode(GL_PROJECTION);
	p_glLoadIdentity();
	p_glLoadMatrixf(ortho);
	p_glMatrixMode(GL_MODELVIEW);
	p_glLoadIdentity();

	/* 2D texture, a patch replaced, GL_MODULATE */
	p_glGenTextures(4, t);
	p_glBindTexture(GL_TEXTURE_2D, t[0]);
	p_glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, 8, 8, 0, GL_RGBA,
		       GL_UNSIGNED_BYTE, tex2);
	p_glTexSubImage2D(GL_TEXTURE_2D, 0, 2, 2, 4, 4, GL_RGBA,
			  GL_UNSIGNED_BYTE, sub);
	p_glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
	p_glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
	p_glTexParameterf(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_REPEAT);
	p_glTexParameterfv(GL_TEXTURE_2D, GL_TEXTURE_BORDER_COLOR, border);
	tap(p_glIsTexture(t[0]) == GL_TRUE, "glIsTexture of a bound name");
	p_glTexEnvi(GL_TEXTURE_ENV, GL_TEXTURE_ENV_MODE, GL_MODULATE);
	p_glEnable(GL_TEXTURE_2D);
	p_glBegin(GL_QUADS);
	p_glColor3f(1, 0.8f, 0.6f);
	quad(8, 8, 56, 56);
	p_glEnd();
	/* GL_DECAL with the env colour set (ignored by DECAL) */
	p_glTexEnvf(GL_TEXTURE_ENV, GL_TEXTURE_ENV_MODE, GL_DECAL);
	p_glTexEnvfv(GL_TEXTURE_ENV, GL_TEXTURE_ENV_COLOR, envc);
	p_glTranslatef(64, 0, 0);
	p_glScalef(0.5f, 0.5f, 1);
	p_glBegin(GL_QUADS);
	quad(16, 16, 112, 112);
	p_glEnd();
	p_glLoadIdentity();
	p_glTexEnvi(GL_TEXTURE_ENV, GL_TEXTURE_ENV_MODE, GL_MODULATE);
	p_glDisable(GL_TEXTURE_2D);

	/* 1D texture with an object-linear texgen on s */
	p_glBindTexture(GL_TEXTURE_1D, t[1]);
	p_glTexImage1D(GL_TEXTURE_1D, 0, GL_RGBA, 8, 0, GL_RGBA,
		       GL_UNSIGNED_BYTE, tex1);
	p_glTexSubImage1D(GL_TEXTURE_1D, 0, 0, 1, GL_RGBA, GL_UNSIGNED_BYTE,
			  sub);
	p_glTexParameteri(GL_TEXTURE_1D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
	p_glTexParameteri(GL_TEXTURE_1D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
	p_glEnable(GL_TEXTURE_1D);
	p_glTexGeni(GL_S, GL_TEXTURE_GEN_MODE, GL_OBJECT_LINEAR);
	p_glEnable(GL_TEXTURE_GEN_S);
	p_glMatrixMode(GL_TEXTURE);
	p_glLoadIdentity();
	p_glScalef(1.0f / 64, 1, 1);
	p_glMatrixMode(GL_MODELVIEW);
	p_glBegin(GL_QUADS);
	p_glColor4f(1, 1, 1, 1);
	p_glTexCoord3f(0, 0, 0);
	p_glVertex2f(136, 8);
	p_glVertex2f(184, 8);
	p_glVertex2f(184, 56);
	p_glVertex2f(136, 56);
	p_glEnd();
	p_glDisable(GL_TEXTURE_GEN_S);
	p_glMatrixMode(GL_TEXTURE);
	p_glLoadIdentity();
	p_glMatrixMode(GL_MODELVIEW);
	p_glDisable(GL_TEXTURE_1D);

	/* blending pairs the renderer uses, and the alpha test */
	p_glEnable(GL_BLEND);
	p_glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
	p_glBegin(GL_QUADS);
	p_glColor4f(1, 0, 0, 0.5f);
	quad(200, 8, 48, 48);
	p_glEnd();
	p_glBlendFunc(GL_SRC_ALPHA, GL_ONE);
	p_glBegin(GL_TRIANGLES);
	p_glColor4ub(0, 0, 255, 128);
	p_glVertex2f(200, 8);
	p_glVertex2f(248, 8);
	p_glColor4ubv(ub);
	p_glVertex2f(224, 40);
	p_glEnd();
	p_glDisable(GL_BLEND);
	p_glAlphaFunc(GL_GREATER, 0.5f);
	p_glEnable(GL_ALPHA_TEST);
	p_glBegin(GL_QUADS);
	p_glColor4f(0, 1, 1, 0.25f);	/* culled by the alpha test */
	quad(8, 72, 24, 24);
	p_glColor4f(1, 0, 1, 0.75f);
	quad(32, 72, 24, 24);
	p_glEnd();
	p_glDisable(GL_ALPHA_TEST);

	/* depth: a near quad hides a far one; the view model's range */
	p_glEnable(GL_DEPTH_TEST);
	p_glDepthFunc(GL_LEQUAL);
	p_glDepthMask(GL_TRUE);
	p_glDepthRange(0, 0.5);
	p_glBegin(GL_QUADS);
	p_glColor3f(0, 0, 1);
	p_glVertex3f(72, 72, 0.5f);
	p_glVertex3f(120, 72, 0.5f);
	p_glVertex3f(120, 120, 0.5f);
	p_glVertex3f(72, 120, 0.5f);
	p_glEnd();
	p_glDepthRange(0, 1);
	p_glDepthFunc(GL_LESS);
	p_glBegin(GL_QUADS);
	p_glColor3f(1, 1, 0);	/* behind: only its right part shows */
	p_glVertex3f(96, 80, -0.5f);
	p_glVertex3f(128, 80, -0.5f);
	p_glVertex3f(128, 112, -0.5f);
	p_glVertex3f(96, 112, -0.5f);
	p_glEnd();
	p_glDepthMask(GL_FALSE);
	p_glDisable(GL_DEPTH_TEST);
	p_glDepthMask(GL_TRUE);

	/* stencil: a triangle marks, a quad shows only there */
	p_glEnable(GL_STENCIL_TEST);
	p_glStencilFunc(GL_ALWAYS, 1, ~0u);
	p_glStencilOp(GL_KEEP, GL_KEEP, GL_REPLACE);
	p_glColorMask(GL_FALSE, GL_FALSE, GL_FALSE, GL_FALSE);
	p_glBegin(GL_TRIANGLES);
	p_glVertex2f(136, 72);
	p_glVertex2f(184, 72);
	p_glVertex3fv(v3);
	p_glEnd();
	p_glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
	p_glStencilFunc(GL_EQUAL, 1, ~0u);
	p_glStencilOp(GL_KEEP, GL_KEEP, GL_KEEP);
	p_glBegin(GL_QUADS);
	p_glColor3f(0, 0.6f, 0);
	quad(136, 72, 48, 48);
	p_glEnd();
	p_glDisable(GL_STENCIL_TEST);

	/* culling, wireframe, points, flat shading, polygon offset */
	p_glEnable(GL_CULL_FACE);
	p_glCullFace(GL_BACK);
	p_glBegin(GL_TRIANGLES);	/* clockwise: culled */
	p_glColor3f(1, 0, 0);
	p_glVertex2f(200, 72);
	p_glVertex2f(224, 120);
	p_glVertex2f(248, 72);
	p_glEnd();
	p_glDisable(GL_CULL_FACE);
	p_glPolygonMode(GL_FRONT_AND_BACK, GL_LINE);
	p_glLineWidth(1);
	p_glBegin(GL_TRIANGLES);
	p_glColor3f(1, 1, 1);
	p_glVertex2f(200.5f, 72.5f);
	p_glVertex2f(247.5f, 72.5f);
	p_glVertex2f(224.5f, 119.5f);
	p_glEnd();
	p_glPolygonMode(GL_FRONT_AND_BACK, GL_FILL);
	p_glPointSize(1);
	p_glBegin(GL_POINTS);
	for (i = 0; i < 8; i++)
		p_glVertex2f(204.5f + 5 * i, 124.5f);
	p_glEnd();
	p_glShadeModel(GL_FLAT);
	p_glEnable(GL_POLYGON_OFFSET_FILL);
	p_glPolygonOffset(-1, -2);
	p_glBegin(GL_TRIANGLES);
	p_glNormal3fv(n3);
	p_glColor3f(1, 0, 0);
	p_glVertex2f(200, 136);
	p_glColor3f(0, 1, 0);
	p_glVertex2f(248, 136);
	p_glColor3f(0, 0, 1);	/* flat: the last vertex's colour */
	p_glVertex2f(224, 184);
	p_glEnd();
	p_glDisable(GL_POLYGON_OFFSET_FILL);
	p_glShadeModel(GL_SMOOTH);

	/* studio models: client arrays, 16-bit indices */
	p_glBindTexture(GL_TEXTURE_2D, t[0]);
	p_glEnable(GL_TEXTURE_2D);
	p_glEnableClientState(GL_VERTEX_ARRAY);
	p_glEnableClientState(GL_COLOR_ARRAY);
	p_glEnableClientState(GL_TEXTURE_COORD_ARRAY);
	p_glVertexPointer(2, GL_FLOAT, 0, av);
	p_glColorPointer(4, GL_UNSIGNED_BYTE, 0, ac);
	p_glTexCoordPointer(2, GL_FLOAT, 0, at);
	p_glDrawElements(GL_TRIANGLES, 6, GL_UNSIGNED_SHORT, idx);
	p_glTranslatef(64, 0, 0);
	if (p_draw_range)
		p_draw_range(GL_TRIANGLES, 0, 3, 6, GL_UNSIGNED_SHORT, idx);
	else
		p_glDrawElements(GL_TRIANGLES, 6, GL_UNSIGNED_SHORT, idx);
	p_glTranslatef(64, 0, 0);
	p_glDrawArrays(GL_TRIANGLE_FAN, 0, 4);
	p_glLoadIdentity();
	p_glDisableClientState(GL_COLOR_ARRAY);
	p_glDisableClientState(GL_TEXTURE_COORD_ARRAY);
	p_glDisableClientState(GL_VERTEX_ARRAY);

	/* fog, linear in eye depth: constant across each quad */
	p_glFogi(GL_FOG_MODE, GL_LINEAR);
	p_glFogf(GL_FOG_START, -1);
	p_glFogf(GL_FOG_END, 1);
	p_glFogfv(GL_FOG_COLOR, fogc);
	p_glEnable(GL_FOG);
	p_glBegin(GL_QUADS);
	p_glColor3f(1, 1, 1);
	p_glVertex3f(8, 200, 0.5f);	/* eye z -0.5: 75% fog */
	p_glVertex3f(56, 200, 0.5f);
	p_glVertex3f(56, 248, 0.5f);
	p_glVertex3f(8, 248, 0.5f);
	p_glEnd();
	p_glDisable(GL_FOG);
	p_glDisable(GL_TEXTURE_2D);

	/* multitexture: a second unit added (alias-model fullbrights) */
	if (p_active && p_mtc2f && p_client_active) {
		p_glBindTexture(GL_TEXTURE_2D, t[0]);
		p_glEnable(GL_TEXTURE_2D);
		p_active(GL_TEXTURE1);
		p_client_active(GL_TEXTURE1);
		p_glBindTexture(GL_TEXTURE_2D, t[1] + 2);
		p_glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, 8, 1, 0, GL_RGBA,
			       GL_UNSIGNED_BYTE, tex1);
		p_glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER,
				  GL_NEAREST);
		p_glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER,
				  GL_NEAREST);
		p_glTexEnvi(GL_TEXTURE_ENV, GL_TEXTURE_ENV_MODE, GL_ADD);
		p_glEnable(GL_TEXTURE_2D);
		p_glBegin(GL_QUADS);
		p_glColor3f(0.5f, 0.5f, 0.5f);
		p_glTexCoord2f(0, 0);
		p_mtc2f(GL_TEXTURE1, 0, 0);
		p_glVertex2f(72, 200);
		p_glTexCoord2f(1, 0);
		p_mtc2f(GL_TEXTURE1, 1, 0);
		p_glVertex2f(120, 200);
		p_glTexCoord2f(1, 1);
		p_mtc2f(GL_TEXTURE1, 1, 1);
		p_glVertex2f(120, 248);
		p_glTexCoord2f(0, 1);
		p_mtc2f(GL_TEXTURE1, 0, 1);
		p_glVertex2f(72, 248);
		p_glEnd();
		p_glDisable(GL_TEXTURE_2D);
		p_active(GL_TEXTURE0);
		p_client_active(GL_TEXTURE0);
		p_glDisable(GL_TEXTURE_2D);
	}

	/* a 3D texture through the EXT_texture3D entry point */
	if (p_teximage3d) {
		p_glBindTexture(GL_TEXTURE_3D, t[2]);
		p_teximage3d(GL_TEXTURE_3D, 0, GL_RGBA, 32, 8, 4, 0, GL_RGBA,
			     GL_UNSIGNED_BYTE, tex3);
		p_glTexParameteri(GL_TEXTURE_3D, GL_TEXTURE_MIN_FILTER,
				  GL_NEAREST);
		p_glTexParameteri(GL_TEXTURE_3D, GL_TEXTURE_MAG_FILTER,
				  GL_NEAREST);
		p_glEnable(GL_TEXTURE_3D);
		p_glBegin(GL_QUADS);
		p_glColor3f(1, 1, 1);
		p_glTexCoord3f(0, 0, 0.375f);
		p_glVertex2f(136, 200);
		p_glTexCoord3f(1, 0, 0.375f);
		p_glVertex2f(184, 200);
		p_glTexCoord3f(1, 1, 0.375f);
		p_glVertex2f(184, 248);
		p_glTexCoord3f(0, 1, 0.375f);
		p_glVertex2f(136, 248);
		p_glEnd();
		p_glDisable(GL_TEXTURE_3D);
	}

	tap(p_glIsEnabled(GL_BLEND) == GL_FALSE &&
	    p_glIsEnabled(GL_DITHER) == GL_TRUE, "glIsEnabled");
	p_glGetFloatv(GL_COLOR_CLEAR_VALUE, f);
	tap(f[0] == 0.5f && f[3] == 1, "glGetFloatv(GL_COLOR_CLEAR_VALUE)");
	p_glDeleteTextures(4, t);
	tap(p_glIsTexture(t[0]) == GL_FALSE, "glDeleteTextures");
	tap(p_glGetError() == GL_NO_ERROR, "no GL error in the scene");
	p_glFinish();
}

int main(int argc, char **argv)
{
	SDL_Window *win = NULL;
	SDL_GLContext ctx;
	const char *ver, *rend;
	static unsigned char px[W * H * 4];
	int i, missing = 0, bits = 0;

	if (argc != 2) {
		fprintf(stderr, "usage: glcheck OUT.png\n");
		return 2;
	}
	if (SDL_Init(SDL_INIT_TIMER | SDL_INIT_VIDEO | SDL_INIT_EVENTS)) {
		printf("not ok - SDL_Init: %s\n", SDL_GetError());
		return 1;
	}
	if (SDL_GL_LoadLibrary(NULL)) {
		printf("not ok - SDL_GL_LoadLibrary: %s\n", SDL_GetError());
		return 1;
	}
	ctx = create_context(&win);
	if (!ctx) {
		printf("not ok - no GL context at safe levels 0 and 1\n");
		return 1;
	}
	SDL_GL_MakeCurrent(win, ctx);

	/* the 1.1 table: nothing checks it, so a NULL crashes the engine */
#define GET(n) p_##n = (__typeof__(p_##n))SDL_GL_GetProcAddress(#n);
	CALLED(GET)
	RESOLVED(GET)
#define MISS(n) if (!p_##n) { printf("# missing %s\n", #n); missing++; }
	CALLED(MISS)
	tap(!missing, "the %d GL 1.1 functions the renderer calls resolve",
	    N(called_names));
	if (missing)
		return 1;
	missing = 0;
	RESOLVED(MISS)
	tap(!missing, "the %d functions it only resolves resolve too",
	    N(resolved_names));

	ver = (const char *)p_glGetString(GL_VERSION);
	rend = (const char *)p_glGetString(GL_RENDERER);
	gl_ext = (const char *)p_glGetString(GL_EXTENSIONS);
	if (!gl_ext)
		gl_ext = "";
	printf("# GL_VENDOR %s\n# GL_RENDERER %s\n# GL_VERSION %s\n",
	       (const char *)p_glGetString(GL_VENDOR), rend, ver);
	/* the engine's parse: first digit on, major.minor */
	for (i = 0; ver && ver[i] && (ver[i] < '0' || ver[i] > '9'); i++)
		;
	gl_version = ver ? (float)atof(ver + i) : 0;
	tap(gl_version >= 1.1f, "GL_VERSION parses as %.1f", gl_version);
	ext_table();
	p_glGetIntegerv(GL_MAX_TEXTURE_SIZE, &i);
	tap(i >= 256, "GL_MAX_TEXTURE_SIZE %d", i);
	SDL_GL_GetAttribute(SDL_GL_STENCIL_SIZE, &bits);
	tap(bits >= 8, "stencil bits read back: %d", bits);

	scene();
	p_glReadPixels(0, 0, W, H, GL_RGBA, GL_UNSIGNED_BYTE, px);
	if (png_write_gl(argv[1], W, H, px))
		tap(0, "write %s", argv[1]);
	SDL_GL_SwapWindow(win);
	SDL_GL_DeleteContext(ctx);
	SDL_DestroyWindow(win);
	SDL_Quit();
	printf("# %d checks failed\n", fails);
	return fails != 0;
}
