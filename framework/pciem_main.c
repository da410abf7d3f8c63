// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * PCIem: PCIe devices defined by userspace.
 *
 * /dev/pciem: one open file is one device model.  This file holds the
 * character device, ioctl validation, mmap and the device lifetime; the
 * other files implement config space, the bus, traps, interrupts, DMA and
 * the event ring.
 *
 * Locking, outermost first:
 *
 *   mmap_lock			the model's ->mmap runs under it
 *     pd->lock			device state: CREATE, SHADOW, WATCH_CONFIG,
 *				PLUG bookkeeping, INFO, IRQFD, ->mmap
 *       pciem_devices_lock	the id bitmap and the RCU device table
 *         pd->cfg_lock, pd->ring_lock	raw spinlocks, interrupts off
 *
 * Nothing copies to or from user memory under pd->lock: a fault there
 * takes mmap_lock, the inverse order, and a second thread of the model in
 * mmap() would deadlock with it.  PLUG drops pd->lock while drivers probe:
 * probe reaches the model, whose callbacks may use the config ioctls, which
 * take only cfg_lock (the description they read is fixed once created).
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/capability.h>
#include <linux/miscdevice.h>
#include <linux/mm.h>
#include <linux/module.h>
#include <linux/poll.h>
#include <linux/slab.h>
#include <linux/uaccess.h>
#include <linux/vmalloc.h>

#include "pciem.h"

#define CREATE_TRACE_POINTS
#include "pciem_trace.h"

/* a physical address: refused for unsafe parameters under lockdown */
static char *shared_ram;
module_param_hw(shared_ram, charp, iomem, 0444);
MODULE_PARM_DESC(shared_ram,
		 "RAM reserved with memmap=SIZE$ADDR for memory BARs, as SIZE@ADDR");

/*
 * Bounded as a description's timeout is: a read that may sleep waits this
 * long in D state, and longer would trip the hung-task watchdog.
 */
static unsigned int read_timeout_ms = 1000;

static int pciem_set_read_timeout(const char *val,
				  const struct kernel_param *kp)
{
	return param_set_uint_minmax(val, kp, 1, PCIEM_READ_TIMEOUT_MAX);
}

static const struct kernel_param_ops pciem_read_timeout_ops = {
	.set = pciem_set_read_timeout,
	.get = param_get_uint,
};

module_param_cb(read_timeout_ms, &pciem_read_timeout_ops, &read_timeout_ms,
		0644);
MODULE_PARM_DESC(read_timeout_ms,
		 "default time a trapped read waits for the model (ms), 1 to 60000");

struct pciem_dev __rcu *pciem_devices[PCIEM_MAX_DEVICES];
static DEFINE_MUTEX(pciem_devices_lock);
static DECLARE_BITMAP(pciem_ids, PCIEM_MAX_DEVICES);
/* Devices not yet freed: a host bridge may outlive its file. */
static atomic_t pciem_live = ATOMIC_INIT(0);
static DECLARE_WAIT_QUEUE_HEAD(pciem_idle);

struct pciem_dev *pciem_from_bus(struct pci_bus *bus)
{
	while (bus->parent)
		bus = bus->parent;
	if (bus->ops != &pciem_pci_ops)
		return NULL;
	return container_of(bus->sysdata, struct pciem_dev, sysdata);
}

struct pciem_dev *pciem_from_pdev(struct pci_dev *pdev)
{
	return pciem_from_bus(pdev->bus);
}

static void pciem_dev_free(struct kref *ref)
{
	struct pciem_dev *pd = container_of(ref, struct pciem_dev, ref);
	int i;

	for (i = 0; i < PCIEM_MAX_BARS; i++) {
		vfree(pd->bars[i].shadow);
		bitmap_free(pd->bars[i].shadow_map);
		bitmap_free(pd->bars[i].shadow_wt);
	}
	pciem_irq_dev_exit(pd);
	pciem_dma_dev_exit(pd);
	pciem_ring_free(pd);
	mutex_lock(&pciem_devices_lock);
	clear_bit(pd->id, pciem_ids);
	mutex_unlock(&pciem_devices_lock);
	kfree(pd);
	/* pciem_exit() waits for this: the module outlives every device */
	if (atomic_dec_and_test(&pciem_live))
		wake_up_all(&pciem_idle);
}

void pciem_dev_put(struct pciem_dev *pd)
{
	kref_put(&pd->ref, pciem_dev_free);
}

/* The file pins the module through pciem_fops.owner. */
static int pciem_fop_open(struct inode *inode, struct file *file)
{
	struct pciem_dev *pd;
	int id;

	if (!capable(CAP_SYS_ADMIN))
		return -EPERM;
	pd = kzalloc(sizeof(*pd), GFP_KERNEL);
	if (!pd)
		return -ENOMEM;
	mutex_lock(&pciem_devices_lock);
	id = find_first_zero_bit(pciem_ids, PCIEM_MAX_DEVICES);
	if (id < PCIEM_MAX_DEVICES)
		set_bit(id, pciem_ids);
	mutex_unlock(&pciem_devices_lock);
	if (id >= PCIEM_MAX_DEVICES) {
		kfree(pd);
		return -ENOSPC;
	}
	atomic_inc(&pciem_live);
	pd->id = id;
	pd->model_mm = current->mm;
	pd->model_cpu = nr_cpu_ids;
	kref_init(&pd->ref);
	mutex_init(&pd->lock);
	raw_spin_lock_init(&pd->cfg_lock);
	raw_spin_lock_init(&pd->ring_lock);
	init_waitqueue_head(&pd->wq);
	file->private_data = pd;
	return 0;
}

static int pciem_fop_release(struct inode *inode, struct file *file)
{
	struct pciem_dev *pd = file->private_data;

	pciem_unplug(pd);
	mutex_lock(&pciem_devices_lock);
	RCU_INIT_POINTER(pciem_devices[pd->id], NULL);
	mutex_unlock(&pciem_devices_lock);
	/* no trap handler can still be looking at this device */
	synchronize_rcu();
	pciem_bars_free(pd);
	pciem_dev_put(pd);
	return 0;
}

static bool pciem_pow2_range(u64 v, u64 lo, u64 hi)
{
	return v >= lo && v <= hi && is_power_of_2(v);
}

static int pciem_check_bars(const struct pciem_desc *d)
{
	int i;

	for (i = 0; i < PCIEM_MAX_BARS; i++) {
		const struct pciem_bar *b = &d->bars[i];
		u64 max = (b->flags & PCIEM_BAR_MEMORY) ? PCIEM_MEM_BAR_MAX :
			  PCIEM_REG_BAR_MAX;

		if (!b->size) {
			if (b->flags)
				return -EINVAL;
			continue;
		}
		if (b->reserved || (b->flags & ~(PCIEM_BAR_64BIT |
						 PCIEM_BAR_PREFETCH |
						 PCIEM_BAR_MEMORY)))
			return -EINVAL;
		if (!pciem_pow2_range(b->size, SZ_4K, max))
			return -EINVAL;
		if (!(b->flags & PCIEM_BAR_64BIT) && b->size > SZ_1G)
			return -EINVAL;
		if (b->flags & PCIEM_BAR_64BIT) {
			/* the next BAR register holds the upper half */
			if (i == PCIEM_MAX_BARS - 1 || d->bars[i + 1].size ||
			    d->bars[i + 1].flags)
				return -EINVAL;
			i++;
		}
	}
	return 0;
}

static bool pciem_reg_bar(const struct pciem_desc *d, unsigned int bar)
{
	return bar < PCIEM_MAX_BARS && d->bars[bar].size &&
	       !(d->bars[bar].flags & PCIEM_BAR_MEMORY);
}

static int pciem_check_desc(const struct pciem_desc *d)
{
	u64 tbl, pba;
	int i;

	if (d->argsz != sizeof(*d))
		return -EINVAL;
	for (i = 0; i < ARRAY_SIZE(d->reserved); i++)
		if (d->reserved[i])
			return -EINVAL;
	if (d->reserved0[0] || d->reserved0[1] || d->reserved0[2] ||
	    d->reserved1 || d->reserved2[0] || d->reserved2[1] ||
	    d->reserved2[2] || d->reserved3)
		return -EINVAL;
	if (d->vendor == 0xffff || d->vendor == 0 ||
	    d->class_code > 0xffffff || d->intx_pin > 4)
		return -EINVAL;
	if (d->caps & ~(PCIEM_CAP_PM | PCIEM_CAP_EXP | PCIEM_CAP_MSI |
			PCIEM_CAP_MSIX | PCIEM_CAP_VENDOR))
		return -EINVAL;
	if (pciem_check_bars(d))
		return -EINVAL;
	if (d->caps & PCIEM_CAP_MSI) {
		if (!pciem_pow2_range(d->msi_vectors, 1, PCIEM_MAX_MSI) ||
		    (d->msi_flags & ~(PCIEM_MSI_64BIT | PCIEM_MSI_MASKABLE)))
			return -EINVAL;
	} else if (d->msi_vectors || d->msi_flags) {
		return -EINVAL;
	}
	if (d->caps & PCIEM_CAP_MSIX) {
		if (!d->msix_vectors || d->msix_vectors > PCIEM_MAX_MSIX)
			return -EINVAL;
		if (!pciem_reg_bar(d, d->msix_table_bar) ||
		    !pciem_reg_bar(d, d->msix_pba_bar))
			return -EINVAL;
		if ((d->msix_table_offset | d->msix_pba_offset) & 7)
			return -EINVAL;
		tbl = (u64)d->msix_table_offset + 16ULL * d->msix_vectors;
		pba = (u64)d->msix_pba_offset +
		      8ULL * DIV_ROUND_UP(d->msix_vectors, 64);
		if (tbl > d->bars[d->msix_table_bar].size ||
		    pba > d->bars[d->msix_pba_bar].size)
			return -EINVAL;
		if (d->msix_table_bar == d->msix_pba_bar &&
		    d->msix_table_offset < pba && d->msix_pba_offset < tbl)
			return -EINVAL;
	} else if (d->msix_vectors) {
		return -EINVAL;
	}
	if (d->vendor_cap_len > PCIEM_MAX_VENDOR_CAP)
		return -EINVAL;
	if (d->vendor_cap_len && !(d->caps & PCIEM_CAP_VENDOR))
		return -EINVAL;
	if (d->read_timeout_ms > PCIEM_READ_TIMEOUT_MAX)
		return -EINVAL;
	if (d->ring_entries &&
	    !pciem_pow2_range(d->ring_entries, PCIEM_RING_MIN_ENTRIES,
			      PCIEM_RING_MAX_ENTRIES))
		return -EINVAL;
	return 0;
}

static int pciem_do_create(struct pciem_dev *pd, const struct pciem_desc *d)
{
	int i, ret;

	if (pd->created)
		return -EBUSY;
	ret = pciem_check_desc(d);
	if (ret)
		return ret;
	pd->desc = *d;
	for (i = 0; i < PCIEM_MAX_BARS; i++) {
		pd->bars[i].size = pd->desc.bars[i].size;
		pd->bars[i].flags = pd->desc.bars[i].flags;
	}
	/* the parameter may be written through sysfs at any time */
	pd->read_timeout_ns = (u64)(pd->desc.read_timeout_ms ?:
				    READ_ONCE(read_timeout_ms)) * NSEC_PER_MSEC;
	ret = pciem_ring_alloc(pd);
	if (!ret)
		ret = pciem_irq_dev_init(pd);
	if (!ret)
		ret = pciem_dma_dev_init(pd);
	if (!ret)
		ret = pciem_config_build(pd);
	if (ret) {
		pciem_irq_dev_exit(pd);
		pciem_dma_dev_exit(pd);
		pciem_ring_free(pd);
		return ret;
	}
	/* release: the config ioctls read desc and cfg without pd->lock */
	smp_store_release(&pd->created, true);
	return 0;
}

static int pciem_do_shadow(struct pciem_dev *pd, const struct pciem_shadow *sh)
{
	struct pciem_shadow s = *sh;
	struct pciem_bar_state *b;
	unsigned long words;

	if (!pd->created)
		return -ENODEV;
	if (pd->plugged || pd->plugging)
		return -EBUSY;
	if (!pciem_reg_bar(&pd->desc, s.bar) ||
	    (s.flags & ~PCIEM_SHADOW_WRITE_THROUGH))
		return -EINVAL;
	b = &pd->bars[s.bar];
	if ((s.offset | s.len) & 3 || !s.len || s.offset >= b->size ||
	    s.len > b->size - s.offset)
		return -EINVAL;
	words = b->size / 4;
	if (!b->shadow) {
		b->shadow = vmalloc_user(b->size);
		b->shadow_map = bitmap_zalloc(words, GFP_KERNEL);
		b->shadow_wt = bitmap_zalloc(words, GFP_KERNEL);
		if (!b->shadow || !b->shadow_map || !b->shadow_wt) {
			vfree(b->shadow);
			bitmap_free(b->shadow_map);
			bitmap_free(b->shadow_wt);
			b->shadow = NULL;
			b->shadow_map = NULL;
			b->shadow_wt = NULL;
			return -ENOMEM;
		}
	}
	bitmap_set(b->shadow_map, s.offset / 4, s.len / 4);
	if (s.flags & PCIEM_SHADOW_WRITE_THROUGH)
		bitmap_set(b->shadow_wt, s.offset / 4, s.len / 4);
	else
		bitmap_clear(b->shadow_wt, s.offset / 4, s.len / 4);
	return 0;
}

static int pciem_do_watch(struct pciem_dev *pd, const struct pciem_watch *wp)
{
	struct pciem_watch w = *wp;

	if (!pd->created)
		return -ENODEV;
	if (pd->plugged || pd->plugging)
		return -EBUSY;
	if (!w.len || w.offset >= PCIEM_CFG_SIZE ||
	    w.len > PCIEM_CFG_SIZE - w.offset)
		return -EINVAL;
	if (pd->nr_watch == ARRAY_SIZE(pd->watch))
		return -ENOSPC;
	pd->watch[pd->nr_watch++] = w;
	return 0;
}

/*
 * Drivers probe during pciem_plug() and their accesses wait for the model,
 * so pd->lock is not held across it; pd->plugging keeps the other state
 * ioctls out meanwhile.
 */
static int pciem_do_plug(struct pciem_dev *pd)
{
	int ret = 0;

	mutex_lock(&pd->lock);
	if (!pd->created)
		ret = -ENODEV;
	else if (pd->plugged || pd->plugging || atomic_read(&pd->dead))
		ret = -EBUSY;
	else
		pd->plugging = true;
	mutex_unlock(&pd->lock);
	if (ret)
		return ret;
	mutex_lock(&pciem_devices_lock);
	rcu_assign_pointer(pciem_devices[pd->id], pd);
	mutex_unlock(&pciem_devices_lock);
	ret = pciem_plug(pd);
	mutex_lock(&pd->lock);
	pd->plugging = false;
	mutex_unlock(&pd->lock);
	return ret;
}

static int pciem_do_info(struct pciem_dev *pd, struct pciem_info *info)
{
	int i;

	if (!pd->created)
		return -ENODEV;
	memset(info, 0, sizeof(*info));
	info->domain = pd->bus ? pd->sysdata.domain : 0;
	for (i = 0; i < PCIEM_MAX_BARS && !pd->plugging; i++)
		if (pd->bars[i].allocated)
			info->bar_addr[i] = pd->bars[i].res.start;
	info->ring_mmap_size = pd->ring_size;
	info->ring_entries = pd->entries;
	return 0;
}

/* The model may change status bits, the vendor capability and ext space. */
static bool pciem_model_may_write(struct pciem_dev *pd, u32 off, u32 size)
{
	u32 vs = PCIEM_CAP_VNDR_OFF + 3;

	if (off >= 0x100)
		return true;
	if (off >= PCI_STATUS && off + size <= PCI_STATUS + 2)
		return true;
	return (pd->desc.caps & PCIEM_CAP_VENDOR) && off >= vs &&
	       off + size <= vs + pd->desc.vendor_cap_len;
}

/* Without pd->lock: models call these from callbacks while drivers probe. */
static int pciem_do_config(struct pciem_dev *pd, struct pciem_config_access *c,
			   bool write)
{
	unsigned long flags;

	/* pairs with pciem_do_create(): desc and cfg are built */
	if (!smp_load_acquire(&pd->created))
		return -ENODEV;
	if ((c->size != 1 && c->size != 2 && c->size != 4) ||
	    c->offset & (c->size - 1) || c->offset >= PCIEM_CFG_SIZE ||
	    c->reserved)
		return -EINVAL;
	if (!write) {
		c->value = pciem_config_read(pd, c->offset, c->size);
		return 0;
	}
	if (!pciem_model_may_write(pd, c->offset, c->size))
		return -EPERM;
	raw_spin_lock_irqsave(&pd->cfg_lock, flags);
	pciem_config_set(pd, c->offset, c->size, c->value);
	raw_spin_unlock_irqrestore(&pd->cfg_lock, flags);
	return 0;
}

/* Optional events: takes effect at once, for the next event produced. */
static int pciem_do_events(struct pciem_dev *pd, const struct pciem_events *e)
{
	if (!pd->created)
		return -ENODEV;
	if (e->reserved || (e->mask & ~PCIEM_EVENTS_DMA_MAP))
		return -EINVAL;
	WRITE_ONCE(pd->events_mask, e->mask);
	return 0;
}

union pciem_ioc_arg {
	struct pciem_desc desc;
	struct pciem_shadow shadow;
	struct pciem_watch watch;
	struct pciem_info info;
	struct pciem_irq irq;
	struct pciem_irqfd irqfd;
	struct pciem_dma dma;
	struct pciem_dma_atomic atomic;
	struct pciem_config_access cfg;
	struct pciem_dma_sg sg;
	struct pciem_events events;
};

/* Commands that take pd->lock; the argument is already in kernel memory. */
static long pciem_ioctl_locked(struct pciem_dev *pd, unsigned int cmd,
			       union pciem_ioc_arg *u)
{
	long ret;

	mutex_lock(&pd->lock);
	switch (cmd) {
	case PCIEM_IOC_CREATE:
		ret = pciem_do_create(pd, &u->desc);
		break;
	case PCIEM_IOC_SHADOW:
		ret = pciem_do_shadow(pd, &u->shadow);
		break;
	case PCIEM_IOC_WATCH_CONFIG:
		ret = pciem_do_watch(pd, &u->watch);
		break;
	case PCIEM_IOC_INFO:
		ret = pciem_do_info(pd, &u->info);
		break;
	case PCIEM_IOC_IRQFD:
		ret = pd->created ? pciem_irqfd(pd, &u->irqfd) : -ENODEV;
		break;
	case PCIEM_IOC_EVENTS:
		ret = pciem_do_events(pd, &u->events);
		break;
	default:
		ret = -ENOTTY;
	}
	mutex_unlock(&pd->lock);
	return ret;
}

static bool pciem_known_cmd(unsigned int cmd)
{
	switch (cmd) {
	case PCIEM_IOC_CREATE:
	case PCIEM_IOC_SHADOW:
	case PCIEM_IOC_WATCH_CONFIG:
	case PCIEM_IOC_PLUG:
	case PCIEM_IOC_INFO:
	case PCIEM_IOC_IRQ:
	case PCIEM_IOC_IRQFD:
	case PCIEM_IOC_DMA:
	case PCIEM_IOC_DMA_ATOMIC:
	case PCIEM_IOC_CONFIG_READ:
	case PCIEM_IOC_CONFIG_WRITE:
	case PCIEM_IOC_DMA_SG:
	case PCIEM_IOC_EVENTS:
		return true;
	}
	return false;
}

/*
 * The argument is copied in before and out after any lock is taken (see
 * the lock order at the top of this file).
 */
static long pciem_fop_ioctl(struct file *file, unsigned int cmd,
			    unsigned long a)
{
	struct pciem_dev *pd = file->private_data;
	void __user *arg = (void __user *)a;
	unsigned int size = _IOC_SIZE(cmd);
	union pciem_ioc_arg u;
	long ret;

	if (!pciem_known_cmd(cmd))
		return -ENOTTY;
	if (size > sizeof(u))
		return -EINVAL;
	if ((_IOC_DIR(cmd) & _IOC_WRITE) && copy_from_user(&u, arg, size))
		return -EFAULT;

	switch (cmd) {
	case PCIEM_IOC_IRQ:
		WRITE_ONCE(pd->model_cpu, raw_smp_processor_id());
		ret = pciem_irq_raise(pd, u.irq.type, u.irq.vector);
		break;
	case PCIEM_IOC_DMA:
		ret = pciem_dma_xfer(pd, &u.dma);
		break;
	case PCIEM_IOC_DMA_ATOMIC:
		ret = pciem_dma_atomic(pd, &u.atomic);
		break;
	case PCIEM_IOC_DMA_SG:
		ret = pciem_dma_sg(pd, &u.sg);
		break;
	case PCIEM_IOC_CONFIG_READ:
	case PCIEM_IOC_CONFIG_WRITE:
		ret = pciem_do_config(pd, &u.cfg,
				      cmd == PCIEM_IOC_CONFIG_WRITE);
		break;
	case PCIEM_IOC_PLUG:
		ret = pciem_do_plug(pd);
		break;
	default:
		ret = pciem_ioctl_locked(pd, cmd, &u);
	}
	if (!ret && (_IOC_DIR(cmd) & _IOC_READ) && copy_to_user(arg, &u, size))
		ret = -EFAULT;
	return ret;
}

static int pciem_fop_mmap(struct file *file, struct vm_area_struct *vma)
{
	struct pciem_dev *pd = file->private_data;
	u64 off = (u64)vma->vm_pgoff << PAGE_SHIFT;
	unsigned long len = vma->vm_end - vma->vm_start;
	struct pciem_bar_state *b;
	int bar, ret = -EINVAL;

	mutex_lock(&pd->lock);
	if (!pd->created) {
		ret = -ENODEV;
		goto out;
	}
	if (off == PCIEM_MMAP_RING) {
		if (len <= PAGE_ALIGN(pd->ring_size))
			ret = remap_vmalloc_range(vma, pd->ring, 0);
		goto out;
	}
	bar = (off >> 36) - 1;
	if (bar < 0 || bar >= PCIEM_MAX_BARS || off != PCIEM_MMAP_BAR(bar))
		goto out;
	b = &pd->bars[bar];
	if (!b->size || len > b->size)
		goto out;
	if (b->flags & PCIEM_BAR_MEMORY) {
		if (!b->allocated || pd->plugging) {
			ret = -EAGAIN;	/* mapped after PLUG */
			goto out;
		}
		ret = pciem_phys_allowed(pd);
		if (ret)
			goto out;
		/* match the driver's WC/UC mapping: no attribute alias */
		vma->vm_page_prot = pgprot_writecombine(vma->vm_page_prot);
		ret = remap_pfn_range(vma, vma->vm_start,
				      PHYS_PFN(b->res.start), len,
				      vma->vm_page_prot);
	} else if (b->shadow) {
		ret = remap_vmalloc_range(vma, b->shadow, 0);
	}
out:
	mutex_unlock(&pd->lock);
	return ret;
}

static __poll_t pciem_fop_poll(struct file *file, poll_table *wait)
{
	struct pciem_dev *pd = file->private_data;
	__poll_t mask = 0;

	WRITE_ONCE(pd->model_cpu, raw_smp_processor_id());
	poll_wait(file, &pd->wq, wait);
	if (atomic_read(&pd->dead))
		mask |= EPOLLHUP | EPOLLERR;
	/* acquire: events up to tail are complete */
	if (pd->ring && smp_load_acquire(&pd->hdr->tail) !=
	    READ_ONCE(pd->hdr->head))
		mask |= EPOLLIN | EPOLLRDNORM;
	return mask;
}

static const struct file_operations pciem_fops = {
	.owner = THIS_MODULE,
	.open = pciem_fop_open,
	.release = pciem_fop_release,
	.unlocked_ioctl = pciem_fop_ioctl,
	/* every argument has one layout for 32- and 64-bit models */
	.compat_ioctl = compat_ptr_ioctl,
	.mmap = pciem_fop_mmap,
	.poll = pciem_fop_poll,
	.llseek = noop_llseek,
};

static struct miscdevice pciem_misc = {
	.minor = MISC_DYNAMIC_MINOR,
	.name = "pciem",
	.fops = &pciem_fops,
	.mode = 0600,
};

/* Tell the model when a driver binds to or leaves its device. */
static int pciem_bus_notify(struct notifier_block *nb, unsigned long action,
			    void *data)
{
	struct pci_dev *pdev = to_pci_dev(data);
	struct pciem_dev *pd = pciem_from_pdev(pdev);
	struct pciem_event ev = {};

	if (!pd)
		return NOTIFY_DONE;
	if (action == BUS_NOTIFY_BOUND_DRIVER)
		ev.type = PCIEM_EV_BIND;
	else if (action == BUS_NOTIFY_UNBOUND_DRIVER)
		ev.type = PCIEM_EV_UNBIND;
	else
		return NOTIFY_DONE;
	pciem_ring_post(pd, &ev);
	return NOTIFY_OK;
}

static struct notifier_block pciem_nb = {
	.notifier_call = pciem_bus_notify,
};

static int pciem_parse_shared_ram(unsigned long *base, unsigned long *size)
{
	char *at;

	*base = 0;
	*size = 0;
	if (!shared_ram || !*shared_ram)
		return 0;
	*size = memparse(shared_ram, &at);
	if (*at != '@')
		goto bad;
	*base = memparse(at + 1, &at);
	if (*at && *at != '\n')
		goto bad;
	return 0;
bad:
	pr_err("shared_ram=%s: expected SIZE@ADDR, e.g. 512M@0x40000000\n",
	       shared_ram);
	return -EINVAL;
}

static int __init pciem_init(void)
{
	unsigned long base, size;
	int ret;

	BUILD_BUG_ON(sizeof(struct pciem_desc) != 280);
	BUILD_BUG_ON(offsetof(struct pciem_desc, bars) != 24);
	BUILD_BUG_ON(offsetof(struct pciem_desc, reserved) != 216);
	BUILD_BUG_ON(sizeof(struct pciem_info) != 72);
	BUILD_BUG_ON(sizeof(struct pciem_event) != 32);
	BUILD_BUG_ON(sizeof(struct pciem_dma_atomic) != 40);
	BUILD_BUG_ON(sizeof(struct pciem_dma_sg) != 32);
	BUILD_BUG_ON(sizeof(struct pciem_events) != 8);
	BUILD_BUG_ON(offsetof(struct pciem_ring_header, reply) != 64);
	ret = pciem_parse_shared_ram(&base, &size);
	if (ret)
		return ret;
	ret = pciem_bus_init(base, size);
	if (ret)
		return ret;
	ret = pciem_irq_init();
	if (ret)
		goto err_bus;
	ret = pciem_trap_init();
	if (ret)
		goto err_irq;
	ret = bus_register_notifier(&pci_bus_type, &pciem_nb);
	if (ret)
		goto err_trap;
	ret = misc_register(&pciem_misc);
	if (ret)
		goto err_nb;
	return 0;
err_nb:
	bus_unregister_notifier(&pci_bus_type, &pciem_nb);
err_trap:
	pciem_trap_exit();
err_irq:
	pciem_irq_exit();
err_bus:
	pciem_bus_exit();
	return ret;
}

static void __exit pciem_exit(void)
{
	misc_deregister(&pciem_misc);
	/* a host bridge someone still holds keeps its device, and our code */
	wait_event(pciem_idle, !atomic_read(&pciem_live));
	bus_unregister_notifier(&pci_bus_type, &pciem_nb);
	pciem_trap_exit();
	pciem_irq_exit();
	pciem_bus_exit();
}

module_init(pciem_init);
module_exit(pciem_exit);

MODULE_DESCRIPTION("PCIem: PCIe devices defined by userspace");
MODULE_AUTHOR("The PCIem authors");
MODULE_LICENSE("Dual MIT/GPL");
