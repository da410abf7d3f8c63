/* SPDX-License-Identifier: MIT */
/*
 * Device descriptions around the kernel's limits, each a change to a valid
 * base description, with the field pciem_desc_check() must name ("" when
 * the description is valid).  The unit test checks the names; the VM test
 * (desc_vs_kernel) checks that the kernel gives the same verdict.
 */
#include <string.h>

#include "pciem/pciem.h"

static inline void desc_base(struct pciem_desc *d)
{
	pciem_desc_init(d, 0x7065, 0x00d0, 0xff0000);
	pciem_desc_bar(d, 0, 0x1000, 0);
}

struct desc_case {
	const char *what;
	const char *field;	/* "" = valid */
	void (*change)(struct pciem_desc *d);
};

#define DESC_CASE(name, fld, body)					\
	static void name(struct pciem_desc *d) { body; }
#define C(name, fld, body) DESC_CASE(dc_##name, fld, body)
#include "desc_cases.def"
#undef C
#define C(name, fld, body) { #name, fld, dc_##name },
static const struct desc_case desc_cases[] = {
#include "desc_cases.def"
};
#undef C
#undef DESC_CASE
