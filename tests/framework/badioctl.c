// SPDX-License-Identifier: MIT
/*
 * Malformed requests to /dev/pciem must be refused with the right errno
 * and leave the kernel intact.
 *   pciem-badioctl open      exit 0 if open() works, else print errno
 *   pciem-badioctl           run every malformed-request check (TAP lines)
 */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <unistd.h>

#include <linux/pciem.h>

static int failures;

static void expect(const char *what, int ret, int want_errno)
{
	int e = ret < 0 ? errno : 0;

	if (e == want_errno) {
		printf("ok - %s: %s\n", what, want_errno ? strerror(e) : "ok");
	} else {
		printf("not ok - %s: got %s, want %s\n", what,
		       e ? strerror(e) : "success",
		       want_errno ? strerror(want_errno) : "success");
		failures++;
	}
}

static struct pciem_desc good(void)
{
	struct pciem_desc d = { .argsz = sizeof(d) };

	d.vendor = 0x7065;
	d.device = 0x00ff;
	d.class_code = 0xff0000;
	d.caps = PCIEM_CAP_MSIX;
	d.bars[0].size = 0x4000;
	d.msix_vectors = 4;
	d.msix_table_bar = 0;
	d.msix_table_offset = 0x1000;
	d.msix_pba_bar = 0;
	d.msix_pba_offset = 0x2000;
	return d;
}

static int dev_open(void)
{
	int fd = open("/dev/pciem", O_RDWR);

	if (fd < 0) {
		perror("open /dev/pciem");
		exit(1);
	}
	return fd;
}

static void bad_desc(const char *what, struct pciem_desc d)
{
	int fd = dev_open();

	expect(what, ioctl(fd, PCIEM_IOC_CREATE, &d), EINVAL);
	close(fd);
}

int main(int argc, char **argv)
{
	struct pciem_desc d;
	struct pciem_irq irq = { .type = PCIEM_IRQ_MSIX, .vector = 0 };
	struct pciem_dma dma = { .len = 16, .dir = PCIEM_DMA_TO_HOST };
	struct pciem_shadow sh = { .bar = 0, .offset = 0, .len = 4 };
	struct pciem_config_access ca = { .offset = 0, .size = 4 };
	struct pciem_irqfd ifd = { .fd = -1, .type = PCIEM_IRQ_MSIX };
	struct pciem_dma_vec sg_vec[2];
	struct pciem_dma_sg sg = {
		.segs = (uintptr_t)&sg_vec[0], .bufs = (uintptr_t)&sg_vec[1],
		.nsegs = 1, .nbufs = 1, .dir = PCIEM_DMA_TO_HOST };
	struct pciem_events ev = { .mask = PCIEM_EVENTS_DMA_MAP };
	char buf[64];
	void *p;
	int fd;

	if (argc > 1 && !strcmp(argv[1], "open")) {
		fd = open("/dev/pciem", O_RDWR);
		if (fd < 0) {
			printf("%s\n", strerror(errno));
			return 1;
		}
		return 0;
	}

	fd = dev_open();
	expect("unknown ioctl", ioctl(fd, _IO(PCIEM_IOC_MAGIC, 0x7f)), ENOTTY);
	expect("plug before create", ioctl(fd, PCIEM_IOC_PLUG), ENODEV);
	expect("irq before create", ioctl(fd, PCIEM_IOC_IRQ, &irq), ENODEV);
	expect("dma before create", ioctl(fd, PCIEM_IOC_DMA, &dma), ENODEV);
	sg_vec[0] = (struct pciem_dma_vec){ 0x1000, 16 };
	sg_vec[1] = (struct pciem_dma_vec){ (uintptr_t)buf, 16 };
	expect("SG DMA before create", ioctl(fd, PCIEM_IOC_DMA_SG, &sg),
	       ENODEV);
	expect("events before create", ioctl(fd, PCIEM_IOC_EVENTS, &ev),
	       ENODEV);
	expect("bad pointer", ioctl(fd, PCIEM_IOC_CREATE, (void *)8), EFAULT);
	p = mmap(NULL, 4096, PROT_READ, MAP_SHARED, fd, 0);
	expect("mmap before create", p == MAP_FAILED ? -1 : 0, ENODEV);
	close(fd);

	d = good();
	d.argsz = 12;
	bad_desc("wrong argsz", d);
	d = good();
	d.reserved[3] = 1;
	bad_desc("reserved field set", d);
	d = good();
	d.vendor = 0xffff;
	bad_desc("vendor 0xffff", d);
	d = good();
	d.class_code = 0x1000000;
	bad_desc("class over 24 bits", d);
	d = good();
	d.intx_pin = 5;
	bad_desc("INTx pin 5", d);
	d = good();
	d.caps |= 0x100;
	bad_desc("unknown capability", d);
	d = good();
	d.bars[1].size = 0x3000;
	bad_desc("BAR size not a power of two", d);
	d = good();
	d.bars[1].size = 0x800;
	bad_desc("BAR under 4 KiB", d);
	d = good();
	d.bars[1].size = 1ULL << 40;
	d.bars[1].flags = PCIEM_BAR_64BIT;
	bad_desc("register BAR too large", d);
	d = good();
	d.bars[5].size = 0x1000;
	d.bars[5].flags = PCIEM_BAR_64BIT;
	bad_desc("64-bit BAR in the last slot", d);
	d = good();
	d.bars[1].size = 0x1000;
	d.bars[1].flags = PCIEM_BAR_64BIT;
	d.bars[2].size = 0x1000;
	bad_desc("BAR overlapping a 64-bit BAR's upper half", d);
	d = good();
	d.bars[1].flags = 0x80;
	bad_desc("unknown BAR flag", d);
	d = good();
	d.msix_vectors = 4096;
	bad_desc("4096 MSI-X vectors", d);
	d = good();
	d.msix_table_offset = 0x3ff8;
	bad_desc("MSI-X table past the BAR", d);
	d = good();
	d.msix_table_bar = 3;
	bad_desc("MSI-X table in a missing BAR", d);
	d = good();
	d.msix_pba_offset = 0x1008;
	bad_desc("MSI-X PBA inside the table", d);
	d = good();
	d.msix_table_offset = 0x1004;
	bad_desc("MSI-X table misaligned", d);
	d = good();
	d.caps |= PCIEM_CAP_MSI;
	d.msi_vectors = 3;
	bad_desc("3 MSI vectors", d);
	d = good();
	d.caps |= PCIEM_CAP_MSI;
	d.msi_vectors = 64;
	bad_desc("64 MSI vectors", d);
	d = good();
	d.vendor_cap_len = 62;
	d.caps |= PCIEM_CAP_VENDOR;
	bad_desc("vendor capability too long", d);
	d = good();
	d.ring_entries = 1000;
	bad_desc("ring size not a power of two", d);

	/* a good device, but wrong requests against it */
	fd = dev_open();
	d = good();
	expect("create", ioctl(fd, PCIEM_IOC_CREATE, &d), 0);
	expect("create twice", ioctl(fd, PCIEM_IOC_CREATE, &d), EBUSY);
	sh.offset = 2;
	expect("shadow misaligned", ioctl(fd, PCIEM_IOC_SHADOW, &sh), EINVAL);
	sh.offset = 0x4000;
	expect("shadow past the BAR", ioctl(fd, PCIEM_IOC_SHADOW, &sh), EINVAL);
	sh.offset = 0;
	sh.bar = 1;
	expect("shadow of a missing BAR", ioctl(fd, PCIEM_IOC_SHADOW, &sh),
	       EINVAL);
	ca.offset = 2;
	expect("config read misaligned", ioctl(fd, PCIEM_IOC_CONFIG_READ, &ca),
	       EINVAL);
	ca.offset = 0x10;
	ca.value = 0;
	expect("model write to a BAR register",
	       ioctl(fd, PCIEM_IOC_CONFIG_WRITE, &ca), EPERM);
	ca.offset = 0x1000;
	expect("config beyond 4 KiB", ioctl(fd, PCIEM_IOC_CONFIG_READ, &ca),
	       EINVAL);
	expect("irq before plug", ioctl(fd, PCIEM_IOC_IRQ, &irq), ENODEV);
	expect("irqfd on a bad fd", ioctl(fd, PCIEM_IOC_IRQFD, &ifd), EBADF);
	ifd.fd = 0;
	ifd.flags = 0x10;
	expect("irqfd unknown flag", ioctl(fd, PCIEM_IOC_IRQFD, &ifd), EINVAL);
	p = mmap(NULL, 4096, PROT_READ, MAP_SHARED, fd, PCIEM_MMAP_BAR(0) + 4096);
	expect("mmap at a bad offset", p == MAP_FAILED ? -1 : 0, EINVAL);
	p = mmap(NULL, 4096, PROT_READ, MAP_SHARED, fd, PCIEM_MMAP_BAR(7));
	expect("mmap of BAR 6", p == MAP_FAILED ? -1 : 0, EINVAL);
	p = mmap(NULL, 1 << 30, PROT_READ, MAP_SHARED, fd, PCIEM_MMAP_RING);
	expect("mmap past the ring", p == MAP_FAILED ? -1 : 0, EINVAL);
	expect("plug", ioctl(fd, PCIEM_IOC_PLUG), 0);
	expect("plug twice", ioctl(fd, PCIEM_IOC_PLUG), EBUSY);
	expect("shadow after plug", ioctl(fd, PCIEM_IOC_SHADOW, &sh), EBUSY);
	irq.vector = 99;
	expect("irq vector out of range", ioctl(fd, PCIEM_IOC_IRQ, &irq),
	       EINVAL);
	irq.type = 77;
	expect("irq unknown type", ioctl(fd, PCIEM_IOC_IRQ, &irq), EINVAL);
	dma.user_addr = (uintptr_t)buf;
	dma.bus_addr = 0x1000;
	expect("DMA with bus mastering off", ioctl(fd, PCIEM_IOC_DMA, &dma),
	       EPERM);
	dma.dir = 9;
	expect("DMA unknown direction", ioctl(fd, PCIEM_IOC_DMA, &dma), EINVAL);
	dma.dir = PCIEM_DMA_TO_HOST;
	dma.bus_addr = ~0ULL - 4;
	expect("DMA wrapping around", ioctl(fd, PCIEM_IOC_DMA, &dma), EINVAL);
	expect("events: unknown bit", ioctl(fd, PCIEM_IOC_EVENTS,
	       &(struct pciem_events){ .mask = 2 }), EINVAL);
	expect("events: reserved field", ioctl(fd, PCIEM_IOC_EVENTS,
	       &(struct pciem_events){ .mask = 1, .reserved = 1 }), EINVAL);
	expect("events: DMA map events on", ioctl(fd, PCIEM_IOC_EVENTS, &ev),
	       0);
	sg_vec[0] = (struct pciem_dma_vec){ 0x1000, 16 };
	sg_vec[1] = (struct pciem_dma_vec){ (uintptr_t)buf, 16 };
	expect("SG DMA with bus mastering off",
	       ioctl(fd, PCIEM_IOC_DMA_SG, &sg), EPERM);
	sg.dir = 9;
	expect("SG DMA unknown direction", ioctl(fd, PCIEM_IOC_DMA_SG, &sg),
	       EINVAL);
	sg.dir = PCIEM_DMA_FROM_HOST;
	sg.flags = 1;
	expect("SG DMA unknown flag", ioctl(fd, PCIEM_IOC_DMA_SG, &sg), EINVAL);
	sg.flags = 0;
	sg.nsegs = 0;
	expect("SG DMA without segments", ioctl(fd, PCIEM_IOC_DMA_SG, &sg),
	       EINVAL);
	sg.nsegs = PCIEM_DMA_SG_MAX + 1;
	expect("SG DMA with 1025 segments", ioctl(fd, PCIEM_IOC_DMA_SG, &sg),
	       E2BIG);
	sg.nsegs = 0xffffffff;
	expect("SG DMA with 2^32-1 segments",
	       ioctl(fd, PCIEM_IOC_DMA_SG, &sg), E2BIG);
	sg.nsegs = 1;
	sg.nbufs = 0x80000000;
	expect("SG DMA with 2^31 buffers", ioctl(fd, PCIEM_IOC_DMA_SG, &sg),
	       E2BIG);
	sg.nbufs = 1;
	sg.segs = 8;
	expect("SG DMA segment list at a bad pointer",
	       ioctl(fd, PCIEM_IOC_DMA_SG, &sg), EFAULT);
	sg.segs = (uintptr_t)&sg_vec[0];
	sg.bufs = 0;
	expect("SG DMA buffer list at NULL", ioctl(fd, PCIEM_IOC_DMA_SG, &sg),
	       EFAULT);
	sg.bufs = (uintptr_t)&sg_vec[1];
	{
		char *two = mmap(NULL, 8192, PROT_READ | PROT_WRITE,
				 MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

		if (two == MAP_FAILED || mprotect(two + 4096, 4096, PROT_NONE))
			exit(1);
		memcpy(two + 4096 - sizeof(sg_vec[0]), &sg_vec[0],
		       sizeof(sg_vec[0]));
		sg.segs = (uintptr_t)(two + 4096 - sizeof(sg_vec[0]));
		sg.nsegs = 2;
		expect("SG DMA list running into an unmapped page",
		       ioctl(fd, PCIEM_IOC_DMA_SG, &sg), EFAULT);
		munmap(two, 8192);
		sg.segs = (uintptr_t)&sg_vec[0];
		sg.nsegs = 1;
	}
	sg_vec[0].len = 0;
	sg_vec[1].len = 0;
	expect("SG DMA zero-length segment", ioctl(fd, PCIEM_IOC_DMA_SG, &sg),
	       EINVAL);
	sg_vec[0] = (struct pciem_dma_vec){ ~0ULL - 7, 16 };
	sg_vec[1].len = 16;
	expect("SG DMA segment wrapping around",
	       ioctl(fd, PCIEM_IOC_DMA_SG, &sg), EINVAL);
	sg_vec[0] = (struct pciem_dma_vec){ 0x1000, 16 };
	sg_vec[1].len = 17;
	expect("SG DMA totals differ", ioctl(fd, PCIEM_IOC_DMA_SG, &sg),
	       EINVAL);
	{
		struct pciem_dma_vec two[2] = { { 0x1000, 1ULL << 63 },
						{ 0x1000, 1ULL << 63 } };

		sg.segs = (uintptr_t)two;
		sg.nsegs = 2;
		sg_vec[1].len = 16;
		expect("SG DMA total overflowing 64 bits",
		       ioctl(fd, PCIEM_IOC_DMA_SG, &sg), EINVAL);
		sg.segs = (uintptr_t)&sg_vec[0];
		sg.nsegs = 1;
	}
	sg_vec[1] = (struct pciem_dma_vec){ ~0ULL - 7, 16 };
	expect("SG DMA buffer wrapping around",
	       ioctl(fd, PCIEM_IOC_DMA_SG, &sg), EINVAL);
	{
		struct pciem_dma_atomic a = { .bus_addr = 0x1001, .op = 1,
					      .size = 4 };

		expect("atomic misaligned",
		       ioctl(fd, PCIEM_IOC_DMA_ATOMIC, &a), EINVAL);
		a.bus_addr = 0x1000;
		a.size = 2;
		expect("atomic of 2 bytes",
		       ioctl(fd, PCIEM_IOC_DMA_ATOMIC, &a), EINVAL);
	}
	close(fd);
	printf("# %d failed\n", failures);
	return failures ? 1 : 0;
}
