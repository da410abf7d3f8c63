// SPDX-License-Identifier: MIT
/* The kernel backend: /dev/pciem. */
/* 32-bit models: BAR mmap offsets are above 4 GiB */
#define _FILE_OFFSET_BITS 64
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <sched.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#include "internal.h"

/*
 * After a batch of events, look for more this long before sleeping: a
 * driver's next access usually follows within microseconds and a wake-up
 * costs more.  An idle device sleeps at once.
 */
#define SPIN_NS	50000

struct kpriv {
	int busy;		/* the last call handled events */
	struct pciem_ring_header *hdr;
	struct pciem_event *events;
	size_t ring_size;
	void *map[PCIEM_MAX_BARS];
	uint64_t map_len[PCIEM_MAX_BARS];
};

static struct kpriv *kp(struct pciem_dev *dev)
{
	return dev->priv;
}

static int kioctl(struct pciem_dev *dev, unsigned long cmd, void *arg,
		  const char *what)
{
	if (ioctl(dev->fd, cmd, arg))
		return pciem_fail(dev, errno, "%s: %s", what, strerror(errno));
	return 0;
}

static void *map(struct pciem_dev *dev, int bar)
{
	struct kpriv *p = kp(dev);
	void *m;

	if (p->map[bar])
		return p->map[bar];
	m = mmap(NULL, dev->desc.bars[bar].size, PROT_READ | PROT_WRITE,
		 MAP_SHARED, dev->fd, PCIEM_MMAP_BAR(bar));
	if (m == MAP_FAILED) {
		pciem_fail(dev, errno, "mmap BAR%d: %s", bar, strerror(errno));
		return NULL;
	}
	p->map[bar] = m;
	p->map_len[bar] = dev->desc.bars[bar].size;
	return m;
}

static void *k_shadow(struct pciem_dev *dev, int bar, uint64_t off,
		      uint64_t len, int wt)
{
	struct pciem_shadow s = {
		.bar = bar,
		.flags = wt ? PCIEM_SHADOW_WRITE_THROUGH : 0,
		.offset = off,
		.len = len,
	};
	uint8_t *m;

	if (kioctl(dev, PCIEM_IOC_SHADOW, &s, "shadow"))
		return NULL;
	m = map(dev, bar);
	return m ? m + off : NULL;
}

static int k_watch(struct pciem_dev *dev, uint32_t off, uint32_t len)
{
	struct pciem_watch w = { .offset = off, .len = len };

	return kioctl(dev, PCIEM_IOC_WATCH_CONFIG, &w, "watch config");
}

struct plug_arg {
	struct pciem_dev *dev;
	volatile int hold;	/* until its CPUs are set */
	volatile int done;
	int err;
};

static void *plug_thread(void *arg)
{
	struct plug_arg *a = arg;

	while (__atomic_load_n(&a->hold, __ATOMIC_ACQUIRE))
		sched_yield();

	/* no pciem_fail() here: the serving thread owns dev->err */
	a->err = ioctl(a->dev->fd, PCIEM_IOC_PLUG, NULL) ? errno : 0;
	__atomic_store_n(&a->done, 1, __ATOMIC_RELEASE);
	return NULL;
}

static uint64_t mem_bar_bytes(const struct pciem_desc *d)
{
	uint64_t n = 0;
	int i;

	for (i = 0; i < PCIEM_MAX_BARS; i++)
		if (d->bars[i].flags & PCIEM_BAR_MEMORY)
			n += d->bars[i].size;
	return n;
}

/* The kernel says why in its log; say it here too. */
static int plug_failed(struct pciem_dev *dev, int err)
{
	uint64_t mem = mem_bar_bytes(&dev->desc);

	if (err == ENOSPC && mem)
		return pciem_fail(dev, err,
				  "plug: %s: no room for %llu MiB of memory BARs in pciem's shared RAM (boot with memmap=SIZE$ADDR and load pciem.ko with shared_ram=SIZE@ADDR; see dmesg)",
				  strerror(err),
				  (unsigned long long)(mem >> 20));
	if (err == ENOSPC)
		return pciem_fail(dev, err,
				  "plug: %s: no free bus address range for the register BARs (see dmesg)",
				  strerror(err));
	if (err == EPERM && mem)
		return pciem_fail(dev, err,
				  "plug: %s: memory BARs are physical memory, refused while the kernel is locked down (see dmesg)",
				  strerror(err));
	return pciem_fail(dev, err, "plug: %s (see dmesg)", strerror(err));
}

/*
 * Plugging binds drivers, whose probe talks to the device: serve events
 * while another thread waits in the ioctl.  The probing CPU waits for each
 * read with interrupts off, so a model asleep in poll() could be woken
 * onto that very CPU and miss the read: poll without sleeping until the
 * ioctl returns (plugging takes milliseconds).
 */
/*
 * Keep the serving thread and the probing thread on different CPUs: a
 * thread queued behind a CPU that waits with interrupts off does not run.
 * Returns whether @saved holds the caller's affinity to restore.
 */
static int plug_split_cpus(pthread_t plugger, cpu_set_t *saved)
{
	int cpu = sched_getcpu(), i, n = sysconf(_SC_NPROCESSORS_ONLN);
	cpu_set_t one, rest;

	if (cpu < 0 || n < 2 || cpu >= CPU_SETSIZE ||
	    pthread_getaffinity_np(pthread_self(), sizeof(*saved), saved))
		return 0;
	CPU_ZERO(&one);
	CPU_SET(cpu, &one);
	CPU_ZERO(&rest);
	for (i = 0; i < n && i < CPU_SETSIZE; i++)
		if (i != cpu)
			CPU_SET(i, &rest);
	if (pthread_setaffinity_np(pthread_self(), sizeof(one), &one))
		return 0;
	pthread_setaffinity_np(plugger, sizeof(rest), &rest);
	return 1;
}

static int k_plug(struct pciem_dev *dev)
{
	struct plug_arg a = { .dev = dev };
	struct pciem_info info;
	cpu_set_t saved;
	int split;
	pthread_t t;

	/* the thread enters the ioctl only once it is on its own CPUs */
	a.hold = 1;
	if (pthread_create(&t, NULL, plug_thread, &a))
		return pciem_fail(dev, EAGAIN, "cannot start a thread");
	split = plug_split_cpus(t, &saved);
	__atomic_store_n(&a.hold, 0, __ATOMIC_RELEASE);
	while (!__atomic_load_n(&a.done, __ATOMIC_ACQUIRE)) {
		if (pciem_poll(dev, 0) < 0)
			break;
		sched_yield();
	}
	pthread_join(t, NULL);
	if (split)
		pthread_setaffinity_np(pthread_self(), sizeof(saved), &saved);
	if (a.err)
		return plug_failed(dev, a.err);
	if (kioctl(dev, PCIEM_IOC_INFO, &info, "info"))
		return -errno;
	dev->domain = info.domain;
	return 0;
}

static void *k_bar(struct pciem_dev *dev, int bar)
{
	return map(dev, bar);
}

static int k_irq(struct pciem_dev *dev, uint32_t type, uint32_t vector)
{
	struct pciem_irq irq = { .type = type, .vector = vector };

	return kioctl(dev, PCIEM_IOC_IRQ, &irq, "interrupt");
}

static int k_dma(struct pciem_dev *dev, uint64_t addr, void *buf, size_t len,
		 int to_host)
{
	struct pciem_dma d = {
		.bus_addr = addr,
		.user_addr = (uintptr_t)buf,
		.len = len,
		.dir = to_host ? PCIEM_DMA_TO_HOST : PCIEM_DMA_FROM_HOST,
	};

	return kioctl(dev, PCIEM_IOC_DMA, &d, "DMA");
}

static int k_dma_sg(struct pciem_dev *dev, const struct pciem_dma_vec *segs,
		    uint32_t nsegs, const struct pciem_dma_vec *bufs,
		    uint32_t nbufs, int to_host)
{
	struct pciem_dma_sg r = {
		.segs = (uintptr_t)segs,
		.bufs = (uintptr_t)bufs,
		.nsegs = nsegs,
		.nbufs = nbufs,
		.dir = to_host ? PCIEM_DMA_TO_HOST : PCIEM_DMA_FROM_HOST,
	};

	return kioctl(dev, PCIEM_IOC_DMA_SG, &r, "scatter-gather DMA");
}

static int k_atomic(struct pciem_dev *dev, struct pciem_dma_atomic *a)
{
	return kioctl(dev, PCIEM_IOC_DMA_ATOMIC, a, "DMA atomic");
}

static int k_cfg_read(struct pciem_dev *dev, uint32_t off, int size,
		      uint32_t *v)
{
	struct pciem_config_access c = { .offset = off, .size = size };
	int ret = kioctl(dev, PCIEM_IOC_CONFIG_READ, &c, "config read");

	if (!ret)
		*v = c.value;
	return ret;
}

static int k_cfg_write(struct pciem_dev *dev, uint32_t off, int size,
		       uint32_t v)
{
	struct pciem_config_access c = {
		.offset = off, .size = size, .value = v };

	return kioctl(dev, PCIEM_IOC_CONFIG_WRITE, &c, "config write");
}

static uint64_t now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000000000ULL + ts.tv_nsec;
}

static int k_poll(struct pciem_dev *dev, int timeout_ms)
{
	struct kpriv *p = kp(dev);
	uint64_t start = now_ns();
	struct pollfd pfd = { .fd = dev->fd, .events = POLLIN };
	int n;

	for (;;) {
		n = pciem_ring_consume(dev, p->hdr, p->events);
		if (n) {
			p->busy = 1;
			return n;
		}
		if (p->busy && timeout_ms && now_ns() - start < SPIN_NS)
			continue;
		p->busy = 0;
		if (poll(&pfd, 1, timeout_ms) < 0 && errno != EINTR)
			return pciem_fail(dev, errno, "poll: %s",
					  strerror(errno));
		if (pfd.revents & (POLLHUP | POLLERR))
			return pciem_fail(dev, ENODEV, "the device is gone");
		if (!(pfd.revents & POLLIN))
			return 0;
	}
}

static int k_complete(struct pciem_dev *dev, const struct pciem_read_later *r,
		      uint64_t value)
{
	struct pciem_reply *s = &kp(dev)->hdr->reply[r->cpu];

	/* value first, then the sequence number the kernel waits for */
	s->value = value;
	__atomic_store_n(&s->seq, r->seq, __ATOMIC_RELEASE);
	return 0;
}

static void k_close(struct pciem_dev *dev)
{
	struct kpriv *p = kp(dev);
	int i;

	for (i = 0; i < PCIEM_MAX_BARS; i++)
		if (p->map[i])
			munmap(p->map[i], p->map_len[i]);
	if (p->hdr)
		munmap(p->hdr, p->ring_size);
	if (dev->fd >= 0)
		close(dev->fd);
	free(p);
}

const struct pciem_backend pciem_kernel_backend = {
	.shadow = k_shadow,
	.watch = k_watch,
	.plug = k_plug,
	.bar = k_bar,
	.irq = k_irq,
	.dma = k_dma,
	.dma_sg = k_dma_sg,
	.atomic = k_atomic,
	.cfg_read = k_cfg_read,
	.cfg_write = k_cfg_write,
	.poll = k_poll,
	.complete = k_complete,
	.close = k_close,
};

int pciem_kernel_init(struct pciem_dev *dev)
{
	struct pciem_info info;
	struct kpriv *p = calloc(1, sizeof(*p));
	void *ring;

	if (!p)
		return pciem_fail(dev, ENOMEM, "out of memory");
	dev->priv = p;
	dev->be = &pciem_kernel_backend;
	dev->fd = open("/dev/pciem", O_RDWR | O_CLOEXEC);
	if (dev->fd < 0) {
		int e = errno;

		free(p);
		return pciem_fail(dev, e, "open /dev/pciem: %s%s", strerror(e),
				  e == ENOENT ? " (is pciem.ko loaded?)" :
				  e == EPERM || e == EACCES ?
				  " (needs CAP_SYS_ADMIN)" : "");
	}
	if (kioctl(dev, PCIEM_IOC_CREATE, &dev->desc, "create") ||
	    kioctl(dev, PCIEM_IOC_INFO, &info, "info"))
		goto err;
	if (dev->ops.dma_map) {
		struct pciem_events e = { .mask = PCIEM_EVENTS_DMA_MAP };

		if (ioctl(dev->fd, PCIEM_IOC_EVENTS, &e)) {
			pciem_fail(dev, errno, "DMA map events: %s%s",
				   strerror(errno), errno == ENOTTY ?
				   " (pciem.ko is older than this library)" :
				   "");
			goto err;
		}
	}
	ring = mmap(NULL, info.ring_mmap_size, PROT_READ | PROT_WRITE,
		    MAP_SHARED, dev->fd, PCIEM_MMAP_RING);
	if (ring == MAP_FAILED) {
		pciem_fail(dev, errno, "mmap ring: %s", strerror(errno));
		goto err;
	}
	p->hdr = ring;
	p->ring_size = info.ring_mmap_size;
	p->events = (void *)((char *)ring + PCIEM_RING_EVENTS_OFFSET);
	return 0;
err:
	close(dev->fd);
	free(p);
	return -errno;
}
