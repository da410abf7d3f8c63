/* Registers, ring, fences and interrupts of the ProtoPCIem card. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "card.h"
#include "../gl/pg.h"
#include "../include/protopciem/cmd.h"

#define RING_MIN 4096u
#define RING_MAX (4u << 20)

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

static void raise_irq(struct pp_card *c, int cause)
{
	c->irq_status |= 1u << cause;
	irq_update(c, cause);
}

static void error(struct pp_card *c, uint32_t code, uint32_t detail,
		  uint32_t addr)
{
	if (c->err_status)
		return;		/* the first error is kept */
	c->err_status = code << 16 | (detail & 0xffff);
	c->err_addr = addr;
	raise_irq(c, PP_IRQ_ERROR);
}

/* DMA and fence services for the command processor. */
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

static void fence(void *o, uint64_t value)
{
	struct pp_card *c = o;

	if (c->fence_addr &&
	    pciem_dma_write(c->dev, c->fence_addr, &value, 8) < 0) {
		error(c, PP_ERR_DMA, 0, c->fence_addr);
		return;
	}
	c->fence_last = (uint32_t)value;
	raise_irq(c, PP_IRQ_FENCE);
}

static void reset(struct pp_card *c)
{
	c->irq_status = c->irq_mask = 0;
	irq_update(c, -1);
	c->err_status = c->err_addr = 0;
	c->ring_base = 0;
	c->ring_size = c->ring_head = c->ring_tail = c->ring_ctrl = 0;
	c->ring_stopped = 0;
	c->fence_addr = 0;
	c->fence_last = 0;
	c->disp_ctrl = 0;
	c->disp_w = 1024;
	c->disp_h = 768;
	c->disp_stride = 4096;
	c->disp_format = PP_FMT_XRGB8888;
	c->disp_base = c->disp_pending = 0;
	c->flip_pending = 0;
	pp_cp_reset(&c->cp);
}

int pp_card_init(struct pp_card *c, struct pciem_dev *dev, uint8_t *vram)
{
	struct pp_cp_host host = {
		.dma_read = dma_read,
		.dma_write = dma_write,
		.fence = fence,
	};

	memset(c, 0, sizeof(*c));
	c->dev = dev;
	c->vram = vram;
	host.opaque = c;
	c->fetch = malloc(RING_MAX);
	if (!c->fetch || pp_cp_init(&c->cp, vram, PP_VRAM_SIZE, &host)) {
		free(c->fetch);
		return -ENOMEM;
	}
	pp_edid_build(c->edid);
	reset(c);
	return 0;
}

void pp_card_fini(struct pp_card *c)
{
	pp_cp_fini(&c->cp);
	free(c->fetch);
	c->fetch = NULL;
}

/* Fetches head..tail into c->fetch (unwrapping) and executes it. */
static void ring_run(struct pp_card *c)
{
	uint32_t head = c->ring_head, tail = c->ring_tail, n, first;
	size_t off = 0, used, ndw;
	int r;

	if (!(c->ring_ctrl & 1) || c->ring_stopped || head == tail)
		return;
	n = (tail - head) & (c->ring_size - 1);
	first = c->ring_size - head < n ? c->ring_size - head : n;
	if (pciem_dma_read(c->dev, c->ring_base + head, c->fetch, first) < 0 ||
	    (n > first && pciem_dma_read(c->dev, c->ring_base,
					  (uint8_t *)c->fetch + first,
					  n - first) < 0)) {
		c->ring_stopped = 1;
		error(c, PP_ERR_DMA, 0, head);
		return;
	}
	ndw = n / 4;
	while (off < ndw) {
		r = pp_cp_exec(&c->cp, c->fetch + off, ndw - off, &used);
		if (r) {
			uint32_t at = (head + (uint32_t)off * 4) & (c->ring_size - 1);

			/* stop at the failing command; ERR_CLEAR resumes after
			 * it (or after what was fetched, if it is cut short) */
			c->ring_stopped = 1;
			c->ring_head = (head + (uint32_t)(off + (used ? used : ndw - off)) * 4) &
				       (c->ring_size - 1);
			error(c, (uint32_t)r, c->fetch[off] >> 16, at);
			return;
		}
		off += used;
	}
	c->ring_head = tail;
}

static int ring_locked(const struct pp_card *c, uint64_t off)
{
	return (c->ring_ctrl & 1) &&
	       (off == PP_REG_RING_BASE_LO || off == PP_REG_RING_BASE_HI ||
		off == PP_REG_RING_SIZE);
}

static uint64_t card_read(void *ctx, int bar, uint64_t off, int size)
{
	struct pp_card *c = ctx;

	if (bar != 0)
		return ~0ull;
	if (size != 4 || (off & 3)) {
		error(c, PP_ERR_ACCESS, (uint32_t)size, (uint32_t)off);
		return ~0ull;
	}
	if (off >= PP_REG_EDID && off < PP_REG_EDID + 256) {
		uint32_t v;

		memcpy(&v, c->edid + (off - PP_REG_EDID), 4);
		return v;
	}
	switch (off) {
	case PP_REG_ID: return PP_ID_VALUE;
	case PP_REG_REV: return PP_REV_VALUE;
	case PP_REG_CAPS: return PP_CAPS_GL | PP_CAPS_DISPLAY | PP_CAPS_EDID;
	case PP_REG_VRAM_SIZE: return PP_VRAM_SIZE;
	case PP_REG_IRQ_STATUS: return c->irq_status;
	case PP_REG_IRQ_MASK: return c->irq_mask;
	case PP_REG_ERR_STATUS: return c->err_status;
	case PP_REG_ERR_ADDR: return c->err_addr;
	case PP_REG_RING_BASE_LO: return (uint32_t)c->ring_base;
	case PP_REG_RING_BASE_HI: return (uint32_t)(c->ring_base >> 32);
	case PP_REG_RING_SIZE: return c->ring_size;
	case PP_REG_RING_HEAD: return c->ring_head;
	case PP_REG_RING_TAIL: return c->ring_tail;
	case PP_REG_RING_CTRL: return c->ring_ctrl;
	case PP_REG_FENCE_ADDR_LO: return (uint32_t)c->fence_addr;
	case PP_REG_FENCE_ADDR_HI: return (uint32_t)(c->fence_addr >> 32);
	case PP_REG_FENCE_LAST: return c->fence_last;
	case PP_REG_DISP_CTRL: return c->disp_ctrl;
	case PP_REG_DISP_WIDTH: return c->disp_w;
	case PP_REG_DISP_HEIGHT: return c->disp_h;
	case PP_REG_DISP_STRIDE: return c->disp_stride;
	case PP_REG_DISP_FORMAT: return c->disp_format;
	case PP_REG_DISP_BASE: return c->disp_base;
	case PP_REG_DISP_VBLANK_COUNT: return c->vblank_count;
	case PP_REG_DISP_PENDING_BASE: return c->disp_pending;
	}
	return 0;	/* reserved */
}

static void card_write(void *ctx, int bar, uint64_t off, int size,
		       uint64_t value)
{
	struct pp_card *c = ctx;
	uint32_t v = (uint32_t)value;

	if (bar != 0)
		return;
	if (size != 4 || (off & 3)) {
		error(c, PP_ERR_ACCESS, (uint32_t)size, (uint32_t)off);
		return;
	}
	if (ring_locked(c, off))
		goto refused;
	switch (off) {
	case PP_REG_RESET:
		if (v & 1)
			reset(c);
		return;
	case PP_REG_IRQ_STATUS:
		c->irq_status &= ~v;
		irq_update(c, -1);
		return;
	case PP_REG_IRQ_MASK:
		if (v & ~0xfu)
			goto refused;
		c->irq_mask = v;
		irq_update(c, -1);
		return;
	case PP_REG_ERR_CLEAR:
		if (v & 1) {
			c->err_status = c->err_addr = 0;
			c->ring_stopped = 0;
			ring_run(c);
		}
		return;
	case PP_REG_RING_BASE_LO:
		if (v & 0xfff)
			goto refused;
		c->ring_base = (c->ring_base & ~0xffffffffull) | v;
		return;
	case PP_REG_RING_BASE_HI:
		c->ring_base = (c->ring_base & 0xffffffffull) | (uint64_t)v << 32;
		return;
	case PP_REG_RING_SIZE:
		if (v < RING_MIN || v > RING_MAX || (v & (v - 1)))
			goto refused;
		c->ring_size = v;
		return;
	case PP_REG_RING_TAIL:
		if (!(c->ring_ctrl & 1) || (v & 3) || v >= c->ring_size)
			goto refused;
		c->ring_tail = v;
		ring_run(c);
		return;
	case PP_REG_RING_CTRL:
		if (v & ~1u)
			goto refused;
		if ((v & 1) && !c->ring_size)
			goto refused;
		if ((v & 1) && !(c->ring_ctrl & 1))
			c->ring_head = c->ring_tail = 0;
		c->ring_ctrl = v;
		return;
	case PP_REG_FENCE_ADDR_LO:
		if (v & 7)
			goto refused;
		c->fence_addr = (c->fence_addr & ~0xffffffffull) | v;
		return;
	case PP_REG_FENCE_ADDR_HI:
		c->fence_addr = (c->fence_addr & 0xffffffffull) | (uint64_t)v << 32;
		return;
	case PP_REG_DISP_CTRL:
		if (v & ~3u)
			goto refused;
		c->disp_ctrl = v;
		return;
	case PP_REG_DISP_WIDTH:
	case PP_REG_DISP_HEIGHT:
		if (v < 64 || v > 4096)
			goto refused;
		if (off == PP_REG_DISP_WIDTH)
			c->disp_w = v;
		else
			c->disp_h = v;
		return;
	case PP_REG_DISP_STRIDE:
		if (!v || (v & 63) || v > 16384)
			goto refused;
		c->disp_stride = v;
		return;
	case PP_REG_DISP_FORMAT:
		if (v != PP_FMT_XRGB8888 && v != PP_FMT_RGB565)
			goto refused;
		c->disp_format = v;
		return;
	case PP_REG_DISP_BASE:
		if ((v & 0xfff) || v >= PP_VRAM_SIZE)
			goto refused;
		c->disp_base = v;
		return;
	case PP_REG_DISP_PENDING_BASE:
		if ((v & 0xfff) || v >= PP_VRAM_SIZE)
			goto refused;
		c->disp_pending = v;
		c->flip_pending = 1;
		return;
	}
refused:
	error(c, PP_ERR_REGISTER, 0, (uint32_t)off);
}

static void card_reset(void *ctx)
{
	reset(ctx);
}

const struct pciem_ops pp_card_ops = {
	.read = card_read,
	.write = card_write,
	.reset = card_reset,
};

void pp_card_vblank(struct pp_card *c)
{
	c->vblank_count++;
	if (c->flip_pending) {
		c->disp_base = c->disp_pending;
		c->flip_pending = 0;
		raise_irq(c, PP_IRQ_FLIP);
	}
	if (c->disp_ctrl & PP_DISP_VBLANK_IRQ)
		raise_irq(c, PP_IRQ_VBLANK);
}

const uint8_t *pp_card_scanout(struct pp_card *c, uint32_t *w, uint32_t *h,
			       uint32_t *stride, uint32_t *format)
{
	uint32_t bpp = c->disp_format == PP_FMT_RGB565 ? 2 : 4;
	uint64_t end = (uint64_t)c->disp_base +
		       (uint64_t)c->disp_stride * (c->disp_h - 1) +
		       (uint64_t)c->disp_w * bpp;

	if (!(c->disp_ctrl & PP_DISP_ENABLE) || c->disp_stride < c->disp_w * bpp ||
	    end > PP_VRAM_SIZE)
		return NULL;
	*w = c->disp_w;
	*h = c->disp_h;
	*stride = c->disp_stride;
	*format = c->disp_format;
	return c->vram + c->disp_base;
}
