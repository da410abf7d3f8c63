/* The card's monitor: an SDL2 window, or headless frames saved as PNG. */
#ifndef PP_MONITOR_H
#define PP_MONITOR_H

#include <stdint.h>

struct pp_monitor;

/* png_dir NULL: no PNGs; window 0: headless. */
struct pp_monitor *pp_monitor_open(int window, const char *png_dir,
				   unsigned int png_every);
/* Shows one scanned-out frame (format PP_FMT_*); NULL: display off. */
void pp_monitor_frame(struct pp_monitor *m, const uint8_t *pixels,
		      uint32_t w, uint32_t h, uint32_t stride, uint32_t format);
/* 1 once the user closed the window */
int pp_monitor_closed(struct pp_monitor *m);
/* Saves the last frame as DIR/last.png (headless and windowed). */
void pp_monitor_close(struct pp_monitor *m);

#endif
