/* ppcmp [-t DIFF] [-l PERMILLE] [-c COLOURS] [-r WxH+X+Y] A.png B.png:
 * compares two captures of the same frame (the card's monitor and Mesa on
 * Xvfb), in the region -r (default: the whole picture).
 * A pixel differs when one of its channels differs by more than DIFF
 * (default 48).  Prints
 *   "differ P permille (N of M pixels), mean |d| X, colours CA CB"
 * and succeeds when P <= PERMILLE (default 20) and both pictures hold at
 * least COLOURS distinct colours (default 32: a game frame, not a black
 * or blank screen).  The two must be the same size. */
#define STB_IMAGE_IMPLEMENTATION
#include <stb/stb_image.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static unsigned char *load(const char *p, int *w, int *h)
{
	int n;
	unsigned char *px = stbi_load(p, w, h, &n, 3);

	if (!px)
		fprintf(stderr, "ppcmp: cannot read %s: %s\n", p,
			stbi_failure_reason());
	return px;
}

static int colours(const unsigned char *px, long n)
{
	static unsigned char seen[1 << 21];
	long i;
	int c = 0;

	memset(seen, 0, sizeof(seen));
	for (i = 0; i < n; i++) {
		unsigned int v = (unsigned int)px[i * 3] << 16 |
				 (unsigned int)px[i * 3 + 1] << 8 | px[i * 3 + 2];

		if (!(seen[v >> 3] & 1 << (v & 7))) {
			seen[v >> 3] |= (unsigned char)(1 << (v & 7));
			c++;
		}
	}
	return c;
}

int main(int argc, char **argv)
{
	int diff = 48, limit = 20, mincol = 32, o, wa, ha, wb, hb, ca, cb;
	int rw = 0, rh = 0, rx = 0, ry = 0, y;
	unsigned char *a, *b;
	long i, n, bad = 0;
	double sum = 0, pm;

	while ((o = getopt(argc, argv, "t:l:c:r:")) != -1) {
		switch (o) {
		case 't': diff = atoi(optarg); break;
		case 'l': limit = atoi(optarg); break;
		case 'c': mincol = atoi(optarg); break;
		case 'r':
			if (sscanf(optarg, "%dx%d+%d+%d", &rw, &rh, &rx, &ry) != 4 ||
			    rw < 1 || rh < 1 || rx < 0 || ry < 0)
				goto usage;
			break;
		default: goto usage;
		}
	}
	if (argc - optind != 2) {
usage:
		fprintf(stderr,
			"usage: ppcmp [-t DIFF] [-l PERMILLE] [-c COLOURS] [-r WxH+X+Y] A.png B.png\n");
		return 2;
	}
	a = load(argv[optind], &wa, &ha);
	b = load(argv[optind + 1], &wb, &hb);
	if (!a || !b)
		return 1;
	if (wa != wb || ha != hb) {
		printf("sizes differ: %dx%d and %dx%d\n", wa, ha, wb, hb);
		return 1;
	}
	if (!rw) {
		rw = wa;
		rh = ha;
	}
	if (rx + rw > wa || ry + rh > ha) {
		printf("region %dx%d+%d+%d outside the %dx%d picture\n", rw, rh,
		       rx, ry, wa, ha);
		return 1;
	}
	/* the region, packed at the start of both pictures */
	for (y = 0; y < rh; y++) {
		memmove(a + (long)y * rw * 3, a + ((long)(ry + y) * wa + rx) * 3,
			(size_t)rw * 3);
		memmove(b + (long)y * rw * 3, b + ((long)(ry + y) * wa + rx) * 3,
			(size_t)rw * 3);
	}
	n = (long)rw * rh;
	for (i = 0; i < n; i++) {
		int k, m = 0;

		for (k = 0; k < 3; k++) {
			int d = abs(a[i * 3 + k] - b[i * 3 + k]);

			sum += d;
			if (d > m)
				m = d;
		}
		if (m > diff)
			bad++;
	}
	ca = colours(a, n);
	cb = colours(b, n);
	pm = 1000.0 * (double)bad / (double)n;
	printf("differ %.1f permille (%ld of %ld pixels), mean |d| %.2f, colours %d %d\n",
	       pm, bad, n, sum / (3.0 * (double)n), ca, cb);
	return pm <= limit && ca >= mincol && cb >= mincol ? 0 : 1;
}
