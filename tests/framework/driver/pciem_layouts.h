/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * The BAR-layout test device, shared by its driver (pciem_layouts.c) and
 * its model (tests/framework/layouts.c).  Any BAR layout: the subsystem
 * device ID has bit n set when BAR n is a memory BAR.
 *
 * Register BARs: a read of the dword at offset off returns
 * pciem_layouts_pattern(bar, off); the driver reads the first and the last
 * dword and writes ~pattern to the dword before the last one.
 * Memory BARs: the driver finds the first and last dwords zero (the
 * framework clears memory BARs), then writes the pattern there.
 */
#ifndef _PCIEM_LAYOUTS_H
#define _PCIEM_LAYOUTS_H

#include <linux/types.h>

#define PL_VENDOR	0x7065
#define PL_DEVICE	0x0002

static inline __u32 pciem_layouts_pattern(unsigned int bar, __u64 off)
{
	return (__u32)(0x9e3779b9u * (__u32)(off / 4 + 1)) ^ (bar << 28) ^
	       0x5a5au;
}

#endif /* _PCIEM_LAYOUTS_H */
