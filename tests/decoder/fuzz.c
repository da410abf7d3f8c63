// SPDX-License-Identifier: MIT
/*
 * Random byte strings through the decoder, each in a heap buffer of its
 * exact size (so AddressSanitizer catches any read past @avail).  The
 * first few thousand accepted instructions are printed as .byte lines, to
 * be assembled and compared with objdump by against_objdump.
 *   fuzz ITERATIONS SEED > accepted.s
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pciem_insn.h"

static const unsigned char likely[] = { 0x66, 0xf3, 0x64, 0x65, 0x2e, 0x3e,
	0x40, 0x41, 0x44, 0x48, 0x49, 0x4c, 0x4f, 0x88, 0x89, 0x8a, 0x8b,
	0xc6, 0xc7, 0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xaa, 0xab, 0x0f,
	0x63, 0xb6, 0xb7, 0xbe, 0xbf, 0xc3, 0x01, 0xf0, 0xf2, 0x67 };

int main(int argc, char **argv)
{
	long iters = argc > 1 ? atol(argv[1]) : 1000000;
	unsigned int seed = argc > 2 ? atoi(argv[2]) : 1;
	long i, accepted = 0, printed = 0;

	srand(seed);
	printf(".text\n");
	for (i = 0; i < iters; i++) {
		unsigned int n = 1 + rand() % 15, j;
		unsigned char *buf = malloc(n);
		struct pciem_insn in;

		for (j = 0; j < n; j++)
			buf[j] = (rand() & 1) ? likely[rand() % sizeof(likely)] :
				 rand() & 0xff;
		if (!pciem_insn_decode(buf, n, &in)) {
			if (in.len > n || !in.len)
				return fprintf(stderr, "bad length %u > %u\n",
					       in.len, n), 1;
			accepted++;
			if (printed < 5000) {
				printf(".byte ");
				for (j = 0; j < in.len; j++)
					printf("%s0x%02x", j ? "," : "", buf[j]);
				printf("\n");
				printed++;
			}
		}
		free(buf);
	}
	fprintf(stderr, "# fuzz: %ld random strings, %ld accepted\n", iters,
		accepted);
	return 0;
}
