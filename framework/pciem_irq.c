// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * Interrupts of PCIem devices.
 *
 * MSI and MSI-X go through a real PCI/MSI irq domain stacked on our own
 * parent domain, so pci_alloc_irq_vectors() works unchanged and the
 * message the kernel programs into the device is what the device "sends":
 * its data is our parent hwirq.  The framework emulates the MSI-X table,
 * the PBA and MSI mask bits; masked vectors become pending and fire on
 * unmask.  INTx is a level-triggered line in a small domain of its own.
 * Delivery runs the flow handler in hard interrupt context on another
 * CPU than the requester's: the request usually comes from the model, and
 * a handler that reads a register must not spin on the CPU the model needs
 * to answer it.  With a single CPU online it falls back to an irq_work.
 */
#include <linux/eventfd.h>
#include <linux/file.h>
#include <linux/irq.h>
#include <linux/irqdomain.h>
#include <linux/msi.h>
#include <linux/poll.h>
#include <linux/slab.h>

#include "pciem.h"
#include "pciem_compat.h"
#include "pciem_trace.h"

#define PCIEM_MSI_ADDR	0xfee0f000u	/* what the device "writes" to */
#define PCIEM_HWIRQS	8192

static struct irq_domain *parent_domain, *msi_domain, *intx_domain;
static struct fwnode_handle *parent_fwnode, *msi_fwnode, *intx_fwnode;
static DEFINE_SPINLOCK(hwirq_lock);
static DECLARE_BITMAP(hwirq_map, PCIEM_HWIRQS);

struct irq_domain *pciem_msi_domain(void)
{
	return msi_domain;
}

/* ---- parent domain: turns a message into a Linux irq ---- */

static void pciem_parent_noop(struct irq_data *d)
{
}

static void pciem_parent_compose(struct irq_data *d, struct msi_msg *msg)
{
	msg->address_hi = 0;
	msg->address_lo = PCIEM_MSI_ADDR;
	msg->data = d->hwirq;
}

static int pciem_parent_set_affinity(struct irq_data *d, const struct cpumask *mask,
				     bool force)
{
	irq_data_update_effective_affinity(d, mask);
	return IRQ_SET_MASK_OK;
}

static struct irq_chip parent_chip = {
	.name = "PCIem",
	.irq_ack = pciem_parent_noop,
	.irq_mask = pciem_parent_noop,
	.irq_unmask = pciem_parent_noop,
	.irq_compose_msi_msg = pciem_parent_compose,
	.irq_set_affinity = pciem_parent_set_affinity,
};

static int pciem_parent_alloc(struct irq_domain *d, unsigned int virq,
			      unsigned int nr, void *arg)
{
	int order = get_count_order(nr);
	unsigned long flags;
	int base, i;

	/* Multi-MSI needs a naturally aligned block: data | vector. */
	spin_lock_irqsave(&hwirq_lock, flags);
	base = bitmap_find_free_region(hwirq_map, PCIEM_HWIRQS, order);
	spin_unlock_irqrestore(&hwirq_lock, flags);
	if (base < 0)
		return -ENOSPC;
	for (i = 0; i < nr; i++) {
		irq_domain_set_info(d, virq + i, base + i, &parent_chip, NULL,
				    handle_edge_irq, NULL, "edge");
	}
	return 0;
}

static void pciem_parent_free(struct irq_domain *d, unsigned int virq,
			      unsigned int nr)
{
	struct irq_data *data = irq_domain_get_irq_data(d, virq);
	unsigned long flags;

	if (data) {
		spin_lock_irqsave(&hwirq_lock, flags);
		bitmap_release_region(hwirq_map, data->hwirq,
				      get_count_order(nr));
		spin_unlock_irqrestore(&hwirq_lock, flags);
	}
	irq_domain_free_irqs_common(d, virq, nr);
}

static const struct irq_domain_ops parent_ops = {
	.alloc = pciem_parent_alloc,
	.free = pciem_parent_free,
};

static struct irq_chip pciem_msi_chip = {
	.name = "PCIem-MSI",
	.irq_ack = irq_chip_ack_parent,
	.irq_mask = pci_msi_mask_irq,
	.irq_unmask = pci_msi_unmask_irq,
};

static struct msi_domain_info pciem_msi_info = {
	.flags = MSI_FLAG_USE_DEF_DOM_OPS | MSI_FLAG_USE_DEF_CHIP_OPS |
		 MSI_FLAG_MULTI_PCI_MSI | MSI_FLAG_PCI_MSIX,
	.chip = &pciem_msi_chip,
	.handler = handle_edge_irq,
	.handler_name = "edge",
};

/* ---- INTx domain ---- */

static void pciem_queue_src(struct pciem_dev *pd, int src);

static void pciem_intx_mask(struct irq_data *d)
{
	struct pciem_dev *pd = irq_data_get_irq_chip_data(d);

	WRITE_ONCE(pd->intx_masked, true);
}

static void pciem_intx_unmask(struct irq_data *d)
{
	struct pciem_dev *pd = irq_data_get_irq_chip_data(d);

	WRITE_ONCE(pd->intx_masked, false);
	/*
	 * Level semantics: a line still asserted fires again.  While the
	 * model has not yet seen what the handler wrote (its ack), fire a
	 * tick later instead: on the model's own CPU an immediate refire
	 * would never let it run to deassert.
	 */
	if (!READ_ONCE(pd->intx_asserted))
		return;
	if (pciem_ring_pending(pd))
		mod_timer(&pd->intx_refire, jiffies + 1);
	else
		pciem_queue_src(pd, PCIEM_SRC_INTX);
}

static void pciem_intx_refire(struct timer_list *t)
{
	struct pciem_dev *pd = from_timer(pd, t, intx_refire);

	if (READ_ONCE(pd->intx_asserted) && !READ_ONCE(pd->intx_masked))
		pciem_queue_src(pd, PCIEM_SRC_INTX);
}

static struct irq_chip intx_chip = {
	.name = "PCIem-INTx",
	.irq_mask = pciem_intx_mask,
	.irq_unmask = pciem_intx_unmask,
};

static int pciem_intx_map(struct irq_domain *d, unsigned int virq,
			  irq_hw_number_t hw)
{
	irq_set_chip_and_handler(virq, &intx_chip, handle_level_irq);
	return 0;
}

static const struct irq_domain_ops intx_ops = {
	.map = pciem_intx_map,
	.xlate = irq_domain_xlate_onecell,
};

int pciem_irq_init(void)
{
	parent_fwnode = irq_domain_alloc_named_fwnode("pciem-msi-parent");
	msi_fwnode = irq_domain_alloc_named_fwnode("pciem-msi");
	intx_fwnode = irq_domain_alloc_named_fwnode("pciem-intx");
	if (!parent_fwnode || !msi_fwnode || !intx_fwnode)
		goto err;
	parent_domain = irq_domain_create_tree(parent_fwnode, &parent_ops,
					       NULL);
	if (!parent_domain)
		goto err;
	msi_domain = pci_msi_create_irq_domain(msi_fwnode, &pciem_msi_info,
					       parent_domain);
	if (!msi_domain)
		goto err;
	intx_domain = irq_domain_create_linear(intx_fwnode, PCIEM_MAX_DEVICES,
					       &intx_ops, NULL);
	if (!intx_domain)
		goto err;
	return 0;
err:
	pciem_irq_exit();
	return -ENOMEM;
}

void pciem_irq_exit(void)
{
	if (intx_domain)
		irq_domain_remove(intx_domain);
	if (msi_domain)
		irq_domain_remove(msi_domain);
	if (parent_domain)
		irq_domain_remove(parent_domain);
	if (intx_fwnode)
		irq_domain_free_fwnode(intx_fwnode);
	if (msi_fwnode)
		irq_domain_free_fwnode(msi_fwnode);
	if (parent_fwnode)
		irq_domain_free_fwnode(parent_fwnode);
	intx_domain = NULL;
	msi_domain = NULL;
	parent_domain = NULL;
}

/* ---- per-device state and delivery ---- */

static u16 pciem_cfg16(struct pciem_dev *pd, int off)
{
	return pd->cfg[off] | (pd->cfg[off + 1] << 8);
}

static u32 pciem_cfg32(struct pciem_dev *pd, int off)
{
	return pciem_cfg16(pd, off) | ((u32)pciem_cfg16(pd, off + 2) << 16);
}

static bool pciem_msix_enabled(struct pciem_dev *pd)
{
	return (pd->desc.caps & PCIEM_CAP_MSIX) &&
	       (pciem_cfg16(pd, PCIEM_CAP_MSIX_OFF + PCI_MSIX_FLAGS) &
		PCI_MSIX_FLAGS_ENABLE);
}

static bool pciem_msix_fn_masked(struct pciem_dev *pd)
{
	return pciem_cfg16(pd, PCIEM_CAP_MSIX_OFF + PCI_MSIX_FLAGS) &
	       PCI_MSIX_FLAGS_MASKALL;
}

static bool pciem_msi_enabled(struct pciem_dev *pd)
{
	return (pd->desc.caps & PCIEM_CAP_MSI) &&
	       (pciem_cfg16(pd, PCIEM_CAP_MSI_OFF + PCI_MSI_FLAGS) &
		PCI_MSI_FLAGS_ENABLE);
}

static int pciem_msi_mask_off(struct pciem_dev *pd)
{
	if (!(pd->desc.msi_flags & PCIEM_MSI_MASKABLE))
		return 0;
	return PCIEM_CAP_MSI_OFF + ((pd->desc.msi_flags & PCIEM_MSI_64BIT) ?
				    PCI_MSI_MASK_64 : PCI_MSI_MASK_32);
}

static int pciem_msi_data_off(struct pciem_dev *pd)
{
	return PCIEM_CAP_MSI_OFF + ((pd->desc.msi_flags & PCIEM_MSI_64BIT) ?
				    PCI_MSI_DATA_64 : PCI_MSI_DATA_32);
}

/* Resolve a message the device sends into the irq it targets. */
static unsigned int pciem_msg_to_irq(u32 addr_lo, u32 addr_hi, u32 data)
{
	if (addr_lo != PCIEM_MSI_ADDR || addr_hi)
		return 0;
	return irq_find_mapping(parent_domain, data);
}

static void pciem_deliver(struct pciem_dev *pd)
{
	unsigned long flags;
	unsigned int irq;
	int src;

	for_each_set_bit(src, pd->deliver, PCIEM_SRC_COUNT) {
		if (!test_and_clear_bit(src, pd->deliver))
			continue;
		if (atomic_read(&pd->dead))
			continue;
		irq = 0;
		raw_spin_lock_irqsave(&pd->cfg_lock, flags);
		if (src < PCIEM_SRC_MSI) {
			u32 *e = pd->msix_table[src];

			irq = pciem_msg_to_irq(e[0], e[1], e[2]);
		} else if (src < PCIEM_SRC_INTX) {
			int off = PCIEM_CAP_MSI_OFF;
			u32 hi = 0;

			if (pd->desc.msi_flags & PCIEM_MSI_64BIT)
				hi = pciem_cfg32(pd, off + PCI_MSI_ADDRESS_HI);
			irq = pciem_msg_to_irq(pciem_cfg32(pd, off + PCI_MSI_ADDRESS_LO),
					       hi, pciem_cfg16(pd, pciem_msi_data_off(pd)) |
					       (src - PCIEM_SRC_MSI));
		} else if (pd->intx_asserted && !pd->intx_masked) {
			irq = pd->intx_virq;
		}
		raw_spin_unlock_irqrestore(&pd->cfg_lock, flags);
		if (irq)
			generic_handle_irq(irq);
	}
}

static void pciem_deliver_work(struct irq_work *work)
{
	pciem_deliver(container_of(work, struct pciem_dev, irq_work));
}

static void pciem_kick_delivery(struct pciem_dev *pd);

static void pciem_deliver_ipi(void *info)
{
	struct pciem_dev *pd = info;

	/* bits set from now on send a new IPI */
	atomic_set(&pd->ipi_busy, 0);
	/* pairs with pciem_queue_src(): see every bit set before busy was clear */
	smp_mb__after_atomic();
	/*
	 * Landed on top of the model (it moved since we chose the CPU):
	 * a handler here could not get its register reads answered, so
	 * move on to another CPU, a bounded number of times.
	 */
	if (current->mm && current->mm == pd->model_mm &&
	    atomic_inc_return(&pd->ipi_bounces) < 16) {
		pciem_kick_delivery(pd);
	} else {
		atomic_set(&pd->ipi_bounces, 0);
		pciem_deliver(pd);
	}
	atomic_dec(&pd->ipi_inflight);
}

int pciem_irq_dev_init(struct pciem_dev *pd)
{
	const struct pciem_desc *d = &pd->desc;

	pd->deliver = bitmap_zalloc(PCIEM_SRC_COUNT, GFP_KERNEL);
	if (!pd->deliver)
		return -ENOMEM;
	init_irq_work(&pd->irq_work, pciem_deliver_work);
	timer_setup(&pd->intx_refire, pciem_intx_refire, 0);
	INIT_CSD(&pd->csd, pciem_deliver_ipi, pd);
	spin_lock_init(&pd->irqfd_lock);
	INIT_LIST_HEAD(&pd->irqfds);
	if (d->caps & PCIEM_CAP_MSIX) {
		int i;

		pd->msix_table = kcalloc(d->msix_vectors,
					 sizeof(*pd->msix_table), GFP_KERNEL);
		pd->msix_pba = bitmap_zalloc(d->msix_vectors, GFP_KERNEL);
		if (!pd->msix_table || !pd->msix_pba)
			return -ENOMEM;
		for (i = 0; i < d->msix_vectors; i++)
			pd->msix_table[i][3] = PCI_MSIX_ENTRY_CTRL_MASKBIT;
	}
	return 0;
}

/* Called once the pci_dev exists: wire its INTx line. */
void pciem_irq_dev_plugged(struct pciem_dev *pd)
{
	if (!pd->desc.intx_pin)
		return;
	pd->intx_virq = irq_create_mapping(intx_domain, pd->id);
	if (!pd->intx_virq)
		return;
	irq_set_chip_data(pd->intx_virq, pd);
	/* The line is ours: keep ACPI from looking for a GSI. */
	pd->pdev->irq = pd->intx_virq;
	pd->pdev->irq_managed = 1;
}

struct pciem_irqfd_ent {
	struct list_head list;
	struct pciem_dev *pd;
	struct eventfd_ctx *ctx;
	wait_queue_entry_t wait;
	poll_table pt;
	wait_queue_head_t *wqh;
	u32 type;
	u32 vector;
};

static void pciem_irqfd_free(struct pciem_irqfd_ent *e)
{
	u64 cnt;

	eventfd_ctx_remove_wait_queue(e->ctx, &e->wait, &cnt);
	eventfd_ctx_put(e->ctx);
	kfree(e);
}

void pciem_irq_dev_exit(struct pciem_dev *pd)
{
	struct pciem_irqfd_ent *e, *tmp;
	LIST_HEAD(gone);

	if (pd->deliver) {
		spin_lock_irq(&pd->irqfd_lock);
		list_splice_init(&pd->irqfds, &gone);
		spin_unlock_irq(&pd->irqfd_lock);
		list_for_each_entry_safe(e, tmp, &gone, list)
			pciem_irqfd_free(e);
		del_timer_sync(&pd->intx_refire);
		irq_work_sync(&pd->irq_work);
		/* an IPI in flight finishes before the device goes */
		while (atomic_read(&pd->ipi_inflight))
			cpu_relax();
	}
	if (pd->intx_virq)
		irq_dispose_mapping(pd->intx_virq);
	pd->intx_virq = 0;
	kfree(pd->msix_table);
	bitmap_free(pd->msix_pba);
	bitmap_free(pd->deliver);
	pd->msix_table = NULL;
	pd->msix_pba = NULL;
	pd->deliver = NULL;
}

/*
 * Choose where handlers run: not on the CPU the model last slept or ran
 * on (the scheduler would wake it there, under a handler spinning for its
 * answer), and not here when there is a choice.
 */
static void pciem_kick_delivery(struct pciem_dev *pd)
{
	unsigned int here = get_cpu();
	unsigned int model = READ_ONCE(pd->model_cpu);
	unsigned int cpu, target = nr_cpu_ids;

	for_each_online_cpu(cpu) {
		if (cpu == model)
			continue;
		if (target >= nr_cpu_ids || target == here)
			target = cpu;
	}
	/* a call to ourselves would run now, inside the caller's irq */
	if (target >= nr_cpu_ids || target == here) {
		irq_work_queue(&pd->irq_work);
	} else if (!atomic_xchg(&pd->ipi_busy, 1)) {
		atomic_inc(&pd->ipi_inflight);
		smp_call_function_single_async(target, &pd->csd);
	}
	put_cpu();
}

static void pciem_queue_src(struct pciem_dev *pd, int src)
{
	set_bit(src, pd->deliver);
	/* pairs with pciem_deliver_ipi(): the bit is visible before busy is read */
	smp_mb__after_atomic();
	pciem_kick_delivery(pd);
}

/* Returns 0 sent, 1 pending (masked), negative when refused.  cfg_lock held. */
static int pciem_raise_locked(struct pciem_dev *pd, u32 type, u32 vector)
{
	const struct pciem_desc *d = &pd->desc;

	if (type == PCIEM_IRQ_AUTO) {
		if (pciem_msix_enabled(pd)) {
			type = PCIEM_IRQ_MSIX;
		} else if (pciem_msi_enabled(pd)) {
			type = PCIEM_IRQ_MSI;
		} else {
			/* a pulse on a level line: the driver's ack deasserts */
			type = PCIEM_IRQ_INTX_ASSERT;
		}
	}
	switch (type) {
	case PCIEM_IRQ_MSIX:
		if (!pciem_msix_enabled(pd) || vector >= d->msix_vectors)
			return -EINVAL;
		if (pciem_msix_fn_masked(pd) ||
		    (pd->msix_table[vector][3] & PCI_MSIX_ENTRY_CTRL_MASKBIT)) {
			set_bit(vector, pd->msix_pba);
			return 1;
		}
		pciem_queue_src(pd, vector);
		return 0;
	case PCIEM_IRQ_MSI: {
		u32 nvec = 1u << ((pciem_cfg16(pd, PCIEM_CAP_MSI_OFF + PCI_MSI_FLAGS) &
				   PCI_MSI_FLAGS_QSIZE) >> 4);

		/* config writes clamp QSIZE; never index past the declared */
		nvec = min_t(u32, nvec, d->msi_vectors);
		int moff = pciem_msi_mask_off(pd);

		if (!pciem_msi_enabled(pd) || vector >= nvec)
			return -EINVAL;
		if (moff && (pciem_cfg32(pd, moff) & BIT(vector))) {
			pd->msi_pending |= BIT(vector);
			return 1;
		}
		pciem_queue_src(pd, PCIEM_SRC_MSI + vector);
		return 0;
	}
	case PCIEM_IRQ_INTX_ASSERT:
		if (!d->intx_pin || !pd->intx_virq)
			return -EINVAL;
		pd->intx_asserted = true;
		pd->cfg[PCI_STATUS] |= PCI_STATUS_INTERRUPT;
		if (pciem_cfg16(pd, PCI_COMMAND) & PCI_COMMAND_INTX_DISABLE)
			return 1;
		pciem_queue_src(pd, PCIEM_SRC_INTX);
		return 0;
	case PCIEM_IRQ_INTX_DEASSERT:
		if (!d->intx_pin)
			return -EINVAL;
		pd->intx_asserted = false;
		pd->cfg[PCI_STATUS] &= ~PCI_STATUS_INTERRUPT;
		return 0;
	}
	return -EINVAL;
}

int pciem_irq_raise(struct pciem_dev *pd, u32 type, u32 vector)
{
	unsigned long flags;
	int ret;

	if (!READ_ONCE(pd->plugged) || atomic_read(&pd->dead))
		return -ENODEV;
	raw_spin_lock_irqsave(&pd->cfg_lock, flags);
	ret = pciem_raise_locked(pd, type, vector);
	raw_spin_unlock_irqrestore(&pd->cfg_lock, flags);
	trace_pciem_irq(pd->id, type, vector, ret < 0 ? -1 : ret);
	return ret < 0 ? ret : 0;
}

/* Unmasking may release pending vectors.  cfg_lock held. */
static void pciem_msix_flush_pending(struct pciem_dev *pd)
{
	int v;

	if (!pciem_msix_enabled(pd) || pciem_msix_fn_masked(pd))
		return;
	for_each_set_bit(v, pd->msix_pba, pd->desc.msix_vectors) {
		if (pd->msix_table[v][3] & PCI_MSIX_ENTRY_CTRL_MASKBIT)
			continue;
		clear_bit(v, pd->msix_pba);
		pciem_queue_src(pd, v);
	}
}

/* After a config write to the MSI or MSI-X capability. */
void pciem_msi_config_written(struct pciem_dev *pd)
{
	unsigned long flags;
	int moff = pciem_msi_mask_off(pd);

	raw_spin_lock_irqsave(&pd->cfg_lock, flags);
	if (pd->msix_pba)
		pciem_msix_flush_pending(pd);
	if (moff && pciem_msi_enabled(pd) && pd->msi_pending) {
		u32 ready = pd->msi_pending & ~pciem_cfg32(pd, moff);
		int v;

		for_each_set_bit(v, (unsigned long *)&ready, 32) {
			pd->msi_pending &= ~BIT(v);
			pciem_queue_src(pd, PCIEM_SRC_MSI + v);
		}
	}
	if (moff)	/* the pending bits register mirrors our state */
		pciem_config_set(pd, moff + 4, 4, pd->msi_pending);
	raw_spin_unlock_irqrestore(&pd->cfg_lock, flags);
}

void pciem_intx_config_written(struct pciem_dev *pd)
{
	unsigned long flags;

	raw_spin_lock_irqsave(&pd->cfg_lock, flags);
	if (pd->intx_asserted &&
	    !(pciem_cfg16(pd, PCI_COMMAND) & PCI_COMMAND_INTX_DISABLE))
		pciem_queue_src(pd, PCIEM_SRC_INTX);
	raw_spin_unlock_irqrestore(&pd->cfg_lock, flags);
}

bool pciem_msix_range(struct pciem_dev *pd, int bar, u64 off)
{
	const struct pciem_desc *d = &pd->desc;

	if (!(d->caps & PCIEM_CAP_MSIX))
		return false;
	if (bar == d->msix_table_bar && off >= d->msix_table_offset &&
	    off < d->msix_table_offset + 16ULL * d->msix_vectors)
		return true;
	return bar == d->msix_pba_bar && off >= d->msix_pba_offset &&
	       off < d->msix_pba_offset + 8ULL * DIV_ROUND_UP(d->msix_vectors, 64);
}

/* A driver access to the MSI-X table or PBA (from the trap handler). */
void pciem_msix_access(struct pciem_dev *pd, u64 off, int size, u64 *val,
		       bool write)
{
	const struct pciem_desc *d = &pd->desc;
	unsigned long flags;
	u8 *p;
	u64 tmp = 0;
	u64 pba_off;

	raw_spin_lock_irqsave(&pd->cfg_lock, flags);
	if (off >= d->msix_table_offset &&
	    off < d->msix_table_offset + 16ULL * d->msix_vectors) {
		u64 rel = off - d->msix_table_offset;
		u64 room = 16ULL * d->msix_vectors - rel;

		p = (u8 *)pd->msix_table + rel;
		if (size > room)
			size = room;
		if (write) {
			memcpy(p, val, size);
			/* reserved bits of vector control stay zero */
			pd->msix_table[rel / 16][3] &= PCI_MSIX_ENTRY_CTRL_MASKBIT;
			pciem_msix_flush_pending(pd);
		} else {
			memcpy(&tmp, p, size);
			*val = tmp;
		}
	} else {
		/* PBA: read-only, one bit per vector */
		pba_off = off - d->msix_pba_offset;
		if (!write) {
			int i;

			for (i = 0; i < size * 8; i++) {
				u64 v = pba_off * 8 + i;

				if (v < d->msix_vectors &&
				    test_bit(v, pd->msix_pba))
					tmp |= 1ULL << i;
			}
			*val = tmp;
		}
	}
	raw_spin_unlock_irqrestore(&pd->cfg_lock, flags);
}

/* ---- irqfd: an eventfd signal raises an interrupt ---- */

static int pciem_irqfd_wake(wait_queue_entry_t *wait, unsigned int mode, int sync,
			    void *key)
{
	struct pciem_irqfd_ent *e = container_of(wait, struct pciem_irqfd_ent,
						 wait);
	__poll_t flags = key_to_poll(key);
	u64 cnt;

	if (flags & EPOLLIN) {
		eventfd_ctx_do_read(e->ctx, &cnt);
		pciem_irq_raise(e->pd, e->type, e->vector);
	}
	return 0;
}

static void pciem_irqfd_ptable(struct file *file, wait_queue_head_t *wqh,
			       poll_table *pt)
{
	struct pciem_irqfd_ent *e = container_of(pt, struct pciem_irqfd_ent,
						 pt);

	e->wqh = wqh;
	add_wait_queue(wqh, &e->wait);
}

int pciem_irqfd(struct pciem_dev *pd, const struct pciem_irqfd *req)
{
	struct pciem_irqfd_ent *e, *tmp;
	struct eventfd_ctx *ctx;
	struct fd f;
	__poll_t events;

	if (req->flags & ~PCIEM_IRQFD_DEASSIGN)
		return -EINVAL;
	if (req->type != PCIEM_IRQ_MSI && req->type != PCIEM_IRQ_MSIX &&
	    req->type != PCIEM_IRQ_AUTO && req->type != PCIEM_IRQ_INTX_ASSERT)
		return -EINVAL;
	f = fdget(req->fd);
	if (!fd_file(f))
		return -EBADF;
	ctx = eventfd_ctx_fileget(fd_file(f));
	if (IS_ERR(ctx)) {
		fdput(f);
		return PTR_ERR(ctx);
	}
	if (req->flags & PCIEM_IRQFD_DEASSIGN) {
		int ret = -ENOENT;

		spin_lock_irq(&pd->irqfd_lock);
		list_for_each_entry_safe(e, tmp, &pd->irqfds, list) {
			if (e->ctx == ctx && e->type == req->type &&
			    e->vector == req->vector) {
				list_del(&e->list);
				spin_unlock_irq(&pd->irqfd_lock);
				pciem_irqfd_free(e);
				ret = 0;
				spin_lock_irq(&pd->irqfd_lock);
				break;
			}
		}
		spin_unlock_irq(&pd->irqfd_lock);
		eventfd_ctx_put(ctx);
		fdput(f);
		return ret;
	}
	e = kzalloc(sizeof(*e), GFP_KERNEL);
	if (!e) {
		eventfd_ctx_put(ctx);
		fdput(f);
		return -ENOMEM;
	}
	e->pd = pd;
	e->ctx = ctx;
	e->type = req->type;
	e->vector = req->vector;
	init_waitqueue_func_entry(&e->wait, pciem_irqfd_wake);
	init_poll_funcptr(&e->pt, pciem_irqfd_ptable);
	spin_lock_irq(&pd->irqfd_lock);
	list_add_tail(&e->list, &pd->irqfds);
	spin_unlock_irq(&pd->irqfd_lock);
	events = vfs_poll(fd_file(f), &e->pt);
	if (events & EPOLLIN) {
		u64 cnt;

		eventfd_ctx_do_read(ctx, &cnt);
		pciem_irq_raise(pd, e->type, e->vector);
	}
	fdput(f);
	return 0;
}
