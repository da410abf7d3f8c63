// SPDX-License-Identifier: MIT
/* The hello device's behaviour, shared by the real model and its test. */
#include "hello.h"

void hello_describe(struct pciem_desc *d)
{
	pciem_desc_init(d, HELLO_VENDOR, HELLO_DEVICE, 0xff0000);
	pciem_desc_bar(d, 0, 0x1000, 0);
	pciem_desc_msix(d, 1, 0, 0x800, 0, 0xc00);
	d->intx_pin = 1;
}

static uint64_t hello_read(void *ctx, int bar, uint64_t off, int size)
{
	struct hello *h = ctx;

	(void)bar;
	(void)size;
	switch (off) {
	case HELLO_REG_ID:
		return HELLO_ID;
	case HELLO_REG_SCRATCH:
		return h->scratch;
	case HELLO_REG_RINGS:
		return h->rings;
	case HELLO_REG_STATUS:
		return h->status;
	}
	return 0;
}

static void hello_write(void *ctx, int bar, uint64_t off, int size,
			uint64_t value)
{
	struct hello *h = ctx;

	(void)bar;
	(void)size;
	if (off == HELLO_REG_SCRATCH) {
		h->scratch = value;
	} else if (off == HELLO_REG_DOORBELL) {
		h->rings++;
		h->status |= HELLO_STATUS_RANG;
		/* MSI-X if the driver enabled it, else INTx (asserted) */
		pciem_irq(h->dev, PCIEM_IRQ_AUTO, 0);
	} else if (off == HELLO_REG_STATUS) {
		h->status &= ~(uint32_t)value;
		if (!h->status)
			pciem_irq(h->dev, PCIEM_IRQ_INTX_DEASSERT, 0);
	}
}

const struct pciem_ops hello_ops = {
	.read = hello_read,
	.write = hello_write,
};
