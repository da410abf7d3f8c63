/* SPDX-License-Identifier: MIT */
/*
 * The "hello" device: the smallest complete PCIem device.
 * BAR0 (4 KiB registers):
 *   0x00 ID       RO  HELLO_ID
 *   0x04 SCRATCH  RW
 *   0x08 DOORBELL WO  sets STATUS.RANG and interrupts: MSI-X vector 0, or
 *                     INTx when the driver enabled no MSI-X
 *   0x0c RINGS    RO  doorbells rung so far
 *   0x10 STATUS   RW1C bit 0 RANG; INTx stays asserted while it is set
 * MSI-X table at 0x800, PBA at 0xc00.  The interrupt handler reads STATUS
 * and writes back what it saw: that clears it and deasserts INTx, so a
 * level-triggered line (pci=nomsi) does not fire again.
 */
#ifndef HELLO_H
#define HELLO_H

#include <pciem/pciem.h>

#define HELLO_VENDOR	0x7065
#define HELLO_DEVICE	0x0002
#define HELLO_ID	0x48454c4fu	/* "HELO" */
#define HELLO_REG_ID		0x00
#define HELLO_REG_SCRATCH	0x04
#define HELLO_REG_DOORBELL	0x08
#define HELLO_REG_RINGS		0x0c
#define HELLO_REG_STATUS	0x10
#define HELLO_STATUS_RANG	0x1

struct hello {
	struct pciem_dev *dev;
	uint32_t scratch;
	uint32_t rings;
	uint32_t status;
};

void hello_describe(struct pciem_desc *d);
extern const struct pciem_ops hello_ops;

#endif
