/* Glyphs come from Debian's stb_easy_font (quads in font pixels), rasterized
 * into 8x8 cells. */
#include "pic.h"

#include <string.h>
#include <stb/stb_easy_font.h>

void font_glyph(int c, uint8_t cell[8][8])
{
	static float quads[4 * 4 * 64];
	char text[2] = { (char)(c & 0x7f), 0 };
	int n, q, x, y;

	memset(cell, 0, 64);
	if (text[0] < 33 || text[0] > 126)
		return;
	n = stb_easy_font_print(1, 0, text, NULL, quads, sizeof(quads));
	for (q = 0; q < n; q++) {
		/* Vertex stride is 16 bytes: x, y, z, rgba. */
		const float *v = quads + q * 16;
		int x0 = (int)v[0], y0 = (int)v[1];
		int x1 = (int)v[8], y1 = (int)v[9];

		for (y = y0; y < y1; y++)
			for (x = x0; x < x1; x++)
				if (x >= 0 && x < 8 && y >= 0 && y < 8)
					cell[y][x] = 1;
	}
}
