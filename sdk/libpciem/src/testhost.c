// SPDX-License-Identifier: MIT
/*
 * The in-process test host: the same model code, no kernel.  The test
 * plays the driver; register accesses call the model synchronously, in
 * order; host memory for DMA is what the test maps; interrupts are
 * counted.  Config space holds the standard header (IDs, command with Bus
 * Master Enable, BARs with sizing); MSI and MSI-X are taken as enabled,
 * with per-vector MSI-X masking through pciem_test_msix_mask().
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

#define CFG_COMMAND	0x04
#define CMD_WMASK	0x0546	/* MEM, BME, PARITY, SERR, INTX_DISABLE */
#define CMD_MASTER	0x0004
#define CMD_INTX_OFF	0x0400

struct tmap {
	uint64_t bus;
	uint8_t *buf;
	size_t len;
	int dir;
};

struct tpriv {
	uint8_t cfg[256];
	uint8_t wmask[256];
	uint8_t *mem[PCIEM_MAX_BARS];		/* memory BARs, shadows */
	uint32_t *shadowed[PCIEM_MAX_BARS];	/* per dword: 1, 2 = wt */
	struct pciem_watch watch[8];
	int nwatch;
	struct tmap maps[64];
	uint64_t next_bus;
	unsigned int msix[PCIEM_MAX_MSIX];
	unsigned int msi[PCIEM_MAX_MSI];
	uint8_t masked[PCIEM_MAX_MSIX];
	uint8_t pending[PCIEM_MAX_MSIX];
	int intx;
	int plugged;
};

static struct tpriv *tp(struct pciem_dev *dev)
{
	return dev->priv;
}

static void put(uint8_t *p, uint32_t off, int size, uint32_t v)
{
	int i;

	for (i = 0; i < size; i++)
		p[off + i] = v >> (8 * i);
}

static uint32_t get(const uint8_t *p, uint32_t off, int size)
{
	uint32_t v = 0;
	int i;

	for (i = 0; i < size; i++)
		v |= (uint32_t)p[off + i] << (8 * i);
	return v;
}

static void *t_shadow(struct pciem_dev *dev, int bar, uint64_t off,
		      uint64_t len, int wt)
{
	struct tpriv *p = tp(dev);
	uint64_t size, w;

	if (bar < 0 || bar >= PCIEM_MAX_BARS || !dev->desc.bars[bar].size ||
	    (dev->desc.bars[bar].flags & PCIEM_BAR_MEMORY)) {
		pciem_fail(dev, EINVAL, "BAR%d is not a register BAR", bar);
		return NULL;
	}
	size = dev->desc.bars[bar].size;
	if ((off | len) & 3 || !len || off >= size || len > size - off) {
		pciem_fail(dev, EINVAL, "shadow %#llx+%#llx does not fit BAR%d",
			   (unsigned long long)off, (unsigned long long)len,
			   bar);
		return NULL;
	}
	if (p->plugged) {
		pciem_fail(dev, EBUSY, "shadows are set before plugging");
		return NULL;
	}
	if (!p->mem[bar]) {
		p->mem[bar] = calloc(1, size);
		p->shadowed[bar] = calloc(size / 4, sizeof(uint32_t));
		if (!p->mem[bar] || !p->shadowed[bar]) {
			pciem_fail(dev, ENOMEM, "out of memory");
			return NULL;
		}
	}
	for (w = off / 4; w < (off + len) / 4; w++)
		p->shadowed[bar][w] = wt ? 2 : 1;
	return p->mem[bar] + off;
}

static int t_watch(struct pciem_dev *dev, uint32_t off, uint32_t len)
{
	struct tpriv *p = tp(dev);

	if (p->nwatch == 8)
		return pciem_fail(dev, ENOSPC, "at most 8 watched ranges");
	p->watch[p->nwatch].offset = off;
	p->watch[p->nwatch++].len = len;
	return 0;
}

static int t_plug(struct pciem_dev *dev)
{
	struct pciem_event ev = { .type = PCIEM_EV_BIND };

	tp(dev)->plugged = 1;
	pciem_dispatch(dev, &ev);
	return 0;
}

static void *t_bar(struct pciem_dev *dev, int bar)
{
	return tp(dev)->mem[bar];
}

static int t_irq(struct pciem_dev *dev, uint32_t type, uint32_t vector)
{
	struct tpriv *p = tp(dev);
	const struct pciem_desc *d = &dev->desc;

	if (!p->plugged)
		return pciem_fail(dev, ENODEV, "not plugged");
	if (type == PCIEM_IRQ_AUTO)
		type = (d->caps & PCIEM_CAP_MSIX) ? PCIEM_IRQ_MSIX :
		       (d->caps & PCIEM_CAP_MSI) ? PCIEM_IRQ_MSI :
		       PCIEM_IRQ_INTX_ASSERT;
	switch (type) {
	case PCIEM_IRQ_MSIX:
		if (!(d->caps & PCIEM_CAP_MSIX) || vector >= d->msix_vectors)
			return pciem_fail(dev, EINVAL, "no MSI-X vector %u",
					  vector);
		if (p->masked[vector])
			p->pending[vector] = 1;
		else
			p->msix[vector]++;
		return 0;
	case PCIEM_IRQ_MSI:
		if (!(d->caps & PCIEM_CAP_MSI) || vector >= d->msi_vectors)
			return pciem_fail(dev, EINVAL, "no MSI vector %u",
					  vector);
		p->msi[vector]++;
		return 0;
	case PCIEM_IRQ_INTX_ASSERT:
	case PCIEM_IRQ_INTX_DEASSERT:
		if (!d->intx_pin)
			return pciem_fail(dev, EINVAL, "no INTx pin");
		p->intx = type == PCIEM_IRQ_INTX_ASSERT;
		return 0;
	}
	return pciem_fail(dev, EINVAL, "unknown interrupt type %u", type);
}

/* Same rules as the kernel: mapped, right direction, bus mastering on. */
static struct tmap *find_map(struct pciem_dev *dev, uint64_t addr,
			     size_t len, int to_host)
{
	struct tpriv *p = tp(dev);
	int i;

	for (i = 0; i < 64; i++) {
		struct tmap *m = &p->maps[i];

		if (!m->buf || addr < m->bus || addr - m->bus > m->len ||
		    len > m->len - (addr - m->bus))
			continue;
		if (to_host && m->dir == PCIEM_TEST_DMA_TO_DEVICE)
			continue;
		if (!to_host && m->dir == PCIEM_TEST_DMA_FROM_DEVICE)
			continue;
		return m;
	}
	return NULL;
}

static int dma_check(struct pciem_dev *dev, uint64_t addr, size_t len,
		     int to_host, struct tmap **m)
{
	struct tpriv *p = tp(dev);
	struct pciem_event ev = {
		.type = PCIEM_EV_DMA_ERROR, .offset = addr, .value = len };

	if (!p->plugged)
		return pciem_fail(dev, ENODEV, "not plugged");
	if (!len || addr + len < addr)
		return pciem_fail(dev, EINVAL, "bad DMA length");
	if (!(get(p->cfg, CFG_COMMAND, 2) & CMD_MASTER))
		return pciem_fail(dev, EPERM, "DMA with Bus Master Enable off");
	*m = find_map(dev, addr, len, to_host);
	if (!*m) {
		pciem_dispatch(dev, &ev);
		return pciem_fail(dev, EFAULT,
				  "DMA to %#llx+%zu outside what the driver mapped",
				  (unsigned long long)addr, len);
	}
	return 0;
}

static int t_dma(struct pciem_dev *dev, uint64_t addr, void *buf, size_t len,
		 int to_host)
{
	struct tmap *m;
	int ret = dma_check(dev, addr, len, to_host, &m);

	if (ret)
		return ret;
	if (to_host)
		memcpy(m->buf + (addr - m->bus), buf, len);
	else
		memcpy(buf, m->buf + (addr - m->bus), len);
	return 0;
}

static int t_atomic(struct pciem_dev *dev, struct pciem_dma_atomic *a)
{
	struct tmap *m;
	uint8_t *q;
	int ret;

	if ((a->size != 4 && a->size != 8) || a->bus_addr & (a->size - 1))
		return pciem_fail(dev, EINVAL, "bad atomic size or alignment");
	ret = dma_check(dev, a->bus_addr, a->size, 1, &m);
	if (!ret && !find_map(dev, a->bus_addr, a->size, 0))
		ret = pciem_fail(dev, EFAULT, "atomic on a write-only mapping");
	if (ret)
		return ret;
	q = m->buf + (a->bus_addr - m->bus);
	if (a->size == 4) {
		uint32_t *v = (uint32_t *)q, old = *v;

		if (a->op == PCIEM_ATOMIC_FETCH_ADD)
			*v = old + a->operand;
		else if (a->op == PCIEM_ATOMIC_SWAP)
			*v = a->operand;
		else if (old == (uint32_t)a->compare)
			*v = a->operand;
		a->result = old;
	} else {
		uint64_t *v = (uint64_t *)q, old = *v;

		if (a->op == PCIEM_ATOMIC_FETCH_ADD)
			*v = old + a->operand;
		else if (a->op == PCIEM_ATOMIC_SWAP)
			*v = a->operand;
		else if (old == a->compare)
			*v = a->operand;
		a->result = old;
	}
	return 0;
}

static int cfg_ok(struct pciem_dev *dev, uint32_t off, int size)
{
	if ((size != 1 && size != 2 && size != 4) || off & (size - 1) ||
	    off >= 256)
		return pciem_fail(dev, EINVAL, "bad config access %#x/%d", off,
				  size);
	return 0;
}

static int t_cfg_read(struct pciem_dev *dev, uint32_t off, int size,
		      uint32_t *v)
{
	int ret = cfg_ok(dev, off, size);

	if (!ret)
		*v = get(tp(dev)->cfg, off, size);
	return ret;
}

static int t_cfg_write(struct pciem_dev *dev, uint32_t off, int size,
		       uint32_t v)
{
	int ret = cfg_ok(dev, off, size);

	if (!ret)
		put(tp(dev)->cfg, off, size, v);
	return ret;
}

static int t_poll(struct pciem_dev *dev, int timeout_ms)
{
	(void)dev;
	(void)timeout_ms;
	return 0;	/* every event was delivered synchronously */
}

static void t_close(struct pciem_dev *dev)
{
	struct tpriv *p = tp(dev);
	int i;

	for (i = 0; i < PCIEM_MAX_BARS; i++) {
		free(p->mem[i]);
		free(p->shadowed[i]);
	}
	free(p);
}

const struct pciem_backend pciem_test_backend = {
	.shadow = t_shadow,
	.watch = t_watch,
	.plug = t_plug,
	.bar = t_bar,
	.irq = t_irq,
	.dma = t_dma,
	.atomic = t_atomic,
	.cfg_read = t_cfg_read,
	.cfg_write = t_cfg_write,
	.poll = t_poll,
	.close = t_close,
};

int pciem_test_init(struct pciem_dev *dev)
{
	const struct pciem_desc *d = &dev->desc;
	struct tpriv *p = calloc(1, sizeof(*p));
	int i;

	if (!p)
		return pciem_fail(dev, ENOMEM, "out of memory");
	dev->priv = p;
	dev->be = &pciem_test_backend;
	p->next_bus = 0x100000000ULL;
	put(p->cfg, 0x00, 2, d->vendor);
	put(p->cfg, 0x02, 2, d->device);
	put(p->cfg, 0x08, 4, d->class_code << 8 | d->revision);
	put(p->cfg, 0x2c, 2, d->subsys_vendor);
	put(p->cfg, 0x2e, 2, d->subsys_device);
	p->cfg[0x3d] = d->intx_pin;
	put(p->wmask, CFG_COMMAND, 2, CMD_WMASK);
	for (i = 0; i < PCIEM_MAX_BARS; i++) {
		const struct pciem_bar *b = &d->bars[i];
		uint32_t lo = 0;

		if (!b->size)
			continue;
		if (b->flags & PCIEM_BAR_64BIT)
			lo |= 4;
		if (b->flags & PCIEM_BAR_PREFETCH)
			lo |= 8;
		put(p->cfg, 0x10 + 4 * i, 4, lo);
		put(p->wmask, 0x10 + 4 * i, 4, (uint32_t)~(b->size - 1) & ~0xfu);
		if (b->flags & PCIEM_BAR_MEMORY) {
			p->mem[i] = calloc(1, b->size);
			if (!p->mem[i])
				return pciem_fail(dev, ENOMEM, "out of memory");
		}
		if (b->flags & PCIEM_BAR_64BIT) {
			put(p->wmask, 0x14 + 4 * i, 4,
			    (uint32_t)(~(b->size - 1) >> 32));
			i++;
		}
	}
	for (i = 0; i < PCIEM_MAX_MSIX; i++)
		p->masked[i] = 0;
	return 0;
}

/* ---- the test's side: playing the driver ---- */

static int reg_bar(struct pciem_dev *dev, int bar, uint64_t off, int size)
{
	const struct pciem_bar *b;

	if (bar < 0 || bar >= PCIEM_MAX_BARS)
		return 0;
	b = &dev->desc.bars[bar];
	return b->size && !(b->flags & PCIEM_BAR_MEMORY) &&
	       (size == 1 || size == 2 || size == 4 || size == 8) &&
	       off < b->size && size <= (int)(b->size - off);
}

static int shadow_state(struct tpriv *p, int bar, uint64_t off, int size)
{
	uint64_t w;
	int state = 2;

	if (!p->shadowed[bar])
		return 0;
	for (w = off / 4; w <= (off + size - 1) / 4; w++)
		if (p->shadowed[bar][w] < (uint32_t)state)
			state = p->shadowed[bar][w];
	return state;
}

uint64_t pciem_test_read(struct pciem_dev *dev, int bar, uint64_t off,
			 int size)
{
	struct tpriv *p = tp(dev);
	struct pciem_event ev = {
		.type = PCIEM_EV_MMIO_READ, .bar = bar, .size = size,
		.offset = off };
	uint64_t v = 0;

	if (!reg_bar(dev, bar, off, size))	/* master abort */
		return size >= 8 || size <= 0 ? ~0ULL : (1ULL << (8 * size)) - 1;
	if (shadow_state(p, bar, off, size)) {
		memcpy(&v, p->mem[bar] + off, size);
		return v;
	}
	v = pciem_dispatch(dev, &ev);
	return size == 8 ? v : v & ((1ULL << (8 * size)) - 1);
}

void pciem_test_write(struct pciem_dev *dev, int bar, uint64_t off, int size,
		      uint64_t value)
{
	struct tpriv *p = tp(dev);
	struct pciem_event ev = {
		.type = PCIEM_EV_MMIO_WRITE, .bar = bar, .size = size,
		.offset = off, .value = value };

	if (!reg_bar(dev, bar, off, size))
		return;
	if (size < 8)
		ev.value &= (1ULL << (8 * size)) - 1;
	if (shadow_state(p, bar, off, size) == 2)
		memcpy(p->mem[bar] + off, &ev.value, size);
	pciem_dispatch(dev, &ev);
}

uint32_t pciem_test_config_read(struct pciem_dev *dev, uint32_t off, int size)
{
	uint32_t v = ~0u;

	if (!cfg_ok(dev, off, size))
		v = get(tp(dev)->cfg, off, size);
	return v;
}

void pciem_test_config_write(struct pciem_dev *dev, uint32_t off, int size,
			     uint32_t value)
{
	struct tpriv *p = tp(dev);
	int i;

	if (cfg_ok(dev, off, size))
		return;
	for (i = 0; i < size; i++) {
		uint8_t m = p->wmask[off + i];

		p->cfg[off + i] = (p->cfg[off + i] & ~m) |
				  ((value >> (8 * i)) & m);
	}
	for (i = 0; i < p->nwatch; i++) {
		if (off < p->watch[i].offset + p->watch[i].len &&
		    p->watch[i].offset < off + size) {
			struct pciem_event ev = {
				.type = PCIEM_EV_CONFIG_WRITE, .size = size,
				.offset = off,
				.value = get(p->cfg, off, size) };

			pciem_dispatch(dev, &ev);
			break;
		}
	}
}

uint64_t pciem_test_dma_map(struct pciem_dev *dev, void *buf, size_t len,
			    int dir)
{
	struct tpriv *p = tp(dev);
	int i;

	for (i = 0; i < 64; i++) {
		if (p->maps[i].buf)
			continue;
		p->maps[i].buf = buf;
		p->maps[i].len = len;
		p->maps[i].dir = dir;
		p->maps[i].bus = p->next_bus;
		p->next_bus += (len + 0xfff) & ~0xfffULL;
		p->next_bus += 0x1000;	/* a guard gap */
		return p->maps[i].bus;
	}
	pciem_fail(dev, ENOSPC, "at most 64 test DMA mappings");
	return 0;
}

void pciem_test_dma_unmap(struct pciem_dev *dev, uint64_t bus)
{
	struct tpriv *p = tp(dev);
	int i;

	for (i = 0; i < 64; i++)
		if (p->maps[i].buf && p->maps[i].bus == bus)
			p->maps[i].buf = NULL;
}

unsigned int pciem_test_irqs(struct pciem_dev *dev, uint32_t type,
			     uint32_t vector)
{
	struct tpriv *p = tp(dev);

	if (type == PCIEM_IRQ_MSIX && vector < PCIEM_MAX_MSIX)
		return p->msix[vector];
	if (type == PCIEM_IRQ_MSI && vector < PCIEM_MAX_MSI)
		return p->msi[vector];
	return 0;
}

int pciem_test_intx(struct pciem_dev *dev)
{
	struct tpriv *p = tp(dev);

	return p->intx && !(get(p->cfg, CFG_COMMAND, 2) & CMD_INTX_OFF);
}

void pciem_test_msix_mask(struct pciem_dev *dev, uint32_t vector, int mask)
{
	struct tpriv *p = tp(dev);

	if (vector >= PCIEM_MAX_MSIX)
		return;
	p->masked[vector] = !!mask;
	if (!mask && p->pending[vector]) {
		p->pending[vector] = 0;
		p->msix[vector]++;
	}
}

int pciem_test_msix_pending(struct pciem_dev *dev, uint32_t vector)
{
	return vector < PCIEM_MAX_MSIX && tp(dev)->pending[vector];
}
