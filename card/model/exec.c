/* The execution thread: fetches the ring by DMA and runs it command by
 * command, outside the register lock.  RING_HEAD advances as each command
 * completes.  Resets bump c->gen and raise c->abort: a batch whose
 * generation is stale stops at once and leaves the registers alone. */
#include <stdlib.h>
#include <string.h>
#include "card.h"
#include "../include/protopciem/cmd.h"

#define RING_MAX (4u << 20)

static int dma_read(void *o, uint64_t bus, void *dst, size_t len)
{
	struct pp_card *c = o;

	return pciem_dma_read(c->dev, bus, dst, len) < 0 ? -1 : 0;
}

static int dma_write(void *o, uint64_t bus, const void *src, size_t len)
{
	struct pp_card *c = o;

	return pciem_dma_write(c->dev, bus, src, len) < 0 ? -1 : 0;
}

/* FENCE: write-back (if enabled) before FENCE_LAST and the interrupt, so
 * a driver woken by FENCE finds the value in memory.  A refused write
 * fails the command (ERR_DMA stops the ring). */
static int fence(void *o, uint64_t value)
{
	struct pp_card *c = o;
	uint64_t addr;
	uint32_t gen;
	int wb;

	pthread_mutex_lock(&c->lock);
	wb = c->fence_ctrl & PP_FENCE_WRITEBACK;
	addr = c->fence_addr;
	gen = c->gen;
	pthread_mutex_unlock(&c->lock);
	if (wb && pciem_dma_write(c->dev, addr, &value, 8) < 0)
		return PP_ERR_DMA;
	pthread_mutex_lock(&c->lock);
	if (gen != c->gen) {
		pthread_mutex_unlock(&c->lock);
		return PP_CP_ABORTED;	/* reset meanwhile */
	}
	c->fence_last = value;
	pp_irq_raise(c, PP_IRQ_FENCE);
	pthread_mutex_unlock(&c->lock);
	return 0;
}

static void job(void *o, uint32_t id)
{
	struct pp_card *c = o;

	pthread_mutex_lock(&c->lock);
	c->ring_job = id;
	pthread_mutex_unlock(&c->lock);
}

/* CONTEXT: RING_CONTEXT follows the command processor's slot.  A reset
 * racing with it sets the register again from that slot once the GL
 * state is reset (RESETTING reads 1 until then). */
static void context(void *o, uint32_t slot)
{
	struct pp_card *c = o;

	pthread_mutex_lock(&c->lock);
	c->ring_context = slot;
	pthread_mutex_unlock(&c->lock);
}

static int runnable(const struct pp_card *c)
{
	return (c->ring_ctrl & PP_RING_ENABLE) && !c->ring_stopped &&
	       c->ring_head != c->ring_tail;
}

/* Runs head..tail of generation gen; called and returns with the lock. */
static void run_batch(struct pp_card *c)
{
	uint32_t gen = c->gen, head = c->ring_head, tail = c->ring_tail;
	uint32_t size = c->ring_size, n, first, at;
	uint64_t base = c->ring_base;
	size_t off = 0, used, ndw;
	int r;

	c->exec_busy = 1;
	pthread_mutex_unlock(&c->lock);
	n = (tail - head) & (size - 1);
	first = size - head < n ? size - head : n;
	r = pciem_dma_read(c->dev, base + head, c->fetch, first) < 0 ||
	    (n > first && pciem_dma_read(c->dev, base, (uint8_t *)c->fetch + first,
					 n - first) < 0);
	pthread_mutex_lock(&c->lock);
	if (gen != c->gen)
		goto out;
	if (r) {
		pp_ring_error(c, PP_ERR_DMA, 0, head, 0);
		goto out;
	}
	ndw = n / 4;
	while (off < ndw) {
		pthread_mutex_unlock(&c->lock);
		r = pp_cp_exec(&c->cp, c->fetch + off, ndw - off, &used);
		pthread_mutex_lock(&c->lock);
		if (gen != c->gen || r == PP_CP_ABORTED)
			break;
		at = (head + (uint32_t)off * 4) & (size - 1);
		if (r) {
			/* HEAD stays on the faulting command */
			c->ring_head = at;
			pp_ring_error(c, (uint32_t)r, c->cp.err_detail, at,
				      c->cp.err_ib);
			break;
		}
		off += used;
		c->ring_head = (head + (uint32_t)off * 4) & (size - 1);
	}
out:
	c->exec_busy = 0;
}

static void *thread_main(void *arg)
{
	struct pp_card *c = arg;

	pthread_mutex_lock(&c->lock);
	while (!c->quit) {
		if (c->reset_cp) {
			/* GL state reset outside the lock: it may be slow.
			 * An engine reset resets the current (guilty) slot
			 * only, a full one every slot. */
			int all = c->reset_all;

			c->reset_cp = 0;
			c->reset_all = 0;
			pthread_mutex_unlock(&c->lock);
			if (all)
				pp_cp_reset(&c->cp);
			else
				pp_cp_reset_current(&c->cp);
			pthread_mutex_lock(&c->lock);
			c->ring_context = c->cp.cur;
			if (c->reset_cp)
				continue;	/* another reset meanwhile */
			__atomic_store_n(&c->abort, 0, __ATOMIC_RELAXED);
			if (c->reset_engine) {
				c->reset_engine = 0;
				pp_irq_raise(c, PP_IRQ_RESET_DONE);
			}
			continue;
		}
		if (runnable(c)) {
			run_batch(c);
			continue;
		}
		pthread_cond_wait(&c->wake, &c->lock);
	}
	pthread_mutex_unlock(&c->lock);
	return NULL;
}

void pp_exec_kick(struct pp_card *c)
{
	pthread_cond_signal(&c->wake);
}

int pp_exec_start(struct pp_card *c)
{
	struct pp_cp_host host = {
		.dma_read = dma_read,
		.dma_write = dma_write,
		.fence = fence,
		.job = job,
		.opaque = c,
		.context = context,
	};

	c->fetch = malloc(RING_MAX);
	if (!c->fetch)
		return -1;
	if (pp_cp_init(&c->cp, c->vram, PP_VRAM_SIZE, &host)) {
		free(c->fetch);
		c->fetch = NULL;
		return -1;
	}
	pp_cp_set_abort(&c->cp, &c->abort);
	c->quit = 0;
	if (pthread_create(&c->thread, NULL, thread_main, c)) {
		pp_cp_fini(&c->cp);
		free(c->fetch);
		c->fetch = NULL;
		return -1;
	}
	c->thread_on = 1;
	return 0;
}

void pp_exec_stop(struct pp_card *c)
{
	if (!c->thread_on)
		return;
	pthread_mutex_lock(&c->lock);
	c->quit = 1;
	__atomic_store_n(&c->abort, 1, __ATOMIC_RELAXED);
	pthread_cond_signal(&c->wake);
	pthread_mutex_unlock(&c->lock);
	pthread_join(c->thread, NULL);
	c->thread_on = 0;
	pp_cp_fini(&c->cp);
	free(c->fetch);
	c->fetch = NULL;
}
