/* A growable little-endian byte buffer: every writer builds its file here. */
#ifndef QD_BUF_H
#define QD_BUF_H
#include <stddef.h>
#include <stdint.h>

struct buf {
	uint8_t *p;
	size_t len, cap;
};

void buf_bytes(struct buf *b, const void *data, size_t n);
void buf_zero(struct buf *b, size_t n);
void buf_u8(struct buf *b, unsigned v);
void buf_i16(struct buf *b, int v);
void buf_i32(struct buf *b, int32_t v);
void buf_f32(struct buf *b, float v);
void buf_put_i32(struct buf *b, size_t at, int32_t v);
void buf_name(struct buf *b, const char *s, size_t field);
int buf_save(const struct buf *b, const char *path);
void buf_free(struct buf *b);
/* Reads a whole file; returns NULL on failure. */
uint8_t *file_load(const char *path, size_t *len);
void die(const char *fmt, ...) __attribute__((noreturn, format(printf, 1, 2)));

#endif
