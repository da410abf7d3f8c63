/* SPDX-License-Identifier: MIT */
/* Minimal TAP output for the unit tests. */
#include <stdio.h>

static int tap_failed;

#define CHECK(cond, ...) do {						\
		int tap_ok_ = !!(cond);					\
		printf("%s - ", tap_ok_ ? "ok" : "not ok");		\
		printf(__VA_ARGS__);					\
		printf("\n");						\
		if (!tap_ok_)						\
			tap_failed++;					\
	} while (0)
