#include "pic.h"
#include "pal.h"

#include <stdlib.h>
#include <string.h>

struct pic pic_new(int w, int h, uint8_t fill)
{
	struct pic p = { w, h, malloc((size_t)w * (size_t)h) };

	if (!p.px)
		die("out of memory");
	memset(p.px, fill, (size_t)w * (size_t)h);
	return p;
}

void pic_rect(struct pic *p, int x, int y, int w, int h, uint8_t c)
{
	int i, j;

	for (j = y; j < y + h; j++)
		for (i = x; i < x + w; i++)
			if (i >= 0 && i < p->w && j >= 0 && j < p->h)
				p->px[j * p->w + i] = c;
}

void pic_panel(struct pic *p, int x, int y, int w, int h, int ramp)
{
	pic_rect(p, x, y, w, h, pal_ramp((enum ramp)ramp, 7));
	pic_rect(p, x, y, w, 1, pal_ramp((enum ramp)ramp, 12));
	pic_rect(p, x, y, 1, h, pal_ramp((enum ramp)ramp, 12));
	pic_rect(p, x, y + h - 1, w, 1, pal_ramp((enum ramp)ramp, 3));
	pic_rect(p, x + w - 1, y, 1, h, pal_ramp((enum ramp)ramp, 3));
}

int pic_text_width(const char *s, int scale)
{
	return (int)strlen(s) * 8 * scale;
}

void pic_text(struct pic *p, int x, int y, const char *s, int scale, uint8_t c)
{
	uint8_t cell[8][8];
	int i, j;

	for (; *s; s++, x += 8 * scale) {
		font_glyph((unsigned char)*s, cell);
		for (j = 0; j < 8; j++)
			for (i = 0; i < 8; i++)
				if (cell[j][i])
					pic_rect(p, x + i * scale,
						 y + j * scale, scale, scale,
						 c);
	}
}

void pic_qpic(const struct pic *p, struct buf *b)
{
	buf_i32(b, p->w);
	buf_i32(b, p->h);
	buf_bytes(b, p->px, (size_t)p->w * (size_t)p->h);
}

void pic_free(struct pic *p)
{
	free(p->px);
	p->px = NULL;
}
