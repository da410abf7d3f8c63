/* How the GL driver reaches a card: a command channel, mapped VRAM and DMA
 * addresses for host buffers.  The in-process card is one transport; the
 * DRM device is another. */
#ifndef PPGL_TRANSPORT_H
#define PPGL_TRANSPORT_H

#include <stddef.h>
#include <stdint.h>

/* A submission's dword that holds an address: a VRAM offset, or the low
 * half of a bus address (the high half follows).  A kernel transport
 * turns these into relocations; the card never trusts a raw address from
 * a client.  A VRAM offset of a command with an empty extent (a texture
 * level of no size) is 0 and has no relocation. */
enum ppgl_reloc_kind {
	PPGL_RELOC_VRAM,
	PPGL_RELOC_BUS,
};

struct ppgl_reloc {
	uint32_t dw;		/* index in the submission */
	uint32_t kind;		/* enum ppgl_reloc_kind */
};

/* Direction of a host buffer the card reads or writes */
enum ppgl_dma_dir {
	PPGL_DMA_TO_CARD,	/* the card reads it (DRAW_PIXELS) */
	PPGL_DMA_FROM_CARD,	/* the card writes it (READ_PIXELS) */
};

/* Largest staged write (transport.stage) */
#define PPGL_STAGE_MAX (1u << 20)

struct ppgl_transport {
	uint8_t *vram;		/* CPU mapping of VRAM: offset off is vram + off */
	size_t vram_size;	/* bytes of offsets the transport hands out */
	/* Set when the transport hits an error GL reports as
	 * GL_OUT_OF_MEMORY (a lost context, a pixel transfer too big for
	 * DMA); the encoder raises it and clears the flag. */
	int gl_oom;
	/* Runs or queues commands; returns 0 or the card's error code.
	 * relocs lists every address dword of cmds, in order. */
	int (*submit)(struct ppgl_transport *t, const uint32_t *cmds,
		      size_t ndw, const struct ppgl_reloc *relocs,
		      size_t nrelocs);
	/* Waits until every submitted command has completed; buffers
	 * mapped FROM_CARD hold what the card wrote. */
	int (*finish)(struct ppgl_transport *t);
	/* Bus address of a host buffer the card may DMA until finish(). */
	uint64_t (*dma_map)(struct ppgl_transport *t, void *p, size_t len,
			    enum ppgl_dma_dir dir);
	/* Optional: VRAM owned by the transport (each allocation its own
	 * buffer); ~0u when out of memory.  NULL: the encoder's own
	 * allocator shares out [0, vram_size). */
	uint32_t (*vram_alloc)(struct ppgl_transport *t, uint32_t size);
	void (*vram_free)(struct ppgl_transport *t, uint32_t off);
	/* Optional: staged VRAM writes.  Host memory for len bytes (at
	 * most PPGL_STAGE_MAX) that an UPLOAD command copies into VRAM in
	 * command order; *bus is the UPLOAD's address (a PPGL_RELOC_BUS
	 * pair).  The memory belongs to the next submission: the caller
	 * has already reserved the UPLOAD in the command buffer.  NULL: no
	 * staging memory now (flush, then try again).  With stage set,
	 * dma_map(PPGL_DMA_TO_CARD) copies the data at once, so the
	 * caller's buffer is free on return.  Absent: the state tracker
	 * writes t->vram with the CPU once finish() has drained the card
	 * (the in-process card). */
	void *(*stage)(struct ppgl_transport *t, size_t len, uint64_t *bus);
	void (*destroy)(struct ppgl_transport *t);
};

struct ppgl_transport *ppgl_transport_inproc(size_t vram_size);
/* The protopciem render node; NULL without one (quiet unless say). */
struct ppgl_transport *ppgl_transport_drm(int say);
/* The transport PPGL_TRANSPORT=drm|inproc names; unset: the device when
 * a protopciem render node exists, else the in-process card with
 * inproc_vram bytes.  NULL (with a message) when the named one fails. */
struct ppgl_transport *ppgl_transport_open(size_t inproc_vram);

#endif
