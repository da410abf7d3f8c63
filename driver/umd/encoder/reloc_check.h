/* Checks a submission's relocation list against its commands. */
#ifndef PPGL_RELOC_CHECK_H
#define PPGL_RELOC_CHECK_H

#include <stddef.h>
#include <stdint.h>
#include "transport.h"

/* 0 when r lists exactly the address dwords of cmds in order; else -1
 * and a reason in why. */
int ppgl_reloc_check(const uint32_t *cmds, size_t ndw,
		     const struct ppgl_reloc *r, size_t nr, char *why,
		     size_t whylen);

/* Whether [off, off + extent) lies inside one live VRAM allocation. */
typedef int (*ppgl_vram_live_fn)(void *opaque, uint32_t off,
				 uint64_t extent);

/* 0 when every VRAM address of cmds with a non-empty extent lies inside a
 * live allocation (as the kernel's checker bounds each relocated field by
 * its buffer); else -1 and a reason in why. */
int ppgl_reloc_bounds(const uint32_t *cmds, size_t ndw, ppgl_vram_live_fn live,
		      void *opaque, char *why, size_t whylen);

#endif
