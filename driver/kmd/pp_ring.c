// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * The card's ring.  Each job is four kernel commands: JOB (its id, so a
 * fault names it), CONTEXT (the client context's slot, INIT on its first
 * use), INDIRECT (the checked copy of the client's commands) and FENCE
 * (a sequence number).  The card writes each completed fence value to
 * memory and raises FENCE; the handler signals every job up to it.
 *
 * The scheduler keeps at most PP_RING_JOBS jobs on the ring, so the ring
 * never fills: no head tracking is needed to reuse its space.
 */
#include <linux/delay.h>
#include <linux/dma-mapping.h>
#include <linux/iopoll.h>
#include <linux/slab.h>
#include <drm/drm_drv.h>
#include <drm/drm_print.h>
#include <protopciem/cmd.h>

#include "pp_compat.h"
#include "pp_drv.h"
#include "pp_render.h"

#define PP_RING_SIZE	SZ_16K
#define PP_RING_JOB_DW	12

static const char *pp_fence_driver_name(struct dma_fence *f)
{
	return PP_DRIVER_NAME;
}

static const char *pp_fence_timeline_name(struct dma_fence *f)
{
	return "ring";
}

static const struct dma_fence_ops pp_hw_fence_ops = {
	.get_driver_name = pp_fence_driver_name,
	.get_timeline_name = pp_fence_timeline_name,
};

static void pp_ring_put(struct pp_ring *ring, u32 dw)
{
	u32 *p = ring->vaddr;

	p[ring->tail / 4] = dw;
	ring->tail = (ring->tail + 4) & (ring->size - 1);
}

/* Programs the ring registers; ring_lock held, device entered. */
static void pp_ring_hw_start(struct pp_render *r)
{
	struct pp_device *pp = r->pp;
	struct pp_ring *ring = &r->ring;

	pp_wr(pp, PP_REG_RING_CTRL, 0);
	pp_wr(pp, PP_REG_RING_BASE_LO, lower_32_bits(ring->dma));
	pp_wr(pp, PP_REG_RING_BASE_HI, upper_32_bits(ring->dma));
	pp_wr(pp, PP_REG_RING_SIZE, ring->size);
	pp_wr(pp, PP_REG_FENCE_ADDR_LO, lower_32_bits(ring->fence_dma));
	pp_wr(pp, PP_REG_FENCE_ADDR_HI, upper_32_bits(ring->fence_dma));
	pp_wr(pp, PP_REG_FENCE_CTRL, PP_FENCE_WRITEBACK);
	pp_wr(pp, PP_REG_RING_CTRL, PP_RING_ENABLE);
	ring->tail = 0;
	ring->cur_slot = -1;
}

int pp_ring_init(struct pp_render *r)
{
	struct pp_device *pp = r->pp;
	struct device *dev = pp->drm.dev;
	struct pp_ring *ring = &r->ring;
	int ret;

	ret = dma_set_mask_and_coherent(dev, DMA_BIT_MASK(64));
	if (ret)
		ret = dma_set_mask_and_coherent(dev, DMA_BIT_MASK(32));
	if (ret)
		return ret;
	/* the card fetches the ring and writes fences by DMA */
	pci_set_master(to_pci_dev(dev));
	ring->size = PP_RING_SIZE;
	/* released at unbind, after remove() stopped every use */
	ring->vaddr = dmam_alloc_coherent(dev, ring->size, &ring->dma,
					  GFP_KERNEL);
	ring->fence_cpu = dmam_alloc_coherent(dev, sizeof(u64),
					      &ring->fence_dma, GFP_KERNEL);
	if (!ring->vaddr || !ring->fence_cpu)
		return -ENOMEM;
	ring->fence_ctx = dma_fence_context_alloc(1);
	/* FENCE_LAST is kept by an engine reset: continue after it */
	ring->seqno = (u64)pp_rd(pp, PP_REG_FENCE_LAST_LO);
	ring->seqno |= (u64)pp_rd(pp, PP_REG_FENCE_LAST_HI) << 32;
	WRITE_ONCE(*ring->fence_cpu, ring->seqno);
	mutex_lock(&r->ring_lock);
	pp_ring_hw_start(r);
	mutex_unlock(&r->ring_lock);
	pp_irq_update_mask(pp, BIT(PP_IRQ_FENCE) | BIT(PP_IRQ_RING_ERROR), 0);
	return 0;
}

void pp_ring_fini(struct pp_render *r)
{
	int idx;

	pp_irq_update_mask(r->pp, 0, BIT(PP_IRQ_FENCE) |
			   BIT(PP_IRQ_RING_ERROR));
	if (drm_dev_enter(&r->pp->drm, &idx)) {
		pp_wr(r->pp, PP_REG_RING_CTRL, 0);
		drm_dev_exit(idx);
	}
}

/* A fence already signalled with @error, for a job kept off the card. */
struct dma_fence *pp_ring_stub(struct pp_render *r, int error)
{
	struct pp_hw_fence *f;

	f = kzalloc(sizeof(*f), GFP_KERNEL);
	if (!f)
		return ERR_PTR(error ?: -ENOMEM);
	INIT_LIST_HEAD(&f->link);
	dma_fence_init(&f->base, &pp_hw_fence_ops, &r->ring.fence_lock,
		       dma_fence_context_alloc(1), 1);
	if (error)
		dma_fence_set_error(&f->base, error);
	dma_fence_signal(&f->base);
	return &f->base;
}

/* Signals fences up to the card's last value; any context. */
void pp_ring_fence_irq(struct pp_render *r)
{
	struct pp_ring *ring = &r->ring;
	struct pp_hw_fence *f, *n;
	unsigned long flags;
	u64 last;
	int idx;

	/* the write-back page goes with the device */
	if (!r->has_ring || !drm_dev_enter(&r->pp->drm, &idx))
		return;
	last = READ_ONCE(*ring->fence_cpu);
	drm_dev_exit(idx);
	spin_lock_irqsave(&ring->fence_lock, flags);
	list_for_each_entry_safe(f, n, &ring->pending, link) {
		if (f->base.seqno > last)
			break;
		list_del_init(&f->link);
		WRITE_ONCE(f->job->hw_completed, true);
		dma_fence_signal_locked(&f->base);
		dma_fence_put(&f->base);
	}
	spin_unlock_irqrestore(&ring->fence_lock, flags);
}

/*
 * Ends every fence still on the ring with @error: the card was reset or
 * is gone.  With @jobs_too the jobs' finished fences get the error too
 * (the scheduler of 6.1 does not pass it on).
 */
void pp_ring_cancel_all(struct pp_render *r, int error, bool jobs_too)
{
	struct pp_ring *ring = &r->ring;
	struct pp_hw_fence *f, *n;
	unsigned long flags;

	spin_lock_irqsave(&ring->fence_lock, flags);
	list_for_each_entry_safe(f, n, &ring->pending, link) {
		list_del_init(&f->link);
		if (jobs_too && !dma_fence_is_signaled(f->job->done))
			dma_fence_set_error(f->job->done, error);
		dma_fence_set_error(&f->base, error);
		dma_fence_signal_locked(&f->base);
		dma_fence_put(&f->base);
	}
	spin_unlock_irqrestore(&ring->fence_lock, flags);
}

/* Puts a job on the ring; returns its hardware fence. */
struct dma_fence *pp_ring_emit(struct pp_render *r, struct pp_job *job)
{
	struct pp_ring *ring = &r->ring;
	struct pp_hw_fence *f;
	unsigned long flags;
	int idx;

	f = kzalloc(sizeof(*f), GFP_KERNEL);
	if (!f)
		return ERR_PTR(-ENOMEM);
	INIT_LIST_HEAD(&f->link);
	f->job = job;

	mutex_lock(&r->ring_lock);
	if (!drm_dev_enter(&r->pp->drm, &idx)) {
		mutex_unlock(&r->ring_lock);
		kfree(f);
		return ERR_PTR(-ENODEV);
	}
	if (!job->init_decided) {
		job->init = !job->ctx->inited;
		job->ctx->inited = true;
		job->init_decided = true;
	}
	job->id = ++ring->job_id;
	pp_ring_put(ring, PP_CMD(PP_CLASS_CONTROL, PP_JOB, 1));
	pp_ring_put(ring, job->id);
	pp_ring_put(ring, PP_CMD(PP_CLASS_CONTROL, PP_CONTEXT, 2));
	pp_ring_put(ring, job->ctx->slot);
	pp_ring_put(ring, job->init ? PP_CONTEXT_INIT : 0);
	pp_ring_put(ring, PP_CMD(PP_CLASS_CONTROL, PP_INDIRECT, 3));
	pp_ring_put(ring, lower_32_bits(job->ib_dma));
	pp_ring_put(ring, upper_32_bits(job->ib_dma));
	pp_ring_put(ring, job->ib_dwords);
	pp_ring_put(ring, PP_CMD(PP_CLASS_CONTROL, PP_FENCE, 2));

	spin_lock_irqsave(&ring->fence_lock, flags);
	ring->seqno++;
	dma_fence_init(&f->base, &pp_hw_fence_ops, &ring->fence_lock,
		       ring->fence_ctx, ring->seqno);
	dma_fence_get(&f->base);	/* the pending list's */
	list_add_tail(&f->link, &ring->pending);
	spin_unlock_irqrestore(&ring->fence_lock, flags);

	pp_ring_put(ring, lower_32_bits(f->base.seqno));
	pp_ring_put(ring, upper_32_bits(f->base.seqno));
	/* commands in memory before the doorbell */
	wmb();
	pp_wr(r->pp, PP_REG_RING_TAIL, ring->tail);
	drm_dev_exit(idx);
	mutex_unlock(&r->ring_lock);
	return &f->base;
}

/*
 * Engine reset after a hang or fault: the card drops the running job
 * and the current slot's GL state (the guilty context's); the ring
 * restarts empty and the scheduler puts the other jobs back on it.
 * Returns false if the card is gone.
 */
bool pp_ring_reset(struct pp_render *r)
{
	struct pp_device *pp = r->pp;
	u32 st;
	int idx, ret;

	if (!drm_dev_enter(&pp->drm, &idx))
		return false;
	mutex_lock(&r->ring_lock);
	r->resets++;
	pp_wr(pp, PP_REG_RESET, PP_RESET_ENGINE);
	ret = readx_poll_timeout(readl, pp->mmio + PP_REG_RING_STATUS, st,
				 st == ~0u || !(st & PP_RING_RESETTING),
				 1000, 2000000);
	if (ret || st == ~0u) {
		/* the engine would not stop: start over from a full reset */
		drm_err(&pp->drm, "engine reset failed (status %#x), resetting the card\n",
			st);
		pp_wr(pp, PP_REG_RESET, PP_RESET_FULL);
		pp_wr(pp, PP_REG_IRQ_MASK, READ_ONCE(pp->irq_mask));
	}
	pp_ring_hw_start(r);
	mutex_unlock(&r->ring_lock);
	drm_dev_exit(idx);
	return true;
}

void pp_ring_error_irq(struct pp_render *r)
{
	r->faults++;
	/* the timeout handler resets the engine and blames the job */
	drm_sched_fault(&r->sched);
}
