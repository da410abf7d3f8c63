/* SPDX-License-Identifier: MIT */
/* libpciem internals: the device object and its backends. */
#ifndef PCIEM_INTERNAL_H
#define PCIEM_INTERNAL_H

#include <stdarg.h>

#include "pciem/pciem.h"

struct pciem_backend {
	void *(*shadow)(struct pciem_dev *dev, int bar, uint64_t off,
			uint64_t len, int wt);
	int (*watch)(struct pciem_dev *dev, uint32_t off, uint32_t len);
	int (*plug)(struct pciem_dev *dev);
	void *(*bar)(struct pciem_dev *dev, int bar);
	int (*irq)(struct pciem_dev *dev, uint32_t type, uint32_t vector);
	int (*dma)(struct pciem_dev *dev, uint64_t addr, void *buf, size_t len,
		   int to_host);
	/* shapes checked: counts, no empty or wrapping range, equal totals */
	int (*dma_sg)(struct pciem_dev *dev, const struct pciem_dma_vec *segs,
		      uint32_t nsegs, const struct pciem_dma_vec *bufs,
		      uint32_t nbufs, int to_host);
	int (*atomic)(struct pciem_dev *dev, struct pciem_dma_atomic *a);
	int (*cfg_read)(struct pciem_dev *dev, uint32_t off, int size,
			uint32_t *v);
	int (*cfg_write)(struct pciem_dev *dev, uint32_t off, int size,
			 uint32_t v);
	int (*poll)(struct pciem_dev *dev, int timeout_ms);
	int (*complete)(struct pciem_dev *dev, const struct pciem_read_later *r,
			uint64_t value);
	void (*close)(struct pciem_dev *dev);
};

struct pciem_dev {
	const struct pciem_backend *be;
	struct pciem_desc desc;
	struct pciem_ops ops;
	void *ctx;
	int fd;
	int domain;
	volatile int stop;
	char err[256];
	void *priv;		/* backend state */
	/* the read being dispatched, and whether its callback deferred it */
	const struct pciem_event *cur_read;
	int deferred;
};

int pciem_fail(struct pciem_dev *dev, int err, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* run one event through the model's callbacks; returns a read's value */
uint64_t pciem_dispatch(struct pciem_dev *dev, const struct pciem_event *ev);
/* consume the ring: handle events from head to tail, answer reads */
int pciem_ring_consume(struct pciem_dev *dev, struct pciem_ring_header *hdr,
		       struct pciem_event *events);

#endif
