/*
 * The showcase demo's textures, drawn by program so that the project owns
 * every pixel: a wooden crate, a stone floor, a light map and a tinted
 * glass pane with an alpha ramp.  Usage: mktex OUTDIR
 */
#define STB_IMAGE_WRITE_IMPLEMENTATION
#include <stb/stb_image_write.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

/* a small integer hash: stable grain noise on every platform */
static unsigned noise(unsigned x, unsigned y, unsigned seed)
{
	unsigned h = x * 374761393u + y * 668265263u + seed * 2246822519u;

	h = (h ^ (h >> 13)) * 1274126177u;
	return (h ^ (h >> 16)) & 255;
}

static uint8_t clamp8(int v)
{
	return (uint8_t)(v < 0 ? 0 : v > 255 ? 255 : v);
}

static void put(uint8_t *p, int r, int g, int b, int a)
{
	p[0] = clamp8(r);
	p[1] = clamp8(g);
	p[2] = clamp8(b);
	p[3] = clamp8(a);
}

static int save(const char *dir, const char *name, int w, int h,
		const uint8_t *px)
{
	char path[4096];

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	if (!stbi_write_png(path, w, h, 4, px, w * 4)) {
		fprintf(stderr, "mktex: cannot write %s\n", path);
		return 1;
	}
	return 0;
}

/* planks with grain, a dark frame and a diagonal brace */
static void crate(uint8_t *px, int n)
{
	int x, y;

	for (y = 0; y < n; y++)
		for (x = 0; x < n; x++) {
			int plank = y / (n / 4), grain = (int)noise(x / 8, y, 1) / 6;
			int base = 150 + (plank & 1) * 18 + grain -
				   (y % (n / 4) == 0 ? 60 : 0);
			int frame = x < n / 8 || x >= n - n / 8 ||
				    y < n / 8 || y >= n - n / 8;
			int brace = abs(x - y) < n / 16;

			if (frame || brace)
				base -= 55;
			put(px + 4 * (y * n + x), base, base * 3 / 4,
			    base / 3, 255);
		}
}

/* grey stone flags with mortar lines */
static void floor_tex(uint8_t *px, int n)
{
	int x, y;

	for (y = 0; y < n; y++)
		for (x = 0; x < n; x++) {
			int tile = (x / (n / 2)) + 2 * (y / (n / 2));
			int v = 110 + tile * 12 + (int)noise(x, y, 2) / 10;

			if (x % (n / 2) < 2 || y % (n / 2) < 2)
				v = 60;
			put(px + 4 * (y * n + x), v, v, v + 8, 255);
		}
}

/* a soft round spot: a light map for the second texture unit */
static void lightmap(uint8_t *px, int n)
{
	int x, y;

	for (y = 0; y < n; y++)
		for (x = 0; x < n; x++) {
			double dx = (x + 0.5) / n - 0.5, dy = (y + 0.5) / n - 0.5;
			int v = (int)(255 * exp(-8 * (dx * dx + dy * dy)));

			put(px + 4 * (y * n + x), v, v, v * 9 / 10, 255);
		}
}

/* blue-green glass, more opaque towards its rim */
static void glass(uint8_t *px, int n)
{
	int x, y;

	for (y = 0; y < n; y++)
		for (x = 0; x < n; x++) {
			int e = x < y ? x : y, f = n - 1 - x, g = n - 1 - y;

			e = e < f ? e : f;
			e = e < g ? e : g;
			put(px + 4 * (y * n + x), 90, 200, 220,
			    e < 2 ? 255 : 80 + 4 * (n / 2 - e));
		}
}

int main(int argc, char **argv)
{
	static uint8_t a[64 * 64 * 4], b[64 * 64 * 4], c[32 * 32 * 4],
		d[32 * 32 * 4];

	if (argc != 2) {
		fprintf(stderr, "usage: mktex OUTDIR\n");
		return 2;
	}
	crate(a, 64);
	floor_tex(b, 64);
	lightmap(c, 32);
	glass(d, 32);
	return save(argv[1], "crate.png", 64, 64, a) |
	       save(argv[1], "floor.png", 64, 64, b) |
	       save(argv[1], "lightmap.png", 32, 32, c) |
	       save(argv[1], "glass.png", 32, 32, d);
}
