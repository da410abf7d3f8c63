/* Prints colour statistics of a PNG region, for the GLX smoke tests:
 * "red G green B blue C colours N" where red/green/blue count pixels whose
 * channel dominates and colours counts distinct 15-bit colours.
 * Usage: pixstat IMAGE.png [X Y W H] */
#define STB_IMAGE_IMPLEMENTATION
#include <stb/stb_image.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
	static unsigned char seen[32768];
	int w, h, n, x0 = 0, y0 = 0, rw, rh, x, y, r = 0, g = 0, b = 0, c = 0;
	unsigned char *p;

	if (argc != 2 && argc != 6) {
		fprintf(stderr, "usage: %s IMAGE.png [X Y W H]\n", argv[0]);
		return 2;
	}
	p = stbi_load(argv[1], &w, &h, &n, 3);
	if (!p) {
		fprintf(stderr, "pixstat: cannot read %s\n", argv[1]);
		return 1;
	}
	rw = w;
	rh = h;
	if (argc == 6) {
		x0 = atoi(argv[2]);
		y0 = atoi(argv[3]);
		rw = atoi(argv[4]);
		rh = atoi(argv[5]);
	}
	for (y = y0; y < y0 + rh && y < h; y++)
		for (x = x0; x < x0 + rw && x < w; x++) {
			const unsigned char *q = p + ((size_t)y * w + x) * 3;
			int k = (q[0] >> 3) << 10 | (q[1] >> 3) << 5 | q[2] >> 3;

			if (q[0] > 80 && q[0] > 2 * q[1] && q[0] > 2 * q[2])
				r++;
			if (q[1] > 80 && q[1] > 2 * q[0] && q[1] > 2 * q[2])
				g++;
			if (q[2] > 80 && q[2] > 2 * q[0] && q[2] > 2 * q[1])
				b++;
			if (!seen[k]) {
				seen[k] = 1;
				c++;
			}
		}
	printf("red %d green %d blue %d colours %d\n", r, g, b, c);
	return 0;
}
