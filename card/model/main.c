/* protopciem-card: serve the ProtoPCIem card to the kernel through
 * /dev/pciem, with its monitor in an SDL2 window or headless.
 *
 * Usage: protopciem-card [--headless] [--png DIR] [--png-every N]
 *                        [--frames N]
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#define STB_IMAGE_WRITE_IMPLEMENTATION
#include <stb/stb_image_write.h>
#include "card.h"
#include "monitor.h"

static volatile sig_atomic_t stop;

static void on_signal(int sig)
{
	(void)sig;
	stop = 1;
}

static double now(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + t.tv_nsec / 1e9;
}

static void usage(const char *p)
{
	fprintf(stderr, "usage: %s [--headless] [--png DIR] [--png-every N] "
		"[--frames N]\n", p);
	exit(2);
}

int main(int argc, char **argv)
{
	const char *png = NULL;
	unsigned int png_every = 0;
	long frames = -1;
	int window = 1, i, r = 0;
	struct pciem_desc d;
	struct pp_card card;
	struct pciem_dev *dev;
	struct pp_monitor *mon;
	double next;

	for (i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--headless"))
			window = 0;
		else if (!strcmp(argv[i], "--png") && i + 1 < argc)
			png = argv[++i];
		else if (!strcmp(argv[i], "--png-every") && i + 1 < argc)
			png_every = (unsigned int)strtoul(argv[++i], NULL, 0);
		else if (!strcmp(argv[i], "--frames") && i + 1 < argc)
			frames = strtol(argv[++i], NULL, 0);
		else
			usage(argv[0]);
	}
	signal(SIGINT, on_signal);
	signal(SIGTERM, on_signal);
	pp_card_describe(&d);
	dev = pciem_open(&d, &pp_card_ops, &card);
	if (!dev) {
		fprintf(stderr, "protopciem-card: cannot open /dev/pciem: %s\n",
			strerror(errno));
		return 1;
	}
	if (pciem_plug(dev) || !pciem_bar(dev, 2) ||
	    pp_card_init(&card, dev, pciem_bar(dev, 2))) {
		fprintf(stderr, "protopciem-card: %s\n", pciem_error(dev));
		pciem_close(dev);
		return 1;
	}
	mon = pp_monitor_open(window, png, png_every);
	printf("ready %05x\n", pciem_domain(dev));
	fflush(stdout);
	next = now() + 1.0 / 60;
	while (!stop && frames != 0) {
		int wait = (int)((next - now()) * 1000);
		uint32_t w, h, stride, fmt;
		const uint8_t *px;

		r = pciem_poll(dev, wait > 0 ? wait : 0);
		if (r == -ENODEV)
			break;
		if (now() < next)
			continue;
		next += 1.0 / 60;
		pp_card_vblank(&card);
		px = pp_card_scanout(&card, &w, &h, &stride, &fmt);
		if (mon) {
			pp_monitor_frame(mon, px, w, h, stride, fmt);
			if (pp_monitor_closed(mon))
				break;
		}
		if (frames > 0)
			frames--;
	}
	pp_monitor_close(mon);
	pp_card_fini(&card);
	pciem_close(dev);
	return r < 0 && r != -ENODEV ? 1 : 0;
}
