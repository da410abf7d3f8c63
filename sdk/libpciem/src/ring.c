// SPDX-License-Identifier: MIT
/*
 * Consuming the kernel's event ring (protocol in <linux/pciem.h>): events
 * from head to tail in order; a read is answered in its CPU's reply slot,
 * value first, then the sequence number the kernel is spinning on.
 */
#include <errno.h>

#include "internal.h"

int pciem_ring_consume(struct pciem_dev *dev, struct pciem_ring_header *hdr,
		       struct pciem_event *events)
{
	uint32_t mask = hdr->entries - 1;
	uint32_t head = __atomic_load_n(&hdr->head, __ATOMIC_RELAXED);
	uint32_t tail = __atomic_load_n(&hdr->tail, __ATOMIC_ACQUIRE);
	int n = 0;

	while (head != tail) {
		const struct pciem_event *ev = &events[head & mask];
		uint64_t v;

		dev->deferred = 0;
		v = pciem_dispatch(dev, ev);

		if (ev->type == PCIEM_EV_MMIO_READ && !dev->deferred) {
			struct pciem_reply *r;

			if (ev->cpu >= PCIEM_MAX_CPUS)
				return pciem_fail(dev, EPROTO,
						  "read from CPU %u", ev->cpu);
			r = &hdr->reply[ev->cpu];
			r->value = v;
			__atomic_store_n(&r->seq, ev->seq, __ATOMIC_RELEASE);
		}
		head++;
		__atomic_store_n(&hdr->head, head, __ATOMIC_RELEASE);
		n++;
		if (head == tail)
			tail = __atomic_load_n(&hdr->tail, __ATOMIC_ACQUIRE);
	}
	return n;
}
