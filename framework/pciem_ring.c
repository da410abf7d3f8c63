// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * The event ring shared with the model.  Any CPU may produce (posted
 * writes, read requests, config writes) from any context, including the
 * page fault that trapped an MMIO access, so producers take a raw
 * spinlock.  A full ring applies back-pressure: the producer waits for the
 * model instead of dropping the write.
 *
 * Every wait is bounded.  A producer that may sleep (the trapped context
 * had interrupts on and held no lock) spins briefly, then sleeps so the
 * model's CPU can run, up to the read timeout.  One that may not sleep
 * spins at most PCIEM_ATOMIC_WAIT_NS, far below the lockup and RCU-stall
 * watchdogs.  A wait that runs out is a timeout: a read returns all-ones,
 * a write is lost, both are reported.  Repeated timeouts while the model
 * consumes nothing fail the device: all-ones from then on.
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/delay.h>
#include <linux/hrtimer.h>
#include <linux/log2.h>
#include <linux/sched.h>
#include <linux/timekeeping.h>
#include <linux/vmalloc.h>

#include "pciem.h"
#include "pciem_trace.h"

#define PCIEM_RING_DEFAULT	16384
#define PCIEM_RING_MAX		BIT(20)
/* Longest wait with interrupts off or in atomic context. */
#define PCIEM_ATOMIC_WAIT_NS	(200 * NSEC_PER_MSEC)
/* Spin this long before sleeping, where sleeping is allowed. */
#define PCIEM_SPIN_NS		(20 * NSEC_PER_USEC)
/* Sleeps between polls grow from the first to the last. */
#define PCIEM_NAP_MIN_US	10
#define PCIEM_NAP_MAX_US	50
/* Consecutive timeouts without progress that fail the device. */
#define PCIEM_FAIL_TIMEOUTS	3
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
	spin_lock_init(&pd->stall_lock);
	bitmap_zero(pd->reply_busy, PCIEM_MAX_CPUS);
	return 0;
}

void pciem_ring_free(struct pciem_dev *pd)
{
	vfree(pd->ring);
	pd->ring = NULL;
}

static void pciem_ring_kick(struct pciem_dev *pd)
{
	/* Pairs with the barrier in poll_wait()/the model's sleep check. */
	if (wq_has_sleeper(&pd->wq))
		wake_up_interruptible(&pd->wq);
}

/*
 * Fail the device: every access reads all-ones from now on and the
 * model's poll() reports an error.  Safe in any context.
 */
void pciem_ring_fail(struct pciem_dev *pd, const char *why)
{
	if (atomic_cmpxchg(&pd->dead, 0, 2))
		return;
	trace_pciem_failed(pd->id, why);
	pr_err_ratelimited("device %d: %s; device failed (all-ones from now on)\n",
			   pd->id, why);
	pciem_ring_kick(pd);
}

/*
 * One more wait ran out.  Fail the device once PCIEM_FAIL_TIMEOUTS of
 * them in a row saw the model consume nothing, over at least the read
 * timeout, or after PCIEM_STALL_NS without progress.
 */
static void pciem_ring_timed_out(struct pciem_dev *pd, u64 began)
{
	/* acquire: pairs with the model's release of head */
	u32 head = smp_load_acquire(&pd->hdr->head);
	unsigned long flags;
	bool fail = false;
	u64 now = ktime_get_mono_fast_ns();

	spin_lock_irqsave(&pd->stall_lock, flags);
	if (!pd->stall_count || head != pd->stall_head) {
		pd->stall_head = head;
		pd->stall_start = began;
		pd->stall_count = 0;
	}
	pd->stall_count++;
	if ((pd->stall_count >= PCIEM_FAIL_TIMEOUTS &&
	     now - pd->stall_start >= pd->read_timeout_ns) ||
	    now - pd->stall_start >= PCIEM_STALL_NS)
		fail = true;
	spin_unlock_irqrestore(&pd->stall_lock, flags);
	if (fail)
		pciem_ring_fail(pd, "the model stopped answering");
}

/* Has the model events it has not consumed yet? */
bool pciem_ring_pending(struct pciem_dev *pd)
{
	return pd->ring && READ_ONCE(pd->hdr->tail) != READ_ONCE(pd->hdr->head);
}

/* An answer arrived: the model is alive. */
static void pciem_ring_progress(struct pciem_dev *pd)
{
	if (READ_ONCE(pd->stall_count))
		WRITE_ONCE(pd->stall_count, 0);
}

/*
 * The waiting policy shared by reads and full-ring writes: spin, then
 * (where allowed) sleep with growing naps.  Returns how long to go on:
 * false when @start + @limit has passed.
 */
struct pciem_wait {
	u64 start;
	u64 limit;
	unsigned int nap_us;
	bool may_sleep;
};

static void pciem_wait_init(struct pciem_wait *w, struct pciem_dev *pd,
			    bool may_sleep)
{
	w->start = ktime_get_mono_fast_ns();
	w->limit = pd->read_timeout_ns;
	if (!may_sleep)
		w->limit = min_t(u64, w->limit, PCIEM_ATOMIC_WAIT_NS);
	/*
	 * Waits with interrupts off add up in a driver's loop: once one ran
	 * out, the next ones do not wait until the model moves again.
	 */
	if (!may_sleep && READ_ONCE(pd->stall_count) &&
	    READ_ONCE(pd->hdr->head) == READ_ONCE(pd->stall_head))
		w->limit = 0;
	w->nap_us = PCIEM_NAP_MIN_US;
	w->may_sleep = may_sleep;
}

static bool pciem_wait_more(struct pciem_wait *w)
{
	u64 spent = ktime_get_mono_fast_ns() - w->start;

	if (spent >= w->limit)
		return false;
	if (!w->may_sleep || spent < PCIEM_SPIN_NS) {
		cpu_relax();
		return true;
	}
	usleep_range(w->nap_us, 2 * w->nap_us);
	w->nap_us = min(2 * w->nap_us, PCIEM_NAP_MAX_US);
	return true;
}

/*
 * Queue one event.  Returns 0, -ENODEV once the device is gone or failed,
 * or -ETIMEDOUT when the ring stayed full for the whole wait.
 */
static int pciem_ring_push(struct pciem_dev *pd, const struct pciem_event *ev,
			   bool may_sleep, u32 *seq, u16 slot)
{
	struct pciem_wait w = { .start = 0 };
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
				e->cpu = slot;
				*seq = e->seq;
			}
			/* release: the event is complete before it is seen */
			smp_store_release(&pd->hdr->tail, tail + 1);
			raw_spin_unlock_irqrestore(&pd->ring_lock, flags);
			pciem_ring_kick(pd);
			return 0;
		}
		raw_spin_unlock_irqrestore(&pd->ring_lock, flags);
		pciem_ring_kick(pd);
		if (!w.start)
			pciem_wait_init(&w, pd, may_sleep);
		else if (!pciem_wait_more(&w))
			break;
	}
	trace_pciem_ring_full(pd->id, ev->type, ev->bar, ev->offset);
	pr_warn_ratelimited("device %d: event ring full for %llu us; event %u to BAR%u+%#llx lost\n",
			    pd->id, w.limit / NSEC_PER_USEC, ev->type, ev->bar,
			    ev->offset);
	pciem_ring_timed_out(pd, w.start);
	return -ETIMEDOUT;
}

/* Safe in any context: waits at most PCIEM_ATOMIC_WAIT_NS for room. */
int pciem_ring_post(struct pciem_dev *pd, const struct pciem_event *ev)
{
	return pciem_ring_push(pd, ev, false, NULL, 0);
}

int pciem_ring_post_wait(struct pciem_dev *pd, const struct pciem_event *ev,
			 bool may_sleep)
{
	return pciem_ring_push(pd, ev, may_sleep, NULL, 0);
}

/*
 * Queue an event that must never wait or fail its producer (DMA map
 * events, posted from the driver's map calls in any context).  A full
 * ring drops it and counts it: at once in the header, and in band as a
 * PCIEM_EV_DMA_LOST ahead of the next one that finds room for both.
 */
void pciem_ring_post_nowait(struct pciem_dev *pd, const struct pciem_event *ev)
{
	u32 mask = pd->entries - 1;
	unsigned long flags;
	u32 tail, used, room;

	if (!pd->ring || atomic_read(&pd->dead))
		return;
	raw_spin_lock_irqsave(&pd->ring_lock, flags);
	tail = pd->hdr->tail;
	/* acquire: the model is done with slots before head */
	used = tail - smp_load_acquire(&pd->hdr->head);
	room = used < pd->entries ? pd->entries - used : 0;
	if (pd->dma_lost && room >= 2) {
		struct pciem_event *e = &pd->events[tail++ & mask];

		memset(e, 0, sizeof(*e));
		e->type = PCIEM_EV_DMA_LOST;
		e->value = pd->dma_lost;
		pd->dma_lost = 0;
		room--;
	}
	if (!pd->dma_lost && room) {
		pd->events[tail++ & mask] = *ev;
	} else {
		pd->dma_lost++;
		pd->dma_lost_total++;
		WRITE_ONCE(pd->hdr->dma_events_lost, pd->dma_lost_total);
		trace_pciem_ring_full(pd->id, ev->type, 0, ev->offset);
	}
	/* release: the events are complete before they are seen */
	smp_store_release(&pd->hdr->tail, tail);
	raw_spin_unlock_irqrestore(&pd->ring_lock, flags);
	pciem_ring_kick(pd);
}

/*
 * A reply slot for one read.  Slots are not tied to CPU numbers (there
 * are more CPUs than slots on large machines, and a sleeping reader may
 * change CPU), but this CPU's own slot is the usual free one.
 */
static int pciem_slot_get(struct pciem_dev *pd, struct pciem_wait *w)
{
	unsigned int first = raw_smp_processor_id() % PCIEM_MAX_CPUS;
	unsigned int i;

	do {
		if (!test_and_set_bit_lock(first, pd->reply_busy))
			return first;
		for_each_clear_bit(i, pd->reply_busy, PCIEM_MAX_CPUS)
			if (!test_and_set_bit_lock(i, pd->reply_busy))
				return i;
	} while (pciem_wait_more(w));
	return -EBUSY;
}

/*
 * A synchronous read: queue the request behind every earlier write, then
 * wait for the model's answer in a reply slot.  Returns 0 with *val set,
 * or a negative error with *val all-ones: -ENODEV (device gone or
 * failed), -ETIMEDOUT (no answer in time), -EDEADLK (the waiting CPU is
 * the only one the model could run on, so it can never answer).
 */
int pciem_ring_read(struct pciem_dev *pd, int bar, u64 off, int size,
		    bool may_sleep, u64 *val)
{
	struct pciem_event ev = {
		.type = PCIEM_EV_MMIO_READ,
		.bar = bar,
		.size = size,
		.offset = off,
	};
	u64 all_ones = size == 8 ? ~0ULL : (1ULL << (8 * size)) - 1;
	struct pciem_reply *reply;
	struct pciem_wait w;
	int slot, ret;
	u32 seq;

	*val = all_ones;
	if (!may_sleep && num_online_cpus() == 1) {
		pr_warn_ratelimited("device %d: read of BAR%d+%#llx in atomic context on the only CPU cannot be answered; returning all-ones (shadow it)\n",
				    pd->id, bar, off);
		return -EDEADLK;
	}
	/* one deadline for the slot, the room in the ring and the answer */
	pciem_wait_init(&w, pd, may_sleep);
	slot = pciem_slot_get(pd, &w);
	if (slot < 0) {
		ret = -ETIMEDOUT;
		goto report;
	}
	reply = &pd->hdr->reply[slot];
	ret = pciem_ring_push(pd, &ev, may_sleep, &seq, slot);
	if (ret)
		goto out;
	/* acquire: the model wrote value before seq */
	while (smp_load_acquire(&reply->seq) != seq) {
		if (atomic_read(&pd->dead)) {
			ret = -ENODEV;
			goto out;
		}
		if (!pciem_wait_more(&w)) {
			ret = -ETIMEDOUT;
			goto out;
		}
	}
	*val = READ_ONCE(reply->value) & all_ones;
	pciem_ring_progress(pd);
out:
	clear_bit_unlock(slot, pd->reply_busy);
report:
	if (ret == -ETIMEDOUT) {
		struct pciem_event to = {
			.type = PCIEM_EV_READ_TIMEOUT,
			.bar = bar,
			.size = size,
			.offset = off,
		};

		trace_pciem_read_timeout(pd->id, bar, off, size);
		pr_warn_ratelimited("device %d: read of BAR%d+%#llx timed out; returning all-ones\n",
				    pd->id, bar, off);
		pciem_ring_post(pd, &to);
		pciem_ring_timed_out(pd, w.start);
	}
	return ret;
}
