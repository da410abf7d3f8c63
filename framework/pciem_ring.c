// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * The event ring shared with the model.  Any CPU may produce (posted
 * writes, read requests, config writes) from any context, including the
 * page fault that trapped an MMIO access, so producers take a raw
 * spinlock and never sleep.  A full ring applies back-pressure: the
 * producer waits for the model instead of dropping the write.
 */
#include <linux/delay.h>
#include <linux/log2.h>
#include <linux/sched/clock.h>
#include <linux/timekeeping.h>
#include <linux/vmalloc.h>

#include "pciem.h"
#include "pciem_trace.h"

#define PCIEM_RING_DEFAULT	16384
#define PCIEM_RING_MAX		(1u << 20)
/* A model that consumes nothing for this long is treated as hung. */
#define PCIEM_STALL_NS		(10ULL * NSEC_PER_SEC)

int pciem_ring_alloc(struct pciem_dev *pd)
{
	u32 n = pd->desc.ring_entries ? pd->desc.ring_entries :
		PCIEM_RING_DEFAULT;

	if (!is_power_of_2(n) || n < 64 || n > PCIEM_RING_MAX)
		return -EINVAL;
	pd->ring_size = PCIEM_RING_EVENTS_OFFSET +
			(size_t)n * sizeof(struct pciem_event);
	pd->ring = vmalloc_user(pd->ring_size);
	if (!pd->ring)
		return -ENOMEM;
	pd->entries = n;
	pd->hdr = pd->ring;
	pd->hdr->entries = n;
	pd->events = pd->ring + PCIEM_RING_EVENTS_OFFSET;
	return 0;
}

void pciem_ring_free(struct pciem_dev *pd)
{
	vfree(pd->ring);
	pd->ring = NULL;
}

static void kick(struct pciem_dev *pd)
{
	/* Pairs with the barrier in poll_wait()/the model's sleep check. */
	if (wq_has_sleeper(&pd->wq))
		wake_up_interruptible(&pd->wq);
}

/*
 * Queue one event.  Returns 0, or -ENODEV once the device is gone or the
 * model has stopped consuming for PCIEM_STALL_NS.
 */
static int post(struct pciem_dev *pd, const struct pciem_event *ev,
		u32 *seq, u16 *cpu)
{
	u64 start = 0;
	unsigned long flags;

	if (!pd->ring)
		return -ENODEV;
	for (;;) {
		u32 tail, head;

		if (atomic_read(&pd->dead))
			return -ENODEV;
		raw_spin_lock_irqsave(&pd->ring_lock, flags);
		tail = pd->hdr->tail;
		/* acquire: the model is done with slots before head */
		head = smp_load_acquire(&pd->hdr->head);
		if (tail - head < pd->entries) {
			struct pciem_event *e;

			e = &pd->events[tail & (pd->entries - 1)];
			*e = *ev;
			if (seq) {
				e->seq = ++pd->read_seq;
				e->cpu = *cpu;
				*seq = e->seq;
			}
			/* release: the event is complete before it is seen */
			smp_store_release(&pd->hdr->tail, tail + 1);
			raw_spin_unlock_irqrestore(&pd->ring_lock, flags);
			kick(pd);
			return 0;
		}
		raw_spin_unlock_irqrestore(&pd->ring_lock, flags);
		kick(pd);
		if (!start)
			start = ktime_get_mono_fast_ns();
		else if (ktime_get_mono_fast_ns() - start > PCIEM_STALL_NS)
			break;
		cpu_relax();
	}
	if (atomic_cmpxchg(&pd->dead, 0, 2) == 0)
		pr_err_ratelimited("pciem%d: model stopped consuming events; device failed\n",
				   pd->id);
	return -ENODEV;
}

int pciem_ring_post(struct pciem_dev *pd, const struct pciem_event *ev)
{
	return post(pd, ev, NULL, NULL);
}

/*
 * A synchronous read: queue the request behind every earlier write, then
 * wait for the model's answer in this CPU's reply slot.  Runs with
 * interrupts off (inside the page fault), hence the bounded spin.
 */
u64 pciem_ring_read(struct pciem_dev *pd, int bar, u64 off, int size)
{
	struct pciem_event ev = {
		.type = PCIEM_EV_MMIO_READ,
		.bar = bar,
		.size = size,
		.offset = off,
	};
	u64 all_ones = size == 8 ? ~0ULL : (1ULL << (8 * size)) - 1;
	struct pciem_reply *slot;
	u16 cpu = raw_smp_processor_id();
	u64 start;
	u32 seq;

	if (cpu >= PCIEM_MAX_CPUS)
		return all_ones;
	slot = &pd->hdr->reply[cpu];
	if (post(pd, &ev, &seq, &cpu))
		return all_ones;
	start = ktime_get_mono_fast_ns();
	/* acquire: the model wrote value before seq */
	while (smp_load_acquire(&slot->seq) != seq) {
		if (atomic_read(&pd->dead))
			return all_ones;
		if (ktime_get_mono_fast_ns() - start > pd->read_timeout_ns) {
			struct pciem_event to = {
				.type = PCIEM_EV_READ_TIMEOUT,
				.bar = bar,
				.size = size,
				.offset = off,
			};

			trace_pciem_read_timeout(pd->id, bar, off, size);
			pr_warn_ratelimited("pciem%d: read of BAR%d+%#llx timed out; returning all-ones\n",
					    pd->id, bar, off);
			pciem_ring_post(pd, &to);
			return all_ones;
		}
		cpu_relax();
	}
	return READ_ONCE(slot->value) & all_ones;
}
