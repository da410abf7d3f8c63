/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * PCIem internals shared by the framework's files.
 */
#ifndef _PCIEM_H
#define _PCIEM_H

#include <linux/irq_work.h>
#include <linux/interval_tree.h>
#include <linux/ioport.h>
#include <linux/kref.h>
#include <linux/mutex.h>
#include <linux/pci.h>
#include <linux/smp.h>
#include <linux/spinlock.h>
#include <linux/timer.h>
#include <linux/wait.h>
#include <uapi/linux/pciem.h>

#define PCIEM_MAX_DEVICES	64
#define PCIEM_DOMAIN_BASE	0x10000
#define PCIEM_DOMAIN_LAST	0x1ffff
#define PCIEM_REG_BAR_MAX	PCIEM_REG_BAR_MAX_SIZE
#define PCIEM_MEM_BAR_MAX	PCIEM_MEM_BAR_MAX_SIZE
#define PCIEM_CFG_SIZE		4096

/* Config space layout of the capabilities we build. */
#define PCIEM_CAP_PM_OFF	0x40
#define PCIEM_CAP_MSI_OFF	0x50
#define PCIEM_CAP_MSIX_OFF	0x70
#define PCIEM_CAP_EXP_OFF	0x80
#define PCIEM_CAP_VNDR_OFF	0xc0

/* Interrupt sources in the delivery bitmap: MSI-X entries, MSI, INTx. */
#define PCIEM_SRC_MSI		PCIEM_MAX_MSIX
#define PCIEM_SRC_INTX		(PCIEM_SRC_MSI + PCIEM_MAX_MSI)
#define PCIEM_SRC_COUNT		(PCIEM_SRC_INTX + 1)

struct pciem_bar_state {
	u64 size;
	u32 flags;
	struct resource res;		/* where the BAR lives */
	bool allocated;
	void *shadow;			/* vmalloc_user(), register BARs */
	unsigned long *shadow_map;	/* one bit per shadowed dword */
	unsigned long *shadow_wt;	/* write-through dwords */
};

struct pciem_dma_map {
	struct interval_tree_node node;	/* bus address range */
	enum dma_data_direction dir;
	bool coherent;
	u16 ev_flags;			/* PCIEM_DMA_EV_* of its events */
	u32 sg_index;			/* segment of a scatterlist */
};

struct pciem_dev {
	struct kref ref;
	int id;
	struct mutex lock;		/* ioctl state changes */
	bool created;
	bool plugged;			/* WRITE_ONCE; lockless readers READ_ONCE */
	bool plugging;			/* PLUG in progress, pd->lock dropped */
	atomic_t dead;			/* surprise-removed: all-ones */

	struct pciem_desc desc;
	struct pciem_bar_state bars[PCIEM_MAX_BARS];

	/* config space, under cfg_lock */
	raw_spinlock_t cfg_lock;
	u8 cfg[PCIEM_CFG_SIZE];
	u8 wmask[PCIEM_CFG_SIZE];	/* writable bits */
	u8 w1c[PCIEM_CFG_SIZE];		/* write-one-to-clear bits */
	struct pciem_watch watch[8];
	int nr_watch;

	/* MSI-X table and PBA, emulated in the kernel, under cfg_lock */
	u32 (*msix_table)[4];
	unsigned long *msix_pba;
	u32 msi_pending;
	bool intx_asserted;
	bool intx_masked;		/* by the irq chip */

	/* event ring */
	void *ring;			/* vmalloc_user() */
	size_t ring_size;
	struct pciem_ring_header *hdr;
	struct pciem_event *events;
	u32 entries;
	raw_spinlock_t ring_lock;
	u32 read_seq;
	u32 events_mask;		/* PCIEM_EVENTS_*, READ_ONCE */
	u32 dma_lost;			/* map events to report, ring_lock */
	u32 dma_lost_total;		/* ring_lock */
	wait_queue_head_t wq;
	u64 read_timeout_ns;

	/* waits for the model, pciem_ring.c */
	DECLARE_BITMAP(reply_busy, PCIEM_MAX_CPUS);	/* reply slots in use */
	spinlock_t stall_lock;
	u32 stall_head;			/* ring head at the first timeout */
	u32 stall_count;		/* timeouts since the model last moved */
	u64 stall_start;		/* when the first of them began */
	struct timer_list intx_refire;	/* INTx refire after the model ran */

	/* PCI objects */
	struct pci_sysdata sysdata;
	struct pci_bus *bus;
	struct pci_dev *pdev;
	struct resource busn;
	int intx_virq;

	/* interrupt delivery */
	unsigned long *deliver;		/* PCIEM_SRC_COUNT bits */
	struct irq_work irq_work;
	call_single_data_t csd;
	atomic_t ipi_busy;
	atomic_t ipi_inflight;
	atomic_t ipi_bounces;
	struct mm_struct *model_mm;	/* compared only, never dereferenced */
	unsigned int model_cpu;		/* where the model last entered us */
	spinlock_t irqfd_lock;
	struct list_head irqfds;

	/* DMA mappings made through our dma_map_ops */
	spinlock_t dma_lock;
	struct mutex bounce_lock;	/* one bounced transfer at a time */
	struct rb_root_cached dma_maps;
	void *bounce;
};

/* pciem_main.c */
extern struct pciem_dev __rcu *pciem_devices[PCIEM_MAX_DEVICES];
void pciem_dev_put(struct pciem_dev *pd);
struct pciem_dev *pciem_from_pdev(struct pci_dev *pdev);
struct pciem_dev *pciem_from_bus(struct pci_bus *bus);

/* pciem_config.c */
int pciem_config_build(struct pciem_dev *pd);
u32 pciem_config_read(struct pciem_dev *pd, int where, int size);
void pciem_config_write(struct pciem_dev *pd, int where, int size, u32 val);
void pciem_config_set(struct pciem_dev *pd, int where, int size, u32 val);
bool pciem_bus_master(struct pciem_dev *pd);
extern struct pci_ops pciem_pci_ops;

/* pciem_bus.c */
int pciem_bus_init(unsigned long pool_base, unsigned long pool_size);
int pciem_phys_allowed(struct pciem_dev *pd);
void pciem_bus_exit(void);
int pciem_plug(struct pciem_dev *pd);
void pciem_unplug(struct pciem_dev *pd);
void pciem_bars_free(struct pciem_dev *pd);

/* pciem_ring.c */
int pciem_ring_alloc(struct pciem_dev *pd);
void pciem_ring_free(struct pciem_dev *pd);
int pciem_ring_post(struct pciem_dev *pd, const struct pciem_event *ev);
int pciem_ring_post_wait(struct pciem_dev *pd, const struct pciem_event *ev,
			 bool may_sleep);
void pciem_ring_post_nowait(struct pciem_dev *pd,
			    const struct pciem_event *ev);
int pciem_ring_read(struct pciem_dev *pd, int bar, u64 off, int size,
		    bool may_sleep, u64 *val);
void pciem_ring_fail(struct pciem_dev *pd, const char *why);
bool pciem_ring_pending(struct pciem_dev *pd);

/* pciem_trap.c */
int pciem_trap_init(void);
void pciem_trap_exit(void);

/* pciem_irq.c */
int pciem_irq_init(void);
void pciem_irq_exit(void);
int pciem_irq_dev_init(struct pciem_dev *pd);
void pciem_irq_dev_plugged(struct pciem_dev *pd);
void pciem_irq_dev_exit(struct pciem_dev *pd);
int pciem_irq_raise(struct pciem_dev *pd, u32 type, u32 vector);
int pciem_irqfd(struct pciem_dev *pd, const struct pciem_irqfd *req);
struct irq_domain *pciem_msi_domain(void);
void pciem_msix_access(struct pciem_dev *pd, u64 off, int size, u64 *val,
		       bool write);
bool pciem_msix_range(struct pciem_dev *pd, int bar, u64 off);
void pciem_msi_config_written(struct pciem_dev *pd);
void pciem_intx_config_written(struct pciem_dev *pd);

/* pciem_dma.c */
extern const struct dma_map_ops pciem_dma_ops;
int pciem_dma_dev_init(struct pciem_dev *pd);
void pciem_dma_dev_exit(struct pciem_dev *pd);
int pciem_dma_xfer(struct pciem_dev *pd, const struct pciem_dma *req);
int pciem_dma_sg(struct pciem_dev *pd, const struct pciem_dma_sg *req);
int pciem_dma_atomic(struct pciem_dev *pd, struct pciem_dma_atomic *req);

#endif /* _PCIEM_H */
