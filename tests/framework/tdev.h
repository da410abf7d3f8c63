/* SPDX-License-Identifier: MIT */
/*
 * A minimal device model for the layout test and the fuzzer: one open
 * /dev/pciem with a thread serving its ring.  Register reads answer
 * pciem_layouts_pattern(); the last write to each BAR is recorded.
 */
#ifndef TDEV_H
#define TDEV_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>

#include <linux/pciem.h>

struct tdev {
	int fd;
	void *ring;
	size_t ring_size;
	struct pciem_ring_header *hdr;
	struct pciem_event *events;
	pthread_t thread;
	int serving;
	atomic_int stop;
	pthread_mutex_t lock;		/* the write record */
	uint64_t wr_off[PCIEM_MAX_BARS];
	uint64_t wr_val[PCIEM_MAX_BARS];
	int wr_seen[PCIEM_MAX_BARS];
	struct pciem_desc desc;
	struct pciem_info info;
	char bdf[32];			/* after tdev_plug() */
};

/* Each returns 0 or a positive errno. */
int tdev_open(struct tdev *t);
int tdev_create(struct tdev *t, const struct pciem_desc *d);
int tdev_plug(struct tdev *t);
void tdev_close(struct tdev *t);

/* A description of the layout test device with no BARs yet. */
void tdev_desc_init(struct pciem_desc *d);

#endif
