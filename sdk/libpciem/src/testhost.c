// SPDX-License-Identifier: MIT
/*
 * The in-process test host: the same model code, no kernel.  The test
 * plays the driver; register accesses call the model synchronously, in
 * order; host memory for DMA is what the test maps; interrupts are
 * counted.  Config space follows the kernel's rules: the standard header
 * (IDs, command, RW1C status with the INTx bit, BARs with sizing) and the
 * MSI, MSI-X and vendor capabilities at the kernel's offsets, with their
 * write masks.  Interrupts go where the kernel would send them: plugging
 * enables MSI-X, else MSI, else leaves INTx (what a driver calling
 * pci_alloc_irq_vectors(PCI_IRQ_ALL_TYPES) gets); pciem_test_irq_mode()
 * and config writes change that as a driver's would.
 */
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "internal.h"

#define CFG_COMMAND	0x04
#define CFG_STATUS	0x06
#define CFG_CAP_PTR	0x34
#define CMD_WMASK	0x0546	/* MEM, BME, PARITY, SERR, INTX_DISABLE */
#define CMD_MASTER	0x0004
#define CMD_INTX_OFF	0x0400
#define STS_INTX	0x0008
#define STS_CAP_LIST	0x0010
#define STS_W1C		0xf900	/* parity, aborts, SERR, detected parity */
/* capability offsets, as framework/pciem.h builds them */
#define MSI_OFF		0x50
#define MSIX_OFF	0x70
#define VNDR_OFF	0xc0
#define MSI_ENABLE	0x0001
#define MSI_QMASK	0x000e
#define MSI_QSIZE	0x0070
#define MSI_64BIT	0x0080
#define MSI_MASKBIT	0x0100
#define MSIX_ENABLE	0x8000
#define MSIX_MASKALL	0x4000

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
	unsigned int intx_edges;
	int plugged;
	/* a deferred read's answer */
	pthread_mutex_t lock;
	pthread_cond_t cond;
	int answered;
	uint64_t answer;
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
	const struct pciem_desc *d = &dev->desc;

	tp(dev)->plugged = 1;
	/* what pci_alloc_irq_vectors(PCI_IRQ_ALL_TYPES) leaves enabled */
	if (d->caps & PCIEM_CAP_MSIX)
		pciem_test_irq_mode(dev, PCIEM_IRQ_MSIX);
	else if (d->caps & PCIEM_CAP_MSI)
		pciem_test_irq_mode(dev, PCIEM_IRQ_MSI);
	pciem_dispatch(dev, &ev);
	return 0;
}

static uint16_t cfg16(struct tpriv *p, uint32_t off)
{
	return get(p->cfg, off, 2);
}

static int msix_on(struct pciem_dev *dev)
{
	return (dev->desc.caps & PCIEM_CAP_MSIX) &&
	       (cfg16(tp(dev), MSIX_OFF + 2) & MSIX_ENABLE);
}

static int msi_on(struct pciem_dev *dev)
{
	return (dev->desc.caps & PCIEM_CAP_MSI) &&
	       (cfg16(tp(dev), MSI_OFF + 2) & MSI_ENABLE);
}

static void set_intx(struct tpriv *p, int level)
{
	if (level && !p->intx &&
	    !(cfg16(p, CFG_COMMAND) & CMD_INTX_OFF))
		p->intx_edges++;
	p->intx = level;
	put(p->cfg, CFG_STATUS, 2, (cfg16(p, CFG_STATUS) & ~STS_INTX) |
	    (level ? STS_INTX : 0));
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
		type = msix_on(dev) ? PCIEM_IRQ_MSIX :
		       msi_on(dev) ? PCIEM_IRQ_MSI : PCIEM_IRQ_INTX_ASSERT;
	switch (type) {
	case PCIEM_IRQ_MSIX:
		if (!msix_on(dev) || vector >= d->msix_vectors)
			return pciem_fail(dev, EINVAL,
					  "MSI-X vector %u: not enabled by the driver",
					  vector);
		if (p->masked[vector] ||
		    (cfg16(p, MSIX_OFF + 2) & MSIX_MASKALL))
			p->pending[vector] = 1;
		else
			p->msix[vector]++;
		return 0;
	case PCIEM_IRQ_MSI:
		if (!msi_on(dev) ||
		    vector >= 1u << ((cfg16(p, MSI_OFF + 2) & MSI_QSIZE) >> 4))
			return pciem_fail(dev, EINVAL,
					  "MSI vector %u: not enabled by the driver",
					  vector);
		p->msi[vector]++;
		return 0;
	case PCIEM_IRQ_INTX_ASSERT:
	case PCIEM_IRQ_INTX_DEASSERT:
		if (!d->intx_pin)
			return pciem_fail(dev, EINVAL, "no INTx pin");
		set_intx(p, type == PCIEM_IRQ_INTX_ASSERT);
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

/* Every range is checked before anything moves, as the kernel does. */
static int t_dma_sg(struct pciem_dev *dev, const struct pciem_dma_vec *segs,
		    uint32_t nsegs, const struct pciem_dma_vec *bufs,
		    uint32_t nbufs, int to_host)
{
	uint32_t s = 0, b = 0;
	uint64_t s_off = 0, b_off = 0;
	struct tmap *m;
	int ret;

	for (s = 0; s < nsegs; s++) {
		ret = dma_check(dev, segs[s].addr, segs[s].len, to_host, &m);
		if (ret)
			return ret;
	}
	for (s = 0; s < nsegs && b < nbufs;) {
		uint64_t addr = segs[s].addr + s_off;
		uint8_t *u = (uint8_t *)(uintptr_t)bufs[b].addr + b_off;
		uint64_t n = segs[s].len - s_off;
		uint8_t *h;

		if (n > bufs[b].len - b_off)
			n = bufs[b].len - b_off;
		m = find_map(dev, addr, n, to_host);
		h = m->buf + (addr - m->bus);
		if (to_host)
			memcpy(h, u, n);
		else
			memcpy(u, h, n);
		s_off += n;
		b_off += n;
		if (s_off == segs[s].len) {
			s++;
			s_off = 0;
		}
		if (b_off == bufs[b].len) {
			b++;
			b_off = 0;
		}
	}
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

/* The model may change status bits, its vendor capability, ext space. */
static int t_cfg_write(struct pciem_dev *dev, uint32_t off, int size,
		       uint32_t v)
{
	uint32_t vs = VNDR_OFF + 3;
	int ret = cfg_ok(dev, off, size);

	if (ret)
		return ret;
	if (!(off >= CFG_STATUS && off + size <= CFG_STATUS + 2) &&
	    !((dev->desc.caps & PCIEM_CAP_VENDOR) && off >= vs &&
	      off + size <= vs + dev->desc.vendor_cap_len))
		return pciem_fail(dev, EPERM,
				  "config %#x/%d is not the model's to write",
				  off, size);
	put(tp(dev)->cfg, off, size, v);
	return 0;
}

static int t_complete(struct pciem_dev *dev, const struct pciem_read_later *r,
		      uint64_t value)
{
	struct tpriv *p = tp(dev);

	(void)r;
	pthread_mutex_lock(&p->lock);
	p->answer = value;
	p->answered = 1;
	pthread_cond_broadcast(&p->cond);
	pthread_mutex_unlock(&p->lock);
	return 0;
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
	pthread_mutex_destroy(&p->lock);
	pthread_cond_destroy(&p->cond);
	free(p);
}

const struct pciem_backend pciem_test_backend = {
	.shadow = t_shadow,
	.watch = t_watch,
	.plug = t_plug,
	.bar = t_bar,
	.irq = t_irq,
	.dma = t_dma,
	.dma_sg = t_dma_sg,
	.atomic = t_atomic,
	.cfg_read = t_cfg_read,
	.cfg_write = t_cfg_write,
	.poll = t_poll,
	.complete = t_complete,
	.close = t_close,
};

static void cap_link(struct tpriv *p, uint8_t *prev, uint8_t off, uint8_t id)
{
	p->cfg[*prev] = off;
	p->cfg[off] = id;
	*prev = off + 1;
}

static void build_caps(struct pciem_dev *dev, struct tpriv *p)
{
	const struct pciem_desc *d = &dev->desc;
	uint8_t prev = CFG_CAP_PTR;

	put(p->cfg, CFG_STATUS, 2, d->caps ? STS_CAP_LIST : 0);
	if (d->caps & PCIEM_CAP_MSI) {
		int is64 = d->msi_flags & PCIEM_MSI_64BIT;
		uint16_t f = __builtin_ctz(d->msi_vectors) << 1;

		f |= is64 ? MSI_64BIT : 0;
		f |= (d->msi_flags & PCIEM_MSI_MASKABLE) ? MSI_MASKBIT : 0;
		cap_link(p, &prev, MSI_OFF, 0x05);
		put(p->cfg, MSI_OFF + 2, 2, f);
		put(p->wmask, MSI_OFF + 2, 2, MSI_ENABLE | MSI_QSIZE);
		put(p->wmask, MSI_OFF + 4, 4, ~3u);
		if (is64)
			put(p->wmask, MSI_OFF + 8, 4, ~0u);
		put(p->wmask, MSI_OFF + (is64 ? 12 : 8), 2, 0xffff);
	}
	if (d->caps & PCIEM_CAP_MSIX) {
		cap_link(p, &prev, MSIX_OFF, 0x11);
		put(p->cfg, MSIX_OFF + 2, 2, d->msix_vectors - 1);
		put(p->wmask, MSIX_OFF + 2, 2, MSIX_ENABLE | MSIX_MASKALL);
		put(p->cfg, MSIX_OFF + 4, 4,
		    d->msix_table_offset | d->msix_table_bar);
		put(p->cfg, MSIX_OFF + 8, 4, d->msix_pba_offset | d->msix_pba_bar);
	}
	if (d->caps & PCIEM_CAP_VENDOR) {
		cap_link(p, &prev, VNDR_OFF, 0x09);
		p->cfg[VNDR_OFF + 2] = d->vendor_cap_len + 3;
		memcpy(&p->cfg[VNDR_OFF + 3], d->vendor_cap, d->vendor_cap_len);
	}
}

int pciem_test_init(struct pciem_dev *dev)
{
	const struct pciem_desc *d = &dev->desc;
	struct tpriv *p = calloc(1, sizeof(*p));
	int i;

	if (!p)
		return pciem_fail(dev, ENOMEM, "out of memory");
	dev->priv = p;
	dev->be = &pciem_test_backend;
	pthread_mutex_init(&p->lock, NULL);
	pthread_cond_init(&p->cond, NULL);
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
	put(p->wmask, 0x0c, 2, 0xffff);		/* cache line, latency */
	put(p->wmask, 0x3c, 1, 0xff);		/* interrupt line */
	build_caps(dev, p);
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

/* A deferred read waits like the driver's CPU: at most the read timeout. */
static uint64_t wait_answer(struct pciem_dev *dev, const struct pciem_event *rd)
{
	struct tpriv *p = tp(dev);
	uint32_t ms = dev->desc.read_timeout_ms ? dev->desc.read_timeout_ms :
			1000;
	struct timespec until;
	uint64_t v = ~0ULL;
	int ok;

	clock_gettime(CLOCK_REALTIME, &until);
	until.tv_sec += ms / 1000;
	until.tv_nsec += (ms % 1000) * 1000000L;
	if (until.tv_nsec >= 1000000000L) {
		until.tv_sec++;
		until.tv_nsec -= 1000000000L;
	}
	pthread_mutex_lock(&p->lock);
	while (!p->answered)
		if (pthread_cond_timedwait(&p->cond, &p->lock, &until))
			break;
	ok = p->answered;
	if (ok)
		v = p->answer;
	p->answered = 0;
	pthread_mutex_unlock(&p->lock);
	if (!ok) {
		struct pciem_event to = *rd;

		to.type = PCIEM_EV_READ_TIMEOUT;
		pciem_dispatch(dev, &to);
	}
	return v;
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
	dev->deferred = 0;
	v = pciem_dispatch(dev, &ev);
	if (dev->deferred)
		v = wait_answer(dev, &ev);
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

	int intx_was_off = cfg16(p, CFG_COMMAND) & CMD_INTX_OFF;
	uint16_t f;

	if (cfg_ok(dev, off, size))
		return;
	for (i = 0; i < size; i++) {
		uint8_t m = p->wmask[off + i];
		uint8_t b = value >> (8 * i);
		uint8_t w1c = 0;

		if (off + i == CFG_STATUS || off + i == CFG_STATUS + 1)
			w1c = (STS_W1C >> (8 * (off + i - CFG_STATUS))) & b;
		p->cfg[off + i] = ((p->cfg[off + i] & ~m) | (b & m)) & ~w1c;
	}
	/* Multiple Message Enable never exceeds Multiple Message Capable */
	f = cfg16(p, MSI_OFF + 2);
	if ((dev->desc.caps & PCIEM_CAP_MSI) &&
	    ((f & MSI_QSIZE) >> 4) > ((f & MSI_QMASK) >> 1))
		put(p->cfg, MSI_OFF + 2, 2,
		    (f & ~MSI_QSIZE) | ((f & MSI_QMASK) << 3));
	/* a line still asserted fires when INTx is enabled again */
	if (intx_was_off && !(cfg16(p, CFG_COMMAND) & CMD_INTX_OFF) && p->intx)
		p->intx_edges++;
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

/* What the kernel tells a model that asked for DMA map events. */
static void map_event(struct pciem_dev *dev, uint16_t type,
		      const struct tmap *m)
{
	struct pciem_event ev = {
		.type = type,
		.flags = m->dir == PCIEM_TEST_DMA_TO_DEVICE ?
			 PCIEM_DMA_EV_TO_DEVICE :
			 m->dir == PCIEM_TEST_DMA_FROM_DEVICE ?
			 PCIEM_DMA_EV_FROM_DEVICE : PCIEM_DMA_EV_BIDIRECTIONAL,
		.offset = m->bus,
		.value = m->len,
	};

	pciem_dispatch(dev, &ev);
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
		map_event(dev, PCIEM_EV_DMA_MAP, &p->maps[i]);
		return p->maps[i].bus;
	}
	pciem_fail(dev, ENOSPC, "at most 64 test DMA mappings");
	return 0;
}

void pciem_test_dma_unmap(struct pciem_dev *dev, uint64_t bus)
{
	struct tpriv *p = tp(dev);
	int i;

	for (i = 0; i < 64; i++) {
		if (p->maps[i].buf && p->maps[i].bus == bus) {
			p->maps[i].buf = NULL;
			map_event(dev, PCIEM_EV_DMA_UNMAP, &p->maps[i]);
		}
	}
}

unsigned int pciem_test_irqs(struct pciem_dev *dev, uint32_t type,
			     uint32_t vector)
{
	struct tpriv *p = tp(dev);

	if (type == PCIEM_IRQ_MSIX && vector < PCIEM_MAX_MSIX)
		return p->msix[vector];
	if (type == PCIEM_IRQ_MSI && vector < PCIEM_MAX_MSI)
		return p->msi[vector];
	if (type == PCIEM_IRQ_INTX_ASSERT)
		return p->intx_edges;
	return 0;
}

int pciem_test_irq_mode(struct pciem_dev *dev, uint32_t type)
{
	struct tpriv *p = tp(dev);
	const struct pciem_desc *d = &dev->desc;
	uint16_t cmd = cfg16(p, CFG_COMMAND) | CMD_INTX_OFF;

	if ((type == PCIEM_IRQ_MSIX && !(d->caps & PCIEM_CAP_MSIX)) ||
	    (type == PCIEM_IRQ_MSI && !(d->caps & PCIEM_CAP_MSI)) ||
	    (type == PCIEM_IRQ_INTX_ASSERT && !d->intx_pin) ||
	    (type != PCIEM_IRQ_MSIX && type != PCIEM_IRQ_MSI &&
	     type != PCIEM_IRQ_INTX_ASSERT))
		return pciem_fail(dev, EINVAL,
				  "the device cannot use interrupt type %u",
				  type);
	if (d->caps & PCIEM_CAP_MSIX)
		pciem_test_config_write(dev, MSIX_OFF + 2, 2,
					type == PCIEM_IRQ_MSIX ? MSIX_ENABLE : 0);
	if (d->caps & PCIEM_CAP_MSI)
		pciem_test_config_write(dev, MSI_OFF + 2, 2,
					type == PCIEM_IRQ_MSI ?
					MSI_ENABLE | MSI_QSIZE : 0);
	if (type == PCIEM_IRQ_INTX_ASSERT)
		cmd &= ~CMD_INTX_OFF;
	pciem_test_config_write(dev, CFG_COMMAND, 2, cmd);
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
