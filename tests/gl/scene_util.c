#include <stdlib.h>
#include "scene.h"

void scene_checker_texture(int w, int h, int cell, const unsigned char a[4],
			   const unsigned char b[4])
{
	unsigned char *p = malloc((size_t)w * h * 4);
	int x, y, i;

	if (!p)
		abort();
	for (y = 0; y < h; y++)
		for (x = 0; x < w; x++)
			for (i = 0; i < 4; i++)
				p[(y * w + x) * 4 + i] =
					((x / cell + y / cell) & 1) ? a[i] : b[i];
	glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, w, h, 0, GL_RGBA,
		     GL_UNSIGNED_BYTE, p);
	free(p);
}

void scene_result(int index, int ok)
{
	int cw = SCENE_W / 8, ch = SCENE_H / 6;
	int x = (index % 8) * cw, y = (index / 8) * ch;

	glPushAttrib(GL_ALL_ATTRIB_BITS);
	glEnable(GL_SCISSOR_TEST);
	glScissor(x + 1, y + 1, cw - 2, ch - 2);
	glClearColor(ok ? 0.0f : 1.0f, ok ? 1.0f : 0.0f, 0.0f, 1.0f);
	glClear(GL_COLOR_BUFFER_BIT);
	glPopAttrib();
}

void scene_ortho(void)
{
	glMatrixMode(GL_PROJECTION);
	glLoadIdentity();
	glOrtho(0, SCENE_W, 0, SCENE_H, -1, 1);
	glMatrixMode(GL_MODELVIEW);
	glLoadIdentity();
}
