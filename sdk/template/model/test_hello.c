// SPDX-License-Identifier: MIT
/* The hello model on libpciem's in-process test host: no kernel needed. */
#include <stdio.h>

#include "hello.h"

static int failed;

static void check(int ok, const char *what)
{
	printf("%s - %s\n", ok ? "ok" : "not ok", what);
	failed += !ok;
}

int main(void)
{
	struct hello h = { 0 };
	struct pciem_desc d;

	hello_describe(&d);
	h.dev = pciem_test_open(&d, &hello_ops, &h);
	check(h.dev != NULL, "the model opens on the test host");
	if (!h.dev)
		return 1;
	check(!pciem_plug(h.dev), "plug");
	check(pciem_test_read(h.dev, 0, HELLO_REG_ID, 4) == HELLO_ID,
	      "ID register");
	pciem_test_write(h.dev, 0, HELLO_REG_SCRATCH, 4, 0xcafe);
	check(pciem_test_read(h.dev, 0, HELLO_REG_SCRATCH, 4) == 0xcafe,
	      "scratch register");
	pciem_test_write(h.dev, 0, HELLO_REG_DOORBELL, 4, 1);
	check(pciem_test_irqs(h.dev, PCIEM_IRQ_MSIX, 0) == 1,
	      "the doorbell raises MSI-X vector 0");
	check(pciem_test_read(h.dev, 0, HELLO_REG_RINGS, 4) == 1,
	      "rings counted");
	check(pciem_test_read(h.dev, 0, HELLO_REG_STATUS, 4) ==
	      HELLO_STATUS_RANG, "the doorbell sets STATUS.RANG");
	pciem_test_write(h.dev, 0, HELLO_REG_STATUS, 4, HELLO_STATUS_RANG);
	check(pciem_test_read(h.dev, 0, HELLO_REG_STATUS, 4) == 0,
	      "writing it back clears it");

	/* as with pci=nomsi: a level-triggered INTx line */
	check(!pciem_test_irq_mode(h.dev, PCIEM_IRQ_INTX_ASSERT),
	      "the driver uses INTx");
	pciem_test_write(h.dev, 0, HELLO_REG_DOORBELL, 4, 1);
	check(pciem_test_intx(h.dev) &&
	      pciem_test_irqs(h.dev, PCIEM_IRQ_INTX_ASSERT, 0) == 1,
	      "the doorbell asserts INTx");
	check(pciem_test_read(h.dev, 0, HELLO_REG_STATUS, 4) ==
	      HELLO_STATUS_RANG, "the handler sees STATUS.RANG");
	pciem_test_write(h.dev, 0, HELLO_REG_STATUS, 4, HELLO_STATUS_RANG);
	check(!pciem_test_intx(h.dev), "clearing STATUS deasserts INTx");
	check(pciem_test_irqs(h.dev, PCIEM_IRQ_MSIX, 0) == 1,
	      "and no MSI-X was sent meanwhile");
	pciem_close(h.dev);
	return failed != 0;
}
