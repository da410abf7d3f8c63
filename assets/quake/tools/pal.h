/* Our palette: 14 colour ramps of 16 shades (dark to bright), then 31
 * fullbright colours (224-254) and the transparent index 255, the ranges the
 * engine hard-codes. */
#ifndef QD_PAL_H
#define QD_PAL_H
#include <stdint.h>

enum ramp {
	RAMP_GREY,
	RAMP_BROWN,
	RAMP_TAN,
	RAMP_GREEN,
	RAMP_BLUE,
	RAMP_RED,
	RAMP_ORANGE,
	RAMP_YELLOW,
	RAMP_PURPLE,
	RAMP_TEAL,
	RAMP_PINK,
	RAMP_NAVY,
	RAMP_OLIVE,
	RAMP_SKIN,
	NRAMPS
};

#define PAL_FULLBRIGHT 224
#define PAL_TRANSPARENT 255

void pal_build(uint8_t rgb[768]);
/* Index of shade 0..15 of a ramp. */
static inline uint8_t pal_ramp(enum ramp r, int shade)
{
	shade = shade < 0 ? 0 : shade > 15 ? 15 : shade;
	return (uint8_t)(r * 16 + shade);
}
/* Nearest colour among indices [lo, hi]. */
int pal_nearest(const uint8_t rgb[768], int r, int g, int b, int lo, int hi);

#endif
