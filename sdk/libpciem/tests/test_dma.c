// SPDX-License-Identifier: MIT
/*
 * DMA map events and scatter-gather DMA on the test host: the events a
 * model hears when the driver maps and unmaps, one call moving a list of
 * bus ranges to or from a list of buffers, the refusals, and models built
 * with the smaller struct pciem_ops of the first release.
 */
#include <errno.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "pciem/pciem.h"
#include "tap.h"

struct rec {
	struct pciem_event ev[16];
	int n;
	int errors;
};

static void r_map(void *ctx, const struct pciem_event *ev)
{
	struct rec *r = ctx;

	if (r->n < 16)
		r->ev[r->n] = *ev;
	r->n++;
}

static void r_error(void *ctx, const struct pciem_event *ev)
{
	(void)ev;
	((struct rec *)ctx)->errors++;
}

static const struct pciem_ops r_ops = { .error = r_error, .dma_map = r_map };

static int is_ev(const struct pciem_event *e, uint16_t type, uint16_t flags,
		 uint64_t addr, uint64_t len)
{
	return e->type == type && e->flags == flags && e->offset == addr &&
	       e->value == len;
}

static struct pciem_dev *open_plugged(const struct pciem_ops *ops,
				      size_t ops_size, void *ctx)
{
	struct pciem_desc d;
	struct pciem_dev *dev;

	pciem_desc_init(&d, 0x7065, 0x0d3a, 0xff0000);
	pciem_desc_bar(&d, 0, 0x1000, 0);
	dev = pciem_test_open_sized(&d, ops, ops_size, ctx);
	if (!dev || pciem_plug(dev)) {
		pciem_close(dev);
		return NULL;
	}
	/* the driver turns bus mastering on */
	pciem_test_config_write(dev, 0x04, 2, 0x0006);
	return dev;
}

static void events(void)
{
	struct rec r = { .n = 0 };
	struct pciem_dev *dev = open_plugged(&r_ops, sizeof(r_ops), &r);
	uint8_t a[100], b[200], c[50];
	uint64_t ba, bb, bc;

	CHECK(dev != NULL, "open a device with a dma_map callback");
	if (!dev)
		return;
	ba = pciem_test_dma_map(dev, a, sizeof(a), PCIEM_TEST_DMA_TO_DEVICE);
	bb = pciem_test_dma_map(dev, b, sizeof(b),
				PCIEM_TEST_DMA_FROM_DEVICE);
	bc = pciem_test_dma_map(dev, c, sizeof(c),
				PCIEM_TEST_DMA_BIDIRECTIONAL);
	CHECK(r.n == 3, "three maps, three events (%d)", r.n);
	CHECK(is_ev(&r.ev[0], PCIEM_EV_DMA_MAP, PCIEM_DMA_EV_TO_DEVICE, ba,
		    sizeof(a)), "map event: to-device range and length");
	CHECK(is_ev(&r.ev[1], PCIEM_EV_DMA_MAP, PCIEM_DMA_EV_FROM_DEVICE, bb,
		    sizeof(b)), "map event: from-device");
	CHECK(is_ev(&r.ev[2], PCIEM_EV_DMA_MAP, PCIEM_DMA_EV_BIDIRECTIONAL,
		    bc, sizeof(c)), "map event: bidirectional");
	pciem_test_dma_unmap(dev, bb);
	pciem_test_dma_unmap(dev, 0x12345);	/* never mapped: no event */
	CHECK(r.n == 4 && is_ev(&r.ev[3], PCIEM_EV_DMA_UNMAP,
				PCIEM_DMA_EV_FROM_DEVICE, bb, sizeof(b)),
	      "unmap event with the mapping's range and flags");
	pciem_close(dev);
}

static void sg(void)
{
	struct rec r = { .n = 0 };
	struct pciem_dev *dev = open_plugged(&r_ops, sizeof(r_ops), &r);
	uint8_t h1[300], h2[500], ro[64], out[1100], in[1100];
	struct pciem_dma_vec segs[3], many[PCIEM_DMA_SG_MAX + 1];
	struct iovec iov[3];
	uint64_t b1, b2, b3;
	int i, ok;

	CHECK(dev != NULL, "open for scatter-gather DMA");
	if (!dev)
		return;
	memset(h1, 0, sizeof(h1));
	memset(h2, 0, sizeof(h2));
	for (i = 0; i < 64; i++)
		ro[i] = i;
	b1 = pciem_test_dma_map(dev, h1, sizeof(h1),
				PCIEM_TEST_DMA_BIDIRECTIONAL);
	b2 = pciem_test_dma_map(dev, h2, sizeof(h2),
				PCIEM_TEST_DMA_FROM_DEVICE);
	b3 = pciem_test_dma_map(dev, ro, sizeof(ro), PCIEM_TEST_DMA_TO_DEVICE);
	for (i = 0; i < 800; i++)
		out[i] = i * 7 + 1;
	/* 800 bytes: 299 of h1 from byte 1, then 500 of h2, then 1 of h1 */
	segs[0] = (struct pciem_dma_vec){ b1 + 1, 299 };
	segs[1] = (struct pciem_dma_vec){ b2, 500 };
	segs[2] = (struct pciem_dma_vec){ b1, 1 };
	iov[0] = (struct iovec){ out, 3 };
	iov[1] = (struct iovec){ out + 3, 700 };
	iov[2] = (struct iovec){ out + 703, 97 };
	CHECK(!pciem_dma_writev(dev, segs, 3, iov, 3),
	      "writev of 3 buffers to 3 uneven segments: %s",
	      pciem_error(dev));
	CHECK(!memcmp(h1 + 1, out, 299) && !memcmp(h2, out + 299, 500) &&
	      h1[0] == out[799], "the bytes landed in order");

	/* read back h1 only (h2 is from-device: the device may not read) */
	memset(in, 0, sizeof(in));
	segs[0] = (struct pciem_dma_vec){ b1, 300 };
	iov[0] = (struct iovec){ in, 1 };
	iov[1] = (struct iovec){ in + 1, 299 };
	CHECK(!pciem_dma_readv(dev, segs, 1, iov, 2) &&
	      !memcmp(in, h1, 300), "readv of one segment into 2 buffers");
	segs[0] = (struct pciem_dma_vec){ b3, 64 };
	iov[0] = (struct iovec){ in, 64 };
	CHECK(!pciem_dma_readv(dev, segs, 1, iov, 1) && !memcmp(in, ro, 64),
	      "readv of a to-device mapping");

	/* refusals: nothing moves, and the errno says why */
	memset(h1, 0xaa, sizeof(h1));
	segs[0] = (struct pciem_dma_vec){ b1, 10 };
	segs[1] = (struct pciem_dma_vec){ b2 + 495, 10 };	/* half mapped */
	iov[0] = (struct iovec){ out, 20 };
	r.errors = 0;
	CHECK(pciem_dma_writev(dev, segs, 2, iov, 1) == -EFAULT &&
	      errno == EFAULT && r.errors == 1,
	      "a half-mapped segment: -EFAULT and a DMA error event");
	for (ok = 1, i = 0; i < 10; i++)
		ok &= h1[i] == 0xaa;
	CHECK(ok, "a refused list moves nothing, not even its good segments");
	segs[0] = (struct pciem_dma_vec){ b3, 8 };
	iov[0] = (struct iovec){ out, 8 };
	CHECK(pciem_dma_writev(dev, segs, 1, iov, 1) == -EFAULT,
	      "writing a to-device mapping: -EFAULT");
	segs[0] = (struct pciem_dma_vec){ b2, 8 };
	CHECK(pciem_dma_readv(dev, segs, 1, iov, 1) == -EFAULT,
	      "reading a from-device mapping: -EFAULT");
	segs[0] = (struct pciem_dma_vec){ b1 + 4096, 8 };
	CHECK(pciem_dma_readv(dev, segs, 1, iov, 1) == -EFAULT,
	      "an unmapped range: -EFAULT");
	segs[0] = (struct pciem_dma_vec){ b1, 0 };
	iov[0] = (struct iovec){ out, 0 };
	CHECK(pciem_dma_readv(dev, segs, 1, iov, 1) == -EINVAL,
	      "a zero-length segment: -EINVAL");
	segs[0] = (struct pciem_dma_vec){ ~0ULL - 3, 8 };
	iov[0] = (struct iovec){ out, 8 };
	CHECK(pciem_dma_readv(dev, segs, 1, iov, 1) == -EINVAL,
	      "a wrapping segment: -EINVAL");
	segs[0] = (struct pciem_dma_vec){ b1, 8 };
	iov[0] = (struct iovec){ out, 9 };
	CHECK(pciem_dma_readv(dev, segs, 1, iov, 1) == -EINVAL,
	      "totals differ: -EINVAL");
	segs[0] = (struct pciem_dma_vec){ 1ULL << 63, 1ULL << 62 };
	segs[1] = (struct pciem_dma_vec){ 1ULL << 62, 1ULL << 62 };
	segs[2] = (struct pciem_dma_vec){ 0, 1ULL << 62 };
	iov[0] = (struct iovec){ out, 8 };
	CHECK(pciem_dma_readv(dev, segs, 3, iov, 1) == -EINVAL,
	      "a total past 2^64: -EINVAL");
	CHECK(pciem_dma_readv(dev, segs, 0, iov, 1) == -EINVAL &&
	      pciem_dma_readv(dev, segs, 1, iov, 0) == -EINVAL &&
	      pciem_dma_readv(dev, segs, -1, iov, 1) == -EINVAL,
	      "empty or negative counts: -EINVAL");
	for (i = 0; i <= PCIEM_DMA_SG_MAX; i++)
		many[i] = (struct pciem_dma_vec){ b1, 1 };
	iov[0] = (struct iovec){ out, PCIEM_DMA_SG_MAX + 1 };
	CHECK(pciem_dma_readv(dev, many, PCIEM_DMA_SG_MAX + 1, iov, 1) ==
	      -E2BIG, "more than PCIEM_DMA_SG_MAX segments: -E2BIG");
	iov[0] = (struct iovec){ in, PCIEM_DMA_SG_MAX };
	CHECK(!pciem_dma_readv(dev, many, PCIEM_DMA_SG_MAX, iov, 1),
	      "exactly PCIEM_DMA_SG_MAX segments");
	pciem_test_config_write(dev, 0x04, 2, 0x0002);
	segs[0] = (struct pciem_dma_vec){ b1, 8 };
	iov[0] = (struct iovec){ out, 8 };
	CHECK(pciem_dma_readv(dev, segs, 1, iov, 1) == -EPERM,
	      "bus mastering off: -EPERM");
	pciem_close(dev);
}

/* struct pciem_ops as the first release declared it */
struct pciem_ops_v1 {
	uint64_t (*read)(void *ctx, int bar, uint64_t off, int size);
	void (*write)(void *ctx, int bar, uint64_t off, int size,
		      uint64_t value);
	void (*config_write)(void *ctx, uint32_t off, int size,
			     uint32_t value);
	void (*reset)(void *ctx);
	void (*bind)(void *ctx, int bound);
	void (*error)(void *ctx, const struct pciem_event *ev);
};

/* A model built with the first release's struct pciem_ops. */
static void old_ops(void)
{
	size_t old = sizeof(struct pciem_ops_v1);
	struct pciem_ops_v1 *v1 = malloc(old);	/* ASan sees an over-read */
	const struct pciem_ops *ops = (const void *)v1;
	struct rec r = { .n = 0 };
	struct pciem_dev *dev;
	uint8_t buf[16];
	struct pciem_desc d;

	CHECK(old == offsetof(struct pciem_ops, dma_map),
	      "struct pciem_ops only grew at its end");
	if (!v1)
		return;
	memset(v1, 0, old);
	v1->error = r_error;
	dev = open_plugged(ops, old, &r);
	CHECK(dev != NULL, "a model with the smaller ops struct opens");
	if (dev) {
		pciem_test_dma_map(dev, buf, sizeof(buf), 3);
		CHECK(r.n == 0, "and gets no map events");
		pciem_close(dev);
	}
	/* the entry point such a model links to */
	pciem_desc_init(&d, 0x7065, 0x0d3a, 0xff0000);
	pciem_desc_bar(&d, 0, 0x1000, 0);
	dev = (pciem_test_open)(&d, ops, &r);
	CHECK(dev != NULL && !pciem_plug(dev),
	      "pciem_test_open() as built against the old header");
	if (dev) {
		pciem_test_dma_map(dev, buf, sizeof(buf), 3);
		CHECK(r.n == 0, "reads only the old struct's callbacks");
		pciem_close(dev);
	}
	free(v1);
}

int main(void)
{
	events();
	sg();
	old_ops();
	return tap_failed ? 1 : 0;
}
