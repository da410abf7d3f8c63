/* ppframes.so: an LD_PRELOAD library that numbers the frames an SDL2 game
 * presents and runs a command at chosen ones, so that the same frame of a
 * deterministic demo can be captured on two displays and compared.
 *
 * Environment:
 *   PPFRAMES_EVERY=N  capture frames N, 2N, 3N, ... (0 or unset: none)
 *   PPFRAMES_FIRST=F  no capture before frame F (default 1)
 *   PPFRAMES_CMD=CMD  run by /bin/sh after frame K is presented, with
 *                     PPFRAME=K in its environment; the game waits for it
 *   PPFRAMES_CLOCK=1  a virtual SDL_GetTicks clock that advances only by
 *                     the milliseconds the game asks SDL_Delay for (which
 *                     then returns at once): the game's timing loops (DOOM's
 *                     screen wipe) take the same number of frames however
 *                     fast the machine is
 * A frame is one SDL_RenderPresent or SDL_GL_SwapWindow call by the game.
 * At exit it prints "ppframes: N frames presented, C commands run" on
 * stderr.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct SDL_Renderer;
struct SDL_Window;

static unsigned long frames, captured, every, first = 1;
static const char *cmd;
static int virtual_clock;
static uint32_t vclock;
static int inited;

static void report(void)
{
	fprintf(stderr, "ppframes: %lu frames presented, %lu commands run\n",
		frames, captured);
}

static void init(void)
{
	const char *s;

	if (inited)
		return;
	inited = 1;
	s = getenv("PPFRAMES_EVERY");
	every = s ? strtoul(s, NULL, 10) : 0;
	s = getenv("PPFRAMES_FIRST");
	if (s)
		first = strtoul(s, NULL, 10);
	cmd = getenv("PPFRAMES_CMD");
	s = getenv("PPFRAMES_CLOCK");
	virtual_clock = s && !strcmp(s, "1");
	vclock = 1000;
	atexit(report);
}

static void *next(const char *name)
{
	void *f = dlsym(RTLD_NEXT, name);

	if (!f) {
		fprintf(stderr, "ppframes: no %s in the process\n", name);
		abort();
	}
	return f;
}

static void presented(void)
{
	char num[32];

	frames++;
	if (!every || !cmd || frames < first || frames % every)
		return;
	snprintf(num, sizeof(num), "%lu", frames);
	setenv("PPFRAME", num, 1);
	if (system(cmd) != 0)
		fprintf(stderr, "ppframes: capture of frame %lu failed\n",
			frames);
	else
		captured++;
}

void SDL_RenderPresent(struct SDL_Renderer *r)
{
	static void (*real)(struct SDL_Renderer *);

	init();
	if (!real)
		*(void **)&real = next("SDL_RenderPresent");
	real(r);
	presented();
}

void SDL_GL_SwapWindow(struct SDL_Window *w)
{
	static void (*real)(struct SDL_Window *);

	init();
	if (!real)
		*(void **)&real = next("SDL_GL_SwapWindow");
	real(w);
	presented();
}

uint32_t SDL_GetTicks(void)
{
	static uint32_t (*real)(void);

	init();
	if (virtual_clock)
		return vclock;
	if (!real)
		*(void **)&real = next("SDL_GetTicks");
	return real();
}

void SDL_Delay(uint32_t ms)
{
	static void (*real)(uint32_t);

	init();
	if (virtual_clock) {
		vclock += ms ? ms : 1;
		return;
	}
	if (!real)
		*(void **)&real = next("SDL_Delay");
	real(ms);
}
