// SPDX-License-Identifier: MIT
/*
 * Kernel lockdown raised after pciem.ko was loaded with shared_ram: from
 * then on a model gets no memory BAR (they are physical memory), neither
 * placed at PLUG nor mapped again; register BARs still work.  Writes
 * "integrity" to /sys/kernel/security/lockdown, which cannot be undone, so
 * run it last in a guest.  Prints TAP lines; exits 1 if any failed.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "tdev.h"

#define LOCKDOWN "/sys/kernel/security/lockdown"
#define MEMBAR_SIZE 65536

static int failed;

static void result(int ok, const char *what, const char *why)
{
	printf("%sok - lockdown: %s%s%s\n", ok ? "" : "not ", what,
	       why ? ": " : "", why ? why : "");
	failed |= !ok;
}

static void desc(struct pciem_desc *d, int mem)
{
	tdev_desc_init(d);
	d->bars[2].size = 4096;
	if (mem) {
		d->bars[0].size = MEMBAR_SIZE;
		d->bars[0].flags = PCIEM_BAR_MEMORY;
		d->subsys_device |= 1;
	}
}

static int plug(struct tdev *t, int mem)
{
	struct pciem_desc d;
	int err;

	desc(&d, mem);
	err = tdev_open(t);
	if (!err)
		err = tdev_create(t, &d);
	if (!err)
		err = tdev_plug(t);
	return err;
}

static int map_bar0(struct tdev *t)
{
	void *p = mmap(NULL, MEMBAR_SIZE, PROT_READ | PROT_WRITE, MAP_SHARED,
		       t->fd, PCIEM_MMAP_BAR(0));

	if (p == MAP_FAILED)
		return errno;
	munmap(p, MEMBAR_SIZE);
	return 0;
}

int main(void)
{
	struct tdev a, b, c;
	FILE *f;
	int err;

	setvbuf(stdout, NULL, _IOLBF, 0);
	if (access(LOCKDOWN, W_OK)) {
		printf("ok - lockdown # SKIP no %s\n", LOCKDOWN);
		return 0;
	}
	err = plug(&a, 1);
	result(!err, "a memory BAR is plugged before lockdown",
	       err ? strerror(err) : NULL);
	if (err)
		return 1;
	err = map_bar0(&a);
	result(!err, "and mapped", err ? strerror(err) : NULL);

	f = fopen(LOCKDOWN, "w");
	if (!f || fputs("integrity", f) < 0 || fclose(f)) {
		result(0, "raise to integrity", strerror(errno));
		return 1;
	}
	result(1, "raised to integrity", NULL);

	err = map_bar0(&a);
	result(err == EPERM, "a memory BAR plugged before is not mapped again",
	       err ? strerror(err) : "mapped");
	err = plug(&b, 1);
	result(err == EPERM, "a new memory BAR is refused at PLUG",
	       err ? strerror(err) : "plugged");
	tdev_close(&b);
	err = plug(&c, 0);
	result(!err, "register BARs still plug", err ? strerror(err) : NULL);
	tdev_close(&c);
	tdev_close(&a);
	return failed;
}
