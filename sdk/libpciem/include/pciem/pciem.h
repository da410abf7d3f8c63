/* SPDX-License-Identifier: MIT */
/*
 * libpciem: write a PCIe device model in C.
 *
 * Describe the device (pciem_desc_*), give callbacks for what the driver
 * does to it (struct pciem_ops), open it against the kernel (pciem_open)
 * or against the in-process test host (pciem_test_open), then serve it
 * with pciem_run() or pciem_poll().  The same model code runs on both.
 *
 * Errors: functions return a negative errno (or NULL with errno set) and
 * pciem_error() says what went wrong in words; pciem_error(NULL) says why
 * the calling thread's last pciem_open() or pciem_test_open() failed.  The
 * library never prints anything itself.
 */
#ifndef PCIEM_PCIEM_H
#define PCIEM_PCIEM_H

#include <stddef.h>
#include <stdint.h>
#include <sys/uio.h>

#include <linux/pciem.h>

#ifdef __cplusplus
extern "C" {
#endif

struct pciem_dev;

/*
 * What the driver did.  Any callback may be NULL.  New callbacks are added
 * at the end only; pciem_open() and pciem_test_open() pass the size of the
 * struct the model was built with, so a model built against an older
 * header keeps working with a newer library.
 */
struct pciem_ops {
	/* register BAR read: return the value (size 1, 2, 4 or 8) */
	uint64_t (*read)(void *ctx, int bar, uint64_t off, int size);
	/* register BAR write, in the order the driver issued them */
	void (*write)(void *ctx, int bar, uint64_t off, int size,
		      uint64_t value);
	/* a write to a watched config range (value after the write) */
	void (*config_write)(void *ctx, uint32_t off, int size,
			     uint32_t value);
	/* function level reset */
	void (*reset)(void *ctx);
	/* a driver bound (1) or unbound (0) */
	void (*bind)(void *ctx, int bound);
	/* PCIEM_EV_READ_TIMEOUT or PCIEM_EV_DMA_ERROR */
	void (*error)(void *ctx, const struct pciem_event *ev);
	/*
	 * The driver mapped (PCIEM_EV_DMA_MAP) or unmapped (_UNMAP) the bus
	 * range ev->offset, length ev->value, flags PCIEM_DMA_EV_* (direction,
	 * coherent, scatterlist segment ev->seq); or PCIEM_EV_DMA_LOST: the
	 * ring was full and ev->value such events were dropped before this
	 * point.  Setting it asks for these events.  A map arrives before
	 * any register write the driver makes after mapping.
	 */
	void (*dma_map)(void *ctx, const struct pciem_event *ev);
};

/* ---- describing a device ---- */
void pciem_desc_init(struct pciem_desc *d, uint16_t vendor, uint16_t device,
		     uint32_t class_code);
int pciem_desc_bar(struct pciem_desc *d, int bar, uint64_t size,
		   uint32_t flags);
int pciem_desc_msi(struct pciem_desc *d, int vectors, uint32_t flags);
int pciem_desc_msix(struct pciem_desc *d, int vectors, int table_bar,
		    uint32_t table_off, int pba_bar, uint32_t pba_off);
int pciem_desc_vendor_cap(struct pciem_desc *d, const void *data,
			  size_t len);
/* 0, or -EINVAL with the reason in @why */
int pciem_desc_check(const struct pciem_desc *d, char *why, size_t len);

/* ---- opening ---- */
struct pciem_dev *pciem_open(const struct pciem_desc *d,
			     const struct pciem_ops *ops, void *ctx);
struct pciem_dev *pciem_test_open(const struct pciem_desc *d,
				  const struct pciem_ops *ops, void *ctx);
/* what the two above expand to: @ops_size is sizeof(struct pciem_ops) */
struct pciem_dev *pciem_open_sized(const struct pciem_desc *d,
				   const struct pciem_ops *ops,
				   size_t ops_size, void *ctx);
struct pciem_dev *pciem_test_open_sized(const struct pciem_desc *d,
					const struct pciem_ops *ops,
					size_t ops_size, void *ctx);
#define pciem_open(d, ops, ctx) \
	pciem_open_sized((d), (ops), sizeof(struct pciem_ops), (ctx))
#define pciem_test_open(d, ops, ctx) \
	pciem_test_open_sized((d), (ops), sizeof(struct pciem_ops), (ctx))
void pciem_close(struct pciem_dev *dev);
const char *pciem_error(const struct pciem_dev *dev);

/* before pciem_plug(): shared memory answering reads of the range */
void *pciem_shadow(struct pciem_dev *dev, int bar, uint64_t off,
		   uint64_t len, int write_through);
int pciem_watch_config(struct pciem_dev *dev, uint32_t off, uint32_t len);
int pciem_plug(struct pciem_dev *dev);
/* after pciem_plug(): a memory BAR's RAM */
void *pciem_bar(struct pciem_dev *dev, int bar);
/* PCI domain number of the device (kernel), or 0 (test host) */
int pciem_domain(struct pciem_dev *dev);

/* ---- what the device does ---- */
int pciem_irq(struct pciem_dev *dev, uint32_t type, uint32_t vector);
int pciem_dma_read(struct pciem_dev *dev, uint64_t addr, void *buf,
		   size_t len);
int pciem_dma_write(struct pciem_dev *dev, uint64_t addr, const void *buf,
		    size_t len);
/*
 * Scatter-gather DMA in one call: the bus ranges @segs, taken in order,
 * to or from the model's buffers @iov.  Both totals must be equal; at
 * most PCIEM_DMA_SG_MAX entries in each list.  The kernel copies straight
 * between the pinned buffers and the driver's pages.  Errors as for
 * PCIEM_IOC_DMA_SG in <linux/pciem.h>: a range the driver did not map
 * for that direction moves nothing and gives -EFAULT.
 */
int pciem_dma_readv(struct pciem_dev *dev, const struct pciem_dma_vec *segs,
		    int nsegs, const struct iovec *iov, int iovcnt);
int pciem_dma_writev(struct pciem_dev *dev, const struct pciem_dma_vec *segs,
		     int nsegs, const struct iovec *iov, int iovcnt);
int pciem_dma_atomic(struct pciem_dev *dev, uint32_t op, uint32_t size,
		     uint64_t addr, uint64_t operand, uint64_t compare,
		     uint64_t *old);
int pciem_config_read(struct pciem_dev *dev, uint32_t off, int size,
		      uint32_t *value);
int pciem_config_write(struct pciem_dev *dev, uint32_t off, int size,
		       uint32_t value);

/*
 * Answering a read later.  A read callback that cannot answer at once calls
 * pciem_read_defer() (its return value is then ignored) and later, from any
 * thread, pciem_read_complete().  The driver's CPU waits meanwhile, at most
 * the device's read timeout (then it reads all-ones and the model gets
 * PCIEM_EV_READ_TIMEOUT); other events keep flowing.
 */
struct pciem_read_later {
	uint32_t cpu;		/* the waiting CPU's reply slot */
	uint32_t seq;
	int bar;
	int size;
	uint64_t offset;
};
int pciem_read_defer(struct pciem_dev *dev, struct pciem_read_later *r);
int pciem_read_complete(struct pciem_dev *dev,
			const struct pciem_read_later *r, uint64_t value);

/* ---- serving ---- */
int pciem_fd(struct pciem_dev *dev);	/* poll it for POLLIN */
/* handle pending events, waiting up to @timeout_ms (-1: forever) for one;
 * returns events handled, or -ENODEV once the device is gone */
int pciem_poll(struct pciem_dev *dev, int timeout_ms);
int pciem_run(struct pciem_dev *dev);	/* until pciem_stop() or gone */
void pciem_stop(struct pciem_dev *dev);

/* ---- the in-process test host: the test plays the driver ---- */
uint64_t pciem_test_read(struct pciem_dev *dev, int bar, uint64_t off,
			 int size);
void pciem_test_write(struct pciem_dev *dev, int bar, uint64_t off, int size,
		      uint64_t value);
uint32_t pciem_test_config_read(struct pciem_dev *dev, uint32_t off,
				int size);
void pciem_test_config_write(struct pciem_dev *dev, uint32_t off, int size,
			     uint32_t value);
/* host memory the device may DMA to/from; returns its bus address (a
 * model with a dma_map callback hears of it, and of the unmap) */
uint64_t pciem_test_dma_map(struct pciem_dev *dev, void *buf, size_t len,
			    int dir);
void pciem_test_dma_unmap(struct pciem_dev *dev, uint64_t bus);
/* interrupts seen: MSI-X/MSI messages per vector; for
 * PCIEM_IRQ_INTX_ASSERT, times the line went up while INTx was enabled */
unsigned int pciem_test_irqs(struct pciem_dev *dev, uint32_t type,
			     uint32_t vector);
int pciem_test_intx(struct pciem_dev *dev);	/* INTx level, as delivered */
/* Act as a driver enabling MSI-X, MSI (all vectors) or only INTx
 * (PCIEM_IRQ_INTX_ASSERT, as with pci=nomsi).  Plugging enables MSI-X, else
 * MSI, else INTx. */
int pciem_test_irq_mode(struct pciem_dev *dev, uint32_t type);
/* MSI-X vector masking as a driver would do it */
void pciem_test_msix_mask(struct pciem_dev *dev, uint32_t vector, int mask);
int pciem_test_msix_pending(struct pciem_dev *dev, uint32_t vector);

#define PCIEM_TEST_DMA_TO_DEVICE	1
#define PCIEM_TEST_DMA_FROM_DEVICE	2
#define PCIEM_TEST_DMA_BIDIRECTIONAL	3

#ifdef __cplusplus
}
#endif
#endif /* PCIEM_PCIEM_H */
