// SPDX-License-Identifier: MIT
/*
 * Checks of pciem.ko and libpciem that need the kernel but no driver; built
 * 64-bit and 32-bit (compat ioctls).  Usage: sdkvm desc|idle|plugfail|
 * msiclamp|locks|sg.  Prints TAP lines; exits non-zero on failure.
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#include <pciem/pciem.h>

#include "tap.h"
#include "desc_cases.h"

/* The kernel's verdict on every description the unit test names. */
static void check_desc(void)
{
	size_t i;

	for (i = 0; i < sizeof(desc_cases) / sizeof(desc_cases[0]); i++) {
		const struct desc_case *c = &desc_cases[i];
		struct pciem_desc d;
		char why[256] = "";
		int fd = open("/dev/pciem", O_RDWR), lib, kern;

		desc_base(&d);
		c->change(&d);
		lib = pciem_desc_check(&d, why, sizeof(why));
		kern = ioctl(fd, PCIEM_IOC_CREATE, &d) ? -errno : 0;
		CHECK(fd >= 0 && lib == kern && (kern == 0) == !c->field[0],
		      "%s: kernel %d, libpciem %d (%s)", c->what, kern, lib,
		      why);
		close(fd);
	}
}

static double cpu_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static struct pciem_dev *plugged(uint16_t device, int msi)
{
	struct pciem_desc d;
	struct pciem_dev *dev;

	pciem_desc_init(&d, 0x7065, device, 0xff0000);
	pciem_desc_bar(&d, 0, 4096, 0);
	if (msi)
		pciem_desc_msi(&d, msi, 0);
	dev = pciem_open(&d, NULL, NULL);
	if (!dev) {
		printf("# open: %s\n", pciem_error(NULL));
		return NULL;
	}
	if (pciem_plug(dev)) {
		printf("# plug: %s\n", pciem_error(dev));
		pciem_close(dev);
		return NULL;
	}
	return dev;
}

/* An idle device: polling without a timeout costs no spinning. */
static void check_idle(void)
{
	struct pciem_dev *dev = plugged(0x00f2, 0);
	struct pollfd pfd = { .events = POLLIN };
	double raw, t;
	int i, n = 0;

	if (!dev) {
		CHECK(0, "idle device plugs");
		return;
	}
	/* what 2000 bare poll() calls cost here, on a busy TCG guest */
	pfd.fd = pciem_fd(dev);
	raw = cpu_ms();
	for (i = 0; i < 2000; i++)
		poll(&pfd, 1, 0);
	raw = cpu_ms() - raw;
	t = cpu_ms();
	for (i = 0; i < 2000; i++)
		n += pciem_poll(dev, 0);
	t = cpu_ms() - t;
	/* 200 us of spinning per call would add 400 ms */
	CHECK(n == 0 && t - raw < 200,
	      "2000 idle polls took %.1f ms of CPU, bare poll() %.1f ms", t,
	      raw);
	pciem_close(dev);
}

/* Plugging a memory BAR larger than the shared RAM says so. */
static void check_plugfail(void)
{
	struct pciem_desc d;
	struct pciem_dev *dev;
	int ret;

	pciem_desc_init(&d, 0x7065, 0x00f3, 0xff0000);
	pciem_desc_bar(&d, 0, 1ULL << 30, PCIEM_BAR_MEMORY | PCIEM_BAR_64BIT);
	dev = pciem_open(&d, NULL, NULL);
	if (!dev) {
		CHECK(0, "open: %s", pciem_error(NULL));
		return;
	}
	ret = pciem_plug(dev);
	CHECK(ret < 0 && strstr(pciem_error(dev), "shared RAM"),
	      "plug without room for a 1 GiB memory BAR: %d %s", ret,
	      pciem_error(dev));
	pciem_close(dev);
}

/* A driver (here sysfs, as setpci) cannot enable more MSI vectors. */
static void check_msiclamp(void)
{
	struct pciem_dev *dev = plugged(0x00f4, 1);
	char path[128];
	uint16_t flags = 0x0051;	/* enable, QSIZE = 32 vectors */
	int fd;

	if (!dev) {
		CHECK(0, "MSI device plugs");
		return;
	}
	snprintf(path, sizeof(path),
		 "/sys/bus/pci/devices/%05x:00:00.0/config", pciem_domain(dev));
	fd = open(path, O_RDWR);
	CHECK(fd >= 0 && pwrite(fd, &flags, 2, 0x52) == 2 &&
	      pread(fd, &flags, 2, 0x52) == 2,
	      "MSI flags written through sysfs: %#x", flags);
	CHECK((flags & 0x70) == 0 && (flags & 1),
	      "QSIZE clamped to the declared single vector");
	CHECK(pciem_irq(dev, PCIEM_IRQ_MSI, 3) == -EINVAL,
	      "MSI vector 3 refused: %s", pciem_error(dev));
	CHECK(pciem_irq(dev, PCIEM_IRQ_MSI, 0) == 0, "MSI vector 0 allowed");
	close(fd);
	pciem_close(dev);
}

/*
 * Lock order: one thread maps and unmaps the ring (->mmap runs under
 * mmap_lock) while the other's ioctls copy to and from fresh anonymous
 * pages: a fresh page faults, and a fault in a mapping without anon_vma
 * takes mmap_lock even where faults usually take per-VMA locks.  A copy
 * under pd->lock would deadlock both threads, in D state.
 */
static int lock_fd;
static volatile int lock_stop;
static long lock_maps, lock_ioctls;

static void *mapper(void *arg)
{
	void *p;

	(void)arg;
	while (!lock_stop) {
		p = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED,
			 lock_fd, PCIEM_MMAP_RING);
		if (p != MAP_FAILED)
			munmap(p, 4096);
		lock_maps++;
	}
	return NULL;
}

static void *fresh_page(void)
{
	void *p = mmap(NULL, 4096, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	return p == MAP_FAILED ? NULL : p;
}

static void *ioctler(void *arg)
{
	void *p;

	(void)arg;
	while (!lock_stop) {
		p = fresh_page();
		if (p) {
			ioctl(lock_fd, PCIEM_IOC_INFO, p);
			munmap(p, 4096);
		}
		p = fresh_page();
		if (p) {
			/* reads zeros: refused, after the copy */
			ioctl(lock_fd, PCIEM_IOC_CONFIG_READ, p);
			munmap(p, 4096);
		}
		lock_ioctls++;
	}
	return NULL;
}

static void check_locks(void)
{
	struct pciem_desc d;
	pthread_t a, b;

	pciem_desc_init(&d, 0x7065, 0x00f5, 0xff0000);
	pciem_desc_bar(&d, 0, 4096, 0);
	lock_fd = open("/dev/pciem", O_RDWR);
	if (lock_fd < 0 || ioctl(lock_fd, PCIEM_IOC_CREATE, &d)) {
		CHECK(0, "device for the lock test: %s", strerror(errno));
		return;
	}
	pthread_create(&a, NULL, mapper, NULL);
	pthread_create(&b, NULL, ioctler, NULL);
	sleep(3);
	lock_stop = 1;
	/* a deadlock never gets here: the harness times out */
	pthread_join(a, NULL);
	pthread_join(b, NULL);
	CHECK(lock_maps > 0 && lock_ioctls > 0,
	      "mmap and ioctls on one device from two threads: %ld maps, %ld ioctl rounds",
	      lock_maps, lock_ioctls);
	close(lock_fd);
}

static void on_map(void *ctx, const struct pciem_event *ev)
{
	(void)ctx;
	(void)ev;
}

/*
 * Scatter-gather DMA and map events through libpciem and straight
 * through the ioctls (built -m32: the compat path reads the 64-bit
 * pointers and lists as a 64-bit model's).
 */
static void check_sg(void)
{
	static const struct pciem_ops ops = { .dma_map = on_map };
	struct pciem_dma_vec segs[2] = { { 0x1000, 32 }, { 0x3000, 32 } };
	struct pciem_dma_vec bufs[2];
	struct pciem_events ev = { .mask = 2 };
	struct pciem_dma_sg sg = {
		.segs = (uintptr_t)segs, .bufs = (uintptr_t)bufs,
		.nsegs = 2, .nbufs = 2, .dir = PCIEM_DMA_FROM_HOST,
	};
	uint8_t buf[64];
	struct iovec iov[2] = { { buf, 16 }, { buf + 16, 48 } };
	struct pciem_desc d;
	struct pciem_dev *dev;
	char path[128];
	uint16_t cmd = 0;
	int fd;

	bufs[0] = (struct pciem_dma_vec){ (uintptr_t)buf, 16 };
	bufs[1] = (struct pciem_dma_vec){ (uintptr_t)buf + 16, 48 };
	pciem_desc_init(&d, 0x7065, 0x00f6, 0xff0000);
	pciem_desc_bar(&d, 0, 4096, 0);
	dev = pciem_open(&d, &ops, NULL);
	CHECK(dev != NULL, "open asking for DMA map events: %s",
	      dev ? "ok" : pciem_error(NULL));
	if (!dev || pciem_plug(dev)) {
		CHECK(0, "plug: %s", dev ? pciem_error(dev) : "");
		pciem_close(dev);
		return;
	}
	CHECK(pciem_dma_readv(dev, segs, 2, iov, 2) == -EPERM,
	      "readv with bus mastering off: %s", pciem_error(dev));
	snprintf(path, sizeof(path),
		 "/sys/bus/pci/devices/%05x:00:00.0/config", pciem_domain(dev));
	fd = open(path, O_RDWR);
	if (fd >= 0 && pread(fd, &cmd, 2, 4) == 2) {
		cmd |= 0x0006;	/* memory, bus master */
		CHECK(pwrite(fd, &cmd, 2, 4) == 2, "bus mastering on");
	}
	CHECK(pciem_dma_readv(dev, segs, 2, iov, 2) == -EFAULT,
	      "readv of ranges no driver mapped: %s", pciem_error(dev));
	CHECK(pciem_dma_writev(dev, segs, 2, iov, 2) == -EFAULT,
	      "writev of ranges no driver mapped: %s", pciem_error(dev));
	CHECK(ioctl(pciem_fd(dev), PCIEM_IOC_DMA_SG, &sg) && errno == EFAULT,
	      "PCIEM_IOC_DMA_SG reads both lists: %s", strerror(errno));
	segs[1].len = 0;
	CHECK(ioctl(pciem_fd(dev), PCIEM_IOC_DMA_SG, &sg) && errno == EINVAL,
	      "a zero length in the second segment is seen: %s",
	      strerror(errno));
	segs[1].len = 32;
	bufs[1].len = 49;
	CHECK(ioctl(pciem_fd(dev), PCIEM_IOC_DMA_SG, &sg) && errno == EINVAL,
	      "so is the second buffer's length: %s", strerror(errno));
	CHECK(ioctl(pciem_fd(dev), PCIEM_IOC_EVENTS, &ev) && errno == EINVAL,
	      "an unknown event bit: %s", strerror(errno));
	if (fd >= 0)
		close(fd);
	pciem_close(dev);
}

int main(int argc, char **argv)
{
	const char *what = argc > 1 ? argv[1] : "";

	setvbuf(stdout, NULL, _IOLBF, 0);
	if (!strcmp(what, "desc"))
		check_desc();
	else if (!strcmp(what, "idle"))
		check_idle();
	else if (!strcmp(what, "plugfail"))
		check_plugfail();
	else if (!strcmp(what, "msiclamp"))
		check_msiclamp();
	else if (!strcmp(what, "locks"))
		check_locks();
	else if (!strcmp(what, "sg"))
		check_sg();
	else
		CHECK(0, "usage: sdkvm desc|idle|plugfail|msiclamp|locks|sg");
	return !!tap_failed;
}
