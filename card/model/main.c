/* protopciem-card: serve the ProtoPCIem card to the kernel through
 * /dev/pciem, with its monitor in an SDL2 window or headless.
 *
 * Threads: the bus thread answers register accesses (libpciem's
 * callbacks), the card's execution thread runs the ring, the timing
 * thread makes the vblanks, and this main thread is the monitor (window
 * and PNG snapshots, which may be slow: they never delay a vblank).
 */
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#define STB_IMAGE_WRITE_IMPLEMENTATION
#include <stb/stb_image_write.h>
#include "card.h"
#include "monitor.h"

#define MAX_PIXELS (4096u * 4096u)

static volatile sig_atomic_t stop, snap_signal, plug_toggle;

static void on_signal(int sig)
{
	if (sig == SIGUSR1)
		snap_signal = 1;
	else if (sig == SIGUSR2)
		plug_toggle = 1;
	else
		stop = 1;
}

static void usage(const char *p, FILE *f, int status)
{
	fprintf(f,
		"usage: %s [--headless] [--png DIR] [--png-every N] [--frames N]\n"
		"          [--fault MODE]...\n"
		"Serves the ProtoPCIem card through /dev/pciem and prints\n"
		"\"ready DOMAIN\" once plugged.\n"
		"  --headless      no monitor window\n"
		"  --png DIR       directory for PNG snapshots of the monitor;\n"
		"                  each written file's path is printed on stdout\n"
		"                  (DISP_SNAPSHOT tag n: snap-n.png, SIGUSR1:\n"
		"                  signal-K.png, --png-every: frame-K.png)\n"
		"  --png-every N   a snapshot every N frames\n"
		"  --frames N      exit after N frames (60 per second)\n"
		"  --fault MODE    misbehave, for driver robustness tests:\n"
		"    garbage-regs  ID, REV, CAPS, VRAM_SIZE, EDID and display\n"
		"                  registers read random values\n"
		"    bad-edid      the EDID has a broken header and checksum\n"
		"    irq-storm     every interrupt cause at once, at each vblank,\n"
		"                  whatever IRQ_MASK says\n"
		"    vblank-flood  vblanks at about 2 kHz instead of 60 Hz\n"
		"Signals: SIGUSR1 snapshot, SIGUSR2 unplug/replug the monitor,\n"
		"SIGINT/SIGTERM quit.\n", p);
	exit(status);
}

static uint32_t fault_mode(const char *s)
{
	if (!strcmp(s, "garbage-regs"))
		return PP_FAULT_GARBAGE_REGS;
	if (!strcmp(s, "bad-edid"))
		return PP_FAULT_BAD_EDID;
	if (!strcmp(s, "irq-storm"))
		return PP_FAULT_IRQ_STORM;
	if (!strcmp(s, "vblank-flood"))
		return PP_FAULT_VBLANK_FLOOD;
	fprintf(stderr, "protopciem-card: unknown fault mode '%s'\n", s);
	exit(2);
}

static unsigned long number(const char *s, const char *opt)
{
	char *end;
	unsigned long v;

	errno = 0;
	v = strtoul(s, &end, 0);
	if (errno || end == s || *end) {
		fprintf(stderr, "protopciem-card: %s needs a number, not '%s'\n",
			opt, s);
		exit(2);
	}
	return v;
}

static double now(void)
{
	return (double)pp_card_clock() / 1e9;
}

static void *bus_thread(void *arg)
{
	struct pciem_dev *dev = arg;

	while (!stop)
		if (pciem_poll(dev, 100) == -ENODEV)
			stop = 1;
	return NULL;
}

/* Sleeps until *next (seconds; a signal does not cut it short), then
 * moves it one period on, without a burst after falling behind. */
static void tick(double *next, double period)
{
	double t;

	while ((t = now()) < *next) {
		struct timespec ts;

		ts.tv_sec = (time_t)(*next - t);
		ts.tv_nsec = (long)((*next - t - (double)ts.tv_sec) * 1e9);
		nanosleep(&ts, NULL);
	}
	*next += period;
	if (*next < t)
		*next = t + period;
}

static struct pp_card card;
static uint32_t faults;

static void *timing_thread(void *arg)
{
	double period = faults & PP_FAULT_VBLANK_FLOOD ? 1.0 / 2000 : 1.0 / 60;
	double next = now() + period;
	int on;

	(void)arg;
	while (!stop) {
		tick(&next, period);
		pp_card_vblank(&card);
		if (faults & PP_FAULT_IRQ_STORM)
			pp_card_irq_storm(&card);
		if (plug_toggle) {
			plug_toggle = 0;
			pthread_mutex_lock(&card.lock);
			on = !card.connected;
			pthread_mutex_unlock(&card.lock);
			pp_card_hotplug(&card, on);
		}
	}
	return NULL;
}

int main(int argc, char **argv)
{
	const char *png = NULL;
	unsigned long png_every = 0, frame = 0, nsig = 0;
	long frames = -1;
	int window = 1, i;
	uint32_t *px, w, h, tag;
	struct pciem_desc d;
	struct pciem_dev *dev;
	struct pp_monitor *mon;
	struct sigaction sa;
	pthread_t bus, timing;
	double next;

	for (i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h"))
			usage(argv[0], stdout, 0);
		else if (!strcmp(argv[i], "--headless"))
			window = 0;
		else if (!strcmp(argv[i], "--png") && i + 1 < argc)
			png = argv[++i];
		else if (!strcmp(argv[i], "--png-every") && i + 1 < argc)
			png_every = number(argv[++i], "--png-every");
		else if (!strcmp(argv[i], "--frames") && i + 1 < argc)
			frames = (long)number(argv[++i], "--frames");
		else if (!strcmp(argv[i], "--fault") && i + 1 < argc)
			faults |= fault_mode(argv[++i]);
		else
			usage(argv[0], stderr, 2);
	}
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGUSR1, &sa, NULL);
	sigaction(SIGUSR2, &sa, NULL);
	px = malloc(MAX_PIXELS * 4);
	if (!px) {
		fprintf(stderr, "protopciem-card: out of memory\n");
		return 1;
	}
	pp_card_describe(&d);
	dev = pciem_open(&d, &pp_card_ops, &card);
	if (!dev) {
		fprintf(stderr, "protopciem-card: cannot open /dev/pciem: %s\n",
			strerror(errno));
		return 1;
	}
	/* the card exists before plugging: the kernel may probe at once */
	if (pp_card_init(&card, dev, faults)) {
		fprintf(stderr, "protopciem-card: out of memory\n");
		pciem_close(dev);
		return 1;
	}
	/*
	 * Vblanks run from before the plug: a driver already loaded probes
	 * inside it, and its first mode set waits for a flip.
	 */
	if (pthread_create(&timing, NULL, timing_thread, NULL)) {
		fprintf(stderr, "protopciem-card: cannot start\n");
		return 1;
	}
	if (pciem_plug(dev) || pp_card_start(&card, pciem_bar(dev, 2))) {
		fprintf(stderr, "protopciem-card: %s\n", pciem_error(dev));
		stop = 1;
		pthread_join(timing, NULL);
		pp_card_fini(&card);
		pciem_close(dev);
		return 1;
	}
	mon = pp_monitor_open(window, png);
	if (!mon || pthread_create(&bus, NULL, bus_thread, dev)) {
		fprintf(stderr, "protopciem-card: cannot start\n");
		return 1;
	}
	printf("ready %05x\n", pciem_domain(dev));
	fflush(stdout);
	next = now();
	while (!stop && frames != 0) {
		char name[64], title[96];
		int on, want;

		tick(&next, 1.0 / 60);
		frame++;
		if (frames > 0)
			frames--;
		want = pp_card_snapshot_request(&card, &tag);
		/* composing costs: only for a window or a snapshot */
		if (!pp_monitor_has_window(mon) && !want && !snap_signal &&
		    !(png_every && frame % png_every == 0))
			continue;
		on = pp_card_frame(&card, px, &w, &h);
		if (on)
			snprintf(title, sizeof(title), "ProtoPCIem %ux%u @ 60 Hz",
				 w, h);
		else
			snprintf(title, sizeof(title), "ProtoPCIem (no signal)");
		pp_monitor_show(mon, px, w, h, title);
		if (want) {
			snprintf(name, sizeof(name), "snap-%u.png", tag);
			pp_monitor_save(mon, px, w, h, name);
			pp_card_snapshot_done(&card);
		}
		if (snap_signal) {
			snap_signal = 0;
			snprintf(name, sizeof(name), "signal-%lu.png", ++nsig);
			pp_monitor_save(mon, px, w, h, name);
		}
		if (png_every && frame % png_every == 0) {
			snprintf(name, sizeof(name), "frame-%06lu.png", frame);
			pp_monitor_save(mon, px, w, h, name);
		}
		if (pp_monitor_closed(mon))
			break;
	}
	stop = 1;
	pthread_join(timing, NULL);
	pthread_join(bus, NULL);
	pp_monitor_close(mon);
	pp_card_fini(&card);
	pciem_close(dev);
	free(px);
	return 0;
}
