/* State commands kept dirty until a command needs them.
 *
 * The GL calls that only set card state (enables, blend, depth, matrices,
 * materials, texture parameters ...) do not go to the card one command per
 * call: the encoder keeps the last value of each piece of state and emits
 * it when an order-dependent command follows (a draw, a clear, a pixel
 * transfer, a light position, a flush).  A piece of state the card already
 * holds with the same value is not sent again.
 *
 * A piece of state is one command's class, opcode and its first key dwords
 * (an enable's cap and unit, a material's face and parameter, ...): two
 * commands with the same key set the same state, so only the later one
 * matters.  Pending pieces are emitted in the order of their last change,
 * which keeps overlapping keys right (GL_FRONT_AND_BACK then GL_FRONT).
 */
#ifndef PPGL_DIRTY_STATE_H
#define PPGL_DIRTY_STATE_H

#include <stdint.h>

struct ctx;

#define PPGL_STATE_MAX_DW 34	/* header + polygon stipple (32) + 1 */
#define PPGL_PENDING_MAX 128
#define PPGL_SHADOW_SIZE 1024	/* entries, a power of two */

struct ppgl_state_cmd {
	uint32_t ndw;		/* header + payload; 0 = empty */
	uint32_t nkey;		/* payload dwords that are part of the key */
	uint32_t dw[PPGL_STATE_MAX_DW];
};

struct ppgl_dirty {
	/* the state command being written by the caller (ppgl_cmd returned
	 * its payload); classified when the next command starts */
	struct ppgl_state_cmd staged;
	int staged_valid;
	/* changed since the card last saw them, oldest change first */
	struct ppgl_state_cmd pending[PPGL_PENDING_MAX];
	unsigned int npending;
	/* what the card holds, by key (a cache: a miss only costs a
	 * command) */
	struct ppgl_state_cmd shadow[PPGL_SHADOW_SIZE];
	/* counters for tests and PPGL_DEBUG */
	uint64_t sent, elided;
};

/* The command buffer without the dirty state (cmd.c): how pending state
 * reaches the card. */
uint32_t *ppgl_cmd_raw(struct ctx *c, uint32_t cls, uint32_t op, uint32_t len);

#endif
