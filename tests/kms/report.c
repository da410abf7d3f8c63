// SPDX-License-Identifier: MIT
/* One line per check; the runner parses these. */
#define _GNU_SOURCE
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "kms.h"

static int failures;

void kms_report(const char *name, enum kms_result r, const char *fmt, ...)
{
	static const char *const word[] = { "pass", "fail", "skip" };
	va_list ap;

	printf("%s %s", word[r], name);
	if (fmt) {
		printf(": ");
		va_start(ap, fmt);
		vprintf(fmt, ap);
		va_end(ap);
	}
	printf("\n");
	fflush(stdout);
	if (r == KMS_FAIL)
		failures++;
}

const char *kms_errname(int e)
{
	const char *s;

	if (e == 0)
		return "success";
	s = strerrorname_np(e);
	return s ? s : "unknown errno";
}

bool kms_expect(const char *name, int got, int want)
{
	if (got == want) {
		pass(name);
		return true;
	}
	fail(name, "got %s, want %s", kms_errname(got), kms_errname(want));
	return false;
}

int kms_failures(void)
{
	return failures;
}
