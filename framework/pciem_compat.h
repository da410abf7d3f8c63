/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * Differences between the kernels we build for, probed by feature (a
 * macro or header the newer API brings), not by version number.
 */
#ifndef _PCIEM_COMPAT_H
#define _PCIEM_COMPAT_H

#include <linux/file.h>

/* 6.12 turned struct fd into an opaque word with an accessor. */
#ifndef fd_file
#define fd_file(f) ((f).file)
#endif

#endif /* _PCIEM_COMPAT_H */
