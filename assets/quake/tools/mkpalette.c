/* Writes gfx/palette.lmp: 256 RGB triples. */
#include "buf.h"
#include "pal.h"

int main(int argc, char **argv)
{
	struct buf b = { 0 };
	uint8_t rgb[768];

	if (argc != 2)
		die("usage: mkpalette OUT.lmp");
	pal_build(rgb);
	buf_bytes(&b, rgb, sizeof(rgb));
	return buf_save(&b, argv[1]);
}
