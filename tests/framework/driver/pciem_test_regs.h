/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * Register map of the conformance test device, shared by the test model
 * (userspace) and the test driver (kernel).
 */
#ifndef PCIEM_TEST_REGS_H
#define PCIEM_TEST_REGS_H

#define PT_VENDOR		0x7065
#define PT_DEVICE		0x0001
#define PT_MSIX_VECTORS		64	/* default; -x changes it */
#define PT_MSI_VECTORS		8

/* BAR0: 64 KiB register BAR, 32-bit. */
#define PT_BAR0_SIZE		0x10000
#define PT_ID			0x00	/* RO: PT_ID_VALUE */
#define PT_ID_VALUE		0x50434945
#define PT_SCRATCH		0x08	/* RW, 64-bit */
#define PT_RTC			0x10	/* read returns the value, then clears */
#define PT_RTC_SET		0x18	/* write sets PT_RTC */
#define PT_ORDER		0x20	/* writes must be 0, 1, 2, ... */
#define PT_ORDER_COUNT		0x24	/* in-order writes seen; write resets */
#define PT_ORDER_ERR		0x28	/* out-of-order writes seen */
#define PT_IRQ			0x30	/* write (type << 16) | vector: raise */
#define PT_INTX_ACK		0x34	/* write: deassert INTx */
#define PT_DMA_LO		0x40
#define PT_DMA_HI		0x44
#define PT_DMA_LEN		0x48
#define PT_DMA_CMD		0x4c	/* write PT_CMD_*: runs the command */
#define PT_DMA_STATUS		0x50	/* 0 or a positive errno */
#define PT_DMA_RES_LO		0x54
#define PT_DMA_RES_HI		0x58
#define PT_DMA_SEED		0x5c
#define PT_SLOW_MS		0x60	/* delay before answering PT_SLOW */
#define PT_SLOW			0x64	/* read: answered after PT_SLOW_MS */
#define PT_BINDS		0x70	/* RO: driver binds seen */
#define PT_RESETS		0x74	/* RO: FLRs seen */
#define PT_CFG_WRITES		0x78	/* RO: watched config writes seen */
/* DMA map events the model received (PCIEM_EVENTS_DMA_MAP), logged */
#define PT_MAPEV_COUNT		0x80	/* read: logged; write: clear the log */
#define PT_MAPEV_SEL		0x84	/* write: entry the next reads show */
#define PT_MAPEV_TYPE		0x88	/* (type << 16) | flags */
#define PT_MAPEV_SEQ		0x8c
#define PT_MAPEV_ADDR_LO	0x90
#define PT_MAPEV_ADDR_HI	0x94
#define PT_MAPEV_LEN		0x98
#define PT_MAPEV_LOST		0x9c	/* sum of PCIEM_EV_DMA_LOST values */
#define PT_MAPEV_LOST_HDR	0xa0	/* ring header's count, since clear */
#define PT_SLEEP_MS		0xa4	/* write: the model sleeps this long */
#define PT_MAPEV_LOG		512	/* entries kept */
#define PT_SHADOW		0x100	/* 0x100..0x1ff shadowed, write-through */
#define PT_SHADOW_LEN		0x100
#define PT_RAM			0x1000	/* 0x1000..0x1fff plain memory */
#define PT_RAM_LEN		0x1000

#define PT_CMD_WRITE_PATTERN	1	/* DMA pattern(seed) to host */
#define PT_CMD_READ_SUM		2	/* DMA from host, result = byte sum */
#define PT_CMD_ADD32		3	/* atomic fetch-add 1 (32-bit) */
#define PT_CMD_ADD64		4	/* atomic fetch-add 1 (64-bit) */
#define PT_CMD_CAS64		5	/* cas seed -> ~seed */
#define PT_CMD_BENCH_TO_HOST	6	/* time DMA writes of len: ns in RES */
#define PT_CMD_BENCH_FROM_HOST	7	/* time DMA reads of len: ns in RES */
#define PT_CMD_BENCH_MEMCPY	8	/* time a memcpy of len in the model */
/* scatter-gather DMA (PCIEM_IOC_DMA_SG); addr/len cut in uneven pieces */
#define PT_CMD_SG_WRITE_PATTERN	9	/* pattern(seed) to host */
#define PT_CMD_SG_READ_SUM	10	/* from host, result = byte sum */
/* pattern(seed) across the mapped scatterlist, as its events said */
#define PT_CMD_SG_WRITE_LIVE	11
#define PT_CMD_SG_READ_LIVE	12	/* byte sum of the mapped scatterlist */
/* bad model buffers: 0 if all are refused and a VRAM buffer works */
#define PT_CMD_SG_BADBUF	13
/*
 * seed 1: a model thread SG-writes 0xab to the last single mapping it
 * heard of, over and over; seed 0 stops it, result = writes that landed
 */
#define PT_CMD_SG_RACE		16
#define PT_CMD_BENCH_SG_TO_HOST	14	/* len as 4 KiB segments, one call */
#define PT_CMD_BENCH_SG_FROM_HOST 15

/* BAR2: 64-bit register BAR holding the MSI-X table and PBA. */
#define PT_BAR2_SIZE		0x10000
#define PT_MSIX_TABLE		0x0000
#define PT_MSIX_PBA		0x8000

/* BAR4: 64-bit prefetchable memory BAR (shared RAM). */
#define PT_BAR4_SIZE		(16 << 20)	/* default; -m changes it */

/* PT_IRQ types (match the uAPI's PCIEM_IRQ_*) */
#define PT_IRQ_INTX		1
#define PT_IRQ_MSI		3
#define PT_IRQ_MSIX		4
#define PT_IRQ_VIA_IRQFD	9	/* the model signals its irqfd (vector 1) */

/* PT_MAPEV_TYPE (match the uAPI's PCIEM_EV_DMA_* and PCIEM_DMA_EV_*) */
#define PT_EV_MAP		9
#define PT_EV_UNMAP		10
#define PT_EV_BIDIR		0
#define PT_EV_TO_DEVICE		1
#define PT_EV_FROM_DEVICE	2
#define PT_EV_COHERENT		(1 << 2)
#define PT_EV_SG		(1 << 3)
#define PT_EV_SG_LAST		(1 << 4)

#endif
