// SPDX-License-Identifier: MIT
/*
 * ppsheet: the overview image of a demo run.  Reads the card monitor's
 * frames (PNG, or any format stb_image reads), keeps those that show a
 * picture (enough distinct colours; the black screen before the game and
 * the text console are left out), picks up to N of them evenly spread and
 * lays them out, scaled down, on one PNG.
 *
 *   ppsheet [-n TILES] [-c COLUMNS] [-w TILE_WIDTH] [-m MIN_COLOURS] OUT.png IN...
 *
 * Prints "sheet WxH tiles K of M busy of T" and then each chosen input,
 * one a line.  Exits 1 when no input shows a picture.
 */
#define STB_IMAGE_IMPLEMENTATION
#define STB_IMAGE_WRITE_IMPLEMENTATION
#include <stb/stb_image.h>
#include <stb/stb_image_write.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define GAP 4

struct img {
	unsigned char *px;
	int w, h;
};

static void usage(void)
{
	fprintf(stderr, "usage: ppsheet [-n TILES] [-c COLUMNS] [-w TILE_WIDTH] "
			"[-m MIN_COLOURS] OUT.png IN...\n");
	exit(2);
}

static int number(const char *s, int lo, int hi)
{
	char *end;
	long v = strtol(s, &end, 10);

	if (*s == '\0' || *end != '\0' || v < lo || v > hi)
		usage();
	return (int)v;
}

/* distinct colours (5 bits a channel) on a sample grid of the picture */
static int colours(const struct img *im)
{
	static unsigned char seen[1 << 15];
	int x, y, n = 0;
	int sx = im->w / 160 + 1, sy = im->h / 120 + 1;

	memset(seen, 0, sizeof(seen));
	for (y = 0; y < im->h; y += sy)
		for (x = 0; x < im->w; x += sx) {
			const unsigned char *p = im->px + ((size_t)y * im->w + x) * 3;
			int k = (p[0] >> 3) << 10 | (p[1] >> 3) << 5 | p[2] >> 3;

			if (!seen[k]) {
				seen[k] = 1;
				n++;
			}
		}
	return n;
}

/* box filter of SRC into a TW x TH tile at (OX, OY) of the sheet */
static void place(unsigned char *sheet, int sw, const struct img *src, int ox,
		  int oy, int tw, int th)
{
	int x, y, c;

	for (y = 0; y < th; y++) {
		int y0 = y * src->h / th, y1 = (y + 1) * src->h / th;

		if (y1 <= y0)
			y1 = y0 + 1;
		for (x = 0; x < tw; x++) {
			int x0 = x * src->w / tw, x1 = (x + 1) * src->w / tw;
			unsigned long sum[3] = { 0, 0, 0 }, n = 0;
			int i, j;

			if (x1 <= x0)
				x1 = x0 + 1;
			for (j = y0; j < y1; j++)
				for (i = x0; i < x1; i++) {
					const unsigned char *p =
						src->px + ((size_t)j * src->w + i) * 3;

					for (c = 0; c < 3; c++)
						sum[c] += p[c];
					n++;
				}
			for (c = 0; c < 3; c++)
				sheet[((size_t)(oy + y) * sw + ox + x) * 3 + c] =
					(unsigned char)(sum[c] / n);
		}
	}
}

int main(int argc, char **argv)
{
	int tiles = 12, cols = 4, tw = 320, minc = 64;
	int i, nin, nbusy = 0, k, rows, th, sw, sh;
	int *busy;
	struct img *im;
	unsigned char *sheet;
	const char *out;

	for (i = 1; i < argc && argv[i][0] == '-' && argv[i][1]; i += 2) {
		if (i + 1 >= argc)
			usage();
		if (!strcmp(argv[i], "-n"))
			tiles = number(argv[i + 1], 1, 100);
		else if (!strcmp(argv[i], "-c"))
			cols = number(argv[i + 1], 1, 20);
		else if (!strcmp(argv[i], "-w"))
			tw = number(argv[i + 1], 16, 1920);
		else if (!strcmp(argv[i], "-m"))
			minc = number(argv[i + 1], 1, 1 << 15);
		else
			usage();
	}
	if (argc - i < 2)
		usage();
	out = argv[i++];
	nin = argc - i;
	im = calloc((size_t)nin, sizeof(*im));
	busy = calloc((size_t)nin, sizeof(*busy));
	if (!im || !busy)
		return 1;
	for (k = 0; k < nin; k++) {
		im[k].px = stbi_load(argv[i + k], &im[k].w, &im[k].h, NULL, 3);
		if (!im[k].px) {
			fprintf(stderr, "ppsheet: %s: %s\n", argv[i + k],
				stbi_failure_reason());
			continue;
		}
		if (colours(&im[k]) >= minc)
			busy[nbusy++] = k;
		/* one frame in memory at a time: a run keeps hundreds */
		stbi_image_free(im[k].px);
		im[k].px = NULL;
	}
	if (nbusy == 0) {
		fprintf(stderr, "ppsheet: none of %d frames shows a picture\n", nin);
		return 1;
	}
	if (tiles > nbusy)
		tiles = nbusy;
	if (cols > tiles)
		cols = tiles;
	rows = (tiles + cols - 1) / cols;
	/* the tiles keep the aspect of the first chosen frame */
	th = tw * im[busy[0]].h / im[busy[0]].w;
	if (th < 1)
		th = 1;
	sw = cols * tw + (cols + 1) * GAP;
	sh = rows * th + (rows + 1) * GAP;
	sheet = malloc((size_t)sw * sh * 3);
	if (!sheet)
		return 1;
	memset(sheet, 0x20, (size_t)sw * sh * 3);
	printf("sheet %dx%d tiles %d of %d busy of %d\n", sw, sh, tiles, nbusy,
	       nin);
	for (k = 0; k < tiles; k++) {
		/* evenly spread, the first and the last busy frame included */
		int pick = tiles > 1 ? busy[(long)k * (nbusy - 1) / (tiles - 1)] :
				       busy[0];
		struct img t;

		t.px = stbi_load(argv[i + pick], &t.w, &t.h, NULL, 3);
		if (!t.px) {
			fprintf(stderr, "ppsheet: %s: %s\n", argv[i + pick],
				stbi_failure_reason());
			return 1;
		}
		place(sheet, sw, &t, GAP + (k % cols) * (tw + GAP),
		      GAP + (k / cols) * (th + GAP), tw, th);
		stbi_image_free(t.px);
		printf("%s\n", argv[i + pick]);
	}
	if (!stbi_write_png(out, sw, sh, 3, sheet, sw * 3)) {
		fprintf(stderr, "ppsheet: cannot write %s\n", out);
		return 1;
	}
	free(sheet);
	free(im);
	free(busy);
	return 0;
}
