// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * Conformance test driver: an ordinary PCI driver for the test device of
 * tests/framework/driver/pciem_test_regs.h.  It knows nothing of PCIem.  Each check is run
 * by writing its name to /sys/kernel/debug/pciem_test/<BDF>/run; the write
 * returns 0 when the check passed, and the "log" file says why it failed.
 */
#include <linux/debugfs.h>
#include <linux/delay.h>
#include <linux/dma-mapping.h>
#include <linux/interrupt.h>
#include <linux/irq.h>
#include <linux/io.h>
#include <linux/module.h>
#include <linux/pci.h>
#include <linux/scatterlist.h>
#include <linux/slab.h>
#include <linux/sort.h>
#include <linux/wait.h>

#include "pciem_test_regs.h"

/* 6.1 still calls INTx "legacy" */
#ifndef PCI_IRQ_INTX
#define PCI_IRQ_INTX PCI_IRQ_LEGACY
#endif

struct pt {
	struct pci_dev *pdev;
	void __iomem *bar0;		/* pcim_iomap */
	void __iomem *bar2;
	void __iomem *vram;
	struct dentry *dir;
	struct mutex lock;
	char log[1024];
	atomic_t *hits;			/* one per allocated vector */
	atomic_t intx_hits;
	int intx_ack_after;		/* ack INTx on this invocation */
	wait_queue_head_t wq;
	int nvec;
};

#define FAIL(pt, fmt, ...) ({						\
	snprintf((pt)->log, sizeof((pt)->log), fmt, ##__VA_ARGS__);	\
	-EIO; })

/* ---- every mapping call, every access width ---- */

static int widths_one(struct pt *pt, void __iomem *b, const char *how)
{
	u8 buf[64], back[64];
	int i;

	writeb(0x5a, b + PT_RAM);
	if (readb(b + PT_RAM) != 0x5a)
		return FAIL(pt, "%s: readb", how);
	writew(0xbeef, b + PT_RAM + 2);
	if (readw(b + PT_RAM + 2) != 0xbeef)
		return FAIL(pt, "%s: readw", how);
	writel(0xdeadbeef, b + PT_RAM + 4);
	if (readl(b + PT_RAM + 4) != 0xdeadbeef)
		return FAIL(pt, "%s: readl", how);
	writeq(0x0123456789abcdefULL, b + PT_RAM + 8);
	if (readq(b + PT_RAM + 8) != 0x0123456789abcdefULL)
		return FAIL(pt, "%s: readq", how);
	__raw_writel(0x11223344, b + PT_RAM + 16);
	if (__raw_readl(b + PT_RAM + 16) != 0x11223344)
		return FAIL(pt, "%s: __raw_readl", how);
	writel_relaxed(0x55667788, b + PT_RAM + 20);
	if (readl_relaxed(b + PT_RAM + 20) != 0x55667788)
		return FAIL(pt, "%s: readl_relaxed", how);
	iowrite8(0x12, b + PT_RAM + 24);
	iowrite16(0x3456, b + PT_RAM + 26);
	iowrite32(0x789abcde, b + PT_RAM + 28);
	if (ioread8(b + PT_RAM + 24) != 0x12 ||
	    ioread16(b + PT_RAM + 26) != 0x3456 ||
	    ioread32(b + PT_RAM + 28) != 0x789abcde)
		return FAIL(pt, "%s: ioread8/16/32", how);
	iowrite32be(0x01020304, b + PT_RAM + 32);
	if (ioread32(b + PT_RAM + 32) != 0x04030201)
		return FAIL(pt, "%s: iowrite32be", how);
	for (i = 0; i < sizeof(buf); i++)
		buf[i] = i * 3 + 1;
	memcpy_toio(b + PT_RAM + 0x100, buf, sizeof(buf));
	memset(back, 0, sizeof(back));
	memcpy_fromio(back, b + PT_RAM + 0x100, sizeof(back));
	if (memcmp(buf, back, sizeof(buf)))
		return FAIL(pt, "%s: memcpy_toio/fromio", how);
	memcpy_toio(b + PT_RAM + 0x201, buf, 13);	/* odd size, unaligned */
	memcpy_fromio(back, b + PT_RAM + 0x201, 13);
	if (memcmp(buf, back, 13))
		return FAIL(pt, "%s: unaligned memcpy_toio", how);
	memset_io(b + PT_RAM + 0x300, 0xa5, 40);
	memcpy_fromio(back, b + PT_RAM + 0x300, 40);
	for (i = 0; i < 40; i++)
		if (back[i] != 0xa5)
			return FAIL(pt, "%s: memset_io", how);
	iowrite32_rep(b + PT_RAM + 0x400, buf, 4);
	if (ioread32(b + PT_RAM + 0x400) != *(u32 *)&buf[12])
		return FAIL(pt, "%s: iowrite32_rep", how);
	ioread16_rep(b + PT_ID, back, 2);
	if (*(u16 *)back != (PT_ID_VALUE & 0xffff))
		return FAIL(pt, "%s: ioread16_rep", how);
	if (readl(b + PT_ID) != PT_ID_VALUE)
		return FAIL(pt, "%s: ID", how);
	return 0;
}

static int try_map(struct pt *pt, void __iomem *m, const char *name)
{
	if (!m)
		return FAIL(pt, "%s returned NULL", name);
	return widths_one(pt, m, name);
}

static int check_widths(struct pt *pt)
{
	struct pci_dev *pdev = pt->pdev;
	resource_size_t start = pci_resource_start(pdev, 0);
	resource_size_t len = pci_resource_len(pdev, 0);
	void __iomem *m;
	int ret;

	ret = widths_one(pt, pt->bar0, "pcim_iomap");
	if (ret)
		return ret;
	m = ioremap(start, len);
	ret = try_map(pt, m, "ioremap");
	if (m)
		iounmap(m);
	if (!ret) {
		m = ioremap_wc(start, len);
		ret = try_map(pt, m, "ioremap_wc");
		if (m)
			iounmap(m);
	}
	if (!ret) {
		m = ioremap_uc(start, len);
		ret = try_map(pt, m, "ioremap_uc");
		if (m)
			iounmap(m);
	}
	if (!ret) {
		m = pci_iomap(pdev, 0, 0);
		ret = try_map(pt, m, "pci_iomap");
		if (m)
			pci_iounmap(pdev, m);
	}
	if (!ret) {
		m = pci_iomap_wc(pdev, 0, 0);
		ret = try_map(pt, m, "pci_iomap_wc");
		if (m)
			pci_iounmap(pdev, m);
	}
	if (!ret) {
		m = pci_iomap_range(pdev, 0, 0, len);
		ret = try_map(pt, m, "pci_iomap_range");
		if (m)
			pci_iounmap(pdev, m);
	}
	if (!ret) {
		m = devm_ioremap(&pdev->dev, start, len);
		ret = try_map(pt, m, "devm_ioremap");
		if (m)
			devm_iounmap(&pdev->dev, m);
	}
	if (!ret) {
		m = devm_ioremap_uc(&pdev->dev, start, len);
		ret = try_map(pt, m, "devm_ioremap_uc");
		if (m)
			devm_iounmap(&pdev->dev, m);
	}
	if (!ret) {
		m = devm_ioremap_wc(&pdev->dev, start, len);
		ret = try_map(pt, m, "devm_ioremap_wc");
		if (m)
			devm_iounmap(&pdev->dev, m);
	}
	return ret;
}

/* A read-to-clear register proves reads are synchronous and ordered. */
static int check_rtc(struct pt *pt)
{
	u64 v;
	int i;

	for (i = 1; i <= 100; i++) {
		writeq(i * 1000 + 7, pt->bar0 + PT_RTC_SET);
		v = readq(pt->bar0 + PT_RTC);
		if (v != i * 1000 + 7)
			return FAIL(pt, "RTC read %llu, want %d", v, i * 1000 + 7);
		v = readq(pt->bar0 + PT_RTC);
		if (v)
			return FAIL(pt, "RTC not cleared by read: %llu", v);
	}
	return 0;
}

static int check_order(struct pt *pt)
{
	u32 n = 100000, i, got, err;

	writel(0, pt->bar0 + PT_ORDER_COUNT);
	for (i = 0; i < n; i++)
		writel(i, pt->bar0 + PT_ORDER);
	got = readl(pt->bar0 + PT_ORDER_COUNT);
	err = readl(pt->bar0 + PT_ORDER_ERR);
	if (got != n || err)
		return FAIL(pt, "order: %u in order, %u out of order, want %u",
			    got, err, n);
	return 0;
}

static int check_shadow(struct pt *pt)
{
	int i;

	for (i = 0; i < PT_SHADOW_LEN; i += 4)
		writel(0xc0de0000 + i, pt->bar0 + PT_SHADOW + i);
	for (i = 0; i < PT_SHADOW_LEN; i += 4)
		if (readl(pt->bar0 + PT_SHADOW + i) != 0xc0de0000 + i)
			return FAIL(pt, "shadow word %#x", i);
	return 0;
}

static int check_timeout(struct pt *pt)
{
	u32 v;

	writel(3000, pt->bar0 + PT_SLOW_MS);
	v = readl(pt->bar0 + PT_SLOW);
	writel(0, pt->bar0 + PT_SLOW_MS);
	if (v != 0xffffffff)
		return FAIL(pt, "slow read returned %#x, want all-ones", v);
	/* the model answers the next reads again */
	msleep(3500);
	if (readl(pt->bar0 + PT_ID) != PT_ID_VALUE)
		return FAIL(pt, "device did not recover after a timeout");
	return 0;
}

/* ---- interrupts ---- */

static ktime_t last_hit;	/* when a vector handler last ran */

static irqreturn_t vec_handler(int irq, void *data)
{
	atomic_t *hit = data;

	WRITE_ONCE(last_hit, ktime_get());
	atomic_inc(hit);
	return IRQ_HANDLED;
}

static void free_vectors(struct pt *pt)
{
	int i;

	for (i = 0; i < pt->nvec; i++)
		free_irq(pci_irq_vector(pt->pdev, i), &pt->hits[i]);
	pci_free_irq_vectors(pt->pdev);
	pt->nvec = 0;
	kfree(pt->hits);
	pt->hits = NULL;
}

static int alloc_vectors(struct pt *pt, int n, unsigned int type)
{
	int i, ret;

	pt->hits = kcalloc(n, sizeof(*pt->hits), GFP_KERNEL);
	if (!pt->hits)
		return -ENOMEM;
	ret = pci_alloc_irq_vectors(pt->pdev, n, n, type);
	if (ret < 0) {
		kfree(pt->hits);
		pt->hits = NULL;
		return FAIL(pt, "pci_alloc_irq_vectors(%d, %#x): %d", n, type,
			    ret);
	}
	pt->nvec = ret;
	for (i = 0; i < n; i++) {
		atomic_set(&pt->hits[i], 0);
		ret = request_irq(pci_irq_vector(pt->pdev, i), vec_handler, 0,
				  "pciem_test", &pt->hits[i]);
		if (ret) {
			pt->nvec = i;
			free_vectors(pt);
			return FAIL(pt, "request_irq %d: %d", i, ret);
		}
	}
	return 0;
}

static bool wait_hits(struct pt *pt, int v, int want)
{
	int i;

	for (i = 0; i < 2000; i++) {
		if (atomic_read(&pt->hits[v]) >= want)
			return true;
		usleep_range(500, 1000);
	}
	return false;
}

static int fire_each(struct pt *pt, int type)
{
	int v, w;

	for (v = 0; v < pt->nvec; v++) {
		writel((type << 16) | v, pt->bar0 + PT_IRQ);
		if (!wait_hits(pt, v, 1))
			return FAIL(pt, "vector %d never reached its handler", v);
		for (w = 0; w < pt->nvec; w++)
			if (atomic_read(&pt->hits[w]) != (int)(w <= v))
				return FAIL(pt, "vector %d: handler %d ran %d times",
					    v, w, atomic_read(&pt->hits[w]));
	}
	return 0;
}

static bool pba_bit(struct pt *pt, int v)
{
	return readq(pt->bar2 + PT_MSIX_PBA + 8 * (v / 64)) & BIT_ULL(v % 64);
}

static int check_masked(struct pt *pt, int type, int v)
{
	int irq = pci_irq_vector(pt->pdev, v);

	/* mask in the device now, not lazily on the next interrupt */
	irq_set_status_flags(irq, IRQ_DISABLE_UNLAZY);
	disable_irq(irq);
	atomic_set(&pt->hits[v], 0);
	writel((type << 16) | v, pt->bar0 + PT_IRQ);
	readl(pt->bar0 + PT_ID);	/* flush the posted doorbell */
	msleep(50);
	if (atomic_read(&pt->hits[v])) {
		enable_irq(irq);
		return FAIL(pt, "masked vector %d fired", v);
	}
	if (type == PT_IRQ_MSIX && !pba_bit(pt, v)) {
		enable_irq(irq);
		return FAIL(pt, "pending bit of masked vector %d not set", v);
	}
	enable_irq(irq);
	if (!wait_hits(pt, v, 1))
		return FAIL(pt, "masked vector %d did not fire on unmask", v);
	irq_clear_status_flags(irq, IRQ_DISABLE_UNLAZY);
	if (type == PT_IRQ_MSIX && pba_bit(pt, v))
		return FAIL(pt, "pending bit of vector %d stuck", v);
	return 0;
}

static int check_msix(struct pt *pt)
{
	int n = pci_msix_vec_count(pt->pdev);
	int ret = alloc_vectors(pt, n, PCI_IRQ_MSIX);

	if (ret)
		return ret;
	if (!pt->pdev->msix_enabled)
		ret = FAIL(pt, "MSI-X not enabled");
	if (!ret)
		ret = fire_each(pt, PT_IRQ_MSIX);
	if (!ret)
		ret = check_masked(pt, PT_IRQ_MSIX, 5);
	if (!ret)
		ret = check_masked(pt, PT_IRQ_MSIX, n - 1);
	free_vectors(pt);
	return ret;
}

static int check_msi(struct pt *pt)
{
	int ret = alloc_vectors(pt, PT_MSI_VECTORS, PCI_IRQ_MSI);

	if (ret)
		return ret;
	if (!pt->pdev->msi_enabled)
		ret = FAIL(pt, "MSI not enabled");
	if (!ret)
		ret = fire_each(pt, PT_IRQ_MSI);
	if (!ret)
		ret = check_masked(pt, PT_IRQ_MSI, 3);
	free_vectors(pt);
	return ret;
}

static irqreturn_t intx_handler(int irq, void *data)
{
	struct pt *pt = data;
	int n = atomic_inc_return(&pt->intx_hits);

	/* Level-triggered: until acked, the line keeps firing. */
	if (n >= pt->intx_ack_after) {
		writel(1, pt->bar0 + PT_INTX_ACK);
		readl(pt->bar0 + PT_ID);	/* flush the ack */
	}
	return IRQ_HANDLED;
}

static int check_intx(struct pt *pt)
{
	int irq, ret, i;

	ret = pci_alloc_irq_vectors(pt->pdev, 1, 1, PCI_IRQ_INTX);
	if (ret < 0)
		return FAIL(pt, "INTx vector: %d", ret);
	irq = pci_irq_vector(pt->pdev, 0);
	ret = request_irq(irq, intx_handler, IRQF_SHARED, "pciem_test_intx",
			  pt);
	if (ret) {
		pci_free_irq_vectors(pt->pdev);
		return FAIL(pt, "request_irq INTx: %d", ret);
	}
	for (i = 1; i <= 3 && !ret; i++) {
		atomic_set(&pt->intx_hits, 0);
		pt->intx_ack_after = i;
		writel(PT_IRQ_INTX << 16, pt->bar0 + PT_IRQ);
		msleep(100);
		if (atomic_read(&pt->intx_hits) != i)
			ret = FAIL(pt, "INTx acked on call %d ran %d times", i,
				   atomic_read(&pt->intx_hits));
	}
	/* INTx disable in the command register holds the line back */
	if (!ret) {
		atomic_set(&pt->intx_hits, 0);
		pt->intx_ack_after = 1;
		pci_intx(pt->pdev, 0);
		writel(PT_IRQ_INTX << 16, pt->bar0 + PT_IRQ);
		msleep(50);
		if (atomic_read(&pt->intx_hits))
			ret = FAIL(pt, "INTx fired while disabled");
		pci_intx(pt->pdev, 1);
		msleep(50);
		if (!ret && atomic_read(&pt->intx_hits) != 1)
			ret = FAIL(pt, "INTx did not fire on enable (%d)",
				   atomic_read(&pt->intx_hits));
	}
	free_irq(irq, pt);
	pci_free_irq_vectors(pt->pdev);
	return ret;
}

/* ---- DMA ---- */

static u32 dma_cmd(struct pt *pt, dma_addr_t addr, u32 len, u32 cmd, u32 seed)
{
	writel(lower_32_bits(addr), pt->bar0 + PT_DMA_LO);
	writel(upper_32_bits(addr), pt->bar0 + PT_DMA_HI);
	writel(len, pt->bar0 + PT_DMA_LEN);
	writel(seed, pt->bar0 + PT_DMA_SEED);
	writel(cmd, pt->bar0 + PT_DMA_CMD);
	return readl(pt->bar0 + PT_DMA_STATUS);
}

static u64 dma_res(struct pt *pt)
{
	return readl(pt->bar0 + PT_DMA_RES_LO) |
	       ((u64)readl(pt->bar0 + PT_DMA_RES_HI) << 32);
}

static int check_dma(struct pt *pt)
{
	struct device *dev = &pt->pdev->dev;
	size_t len = 3 * PAGE_SIZE + 100;
	u8 *coh, *buf, *unmapped;
	dma_addr_t coh_dma, buf_dma;
	u64 sum = 0, *q;
	u32 st;
	int i, ret = 0;

	if (dma_set_mask_and_coherent(dev, DMA_BIT_MASK(64)))
		return FAIL(pt, "dma_set_mask");
	pci_set_master(pt->pdev);
	coh = dma_alloc_coherent(dev, len, &coh_dma, GFP_KERNEL);
	buf = kmalloc(len, GFP_KERNEL);
	unmapped = kzalloc(len, GFP_KERNEL);
	if (!coh || !buf || !unmapped) {
		ret = FAIL(pt, "allocation");
		goto out;
	}
	/* device writes into a coherent buffer */
	st = dma_cmd(pt, coh_dma, len, PT_CMD_WRITE_PATTERN, 9);
	for (i = 0; i < len && !st; i++)
		if (coh[i] != (u8)(i * 7 + 9)) {
			ret = FAIL(pt, "coherent byte %d = %#x", i, coh[i]);
			goto out;
		}
	if (st) {
		ret = FAIL(pt, "DMA to coherent buffer: status %u", st);
		goto out;
	}
	/* device reads a streaming mapping */
	for (i = 0; i < len; i++) {
		buf[i] = i ^ 0x5c;
		sum += buf[i];
	}
	buf_dma = dma_map_single(dev, buf, len, DMA_TO_DEVICE);
	if (dma_mapping_error(dev, buf_dma)) {
		ret = FAIL(pt, "dma_map_single");
		goto out;
	}
	st = dma_cmd(pt, buf_dma, len, PT_CMD_READ_SUM, 0);
	if (st || dma_res(pt) != sum)
		ret = FAIL(pt, "DMA read: status %u sum %llu want %llu", st,
			   dma_res(pt), sum);
	/* a to-device mapping cannot be written by the device */
	if (!ret && !dma_cmd(pt, buf_dma, 16, PT_CMD_WRITE_PATTERN, 1))
		ret = FAIL(pt, "device wrote a DMA_TO_DEVICE mapping");
	/* a range running past the mapping is refused */
	if (!ret && !dma_cmd(pt, buf_dma, len + 1, PT_CMD_READ_SUM, 0))
		ret = FAIL(pt, "DMA past the end of a mapping succeeded");
	dma_unmap_single(dev, buf_dma, len, DMA_TO_DEVICE);
	/* after unmap, the same address is refused */
	if (!ret && !dma_cmd(pt, buf_dma, 16, PT_CMD_READ_SUM, 0))
		ret = FAIL(pt, "DMA after unmap succeeded");
	/* memory never mapped stays untouched */
	if (!ret) {
		st = dma_cmd(pt, virt_to_phys(unmapped), 64,
			     PT_CMD_WRITE_PATTERN, 3);
		if (!st)
			ret = FAIL(pt, "DMA into unmapped memory succeeded");
		for (i = 0; i < 64 && !ret; i++)
			if (unmapped[i])
				ret = FAIL(pt, "unmapped memory was written");
	}
	/* atomics */
	q = (u64 *)coh;
	if (!ret) {
		q[0] = 41;
		st = dma_cmd(pt, coh_dma, 8, PT_CMD_ADD64, 0);
		if (st || dma_res(pt) != 41 || q[0] != 42)
			ret = FAIL(pt, "fetch-add64: %u old %llu now %llu", st,
				   dma_res(pt), q[0]);
	}
	if (!ret) {
		((u32 *)coh)[2] = 0xfffffffe;
		st = dma_cmd(pt, coh_dma + 8, 4, PT_CMD_ADD32, 0);
		if (st || ((u32 *)coh)[2] != 0xffffffff)
			ret = FAIL(pt, "fetch-add32: %u", st);
	}
	if (!ret) {
		q[2] = 77;
		st = dma_cmd(pt, coh_dma + 16, 8, PT_CMD_CAS64, 77);
		if (st || q[2] != ~77ULL)
			ret = FAIL(pt, "cas64: %u %#llx", st, q[2]);
	}
	/* Bus Master Enable off: everything is refused */
	if (!ret) {
		pci_clear_master(pt->pdev);
		st = dma_cmd(pt, coh_dma, 16, PT_CMD_WRITE_PATTERN, 5);
		pci_set_master(pt->pdev);
		if (!st)
			ret = FAIL(pt, "DMA with bus mastering off succeeded");
	}
out:
	if (coh)
		dma_free_coherent(dev, len, coh, coh_dma);
	kfree(buf);
	kfree(unmapped);
	return ret;
}

/* ---- DMA map events and scatter-gather DMA ---- */

struct pt_mapev {
	u16 type;
	u16 flags;
	u32 seq;
	u64 addr;
	u64 len;
};

/* The model's log of map events from @first on equals @want. */
static int mapev_expect(struct pt *pt, u32 first, const struct pt_mapev *want,
			int n, const char *when)
{
	u32 count = readl(pt->bar0 + PT_MAPEV_COUNT);
	int i;

	if (count != first + n)
		return FAIL(pt, "%s: the model logged %u map events, want %u",
			    when, count, first + n);
	for (i = 0; i < n; i++) {
		const struct pt_mapev *w = &want[i];
		u32 type, seq, len;
		u64 addr;

		writel(first + i, pt->bar0 + PT_MAPEV_SEL);
		type = readl(pt->bar0 + PT_MAPEV_TYPE);
		seq = readl(pt->bar0 + PT_MAPEV_SEQ);
		addr = readl(pt->bar0 + PT_MAPEV_ADDR_LO) |
		       (u64)readl(pt->bar0 + PT_MAPEV_ADDR_HI) << 32;
		len = readl(pt->bar0 + PT_MAPEV_LEN);
		if (type != ((u32)w->type << 16 | w->flags) || seq != w->seq ||
		    addr != w->addr || len != w->len)
			return FAIL(pt, "%s: event %d is type/flags %#x seq %u %#llx+%u, want %#x seq %u %#llx+%llu",
				    when, i, type, seq, addr, len,
				    (u32)w->type << 16 | w->flags, w->seq,
				    w->addr, w->len);
	}
	return 0;
}

#define PT_SG_N	3

/*
 * dma_map_single, dma_alloc_coherent and dma_map_sg each give the model
 * exactly their events; the model moves the scatterlist's bytes with one
 * scatter-gather call built from those events, and is refused outside
 * what is mapped.
 */
static int check_dmaev(struct pt *pt)
{
	static const u32 sg_off[PT_SG_N] = { 100, 0, 7 };
	static const u32 sg_len[PT_SG_N] = { 500, PAGE_SIZE, 1234 };
	struct device *dev = &pt->pdev->dev;
	struct scatterlist sgl[PT_SG_N];
	struct page *pages[PT_SG_N] = { };
	struct pt_mapev ev[2 * (PT_SG_N + 2)];
	size_t len = 3000;
	dma_addr_t buf_dma = DMA_MAPPING_ERROR, coh_dma = 0;
	u8 *buf, *coh = NULL;
	int i, j, k, n = 0, ret = 0, mapped_sg = 0;
	u64 sum = 0;
	u32 st;

	if (dma_set_mask_and_coherent(dev, DMA_BIT_MASK(64)))
		return FAIL(pt, "dma_set_mask");
	pci_set_master(pt->pdev);
	buf = kmalloc(len, GFP_KERNEL);
	for (i = 0; i < PT_SG_N; i++)
		pages[i] = alloc_page(GFP_KERNEL | __GFP_ZERO);
	if (!buf || !pages[0] || !pages[1] || !pages[2]) {
		ret = FAIL(pt, "allocation");
		goto out;
	}
	for (i = 0; i < len; i++) {
		buf[i] = i * 13 + 1;
		sum += buf[i];
	}
	writel(0, pt->bar0 + PT_MAPEV_COUNT);

	buf_dma = dma_map_single(dev, buf, len, DMA_TO_DEVICE);
	if (dma_mapping_error(dev, buf_dma)) {
		buf_dma = DMA_MAPPING_ERROR;
		ret = FAIL(pt, "dma_map_single");
		goto out;
	}
	ev[n++] = (struct pt_mapev){ PT_EV_MAP, PT_EV_TO_DEVICE,
				     0, buf_dma, len };
	coh = dma_alloc_coherent(dev, PAGE_SIZE, &coh_dma, GFP_KERNEL);
	if (!coh) {
		ret = FAIL(pt, "dma_alloc_coherent");
		goto out;
	}
	ev[n++] = (struct pt_mapev){ PT_EV_MAP,
				     PT_EV_BIDIR |
				     PT_EV_COHERENT, 0, coh_dma,
				     PAGE_SIZE };
	sg_init_table(sgl, PT_SG_N);
	for (i = 0; i < PT_SG_N; i++)
		sg_set_page(&sgl[i], pages[i], sg_len[i], sg_off[i]);
	mapped_sg = dma_map_sg(dev, sgl, PT_SG_N, DMA_FROM_DEVICE);
	if (mapped_sg != PT_SG_N) {
		ret = FAIL(pt, "dma_map_sg mapped %d of %d", mapped_sg,
			   PT_SG_N);
		goto out;
	}
	for (i = 0; i < PT_SG_N; i++)
		ev[n++] = (struct pt_mapev){ PT_EV_MAP,
			PT_EV_FROM_DEVICE | PT_EV_SG |
			(i == PT_SG_N - 1 ? PT_EV_SG_LAST : 0), i,
			sg_dma_address(&sgl[i]), sg_dma_len(&sgl[i]) };
	ret = mapev_expect(pt, 0, ev, n, "after mapping");
	if (ret)
		goto out;

	/* one call writes the whole scatterlist, from the events alone */
	st = dma_cmd(pt, 0, 0, PT_CMD_SG_WRITE_LIVE, 11);
	if (st) {
		ret = FAIL(pt, "SG write of the mapped scatterlist: status %u",
			   st);
		goto out;
	}
	for (i = 0, k = 0; i < PT_SG_N; i++) {
		u8 *p = page_address(pages[i]);

		for (j = 0; j < PAGE_SIZE; j++) {
			bool in = j >= sg_off[i] && j < sg_off[i] + sg_len[i];
			u8 want = in ? (u8)(k++ * 7 + 11) : 0;

			if (p[j] != want) {
				ret = FAIL(pt, "SG page %d byte %d = %#x, want %#x",
					   i, j, p[j], want);
				goto out;
			}
		}
	}
	/* a FROM_DEVICE scatterlist cannot be read by the device */
	st = dma_cmd(pt, 0, 0, PT_CMD_SG_READ_LIVE, 0);
	if (st != EFAULT) {
		ret = FAIL(pt, "SG read of a FROM_DEVICE list: status %u", st);
		goto out;
	}
	/* the single mapping, read in uneven pieces */
	st = dma_cmd(pt, buf_dma, len, PT_CMD_SG_READ_SUM, 0);
	if (st || dma_res(pt) != sum) {
		ret = FAIL(pt, "SG read: status %u sum %llu want %llu", st,
			   dma_res(pt), sum);
		goto out;
	}
	/* half mapped, wrong direction, unaligned start */
	st = dma_cmd(pt, buf_dma, len + 1, PT_CMD_SG_READ_SUM, 0);
	if (st != EFAULT) {
		ret = FAIL(pt, "SG read one byte past the mapping: status %u",
			   st);
		goto out;
	}
	st = dma_cmd(pt, buf_dma - 1, 2, PT_CMD_SG_READ_SUM, 0);
	if (st != EFAULT) {
		ret = FAIL(pt, "SG read from one byte before it: status %u",
			   st);
		goto out;
	}
	st = dma_cmd(pt, buf_dma, 16, PT_CMD_SG_WRITE_PATTERN, 1);
	if (st != EFAULT) {
		ret = FAIL(pt, "SG write of a TO_DEVICE mapping: status %u",
			   st);
		goto out;
	}
	st = dma_cmd(pt, coh_dma + 1, PAGE_SIZE - 2, PT_CMD_SG_WRITE_PATTERN,
		     3);
	for (i = 1; i < PAGE_SIZE - 1 && !st; i++)
		if (coh[i] != (u8)((i - 1) * 7 + 3))
			st = 1000 + i;
	if (st || coh[0] || coh[PAGE_SIZE - 1]) {
		ret = FAIL(pt, "SG write into the coherent buffer: %u", st);
		goto out;
	}
	st = dma_cmd(pt, coh_dma, 16, PT_CMD_SG_BADBUF, 0);
	if (st) {
		ret = FAIL(pt, "model buffer check %u failed", st);
		goto out;
	}

	/* unmapping: the same ranges, flags and indexes */
	writel(0, pt->bar0 + PT_MAPEV_COUNT);
	n = 0;
	dma_unmap_sg(dev, sgl, PT_SG_N, DMA_FROM_DEVICE);
	mapped_sg = 0;
	for (i = 0; i < PT_SG_N; i++)
		ev[n++] = (struct pt_mapev){ PT_EV_UNMAP,
			PT_EV_FROM_DEVICE | PT_EV_SG |
			(i == PT_SG_N - 1 ? PT_EV_SG_LAST : 0), i,
			sg_dma_address(&sgl[i]), sg_dma_len(&sgl[i]) };
	dma_unmap_single(dev, buf_dma, len, DMA_TO_DEVICE);
	ev[n++] = (struct pt_mapev){ PT_EV_UNMAP,
				     PT_EV_TO_DEVICE, 0, buf_dma, len };
	dma_free_coherent(dev, PAGE_SIZE, coh, coh_dma);
	coh = NULL;
	ev[n++] = (struct pt_mapev){ PT_EV_UNMAP,
				     PT_EV_BIDIR |
				     PT_EV_COHERENT, 0, coh_dma,
				     PAGE_SIZE };
	ret = mapev_expect(pt, 0, ev, n, "after unmapping");
	if (!ret) {
		st = dma_cmd(pt, buf_dma, 16, PT_CMD_SG_READ_SUM, 0);
		if (st != EFAULT)
			ret = FAIL(pt, "SG read after unmap: status %u", st);
	}
	buf_dma = DMA_MAPPING_ERROR;
out:
	if (mapped_sg > 0)
		dma_unmap_sg(dev, sgl, PT_SG_N, DMA_FROM_DEVICE);
	if (buf_dma != DMA_MAPPING_ERROR)
		dma_unmap_single(dev, buf_dma, len, DMA_TO_DEVICE);
	if (coh)
		dma_free_coherent(dev, PAGE_SIZE, coh, coh_dma);
	for (i = 0; i < PT_SG_N; i++)
		if (pages[i])
			__free_page(pages[i]);
	kfree(buf);
	return ret;
}

/*
 * The model writes a page by DMA as fast as it can while the driver maps
 * and unmaps it: once dma_unmap_page() returned, the page never changes.
 */
static int check_dmarace(struct pt *pt)
{
	struct device *dev = &pt->pdev->dev;
	struct page *page = alloc_page(GFP_KERNEL);
	u8 *snap = kmalloc(PAGE_SIZE, GFP_KERNEL);
	unsigned long end = jiffies + 2 * HZ;
	int i, ret = 0;
	dma_addr_t a;
	u8 *p;
	u32 st;

	if (!page || !snap) {
		ret = FAIL(pt, "allocation");
		goto out;
	}
	p = page_address(page);
	pci_set_master(pt->pdev);
	st = dma_cmd(pt, 0, 0, PT_CMD_SG_RACE, 1);
	if (st) {
		ret = FAIL(pt, "race thread: %u", st);
		goto out;
	}
	for (i = 0; time_before(jiffies, end) && !ret; i++) {
		memset(p, 0, PAGE_SIZE);
		a = dma_map_page(dev, page, 0, PAGE_SIZE, DMA_FROM_DEVICE);
		if (dma_mapping_error(dev, a)) {
			ret = FAIL(pt, "map %d failed", i);
			break;
		}
		/* now and then sleep mapped: with one CPU the model runs only then */
		if (i % 16 == 15)
			usleep_range(100, 200);
		else
			udelay(i % 64);
		dma_unmap_page(dev, a, PAGE_SIZE, DMA_FROM_DEVICE);
		memcpy(snap, p, PAGE_SIZE);
		udelay(20);
		if (memcmp(snap, p, PAGE_SIZE))
			ret = FAIL(pt, "round %d: the page changed after unmap",
				   i);
		cond_resched();
	}
	st = dma_cmd(pt, 0, 0, PT_CMD_SG_RACE, 0);
	if (!ret && (st || !dma_res(pt)))
		ret = FAIL(pt, "no write landed while mapped (status %u) in %d rounds",
			   st, i);
	if (!ret)
		scnprintf(pt->log, sizeof(pt->log),
			  "%d rounds, %llu writes landed while mapped\n", i,
			  dma_res(pt));
out:
	if (page)
		__free_page(page);
	kfree(snap);
	return ret;
}

#define PT_LOST_MAPS	200

/*
 * Map events never wait: with the model asleep and its ring full, maps
 * and unmaps made with interrupts off stay fast, and every event is
 * either delivered or counted as lost.  Needs a model with a small ring.
 */
static int check_dmaev_lost(struct pt *pt)
{
	struct device *dev = &pt->pdev->dev;
	dma_addr_t *a = kcalloc(PT_LOST_MAPS, sizeof(*a), GFP_KERNEL);
	u8 *buf = kmalloc(16 * PT_LOST_MAPS, GFP_KERNEL);
	u32 got, lost, lost_hdr, total = 2 * PT_LOST_MAPS + 2;
	s64 worst_us = 0, us;
	unsigned long flags;
	int i, ret = 0;
	ktime_t t0;

	if (!a || !buf) {
		ret = FAIL(pt, "allocation");
		goto out;
	}
	/* the model has cleared its log before the flood starts */
	writel(0, pt->bar0 + PT_MAPEV_COUNT);
	readl(pt->bar0 + PT_MAPEV_COUNT);
	writel(300, pt->bar0 + PT_SLEEP_MS);
	local_irq_save(flags);
	for (i = 0; i < PT_LOST_MAPS; i++) {
		t0 = ktime_get();
		a[i] = dma_map_single(dev, buf + 16 * i, 16, DMA_TO_DEVICE);
		us = ktime_us_delta(ktime_get(), t0);
		worst_us = max(worst_us, us);
	}
	for (i = 0; i < PT_LOST_MAPS; i++) {
		t0 = ktime_get();
		if (!dma_mapping_error(dev, a[i]))
			dma_unmap_single(dev, a[i], 16, DMA_TO_DEVICE);
		us = ktime_us_delta(ktime_get(), t0);
		worst_us = max(worst_us, us);
	}
	local_irq_restore(flags);
	for (i = 0; i < PT_LOST_MAPS; i++)
		if (dma_mapping_error(dev, a[i]))
			ret = FAIL(pt, "map %d failed", i);
	if (ret)
		goto out;
	/* once the model drained the ring, the next event reports the loss */
	readl(pt->bar0 + PT_ID);
	a[0] = dma_map_single(dev, buf, 16, DMA_TO_DEVICE);
	if (dma_mapping_error(dev, a[0])) {
		ret = FAIL(pt, "map after the flood");
		goto out;
	}
	dma_unmap_single(dev, a[0], 16, DMA_TO_DEVICE);
	got = readl(pt->bar0 + PT_MAPEV_COUNT);
	lost = readl(pt->bar0 + PT_MAPEV_LOST);
	lost_hdr = readl(pt->bar0 + PT_MAPEV_LOST_HDR);
	if (worst_us > 50000)
		ret = FAIL(pt, "a map or unmap took %lld us on a full ring",
			   worst_us);
	else if (!lost_hdr || got + lost_hdr != total || lost != lost_hdr)
		ret = FAIL(pt, "%u map events delivered, %u lost in band, %u in the header; %u made",
			   got, lost, lost_hdr, total);
	else
		scnprintf(pt->log, sizeof(pt->log),
			  "%u delivered, %u lost, worst %lld us\n", got, lost,
			  worst_us);
out:
	kfree(a);
	kfree(buf);
	return ret;
}

static int check_vram(struct pt *pt)
{
	resource_size_t top = pci_resource_len(pt->pdev, 4) - 4096;
	int i;

	if (!pt->vram)
		return FAIL(pt, "memory BAR not mapped");
	for (i = 0; i < 1024; i++)
		writel(i * 0x01010101, pt->vram + top + 4 * i);
	for (i = 0; i < 1024; i++)
		if (readl(pt->vram + top + 4 * i) !=
		    i * 0x01010101)
			return FAIL(pt, "memory BAR word %d", i);
	return 0;
}

/* The model heard that a driver bound. */
static int check_bind(struct pt *pt)
{
	u32 binds = readl(pt->bar0 + PT_BINDS);

	if (binds < 1)
		return FAIL(pt, "the model saw %u binds", binds);
	return 0;
}

/* An eventfd the model signals raises MSI-X vector 1 (irqfd). */
static int check_irqfd(struct pt *pt)
{
	int ret = alloc_vectors(pt, 2, PCI_IRQ_MSIX);

	if (ret)
		return ret;
	writel(PT_IRQ_VIA_IRQFD << 16, pt->bar0 + PT_IRQ);
	if (!wait_hits(pt, 1, 1))
		ret = FAIL(pt, "irqfd signal never reached vector 1");
	else if (atomic_read(&pt->hits[0]))
		ret = FAIL(pt, "irqfd raised the wrong vector");
	free_vectors(pt);
	return ret;
}

/* Config writes the model watches reach it, in order with MMIO. */
static int check_cfgwatch(struct pt *pt)
{
	u32 before = readl(pt->bar0 + PT_CFG_WRITES), after;
	u16 cmd;

	pci_read_config_word(pt->pdev, PCI_COMMAND, &cmd);
	pci_write_config_word(pt->pdev, PCI_COMMAND, cmd);
	after = readl(pt->bar0 + PT_CFG_WRITES);
	if (after != before + 1)
		return FAIL(pt, "watched config writes %u -> %u", before, after);
	return 0;
}

static int check_flr(struct pt *pt)
{
	u32 before = readl(pt->bar0 + PT_RESETS), after;
	int ret;

	pci_save_state(pt->pdev);
	ret = pcie_flr(pt->pdev);
	pci_restore_state(pt->pdev);
	if (ret)
		return FAIL(pt, "pcie_flr: %d", ret);
	after = readl(pt->bar0 + PT_RESETS);
	if (after != before + 1)
		return FAIL(pt, "FLRs seen by the model %u -> %u", before, after);
	if (readl(pt->bar0 + PT_ID) != PT_ID_VALUE)
		return FAIL(pt, "device dead after FLR");
	return 0;
}

/* Driver I/O until the device disappears (surprise-removal test). */
static int check_stress(struct pt *pt)
{
	unsigned long end = jiffies + 30 * HZ;

	while (time_before(jiffies, end)) {
		writel(1, pt->bar0 + PT_SCRATCH);
		if (readl(pt->bar0 + PT_ID) == 0xffffffff)
			return 0;	/* gone: reads are all-ones */
		cond_resched();
	}
	return FAIL(pt, "device never went away");
}

/* ---- benchmark: figures with a reference measured in the same run ---- */

static u64 per_op(ktime_t t0, int n)
{
	return ktime_to_ns(ktime_sub(ktime_get(), t0)) / n;
}

static int check_bench(struct pt *pt)
{
	static const u32 sizes[] = { SZ_4K, SZ_64K, SZ_1M };
	struct device *dev = &pt->pdev->dev;
	u32 *ram = kmalloc(PAGE_SIZE, GFP_KERNEL);
	int n = 2000, i, len = 0, ret = 0;
	u64 t_ram, t_w, t_r, t_sh, t_irq, sink = 0;
	dma_addr_t dma;
	void *buf;
	ktime_t t0;

	if (!ram)
		return -ENOMEM;
	t0 = ktime_get();
	for (i = 0; i < n; i++)
		sink += READ_ONCE(ram[i & 63]);
	t_ram = max_t(u64, per_op(t0, n), 1);
	t0 = ktime_get();
	for (i = 0; i < n; i++)
		writel(i, pt->bar0 + PT_SCRATCH);
	readl(pt->bar0 + PT_ID);	/* drain before timing stops */
	t_w = per_op(t0, n);
	t0 = ktime_get();
	for (i = 0; i < n; i++)
		sink += readl(pt->bar0 + PT_ID);
	t_r = per_op(t0, n);
	t0 = ktime_get();
	for (i = 0; i < n; i++)
		sink += readl(pt->bar0 + PT_SHADOW);
	t_sh = per_op(t0, n);
	kfree(ram);

	ret = alloc_vectors(pt, 1, PCI_IRQ_MSIX);
	if (ret)
		return ret;
	/* doorbell write to handler entry, best of 50 */
	t_irq = U64_MAX;
	for (i = 0; i < 50 && !ret; i++) {
		t0 = ktime_get();
		writel((PT_IRQ_MSIX << 16) | 0, pt->bar0 + PT_IRQ);
		if (!wait_hits(pt, 0, i + 1))
			ret = FAIL(pt, "bench irq lost");
		t_irq = min_t(u64, t_irq,
			      ktime_to_ns(ktime_sub(READ_ONCE(last_hit), t0)));
	}
	free_vectors(pt);
	if (ret)
		return ret;
	len += scnprintf(pt->log + len, sizeof(pt->log) - len,
			 "ram_read_ns %llu\ntrapped_write_ns %llu\ntrapped_read_ns %llu\nshadow_read_ns %llu\nirq_roundtrip_ns %llu\n",
			 t_ram, t_w, t_r, t_sh, t_irq);

	if (dma_set_mask_and_coherent(dev, DMA_BIT_MASK(64)))
		return FAIL(pt, "dma mask");
	pci_set_master(pt->pdev);
	buf = dma_alloc_coherent(dev, SZ_1M, &dma, GFP_KERNEL);
	if (!buf)
		return FAIL(pt, "no 1 MiB DMA buffer");
	for (i = 0; i < ARRAY_SIZE(sizes); i++) {
		u64 to, from, cp;

		if (dma_cmd(pt, dma, sizes[i], PT_CMD_BENCH_TO_HOST, 0))
			ret = FAIL(pt, "bench DMA to host");
		to = dma_res(pt);
		if (dma_cmd(pt, dma, sizes[i], PT_CMD_BENCH_FROM_HOST, 0))
			ret = FAIL(pt, "bench DMA from host");
		from = dma_res(pt);
		dma_cmd(pt, dma, sizes[i], PT_CMD_BENCH_MEMCPY, 0);
		cp = max_t(u64, dma_res(pt), 1);
		if (ret)
			break;
		len += scnprintf(pt->log + len, sizeof(pt->log) - len,
				 "dma_%uk_ns %llu %llu memcpy %llu\n",
				 sizes[i] >> 10, to, from, cp);
	}
	/* 1 MiB as 256 page segments, one scatter-gather call */
	if (!ret) {
		u64 to, from;

		if (dma_cmd(pt, dma, SZ_1M, PT_CMD_BENCH_SG_TO_HOST, 0))
			ret = FAIL(pt, "bench SG DMA to host");
		to = dma_res(pt);
		if (dma_cmd(pt, dma, SZ_1M, PT_CMD_BENCH_SG_FROM_HOST, 0))
			ret = FAIL(pt, "bench SG DMA from host");
		from = dma_res(pt);
		len += scnprintf(pt->log + len, sizeof(pt->log) - len,
				 "sg_1024k_ns %llu %llu\n", to, from);
	}
	dma_free_coherent(dev, SZ_1M, buf, dma);
	return ret ? ret : (sink == 42 ? 0 : 0);
}

/*
 * An instruction the framework cannot decode (a compare or an add with
 * memory) on a mapping of its own: the page becomes a read-only page of
 * all-ones, decodable writes to it are dropped, an undecodable write gets
 * a page of its own, and the device's other mappings are untouched.
 */
static int check_degrade(struct pt *pt)
{
	void __iomem *m = ioremap(pci_resource_start(pt->pdev, 0) + PT_RAM,
				  PAGE_SIZE);
	void *p = (void __force *)m;
	int ret = 0;
	u32 v;

	if (!m)
		return FAIL(pt, "ioremap");
	asm volatile("cmpl $0, (%0)" : : "r" (p) : "memory", "cc");
	v = readl(m + 16);
	if (v != 0xffffffff)
		ret = FAIL(pt, "after an undecodable read the page reads %#x", v);
	writel(1, m + 16);
	v = readl(m + 16);
	if (!ret && v != 0xffffffff)
		ret = FAIL(pt, "a write reached the all-ones page: reads %#x", v);
	asm volatile("addl $0, (%0)" : : "r" (p) : "memory", "cc");
	iounmap(m);
	if (!ret && readl(pt->bar0 + PT_ID) != PT_ID_VALUE)
		ret = FAIL(pt, "the device's own mapping changed");
	return ret;
}

/* ---- read latency, one read at a time: best, median, worst ---- */

static int pt_cmp_u32(const void *a, const void *b)
{
	u32 x = *(const u32 *)a, y = *(const u32 *)b;

	return x < y ? -1 : x > y;
}

static int check_readlat(struct pt *pt)
{
	const int n = 2000;
	u32 *ns = kmalloc_array(n, sizeof(*ns), GFP_KERNEL);
	ktime_t t0;
	int i;

	if (!ns)
		return -ENOMEM;
	for (i = 0; i < n; i++) {
		t0 = ktime_get();
		if (readl(pt->bar0 + PT_ID) != PT_ID_VALUE) {
			kfree(ns);
			return FAIL(pt, "read %d wrong", i);
		}
		ns[i] = min_t(s64, ktime_to_ns(ktime_sub(ktime_get(), t0)),
			      U32_MAX);
	}
	sort(ns, n, sizeof(*ns), pt_cmp_u32, NULL);
	scnprintf(pt->log, sizeof(pt->log),
		  "read_best_ns %u\nread_median_ns %u\nread_worst_ns %u\n",
		  ns[0], ns[n / 2], ns[n - 1]);
	kfree(ns);
	return 0;
}

/* ---- a stopped model: the guest script SIGSTOPs it before these ---- */

static bool pt_failed(struct pt *pt)
{
	u16 vendor = 0;

	pci_read_config_word(pt->pdev, PCI_VENDOR_ID, &vendor);
	return vendor == 0xffff;
}

static int pt_all_ones(const u8 *buf, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (buf[i] != 0xff)
			return i;
	return -1;
}

/*
 * memcpy_fromio() of 4 KiB is one rep movs of 1024 reads: a stopped model
 * costs one timeout for all of it, a short one with interrupts off, and
 * repeated timeouts fail the device.
 */
static int check_stopped_read(struct pt *pt)
{
	unsigned long flags;
	s64 irqoff_us, ms;
	ktime_t t0;
	int i, bad;
	u8 *buf;

	buf = kzalloc(PT_RAM_LEN, GFP_KERNEL);
	if (!buf)
		return FAIL(pt, "no memory");
	local_irq_save(flags);
	t0 = ktime_get();
	memcpy_fromio(buf, pt->bar0 + PT_RAM, PT_RAM_LEN);
	irqoff_us = ktime_us_delta(ktime_get(), t0);
	local_irq_restore(flags);
	bad = pt_all_ones(buf, PT_RAM_LEN);
	/* 2 s: far above the 4 ms spin plus a busy host, far below 1024 s */
	if (bad >= 0 || irqoff_us > 2000000) {
		kfree(buf);
		return FAIL(pt, "irqs off: byte %d not all-ones, or %lld us with interrupts off",
			    bad, irqoff_us);
	}
	memset(buf, 0, PT_RAM_LEN);
	t0 = ktime_get();
	memcpy_fromio(buf, pt->bar0 + PT_RAM, PT_RAM_LEN);
	ms = ktime_ms_delta(ktime_get(), t0);
	bad = pt_all_ones(buf, PT_RAM_LEN);
	kfree(buf);
	if (bad >= 0 || ms > 5000)
		return FAIL(pt, "byte %d not all-ones, or %lld ms for one memcpy_fromio",
			    bad, ms);
	for (i = 0; i < 5 && !pt_failed(pt); i++)
		readl(pt->bar0 + PT_ID);
	if (!pt_failed(pt))
		return FAIL(pt, "device not failed after %d more timeouts", i);
	if (readl(pt->bar0 + PT_ID) != 0xffffffff)
		return FAIL(pt, "a failed device does not read all-ones");
	return 0;
}

/*
 * Posted writes into a full ring: with interrupts off no write waits
 * long, and where the writer may sleep the device fails in bounded time.
 */
static int check_stopped_flood(struct pt *pt)
{
	s64 worst_us = 0, us;
	unsigned long flags;
	ktime_t t0, t1;
	int i;

	local_irq_save(flags);
	for (i = 0; i < 20000; i++) {
		t0 = ktime_get();
		writel(i, pt->bar0 + PT_RAM);
		t1 = ktime_get();
		us = ktime_us_delta(t1, t0);
		worst_us = max(worst_us, us);
	}
	local_irq_restore(flags);
	/* 2 s: far above the 4 ms spin plus a busy host, below the 10 s stall */
	if (worst_us > 2000000)
		return FAIL(pt, "a posted write kept interrupts off %lld us",
			    worst_us);
	t0 = ktime_get();
	for (i = 0; i < 20000 && !pt_failed(pt); i++)
		writel(i, pt->bar0 + PT_RAM);
	if (!pt_failed(pt))
		return FAIL(pt, "device not failed by a flood into a full ring");
	if (readl(pt->bar0 + PT_ID) != 0xffffffff)
		return FAIL(pt, "a failed device does not read all-ones");
	return 0;
}

/* A 32-bit coherent mask: the allocation's bookkeeping must not see it. */
static int check_dma32(struct pt *pt)
{
	struct device *dev = &pt->pdev->dev;
	dma_addr_t dma;
	void *buf;
	int ret = 0;

	if (dma_set_mask_and_coherent(dev, DMA_BIT_MASK(32)))
		return FAIL(pt, "dma_set_mask 32");
	buf = dma_alloc_coherent(dev, PAGE_SIZE, &dma, GFP_KERNEL);
	if (!buf)
		ret = FAIL(pt, "dma_alloc_coherent with a 32-bit mask failed");
	else if (dma + PAGE_SIZE - 1 > DMA_BIT_MASK(32))
		ret = FAIL(pt, "buffer at %pad above 4 GiB", &dma);
	if (buf)
		dma_free_coherent(dev, PAGE_SIZE, buf, dma);
	dma_set_mask_and_coherent(dev, DMA_BIT_MASK(64));
	return ret;
}

static const struct {
	const char *name;
	int (*fn)(struct pt *pt);
} checks[] = {
	{ "widths", check_widths },
	{ "rtc", check_rtc },
	{ "order", check_order },
	{ "shadow", check_shadow },
	{ "timeout", check_timeout },
	{ "msix", check_msix },
	{ "msi", check_msi },
	{ "intx", check_intx },
	{ "dma", check_dma },
	{ "dmaev", check_dmaev },
	{ "dmaev_lost", check_dmaev_lost },
	{ "dmarace", check_dmarace },
	{ "vram", check_vram },
	{ "bind", check_bind },
	{ "cfgwatch", check_cfgwatch },
	{ "irqfd", check_irqfd },
	{ "flr", check_flr },
	{ "stress", check_stress },
	{ "bench", check_bench },
	{ "stopped_read", check_stopped_read },
	{ "stopped_flood", check_stopped_flood },
	{ "dma32", check_dma32 },
	{ "readlat", check_readlat },
	{ "degrade", check_degrade },
};

static ssize_t run_write(struct file *file, const char __user *ubuf,
			 size_t count, loff_t *ppos)
{
	struct pt *pt = file->private_data;
	char name[32];
	int i, ret = -EINVAL;

	if (count >= sizeof(name))
		return -EINVAL;
	if (copy_from_user(name, ubuf, count))
		return -EFAULT;
	name[count] = 0;
	strim(name);
	mutex_lock(&pt->lock);
	pt->log[0] = 0;
	for (i = 0; i < ARRAY_SIZE(checks); i++)
		if (!strcmp(name, checks[i].name))
			ret = checks[i].fn(pt);
	if (ret == -EINVAL)
		snprintf(pt->log, sizeof(pt->log), "no check %s", name);
	mutex_unlock(&pt->lock);
	return ret ? ret : count;
}

static const struct file_operations run_fops = {
	.owner = THIS_MODULE,
	.open = simple_open,
	.write = run_write,
};

static ssize_t log_read(struct file *file, char __user *ubuf, size_t count,
			loff_t *ppos)
{
	struct pt *pt = file->private_data;

	return simple_read_from_buffer(ubuf, count, ppos, pt->log,
				       strlen(pt->log));
}

static const struct file_operations log_fops = {
	.owner = THIS_MODULE,
	.open = simple_open,
	.read = log_read,
};

static struct dentry *root;

static int pt_probe(struct pci_dev *pdev, const struct pci_device_id *id)
{
	struct pt *pt;
	int ret;

	pt = devm_kzalloc(&pdev->dev, sizeof(*pt), GFP_KERNEL);
	if (!pt)
		return -ENOMEM;
	pt->pdev = pdev;
	mutex_init(&pt->lock);
	init_waitqueue_head(&pt->wq);
	ret = pcim_enable_device(pdev);
	if (ret)
		return ret;
	ret = pcim_iomap_regions(pdev, BIT(0) | BIT(2) | BIT(4), "pciem_test");
	if (ret)
		return ret;
	pt->bar0 = pcim_iomap_table(pdev)[0];
	pt->bar2 = pcim_iomap_table(pdev)[2];
	pt->vram = devm_ioremap_wc(&pdev->dev, pci_resource_start(pdev, 4),
				   pci_resource_len(pdev, 4));
	if (readl(pt->bar0 + PT_ID) != PT_ID_VALUE) {
		dev_err(&pdev->dev, "bad ID register\n");
		return -ENODEV;
	}
	pci_set_drvdata(pdev, pt);
	pt->dir = debugfs_create_dir(pci_name(pdev), root);
	debugfs_create_file("run", 0200, pt->dir, pt, &run_fops);
	debugfs_create_file("log", 0400, pt->dir, pt, &log_fops);
	return 0;
}

static void pt_remove(struct pci_dev *pdev)
{
	struct pt *pt = pci_get_drvdata(pdev);

	debugfs_remove_recursive(pt->dir);
	if (pt->nvec)
		free_vectors(pt);
}

static const struct pci_device_id pt_ids[] = {
	{ PCI_DEVICE(PT_VENDOR, PT_DEVICE) },
	{ }
};
MODULE_DEVICE_TABLE(pci, pt_ids);

static struct pci_driver pt_driver = {
	.name = "pciem_test",
	.id_table = pt_ids,
	.probe = pt_probe,
	.remove = pt_remove,
};

static int __init pt_init(void)
{
	int ret;

	root = debugfs_create_dir("pciem_test", NULL);
	ret = pci_register_driver(&pt_driver);
	if (ret)
		debugfs_remove_recursive(root);
	return ret;
}

static void __exit pt_exit(void)
{
	pci_unregister_driver(&pt_driver);
	debugfs_remove_recursive(root);
}

module_init(pt_init);
module_exit(pt_exit);
MODULE_DESCRIPTION("PCIem conformance test driver");
MODULE_LICENSE("Dual MIT/GPL");
