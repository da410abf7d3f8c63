/* SPDX-License-Identifier: (GPL-2.0 WITH Linux-syscall-note) OR MIT */
/*
 * PCIem: PCIe devices defined by userspace.
 *
 * A device model opens /dev/pciem (CAP_SYS_ADMIN), describes its device
 * with PCIEM_IOC_CREATE, optionally declares shadowed register ranges and
 * watched config ranges, maps the event ring, then plugs the device with
 * PCIEM_IOC_PLUG.  The device lives until the file is closed; closing it
 * (or the model dying) surprise-removes the device.
 *
 * Register BARs are trapped: every driver access becomes an event in the
 * ring, in order.  Reads are synchronous: the model answers them by writing
 * the read's reply slot in the ring header.  Memory BARs are RAM shared
 * between the driver's mapping and the model's mmap().
 */
#ifndef _UAPI_LINUX_PCIEM_H
#define _UAPI_LINUX_PCIEM_H

#include <linux/types.h>
#include <linux/ioctl.h>

#define PCIEM_MAX_BARS		6
#define PCIEM_MAX_MSI		32
#define PCIEM_MAX_MSIX		2048
#define PCIEM_MAX_VENDOR_CAP	61	/* bytes after the 3-byte header */
#define PCIEM_MAX_CPUS		256	/* reply slots in the ring header */
#define PCIEM_RING_MIN_ENTRIES	64	/* struct pciem_desc.ring_entries */
#define PCIEM_RING_MAX_ENTRIES	(1u << 20)
#define PCIEM_READ_TIMEOUT_MAX	60000	/* struct pciem_desc.read_timeout_ms */

/* struct pciem_bar.flags */
#define PCIEM_BAR_64BIT		(1u << 0)
#define PCIEM_BAR_PREFETCH	(1u << 1)
#define PCIEM_BAR_MEMORY	(1u << 2)	/* shared RAM, not trapped */

#define PCIEM_BAR_MIN_SIZE	4096ULL
#define PCIEM_REG_BAR_MAX_SIZE	(256ULL << 20)	/* register (trapped) BARs */
#define PCIEM_MEM_BAR_MAX_SIZE	(1ULL << 30)	/* memory BARs */

struct pciem_bar {
	__u64 size;		/* 0 = unused; power of two, >= 4096 */
	__u32 flags;
	__u32 reserved;
};

/* struct pciem_desc.caps */
#define PCIEM_CAP_PM		(1u << 0)
#define PCIEM_CAP_EXP		(1u << 1)	/* PCI Express endpoint */
#define PCIEM_CAP_MSI		(1u << 2)
#define PCIEM_CAP_MSIX		(1u << 3)
#define PCIEM_CAP_VENDOR	(1u << 4)

/* struct pciem_desc.msi_flags */
#define PCIEM_MSI_64BIT		(1u << 0)
#define PCIEM_MSI_MASKABLE	(1u << 1)	/* per-vector masking */

/*
 * Every field has a fixed width and every hole is a named reserved field
 * the kernel requires to be zero, so the layout (280 bytes) is the same for
 * 32-bit and 64-bit models.
 */
struct pciem_desc {
	__u32 argsz;		/* sizeof(struct pciem_desc) */
	__u16 vendor;
	__u16 device;
	__u16 subsys_vendor;
	__u16 subsys_device;
	__u32 class_code;	/* 24 bits: base, sub, prog-if */
	__u8 revision;
	__u8 intx_pin;		/* 0 = none, 1..4 = INTA..INTD */
	__u16 caps;
	__u32 reserved1;	/* must be zero */
	struct pciem_bar bars[PCIEM_MAX_BARS];
	__u16 msi_vectors;	/* 1, 2, 4, 8, 16 or 32 */
	__u16 msi_flags;
	__u16 msix_vectors;	/* 1 .. 2048 */
	__u8 msix_table_bar;	/* register BAR holding the table */
	__u8 msix_pba_bar;	/* register BAR holding the PBA */
	__u32 msix_table_offset;	/* 8-byte aligned */
	__u32 msix_pba_offset;		/* 8-byte aligned */
	__u8 vendor_cap_len;	/* bytes of vendor_cap after the 3-byte header */
	__u8 reserved0[3];	/* must be zero */
	__u8 vendor_cap[PCIEM_MAX_VENDOR_CAP];
	__u8 reserved2[3];	/* must be zero */
	/* 0 = the module's default, else at most PCIEM_READ_TIMEOUT_MAX */
	__u32 read_timeout_ms;
	/* 0 = 16384, else a power of two from PCIEM_RING_MIN_ENTRIES to
	 * PCIEM_RING_MAX_ENTRIES
	 */
	__u32 ring_entries;
	__u32 reserved3;	/* must be zero */
	__u64 reserved[8];	/* must be zero */
};

/* Reads of [offset, offset + len) in a register BAR come from shared memory. */
#define PCIEM_SHADOW_WRITE_THROUGH	(1u << 0)	/* writes also update it */

struct pciem_shadow {
	__u32 bar;
	__u32 flags;
	__u64 offset;		/* 4-byte aligned */
	__u64 len;		/* multiple of 4 */
};

/* Config writes inside [offset, offset + len) are reported to the model. */
struct pciem_watch {
	__u32 offset;
	__u32 len;
};

struct pciem_info {
	__u32 domain;		/* PCI domain of the private host bridge */
	__u8 bus;
	__u8 devfn;
	__u16 reserved0;
	__u64 bar_addr[PCIEM_MAX_BARS];	/* bus addresses, valid after PLUG */
	__u64 ring_mmap_size;	/* bytes to mmap at offset PCIEM_MMAP_RING */
	__u32 ring_entries;
	__u32 reserved1;
};

/* Interrupts. */
#define PCIEM_IRQ_INTX_ASSERT	1
#define PCIEM_IRQ_INTX_DEASSERT	2
#define PCIEM_IRQ_MSI		3	/* vector = MSI vector */
#define PCIEM_IRQ_MSIX		4	/* vector = MSI-X table entry */
#define PCIEM_IRQ_AUTO		5	/* MSI-X, else MSI, else INTx pulse */

struct pciem_irq {
	__u32 type;
	__u32 vector;
};

/* An eventfd that raises an interrupt each time it is signalled. */
#define PCIEM_IRQFD_DEASSIGN	(1u << 0)

struct pciem_irqfd {
	__s32 fd;
	__u32 type;		/* PCIEM_IRQ_MSI, _MSIX, _AUTO or _INTX_ASSERT */
	__u32 vector;
	__u32 flags;
};

/* DMA between the model's memory and bus addresses the driver mapped. */
#define PCIEM_DMA_TO_HOST	1	/* device writes host memory */
#define PCIEM_DMA_FROM_HOST	2	/* device reads host memory */

struct pciem_dma {
	__u64 bus_addr;
	__u64 user_addr;	/* model buffer */
	__u64 len;
	__u32 dir;
	__u32 reserved;
};

/*
 * Scatter-gather DMA (PCIEM_IOC_DMA_SG): one call moves the bytes of a
 * list of bus ranges (segs) to or from a list of model buffers (bufs),
 * both taken in order as one stream; the two totals must be equal.  No
 * alignment is required and segments may be any length but zero.  The
 * model's buffers are pinned and copied page by page straight into the
 * driver's pages, each page checked against the driver's mappings while
 * the mapping lock is held, so an unmap racing the copy is either before
 * it (refused) or after it (the copy completed).  Buffers that cannot be
 * pinned (a memory BAR mapped into the model) go through a bounce buffer.
 *
 * Errors: EINVAL (bad direction, flags, zero-length or wrapping range,
 * totals differ), E2BIG (more than PCIEM_DMA_SG_MAX vectors in a list),
 * EFAULT (a list or a buffer is not the model's memory, or a bus range is
 * not mapped by the driver for this direction: nothing of the transfer
 * is done then, and a PCIEM_EV_DMA_ERROR event names the range), EPERM
 * (Bus Master Enable off), ENODEV (not plugged or gone), EINTR (the
 * model was killed during the transfer).  PCIEM_IOC_DMA is the same
 * transfer with one range and one buffer.
 */
#define PCIEM_DMA_SG_MAX	1024	/* vectors per list */

struct pciem_dma_vec {
	__u64 addr;		/* bus address, or model buffer address */
	__u64 len;
};

struct pciem_dma_sg {
	__u64 segs;		/* struct pciem_dma_vec[nsegs]: bus ranges */
	__u64 bufs;		/* struct pciem_dma_vec[nbufs]: model memory */
	__u32 nsegs;
	__u32 nbufs;
	__u32 dir;		/* PCIEM_DMA_TO_HOST or PCIEM_DMA_FROM_HOST */
	__u32 flags;		/* must be zero */
};

#define PCIEM_ATOMIC_FETCH_ADD	1
#define PCIEM_ATOMIC_SWAP	2
#define PCIEM_ATOMIC_CAS	3

struct pciem_dma_atomic {
	__u64 bus_addr;		/* naturally aligned */
	__u64 operand;		/* addend, new value, or CAS new value */
	__u64 compare;		/* CAS only */
	__u64 result;		/* out: the previous value */
	__u32 op;
	__u32 size;		/* 4 or 8 */
};

struct pciem_config_access {
	__u32 offset;
	__u32 size;		/* 1, 2 or 4 */
	__u32 value;
	__u32 reserved;
};

/*
 * Optional events, off by default (PCIEM_IOC_EVENTS, any time after
 * CREATE; the mask replaces the previous one).
 *
 * PCIEM_EVENTS_DMA_MAP: one PCIEM_EV_DMA_MAP for every range the driver
 * maps for the device (dma_map_single/page, each segment of dma_map_sg,
 * dma_alloc_coherent) and one PCIEM_EV_DMA_UNMAP when it goes.  They are
 * posted from the driver's own context (maybe an interrupt handler, with
 * locks held) before the map call returns, so they reach the model ahead
 * of any register write that hands the address to the device.  They never
 * wait: when the ring is full the event is dropped and counted in the
 * ring header's dma_events_lost, and the next map event that finds room
 * is preceded by a PCIEM_EV_DMA_LOST saying how many were dropped.
 */
#define PCIEM_EVENTS_DMA_MAP	(1u << 0)

struct pciem_events {
	__u32 mask;
	__u32 reserved;		/* must be zero */
};

#define PCIEM_IOC_MAGIC		0xEE
#define PCIEM_IOC_CREATE	_IOW(PCIEM_IOC_MAGIC, 0x00, struct pciem_desc)
#define PCIEM_IOC_SHADOW	_IOW(PCIEM_IOC_MAGIC, 0x01, struct pciem_shadow)
#define PCIEM_IOC_WATCH_CONFIG	_IOW(PCIEM_IOC_MAGIC, 0x02, struct pciem_watch)
#define PCIEM_IOC_PLUG		_IO(PCIEM_IOC_MAGIC, 0x03)
#define PCIEM_IOC_INFO		_IOR(PCIEM_IOC_MAGIC, 0x04, struct pciem_info)
#define PCIEM_IOC_IRQ		_IOW(PCIEM_IOC_MAGIC, 0x05, struct pciem_irq)
#define PCIEM_IOC_IRQFD		_IOW(PCIEM_IOC_MAGIC, 0x06, struct pciem_irqfd)
#define PCIEM_IOC_DMA		_IOW(PCIEM_IOC_MAGIC, 0x07, struct pciem_dma)
#define PCIEM_IOC_DMA_ATOMIC	_IOWR(PCIEM_IOC_MAGIC, 0x08, struct pciem_dma_atomic)
#define PCIEM_IOC_CONFIG_READ	_IOWR(PCIEM_IOC_MAGIC, 0x09, struct pciem_config_access)
#define PCIEM_IOC_CONFIG_WRITE	_IOW(PCIEM_IOC_MAGIC, 0x0a, struct pciem_config_access)
#define PCIEM_IOC_DMA_SG	_IOW(PCIEM_IOC_MAGIC, 0x0b, struct pciem_dma_sg)
#define PCIEM_IOC_EVENTS	_IOW(PCIEM_IOC_MAGIC, 0x0c, struct pciem_events)

/*
 * mmap offsets.  The ring is at 0; memory BAR n (or the shadow of register
 * BAR n) at PCIEM_MMAP_BAR(n).
 */
#define PCIEM_MMAP_RING		0ULL
#define PCIEM_MMAP_BAR(n)	(((__u64)(n) + 1) << 36)

/* Events, kernel to model. */
#define PCIEM_EV_MMIO_WRITE	1	/* bar, size, offset, value */
#define PCIEM_EV_MMIO_READ	2	/* bar, size, offset; reply in slot[cpu] */
#define PCIEM_EV_CONFIG_WRITE	3	/* size, offset, value (after the write) */
#define PCIEM_EV_RESET		4	/* function level reset */
#define PCIEM_EV_BIND		5	/* a driver bound */
#define PCIEM_EV_UNBIND		6	/* the driver unbound */
#define PCIEM_EV_READ_TIMEOUT	7	/* bar, size, offset: answered with ~0 */
#define PCIEM_EV_DMA_ERROR	8	/* offset = bus address, value = len */
/*
 * PCIEM_EVENTS_DMA_MAP only.  offset = bus address, value = length (for
 * dma_alloc_coherent, the whole allocation: a power-of-two number of
 * pages), flags = PCIEM_DMA_EV_*; a scatterlist gives one event per
 * segment, seq = the segment's index, the last one flagged _SG_LAST.
 */
#define PCIEM_EV_DMA_MAP	9
#define PCIEM_EV_DMA_UNMAP	10
#define PCIEM_EV_DMA_LOST	11	/* value = map events dropped */

/* struct pciem_event.flags of PCIEM_EV_DMA_MAP and _UNMAP */
#define PCIEM_DMA_EV_DIR_MASK		3u
#define PCIEM_DMA_EV_BIDIRECTIONAL	0u
#define PCIEM_DMA_EV_TO_DEVICE		1u	/* the device only reads */
#define PCIEM_DMA_EV_FROM_DEVICE	2u	/* the device only writes */
#define PCIEM_DMA_EV_COHERENT		(1u << 2)	/* dma_alloc_coherent */
#define PCIEM_DMA_EV_SG			(1u << 3)	/* dma_map_sg segment */
#define PCIEM_DMA_EV_SG_LAST		(1u << 4)

struct pciem_event {
	__u16 type;
	__u8 bar;
	__u8 size;
	__u16 cpu;		/* MMIO_READ: reply slot */
	__u16 flags;
	__u32 seq;		/* MMIO_READ: value to echo in the slot */
	__u32 reserved;
	__u64 offset;
	__u64 value;
};

/* One per CPU: the model answers the read with value, then seq. */
struct pciem_reply {
	__u64 value;
	__u32 seq;
	__u32 reserved;
};

/*
 * Ring header, at the start of the ring mapping.  The kernel produces at
 * tail, the model consumes at head; both count events modulo 2^32 and
 * index with (count & (entries - 1)).  Entries follow the header at
 * PCIEM_RING_EVENTS_OFFSET.
 */
struct pciem_ring_header {
	__u32 tail;		/* written by the kernel */
	__u32 entries;
	__u32 head;		/* written by the model */
	__u32 model_sleeping;	/* model sets before sleeping in poll() */
	__u32 dma_events_lost;	/* map events dropped on a full ring */
	__u32 reserved0;
	__u8 pad[40];
	struct pciem_reply reply[PCIEM_MAX_CPUS];
};

#define PCIEM_RING_EVENTS_OFFSET	8192

#endif /* _UAPI_LINUX_PCIEM_H */
