/* How the GL driver reaches a card: a command channel, mapped VRAM and DMA
 * addresses for host buffers.  The in-process card is one transport; the
 * DRM device is another. */
#ifndef PPGL_TRANSPORT_H
#define PPGL_TRANSPORT_H

#include <stddef.h>
#include <stdint.h>

struct ppgl_transport {
	uint8_t *vram;		/* CPU mapping of the whole VRAM */
	size_t vram_size;
	/* Runs or queues commands; returns 0 or the card's error code. */
	int (*submit)(struct ppgl_transport *t, const uint32_t *cmds,
		      size_t ndw);
	/* Waits until every submitted command has completed. */
	int (*finish)(struct ppgl_transport *t);
	/* Bus address of a host buffer the card may DMA until finish(). */
	uint64_t (*dma_map)(struct ppgl_transport *t, void *p, size_t len);
	void (*destroy)(struct ppgl_transport *t);
};

struct ppgl_transport *ppgl_transport_inproc(size_t vram_size);

#endif
