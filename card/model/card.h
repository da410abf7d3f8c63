/* The ProtoPCIem card as a libpciem device model: registers, the ring
 * executed on its own thread, fences, interrupts and the display engine.
 *
 * Threads: libpciem's callback thread (register accesses, FLR), the
 * execution thread (exec.c) and the display loop (pp_card_vblank,
 * pp_card_frame).  c->lock guards every register; the execution thread
 * drops it while a command runs, so register reads, vblanks and resets
 * never wait for a job.  VRAM is shared without a lock, as on real
 * hardware (a frame may show a half-drawn surface).
 */
#ifndef PP_CARD_H
#define PP_CARD_H

#include <pthread.h>
#include <stdint.h>
#include <pciem/pciem.h>
#include "../cp/cp.h"
#include "../include/protopciem/regs.h"

/* --fault modes (robustness tests of the kernel driver) */
#define PP_FAULT_GARBAGE_REGS	(1u << 0) /* identity, EDID, display regs random */
#define PP_FAULT_BAD_EDID	(1u << 1) /* broken EDID header and checksum */
#define PP_FAULT_IRQ_STORM	(1u << 2) /* every cause, often, mask ignored */
#define PP_FAULT_VBLANK_FLOOD	(1u << 3) /* vblanks at about 2 kHz */

/* The display engine's surface registers (armed or latched). */
struct pp_surface {
	uint32_t w, h, stride, format, base;
};

struct pp_card {
	struct pciem_dev *dev;
	uint8_t *vram;
	struct pp_cp cp;
	uint32_t faults;
	uint32_t rng;		/* garbage for PP_FAULT_GARBAGE_REGS */

	pthread_mutex_t lock;
	pthread_cond_t wake;	/* execution thread: work or reset */
	pthread_t thread;
	int thread_on, quit;
	int abort;		/* polled by the command processor */
	uint32_t gen;		/* bumped by every reset: stale work is dropped */
	int exec_busy;		/* a batch is being executed */
	int reset_engine;	/* RESET.ENGINE requested, not yet done */
	int reset_cp;		/* GL state reset owed by the execution thread */
	int reset_all;		/* ... of every context slot (full reset) */

	uint32_t irq_status, irq_mask;
	int intx_asserted;
	uint32_t ring_err_status, ring_err_addr, ring_err_ib;
	uint32_t reg_err_status, reg_err_addr;

	uint64_t ring_base;
	uint32_t ring_size, ring_head, ring_tail, ring_ctrl, ring_job;
	uint32_t ring_context;	/* RING_CONTEXT */
	int ring_stopped;	/* by a ring fault, until ERR_CLEAR */
	uint32_t *fetch;	/* commands fetched from the ring */

	uint64_t fence_addr, fence_last;
	uint32_t fence_ctrl;
	uint32_t hi_latch[3];	/* _HI halves latched by reading _LO */

	uint32_t disp_ctrl;
	struct pp_surface armed, active;
	int active_valid;	/* a surface was latched since reset */
	int commit_pending;
	uint32_t vblank_count;
	uint64_t vblank_time;
	uint32_t cur_base, cur_pos;
	uint32_t gamma[PP_GAMMA_SIZE];
	int connected;
	int snap_pending;
	uint32_t snap_tag, snap_count;
	uint8_t edid[256];
};

void pp_card_describe(struct pciem_desc *d);
/* Registers at their reset values, before pciem_plug() (a driver may
 * probe during it); faults: PP_FAULT_*.  pp_card_start() then gives the
 * card its VRAM (BAR2, known once plugged) and starts the execution
 * thread: ring work submitted before waits for it. */
int pp_card_init(struct pp_card *c, struct pciem_dev *dev, uint32_t faults);
int pp_card_start(struct pp_card *c, uint8_t *vram);
void pp_card_fini(struct pp_card *c);
extern const struct pciem_ops pp_card_ops;

/* card.c, shared with exec.c and display.c; called with c->lock held */
void pp_irq_raise(struct pp_card *c, int cause);
void pp_ring_error(struct pp_card *c, uint32_t code, uint32_t detail,
		   uint32_t addr, uint32_t ib);
void pp_reg_error(struct pp_card *c, uint32_t code, uint32_t detail,
		  uint32_t addr);
uint32_t pp_ring_status(const struct pp_card *c);

/* exec.c: the execution thread */
int pp_exec_start(struct pp_card *c);
void pp_exec_stop(struct pp_card *c);
void pp_exec_kick(struct pp_card *c);	/* c->lock held */

/* display.c: the timing generator and the monitor's picture */
uint64_t pp_card_clock(void);		/* CLOCK_MONOTONIC ns */
void pp_display_reset(struct pp_card *c);	/* c->lock held */
int pp_display_read(struct pp_card *c, uint32_t off, uint32_t *v);
int pp_display_write(struct pp_card *c, uint32_t off, uint32_t v);
/* One vertical blank: count, timestamp, latch a commit, interrupts. */
void pp_card_vblank(struct pp_card *c);
/* The picture the monitor shows now (scan-out, cursor, gamma) as
 * XRGB8888 into px (room for 4096 x 4096); black when scan-out is off or
 * the monitor is unplugged.  Returns 1 while scanning out. */
int pp_card_frame(struct pp_card *c, uint32_t *px, uint32_t *w, uint32_t *h);
/* A DISP_SNAPSHOT request: 1 and its tag, once per request. */
int pp_card_snapshot_request(struct pp_card *c, uint32_t *tag);
void pp_card_snapshot_done(struct pp_card *c);
/* Monitor plugged (1) or unplugged (0): raises HOTPLUG on a change. */
void pp_card_hotplug(struct pp_card *c, int connected);
/* PP_FAULT_IRQ_STORM: every cause at once, whatever IRQ_MASK says. */
void pp_card_irq_storm(struct pp_card *c);

void pp_edid_build(uint8_t edid[256]);

#endif
