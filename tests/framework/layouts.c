// SPDX-License-Identifier: MIT
/*
 * BAR layout test: for each layout given, plug a device with it, let the
 * layout driver (driver/pciem_layouts.c) probe and touch every BAR, check
 * the addresses, sysfs and both sides of each access, remove and rescan
 * it through sysfs, close it, then plug it again.  Prints TAP lines.
 *
 * Usage: pciem-layouts LAYOUT...
 * LAYOUT: comma-separated BARs KINDn:SIZE[:FLAGS]; KIND r (register) or
 * m (memory), SIZE with k/m suffix, FLAGS "64" and/or "p" (prefetch).
 * Example: r0:4k,r2:4k  m0:64k,m2:1m:64p
 * !LAYOUT: a layout that does not fit; PLUG must fail with ENOSPC and
 * give back every BAR already placed while the file is still open.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "tdev.h"
#include "driver/pciem_layouts.h"

#define IORESOURCE_MEM		0x00000200
#define IORESOURCE_PREFETCH	0x00002000
#define IORESOURCE_MEM_64	0x00100000

static char why[512];

#define FAIL(...) do { snprintf(why, sizeof(why), __VA_ARGS__); \
	return -1; } while (0)

static int parse(const char *spec, struct pciem_desc *d)
{
	char buf[256], *tok, *save = NULL;

	tdev_desc_init(d);
	snprintf(buf, sizeof(buf), "%s", spec);
	for (tok = strtok_r(buf, ",", &save); tok;
	     tok = strtok_r(NULL, ",", &save)) {
		char *end;
		unsigned long bar;
		unsigned long long size;
		uint32_t flags = 0;

		if (tok[0] != 'r' && tok[0] != 'm')
			return -1;
		if (tok[0] == 'm')
			flags |= PCIEM_BAR_MEMORY;
		bar = strtoul(tok + 1, &end, 10);
		if (*end != ':' || bar >= PCIEM_MAX_BARS)
			return -1;
		size = strtoull(end + 1, &end, 0);
		if (*end == 'k')
			size <<= 10, end++;
		else if (*end == 'm')
			size <<= 20, end++;
		if (*end == ':') {
			end++;
			if (!strncmp(end, "64", 2)) {
				flags |= PCIEM_BAR_64BIT;
				end += 2;
			}
			if (*end == 'p') {
				flags |= PCIEM_BAR_PREFETCH;
				end++;
			}
		}
		if (*end)
			return -1;
		d->bars[bar].size = size;
		d->bars[bar].flags = flags;
		if (flags & PCIEM_BAR_MEMORY)
			d->subsys_device |= 1u << bar;
	}
	return 0;
}

static int sysfs_write(const char *path, const char *s)
{
	FILE *f = fopen(path, "w");
	int ret;

	if (!f)
		return -1;
	ret = fputs(s, f) < 0;
	return fclose(f) || ret ? -1 : 0;
}

static int dev_path(const struct tdev *t, const char *file, char *p, size_t n)
{
	return snprintf(p, n, "/sys/bus/pci/devices/%s/%s", t->bdf, file) >=
	       (int)n ? -1 : 0;
}

static int bound(const struct tdev *t)
{
	char p[PATH_MAX], link[PATH_MAX];
	ssize_t n;
	int i;

	for (i = 0; i < 100; i++) {
		if (dev_path(t, "driver", p, sizeof(p)))
			return 0;
		n = readlink(p, link, sizeof(link) - 1);
		if (n > 0) {
			link[n] = 0;
			return strstr(link, "/pciem_layouts") != NULL;
		}
		usleep(10000);
	}
	return 0;
}

static int present(const struct tdev *t)
{
	char p[PATH_MAX];

	return !dev_path(t, "", p, sizeof(p)) && !access(p, F_OK);
}

/* Addresses: allocated, aligned, apart; sysfs agrees on them and flags. */
static int check_addrs(const struct tdev *t)
{
	const struct pciem_desc *d = &t->desc;
	unsigned long long s, e, fl;
	char p[PATH_MAX];
	FILE *f;
	int i, j;

	for (i = 0; i < PCIEM_MAX_BARS; i++) {
		uint64_t a = t->info.bar_addr[i], sz = d->bars[i].size;

		if (!sz)
			continue;
		if (!a || a & (sz - 1))
			FAIL("BAR %d at %#llx", i, (unsigned long long)a);
		if (!(d->bars[i].flags & PCIEM_BAR_64BIT) &&
		    a + sz - 1 > 0xffffffffULL)
			FAIL("32-bit BAR %d above 4G", i);
		for (j = 0; j < i; j++) {
			uint64_t b = t->info.bar_addr[j];

			if (d->bars[j].size && a < b + d->bars[j].size &&
			    b < a + sz)
				FAIL("BARs %d and %d overlap", j, i);
		}
	}
	if (dev_path(t, "resource", p, sizeof(p)) || !(f = fopen(p, "r")))
		FAIL("no sysfs resource file");
	for (i = 0; i < PCIEM_MAX_BARS; i++) {
		const struct pciem_bar *b = &d->bars[i];
		unsigned long long want = IORESOURCE_MEM;

		if (fscanf(f, "%llx %llx %llx", &s, &e, &fl) != 3)
			break;
		if (!b->size) {
			if (i && (d->bars[i - 1].flags & PCIEM_BAR_64BIT))
				continue;	/* the upper half */
			if (s || e) {
				fclose(f);
				FAIL("unused BAR %d has %#llx", i, s);
			}
			continue;
		}
		if (b->flags & PCIEM_BAR_64BIT)
			want |= IORESOURCE_MEM_64;
		if (b->flags & PCIEM_BAR_PREFETCH)
			want |= IORESOURCE_PREFETCH;
		if (s != t->info.bar_addr[i] || e != s + b->size - 1 ||
		    (fl & (IORESOURCE_MEM | IORESOURCE_MEM_64 |
			   IORESOURCE_PREFETCH)) != want) {
			fclose(f);
			FAIL("sysfs BAR %d: %#llx-%#llx flags %#llx", i, s, e,
			     fl);
		}
	}
	fclose(f);
	if (i < PCIEM_MAX_BARS)
		FAIL("short sysfs resource file");
	return 0;
}

static int map_mem(const struct tdev *t, int bar, volatile uint32_t **m)
{
	void *p = mmap(NULL, t->desc.bars[bar].size, PROT_READ | PROT_WRITE,
		       MAP_SHARED, t->fd, PCIEM_MMAP_BAR(bar));

	if (p == MAP_FAILED)
		FAIL("mmap memory BAR %d: %s", bar, strerror(errno));
	*m = p;
	return 0;
}

/* What the driver's probe did: both ends of every BAR. */
static int check_access(struct tdev *t)
{
	int i;

	for (i = 0; i < PCIEM_MAX_BARS; i++) {
		uint64_t sz = t->desc.bars[i].size;
		volatile uint32_t *m;
		int ok;

		if (!sz)
			continue;
		if (!(t->desc.bars[i].flags & PCIEM_BAR_MEMORY)) {
			int tries = 0, seen;

			/* posted: it may still be on its way through the ring */
			do {
				if (tries)
					usleep(10000);
				pthread_mutex_lock(&t->lock);
				seen = t->wr_seen[i];
				ok = seen && t->wr_off[i] == sz - 8 &&
				     (uint32_t)t->wr_val[i] ==
				     (uint32_t)~pciem_layouts_pattern(i, sz - 8);
				pthread_mutex_unlock(&t->lock);
			} while (!seen && ++tries < 200);
			pthread_mutex_lock(&t->lock);
			t->wr_seen[i] = 0;
			pthread_mutex_unlock(&t->lock);
			if (!ok)
				FAIL("BAR %d: the driver's write did not arrive",
				     i);
			continue;
		}
		if (map_mem(t, i, &m))
			return -1;
		ok = m[0] == pciem_layouts_pattern(i, 0) &&
		     m[sz / 4 - 1] == pciem_layouts_pattern(i, sz - 4);
		/* the next probe (rescan) must find zeroes again; the
		 * middle is junk the next device must not see
		 */
		m[0] = 0;
		m[sz / 4 - 1] = 0;
		munmap((void *)m, sz);
		if (!ok)
			FAIL("memory BAR %d: the driver's writes are not there",
			     i);
	}
	return 0;
}

/* Leave junk in memory BARs: the next device must find them cleared. */
static void dirty(const struct tdev *t)
{
	int i;

	for (i = 0; i < PCIEM_MAX_BARS; i++) {
		uint64_t sz = t->desc.bars[i].size;
		volatile uint32_t *m;

		if (!sz || !(t->desc.bars[i].flags & PCIEM_BAR_MEMORY) ||
		    map_mem(t, i, &m))
			continue;
		m[0] = 0xdeadbeef;
		m[sz / 4 - 1] = 0xdeadbeef;
		munmap((void *)m, sz);
	}
}

static int plugged_ok(struct tdev *t)
{
	if (!bound(t))
		FAIL("%s: pciem_layouts did not bind (see dmesg)", t->bdf);
	if (check_addrs(t))
		return -1;
	return check_access(t);
}

static int cycle(const struct pciem_desc *d, int round)
{
	struct tdev t;
	char p[PATH_MAX];
	int err, i;

	err = tdev_open(&t);
	if (err)
		FAIL("open: %s", strerror(err));
	err = tdev_create(&t, d);
	if (!err)
		err = tdev_plug(&t);
	if (err) {
		tdev_close(&t);
		FAIL("round %d: create/plug: %s", round, strerror(err));
	}
	if (plugged_ok(&t))
		goto fail;
	if (round == 0) {
		/* sysfs remove + rescan: a new pci_dev on our bus */
		if (dev_path(&t, "remove", p, sizeof(p)) ||
		    sysfs_write(p, "1")) {
			snprintf(why, sizeof(why), "sysfs remove failed");
			goto fail;
		}
		if (present(&t)) {
			snprintf(why, sizeof(why), "still there after remove");
			goto fail;
		}
		if (sysfs_write("/sys/bus/pci/rescan", "1")) {
			snprintf(why, sizeof(why), "rescan failed");
			goto fail;
		}
		if (plugged_ok(&t)) {
			strncat(why, " (after rescan)",
				sizeof(why) - strlen(why) - 1);
			goto fail;
		}
	}
	dirty(&t);
	tdev_close(&t);
	for (i = 0; i < 100 && present(&t); i++)
		usleep(10000);
	if (present(&t))
		FAIL("%s still present after close", t.bdf);
	return 0;
fail:
	tdev_close(&t);
	return -1;
}

static int iomem_has_bars(void)
{
	char line[256];
	FILE *f = fopen("/proc/iomem", "r");
	int n = 0;

	if (!f)
		return -1;
	while (fgets(line, sizeof(line), f))
		n += strstr(line, "PCIem BAR") != NULL;
	fclose(f);
	return n;
}

static int plug_fails(const struct pciem_desc *d)
{
	struct tdev t;
	int err, n;

	err = tdev_open(&t);
	if (err)
		FAIL("open: %s", strerror(err));
	err = tdev_create(&t, d);
	if (!err)
		err = tdev_plug(&t);
	n = iomem_has_bars();
	tdev_close(&t);
	if (err != ENOSPC)
		FAIL("PLUG gave %s, not ENOSPC", strerror(err));
	if (n)
		FAIL("%d BARs still in /proc/iomem after the failed PLUG", n);
	return 0;
}

int main(int argc, char **argv)
{
	struct pciem_desc d;
	int i, round, failed = 0;

	if (argc < 2) {
		fprintf(stderr, "usage: pciem-layouts LAYOUT...\n");
		return 2;
	}
	for (i = 1; i < argc; i++) {
		if (argv[i][0] == '!') {
			if (parse(argv[i] + 1, &d) || plug_fails(&d)) {
				printf("not ok - layout %s: %s\n", argv[i], why);
				failed++;
			} else
				printf("ok - layout %s: PLUG fails with ENOSPC and frees its BARs\n",
				       argv[i] + 1);
			continue;
		}
		if (parse(argv[i], &d)) {
			printf("not ok - layout %s: cannot parse\n", argv[i]);
			failed++;
			continue;
		}
		for (round = 0; round < 2; round++)
			if (cycle(&d, round))
				break;
		if (round == 2) {
			printf("ok - layout %s: probe, access, rescan, close, re-plug\n",
			       argv[i]);
		} else {
			printf("not ok - layout %s: %s\n", argv[i], why);
			failed++;
		}
		fflush(stdout);
	}
	return failed ? 1 : 0;
}
