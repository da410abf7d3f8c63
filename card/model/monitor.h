/* The card's monitor: an SDL2 window (or none, headless) showing the
 * display engine's picture, and PNG snapshots of it. */
#ifndef PP_MONITOR_H
#define PP_MONITOR_H

#include <stdint.h>

struct pp_monitor;

/* window 0: headless.  png_dir NULL: snapshots are not written. */
struct pp_monitor *pp_monitor_open(int window, const char *png_dir);
int pp_monitor_has_window(const struct pp_monitor *m);
/* Shows one XRGB8888 frame; title says the mode, or why there is none. */
void pp_monitor_show(struct pp_monitor *m, const uint32_t *px, uint32_t w,
		     uint32_t h, const char *title);
/* Writes the frame as DIR/name; prints the path on stdout (one line,
 * flushed) once written.  0, or -1. */
int pp_monitor_save(struct pp_monitor *m, const uint32_t *px, uint32_t w,
		    uint32_t h, const char *name);
/* 1 once the user closed the window */
int pp_monitor_closed(struct pp_monitor *m);
void pp_monitor_close(struct pp_monitor *m);

#endif
