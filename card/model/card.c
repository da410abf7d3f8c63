/* Registers, interrupts, errors and resets of the ProtoPCIem card. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "card.h"
#include "../include/protopciem/cmd.h"

#define RING_MIN 4096u
#define RING_MAX (4u << 20)
#define CAPS (PP_CAPS_GL | PP_CAPS_DISPLAY | PP_CAPS_EDID | PP_CAPS_CURSOR | \
	      PP_CAPS_GAMMA | PP_CAPS_HOTPLUG | PP_CAPS_CONTEXTS)

void pp_card_describe(struct pciem_desc *d)
{
	pciem_desc_init(d, PP_VENDOR, PP_DEVICE, PP_CLASS);
	d->subsys_vendor = PP_VENDOR;
	d->subsys_device = PP_DEVICE;
	d->revision = 1;
	d->caps |= PCIEM_CAP_PM | PCIEM_CAP_EXP;
	pciem_desc_bar(d, 0, PP_BAR0_SIZE, 0);
	pciem_desc_bar(d, 2, PP_VRAM_SIZE,
		       PCIEM_BAR_MEMORY | PCIEM_BAR_64BIT | PCIEM_BAR_PREFETCH);
	pciem_desc_msi(d, 1, 0);
	pciem_desc_msix(d, PP_MSIX_VECTORS, 0, PP_MSIX_TABLE, 0, PP_MSIX_PBA);
	d->intx_pin = 1;
}

/* Delivery: the cause's MSI-X vector, else MSI vector 0, else INTx, which
 * stays asserted while a pending cause is enabled. */
static void irq_update(struct pp_card *c, int cause)
{
	uint32_t live = c->irq_status & c->irq_mask;

	if (cause >= 0 && (c->irq_mask & (1u << cause))) {
		if (pciem_irq(c->dev, PCIEM_IRQ_MSIX, (uint32_t)cause) >= 0)
			return;
		if (pciem_irq(c->dev, PCIEM_IRQ_MSI, 0) >= 0)
			return;
	}
	if (live && !c->intx_asserted) {
		if (cause < 0 || pciem_irq(c->dev, PCIEM_IRQ_INTX_ASSERT, 0) >= 0)
			c->intx_asserted = cause >= 0;
	} else if (!live && c->intx_asserted) {
		pciem_irq(c->dev, PCIEM_IRQ_INTX_DEASSERT, 0);
		c->intx_asserted = 0;
	}
}

void pp_irq_raise(struct pp_card *c, int cause)
{
	c->irq_status |= 1u << cause;
	irq_update(c, cause);
}

void pp_card_irq_storm(struct pp_card *c)
{
	int i;

	pthread_mutex_lock(&c->lock);
	c->irq_status |= PP_IRQ_ALL;
	for (i = 0; i < PP_IRQ_COUNT; i++)
		if (pciem_irq(c->dev, PCIEM_IRQ_MSIX, (uint32_t)i) < 0)
			pciem_irq(c->dev, PCIEM_IRQ_MSI, 0);
	if (pciem_irq(c->dev, PCIEM_IRQ_INTX_ASSERT, 0) >= 0)
		c->intx_asserted = 1;
	pthread_mutex_unlock(&c->lock);
}

/* A ring fault stops the ring; the first one is kept until cleared. */
void pp_ring_error(struct pp_card *c, uint32_t code, uint32_t detail,
		   uint32_t addr, uint32_t ib)
{
	c->ring_stopped = 1;
	if (c->ring_err_status)
		return;
	c->ring_err_status = code << 16 | (detail & 0xffff);
	c->ring_err_addr = addr;
	c->ring_err_ib = ib;
	pp_irq_raise(c, PP_IRQ_RING_ERROR);
}

void pp_reg_error(struct pp_card *c, uint32_t code, uint32_t detail,
		  uint32_t addr)
{
	if (c->reg_err_status)
		return;
	c->reg_err_status = code << 16 | (detail & 0xffff);
	c->reg_err_addr = addr;
	pp_irq_raise(c, PP_IRQ_REG_ERROR);
}

uint32_t pp_ring_status(const struct pp_card *c)
{
	uint32_t s = PP_RING_IDLE;

	if (c->ring_stopped)
		s = PP_RING_STOPPED;
	else if ((c->ring_ctrl & PP_RING_ENABLE) &&
		 (c->ring_head != c->ring_tail || c->exec_busy))
		s = PP_RING_BUSY;
	if (c->reset_engine || c->reset_cp)
		s |= PP_RING_RESETTING;
	return s;
}

/* The engine: abort the running job (the execution thread sees the new
 * generation and the abort flag), disable the ring, clear its faults. */
static void engine_reset(struct pp_card *c)
{
	c->gen++;
	__atomic_store_n(&c->abort, 1, __ATOMIC_RELAXED);
	c->ring_ctrl = 0;
	c->ring_head = c->ring_tail = 0;
	c->ring_stopped = 0;
	c->ring_err_status = c->ring_err_addr = c->ring_err_ib = 0;
	c->reset_cp = 1;
	pthread_cond_signal(&c->wake);
}

/* RESET.FULL and FLR: every register to its reset value. */
static void full_reset(struct pp_card *c)
{
	engine_reset(c);
	c->reset_engine = 0;	/* no RESET_DONE for a full reset */
	c->reset_all = 1;	/* every context slot, not just the current */
	c->ring_context = 0;
	c->irq_status = c->irq_mask = 0;
	irq_update(c, -1);
	c->reg_err_status = c->reg_err_addr = 0;
	c->ring_base = 0;
	c->ring_size = 0;
	c->ring_job = 0;
	c->fence_addr = c->fence_last = 0;
	c->fence_ctrl = 0;
	memset(c->hi_latch, 0, sizeof(c->hi_latch));
	pp_display_reset(c);
}

static int ring_locked(const struct pp_card *c, uint32_t off)
{
	return (c->ring_ctrl & PP_RING_ENABLE) &&
	       (off == PP_REG_RING_BASE_LO || off == PP_REG_RING_BASE_HI ||
		off == PP_REG_RING_SIZE);
}

static uint32_t garbage(struct pp_card *c)
{
	c->rng ^= c->rng << 13;
	c->rng ^= c->rng >> 17;
	c->rng ^= c->rng << 5;
	return c->rng;
}

static int garbage_reg(uint32_t off)
{
	return off <= PP_REG_VRAM_SIZE ||
	       (off >= PP_REG_DISP_CTRL && off < PP_REG_GAMMA_LUT + 4 * PP_GAMMA_SIZE);
}

static uint32_t reg_read(struct pp_card *c, uint32_t off)
{
	uint32_t v;

	if ((c->faults & PP_FAULT_GARBAGE_REGS) && garbage_reg(off))
		return garbage(c);
	if (off >= PP_REG_EDID && off < PP_REG_EDID + 256) {
		if (!c->connected)
			return 0;
		memcpy(&v, c->edid + (off - PP_REG_EDID), 4);
		return v;
	}
	if (pp_display_read(c, off, &v))
		return v;
	switch (off) {
	case PP_REG_ID: return PP_ID_VALUE;
	case PP_REG_REV: return PP_REV_VALUE;
	case PP_REG_CAPS: return CAPS;
	case PP_REG_VRAM_SIZE: return PP_VRAM_SIZE;
	case PP_REG_CONTEXTS: return PP_CONTEXTS;
	case PP_REG_IRQ_STATUS: return c->irq_status;
	case PP_REG_IRQ_MASK: return c->irq_mask;
	case PP_REG_RING_ERR_STATUS: return c->ring_err_status;
	case PP_REG_RING_ERR_ADDR: return c->ring_err_addr;
	case PP_REG_RING_ERR_IB: return c->ring_err_ib;
	case PP_REG_REG_ERR_STATUS: return c->reg_err_status;
	case PP_REG_REG_ERR_ADDR: return c->reg_err_addr;
	case PP_REG_RING_BASE_LO: return (uint32_t)c->ring_base;
	case PP_REG_RING_BASE_HI: return (uint32_t)(c->ring_base >> 32);
	case PP_REG_RING_SIZE: return c->ring_size;
	case PP_REG_RING_HEAD: return c->ring_head;
	case PP_REG_RING_TAIL: return c->ring_tail;
	case PP_REG_RING_CTRL: return c->ring_ctrl;
	case PP_REG_RING_STATUS: return pp_ring_status(c);
	case PP_REG_RING_JOB: return c->ring_job;
	case PP_REG_FENCE_ADDR_LO: return (uint32_t)c->fence_addr;
	case PP_REG_FENCE_ADDR_HI: return (uint32_t)(c->fence_addr >> 32);
	case PP_REG_FENCE_LAST_LO:
		c->hi_latch[0] = (uint32_t)(c->fence_last >> 32);
		return (uint32_t)c->fence_last;
	case PP_REG_FENCE_LAST_HI: return c->hi_latch[0];
	case PP_REG_FENCE_CTRL: return c->fence_ctrl;
	case PP_REG_RING_CONTEXT: return c->ring_context;
	}
	return 0;	/* reserved, and write-only registers */
}

/* 0, or -1 when the write is refused (ERR_REGISTER). */
static int reg_write(struct pp_card *c, uint32_t off, uint32_t v)
{
	if (ring_locked(c, off))
		return -1;
	if (off >= PP_REG_DISP_CTRL && off < PP_REG_GAMMA_LUT + 4 * PP_GAMMA_SIZE &&
	    !(off >= PP_REG_EDID && off < PP_REG_EDID + 256))
		return pp_display_write(c, off, v);
	switch (off) {
	case PP_REG_RESET:
		if (v & ~(PP_RESET_FULL | PP_RESET_ENGINE))
			return -1;
		if (v & PP_RESET_FULL) {
			full_reset(c);
		} else if (v & PP_RESET_ENGINE) {
			engine_reset(c);
			c->reset_engine = 1;
		}
		return 0;
	case PP_REG_IRQ_STATUS:
		c->irq_status &= ~v;
		irq_update(c, -1);
		return 0;
	case PP_REG_IRQ_MASK:
		if (v & ~PP_IRQ_ALL)
			return -1;
		c->irq_mask = v;
		irq_update(c, -1);
		return 0;
	case PP_REG_IRQ_FORCE: {
		int i;

		if (v & ~PP_IRQ_ALL)
			return -1;
		for (i = 0; i < PP_IRQ_COUNT; i++)
			if (v & (1u << i))
				pp_irq_raise(c, i);
		return 0;
	}
	case PP_REG_ERR_CLEAR:
		if (v & ~(PP_ERR_CLEAR_RING | PP_ERR_CLEAR_REG))
			return -1;
		if (v & PP_ERR_CLEAR_REG)
			c->reg_err_status = c->reg_err_addr = 0;
		if (v & PP_ERR_CLEAR_RING) {
			c->ring_err_status = c->ring_err_addr = 0;
			c->ring_err_ib = 0;
			c->ring_stopped = 0;
			pp_exec_kick(c);
		}
		return 0;
	case PP_REG_RING_BASE_LO:
		if (v & 0xfff)
			return -1;
		c->ring_base = (c->ring_base & ~0xffffffffull) | v;
		return 0;
	case PP_REG_RING_BASE_HI:
		c->ring_base = (c->ring_base & 0xffffffffull) | (uint64_t)v << 32;
		return 0;
	case PP_REG_RING_SIZE:
		if (v < RING_MIN || v > RING_MAX || (v & (v - 1)))
			return -1;
		c->ring_size = v;
		return 0;
	case PP_REG_RING_HEAD:
		/* moving the head under a running ring would race the
		 * execution thread: only while disabled or stopped */
		if ((c->ring_ctrl & PP_RING_ENABLE) && !c->ring_stopped)
			return -1;
		if ((v & 3) || !c->ring_size || v >= c->ring_size)
			return -1;
		c->ring_head = v;
		return 0;
	case PP_REG_RING_TAIL:
		if (!(c->ring_ctrl & PP_RING_ENABLE) || (v & 3) ||
		    v >= c->ring_size)
			return -1;
		c->ring_tail = v;
		pp_exec_kick(c);
		return 0;
	case PP_REG_RING_CTRL:
		if (v & ~PP_RING_ENABLE)
			return -1;
		if ((v & PP_RING_ENABLE) && !c->ring_size)
			return -1;
		if ((v & PP_RING_ENABLE) && !(c->ring_ctrl & PP_RING_ENABLE))
			c->ring_head = c->ring_tail = 0;
		if (!(v & PP_RING_ENABLE))
			c->gen++;	/* a batch in flight stops updating HEAD */
		c->ring_ctrl = v;
		return 0;
	case PP_REG_FENCE_ADDR_LO:
		if (v & 7)
			return -1;
		c->fence_addr = (c->fence_addr & ~0xffffffffull) | v;
		return 0;
	case PP_REG_FENCE_ADDR_HI:
		c->fence_addr = (c->fence_addr & 0xffffffffull) | (uint64_t)v << 32;
		return 0;
	case PP_REG_FENCE_CTRL:
		if (v & ~PP_FENCE_WRITEBACK)
			return -1;
		c->fence_ctrl = v;
		return 0;
	}
	return -1;	/* read-only or reserved */
}

static uint64_t card_read(void *ctx, int bar, uint64_t off, int size)
{
	struct pp_card *c = ctx;
	uint32_t v;

	if (bar != 0)
		return ~0ull;
	pthread_mutex_lock(&c->lock);
	if (size != 4 || (off & 3) || off >= PP_BAR0_SIZE) {
		pp_reg_error(c, PP_ERR_ACCESS, (uint32_t)size, (uint32_t)off);
		pthread_mutex_unlock(&c->lock);
		return ~0ull;
	}
	v = reg_read(c, (uint32_t)off);
	pthread_mutex_unlock(&c->lock);
	return v;
}

static void card_write(void *ctx, int bar, uint64_t off, int size,
		       uint64_t value)
{
	struct pp_card *c = ctx;

	if (bar != 0)
		return;
	pthread_mutex_lock(&c->lock);
	if (size != 4 || (off & 3) || off >= PP_BAR0_SIZE)
		pp_reg_error(c, PP_ERR_ACCESS, (uint32_t)size, (uint32_t)off);
	else if (reg_write(c, (uint32_t)off, (uint32_t)value))
		pp_reg_error(c, PP_ERR_REGISTER, 0, (uint32_t)off);
	pthread_mutex_unlock(&c->lock);
}

static void card_reset(void *ctx)
{
	struct pp_card *c = ctx;

	pthread_mutex_lock(&c->lock);
	full_reset(c);
	pthread_mutex_unlock(&c->lock);
}

const struct pciem_ops pp_card_ops = {
	.read = card_read,
	.write = card_write,
	.reset = card_reset,
};

int pp_card_init(struct pp_card *c, struct pciem_dev *dev, uint32_t faults)
{
	memset(c, 0, sizeof(*c));
	c->dev = dev;
	c->faults = faults;
	c->rng = 0x9e3779b9u;
	c->connected = 1;
	pthread_mutex_init(&c->lock, NULL);
	pthread_cond_init(&c->wake, NULL);
	pp_edid_build(c->edid);
	if (faults & PP_FAULT_BAD_EDID) {
		c->edid[1] = 0x5a;	/* header 00 ff ff ff ff ff ff 00 */
		c->edid[127] ^= 0x33;	/* and the checksum */
	}
	full_reset(c);
	c->reset_cp = 0;
	c->reset_all = 0;
	__atomic_store_n(&c->abort, 0, __ATOMIC_RELAXED);
	return 0;
}

int pp_card_start(struct pp_card *c, uint8_t *vram)
{
	if (!vram)
		return -EINVAL;
	c->vram = vram;
	return pp_exec_start(c) ? -ENOMEM : 0;
}

void pp_card_fini(struct pp_card *c)
{
	pp_exec_stop(c);
	pthread_cond_destroy(&c->wake);
	pthread_mutex_destroy(&c->lock);
}
