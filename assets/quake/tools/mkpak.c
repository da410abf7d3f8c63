/* Writes a PACK file: mkpak OUT.pak DIR NAME... stores DIR/NAME as NAME. */
#include "buf.h"

#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
	struct buf out = { 0 };
	int32_t *pos, *len;
	int i, n = argc - 3;

	if (argc < 4)
		die("usage: mkpak OUT.pak DIR NAME...");
	if (n > 2048)
		die("mkpak: the engine reads at most 2048 files");
	pos = calloc((size_t)n, sizeof(*pos));
	len = calloc((size_t)n, sizeof(*len));
	buf_bytes(&out, "PACK", 4);
	buf_i32(&out, 0);
	buf_i32(&out, n * 64);
	for (i = 0; i < n; i++) {
		char path[1024];
		size_t l;
		uint8_t *d;

		snprintf(path, sizeof(path), "%s/%s", argv[2], argv[3 + i]);
		d = file_load(path, &l);
		if (!d)
			die("mkpak: cannot read %s", path);
		pos[i] = (int32_t)out.len;
		len[i] = (int32_t)l;
		buf_bytes(&out, d, l);
		free(d);
	}
	buf_put_i32(&out, 4, (int32_t)out.len);
	for (i = 0; i < n; i++) {
		buf_name(&out, argv[3 + i], 56);
		buf_i32(&out, pos[i]);
		buf_i32(&out, len[i]);
	}
	buf_save(&out, argv[1]);
	return 0;
}
