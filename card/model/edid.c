/* The card's EDID 1.3: established 640x480/800x600/1024x768 and standard
 * 1280x1024 timings at 60 Hz, preferred 1024x768 (VESA DMT timing). */
#include <string.h>
#include "card.h"

static void checksum(uint8_t *b)
{
	uint8_t s = 0;
	int i;

	for (i = 0; i < 127; i++)
		s = (uint8_t)(s + b[i]);
	b[127] = (uint8_t)(0x100 - s);
}

/* Detailed timing descriptor (EDID 1.3 section 3.10.2). */
static void dtd(uint8_t *d, unsigned int clk_10khz, unsigned int ha,
		unsigned int hbl, unsigned int hso, unsigned int hsw,
		unsigned int va, unsigned int vbl, unsigned int vso,
		unsigned int vsw)
{
	d[0] = (uint8_t)clk_10khz;
	d[1] = (uint8_t)(clk_10khz >> 8);
	d[2] = (uint8_t)ha;
	d[3] = (uint8_t)hbl;
	d[4] = (uint8_t)((ha >> 8) << 4 | (hbl >> 8));
	d[5] = (uint8_t)va;
	d[6] = (uint8_t)vbl;
	d[7] = (uint8_t)((va >> 8) << 4 | (vbl >> 8));
	d[8] = (uint8_t)hso;
	d[9] = (uint8_t)hsw;
	d[10] = (uint8_t)((vso & 15) << 4 | (vsw & 15));
	d[11] = (uint8_t)((hso >> 8) << 6 | (hsw >> 8) << 4 |
			  (vso >> 4) << 2 | (vsw >> 4));
	d[12] = 0x40;	/* 320 mm */
	d[13] = 0xf0;	/* 240 mm */
	d[14] = 0x10;
	d[17] = 0x18;	/* digital separate sync */
}

static void text(uint8_t *d, uint8_t tag, const char *s)
{
	size_t n = strlen(s);

	memset(d, 0, 18);
	d[3] = tag;
	memset(d + 5, ' ', 13);
	memcpy(d + 5, s, n > 13 ? 13 : n);
	if (n < 13)
		d[5 + n] = '\n';
}

void pp_edid_build(uint8_t e[256])
{
	static const uint8_t header[8] = { 0, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0 };

	memset(e, 0, 256);
	memcpy(e, header, 8);
	/* manufacturer "PPM": 5-bit letters, big-endian */
	e[8] = (uint8_t)((('P' - '@') << 2) | (('P' - '@') >> 3));
	e[9] = (uint8_t)((('P' - '@') << 5) | ('M' - '@'));
	e[10] = 0x00;		/* product 0x0100 */
	e[11] = 0x01;
	e[16] = 1;		/* week */
	e[17] = 36;		/* 2026 */
	e[18] = 1;		/* EDID 1.3 */
	e[19] = 3;
	e[20] = 0x80;		/* digital input */
	e[21] = 32;		/* 32 x 24 cm */
	e[22] = 24;
	e[23] = 120;		/* gamma 2.2 */
	e[24] = 0x0a;		/* RGB colour, preferred timing first */
	/* chromaticity: sRGB-like */
	e[25] = 0xee; e[26] = 0x91; e[27] = 0xa3; e[28] = 0x54; e[29] = 0x4c;
	e[30] = 0x99; e[31] = 0x26; e[32] = 0x0f; e[33] = 0x50; e[34] = 0x54;
	e[35] = 0x21;		/* 640x480@60, 800x600@60 */
	e[36] = 0x08;		/* 1024x768@60 */
	/* standard timings: 1280x1024@60, the rest unused */
	e[38] = (1280 / 8) - 31;
	e[39] = 0x80;		/* 5:4, 60 Hz */
	for (int i = 40; i < 54; i += 2) {
		e[i] = 1;
		e[i + 1] = 1;
	}
	/* 1024x768@60: 65 MHz, htotal 1344, vtotal 806 */
	dtd(e + 54, 6500, 1024, 320, 24, 136, 768, 38, 3, 6);
	/* range limits: 50-75 Hz, 30-70 kHz, 140 MHz */
	e[72 + 3] = 0xfd;
	e[72 + 5] = 50; e[72 + 6] = 75; e[72 + 7] = 30; e[72 + 8] = 70;
	e[72 + 9] = 14; e[72 + 10] = 0; e[72 + 11] = '\n';
	memset(e + 72 + 12, ' ', 6);
	text(e + 90, 0xfc, "ProtoPCIem");
	text(e + 108, 0xff, "0001");
	checksum(e);
}
