/* Draws every registered scene (or those named) and writes OUT/NAME.png.
 * Usage: run-scenes OUTDIR [--list] [NAME...] */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "ctx.h"
#include "scene.h"
#include "png_out.h"

extern const struct scene __start_gl_scenes[], __stop_gl_scenes[];

static int wanted(const char *name, int argc, char **argv)
{
	int i;

	if (argc == 0)
		return 1;
	for (i = 0; i < argc; i++)
		if (!strcmp(argv[i], name))
			return 1;
	return 0;
}

/* Pack and transfer state back to the defaults so that the capture reads
 * the framebuffer as it is, whatever the scene left behind. */
static void neutral_readback(void)
{
	static const GLenum scale[] = { GL_RED_SCALE, GL_GREEN_SCALE,
					GL_BLUE_SCALE, GL_ALPHA_SCALE };
	static const GLenum bias[] = { GL_RED_BIAS, GL_GREEN_BIAS,
				       GL_BLUE_BIAS, GL_ALPHA_BIAS };
	unsigned int i;

	glPixelStorei(GL_PACK_SWAP_BYTES, 0);
	glPixelStorei(GL_PACK_LSB_FIRST, 0);
	glPixelStorei(GL_PACK_ROW_LENGTH, 0);
	glPixelStorei(GL_PACK_SKIP_PIXELS, 0);
	glPixelStorei(GL_PACK_SKIP_ROWS, 0);
	glPixelStorei(GL_PACK_ALIGNMENT, 1);
	for (i = 0; i < 4; i++) {
		glPixelTransferf(scale[i], 1);
		glPixelTransferf(bias[i], 0);
	}
	glPixelTransferi(GL_MAP_COLOR, 0);
}

static int run(const struct scene *s, const char *dir)
{
	unsigned char *px = calloc((size_t)SCENE_W * SCENE_H, 4);
	struct ctx *c = ctx_create(SCENE_W, SCENE_H);
	char path[4096];
	int rc = 1;

	if (!px || !c) {
		fprintf(stderr, "%s: cannot create a %s context\n", s->name,
			ctx_name());
		goto out;
	}
	glViewport(0, 0, SCENE_W, SCENE_H);
	s->draw();
	glFinish();
	neutral_readback();
	glReadPixels(0, 0, SCENE_W, SCENE_H, GL_RGBA, GL_UNSIGNED_BYTE, px);
	snprintf(path, sizeof(path), "%s/%s.png", dir, s->name);
	rc = png_write_gl(path, SCENE_W, SCENE_H, px);
out:
	ctx_destroy(c);
	free(px);
	return rc;
}

int main(int argc, char **argv)
{
	const struct scene *s;
	int failed = 0;

	if (argc < 2) {
		fprintf(stderr, "usage: %s OUTDIR [--list] [NAME...]\n", argv[0]);
		return 2;
	}
	if (!strcmp(argv[1], "--list")) {
		for (s = __start_gl_scenes; s < __stop_gl_scenes; s++)
			printf("%s\t%s\n", s->name, s->covers);
		return 0;
	}
	for (s = __start_gl_scenes; s < __stop_gl_scenes; s++)
		if (wanted(s->name, argc - 2, argv + 2))
			failed |= run(s, argv[1]);
	return failed;
}
