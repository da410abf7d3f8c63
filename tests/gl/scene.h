/* A reference scene: a GL 1.x program drawn once on our stack and once on
 * Mesa (OSMesa), compared by image.  The harness gives every scene a fresh
 * SCENE_W x SCENE_H RGBA context with 24-bit depth and 8-bit stencil, the
 * viewport already covering it and all other state at GL defaults.  When
 * draw() returns the harness calls glFinish() and reads the colour buffer.
 *
 * Scenes that check queries (glGet*, glGetError, glIsEnabled) turn each
 * answer into pixels, so the two implementations are compared on them too.
 */
#ifndef GL_SCENE_H
#define GL_SCENE_H

#define GL_GLEXT_PROTOTYPES 1
#include <GL/gl.h>
#include <GL/glext.h>

#define SCENE_W 160
#define SCENE_H 120

struct scene {
	const char *name;
	const char *covers;	/* what part of GL 1.x the scene exercises */
	void (*draw)(void);
};

/* Scenes register themselves in the "gl_scenes" section. */
#define SCENE(id, what)							\
	static void id(void);						\
	__attribute__((used, section("gl_scenes"), aligned(8)))	\
	static const struct scene id##_scene = { #id, what, id };	\
	static void id(void)

/* Helpers every scene may use (scene_util.c). */
void scene_checker_texture(int w, int h, int cell, const unsigned char a[4],
			   const unsigned char b[4]);
/* Paints a cell of a 8x6 result grid green (ok) or red (not ok): how
 * query scenes show their answers. */
void scene_result(int index, int ok);
/* Projection and modelview such that object x, y are window x, y. */
void scene_ortho(void);
/* Draws n values of feedback records of the given type as what they
 * describe, in window coordinates: polygons filled with their vertex
 * colours (or fill), lines, points, pixel-rectangle tokens as squares,
 * pass-through values as marks along the top; then each vertex as dots
 * coloured (z, w / 4, q / 4) and, 4 pixels right, (s, t, r). */
void scene_draw_feedback(const GLfloat *buf, GLint n, GLenum type,
			 const GLfloat *fill);

#endif
