/* 8-bit palette images and the drawing the generated pics need. */
#ifndef QD_PIC_H
#define QD_PIC_H
#include <stdint.h>
#include "buf.h"

struct pic {
	int w, h;
	uint8_t *px;
};

struct pic pic_new(int w, int h, uint8_t fill);
void pic_rect(struct pic *p, int x, int y, int w, int h, uint8_t c);
/* A bevelled panel: light top-left edge, dark bottom-right edge. */
void pic_panel(struct pic *p, int x, int y, int w, int h, int ramp);
/* Text from the conchars font, each font pixel drawn as scale x scale. */
void pic_text(struct pic *p, int x, int y, const char *s, int scale, uint8_t c);
int pic_text_width(const char *s, int scale);
/* qpic: int32 width, int32 height, pixels. */
void pic_qpic(const struct pic *p, struct buf *b);
void pic_free(struct pic *p);

/* The 8x8 glyph of a character: cell[y][x] is 1 where the glyph is set. */
void font_glyph(int c, uint8_t cell[8][8]);

#endif
