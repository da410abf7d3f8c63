/* shotcheck IMAGE [FULLBRIGHT]: a screenshot of the room is not one colour,
 * is not mostly black, and its brightness varies the way lit walls do.
 * Given the same frame drawn with r_fullbright 1, the two must differ
 * clearly: the lightmaps are what shades the walls. */
#define STB_IMAGE_IMPLEMENTATION
#define STBI_ONLY_PNG
#define STBI_ONLY_TGA
#include <stb/stb_image.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
	int w, h, n, i, dark = 0, colours = 0;
	static unsigned char seen[1 << 15];
	unsigned char *px;
	double sum = 0, sum2 = 0, mean, var;

	if (argc != 2 && argc != 3) {
		fprintf(stderr, "usage: shotcheck IMAGE [FULLBRIGHT]\n");
		return 2;
	}
	px = stbi_load(argv[1], &w, &h, &n, 3);
	if (!px) {
		printf("shotcheck: cannot read %s\n", argv[1]);
		return 1;
	}
	for (i = 0; i < w * h; i++) {
		const unsigned char *c = px + i * 3;
		double y = 0.299 * c[0] + 0.587 * c[1] + 0.114 * c[2];
		int key = (c[0] >> 3) << 10 | (c[1] >> 3) << 5 | c[2] >> 3;

		sum += y;
		sum2 += y * y;
		dark += y < 8;
		if (!seen[key]++)
			colours++;
	}
	mean = sum / (w * h);
	var = sum2 / (w * h) - mean * mean;
	printf("shotcheck: %dx%d, %d colours, mean brightness %.1f, "
	       "deviation %.1f, %.1f%% black\n",
	       w, h, colours, mean, var > 0 ? __builtin_sqrt(var) : 0,
	       100.0 * dark / (w * h));
	if (colours < 64 || mean < 30 || var < 100 || dark * 4 > w * h) {
		printf("shotcheck: FAILED: not a lit, textured room\n");
		return 1;
	}
	if (argc == 3) {
		int w2, h2;
		unsigned char *fb = stbi_load(argv[2], &w2, &h2, &n, 3);
		double diff = 0;

		if (!fb || w2 != w || h2 != h) {
			printf("shotcheck: FAILED: cannot compare with %s\n",
			       argv[2]);
			return 1;
		}
		for (i = 0; i < w * h * 3; i++)
			diff += abs(px[i] - fb[i]);
		diff /= w * h * 3;
		printf("shotcheck: %.1f levels a channel from fullbright\n",
		       diff);
		if (diff < 6) {
			printf("shotcheck: FAILED: lighting changes nothing\n");
			return 1;
		}
	}
	return 0;
}
