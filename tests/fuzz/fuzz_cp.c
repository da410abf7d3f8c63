/* libFuzzer target: random command streams into the card's command
 * processor and GL engine.  Every input starts from a reset card with a
 * 64x64 render target; a failing command is skipped as the card does after
 * ERR_CLEAR.  DMA reaches a 64 KiB host window at bus address 0x10000,
 * which starts with a copy of the input, so an INDIRECT pointing there
 * runs part of the input as an indirect buffer. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "../../card/cp/cp.h"
#include "../../card/gl/pg.h"

#define VRAM (4u << 20)
#define HOST_BASE 0x10000u
#define HOST_SIZE 0x10000u

static uint8_t host[HOST_SIZE];

static int dma_read(void *o, uint64_t bus, void *dst, size_t len)
{
	(void)o;
	if (bus < HOST_BASE || len > HOST_SIZE || bus - HOST_BASE > HOST_SIZE - len)
		return -1;
	memcpy(dst, host + (bus - HOST_BASE), len);
	return 0;
}

static int dma_write(void *o, uint64_t bus, const void *src, size_t len)
{
	(void)o;
	if (bus < HOST_BASE || len > HOST_SIZE || bus - HOST_BASE > HOST_SIZE - len)
		return -1;
	memcpy(host + (bus - HOST_BASE), src, len);
	return 0;
}

static uint64_t fence_seen;

static int fence(void *o, uint64_t v)
{
	(void)o;
	fence_seen = v;
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct pp_cp cp;
	static uint8_t *vram;
	struct pp_cp_host h = { dma_read, dma_write, fence, NULL, NULL, NULL };
	size_t n = size / 4, off = 0, used;
	uint32_t *cmd;

	if (!vram) {
		vram = calloc(1, VRAM);
		if (!vram || pp_cp_init(&cp, vram, VRAM, &h))
			abort();
	}
	pp_cp_reset(&cp);
	pg_set_target(cp.gl, 0, 64 * 4, 64 * 64 * 4, 64 * 4, 64, 64);
	memset(host, 0x5a, sizeof(host));
	memcpy(host, data, size < HOST_SIZE ? size : HOST_SIZE);
	cmd = malloc(n * 4 + 4);
	if (!cmd)
		return 0;
	memcpy(cmd, data, n * 4);
	while (off < n) {
		pp_cp_exec(&cp, cmd + off, n - off, &used);
		if (!used)
			break;
		off += used;
	}
	free(cmd);
	return 0;
}
