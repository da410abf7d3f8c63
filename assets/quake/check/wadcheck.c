/* wadcheck WAD NAME...: the WAD2 header and directory are sound, conchars is
 * a raw 128x128 image, every other lump is a qpic whose size matches its
 * header, and every NAME is present. */
#include "rd.h"

#include <strings.h>

int main(int argc, char **argv)
{
	long len;
	uint8_t *p;
	int32_t n, dir, i, k;

	if (argc < 2) {
		fprintf(stderr, "usage: wadcheck WAD NAME...\n");
		return 2;
	}
	p = slurp(argv[1], &len);
	CHECK(len >= 12 && !memcmp(p, "WAD2", 4), "magic");
	n = rd32(p + 4);
	dir = rd32(p + 8);
	CHECK(n > 0 && dir >= 12 && (long)dir + (long)n * 32 <= len,
	      "directory %d entries at %d", n, dir);
	if (failures)
		return 1;
	for (i = 0; i < n; i++) {
		const uint8_t *e = p + dir + i * 32;
		int32_t pos = rd32(e), disk = rd32(e + 4), size = rd32(e + 8);
		const char *name = (const char *)e + 16;

		CHECK(memchr(name, 0, 16) != NULL, "lump %d name", i);
		CHECK(pos >= 12 && disk == size && (long)pos + size <= dir,
		      "%s at %d+%d", name, pos, size);
		CHECK(e[13] == 0, "%s compressed", name);
		if (!strcasecmp(name, "conchars")) {
			CHECK(size == 128 * 128 && e[12] != 66,
			      "conchars must be a raw 128x128 image");
		} else {
			int32_t w = rd32(p + pos), h = rd32(p + pos + 4);

			CHECK(e[12] == 66, "%s: type %d, not qpic", name,
			      e[12]);
			CHECK(w > 0 && h > 0 && w <= 320 && h <= 200 &&
				      size == 8 + w * h,
			      "%s: qpic %dx%d in %d bytes", name, w, h, size);
		}
	}
	for (k = 2; k < argc; k++) {
		int found = 0;

		for (i = 0; i < n; i++)
			if (!strcasecmp((const char *)p + dir + i * 32 + 16,
					argv[k]))
				found = 1;
		CHECK(found, "lump %s missing", argv[k]);
	}
	printf("wadcheck: %d lumps, %s\n", n, failures ? "FAILED" : "ok");
	return failures != 0;
}
