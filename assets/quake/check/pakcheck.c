/* pakcheck PAK NAME...: the PACK header and directory are sound and every
 * NAME is stored, non-empty and inside the file. */
#include "rd.h"

int main(int argc, char **argv)
{
	long len;
	uint8_t *p;
	int32_t dofs, dlen, n, i, k;

	if (argc < 2) {
		fprintf(stderr, "usage: pakcheck PAK NAME...\n");
		return 2;
	}
	p = slurp(argv[1], &len);
	CHECK(len >= 12 && !memcmp(p, "PACK", 4), "magic");
	dofs = rd32(p + 4);
	dlen = rd32(p + 8);
	CHECK(dofs >= 12 && dlen >= 64 && dlen % 64 == 0 &&
		      (long)dofs + dlen <= len,
	      "directory %d+%d in %ld", dofs, dlen, len);
	if (failures)
		return 1;
	n = dlen / 64;
	CHECK(n <= 2048, "%d files, the engine reads 2048", n);
	for (i = 0; i < n; i++) {
		const uint8_t *e = p + dofs + i * 64;
		int32_t pos = rd32(e + 56), flen = rd32(e + 60);

		CHECK(memchr(e, 0, 56) != NULL, "entry %d name unterminated",
		      i);
		CHECK(pos >= 12 && flen >= 0 && (long)pos + flen <= dofs,
		      "%.56s at %d+%d outside the data", (const char *)e, pos,
		      flen);
		for (k = 0; e[k] && k < 56; k++)
			CHECK(e[k] != '\\' && (e[k] < 'A' || e[k] > 'Z'),
			      "%.56s: the engine asks for lower-case '/' names",
			      (const char *)e);
	}
	for (k = 2; k < argc; k++) {
		int found = 0;

		for (i = 0; i < n; i++) {
			const uint8_t *e = p + dofs + i * 64;

			if (!strncmp((const char *)e, argv[k], 56) &&
			    rd32(e + 60) > 0)
				found = 1;
		}
		CHECK(found, "%s missing or empty", argv[k]);
	}
	printf("pakcheck: %d files, %s\n", n, failures ? "FAILED" : "ok");
	return failures != 0;
}
