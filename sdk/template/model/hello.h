/* SPDX-License-Identifier: MIT */
/*
 * The "hello" device: the smallest complete PCIem device.
 * BAR0 (4 KiB registers):
 *   0x00 ID       RO  HELLO_ID
 *   0x04 SCRATCH  RW
 *   0x08 DOORBELL WO  raises MSI-X vector 0 (or INTx/MSI as enabled)
 *   0x0c RINGS    RO  doorbells rung so far
 * MSI-X table at 0x800, PBA at 0xc00.
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

struct hello {
	struct pciem_dev *dev;
	uint32_t scratch;
	uint32_t rings;
};

void hello_describe(struct pciem_desc *d);
extern const struct pciem_ops hello_ops;

#endif
