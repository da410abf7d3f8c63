#include "buf.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void die(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(1);
}

static void grow(struct buf *b, size_t n)
{
	if (b->len + n <= b->cap)
		return;
	while (b->len + n > b->cap)
		b->cap = b->cap ? b->cap * 2 : 4096;
	b->p = realloc(b->p, b->cap);
	if (!b->p)
		die("out of memory");
}

void buf_bytes(struct buf *b, const void *data, size_t n)
{
	grow(b, n);
	memcpy(b->p + b->len, data, n);
	b->len += n;
}

void buf_zero(struct buf *b, size_t n)
{
	grow(b, n);
	memset(b->p + b->len, 0, n);
	b->len += n;
}

void buf_u8(struct buf *b, unsigned v)
{
	uint8_t c = (uint8_t)v;

	buf_bytes(b, &c, 1);
}

void buf_i16(struct buf *b, int v)
{
	uint8_t c[2] = { (uint8_t)v, (uint8_t)((unsigned)v >> 8) };

	buf_bytes(b, c, 2);
}

void buf_i32(struct buf *b, int32_t v)
{
	uint32_t u = (uint32_t)v;
	uint8_t c[4] = { (uint8_t)u, (uint8_t)(u >> 8), (uint8_t)(u >> 16),
			 (uint8_t)(u >> 24) };

	buf_bytes(b, c, 4);
}

void buf_f32(struct buf *b, float v)
{
	int32_t i;

	memcpy(&i, &v, 4);
	buf_i32(b, i);
}

void buf_put_i32(struct buf *b, size_t at, int32_t v)
{
	uint32_t u = (uint32_t)v;

	b->p[at] = (uint8_t)u;
	b->p[at + 1] = (uint8_t)(u >> 8);
	b->p[at + 2] = (uint8_t)(u >> 16);
	b->p[at + 3] = (uint8_t)(u >> 24);
}

/* A fixed-size, NUL-padded name field. */
void buf_name(struct buf *b, const char *s, size_t field)
{
	size_t n = strlen(s);

	if (n >= field)
		die("name too long for a %zu-byte field: %s", field, s);
	buf_bytes(b, s, n);
	buf_zero(b, field - n);
}

int buf_save(const struct buf *b, const char *path)
{
	FILE *f = fopen(path, "wb");

	if (!f || fwrite(b->p, 1, b->len, f) != b->len || fclose(f))
		die("cannot write %s", path);
	return 0;
}

void buf_free(struct buf *b)
{
	free(b->p);
	b->p = NULL;
	b->len = b->cap = 0;
}

uint8_t *file_load(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	uint8_t *p;
	long n;

	if (!f)
		return NULL;
	if (fseek(f, 0, SEEK_END) || (n = ftell(f)) < 0 ||
	    fseek(f, 0, SEEK_SET)) {
		fclose(f);
		return NULL;
	}
	p = malloc((size_t)n + 1);
	if (!p || fread(p, 1, (size_t)n, f) != (size_t)n) {
		free(p);
		fclose(f);
		return NULL;
	}
	p[n] = 0;
	fclose(f);
	*len = (size_t)n;
	return p;
}
