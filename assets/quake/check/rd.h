/* Little-endian reads for the checkers: independent of the writers' code so
 * a writer's mistake is not read back the same wrong way. */
#ifndef QD_RD_H
#define QD_RD_H
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int failures;

#define CHECK(cond, ...)                     \
	do {                                 \
		if (!(cond)) {               \
			printf("  FAIL: ");  \
			printf(__VA_ARGS__); \
			printf("\n");        \
			failures++;          \
		}                            \
	} while (0)

static inline int32_t rd32(const uint8_t *p)
{
	return (int32_t)((uint32_t)p[0] | (uint32_t)p[1] << 8 |
			 (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24);
}

static inline int16_t rd16(const uint8_t *p)
{
	return (int16_t)(p[0] | p[1] << 8);
}

static inline float rdf(const uint8_t *p)
{
	int32_t i = rd32(p);
	float f;

	memcpy(&f, &i, 4);
	return f;
}

static inline uint8_t *slurp(const char *path, long *len)
{
	FILE *f = fopen(path, "rb");
	uint8_t *p;

	if (!f) {
		printf("  FAIL: cannot open %s\n", path);
		exit(1);
	}
	fseek(f, 0, SEEK_END);
	*len = ftell(f);
	fseek(f, 0, SEEK_SET);
	p = malloc((size_t)*len + 1);
	if (!p || fread(p, 1, (size_t)*len, f) != (size_t)*len)
		exit(1);
	fclose(f);
	return p;
}

#endif
