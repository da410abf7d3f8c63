/* Writes gfx/colormap.lmp: 64 light levels x 256 colours, each mapping a
 * colour to its nearest palette entry at that light level (row 32 is
 * unlit-normal, row 0 twice as bright, row 63 black); fullbrights map to
 * themselves in every row. One trailing byte, as the conventional file has. */
#include "buf.h"
#include "pal.h"

int main(int argc, char **argv)
{
	struct buf b = { 0 };
	uint8_t rgb[768];
	int row, i;

	if (argc != 2)
		die("usage: mkcolormap OUT.lmp");
	pal_build(rgb);
	for (row = 0; row < 64; row++) {
		int scale = (64 - row) * 4; /* x/128: 2.0 down to 1/32 */

		for (i = 0; i < 256; i++) {
			int r, g, bl;

			if (i >= PAL_FULLBRIGHT) {
				buf_u8(&b, (unsigned)i);
				continue;
			}
			r = rgb[i * 3] * scale / 128;
			g = rgb[i * 3 + 1] * scale / 128;
			bl = rgb[i * 3 + 2] * scale / 128;
			buf_u8(&b, (unsigned)pal_nearest(rgb, r > 255 ? 255 : r,
							 g > 255 ? 255 : g,
							 bl > 255 ? 255 : bl, 0,
							 PAL_FULLBRIGHT - 1));
		}
	}
	buf_u8(&b, 0);
	return buf_save(&b, argv[1]);
}
