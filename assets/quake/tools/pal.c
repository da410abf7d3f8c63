#include "pal.h"

/* Each ramp's brightest colour; shades scale it down towards black. */
static const uint8_t top[NRAMPS][3] = {
	{ 255, 255, 255 }, { 170, 110, 60 },  { 235, 200, 150 },
	{ 100, 210, 90 },  { 90, 130, 255 },  { 240, 60, 50 },
	{ 255, 150, 40 },  { 255, 240, 90 },  { 180, 90, 220 },
	{ 70, 220, 210 },  { 255, 140, 190 }, { 60, 70, 150 },
	{ 150, 160, 70 },  { 230, 170, 130 },
};

void pal_build(uint8_t rgb[768])
{
	int r, s, i, c;

	for (r = 0; r < NRAMPS; r++)
		for (s = 0; s < 16; s++)
			for (c = 0; c < 3; c++)
				rgb[(r * 16 + s) * 3 + c] =
					(uint8_t)(top[r][c] * (s + 1) / 16);
	/* Fullbrights: bright versions of the ramps, then pure white. */
	for (i = PAL_FULLBRIGHT; i < PAL_TRANSPARENT; i++) {
		int k = i - PAL_FULLBRIGHT;

		for (c = 0; c < 3; c++) {
			int v = top[k % NRAMPS][c] + (k / NRAMPS) * 40;

			rgb[i * 3 + c] = (uint8_t)(v > 255 ? 255 : v);
		}
	}
	rgb[PAL_TRANSPARENT * 3] = 159;
	rgb[PAL_TRANSPARENT * 3 + 1] = 91;
	rgb[PAL_TRANSPARENT * 3 + 2] = 83;
}

int pal_nearest(const uint8_t rgb[768], int r, int g, int b, int lo, int hi)
{
	int best = lo, bestd = 1 << 30, i;

	for (i = lo; i <= hi; i++) {
		int dr = rgb[i * 3] - r, dg = rgb[i * 3 + 1] - g;
		int db = rgb[i * 3 + 2] - b;
		int d = dr * dr * 3 + dg * dg * 4 + db * db * 2;

		if (d < bestd) {
			bestd = d;
			best = i;
		}
	}
	return best;
}
