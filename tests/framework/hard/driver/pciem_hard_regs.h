/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * The "hard" test device: registers shared by its model (hardmodel.c) and
 * its driver (driver/pciem_hard.c).
 */
#ifndef PCIEM_HARD_REGS_H
#define PCIEM_HARD_REGS_H

#define HARD_VENDOR	0x7065
#define HARD_DEVICE	0x00f1
/* RO: HARD_ID_VALUE, answered after the model read its config space */
#define HARD_ID		0x00
#define HARD_ID_VALUE	0x48415244
#define HARD_LATER	0x04	/* RO: HARD_LATER_VALUE, answered later */
#define HARD_LATER_VALUE 0x1a7e1a7e
#define HARD_STOS	0x100	/* 0x100..0x1ff: rep stos target */

#endif
