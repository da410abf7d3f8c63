/* Writes progs/player.mdl: an alias model (MDL version 6) shaped as a
 * player-sized pyramid, one skin, one frame. */
#include "buf.h"
#include "pal.h"

#define SKW 16
#define SKH 16

int main(int argc, char **argv)
{
	/* Four base corners and an apex, in the player's box. */
	static const float pos[5][3] = { { -16, -16, -24 },
					 { 16, -16, -24 },
					 { 16, 16, -24 },
					 { -16, 16, -24 },
					 { 0, 0, 32 } };
	static const int tri[6][3] = { { 0, 1, 4 }, { 1, 2, 4 }, { 2, 3, 4 },
				       { 3, 0, 4 }, { 0, 2, 1 }, { 0, 3, 2 } };
	const float org[3] = { -16, -16, -24 },
		    scale[3] = { 32.0f / 255, 32.0f / 255, 56.0f / 255 };
	struct buf b = { 0 };
	int i, j;

	if (argc != 2)
		die("usage: mkmdl OUT.mdl");
	buf_bytes(&b, "IDPO", 4);
	buf_i32(&b, 6);
	for (i = 0; i < 3; i++)
		buf_f32(&b, scale[i]);
	for (i = 0; i < 3; i++)
		buf_f32(&b, org[i]);
	buf_f32(&b, 40); /* bounding radius */
	buf_f32(&b, 0);
	buf_f32(&b, 0);
	buf_f32(&b, 22); /* eye position */
	buf_i32(&b, 1);	 /* skins */
	buf_i32(&b, SKW);
	buf_i32(&b, SKH);
	buf_i32(&b, 5);	 /* verts */
	buf_i32(&b, 6);	 /* triangles */
	buf_i32(&b, 1);	 /* frames */
	buf_i32(&b, 0);	 /* synctype */
	buf_i32(&b, 0);	 /* flags */
	buf_f32(&b, 16); /* average size */
	buf_i32(&b, 0);	 /* single skin */
	for (i = 0; i < SKW * SKH; i++)
		buf_u8(&b, pal_ramp(i & 8 ? RAMP_GREEN : RAMP_OLIVE, 10));
	for (i = 0; i < 5; i++) {
		buf_i32(&b, 0);
		buf_i32(&b, i * 3);
		buf_i32(&b, i == 4 ? 0 : SKH - 1);
	}
	for (i = 0; i < 6; i++) {
		buf_i32(&b, 1);
		for (j = 0; j < 3; j++)
			buf_i32(&b, tri[i][j]);
	}
	buf_i32(&b, 0);		  /* single frame */
	for (i = 0; i < 2; i++) { /* bbox min, max */
		for (j = 0; j < 3; j++)
			buf_u8(&b, i ? 255 : 0);
		buf_u8(&b, 0);
	}
	buf_name(&b, "stand", 16);
	for (i = 0; i < 5; i++) {
		for (j = 0; j < 3; j++)
			buf_u8(&b, (unsigned)((pos[i][j] - org[j]) / scale[j] +
					      0.5f));
		buf_u8(&b, i == 4 ? 5 : 0); /* light normal index < 162 */
	}
	buf_save(&b, argv[1]);
	return 0;
}
