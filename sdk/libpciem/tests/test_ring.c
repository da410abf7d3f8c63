// SPDX-License-Identifier: MIT
/*
 * The ring consumer against a fake kernel ring in memory: order, reads
 * answered in the right CPU slot with value before sequence, wrap-around.
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "tap.h"

static uint64_t seen[64];
static int nseen;

static uint64_t r_read(void *ctx, int bar, uint64_t off, int size)
{
	(void)ctx;
	(void)size;
	return off * 10 + bar;
}

static void r_write(void *ctx, int bar, uint64_t off, int size, uint64_t v)
{
	(void)ctx;
	(void)bar;
	(void)off;
	(void)size;
	if (nseen < 64)
		seen[nseen++] = v;
}

int main(void)
{
	static const struct pciem_ops ops = { .read = r_read, .write = r_write };
	size_t size = PCIEM_RING_EVENTS_OFFSET + 64 * sizeof(struct pciem_event);
	struct pciem_ring_header *hdr = calloc(1, size);
	struct pciem_event *ev = (void *)((char *)hdr + PCIEM_RING_EVENTS_OFFSET);
	struct pciem_dev dev = { .ops = ops };
	uint32_t t;
	int i, ok = 1;

	hdr->entries = 64;
	/* start near the 32-bit wrap, so the counters overflow */
	hdr->head = hdr->tail = 0xffffffe0u;
	for (i = 0; i < 50; i++) {
		t = hdr->tail + i;
		ev[t & 63] = (struct pciem_event){
			.type = PCIEM_EV_MMIO_WRITE, .size = 4, .value = i };
	}
	hdr->tail += 50;
	CHECK(pciem_ring_consume(&dev, hdr, ev) == 50, "50 events consumed");
	for (i = 0; i < 50; i++)
		ok &= seen[i] == (uint64_t)i;
	CHECK(ok && nseen == 50, "writes delivered in order across the wrap");
	CHECK(hdr->head == hdr->tail, "head caught up with tail");

	t = hdr->tail;
	ev[t & 63] = (struct pciem_event){ .type = PCIEM_EV_MMIO_READ,
		.bar = 2, .size = 4, .cpu = 7, .seq = 1234, .offset = 5 };
	hdr->tail++;
	CHECK(pciem_ring_consume(&dev, hdr, ev) == 1, "read consumed");
	CHECK(hdr->reply[7].seq == 1234 && hdr->reply[7].value == 52,
	      "read answered in CPU 7's slot");
	CHECK(hdr->reply[6].seq == 0, "other slots untouched");

	t = hdr->tail;
	ev[t & 63] = (struct pciem_event){ .type = PCIEM_EV_MMIO_READ,
		.cpu = 999, .seq = 1 };
	hdr->tail++;
	CHECK(pciem_ring_consume(&dev, hdr, ev) < 0,
	      "a read from an impossible CPU is a protocol error: %s", dev.err);
	free(hdr);
	printf("# %d failed\n", tap_failed);
	return !!tap_failed;
}
