/* Procedural 64x64 wall textures, chosen by the texture's name, written as
 * the BSP's miptex lump with all four mip levels. */
#include "qbsp.h"
#include "../tools/pal.h"

#include <string.h>

#define TW 64

static int noise(int x, int y)
{
	unsigned h = (unsigned)x * 374761393u + (unsigned)y * 668265263u;

	h = (h ^ (h >> 13)) * 1274126177u;
	return (int)((h >> 16) & 3) - 1;
}

static uint8_t texel(const char *name, int x, int y)
{
	int n = noise(x, y);

	if (!strncmp(name, "brick", 5)) {
		int row = y / 16, bx = (x + (row & 1) * 16) % 32;

		if (y % 16 == 15 || bx == 31)
			return pal_ramp(RAMP_GREY, 5 + n);
		return pal_ramp(RAMP_RED, 9 + n - (row & 1));
	}
	if (!strncmp(name, "floor", 5)) {
		int check = ((x / 32) + (y / 32)) & 1;

		if (x % 32 == 0 || y % 32 == 0)
			return pal_ramp(RAMP_GREY, 4);
		return pal_ramp(check ? RAMP_TAN : RAMP_GREY, 10 + n);
	}
	if (!strncmp(name, "ceil", 4))
		return pal_ramp(RAMP_GREY,
				(x % 32 == 0 || y % 32 == 0) ? 6 : 11 + n);
	if (!strncmp(name, "metal", 5)) {
		int rx = x % 16, ry = y % 16;

		if ((rx == 3 || rx == 12) && (ry == 3 || ry == 12))
			return pal_ramp(RAMP_GREY, 15);
		return pal_ramp(RAMP_NAVY, 12 + n - (y % 32 == 0) * 6);
	}
	if (!strncmp(name, "wood", 4))
		return pal_ramp(RAMP_BROWN, 9 + n + ((x / 8) & 1) * 2);
	if (!strncmp(name, "lamp", 4)) /* fullbright */
		return (uint8_t)(PAL_FULLBRIGHT + RAMP_YELLOW);
	return pal_ramp(((x / 8 + y / 8) & 1) ? RAMP_PURPLE : RAMP_GREY, 10);
}

void tex_build(struct buf *out, const struct map *m)
{
	int i, lvl, x, y;

	buf_i32(out, m->ntex);
	for (i = 0; i < m->ntex; i++)
		buf_i32(out, 4 + 4 * m->ntex + i * (40 + 85 * TW * TW / 64));
	for (i = 0; i < m->ntex; i++) {
		int ofs = 40;

		buf_name(out, m->tex[i], 16);
		buf_i32(out, TW);
		buf_i32(out, TW);
		for (lvl = 0; lvl < 4; lvl++) {
			buf_i32(out, ofs);
			ofs += (TW >> lvl) * (TW >> lvl);
		}
		for (lvl = 0; lvl < 4; lvl++)
			for (y = 0; y < TW >> lvl; y++)
				for (x = 0; x < TW >> lvl; x++)
					buf_u8(out, texel(m->tex[i], x << lvl,
							  y << lvl));
	}
}
