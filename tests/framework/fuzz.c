// SPDX-License-Identifier: MIT
/*
 * Framework fuzzer, run in the VM: random valid and invalid device
 * descriptions, several devices at once, plugs, closes, sysfs remove and
 * rescan, driver unbind and bind, memory BAR writes, config reads,
 * scatter-gather DMA and event masks with random arguments, in random
 * order.  The layout driver (driver/pciem_layouts.c) probes every
 * plugged device.  Checks what it can (valid descriptions are accepted,
 * invalid ones refused, plugged devices bind, closed ones disappear);
 * the harness fails the run on any kernel splat.
 *
 * Usage: pciem-fuzz SECONDS [SEED]
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#include "tdev.h"

#define SLOTS 4

enum { CLOSED, CREATED, PLUGGED };

struct slot {
	struct tdev t;
	int state;
	int quirky;		/* MSI-X table or shadow: reads differ */
};

static struct slot slots[SLOTS];
static int verbose;		/* PCIEM_FUZZ_VERBOSE=1: log every step */
static unsigned long ops, creates, invalid, plugs, nospc, rescans, failures;

static unsigned int rnd(unsigned int n)
{
	return n ? (unsigned int)random() % n : 0;
}

static void fail(const char *fmt, const char *a, long b)
{
	if (++failures <= 20) {
		printf("not ok - fuzz: ");
		printf(fmt, a, b);
		printf("\n");
		fflush(stdout);
	}
}

/* A description the kernel must accept. */
static void gen_valid(struct pciem_desc *d, int *msix)
{
	int i, reg = -1;

	tdev_desc_init(d);
	for (i = 0; i < PCIEM_MAX_BARS; i++) {
		struct pciem_bar *b = &d->bars[i];

		if (rnd(3) == 0)
			continue;
		if (rnd(3) == 0) {
			b->flags = PCIEM_BAR_MEMORY;
			b->size = 4096ULL << rnd(9);		/* to 1 MiB */
			d->subsys_device |= 1u << i;
		} else {
			b->size = 4096ULL << rnd(13);		/* to 16 MiB */
			if (reg < 0)
				reg = i;
		}
		if (rnd(3) == 0)
			b->flags |= PCIEM_BAR_PREFETCH;
		if (i < PCIEM_MAX_BARS - 1 && rnd(3) == 0) {
			b->flags |= PCIEM_BAR_64BIT;
			i++;
		}
	}
	d->intx_pin = rnd(5);
	if (rnd(2))
		d->caps |= PCIEM_CAP_PM;
	if (rnd(2))
		d->caps |= PCIEM_CAP_EXP;
	if (rnd(2)) {
		d->caps |= PCIEM_CAP_MSI;
		d->msi_vectors = 1u << rnd(6);
		d->msi_flags = rnd(4);
	}
	*msix = 0;
	if (reg >= 0 && rnd(3) == 0) {
		d->caps |= PCIEM_CAP_MSIX;
		d->msix_vectors = 1 + rnd(64);
		d->msix_table_bar = reg;
		d->msix_pba_bar = reg;
		d->msix_table_offset = 0;
		d->msix_pba_offset = 2048;
		*msix = 1;
	}
	/* generous: four models share two emulated CPUs */
	d->read_timeout_ms = 1000 + rnd(4000);
}

/* One mutation the kernel must refuse. */
static void mutate(struct pciem_desc *d)
{
	int i = rnd(PCIEM_MAX_BARS);

	switch (rnd(12)) {
	case 0:
		d->bars[i].size = 4096 * 3;
		d->bars[i].flags = 0;
		break;
	case 1:
		d->bars[i].size = 2048;
		break;
	case 2:
		d->bars[5].size = 4096;
		d->bars[5].flags = PCIEM_BAR_64BIT;
		break;
	case 3:
		d->bars[i].size = 4096;
		d->bars[i].flags = 1u << (3 + rnd(29));
		break;
	case 4:
		d->reserved[rnd(8)] = 1 + rnd(1000);
		break;
	case 5:
		d->vendor = rnd(2) ? 0xffff : 0;
		break;
	case 6:
		d->class_code = 0x1000000 | random();
		break;
	case 7:
		d->intx_pin = 5 + rnd(250);
		break;
	case 8:
		d->caps |= 1u << (5 + rnd(11));
		break;
	case 9:
		d->argsz = rnd(2) ? sizeof(*d) - 8 : sizeof(*d) + 8;
		break;
	case 10:
		d->read_timeout_ms = 60001 + rnd(100000);
		break;
	default:
		d->bars[i].size = 512ULL << 20;		/* over 256 MiB */
		d->bars[i].flags = 0;
		break;
	}
}

static void do_create(struct slot *s)
{
	struct pciem_desc d;
	int bad = rnd(3) == 0, err;

	err = tdev_open(&s->t);
	if (err) {
		fail("open: %s%ld", strerror(err), 0);
		return;
	}
	gen_valid(&d, &s->quirky);
	if (bad)
		mutate(&d);
	err = tdev_create(&s->t, &d);
	creates++;
	if (verbose) {
		int i;

		printf("# slot %ld: create%s caps %#x ->%d:", (long)(s - slots),
		       bad ? " (invalid)" : "", d.caps, err);
		for (i = 0; i < PCIEM_MAX_BARS; i++)
			printf(" %llx/%x", (unsigned long long)d.bars[i].size,
			       d.bars[i].flags);
		printf("\n");
	}
	invalid += bad;
	if (bad && err != EINVAL)
		fail("an invalid description gave %s (%ld)",
		     err ? strerror(err) : "success", err);
	if (!bad && err)
		fail("a valid description was refused: %s (%ld)",
		     strerror(err), err);
	if (err) {
		tdev_close(&s->t);
		return;
	}
	s->state = CREATED;
}

static int sysfs_write(const char *path, const char *v)
{
	FILE *f = fopen(path, "w");
	int bad;

	if (!f)
		return -1;
	bad = fputs(v, f) < 0;
	return fclose(f) || bad ? -1 : 0;
}

static int exists(const struct slot *s, const char *what)
{
	char p[PATH_MAX];

	snprintf(p, sizeof(p), "/sys/bus/pci/devices/%s/%s", s->t.bdf, what);
	return !access(p, F_OK);
}

static void do_plug(struct slot *s)
{
	int err = tdev_plug(&s->t);

	if (err == ENOSPC) {
		/* shared_ram is full: the device is spent */
		nospc++;
		s->state = CREATED;
		return;
	}
	if (err) {
		fail("PLUG: %s (%ld)", strerror(err), err);
		return;
	}
	plugs++;
	s->state = PLUGGED;
	if (!s->quirky && !exists(s, "driver"))
		fail("%s: the layout driver did not bind%ld", s->t.bdf, 0);
}

static void do_close(struct slot *s)
{
	int was = s->state, i;

	tdev_close(&s->t);
	s->state = CLOSED;
	for (i = 0; was == PLUGGED && exists(s, "") && i < 100; i++)
		usleep(10000);
	if (was == PLUGGED && exists(s, ""))
		fail("%s still present after close%ld", s->t.bdf, 0);
}

static void do_rescan(struct slot *s)
{
	char p[PATH_MAX];

	snprintf(p, sizeof(p), "/sys/bus/pci/devices/%s/remove", s->t.bdf);
	if (exists(s, "") && sysfs_write(p, "1"))
		fail("%s: sysfs remove failed%ld", s->t.bdf, 0);
	if (rnd(4) && sysfs_write("/sys/bus/pci/rescan", "1"))
		fail("rescan failed%s%ld", "", 0);
	rescans++;
}

static void do_rebind(struct slot *s)
{
	const char *d = "/sys/bus/pci/drivers/pciem_layouts";
	char p[PATH_MAX];

	snprintf(p, sizeof(p), "%s/%s", d, rnd(2) ? "unbind" : "bind");
	sysfs_write(p, s->t.bdf);	/* either may fail: already so */
}

static void do_mem(struct slot *s)
{
	int bar = rnd(PCIEM_MAX_BARS);
	uint64_t size = s->t.desc.bars[bar].size;
	volatile uint32_t *m;

	if (!size || !(s->t.desc.bars[bar].flags & PCIEM_BAR_MEMORY))
		return;
	m = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED, s->t.fd,
		 PCIEM_MMAP_BAR(bar));
	if (m == MAP_FAILED)
		return;		/* e.g. the device is gone */
	m[rnd(size / 4)] = random();
	munmap((void *)m, size);
}

/* A random address: a good buffer, NULL, a kernel address, near the top. */
static uint64_t rnd_addr(void *good)
{
	switch (rnd(6)) {
	case 0:
		return 0;
	case 1:
		return 0xffff888000000000ULL + rnd(1u << 30);
	case 2:
		return ~0ULL - rnd(64);
	case 3:
		return (uint64_t)rnd(1u << 30) << 12 | rnd(4096);
	default:
		return (uintptr_t)good + rnd(64);
	}
}

static uint64_t rnd_len(void)
{
	switch (rnd(5)) {
	case 0:
		return 0;
	case 1:
		return ~0ULL - rnd(64);
	case 2:
		return 1ULL << (32 + rnd(32));
	default:
		return 1 + rnd(8192);
	}
}

/*
 * Scatter-gather DMA and optional events with random arguments.  The
 * layout driver maps nothing, so no transfer may succeed, and every
 * refusal must carry one of the documented errors.
 */
static void do_dma(struct slot *s)
{
	static struct pciem_dma_vec v[2 * PCIEM_DMA_SG_MAX + 2];
	static uint8_t buf[3 * 8192];
	struct pciem_dma_sg sg = {
		.segs = (uintptr_t)v, .dir = rnd(4), .flags = !rnd(8),
	};
	struct pciem_events ev = {
		.mask = rnd(4) ? PCIEM_EVENTS_DMA_MAP : random(),
		.reserved = !rnd(8),
	};
	uint32_t i, n;
	int ret, err;

	if (rnd(4) == 0) {
		ioctl(s->t.fd, PCIEM_IOC_EVENTS, &ev);
		return;
	}
	sg.nsegs = rnd(8) ? 1 + rnd(8) : rnd(2 * PCIEM_DMA_SG_MAX + 2);
	sg.nbufs = rnd(8) ? 1 + rnd(8) : rnd(2 * PCIEM_DMA_SG_MAX + 2);
	if (!rnd(16))
		sg.nsegs = ~0u - rnd(4);
	n = sg.nsegs + sg.nbufs;
	if (n > 2 * PCIEM_DMA_SG_MAX + 2 || n < sg.nsegs)
		n = 2 * PCIEM_DMA_SG_MAX + 2;
	for (i = 0; i < n; i++) {
		v[i].addr = rnd_addr(buf);
		v[i].len = rnd(3) ? 1 + rnd(64) : rnd_len();
	}
	sg.bufs = rnd(16) ? (uintptr_t)(v + (sg.nsegs < n ? sg.nsegs : 0)) :
		  rnd_addr(buf);
	if (!rnd(16))
		sg.segs = rnd_addr(buf);
	ret = ioctl(s->t.fd, PCIEM_IOC_DMA_SG, &sg);
	err = errno;
	if (!ret)
		fail("scatter-gather DMA of nothing mapped succeeded%s%ld", "",
		     0);
	else if (err != EINVAL && err != E2BIG && err != EFAULT &&
		 err != EPERM && err != ENODEV)
		fail("scatter-gather DMA: unexpected %s (%ld)", strerror(err),
		     err);
}

static void do_misc(struct slot *s)
{
	struct pciem_config_access c = {
		.offset = rnd(5000), .size = 1u << rnd(4),
	};
	struct pciem_shadow sh = {
		.bar = rnd(8), .flags = rnd(3), .offset = rnd(8192) & ~3u,
		.len = (1 + rnd(1024)) * 4,
	};
	struct pciem_watch w = { .offset = rnd(5000), .len = rnd(300) };

	switch (rnd(4)) {
	case 0:
		ioctl(s->t.fd, PCIEM_IOC_CONFIG_READ, &c);
		break;
	case 3:
		do_dma(s);
		break;
	case 1:
		if (!ioctl(s->t.fd, PCIEM_IOC_SHADOW, &sh))
			s->quirky = 1;	/* those reads come from the shadow */
		if (verbose)
			printf("# shadow bar %u: %d\n", sh.bar, s->quirky);
		break;
	default:
		ioctl(s->t.fd, PCIEM_IOC_WATCH_CONFIG, &w);
		break;
	}
}

static void step(void)
{
	struct slot *s = &slots[rnd(SLOTS)];

	ops++;
	if (verbose)
		printf("# op %lu slot %ld state %d\n", ops, (long)(s - slots),
		       s->state);
	if (s->state == CLOSED) {
		do_create(s);
		return;
	}
	switch (rnd(s->state == PLUGGED ? 10 : 6)) {
	case 0:
	case 1:
		do_close(s);
		break;
	case 2:
	case 3:
	case 4:
		if (s->state == CREATED)
			do_plug(s);
		else
			do_mem(s);
		break;
	case 5:
		do_misc(s);
		break;
	case 6:
	case 7:
		do_rebind(s);
		break;
	default:
		do_rescan(s);
		break;
	}
}

int main(int argc, char **argv)
{
	time_t end;
	unsigned int seed;
	char line[256];
	FILE *f;
	int i, left = 0;

	if (argc < 2) {
		fprintf(stderr, "usage: pciem-fuzz SECONDS [SEED]\n");
		return 2;
	}
	seed = argc > 2 ? strtoul(argv[2], NULL, 0) : (unsigned int)time(NULL);
	srandom(seed);
	verbose = getenv("PCIEM_FUZZ_VERBOSE") != NULL;
	printf("# pciem-fuzz: seed %u, %s s\n", seed, argv[1]);
	end = time(NULL) + atoi(argv[1]);
	while (time(NULL) < end)
		step();
	sysfs_write("/sys/bus/pci/rescan", "1");
	for (i = 0; i < SLOTS; i++)
		if (slots[i].state != CLOSED)
			do_close(&slots[i]);
	f = fopen("/proc/iomem", "r");
	while (f && fgets(line, sizeof(line), f))
		left += strstr(line, "PCIem BAR") != NULL;
	if (f)
		fclose(f);
	if (left)
		fail("%s%ld BARs left in /proc/iomem after closing all", "",
		     left);
	printf("%s - fuzz: %lu ops, %lu creates (%lu invalid), %lu plugs, %lu ENOSPC, %lu removes, seed %u\n",
	       failures ? "not ok" : "ok", ops, creates, invalid, plugs, nospc,
	       rescans, seed);
	return failures ? 1 : 0;
}
