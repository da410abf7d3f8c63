// SPDX-License-Identifier: MIT
/*
 * ppview: the card's monitor, live on the host while the card runs in the
 * VM.  The card in the guest saves every Nth frame of its scan-out as
 * DIR/frame-NNNNNN.png (written to a temporary name and renamed, so a
 * frame is whole once it has its name); DIR is on the host's disk, shared
 * with the guest.  ppview shows the newest frame in an SDL2 window until
 * DIR/done appears or the window is closed.
 *
 *   ppview [--shot FILE] DIR
 *
 * --shot FILE saves the last frame the window showed (as PNG) on exit.
 */
#define STB_IMAGE_IMPLEMENTATION
#define STB_IMAGE_WRITE_IMPLEMENTATION
#include <SDL.h>
#include <dirent.h>
#include <stb/stb_image.h>
#include <stb/stb_image_write.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* the highest-numbered frame-*.png in DIR, or 0 */
static unsigned long newest(const char *dir)
{
	unsigned long best = 0, n;
	struct dirent *e;
	DIR *d = opendir(dir);

	if (!d)
		return 0;
	while ((e = readdir(d))) {
		char tail[8];

		if (sscanf(e->d_name, "frame-%lu.%7s", &n, tail) == 2 &&
		    !strcmp(tail, "png") && n > best)
			best = n;
	}
	closedir(d);
	return best;
}

int main(int argc, char **argv)
{
	const char *dir, *shot = NULL;
	char path[4096], title[128];
	unsigned long shown = 0, n;
	SDL_Window *win = NULL;
	SDL_Renderer *ren = NULL;
	SDL_Texture *tex = NULL;
	unsigned char *last = NULL;
	int tw = 0, th = 0, quit = 0;

	if (argc == 4 && !strcmp(argv[1], "--shot")) {
		shot = argv[2];
		dir = argv[3];
	} else if (argc == 2) {
		dir = argv[1];
	} else {
		fprintf(stderr, "usage: ppview [--shot FILE] DIR\n");
		return 2;
	}
	if (SDL_Init(SDL_INIT_VIDEO)) {
		fprintf(stderr, "ppview: %s\n", SDL_GetError());
		return 1;
	}
	win = SDL_CreateWindow("ProtoPCIem monitor (waiting for the card)",
			       SDL_WINDOWPOS_UNDEFINED, SDL_WINDOWPOS_UNDEFINED,
			       640, 480, SDL_WINDOW_RESIZABLE);
	ren = win ? SDL_CreateRenderer(win, -1, SDL_RENDERER_SOFTWARE) : NULL;
	if (!ren) {
		fprintf(stderr, "ppview: %s\n", SDL_GetError());
		return 1;
	}
	SDL_SetRenderDrawColor(ren, 0, 0, 0, 255);
	while (!quit) {
		SDL_Event ev;
		int w, h;
		unsigned char *px;

		while (SDL_PollEvent(&ev))
			if (ev.type == SDL_QUIT)
				quit = 1;
		n = newest(dir);
		if (n > shown) {
			snprintf(path, sizeof(path), "%s/frame-%06lu.png", dir, n);
			px = stbi_load(path, &w, &h, NULL, 3);
			if (px) {
				if (!tex || w != tw || h != th) {
					if (tex)
						SDL_DestroyTexture(tex);
					tex = SDL_CreateTexture(ren,
						SDL_PIXELFORMAT_RGB24,
						SDL_TEXTUREACCESS_STREAMING,
						w, h);
					if (!tex) {
						fprintf(stderr, "ppview: %s\n",
							SDL_GetError());
						return 1;
					}
					SDL_SetWindowSize(win, w, h);
					tw = w;
					th = h;
				}
				SDL_UpdateTexture(tex, NULL, px, w * 3);
				stbi_image_free(last);
				last = px;
				shown = n;
				snprintf(title, sizeof(title),
					 "ProtoPCIem monitor %dx%d (card frame %lu)",
					 w, h, n);
				SDL_SetWindowTitle(win, title);
			}
		}
		SDL_RenderClear(ren);
		if (tex)
			SDL_RenderCopy(ren, tex, NULL, NULL);
		SDL_RenderPresent(ren);
		snprintf(path, sizeof(path), "%s/done", dir);
		if (access(path, F_OK) == 0 && newest(dir) == shown)
			quit = 1;
		SDL_Delay(30);
	}
	if (shot && last && !stbi_write_png(shot, tw, th, 3, last, tw * 3))
		fprintf(stderr, "ppview: cannot write %s\n", shot);
	stbi_image_free(last);
	if (tex)
		SDL_DestroyTexture(tex);
	SDL_DestroyRenderer(ren);
	SDL_DestroyWindow(win);
	SDL_Quit();
	return 0;
}
