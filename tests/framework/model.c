// SPDX-License-Identifier: MIT
/*
 * Conformance test model: the device of tests/framework/driver/pciem_test_regs.h, written
 * directly against the /dev/pciem uAPI (no libpciem), so the suite tests
 * the kernel contract itself.
 *
 * Usage: pciem-test-model [-x vectors] [-t read_timeout_ms] [-m vram_mib]
 *        [-r ring_entries]
 * It asks for DMA map events and logs them for the driver to read back.
 * Prints "ready DOMAIN" once plugged; runs until killed or the device goes.
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#include <linux/pciem.h>

#include "driver/pciem_test_regs.h"

_Static_assert(PT_EV_MAP == PCIEM_EV_DMA_MAP &&
	       PT_EV_UNMAP == PCIEM_EV_DMA_UNMAP &&
	       PT_EV_TO_DEVICE == PCIEM_DMA_EV_TO_DEVICE &&
	       PT_EV_FROM_DEVICE == PCIEM_DMA_EV_FROM_DEVICE &&
	       PT_EV_COHERENT == PCIEM_DMA_EV_COHERENT &&
	       PT_EV_SG == PCIEM_DMA_EV_SG &&
	       PT_EV_SG_LAST == PCIEM_DMA_EV_SG_LAST, "register map = uAPI");

static int fd;
static struct pciem_ring_header *hdr;
static struct pciem_event *events;
static uint8_t *shadow;
static uint8_t ram[PT_RAM_LEN];
static uint64_t scratch, rtc, dma_addr, dma_res;
static uint32_t order_next, order_err, dma_len, dma_status, dma_seed;
static uint32_t slow_ms, binds, resets, cfg_writes;
static uint64_t vram_size;

/* DMA map events, as received */
struct mapev {
	uint16_t type;
	uint16_t flags;
	uint32_t seq;
	uint64_t addr;
	uint64_t len;
};
static struct mapev mapev[PT_MAPEV_LOG];
static uint32_t mapev_n, mapev_sel, mapev_lost, mapev_lost_base;
/* the scatterlist segments mapped now, by index */
static struct pciem_dma_vec live_sg[64];
static uint32_t live_sg_n;

static void die(const char *what)
{
	perror(what);
	exit(1);
}

static int irqfd = -1;

static void raise_irq(uint32_t type, uint32_t vector)
{
	uint64_t one = 1;

	if (type == PT_IRQ_VIA_IRQFD) {
		if (write(irqfd, &one, sizeof(one)) != sizeof(one))
			perror("model: irqfd");
		return;
	}
	struct pciem_irq irq = { .type = type, .vector = vector };

	if (ioctl(fd, PCIEM_IOC_IRQ, &irq))
		fprintf(stderr, "model: irq %u/%u: %s\n", type, vector,
			strerror(errno));
}

static int dma(uint64_t addr, void *buf, uint64_t len, uint32_t dir)
{
	struct pciem_dma d = {
		.bus_addr = addr,
		.user_addr = (uintptr_t)buf,
		.len = len,
		.dir = dir,
	};

	return ioctl(fd, PCIEM_IOC_DMA, &d) ? errno : 0;
}

static int dma_sg(const struct pciem_dma_vec *segs, uint32_t nsegs,
		  const struct pciem_dma_vec *bufs, uint32_t nbufs, uint32_t dir)
{
	struct pciem_dma_sg r = {
		.segs = (uintptr_t)segs,
		.bufs = (uintptr_t)bufs,
		.nsegs = nsegs,
		.nbufs = nbufs,
		.dir = dir,
	};

	return ioctl(fd, PCIEM_IOC_DMA_SG, &r) ? errno : 0;
}

/* [addr, addr + len) in up to three uneven pieces: 1, 1000, the rest */
static uint32_t cut(struct pciem_dma_vec *v, uint64_t addr, uint64_t len)
{
	uint64_t piece[3] = { 1, 1000, 0 };
	uint32_t n = 0, i;

	for (i = 0; i < 3 && len; i++) {
		uint64_t l = piece[i] && piece[i] < len ? piece[i] : len;

		v[n].addr = addr;
		v[n++].len = l;
		addr += l;
		len -= l;
	}
	return n;
}

/* a model buffer in two uneven pieces */
static uint32_t cut_buf(struct pciem_dma_vec *v, void *buf, uint64_t len)
{
	uint64_t first = len > 1 ? len / 3 + 1 : len;

	v[0].addr = (uintptr_t)buf;
	v[0].len = first;
	v[1].addr = (uintptr_t)buf + first;
	v[1].len = len - first;
	return len - first ? 2 : 1;
}

static uint8_t *vram_map;

/* Buffers the kernel must refuse, and one only a bounce can serve. */
static uint32_t sg_badbuf(void)
{
	struct pciem_dma_vec seg = { dma_addr, 16 }, buf = { 8, 16 };
	uint8_t ref[16];
	void *ro;

	if (dma_sg(&seg, 1, &buf, 1, PCIEM_DMA_FROM_HOST) != EFAULT)
		return 1;
	if (dma_sg(&seg, 1, &buf, 1, PCIEM_DMA_TO_HOST) != EFAULT)
		return 2;
	buf.addr = ~0ULL - 7;	/* wraps */
	if (dma_sg(&seg, 1, &buf, 1, PCIEM_DMA_FROM_HOST) != EINVAL)
		return 3;
	ro = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (ro == MAP_FAILED)
		return 4;
	buf.addr = (uintptr_t)ro;
	if (dma_sg(&seg, 1, &buf, 1, PCIEM_DMA_FROM_HOST) != EFAULT)
		return 5;
	munmap(ro, 4096);
	/* a memory BAR mapped into the model cannot be pinned */
	if (!vram_map) {
		vram_map = mmap(NULL, vram_size, PROT_READ | PROT_WRITE,
				MAP_SHARED, fd, PCIEM_MMAP_BAR(4));
		if (vram_map == MAP_FAILED) {
			vram_map = NULL;
			return 6;
		}
	}
	buf.addr = (uintptr_t)ref;
	if (dma_sg(&seg, 1, &buf, 1, PCIEM_DMA_FROM_HOST))
		return 7;
	buf.addr = (uintptr_t)vram_map + 4093;
	memset(vram_map + 4093, 0, 16);
	if (dma_sg(&seg, 1, &buf, 1, PCIEM_DMA_FROM_HOST))
		return 8;
	if (memcmp(ref, vram_map + 4093, 16))
		return 9;
	return 0;
}

/* the last single (not scatterlist) mapping, for the race thread */
static _Atomic uint64_t race_addr;
static _Atomic int race_run;
static pthread_t race_thread;
static uint64_t race_landed;

static void *race(void *arg)
{
	static uint8_t pattern[4096];
	struct pciem_dma_vec seg, buf = { (uintptr_t)pattern, 0 };

	(void)arg;
	memset(pattern, 0xab, sizeof(pattern));
	while (atomic_load(&race_run)) {
		seg.addr = atomic_load(&race_addr);
		seg.len = 64;
		buf.len = 64;
		if (seg.addr && !dma_sg(&seg, 1, &buf, 1, PCIEM_DMA_TO_HOST))
			race_landed++;
	}
	return NULL;
}

static void race_cmd(uint32_t start)
{
	if (start && !atomic_load(&race_run)) {
		race_landed = 0;
		atomic_store(&race_run, 1);
		dma_status = pthread_create(&race_thread, NULL, race, NULL);
		if (dma_status)
			atomic_store(&race_run, 0);
	} else if (!start && atomic_load(&race_run)) {
		atomic_store(&race_run, 0);
		pthread_join(race_thread, NULL);
		dma_res = race_landed;
		dma_status = 0;
	}
}

static void map_event(const struct pciem_event *ev)
{
	uint32_t i;

	if (!(ev->flags & PCIEM_DMA_EV_SG) &&
	    (ev->flags & PCIEM_DMA_EV_DIR_MASK) == PCIEM_DMA_EV_FROM_DEVICE)
		atomic_store(&race_addr,
			     ev->type == PCIEM_EV_DMA_MAP ? ev->offset : 0);

	if (ev->type == PCIEM_EV_DMA_LOST) {
		mapev_lost += ev->value;
		return;
	}
	if (mapev_n < PT_MAPEV_LOG)
		mapev[mapev_n] = (struct mapev){ ev->type, ev->flags, ev->seq,
						 ev->offset, ev->value };
	mapev_n++;
	if (!(ev->flags & PCIEM_DMA_EV_SG) || ev->seq >= 64)
		return;
	if (ev->type == PCIEM_EV_DMA_MAP) {
		live_sg[ev->seq].addr = ev->offset;
		live_sg[ev->seq].len = ev->value;
		if (ev->flags & PCIEM_DMA_EV_SG_LAST)
			live_sg_n = ev->seq + 1;
		return;
	}
	live_sg[ev->seq].len = 0;
	for (i = 0; i < live_sg_n && !live_sg[i].len; i++)
		;
	if (i == live_sg_n)
		live_sg_n = 0;
}

static int atomic_op(uint32_t op, uint32_t size, uint64_t operand,
		     uint64_t compare)
{
	struct pciem_dma_atomic a = {
		.bus_addr = dma_addr,
		.operand = operand,
		.compare = compare,
		.op = op,
		.size = size,
	};

	if (ioctl(fd, PCIEM_IOC_DMA_ATOMIC, &a))
		return errno;
	dma_res = a.result;
	return 0;
}

static uint64_t now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000000000ULL + ts.tv_nsec;
}

/* Average ns of one transfer of dma_len bytes (best of 3 rounds). */
static void bench(uint32_t cmd)
{
	uint8_t *a = malloc(dma_len), *b = malloc(dma_len);
	uint64_t best = ~0ULL, t;
	int round, i, n = dma_len >= (1 << 20) ? 8 : 64;
	uint32_t nsegs = (dma_len + 4095) / 4096, k;
	struct pciem_dma_vec *segs = calloc(nsegs, sizeof(*segs)), whole;

	if (!a || !b || !segs)
		die("malloc");
	for (k = 0; k < nsegs; k++) {
		segs[k].addr = dma_addr + 4096ULL * k;
		segs[k].len = k == nsegs - 1 ? dma_len - 4096ULL * k : 4096;
	}
	whole.addr = (uintptr_t)a;
	whole.len = dma_len;
	memset(a, 1, dma_len);
	memset(b, 2, dma_len);
	dma_status = 0;
	for (round = 0; round < 3; round++) {
		t = now_ns();
		for (i = 0; i < n && !dma_status; i++) {
			if (cmd == PT_CMD_BENCH_TO_HOST)
				dma_status = dma(dma_addr, a, dma_len,
						 PCIEM_DMA_TO_HOST);
			else if (cmd == PT_CMD_BENCH_FROM_HOST)
				dma_status = dma(dma_addr, a, dma_len,
						 PCIEM_DMA_FROM_HOST);
			else if (cmd == PT_CMD_BENCH_SG_TO_HOST)
				dma_status = dma_sg(segs, nsegs, &whole, 1,
						    PCIEM_DMA_TO_HOST);
			else if (cmd == PT_CMD_BENCH_SG_FROM_HOST)
				dma_status = dma_sg(segs, nsegs, &whole, 1,
						    PCIEM_DMA_FROM_HOST);
			else
				memcpy(i & 1 ? a : b, i & 1 ? b : a, dma_len);
		}
		t = (now_ns() - t) / n;
		if (t < best)
			best = t;
	}
	dma_res = best + (a[dma_len / 2] & 0);	/* keep the copies */
	free(segs);
	free(a);
	free(b);
}

static void dma_command(uint32_t cmd)
{
	struct pciem_dma_vec segs[64], bufs[3];
	uint32_t nsegs, nbufs;
	uint8_t *buf;
	uint64_t i, sum = 0;

	if (cmd == PT_CMD_ADD32) {
		dma_status = atomic_op(PCIEM_ATOMIC_FETCH_ADD, 4, 1, 0);
		return;
	}
	if (cmd == PT_CMD_ADD64) {
		dma_status = atomic_op(PCIEM_ATOMIC_FETCH_ADD, 8, 1, 0);
		return;
	}
	if (cmd == PT_CMD_CAS64) {
		dma_status = atomic_op(PCIEM_ATOMIC_CAS, 8, ~(uint64_t)dma_seed,
				       dma_seed);
		return;
	}
	if ((cmd >= PT_CMD_BENCH_TO_HOST && cmd <= PT_CMD_BENCH_MEMCPY) ||
	    cmd == PT_CMD_BENCH_SG_TO_HOST || cmd == PT_CMD_BENCH_SG_FROM_HOST) {
		bench(cmd);
		return;
	}
	if (cmd == PT_CMD_SG_RACE) {
		race_cmd(dma_seed);
		return;
	}
	if (cmd == PT_CMD_SG_BADBUF) {
		dma_status = sg_badbuf();
		return;
	}
	if (cmd == PT_CMD_SG_WRITE_LIVE || cmd == PT_CMD_SG_READ_LIVE) {
		if (!live_sg_n) {
			dma_status = ENOENT;
			return;
		}
		nsegs = live_sg_n;
		memcpy(segs, live_sg, nsegs * sizeof(*segs));
		for (dma_len = 0, i = 0; i < nsegs; i++)
			dma_len += segs[i].len;
	} else {
		nsegs = cut(segs, dma_addr, dma_len);
	}
	buf = malloc(dma_len ? dma_len : 1);
	if (!buf)
		die("malloc");
	if (cmd == PT_CMD_WRITE_PATTERN) {
		for (i = 0; i < dma_len; i++)
			buf[i] = (uint8_t)(i * 7 + dma_seed);
		dma_status = dma(dma_addr, buf, dma_len, PCIEM_DMA_TO_HOST);
	} else if (cmd == PT_CMD_READ_SUM) {
		dma_status = dma(dma_addr, buf, dma_len, PCIEM_DMA_FROM_HOST);
		for (i = 0; !dma_status && i < dma_len; i++)
			sum += buf[i];
		dma_res = sum;
	} else if (cmd == PT_CMD_SG_WRITE_PATTERN ||
		   cmd == PT_CMD_SG_WRITE_LIVE) {
		for (i = 0; i < dma_len; i++)
			buf[i] = (uint8_t)(i * 7 + dma_seed);
		nbufs = cut_buf(bufs, buf, dma_len);
		dma_status = dma_sg(segs, nsegs, bufs, nbufs,
				    PCIEM_DMA_TO_HOST);
	} else if (cmd == PT_CMD_SG_READ_SUM || cmd == PT_CMD_SG_READ_LIVE) {
		memset(buf, 0, dma_len);
		nbufs = cut_buf(bufs, buf, dma_len);
		dma_status = dma_sg(segs, nsegs, bufs, nbufs,
				    PCIEM_DMA_FROM_HOST);
		for (i = 0; !dma_status && i < dma_len; i++)
			sum += buf[i];
		dma_res = sum;
	} else {
		dma_status = EINVAL;
	}
	free(buf);
}

static uint64_t reg_read(int bar, uint64_t off, int size)
{
	uint64_t v = 0;

	if (bar != 0)
		return ~0ULL;
	if (off >= PT_RAM && off + size <= PT_RAM + PT_RAM_LEN) {
		memcpy(&v, ram + off - PT_RAM, size);
		return v;
	}
	switch (off) {
	case PT_ID:
		return PT_ID_VALUE;
	case PT_SCRATCH:
		return scratch;
	case PT_SCRATCH + 4:
		return scratch >> 32;
	case PT_RTC:
		v = rtc;
		rtc = 0;
		return v;
	case PT_ORDER_COUNT:
		return order_next;
	case PT_ORDER_ERR:
		return order_err;
	case PT_DMA_STATUS:
		return dma_status;
	case PT_DMA_RES_LO:
		return (uint32_t)dma_res;
	case PT_DMA_RES_HI:
		return dma_res >> 32;
	case PT_SLOW:
		usleep(slow_ms * 1000);
		return 0x5105;
	case PT_BINDS:
		return binds;
	case PT_RESETS:
		return resets;
	case PT_CFG_WRITES:
		return cfg_writes;
	case PT_MAPEV_COUNT:
		return mapev_n;
	case PT_MAPEV_LOST:
		return mapev_lost;
	case PT_MAPEV_LOST_HDR:
		return __atomic_load_n(&hdr->dma_events_lost,
				       __ATOMIC_RELAXED) - mapev_lost_base;
	}
	if (off >= PT_MAPEV_TYPE && off <= PT_MAPEV_LEN) {
		const struct mapev *e = &mapev[mapev_sel % PT_MAPEV_LOG];

		switch (off) {
		case PT_MAPEV_TYPE:
			return (uint32_t)e->type << 16 | e->flags;
		case PT_MAPEV_SEQ:
			return e->seq;
		case PT_MAPEV_ADDR_LO:
			return (uint32_t)e->addr;
		case PT_MAPEV_ADDR_HI:
			return e->addr >> 32;
		case PT_MAPEV_LEN:
			return e->len;
		}
	}
	return 0;
}

static void reg_write(int bar, uint64_t off, int size, uint64_t v)
{
	if (bar != 0)
		return;
	if (off >= PT_RAM && off + size <= PT_RAM + PT_RAM_LEN) {
		memcpy(ram + off - PT_RAM, &v, size);
		return;
	}
	switch (off) {
	case PT_SCRATCH:
		if (size == 8)
			scratch = v;
		else
			scratch = (scratch & ~0xffffffffULL) | (uint32_t)v;
		break;
	case PT_SCRATCH + 4:
		scratch = (scratch & 0xffffffffULL) | (v << 32);
		break;
	case PT_RTC_SET:
		rtc = v;
		break;
	case PT_ORDER:
		if (v == order_next)
			order_next++;
		else
			order_err++;
		break;
	case PT_ORDER_COUNT:
		order_next = 0;
		order_err = 0;
		break;
	case PT_IRQ:
		raise_irq(v >> 16, v & 0xffff);
		break;
	case PT_INTX_ACK:
		raise_irq(PCIEM_IRQ_INTX_DEASSERT, 0);
		break;
	case PT_DMA_LO:
		dma_addr = (dma_addr & ~0xffffffffULL) | (uint32_t)v;
		break;
	case PT_DMA_HI:
		dma_addr = (dma_addr & 0xffffffffULL) | (v << 32);
		break;
	case PT_DMA_LEN:
		dma_len = v;
		break;
	case PT_DMA_SEED:
		dma_seed = v;
		break;
	case PT_DMA_CMD:
		dma_command(v);
		break;
	case PT_SLOW_MS:
		slow_ms = v;
		break;
	case PT_MAPEV_COUNT:
		mapev_n = 0;
		mapev_lost = 0;
		mapev_lost_base = __atomic_load_n(&hdr->dma_events_lost,
						  __ATOMIC_RELAXED);
		break;
	case PT_MAPEV_SEL:
		mapev_sel = v;
		break;
	case PT_SLEEP_MS:
		usleep(v * 1000);
		break;
	}
}

static void handle(const struct pciem_event *ev)
{
	struct pciem_reply *r;

	switch (ev->type) {
	case PCIEM_EV_MMIO_WRITE:
		reg_write(ev->bar, ev->offset, ev->size, ev->value);
		break;
	case PCIEM_EV_MMIO_READ:
		r = &hdr->reply[ev->cpu];
		r->value = reg_read(ev->bar, ev->offset, ev->size);
		atomic_store_explicit((_Atomic uint32_t *)&r->seq, ev->seq,
				      memory_order_release);
		break;
	case PCIEM_EV_BIND:
		binds++;
		break;
	case PCIEM_EV_RESET:
		resets++;
		break;
	case PCIEM_EV_CONFIG_WRITE:
		cfg_writes++;
		break;
	case PCIEM_EV_DMA_MAP:
	case PCIEM_EV_DMA_UNMAP:
	case PCIEM_EV_DMA_LOST:
		map_event(ev);
		break;
	}
}

static void run(void)
{
	_Atomic uint32_t *tail = (_Atomic uint32_t *)&hdr->tail;
	_Atomic uint32_t *head = (_Atomic uint32_t *)&hdr->head;
	uint32_t mask = hdr->entries - 1;
	int idle = 0;

	for (;;) {
		uint32_t h = atomic_load_explicit(head, memory_order_relaxed);
		struct pollfd p = { .fd = fd, .events = POLLIN };

		if (h != atomic_load_explicit(tail, memory_order_acquire)) {
			handle(&events[h & mask]);
			atomic_store_explicit(head, h + 1, memory_order_release);
			idle = 0;
			continue;
		}
		/* spin briefly: reads are waiting on us with IRQs off */
		if (++idle < 20000)
			continue;
		if (poll(&p, 1, -1) < 0 && errno != EINTR)
			die("poll");
		if (p.revents & (POLLHUP | POLLERR))
			exit(0);
		idle = 0;
	}
}

static void *plug(void *arg)
{
	struct pciem_info info;

	(void)arg;
	if (ioctl(fd, PCIEM_IOC_PLUG))
		die("PCIEM_IOC_PLUG");
	if (ioctl(fd, PCIEM_IOC_INFO, &info))
		die("PCIEM_IOC_INFO");
	printf("ready %05x\n", info.domain);
	fflush(stdout);
	return NULL;
}

int main(int argc, char **argv)
{
	pthread_t plugger;
	struct pciem_desc d = { .argsz = sizeof(d) };
	struct pciem_shadow sh = {
		.bar = 0,
		.flags = PCIEM_SHADOW_WRITE_THROUGH,
		.offset = PT_SHADOW,
		.len = PT_SHADOW_LEN,
	};
	struct pciem_watch w = { .offset = 0x04 /* PCI_COMMAND */, .len = 2 };
	struct pciem_info info;
	void *ring;
	int c;

	uint32_t vectors = PT_MSIX_VECTORS;
	uint64_t vram = PT_BAR4_SIZE;

	d.read_timeout_ms = 1000;
	while ((c = getopt(argc, argv, "t:x:m:r:")) != -1) {
		if (c == 't')
			d.read_timeout_ms = atoi(optarg);
		else if (c == 'x')
			vectors = atoi(optarg);
		else if (c == 'm')
			vram = (uint64_t)atoi(optarg) << 20;
		else if (c == 'r')
			d.ring_entries = atoi(optarg);
		else
			return 2;
	}
	d.vendor = PT_VENDOR;
	d.device = PT_DEVICE;
	d.subsys_vendor = PT_VENDOR;
	d.subsys_device = 0x1234;
	d.class_code = 0xff0000;	/* unclassified device */
	d.revision = 3;
	d.intx_pin = 1;
	d.caps = PCIEM_CAP_PM | PCIEM_CAP_EXP | PCIEM_CAP_MSI |
		 PCIEM_CAP_MSIX | PCIEM_CAP_VENDOR;
	d.bars[0].size = PT_BAR0_SIZE;
	d.bars[2].size = PT_BAR2_SIZE;
	d.bars[2].flags = PCIEM_BAR_64BIT;
	d.bars[4].size = vram;
	d.bars[4].flags = PCIEM_BAR_64BIT | PCIEM_BAR_PREFETCH |
			  PCIEM_BAR_MEMORY;
	d.msi_vectors = PT_MSI_VECTORS;
	d.msi_flags = PCIEM_MSI_64BIT | PCIEM_MSI_MASKABLE;
	d.msix_vectors = vectors;
	d.msix_table_bar = 2;
	d.msix_table_offset = PT_MSIX_TABLE;
	d.msix_pba_bar = 2;
	d.msix_pba_offset = PT_MSIX_PBA;
	d.vendor_cap_len = 5;
	memcpy(d.vendor_cap, "PCIem", 5);

	fd = open("/dev/pciem", O_RDWR | O_CLOEXEC);
	if (fd < 0)
		die("open /dev/pciem");
	if (ioctl(fd, PCIEM_IOC_CREATE, &d))
		die("PCIEM_IOC_CREATE");
	if (ioctl(fd, PCIEM_IOC_SHADOW, &sh))
		die("PCIEM_IOC_SHADOW");
	if (ioctl(fd, PCIEM_IOC_WATCH_CONFIG, &w))
		die("PCIEM_IOC_WATCH_CONFIG");
	if (ioctl(fd, PCIEM_IOC_INFO, &info))
		die("PCIEM_IOC_INFO");
	{
		struct pciem_events e = { .mask = PCIEM_EVENTS_DMA_MAP };

		if (ioctl(fd, PCIEM_IOC_EVENTS, &e))
			die("PCIEM_IOC_EVENTS");
	}
	vram_size = vram;
	{
		struct pciem_irqfd r = { .type = PCIEM_IRQ_MSIX, .vector = 1 };

		irqfd = eventfd(0, EFD_CLOEXEC);
		r.fd = irqfd;
		if (irqfd < 0 || ioctl(fd, PCIEM_IOC_IRQFD, &r))
			die("PCIEM_IOC_IRQFD");
	}
	ring = mmap(NULL, info.ring_mmap_size, PROT_READ | PROT_WRITE,
		    MAP_SHARED, fd, PCIEM_MMAP_RING);
	if (ring == MAP_FAILED)
		die("mmap ring");
	hdr = ring;
	events = (void *)((char *)ring + PCIEM_RING_EVENTS_OFFSET);
	shadow = mmap(NULL, PT_BAR0_SIZE, PROT_READ | PROT_WRITE, MAP_SHARED,
		      fd, PCIEM_MMAP_BAR(0));
	if (shadow == MAP_FAILED)
		die("mmap shadow");
	/* Plugging binds the driver, whose probe talks to us: serve it. */
	if (pthread_create(&plugger, NULL, plug, NULL))
		die("pthread_create");
	run();
	return 0;
}
