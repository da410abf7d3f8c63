/* SDL2 window and PNG writer for the display engine's output. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <SDL2/SDL.h>
#include <stb/stb_image_write.h>
#include "monitor.h"
#include "../include/protopciem/regs.h"

struct pp_monitor {
	SDL_Window *win;
	SDL_Renderer *ren;
	SDL_Texture *tex;
	uint32_t tw, th, tfmt;
	int closed;
	char *png_dir;
	unsigned int png_every, frame;
	uint8_t *last;		/* RGB of the last frame */
	uint32_t lw, lh;
};

struct pp_monitor *pp_monitor_open(int window, const char *png_dir,
				   unsigned int png_every)
{
	struct pp_monitor *m = calloc(1, sizeof(*m));

	if (!m)
		return NULL;
	if (png_dir) {
		m->png_dir = strdup(png_dir);
		m->png_every = png_every;
	}
	if (window) {
		if (SDL_Init(SDL_INIT_VIDEO)) {
			fprintf(stderr, "protopciem-card: no window (%s); "
				"running headless\n", SDL_GetError());
			return m;
		}
		m->win = SDL_CreateWindow("ProtoPCIem monitor",
					  SDL_WINDOWPOS_UNDEFINED,
					  SDL_WINDOWPOS_UNDEFINED, 1024, 768,
					  SDL_WINDOW_RESIZABLE);
		if (m->win)
			m->ren = SDL_CreateRenderer(m->win, -1, 0);
		if (!m->win || !m->ren)
			fprintf(stderr, "protopciem-card: %s\n", SDL_GetError());
	}
	return m;
}

static void to_rgb(struct pp_monitor *m, const uint8_t *px, uint32_t w,
		   uint32_t h, uint32_t stride, uint32_t format)
{
	uint32_t x, y;

	if (m->lw != w || m->lh != h) {
		free(m->last);
		m->last = malloc((size_t)w * h * 3);
		m->lw = w;
		m->lh = h;
	}
	if (!m->last)
		return;
	for (y = 0; y < h; y++)
		for (x = 0; x < w; x++) {
			uint8_t *o = m->last + ((size_t)y * w + x) * 3;

			if (format == PP_FMT_RGB565) {
				uint16_t v;

				memcpy(&v, px + (size_t)y * stride + x * 2, 2);
				o[0] = (uint8_t)(((v >> 11) & 31) * 255 / 31);
				o[1] = (uint8_t)(((v >> 5) & 63) * 255 / 63);
				o[2] = (uint8_t)((v & 31) * 255 / 31);
			} else {
				uint32_t v;

				memcpy(&v, px + (size_t)y * stride + x * 4, 4);
				o[0] = (uint8_t)(v >> 16);
				o[1] = (uint8_t)(v >> 8);
				o[2] = (uint8_t)v;
			}
		}
}

static void save(struct pp_monitor *m, const char *name)
{
	char path[4096];

	if (!m->png_dir || !m->last)
		return;
	snprintf(path, sizeof(path), "%s/%s", m->png_dir, name);
	if (!stbi_write_png(path, (int)m->lw, (int)m->lh, 3, m->last,
			    (int)m->lw * 3))
		fprintf(stderr, "protopciem-card: cannot write %s\n", path);
}

void pp_monitor_frame(struct pp_monitor *m, const uint8_t *px, uint32_t w,
		      uint32_t h, uint32_t stride, uint32_t format)
{
	SDL_Event ev;

	m->frame++;
	if (px && m->png_dir) {
		to_rgb(m, px, w, h, stride, format);
		if (m->png_every && m->frame % m->png_every == 0) {
			char name[64];

			snprintf(name, sizeof(name), "frame-%06u.png", m->frame);
			save(m, name);
		}
	}
	if (!m->ren)
		return;
	while (SDL_PollEvent(&ev))
		if (ev.type == SDL_QUIT)
			m->closed = 1;
	SDL_SetRenderDrawColor(m->ren, 0, 0, 0, 255);
	SDL_RenderClear(m->ren);
	if (px) {
		uint32_t sfmt = format == PP_FMT_RGB565 ? SDL_PIXELFORMAT_RGB565 :
			       SDL_PIXELFORMAT_XRGB8888;

		if (!m->tex || m->tw != w || m->th != h || m->tfmt != sfmt) {
			if (m->tex)
				SDL_DestroyTexture(m->tex);
			m->tex = SDL_CreateTexture(m->ren, sfmt,
						   SDL_TEXTUREACCESS_STREAMING,
						   (int)w, (int)h);
			m->tw = w;
			m->th = h;
			m->tfmt = sfmt;
		}
		if (m->tex) {
			SDL_UpdateTexture(m->tex, NULL, px, (int)stride);
			SDL_RenderCopy(m->ren, m->tex, NULL, NULL);
		}
	}
	SDL_RenderPresent(m->ren);
}

int pp_monitor_closed(struct pp_monitor *m)
{
	return m->closed;
}

void pp_monitor_close(struct pp_monitor *m)
{
	if (!m)
		return;
	save(m, "last.png");
	if (m->tex)
		SDL_DestroyTexture(m->tex);
	if (m->ren)
		SDL_DestroyRenderer(m->ren);
	if (m->win) {
		SDL_DestroyWindow(m->win);
		SDL_Quit();
	}
	free(m->last);
	free(m->png_dir);
	free(m);
}
