/* mklmp OUT.lmp TICS: writes a short DOOM demo lump (version 1.9 format,
 * E1M1, skill 3, one player) of TICS tics, for a timedemo that is quick
 * under emulation.  The player walks forward, turns right and left, strafes
 * and fires, so the view and the status bar change from tic to tic.
 * Format: 13 header bytes (version 109, skill, episode, map, deathmatch,
 * respawn, fast, nomonsters, console player, 4 players in game), then four
 * bytes a tic for the one player (forward move, side move, angle turn's
 * high byte, buttons), then the end marker 0x80. */
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
	static const unsigned char head[13] = {
		109, 2, 1, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0
	};
	FILE *f;
	long tics, t;

	if (argc != 3 || (tics = strtol(argv[2], NULL, 10)) < 1 ||
	    tics > 35 * 3600) {
		fprintf(stderr, "usage: mklmp OUT.lmp TICS (1..126000)\n");
		return 2;
	}
	f = fopen(argv[1], "wb");
	if (!f) {
		perror(argv[1]);
		return 1;
	}
	fwrite(head, 1, sizeof(head), f);
	for (t = 0; t < tics; t++) {
		long ph = t % 140;
		signed char fwd = 25, side = 0;
		unsigned char turn = 0, buttons = 0;

		if (ph < 40) {
			fwd = 50;		/* run ahead */
		} else if (ph < 60) {
			turn = 0xfd;		/* turn right */
		} else if (ph < 80) {
			side = 24;		/* strafe right */
			buttons = ph % 10 == 0;	/* fire */
		} else if (ph < 100) {
			turn = 3;		/* turn left */
		} else {
			fwd = -25;		/* back up */
			side = -24;
		}
		fputc((unsigned char)fwd, f);
		fputc((unsigned char)side, f);
		fputc(turn, f);
		fputc(buttons, f);
	}
	fputc(0x80, f);
	if (fclose(f)) {
		perror(argv[1]);
		return 1;
	}
	return 0;
}
