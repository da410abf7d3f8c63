// SPDX-License-Identifier: MIT
/* The device object: errors, event dispatch, and the public entry points. */
#include <errno.h>
#include <stddef.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* the exported entry points keep their names for models built earlier */
#undef pciem_open
#undef pciem_test_open

/* struct pciem_ops as the first release had it, before dma_map */
#define PCIEM_OPS_V1_SIZE	offsetof(struct pciem_ops, dma_map)

int pciem_fail(struct pciem_dev *dev, int err, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(dev->err, sizeof(dev->err), fmt, ap);
	va_end(ap);
	errno = err;
	return -err;
}

/* Why the last pciem_open() or pciem_test_open() in this thread failed. */
static __thread char open_err[256];

const char *pciem_error(const struct pciem_dev *dev)
{
	if (dev)
		return dev->err;
	return open_err[0] ? open_err : "no device";
}

int pciem_read_defer(struct pciem_dev *dev, struct pciem_read_later *r)
{
	const struct pciem_event *ev = dev->cur_read;

	if (!ev || dev->deferred)
		return pciem_fail(dev, EINVAL,
				  "pciem_read_defer() outside a read callback");
	r->cpu = ev->cpu;
	r->seq = ev->seq;
	r->bar = ev->bar;
	r->size = ev->size;
	r->offset = ev->offset;
	dev->deferred = 1;
	return 0;
}

int pciem_read_complete(struct pciem_dev *dev,
			const struct pciem_read_later *r, uint64_t value)
{
	if (r->cpu >= PCIEM_MAX_CPUS)
		return pciem_fail(dev, EINVAL, "not a deferred read");
	if (r->size < 8)
		value &= (1ULL << (8 * r->size)) - 1;
	return dev->be->complete(dev, r, value);
}

uint64_t pciem_dispatch(struct pciem_dev *dev, const struct pciem_event *ev)
{
	uint64_t v;

	switch (ev->type) {
	case PCIEM_EV_MMIO_READ:
		dev->cur_read = ev;
		dev->deferred = 0;
		v = dev->ops.read ? dev->ops.read(dev->ctx, ev->bar, ev->offset,
						  ev->size) : ~0ULL;
		dev->cur_read = NULL;
		return v;
	case PCIEM_EV_MMIO_WRITE:
		/* the kernel masks too: the model never sees stray high bits */
		v = ev->size < 8 ? ev->value & ((1ULL << (8 * ev->size)) - 1) :
				   ev->value;
		if (dev->ops.write)
			dev->ops.write(dev->ctx, ev->bar, ev->offset, ev->size,
				       v);
		break;
	case PCIEM_EV_CONFIG_WRITE:
		if (dev->ops.config_write)
			dev->ops.config_write(dev->ctx, ev->offset, ev->size,
					      ev->value);
		break;
	case PCIEM_EV_RESET:
		if (dev->ops.reset)
			dev->ops.reset(dev->ctx);
		break;
	case PCIEM_EV_BIND:
	case PCIEM_EV_UNBIND:
		if (dev->ops.bind)
			dev->ops.bind(dev->ctx, ev->type == PCIEM_EV_BIND);
		break;
	case PCIEM_EV_READ_TIMEOUT:
	case PCIEM_EV_DMA_ERROR:
		if (dev->ops.error)
			dev->ops.error(dev->ctx, ev);
		break;
	case PCIEM_EV_DMA_MAP:
	case PCIEM_EV_DMA_UNMAP:
	case PCIEM_EV_DMA_LOST:
		if (dev->ops.dma_map)
			dev->ops.dma_map(dev->ctx, ev);
		break;
	}
	return 0;
}

static struct pciem_dev *alloc_dev(const struct pciem_desc *d,
				   const struct pciem_ops *ops, size_t ops_size,
				   void *ctx)
{
	struct pciem_dev *dev = calloc(1, sizeof(*dev));

	if (!dev)
		return NULL;
	dev->desc = *d;
	/* callbacks past the caller's struct stay NULL */
	if (ops)
		memcpy(&dev->ops, ops, ops_size < sizeof(dev->ops) ?
		       ops_size : sizeof(dev->ops));
	dev->ctx = ctx;
	dev->fd = -1;
	return dev;
}

extern const struct pciem_backend pciem_kernel_backend;
extern const struct pciem_backend pciem_test_backend;
int pciem_kernel_init(struct pciem_dev *dev);
int pciem_test_init(struct pciem_dev *dev);

static struct pciem_dev *open_with(const struct pciem_desc *d,
				   const struct pciem_ops *ops, size_t ops_size,
				   void *ctx, int (*init)(struct pciem_dev *dev))
{
	struct pciem_dev *dev;
	char why[200];
	int ret;

	open_err[0] = 0;
	if (!d) {
		snprintf(open_err, sizeof(open_err), "no device description");
		errno = EINVAL;
		return NULL;
	}
	ret = pciem_desc_check(d, why, sizeof(why));
	if (ret) {
		snprintf(open_err, sizeof(open_err),
			 "bad device description: %s", why);
		errno = -ret;
		return NULL;
	}
	dev = alloc_dev(d, ops, ops_size, ctx);
	if (!dev) {
		snprintf(open_err, sizeof(open_err), "out of memory");
		errno = ENOMEM;
		return NULL;
	}
	ret = init(dev);
	if (ret) {
		snprintf(open_err, sizeof(open_err), "%s", dev->err);
		free(dev);
		errno = -ret;
		return NULL;
	}
	return dev;
}

struct pciem_dev *pciem_open_sized(const struct pciem_desc *d,
				   const struct pciem_ops *ops,
				   size_t ops_size, void *ctx)
{
	return open_with(d, ops, ops_size, ctx, pciem_kernel_init);
}

struct pciem_dev *pciem_test_open_sized(const struct pciem_desc *d,
					const struct pciem_ops *ops,
					size_t ops_size, void *ctx)
{
	return open_with(d, ops, ops_size, ctx, pciem_test_init);
}

/* Models built before pciem_open_sized() existed call these. */
struct pciem_dev *pciem_open(const struct pciem_desc *d,
			     const struct pciem_ops *ops, void *ctx)
{
	return open_with(d, ops, PCIEM_OPS_V1_SIZE, ctx, pciem_kernel_init);
}

struct pciem_dev *pciem_test_open(const struct pciem_desc *d,
				  const struct pciem_ops *ops, void *ctx)
{
	return open_with(d, ops, PCIEM_OPS_V1_SIZE, ctx, pciem_test_init);
}

void pciem_close(struct pciem_dev *dev)
{
	if (!dev)
		return;
	dev->be->close(dev);
	free(dev);
}

void *pciem_shadow(struct pciem_dev *dev, int bar, uint64_t off, uint64_t len,
		   int write_through)
{
	return dev->be->shadow(dev, bar, off, len, write_through);
}

int pciem_watch_config(struct pciem_dev *dev, uint32_t off, uint32_t len)
{
	return dev->be->watch(dev, off, len);
}

int pciem_plug(struct pciem_dev *dev)
{
	return dev->be->plug(dev);
}

void *pciem_bar(struct pciem_dev *dev, int bar)
{
	if (bar < 0 || bar >= PCIEM_MAX_BARS || !dev->desc.bars[bar].size) {
		pciem_fail(dev, EINVAL, "BAR%d does not exist", bar);
		return NULL;
	}
	return dev->be->bar(dev, bar);
}

int pciem_domain(struct pciem_dev *dev)
{
	return dev->domain;
}

int pciem_irq(struct pciem_dev *dev, uint32_t type, uint32_t vector)
{
	return dev->be->irq(dev, type, vector);
}

int pciem_dma_read(struct pciem_dev *dev, uint64_t addr, void *buf,
		   size_t len)
{
	return dev->be->dma(dev, addr, buf, len, 0);
}

int pciem_dma_write(struct pciem_dev *dev, uint64_t addr, const void *buf,
		    size_t len)
{
	return dev->be->dma(dev, addr, (void *)buf, len, 1);
}

/* The shape rules of PCIEM_IOC_DMA_SG, the same for both backends. */
static int vec_total(const struct pciem_dma_vec *v, uint32_t n,
		     uint64_t *total)
{
	uint32_t i;

	*total = 0;
	for (i = 0; i < n; i++) {
		if (!v[i].len || v[i].addr + v[i].len - 1 < v[i].addr ||
		    *total + v[i].len < *total)
			return -EINVAL;
		*total += v[i].len;
	}
	return 0;
}

static int dma_sg(struct pciem_dev *dev, const struct pciem_dma_vec *segs,
		  int nsegs, const struct iovec *iov, int iovcnt, int to_host)
{
	struct pciem_dma_vec small[16], *bufs = small;
	uint64_t seg_total, buf_total;
	int i, ret;

	if (nsegs <= 0 || iovcnt <= 0 || !segs || !iov)
		return pciem_fail(dev, EINVAL, "scatter-gather DMA: empty list");
	if (nsegs > PCIEM_DMA_SG_MAX || iovcnt > PCIEM_DMA_SG_MAX)
		return pciem_fail(dev, E2BIG,
				  "scatter-gather DMA: more than %d entries",
				  PCIEM_DMA_SG_MAX);
	if (iovcnt > (int)(sizeof(small) / sizeof(small[0]))) {
		bufs = calloc(iovcnt, sizeof(*bufs));
		if (!bufs)
			return pciem_fail(dev, ENOMEM, "out of memory");
	}
	for (i = 0; i < iovcnt; i++) {
		bufs[i].addr = (uintptr_t)iov[i].iov_base;
		bufs[i].len = iov[i].iov_len;
	}
	ret = vec_total(segs, nsegs, &seg_total);
	if (!ret)
		ret = vec_total(bufs, iovcnt, &buf_total);
	if (!ret && seg_total != buf_total)
		ret = -EINVAL;
	if (ret)
		ret = pciem_fail(dev, EINVAL,
				 "scatter-gather DMA: an empty or wrapping range, or the totals differ");
	else
		ret = dev->be->dma_sg(dev, segs, nsegs, bufs, iovcnt, to_host);
	if (bufs != small)
		free(bufs);
	return ret;
}

int pciem_dma_readv(struct pciem_dev *dev, const struct pciem_dma_vec *segs,
		    int nsegs, const struct iovec *iov, int iovcnt)
{
	return dma_sg(dev, segs, nsegs, iov, iovcnt, 0);
}

int pciem_dma_writev(struct pciem_dev *dev, const struct pciem_dma_vec *segs,
		     int nsegs, const struct iovec *iov, int iovcnt)
{
	return dma_sg(dev, segs, nsegs, iov, iovcnt, 1);
}

int pciem_dma_atomic(struct pciem_dev *dev, uint32_t op, uint32_t size,
		     uint64_t addr, uint64_t operand, uint64_t compare,
		     uint64_t *old)
{
	struct pciem_dma_atomic a = {
		.bus_addr = addr,
		.operand = operand,
		.compare = compare,
		.op = op,
		.size = size,
	};
	int ret = dev->be->atomic(dev, &a);

	if (!ret && old)
		*old = a.result;
	return ret;
}

int pciem_config_read(struct pciem_dev *dev, uint32_t off, int size,
		      uint32_t *value)
{
	return dev->be->cfg_read(dev, off, size, value);
}

int pciem_config_write(struct pciem_dev *dev, uint32_t off, int size,
		       uint32_t value)
{
	return dev->be->cfg_write(dev, off, size, value);
}

int pciem_fd(struct pciem_dev *dev)
{
	return dev->fd;
}

int pciem_poll(struct pciem_dev *dev, int timeout_ms)
{
	return dev->be->poll(dev, timeout_ms);
}

int pciem_run(struct pciem_dev *dev)
{
	int ret = 0;

	dev->stop = 0;
	while (!dev->stop) {
		ret = pciem_poll(dev, 100);
		if (ret < 0)
			break;
	}
	return ret == -ENODEV ? 0 : (ret < 0 ? ret : 0);
}

void pciem_stop(struct pciem_dev *dev)
{
	dev->stop = 1;
}
