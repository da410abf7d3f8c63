// SPDX-License-Identifier: MIT
/* Links against the installed shared library and calls into it. */
#include <pciem/pciem.h>

int main(void)
{
	struct pciem_desc d;
	char why[128];

	pciem_desc_init(&d, 0x7065, 1, 0xff0000);
	pciem_desc_bar(&d, 0, 4096, 0);
	return pciem_desc_check(&d, why, sizeof(why)) != 0;
}
