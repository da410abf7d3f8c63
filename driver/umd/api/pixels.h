/* Shared by the pixel-path files (pixel_*.c): reading client data and the
 * pixel transfer.  What other parts of the driver use is in ctx.h. */
#ifndef PPGL_PIXELS_H
#define PPGL_PIXELS_H

#include "ctx.h"

/* Bytes per group and per row under a pixel-store state. */
void ppgl_pixel_layout(const struct pixel_store *ps, int w, GLenum format,
		       GLenum type, size_t *group, size_t *row);
/* One component of client data of a non-packed type, as a float. */
float ppgl_pixel_comp(GLenum type, const uint8_t *p, int swap);
/* Writes one component of a non-packed type, clamped. */
void ppgl_pixel_put_comp(GLenum type, uint8_t *p, float v);
/* Bit (x, y) of GL_BITMAP data. */
int ppgl_bitmap_bit(const struct pixel_store *ps, int w, const void *src,
		    int x, int y);
/* An index after GL_INDEX_SHIFT and GL_INDEX_OFFSET. */
long ppgl_shift_index(const struct ctx *c, long v);
/* Index (x, y) of client data after shift and offset. */
long ppgl_raw_index(const struct ctx *c, const struct pixel_store *ps,
		    int w, GLenum type, const void *src, int x, int y);
/* Whether a colour scale or bias is set or GL_MAP_COLOR is on. */
int ppgl_transfer_on(const struct ctx *c);
/* The RGBA pixel transfer: scale and bias, then GL_MAP_COLOR. */
void ppgl_pixel_transfer(const struct ctx *c, float v[4]);

#endif
