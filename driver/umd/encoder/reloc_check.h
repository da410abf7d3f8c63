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

#endif
