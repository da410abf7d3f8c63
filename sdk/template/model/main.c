// SPDX-License-Identifier: MIT
/* hello-model: serve the hello device to the kernel until killed. */
#include <stdio.h>

#include "hello.h"

int main(void)
{
	struct hello h = { 0 };
	struct pciem_desc d;

	hello_describe(&d);
	h.dev = pciem_open(&d, &hello_ops, &h);
	if (!h.dev)
		return 1;
	if (pciem_plug(h.dev)) {
		fprintf(stderr, "hello-model: %s\n", pciem_error(h.dev));
		return 1;
	}
	printf("ready %05x\n", pciem_domain(h.dev));
	fflush(stdout);
	return pciem_run(h.dev) ? 1 : 0;
}
