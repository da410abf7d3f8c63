// SPDX-License-Identifier: MIT
/*
 * Model of the "hard" test device (driver/pciem_hard_regs.h), on libpciem.
 * Reading HARD_ID makes a config ioctl from the read callback: while PLUG
 * is in progress (the driver probes) that must not wait for PLUG.  Reading
 * HARD_LATER is answered 5 ms later by another thread.  Writes to the
 * HARD_STOS range are printed, and flagged "wide" if the value has bits
 * beyond the access size.
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>

#include <pciem/pciem.h>

#include "driver/pciem_hard_regs.h"

static struct pciem_dev *dev;
static struct pciem_read_later later;
static int later_set;
static int cfg_reads, cfg_fails;

static uint64_t now_us(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000000ULL + ts.tv_nsec / 1000;
}

/*
 * Answers deferred reads 5 ms later.  It polls rather than sleeps, on the
 * serving thread's CPU: a thread woken while the driver's CPU waits with
 * interrupts off could be queued on that CPU.
 */
static void *completer(void *arg)
{
	uint64_t t;

	(void)arg;
	for (;;) {
		while (!__atomic_load_n(&later_set, __ATOMIC_ACQUIRE))
			sched_yield();
		t = now_us();
		while (now_us() - t < 5000)
			sched_yield();
		pciem_read_complete(dev, &later, HARD_LATER_VALUE);
		__atomic_store_n(&later_set, 0, __ATOMIC_RELEASE);
	}
	return NULL;
}

static uint64_t hard_read(void *ctx, int bar, uint64_t off, int size)
{
	struct pciem_read_later r;
	uint32_t cmd;

	(void)ctx;
	(void)bar;
	(void)size;
	switch (off) {
	case HARD_ID:
		if (pciem_config_read(dev, 0x04, 2, &cmd)) {
			cfg_fails++;
			return 0;
		}
		cfg_reads++;
		return HARD_ID_VALUE;
	case HARD_LATER:
		if (__atomic_load_n(&later_set, __ATOMIC_ACQUIRE) ||
		    pciem_read_defer(dev, &r))
			return 0xbad;
		later = r;
		__atomic_store_n(&later_set, 1, __ATOMIC_RELEASE);
		return 0;
	}
	return 0;
}

static void hard_write(void *ctx, int bar, uint64_t off, int size,
		       uint64_t v)
{
	uint64_t mask = size == 8 ? ~0ULL : (1ULL << (8 * size)) - 1;

	(void)ctx;
	(void)bar;
	if (off >= HARD_STOS && off < HARD_STOS + 0x100) {
		printf("%swrite size=%d value=%#llx\n", v & ~mask ? "wide " : "",
		       size, (unsigned long long)v);
		fflush(stdout);
	}
}

static const struct pciem_ops hard_ops = {
	.read = hard_read,
	.write = hard_write,
};

int main(void)
{
	struct pciem_desc d;
	cpu_set_t one;
	pthread_t t;

	/* the completer shares the serving thread's CPU (see completer()) */
	CPU_ZERO(&one);
	CPU_SET(sched_getcpu(), &one);
	sched_setaffinity(0, sizeof(one), &one);
	pciem_desc_init(&d, HARD_VENDOR, HARD_DEVICE, 0xff0000);
	pciem_desc_bar(&d, 0, 4096, 0);
	d.read_timeout_ms = 2000;
	dev = pciem_open(&d, &hard_ops, NULL);
	if (!dev) {
		printf("open: %s\n", pciem_error(NULL));
		return 1;
	}
	pthread_create(&t, NULL, completer, NULL);
	if (pciem_plug(dev)) {
		printf("plug: %s\n", pciem_error(dev));
		return 1;
	}
	printf("ready %05x cfg_reads=%d cfg_fails=%d\n", pciem_domain(dev),
	       cfg_reads, cfg_fails);
	fflush(stdout);
	return pciem_run(dev) ? 1 : 0;
}
