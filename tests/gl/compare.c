/* Compares two scene images.  Usage: compare REF.png OURS.png DIFF.png
 *
 * Tolerance: a pixel differs when any channel differs by more than
 * CHANNEL_TOL (rounding and interpolation order legitimately differ
 * between rasterizers).  A scene passes when at most EDGE_PERMILLE per
 * thousand of its pixels differ (the fill-convention and line-rasterization
 * freedom GL leaves on primitive edges) and the mean absolute channel error
 * stays under MEAN_TOL.  On failure a diff image is written: differing
 * pixels red scaled by their error, equal pixels a dim copy of the reference.
 */
#define STB_IMAGE_IMPLEMENTATION
#include <stb/stb_image.h>
#define STB_IMAGE_WRITE_IMPLEMENTATION
#include <stb/stb_image_write.h>
#include <stdio.h>
#include <stdlib.h>

#define CHANNEL_TOL 8
#define EDGE_PERMILLE 15
#define MEAN_TOL 1.5

int main(int argc, char **argv)
{
	int w, h, n, w2, h2, i, c, bad = 0, worst = 0;
	unsigned char *a, *b, *d;
	double sum = 0, mean;

	if (argc != 4) {
		fprintf(stderr, "usage: %s REF.png OURS.png DIFF.png\n", argv[0]);
		return 2;
	}
	a = stbi_load(argv[1], &w, &h, &n, 4);
	b = stbi_load(argv[2], &w2, &h2, &n, 4);
	if (!a || !b) {
		fprintf(stderr, "compare: cannot read %s\n", a ? argv[2] : argv[1]);
		return 2;
	}
	if (w != w2 || h != h2) {
		fprintf(stderr, "compare: sizes differ (%dx%d vs %dx%d)\n",
			w, h, w2, h2);
		return 1;
	}
	d = malloc((size_t)w * h * 4);
	if (!d)
		return 2;
	for (i = 0; i < w * h; i++) {
		int m = 0;

		for (c = 0; c < 4; c++) {
			int e = abs(a[i * 4 + c] - b[i * 4 + c]);

			sum += e;
			if (e > m)
				m = e;
		}
		if (m > worst)
			worst = m;
		if (m > CHANNEL_TOL) {
			bad++;
			d[i * 4 + 0] = (unsigned char)(128 + m / 2);
			d[i * 4 + 1] = d[i * 4 + 2] = 0;
		} else {
			for (c = 0; c < 3; c++)
				d[i * 4 + c] = a[i * 4 + c] / 4;
		}
		d[i * 4 + 3] = 255;
	}
	mean = sum / ((double)w * h * 4);
	printf("differing %d of %d pixels (%.2f%%), worst %d, mean %.3f\n",
	       bad, w * h, 100.0 * bad / (w * h), worst, mean);
	if (bad * 1000 > EDGE_PERMILLE * w * h || mean > MEAN_TOL) {
		stbi_write_png(argv[3], w, h, 4, d, w * 4);
		return 1;
	}
	return 0;
}
