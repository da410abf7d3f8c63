// SPDX-License-Identifier: MIT
/* The device object: errors, event dispatch, and the public entry points. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

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
	}
	return 0;
}

static struct pciem_dev *alloc_dev(const struct pciem_desc *d,
				   const struct pciem_ops *ops, void *ctx)
{
	struct pciem_dev *dev = calloc(1, sizeof(*dev));

	if (!dev)
		return NULL;
	dev->desc = *d;
	if (ops)
		dev->ops = *ops;
	dev->ctx = ctx;
	dev->fd = -1;
	return dev;
}

extern const struct pciem_backend pciem_kernel_backend;
extern const struct pciem_backend pciem_test_backend;
int pciem_kernel_init(struct pciem_dev *dev);
int pciem_test_init(struct pciem_dev *dev);

static struct pciem_dev *open_with(const struct pciem_desc *d,
				   const struct pciem_ops *ops, void *ctx,
				   int (*init)(struct pciem_dev *dev))
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
	dev = alloc_dev(d, ops, ctx);
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

struct pciem_dev *pciem_open(const struct pciem_desc *d,
			     const struct pciem_ops *ops, void *ctx)
{
	return open_with(d, ops, ctx, pciem_kernel_init);
}

struct pciem_dev *pciem_test_open(const struct pciem_desc *d,
				  const struct pciem_ops *ops, void *ctx)
{
	return open_with(d, ops, ctx, pciem_test_init);
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
