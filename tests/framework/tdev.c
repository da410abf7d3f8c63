// SPDX-License-Identifier: MIT
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <unistd.h>

#include "tdev.h"
#include "driver/pciem_layouts.h"

void tdev_desc_init(struct pciem_desc *d)
{
	memset(d, 0, sizeof(*d));
	d->argsz = sizeof(*d);
	d->vendor = PL_VENDOR;
	d->device = PL_DEVICE;
	d->subsys_vendor = PL_VENDOR;
	d->class_code = 0xff0000;
	d->read_timeout_ms = 1000;
}

int tdev_open(struct tdev *t)
{
	memset(t, 0, sizeof(*t));
	pthread_mutex_init(&t->lock, NULL);
	t->fd = open("/dev/pciem", O_RDWR | O_CLOEXEC);
	return t->fd < 0 ? errno : 0;
}

static uint64_t answer(const struct pciem_event *ev)
{
	uint64_t v = pciem_layouts_pattern(ev->bar, ev->offset);

	if (ev->size == 8)
		v |= (uint64_t)pciem_layouts_pattern(ev->bar,
						     ev->offset + 4) << 32;
	return v;
}

static void handle(struct tdev *t, const struct pciem_event *ev)
{
	struct pciem_reply *r;

	if (ev->type == PCIEM_EV_MMIO_READ && ev->cpu < PCIEM_MAX_CPUS) {
		r = &t->hdr->reply[ev->cpu];
		r->value = answer(ev);
		atomic_store_explicit((_Atomic uint32_t *)&r->seq, ev->seq,
				      memory_order_release);
	} else if (ev->type == PCIEM_EV_MMIO_WRITE &&
		   ev->bar < PCIEM_MAX_BARS) {
		pthread_mutex_lock(&t->lock);
		t->wr_off[ev->bar] = ev->offset;
		t->wr_val[ev->bar] = ev->value;
		t->wr_seen[ev->bar]++;
		pthread_mutex_unlock(&t->lock);
	}
}

static void *serve(void *arg)
{
	struct tdev *t = arg;
	_Atomic uint32_t *tail = (_Atomic uint32_t *)&t->hdr->tail;
	_Atomic uint32_t *head = (_Atomic uint32_t *)&t->hdr->head;
	uint32_t mask = t->hdr->entries - 1;
	int idle = 0;

	while (!atomic_load(&t->stop)) {
		uint32_t h = atomic_load_explicit(head, memory_order_relaxed);
		struct pollfd p = { .fd = t->fd, .events = POLLIN };

		if (h != atomic_load_explicit(tail, memory_order_acquire)) {
			handle(t, &t->events[h & mask]);
			atomic_store_explicit(head, h + 1,
					      memory_order_release);
			idle = 0;
			continue;
		}
		/* reads wait for us with interrupts off: spin a little */
		if (++idle < 2000)
			continue;
		poll(&p, 1, 5);
		idle = 0;
	}
	return NULL;
}

int tdev_create(struct tdev *t, const struct pciem_desc *d)
{
	t->desc = *d;
	if (ioctl(t->fd, PCIEM_IOC_CREATE, &t->desc))
		return errno;
	if (ioctl(t->fd, PCIEM_IOC_INFO, &t->info))
		return errno;
	t->ring_size = t->info.ring_mmap_size;
	t->ring = mmap(NULL, t->ring_size, PROT_READ | PROT_WRITE, MAP_SHARED,
		       t->fd, PCIEM_MMAP_RING);
	if (t->ring == MAP_FAILED) {
		t->ring = NULL;
		return errno;
	}
	t->hdr = t->ring;
	t->events = (void *)((char *)t->ring + PCIEM_RING_EVENTS_OFFSET);
	if (pthread_create(&t->thread, NULL, serve, t))
		return EAGAIN;
	t->serving = 1;
	return 0;
}

int tdev_plug(struct tdev *t)
{
	if (ioctl(t->fd, PCIEM_IOC_PLUG))
		return errno;
	if (ioctl(t->fd, PCIEM_IOC_INFO, &t->info))
		return errno;
	snprintf(t->bdf, sizeof(t->bdf), "%04x:00:00.0", t->info.domain);
	return 0;
}

void tdev_close(struct tdev *t)
{
	if (t->serving) {
		atomic_store(&t->stop, 1);
		pthread_join(t->thread, NULL);
	}
	if (t->ring)
		munmap(t->ring, t->ring_size);
	if (t->fd >= 0)
		close(t->fd);
	pthread_mutex_destroy(&t->lock);
	t->fd = -1;
	t->ring = NULL;
	t->serving = 0;
}
