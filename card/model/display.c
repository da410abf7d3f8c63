/* The display engine: armed and latched surface registers, the 60 Hz
 * timing generator's vblank, hot-plug, and the picture the monitor shows
 * (scan-out, hardware cursor, gamma). */
#include <string.h>
#include <time.h>
#include "card.h"
#include "../include/protopciem/cmd.h"

#define CURSOR_BYTES (PP_CURSOR_SIZE * PP_CURSOR_SIZE * 4)
#define LATCH_VBLANK 1	/* hi_latch[] slots */
#define LATCH_CLOCK 2

uint64_t pp_card_clock(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (uint64_t)t.tv_sec * 1000000000ull + (uint64_t)t.tv_nsec;
}

void pp_display_reset(struct pp_card *c)
{
	static const struct pp_surface dflt = {
		1024, 768, 4096, PP_FMT_XRGB8888, 0
	};
	int i;

	c->disp_ctrl = 0;
	c->armed = c->active = dflt;
	c->active_valid = 0;
	c->commit_pending = 0;
	c->vblank_count = 0;
	c->vblank_time = 0;
	c->cur_base = c->cur_pos = 0;
	for (i = 0; i < PP_GAMMA_SIZE; i++)
		c->gamma[i] = (uint32_t)i * 0x010101u;
	c->snap_pending = 0;
	c->snap_tag = c->snap_count = 0;
}

static uint32_t bpp(uint32_t format)
{
	return format == PP_FMT_RGB565 ? 2 : 4;
}

/* Whether a surface lies inside VRAM with lines at least a row long. */
static int surface_fits(const struct pp_surface *s)
{
	uint64_t row = (uint64_t)s->w * bpp(s->format);

	return s->stride >= row &&
	       (uint64_t)s->base + (uint64_t)s->stride * (s->h - 1) + row <=
	       PP_VRAM_SIZE;
}

static uint32_t status(const struct pp_card *c)
{
	return (c->connected ? PP_DISP_CONNECTED : 0) |
	       (c->commit_pending ? PP_DISP_COMMIT_PENDING : 0) |
	       ((c->disp_ctrl & PP_DISP_ENABLE) && c->active_valid ?
		PP_DISP_SCANNING : 0);
}

/* 1 if off is a display register (value in *v), c->lock held. */
int pp_display_read(struct pp_card *c, uint32_t off, uint32_t *v)
{
	uint64_t now;

	if (off >= PP_REG_GAMMA_LUT && off < PP_REG_GAMMA_LUT + 4 * PP_GAMMA_SIZE) {
		*v = c->gamma[(off - PP_REG_GAMMA_LUT) / 4];
		return 1;
	}
	switch (off) {
	case PP_REG_DISP_CTRL: *v = c->disp_ctrl; return 1;
	case PP_REG_DISP_WIDTH: *v = c->armed.w; return 1;
	case PP_REG_DISP_HEIGHT: *v = c->armed.h; return 1;
	case PP_REG_DISP_STRIDE: *v = c->armed.stride; return 1;
	case PP_REG_DISP_FORMAT: *v = c->armed.format; return 1;
	case PP_REG_DISP_BASE: *v = c->armed.base; return 1;
	case PP_REG_DISP_VBLANK_COUNT: *v = c->vblank_count; return 1;
	case PP_REG_DISP_COMMIT: *v = (uint32_t)c->commit_pending; return 1;
	case PP_REG_DISP_VBLANK_TIME_LO:
		c->hi_latch[LATCH_VBLANK] = (uint32_t)(c->vblank_time >> 32);
		*v = (uint32_t)c->vblank_time;
		return 1;
	case PP_REG_DISP_VBLANK_TIME_HI: *v = c->hi_latch[LATCH_VBLANK]; return 1;
	case PP_REG_DISP_CLOCK_LO:
		now = pp_card_clock();
		c->hi_latch[LATCH_CLOCK] = (uint32_t)(now >> 32);
		*v = (uint32_t)now;
		return 1;
	case PP_REG_DISP_CLOCK_HI: *v = c->hi_latch[LATCH_CLOCK]; return 1;
	case PP_REG_DISP_ACTIVE_BASE: *v = c->active.base; return 1;
	case PP_REG_DISP_STATUS: *v = status(c); return 1;
	case PP_REG_DISP_SNAPSHOT: *v = c->snap_count; return 1;
	case PP_REG_CUR_BASE: *v = c->cur_base; return 1;
	case PP_REG_CUR_POS: *v = c->cur_pos; return 1;
	}
	return 0;
}

/* 0, or -1: refused (ERR_REGISTER); c->lock held. */
int pp_display_write(struct pp_card *c, uint32_t off, uint32_t v)
{
	if (off >= PP_REG_GAMMA_LUT && off < PP_REG_GAMMA_LUT + 4 * PP_GAMMA_SIZE) {
		if (v >> 24)
			return -1;
		c->gamma[(off - PP_REG_GAMMA_LUT) / 4] = v;
		return 0;
	}
	switch (off) {
	case PP_REG_DISP_CTRL:
		if (v & ~(PP_DISP_ENABLE | PP_DISP_GAMMA | PP_DISP_CURSOR))
			return -1;
		c->disp_ctrl = v;
		return 0;
	case PP_REG_DISP_WIDTH:
	case PP_REG_DISP_HEIGHT:
		if (v < 64 || v > 4096)
			return -1;
		if (off == PP_REG_DISP_WIDTH)
			c->armed.w = v;
		else
			c->armed.h = v;
		return 0;
	case PP_REG_DISP_STRIDE:
		if (!v || (v & 63) || v > 16384)
			return -1;
		c->armed.stride = v;
		return 0;
	case PP_REG_DISP_FORMAT:
		if (v != PP_FMT_XRGB8888 && v != PP_FMT_RGB565)
			return -1;
		c->armed.format = v;
		return 0;
	case PP_REG_DISP_BASE:
		if ((v & 0xfff) || v >= PP_VRAM_SIZE)
			return -1;
		c->armed.base = v;
		return 0;
	case PP_REG_DISP_COMMIT:
		if (v != 1)
			return -1;
		c->commit_pending = 1;
		return 0;
	case PP_REG_DISP_SNAPSHOT:
		c->snap_pending = 1;
		c->snap_tag = v;
		return 0;
	case PP_REG_CUR_BASE:
		if ((v & 0xfff) || v > PP_VRAM_SIZE - CURSOR_BYTES)
			return -1;
		c->cur_base = v;
		return 0;
	case PP_REG_CUR_POS:
		c->cur_pos = v;
		return 0;
	}
	return -1;	/* read-only or reserved */
}

void pp_card_vblank(struct pp_card *c)
{
	pthread_mutex_lock(&c->lock);
	c->vblank_count++;
	c->vblank_time = pp_card_clock();
	if (c->commit_pending) {
		c->commit_pending = 0;
		if (surface_fits(&c->armed)) {
			c->active = c->armed;
			c->active_valid = 1;
			pp_irq_raise(c, PP_IRQ_FLIP);
		} else {
			/* the old surface stays on screen */
			pp_reg_error(c, PP_ERR_RANGE, 0, PP_REG_DISP_COMMIT);
		}
	}
	pp_irq_raise(c, PP_IRQ_VBLANK);
	pthread_mutex_unlock(&c->lock);
}

static uint32_t load_pixel(const uint8_t *p, uint32_t format)
{
	uint32_t v;
	uint16_t h;

	if (format != PP_FMT_RGB565) {
		memcpy(&v, p, 4);
		return v & 0xffffff;
	}
	memcpy(&h, p, 2);
	return (uint32_t)(((h >> 11) & 31) * 255 / 31) << 16 |
	       (uint32_t)(((h >> 5) & 63) * 255 / 63) << 8 |
	       (uint32_t)((h & 31) * 255 / 31);
}

/* Premultiplied ARGB over an opaque pixel: src + dst * (1 - a). */
static uint32_t blend(uint32_t src, uint32_t dst)
{
	uint32_t a = src >> 24, out = 0;
	int sh;

	for (sh = 0; sh < 24; sh += 8) {
		uint32_t s = (src >> sh) & 255, d = (dst >> sh) & 255;
		uint32_t o = s + (d * (255 - a) + 127) / 255;

		out |= (o > 255 ? 255 : o) << sh;
	}
	return out;
}

static void draw_cursor(const uint8_t *vram, uint32_t base, uint32_t pos,
			uint32_t *px, uint32_t w, uint32_t h)
{
	int32_t cx = (int16_t)(pos & 0xffff), cy = (int16_t)(pos >> 16);
	int32_t i, j;

	for (j = 0; j < PP_CURSOR_SIZE; j++) {
		int32_t y = cy + j;

		if (y < 0 || y >= (int32_t)h)
			continue;
		for (i = 0; i < PP_CURSOR_SIZE; i++) {
			int32_t x = cx + i;
			uint32_t s;

			if (x < 0 || x >= (int32_t)w)
				continue;
			memcpy(&s, vram + base + ((size_t)j * PP_CURSOR_SIZE + i) * 4, 4);
			px[(size_t)y * w + x] = blend(s, px[(size_t)y * w + x]);
		}
	}
}

int pp_card_frame(struct pp_card *c, uint32_t *px, uint32_t *w, uint32_t *h)
{
	struct pp_surface s;
	uint32_t ctrl, cur_base, cur_pos, gamma[PP_GAMMA_SIZE], x, y;
	int on;

	pthread_mutex_lock(&c->lock);
	s = c->active;
	ctrl = c->disp_ctrl;
	on = (status(c) & PP_DISP_SCANNING) && c->connected;
	cur_base = c->cur_base;
	cur_pos = c->cur_pos;
	memcpy(gamma, c->gamma, sizeof(gamma));
	pthread_mutex_unlock(&c->lock);
	*w = s.w;
	*h = s.h;
	if (!on) {
		memset(px, 0, (size_t)s.w * s.h * 4);
		return 0;
	}
	for (y = 0; y < s.h; y++) {
		const uint8_t *row = c->vram + s.base + (size_t)y * s.stride;

		for (x = 0; x < s.w; x++)
			px[(size_t)y * s.w + x] = load_pixel(row + x * bpp(s.format),
							     s.format);
	}
	if (ctrl & PP_DISP_CURSOR)
		draw_cursor(c->vram, cur_base, cur_pos, px, s.w, s.h);
	if (ctrl & PP_DISP_GAMMA)
		for (x = 0; x < s.w * s.h; x++) {
			uint32_t v = px[x];

			px[x] = (gamma[(v >> 16) & 255] & 0xff0000) |
				(gamma[(v >> 8) & 255] & 0x00ff00) |
				(gamma[v & 255] & 0x0000ff);
		}
	return 1;
}

int pp_card_snapshot_request(struct pp_card *c, uint32_t *tag)
{
	int r;

	pthread_mutex_lock(&c->lock);
	r = c->snap_pending;
	c->snap_pending = 0;
	*tag = c->snap_tag;
	pthread_mutex_unlock(&c->lock);
	return r;
}

void pp_card_snapshot_done(struct pp_card *c)
{
	pthread_mutex_lock(&c->lock);
	c->snap_count++;
	pthread_mutex_unlock(&c->lock);
}

void pp_card_hotplug(struct pp_card *c, int connected)
{
	pthread_mutex_lock(&c->lock);
	if (c->connected != !!connected) {
		c->connected = !!connected;
		pp_irq_raise(c, PP_IRQ_HOTPLUG);
	}
	pthread_mutex_unlock(&c->lock);
}
