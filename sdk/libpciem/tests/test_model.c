// SPDX-License-Identifier: MIT
/*
 * A small device model (scratch, read-to-clear, doorbell interrupts, a
 * DMA engine) served by the in-process test host, with the test playing
 * the driver.
 */
#include <errno.h>
#include <string.h>

#include "pciem/pciem.h"
#include "tap.h"

#define R_SCRATCH	0x00
#define R_RTC		0x08	/* read returns and clears */
#define R_DOORBELL	0x10	/* write: raise MSI-X vector = value */
#define R_DMA_ADDR	0x18
#define R_DMA_LEN	0x20
#define R_DMA_GO	0x28	/* 1: copy pattern to host, 2: sum from host */
#define R_DMA_STATUS	0x30
#define R_SUM		0x38
#define R_STATUS	0x40	/* shadowed */

struct model {
	struct pciem_dev *dev;
	uint64_t scratch, rtc, addr, len, sum;
	int status, writes, binds, cfg_writes, errors;
};

static uint64_t m_read(void *ctx, int bar, uint64_t off, int size)
{
	struct model *m = ctx;
	uint64_t v;

	(void)bar;
	(void)size;
	switch (off) {
	case R_SCRATCH:
		return m->scratch;
	case R_RTC:
		v = m->rtc;
		m->rtc = 0;
		return v;
	case R_DMA_STATUS:
		return m->status;
	case R_SUM:
		return m->sum;
	}
	return 0;
}

static void m_write(void *ctx, int bar, uint64_t off, int size, uint64_t v)
{
	struct model *m = ctx;
	uint8_t buf[256];
	uint64_t i;

	(void)bar;
	(void)size;
	m->writes++;
	switch (off) {
	case R_SCRATCH:
		m->scratch = v;
		m->rtc += v;
		break;
	case R_DOORBELL:
		pciem_irq(m->dev, PCIEM_IRQ_MSIX, v);
		break;
	case R_DMA_ADDR:
		m->addr = v;
		break;
	case R_DMA_LEN:
		m->len = v > sizeof(buf) ? sizeof(buf) : v;
		break;
	case R_DMA_GO:
		if (v == 1) {
			for (i = 0; i < m->len; i++)
				buf[i] = i ^ 0xa5;
			m->status = -pciem_dma_write(m->dev, m->addr, buf,
						     m->len);
		} else {
			m->status = -pciem_dma_read(m->dev, m->addr, buf,
						    m->len);
			for (m->sum = 0, i = 0; !m->status && i < m->len; i++)
				m->sum += buf[i];
		}
		break;
	}
}

static void m_cfg(void *ctx, uint32_t off, int size, uint32_t v)
{
	(void)off;
	(void)size;
	(void)v;
	((struct model *)ctx)->cfg_writes++;
}

static void m_bind(void *ctx, int bound)
{
	((struct model *)ctx)->binds += bound;
}

static void m_error(void *ctx, const struct pciem_event *ev)
{
	(void)ev;
	((struct model *)ctx)->errors++;
}

static const struct pciem_ops ops = {
	.read = m_read,
	.write = m_write,
	.config_write = m_cfg,
	.bind = m_bind,
	.error = m_error,
};

int main(void)
{
	struct model m = { 0 };
	struct pciem_desc d;
	uint8_t host[128], src[64];
	uint32_t *status;
	uint64_t bus, bus2, old;
	char why[200];
	int i, n;

	pciem_desc_init(&d, 0x7065, 0x0042, 0xff0000);
	pciem_desc_bar(&d, 0, 0x1000, 0);
	pciem_desc_bar(&d, 2, 0x100000, PCIEM_BAR_64BIT | PCIEM_BAR_MEMORY);
	pciem_desc_msix(&d, 4, 0, 0x800, 0, 0xc00);
	d.intx_pin = 1;
	CHECK(!pciem_desc_check(&d, why, sizeof(why)), "description is valid");

	d.bars[1].size = 0x3000;
	CHECK(pciem_desc_check(&d, why, sizeof(why)) == -EINVAL &&
	      strstr(why, "bars[1].size"), "bad BAR size named: %s", why);
	d.bars[1].size = 0;
	d.msix_pba_offset = 0x808;
	CHECK(pciem_desc_check(&d, why, sizeof(why)) == -EINVAL &&
	      strstr(why, "overlap"), "MSI-X overlap named: %s", why);
	CHECK(!pciem_test_open(&d, &ops, &m), "opening a bad device fails");
	d.msix_pba_offset = 0xc00;

	m.dev = pciem_test_open(&d, &ops, &m);
	CHECK(m.dev != NULL, "test host opens");
	if (!m.dev)
		return 1;
	status = pciem_shadow(m.dev, 0, R_STATUS, 4, 0);
	CHECK(status != NULL, "shadow of a register");
	CHECK(!pciem_watch_config(m.dev, 0x04, 2), "watch the command register");
	CHECK(!pciem_plug(m.dev) && m.binds == 1, "plug binds the driver");
	CHECK(pciem_shadow(m.dev, 0, 0x80, 4, 0) == NULL,
	      "no shadows after plug: %s", pciem_error(m.dev));

	/* registers */
	pciem_test_write(m.dev, 0, R_SCRATCH, 8, 0x1122334455667788ULL);
	CHECK(pciem_test_read(m.dev, 0, R_SCRATCH, 8) == 0x1122334455667788ULL,
	      "scratch register round trip");
	CHECK(pciem_test_read(m.dev, 0, R_SCRATCH, 4) == 0x55667788,
	      "a 4-byte read is truncated");
	pciem_test_write(m.dev, 0, R_SCRATCH, 4, 5);
	CHECK(pciem_test_read(m.dev, 0, R_RTC, 8) == 0x1122334455667788ULL + 5,
	      "writes reach the model in order before the read");
	CHECK(pciem_test_read(m.dev, 0, R_RTC, 8) == 0, "read-to-clear");
	*status = 0xabcd;
	CHECK(pciem_test_read(m.dev, 0, R_STATUS, 4) == 0xabcd,
	      "shadowed read comes from shared memory");
	CHECK(pciem_test_read(m.dev, 0, 0x2000, 4) == 0xffffffff,
	      "read outside the BAR is all-ones");

	/* memory BAR */
	CHECK(pciem_bar(m.dev, 2) != NULL, "memory BAR is mapped");
	CHECK(pciem_bar(m.dev, 5) == NULL, "missing BAR: %s",
	      pciem_error(m.dev));

	/* config */
	CHECK(pciem_test_config_read(m.dev, 0, 4) == 0x00427065,
	      "config IDs");
	pciem_test_config_write(m.dev, 0x10, 4, 0xffffffff);
	CHECK(pciem_test_config_read(m.dev, 0x10, 4) == 0xfffff000,
	      "BAR sizing reads back the size mask");
	n = m.cfg_writes;
	pciem_test_config_write(m.dev, 0x04, 2, 0x0006);
	CHECK(m.cfg_writes == n + 1, "watched config write reaches the model");

	/* interrupts */
	for (i = 0; i < 4; i++)
		pciem_test_write(m.dev, 0, R_DOORBELL, 4, i);
	for (i = 0; i < 4; i++)
		CHECK(pciem_test_irqs(m.dev, PCIEM_IRQ_MSIX, i) == 1,
		      "MSI-X vector %d fired once", i);
	pciem_test_msix_mask(m.dev, 2, 1);
	pciem_test_write(m.dev, 0, R_DOORBELL, 4, 2);
	CHECK(pciem_test_irqs(m.dev, PCIEM_IRQ_MSIX, 2) == 1 &&
	      pciem_test_msix_pending(m.dev, 2), "masked vector is pending");
	pciem_test_msix_mask(m.dev, 2, 0);
	CHECK(pciem_test_irqs(m.dev, PCIEM_IRQ_MSIX, 2) == 2 &&
	      !pciem_test_msix_pending(m.dev, 2), "fires on unmask");
	CHECK(pciem_irq(m.dev, PCIEM_IRQ_MSIX, 9) == -EINVAL,
	      "no vector 9: %s", pciem_error(m.dev));
	CHECK(!pciem_irq(m.dev, PCIEM_IRQ_INTX_ASSERT, 0) &&
	      pciem_test_intx(m.dev), "INTx asserted");
	pciem_test_config_write(m.dev, 0x04, 2, 0x0406);
	CHECK(!pciem_test_intx(m.dev), "INTx disable holds the line");
	pciem_test_config_write(m.dev, 0x04, 2, 0x0006);

	/* DMA */
	memset(host, 0, sizeof(host));
	bus = pciem_test_dma_map(m.dev, host, sizeof(host),
				 PCIEM_TEST_DMA_FROM_DEVICE);
	pciem_test_write(m.dev, 0, R_DMA_ADDR, 8, bus);
	pciem_test_write(m.dev, 0, R_DMA_LEN, 8, 100);
	pciem_test_write(m.dev, 0, R_DMA_GO, 8, 1);
	CHECK(m.status == 0 && host[99] == (99 ^ 0xa5) && host[100] == 0,
	      "device writes exactly the mapped bytes");
	pciem_test_write(m.dev, 0, R_DMA_GO, 8, 2);
	CHECK(m.status == EFAULT && m.errors == 1,
	      "device cannot read a from-device mapping");
	for (i = 0; i < 64; i++)
		src[i] = i;
	bus2 = pciem_test_dma_map(m.dev, src, sizeof(src),
				  PCIEM_TEST_DMA_TO_DEVICE);
	pciem_test_write(m.dev, 0, R_DMA_ADDR, 8, bus2);
	pciem_test_write(m.dev, 0, R_DMA_LEN, 8, 64);
	pciem_test_write(m.dev, 0, R_DMA_GO, 8, 2);
	CHECK(m.status == 0 && pciem_test_read(m.dev, 0, R_SUM, 8) == 2016,
	      "device reads a to-device mapping");
	pciem_test_write(m.dev, 0, R_DMA_LEN, 8, 65);
	pciem_test_write(m.dev, 0, R_DMA_GO, 8, 2);
	CHECK(m.status == EFAULT, "one byte past the mapping is refused");
	pciem_test_dma_unmap(m.dev, bus2);
	pciem_test_write(m.dev, 0, R_DMA_LEN, 8, 4);
	pciem_test_write(m.dev, 0, R_DMA_GO, 8, 2);
	CHECK(m.status == EFAULT, "unmapped memory is refused");
	pciem_test_config_write(m.dev, 0x04, 2, 0x0002);
	pciem_test_write(m.dev, 0, R_DMA_ADDR, 8, bus);
	pciem_test_write(m.dev, 0, R_DMA_GO, 8, 1);
	CHECK(m.status == EPERM, "no DMA without Bus Master Enable");
	pciem_test_config_write(m.dev, 0x04, 2, 0x0006);
	{
		uint64_t cell[2] = { 40, 7 };
		uint64_t b = pciem_test_dma_map(m.dev, cell, sizeof(cell),
						PCIEM_TEST_DMA_BIDIRECTIONAL);

		CHECK(!pciem_dma_atomic(m.dev, PCIEM_ATOMIC_FETCH_ADD, 8, b, 2,
					0, &old) && old == 40 && cell[0] == 42,
		      "64-bit fetch-add");
		CHECK(!pciem_dma_atomic(m.dev, PCIEM_ATOMIC_CAS, 8, b + 8, 9, 7,
					&old) && old == 7 && cell[1] == 9,
		      "64-bit compare-and-swap");
		CHECK(pciem_dma_atomic(m.dev, PCIEM_ATOMIC_SWAP, 8, b + 4, 1, 0,
				       &old) == -EINVAL, "misaligned atomic");
	}
	pciem_close(m.dev);
	printf("# %d failed\n", tap_failed);
	return !!tap_failed;
}
