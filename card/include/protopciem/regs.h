/* SPDX-License-Identifier: (GPL-2.0 WITH Linux-syscall-note) OR MIT */
/* ProtoPCIem register map, manual revision 1.1 (card/SPEC.md sections 1-4
 * and 7).  Shared by the card, its kernel driver and its GL driver; the
 * manual is the reference, the comments here are reminders.
 */
#ifndef PROTOPCIEM_REGS_H
#define PROTOPCIEM_REGS_H

#define PP_VENDOR		0x7065
#define PP_DEVICE		0x0100
#define PP_CLASS		0x030000
#define PP_BAR0_SIZE		0x10000
#define PP_VRAM_SIZE		(64u << 20)
#define PP_MSIX_VECTORS		8
#define PP_MSIX_TABLE		0x8000
#define PP_MSIX_PBA		0x9000

#define PP_ID_VALUE		0x50504d31	/* "PPM1" */
#define PP_REV_MAJOR		1
#define PP_REV_MINOR		1
#define PP_REV_VALUE		(PP_REV_MAJOR << 16 | PP_REV_MINOR)

/* Identification. */
#define PP_REG_ID		0x000	/* RO */
#define PP_REG_REV		0x004	/* RO major << 16 | minor */
#define PP_REG_CAPS		0x008	/* RO */
#define  PP_CAPS_GL		(1u << 0)
#define  PP_CAPS_DISPLAY	(1u << 1)
#define  PP_CAPS_EDID		(1u << 2)
#define  PP_CAPS_CURSOR		(1u << 3)
#define  PP_CAPS_GAMMA		(1u << 4)
#define  PP_CAPS_HOTPLUG	(1u << 5)
#define  PP_CAPS_CONTEXTS	(1u << 6) /* 1.1: INDIRECT, privilege, contexts */
#define PP_REG_VRAM_SIZE	0x00c	/* RO bytes */
#define PP_REG_CONTEXTS		0x014	/* RO number of context slots (1.1) */
#define PP_CONTEXTS		64

/* Reset.  FULL: every register to its reset value, display off, rings
 * stopped (as FLR, but the PCI function keeps its config space).  ENGINE:
 * abort the job being executed (between commands or inside a long one),
 * disable the ring, clear ring errors and the GL state of the current
 * context slot (the others and RING_CONTEXT are kept); the display, IRQ
 * mask, fence registers and VRAM are kept.  An engine reset is finished
 * when RING_STATUS.RESETTING reads 0 and raises RESET_DONE.
 */
#define PP_REG_RESET		0x010	/* WO */
#define  PP_RESET_FULL		(1u << 0)
#define  PP_RESET_ENGINE	(1u << 1)

/* Interrupts: bit n of the IRQ registers is cause n and MSI-X vector n;
 * with MSI or INTx all causes share vector 0 / pin A (level: asserted while
 * IRQ_STATUS & IRQ_MASK is non-zero).
 */
#define PP_REG_IRQ_STATUS	0x020	/* RW1C pending causes */
#define PP_REG_IRQ_MASK		0x024	/* RW 1 = cause delivered */
#define PP_REG_IRQ_FORCE	0x028	/* WO self-test: raise the causes written */
#define PP_IRQ_FENCE		0	/* a FENCE command completed */
#define PP_IRQ_VBLANK		1	/* a vertical blank began */
#define PP_IRQ_RING_ERROR	2	/* ring fault: RING_ERR_*; ring stopped */
#define PP_IRQ_FLIP		3	/* a DISP_COMMIT was latched */
#define PP_IRQ_REG_ERROR	4	/* register access error: REG_ERR_* */
#define PP_IRQ_HOTPLUG		5	/* DISP_STATUS.CONNECTED changed */
#define PP_IRQ_RESET_DONE	6	/* an engine reset finished */
#define PP_IRQ_COUNT		7
#define PP_IRQ_ALL		((1u << PP_IRQ_COUNT) - 1)
/* Rev 0.2 name of the ring-fault cause. */
#define PP_IRQ_ERROR		PP_IRQ_RING_ERROR

/* Errors.  Ring faults and register errors are recorded apart; each keeps
 * its first error until cleared.  Codes are PP_ERR_* (cmd.h / SPEC 6).
 */
#define PP_REG_RING_ERR_STATUS	0x030	/* RO code << 16 | detail */
#define PP_REG_RING_ERR_ADDR	0x034	/* RO ring byte offset of the command */
#define PP_REG_ERR_CLEAR	0x038	/* WO */
#define  PP_ERR_CLEAR_RING	(1u << 0) /* clear, resume at RING_HEAD */
#define  PP_ERR_CLEAR_REG	(1u << 1)
/* 1.1: a fault inside an indirect buffer: bit 31 | byte offset of the
 * faulting command in the IB (RING_ERR_ADDR is the INDIRECT's); 0 when
 * the fault was in the ring itself.  Cleared with the ring fault. */
#define PP_REG_RING_ERR_IB	0x03c	/* RO */
#define  PP_RING_ERR_IB_VALID	(1u << 31)
#define PP_REG_REG_ERR_STATUS	0x040	/* RO code << 16 | detail */
#define PP_REG_REG_ERR_ADDR	0x044	/* RO register offset */
/* Rev 0.2 names. */
#define PP_REG_ERR_STATUS	PP_REG_RING_ERR_STATUS
#define PP_REG_ERR_ADDR		PP_REG_RING_ERR_ADDR

/* Ring.  RING_HEAD is the byte offset of the next command to execute:
 * every command before it has completed, DMA writes included.  The ring
 * is empty when HEAD == TAIL, so at most RING_SIZE - 4 bytes are pending.
 * HEAD is writable only while the ring is disabled or STOPPED (to skip
 * the rest of a guilty job).  Base and size are locked while enabled.
 */
#define PP_REG_RING_BASE_LO	0x100	/* RW bus address, 4 KiB aligned */
#define PP_REG_RING_BASE_HI	0x104
#define PP_REG_RING_SIZE	0x108	/* RW power of two, 4 KiB - 4 MiB */
#define PP_REG_RING_HEAD	0x10c	/* RW while disabled or stopped */
#define PP_REG_RING_TAIL	0x110	/* RW doorbell */
#define PP_REG_RING_CTRL	0x114	/* RW */
#define  PP_RING_ENABLE		(1u << 0) /* 0 -> 1 sets HEAD = TAIL = 0 */
#define PP_REG_RING_STATUS	0x118	/* RO */
#define  PP_RING_STATE_MASK	0x3u
#define  PP_RING_IDLE		0u	/* disabled, or HEAD == TAIL */
#define  PP_RING_BUSY		1u	/* executing */
#define  PP_RING_STOPPED	2u	/* stopped by a ring fault */
#define  PP_RING_RESETTING	(1u << 8) /* engine reset in progress */
#define PP_REG_RING_JOB		0x11c	/* RO value of the last JOB command begun */

/* Fences: 64-bit values.  Reading a _LO half latches the _HI half. */
#define PP_REG_FENCE_ADDR_LO	0x120	/* RW bus address, 8-byte aligned */
#define PP_REG_FENCE_ADDR_HI	0x124
#define PP_REG_FENCE_LAST_LO	0x128	/* RO last completed fence value */
#define PP_REG_FENCE_LAST_HI	0x12c
#define PP_REG_FENCE_CTRL	0x130	/* RW */
#define  PP_FENCE_WRITEBACK	(1u << 0) /* write each value to FENCE_ADDR */
/* 1.1: the context slot whose GL state commands use (CONTEXT command). */
#define PP_REG_RING_CONTEXT	0x134	/* RO */
/* Rev 0.2 name. */
#define PP_REG_FENCE_LAST	PP_REG_FENCE_LAST_LO

/* Display engine.  WIDTH..BASE are armed values: they take effect together
 * at the first vblank after DISP_COMMIT is written, which raises FLIP.  The
 * timing generator runs at 60 Hz whether or not scan-out is enabled, so
 * vblanks count and commits latch while it is off.
 */
#define PP_REG_DISP_CTRL	0x200	/* RW, immediate */
#define  PP_DISP_ENABLE		(1u << 0) /* scan-out */
#define  PP_DISP_GAMMA		(1u << 1) /* apply GAMMA_LUT */
#define  PP_DISP_CURSOR		(1u << 2) /* show the cursor */
#define PP_REG_DISP_WIDTH	0x204	/* RW pixels, 64 - 4096 */
#define PP_REG_DISP_HEIGHT	0x208	/* RW lines, 64 - 4096 */
#define PP_REG_DISP_STRIDE	0x20c	/* RW bytes, multiple of 64, <= 16384 */
#define PP_REG_DISP_FORMAT	0x210	/* RW */
#define  PP_FMT_XRGB8888	1
#define  PP_FMT_RGB565		2
#define PP_REG_DISP_BASE	0x214	/* RW VRAM offset, 4 KiB aligned */
#define PP_REG_DISP_VBLANK_COUNT 0x218	/* RO vblanks since reset, low 32 bits */
#define PP_REG_DISP_COMMIT	0x21c	/* WO 1: latch armed set; RO 1: pending */
#define PP_REG_DISP_VBLANK_TIME_LO 0x220 /* RO card clock (ns) of last vblank */
#define PP_REG_DISP_VBLANK_TIME_HI 0x224
#define PP_REG_DISP_CLOCK_LO	0x228	/* RO card clock now (ns) */
#define PP_REG_DISP_CLOCK_HI	0x22c
#define PP_REG_DISP_ACTIVE_BASE	0x230	/* RO base being scanned out */
#define PP_REG_DISP_STATUS	0x234	/* RO */
#define  PP_DISP_CONNECTED	(1u << 0) /* monitor present (hot-plug) */
#define  PP_DISP_COMMIT_PENDING	(1u << 1)
#define  PP_DISP_SCANNING	(1u << 2) /* enabled with a valid surface */
#define PP_REG_DISP_SNAPSHOT	0x238	/* WO n: save the next frame as PNG
					   (tag n); RO snapshots written */
/* Hardware cursor: 64x64 ARGB8888 with premultiplied alpha (as DRM's
 * default blend mode and X cursors) at CUR_BASE, blended over the scan-out; position of its top-left pixel,
 * signed, may be partly off-screen.  Takes effect at the next frame.
 */
#define PP_REG_CUR_BASE		0x240	/* RW VRAM offset, 4 KiB aligned */
#define PP_REG_CUR_POS		0x244	/* RW x (s16) | y (s16) << 16 */
#define PP_CURSOR_SIZE		64
/* 256-entry gamma LUT, 0x00RRGGBB per entry, used with DISP_CTRL.GAMMA. */
#define PP_REG_GAMMA_LUT	0x400	/* 0x400 - 0x7ff */
#define PP_GAMMA_SIZE		256
#define PP_REG_EDID		0x300	/* RO 256 bytes at 0x300 - 0x3ff */

#endif
