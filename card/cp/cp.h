/* The card's command processor: decodes and validates one command of the
 * stream and drives the GL engine and the blitter.  It is transport-free:
 * the card feeds it from the ring, the in-process test card from memory. */
#ifndef PP_CP_H
#define PP_CP_H

#include <stddef.h>
#include <stdint.h>
#include "../include/protopciem/regs.h"

struct pg_engine;

struct pp_cp_host {
	/* DMA to and from host memory; 0 on success, -1 when refused */
	int (*dma_read)(void *opaque, uint64_t bus, void *dst, size_t len);
	int (*dma_write)(void *opaque, uint64_t bus, const void *src,
			 size_t len);
	/* FENCE: 0, or a PP_ERR_* code (a refused write-back) */
	int (*fence)(void *opaque, uint64_t value);
	/* JOB: the marker's value, as the command begins */
	void (*job)(void *opaque, uint32_t id);
	void *opaque;
	/* CONTEXT: the slot made current (may be NULL) */
	void (*context)(void *opaque, uint32_t slot);
};

/* Returned by pp_cp_exec when the abort flag stopped a command early;
 * not an error code of the manual. */
#define PP_CP_ABORTED 0x100

struct pp_cp {
	struct pg_engine *gl;	/* the current context slot's engine */
	/* every context slot's GL state; NULL until first made current */
	struct pg_engine *ctx[PP_CONTEXTS];
	uint32_t cur;		/* current slot */
	uint8_t *vram;
	size_t vram_size;
	struct pp_cp_host host;
	uint8_t *scratch;	/* pixel transfers */
	size_t scratch_size;
	const int *abort;	/* pp_cp_set_abort() */
	uint32_t *ib;		/* the indirect buffer being executed */
	size_t ib_size;		/* bytes allocated */
	/* the last fault pp_cp_exec returned: RING_ERR_IB (0: not inside an
	 * IB) and RING_ERR_STATUS's detail (faulting class << 8 | opcode) */
	uint32_t err_ib, err_detail;
};

int pp_cp_init(struct pp_cp *cp, uint8_t *vram, size_t vram_size,
	       const struct pp_cp_host *host);
void pp_cp_fini(struct pp_cp *cp);
/* Every context slot to the initial GL state, slot 0 current (RESET.FULL,
 * FLR). */
void pp_cp_reset(struct pp_cp *cp);
/* The current slot only (RESET.ENGINE); the current slot stays. */
void pp_cp_reset_current(struct pp_cp *cp);
/* While *flag is non-zero, long commands stop early (PP_CP_ABORTED):
 * between primitives, rows and DMA chunks.  NULL: never. */
void pp_cp_set_abort(struct pp_cp *cp, const int *flag);

/* Executes the command at cmd (avail dwords available), as a ring command
 * (privileged: FENCE, JOB, INDIRECT, CONTEXT allowed).  Returns 0 or a
 * PP_ERR_* code, with err_ib and err_detail set; *used is the command's
 * size in dwords (header included) whenever its header could be read, so
 * a stopped ring can skip it. */
int pp_cp_exec(struct pp_cp *cp, const uint32_t *cmd, size_t avail,
	       size_t *used);

#endif
