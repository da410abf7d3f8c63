#define STB_IMAGE_WRITE_IMPLEMENTATION
#include <stb/stb_image_write.h>
#include <stdio.h>
#include "png_out.h"

int png_write_gl(const char *path, int w, int h, const unsigned char *rgba)
{
	/* Negative stride starting at the last row flips the image. */
	if (!stbi_write_png(path, w, h, 4, rgba + (size_t)(h - 1) * w * 4,
			    -w * 4)) {
		fprintf(stderr, "%s: cannot write\n", path);
		return 1;
	}
	return 0;
}
