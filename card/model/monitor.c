/* SDL2 window and PNG writer for the display engine's picture. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <SDL2/SDL.h>
#include <stb/stb_image_write.h>
#include "monitor.h"

struct pp_monitor {
	SDL_Window *win;
	SDL_Renderer *ren;
	SDL_Texture *tex;
	uint32_t tw, th;
	int closed;
	char *png_dir;
	uint8_t *rgb;		/* PNG conversion */
	size_t rgb_size;
};

struct pp_monitor *pp_monitor_open(int window, const char *png_dir)
{
	struct pp_monitor *m = calloc(1, sizeof(*m));

	if (!m)
		return NULL;
	if (png_dir)
		m->png_dir = strdup(png_dir);
	if (!window)
		return m;
	if (SDL_Init(SDL_INIT_VIDEO)) {
		fprintf(stderr, "protopciem-card: no window (%s); running headless\n",
			SDL_GetError());
		return m;
	}
	m->win = SDL_CreateWindow("ProtoPCIem monitor", SDL_WINDOWPOS_UNDEFINED,
				  SDL_WINDOWPOS_UNDEFINED, 1024, 768,
				  SDL_WINDOW_RESIZABLE);
	if (m->win)
		m->ren = SDL_CreateRenderer(m->win, -1, 0);
	if (!m->win || !m->ren) {
		fprintf(stderr, "protopciem-card: %s; running headless\n",
			SDL_GetError());
		if (m->win)
			SDL_DestroyWindow(m->win);
		m->win = NULL;
		SDL_Quit();
	}
	return m;
}

int pp_monitor_has_window(const struct pp_monitor *m)
{
	return m && m->ren;
}

void pp_monitor_show(struct pp_monitor *m, const uint32_t *px, uint32_t w,
		     uint32_t h, const char *title)
{
	SDL_Event ev;

	if (!m->ren)
		return;
	while (SDL_PollEvent(&ev))
		if (ev.type == SDL_QUIT)
			m->closed = 1;
	SDL_SetWindowTitle(m->win, title);
	if (!m->tex || m->tw != w || m->th != h) {
		if (m->tex)
			SDL_DestroyTexture(m->tex);
		m->tex = SDL_CreateTexture(m->ren, SDL_PIXELFORMAT_XRGB8888,
					   SDL_TEXTUREACCESS_STREAMING,
					   (int)w, (int)h);
		m->tw = w;
		m->th = h;
	}
	SDL_SetRenderDrawColor(m->ren, 0, 0, 0, 255);
	SDL_RenderClear(m->ren);
	if (m->tex) {
		SDL_UpdateTexture(m->tex, NULL, px, (int)w * 4);
		SDL_RenderCopy(m->ren, m->tex, NULL, NULL);
	}
	SDL_RenderPresent(m->ren);
}

int pp_monitor_save(struct pp_monitor *m, const uint32_t *px, uint32_t w,
		    uint32_t h, const char *name)
{
	size_t n = (size_t)w * h, i;
	char path[4096], tmp[4096];

	if (!m->png_dir)
		return -1;
	if (n * 3 > m->rgb_size) {
		uint8_t *p = realloc(m->rgb, n * 3);

		if (!p)
			return -1;
		m->rgb = p;
		m->rgb_size = n * 3;
	}
	for (i = 0; i < n; i++) {
		m->rgb[i * 3] = (uint8_t)(px[i] >> 16);
		m->rgb[i * 3 + 1] = (uint8_t)(px[i] >> 8);
		m->rgb[i * 3 + 2] = (uint8_t)px[i];
	}
	/* written aside and renamed: whoever waits for it never reads half */
	snprintf(tmp, sizeof(tmp), "%s/.%s.part", m->png_dir, name);
	snprintf(path, sizeof(path), "%s/%s", m->png_dir, name);
	if (!stbi_write_png(tmp, (int)w, (int)h, 3, m->rgb, (int)w * 3) ||
	    rename(tmp, path)) {
		fprintf(stderr, "protopciem-card: cannot write %s\n", path);
		unlink(tmp);
		return -1;
	}
	printf("%s\n", path);
	fflush(stdout);
	return 0;
}

int pp_monitor_closed(struct pp_monitor *m)
{
	return m->closed;
}

void pp_monitor_close(struct pp_monitor *m)
{
	if (!m)
		return;
	if (m->tex)
		SDL_DestroyTexture(m->tex);
	if (m->ren)
		SDL_DestroyRenderer(m->ren);
	if (m->win) {
		SDL_DestroyWindow(m->win);
		SDL_Quit();
	}
	free(m->rgb);
	free(m->png_dir);
	free(m);
}
