// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * Each PCIem device sits alone behind a virtual host bridge in a private
 * PCI domain above 0xffff, so nothing of the real machine's PCI topology
 * is touched.  Register BARs get physical address space with nothing
 * behind it (every access traps); memory BARs get a slice of the reserved
 * RAM pool so they are real memory for both the driver and the model.
 *
 * Each BAR's address range is a struct resource we own, inserted in the
 * iomem tree, and it is also the host bridge window the BAR is claimed
 * in.  The PCI core merges contiguous bridge windows and releases the
 * absorbed ones, which would tear our resources out from under us: the
 * allocators below never place two BARs of one device next to each other,
 * so the core always keeps every window as it was given.
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/dma-map-ops.h>
#include <linux/genalloc.h>
#include <linux/io.h>
#include <linux/irqdomain.h>
#include <linux/msi.h>
#include <linux/pci.h>
#include <linux/security.h>
#include <asm/e820/api.h>

#include "pciem.h"

/*
 * The reserved RAM is carved up here rather than with allocate_resource(),
 * which on x86 refuses e820-reserved ranges.
 */
static struct gen_pool *pool;

/* firmware types RAM turned into with memmap=SIZE$ADDR must not have */
static const enum e820_type pciem_not_ram[] = {
	E820_TYPE_RESERVED, E820_TYPE_ACPI, E820_TYPE_NVS,
	E820_TYPE_UNUSABLE, E820_TYPE_PMEM, E820_TYPE_PRAM,
	E820_TYPE_SOFT_RESERVED,
};

/*
 * memmap=SIZE$ADDR marks RAM reserved in the kernel's e820 table only; the
 * firmware's table still says RAM.  Anything else (firmware-reserved
 * ranges, ACPI tables, holes, device memory) is refused.
 */
static int pciem_check_reserved_ram(unsigned long base, unsigned long size)
{
	unsigned long a;
	int i;

	for (i = 0; i < ARRAY_SIZE(pciem_not_ram); i++)
		if (e820__mapped_raw_any(base, base + size, pciem_not_ram[i]))
			return -EINVAL;
	for (a = base; a < base + size; a += PAGE_SIZE) {
		if (!e820__mapped_raw_any(a, a + PAGE_SIZE, E820_TYPE_RAM) ||
		    !e820__mapped_any(a, a + PAGE_SIZE, E820_TYPE_RESERVED))
			return -EINVAL;
		cond_resched();
	}
	return 0;
}

/*
 * A memory BAR hands a model physical memory, as /dev/mem would.  The
 * kernel may be locked down after pciem is loaded (through securityfs), so
 * this is checked whenever a memory BAR is placed or mapped, not only at
 * load.  Mappings made before the lockdown stay.
 */
static int pciem_locked_down(void)
{
	return security_locked_down(LOCKDOWN_PCI_ACCESS) ?:
	       security_locked_down(LOCKDOWN_DEV_MEM);
}

int pciem_phys_allowed(struct pciem_dev *pd)
{
	int ret = pciem_locked_down();

	if (ret)
		pr_err_ratelimited("device %d: memory BARs give a model physical memory: refused while the kernel is locked down\n",
				   pd->id);
	return ret;
}

static int pciem_pool_init(unsigned long base, unsigned long size)
{
	if (!size)
		return 0;
	if (pciem_locked_down()) {
		pr_err("shared_ram gives models physical memory: refused while the kernel is locked down\n");
		return -EPERM;
	}
	if (!PAGE_ALIGNED(base) || !PAGE_ALIGNED(size) || base + size < base) {
		pr_err("shared_ram must be page aligned\n");
		return -EINVAL;
	}
	if (region_intersects(base, size, IORESOURCE_SYSTEM_RAM,
			      IORES_DESC_NONE) != REGION_DISJOINT) {
		pr_err("shared_ram %#lx+%#lx is in use as System RAM; reserve it at boot with memmap=%luM$%#lx\n",
		       base, size, size >> 20, base);
		return -EBUSY;
	}
	if (pciem_check_reserved_ram(base, size)) {
		pr_err("shared_ram %#lx+%#lx is not wholly RAM reserved with memmap=%luM$%#lx (the firmware's memory map must say RAM there)\n",
		       base, size, size >> 20, base);
		return -EINVAL;
	}
	pool = gen_pool_create(PAGE_SHIFT, NUMA_NO_NODE);
	if (!pool)
		return -ENOMEM;
	if (gen_pool_add(pool, base, size, NUMA_NO_NODE)) {
		gen_pool_destroy(pool);
		pool = NULL;
		return -ENOMEM;
	}
	return 0;
}

/* Would [start, start + size) touch or overlap a BAR already placed? */
static bool pciem_bar_touches(struct pciem_dev *pd, u64 start, u64 size)
{
	int i;

	for (i = 0; i < PCIEM_MAX_BARS; i++) {
		struct resource *r = &pd->bars[i].res;

		if (pd->bars[i].allocated && start <= r->end + 1 &&
		    r->start <= start + size)
			return true;
	}
	return false;
}

/* allocate_resource() callback: the first aligned start not touching. */
static resource_size_t pciem_align_apart(void *data,
					 const struct resource *avail,
					 resource_size_t size,
					 resource_size_t align)
{
	resource_size_t start = ALIGN(avail->start, align);

	while (pciem_bar_touches(data, start, size) &&
	       start + size - 1 <= avail->end)
		start += align;
	return start;
}

struct pciem_pool_req {
	struct pciem_dev *pd;
	unsigned long align;
};

/* gen_pool algorithm: first fit, aligned, not touching another BAR. */
static unsigned long pciem_pool_fit(unsigned long *map, unsigned long size,
				    unsigned long start, unsigned int nr,
				    void *data, struct gen_pool *gp,
				    unsigned long start_addr)
{
	struct pciem_pool_req *req = data;
	int order = gp->min_alloc_order;
	unsigned long mask = (req->align >> order) - 1;
	unsigned long off = (start_addr & (req->align - 1)) >> order;
	unsigned long bit;

	for (;;) {
		bit = bitmap_find_next_zero_area_off(map, size, start, nr,
						     mask, off);
		if (bit >= size ||
		    !pciem_bar_touches(req->pd, start_addr + (bit << order),
				       (unsigned long)nr << order))
			return bit;
		start = bit + 1;
	}
}

static int pciem_alloc_from_pool(struct pciem_dev *pd,
				 struct pciem_bar_state *b, bool is64)
{
	struct pciem_pool_req req = { .pd = pd, .align = b->size };
	unsigned long addr;
	void *mem;

	addr = gen_pool_alloc_algo(pool, b->size, pciem_pool_fit, &req);
	if (!addr)
		return -ENOSPC;
	if (!is64 && addr + b->size - 1 > U32_MAX) {
		gen_pool_free(pool, addr, b->size);
		return -ENOSPC;
	}
	b->res.start = addr;
	b->res.end = addr + b->size - 1;
	/* visible in /proc/iomem, under the e820 "Reserved" range */
	if (insert_resource(&iomem_resource, &b->res)) {
		pr_err_ratelimited("device %d: %pR of shared_ram is claimed by someone else\n",
				   pd->id, &b->res);
		gen_pool_free(pool, addr, b->size);
		return -EBUSY;
	}
	/* a model never sees what an earlier device left behind */
	mem = memremap(addr, b->size, MEMREMAP_WC);
	if (!mem) {
		release_resource(&b->res);
		gen_pool_free(pool, addr, b->size);
		return -ENOMEM;
	}
	memset(mem, 0, b->size);
	wmb();	/* the clearing is out of the write-combining buffers */
	memunmap(mem);
	return 0;
}

static int pciem_alloc_under_4g(struct pciem_dev *pd, struct resource *res,
				u64 size)
{
	struct resource *r;

	if (!allocate_resource(&iomem_resource, res, size, SZ_1M,
			       U32_MAX, size, pciem_align_apart, pd))
		return 0;
	/* Firmware usually gives all of low MMIO to the root bridges. */
	for (r = iomem_resource.child; r; r = r->sibling) {
		if (r->end > U32_MAX || !(r->flags & IORESOURCE_MEM) ||
		    !r->name || strncmp(r->name, "PCI Bus", 7))
			continue;
		if (!allocate_resource(r, res, size, r->start, r->end, size,
				       pciem_align_apart, pd))
			return 0;
	}
	return -ENOSPC;
}

static int pciem_alloc_bar(struct pciem_dev *pd, int i)
{
	struct pciem_bar_state *b = &pd->bars[i];
	bool is64 = b->flags & PCIEM_BAR_64BIT;
	u64 top = (1ULL << boot_cpu_data.x86_phys_bits) - 1;
	int ret;

	b->res.name = "PCIem BAR";
	b->res.flags = IORESOURCE_MEM;
	if (b->flags & PCIEM_BAR_MEMORY) {
		if (!pool) {
			pr_err_ratelimited("memory BARs need reserved RAM: boot with memmap=512M$0x40000000 and load pciem with shared_ram=512M@0x40000000\n");
			return -ENOSPC;
		}
		ret = pciem_phys_allowed(pd);
		if (ret)
			return ret;
		ret = pciem_alloc_from_pool(pd, b, is64);
		if (ret == -ENOSPC)
			pr_err_ratelimited("device %d: no room for a %llu KiB memory BAR in shared_ram\n",
					   pd->id, b->size >> 10);
	} else if (is64) {
		ret = allocate_resource(&iomem_resource, &b->res, b->size,
					(top + 1) / 2, top, b->size,
					pciem_align_apart, pd);
	} else {
		ret = pciem_alloc_under_4g(pd, &b->res, b->size);
	}
	if (ret == -EBUSY && !(b->flags & PCIEM_BAR_MEMORY))
		ret = -ENOSPC;	/* allocate_resource()'s "no room" */
	if (ret)
		return ret;
	b->allocated = true;
	pciem_config_set(pd, PCI_BASE_ADDRESS_0 + 4 * i, 4,
			 (u32)b->res.start | (pd->cfg[PCI_BASE_ADDRESS_0 + 4 * i] & 0xf));
	if (is64)
		pciem_config_set(pd, PCI_BASE_ADDRESS_0 + 4 * i + 4, 4,
				 b->res.start >> 32);
	return 0;
}

void pciem_bars_free(struct pciem_dev *pd)
{
	int i;

	for (i = 0; i < PCIEM_MAX_BARS; i++) {
		struct pciem_bar_state *b = &pd->bars[i];

		if (!b->allocated)
			continue;
		release_resource(&b->res);
		if (b->flags & PCIEM_BAR_MEMORY)
			gen_pool_free(pool, b->res.start, b->size);
		b->allocated = false;
	}
}

/*
 * A domain above 0xffff that no bus uses, whose low 16 bits match no
 * bus's either: VT-d looks devices up by a 16-bit segment, so 0x10000
 * would pass for segment 0 and be put behind its IOMMU.  VMD picks the
 * highest domain + 1, so it moves past ours.  Called under
 * pci_lock_rescan_remove(), which serializes our plugs.
 */
static int pciem_pick_domain(void)
{
	int dom;

	for (dom = PCIEM_DOMAIN_BASE; dom <= PCIEM_DOMAIN_LAST; dom++) {
		struct pci_bus *b = NULL;
		bool used = false;

		while (!used && (b = pci_find_next_bus(b)))
			used = (u16)pci_domain_nr(b) == (u16)dom;
		if (!used)
			return dom;
	}
	return -ENOSPC;
}

/* INTx: the host bridge maps it at each probe, so rescans keep it. */
static int pciem_map_irq(const struct pci_dev *pdev, u8 slot, u8 pin)
{
	struct pciem_dev *pd = pciem_from_pdev((struct pci_dev *)pdev);

	if (!pd || !pd->intx_virq)
		return -1;
	/* the line is ours: keep ACPI from looking for a GSI */
	((struct pci_dev *)pdev)->irq_managed = 1;
	return pd->intx_virq;
}

/*
 * Every pci_dev on our bus, also one a sysfs rescan creates, DMAs and
 * signals MSIs through us, and keeps its BARs where they are: claimed in
 * their windows before the core would try to reassign them (outside its
 * idea of where PCI memory may go, it would fail and drop them).  The
 * scan ran before the bus had our MSI domain, and x86 gave the device
 * its default one.
 */
static int pciem_bus_add_notify(struct notifier_block *nb,
				unsigned long action, void *data)
{
	struct pci_dev *pdev = to_pci_dev(data);
	int i;

	if (action != BUS_NOTIFY_ADD_DEVICE || !pciem_from_pdev(pdev))
		return NOTIFY_DONE;
	set_dma_ops(&pdev->dev, &pciem_dma_ops);
	dev_set_msi_domain(&pdev->dev, pciem_msi_domain());
	for (i = 0; i < PCI_STD_NUM_BARS; i++)
		if (pdev->resource[i].flags && !pdev->resource[i].parent)
			pci_claim_resource(pdev, i);
	return NOTIFY_OK;
}

static void pciem_bridge_release(struct pci_host_bridge *bridge)
{
	pciem_dev_put(bridge->release_data);
}

static struct notifier_block pciem_bus_add_nb = {
	.notifier_call = pciem_bus_add_notify,
};

int pciem_bus_init(unsigned long base, unsigned long size)
{
	int ret;

	ret = pciem_pool_init(base, size);
	if (ret)
		return ret;
	ret = bus_register_notifier(&pci_bus_type, &pciem_bus_add_nb);
	if (ret && pool) {
		gen_pool_destroy(pool);
		pool = NULL;
	}
	return ret;
}

void pciem_bus_exit(void)
{
	bus_unregister_notifier(&pci_bus_type, &pciem_bus_add_nb);
	if (pool)
		gen_pool_destroy(pool);
	pool = NULL;
}

/* Undo what pciem_plug() did before its bus existed. */
static void pciem_plug_undo(struct pciem_dev *pd)
{
	WRITE_ONCE(pd->plugged, false);
	/* no trap handler still matches addresses we give back */
	synchronize_rcu();
	pciem_bars_free(pd);
}

int pciem_plug(struct pciem_dev *pd)
{
	struct pci_host_bridge *bridge;
	int i, dom, ret;

	for (i = 0; i < PCIEM_MAX_BARS; i++) {
		if (!pd->bars[i].size)
			continue;
		ret = pciem_alloc_bar(pd, i);
		if (ret)
			goto err_bars;
	}
	bridge = pci_alloc_host_bridge(0);
	if (!bridge) {
		ret = -ENOMEM;
		goto err_bars;
	}
	for (i = 0; i < PCIEM_MAX_BARS; i++)
		if (pd->bars[i].allocated)
			pci_add_resource(&bridge->windows, &pd->bars[i].res);
	pd->busn.name = "PCIem bus";
	pd->busn.start = 0;
	pd->busn.end = 0;
	pd->busn.flags = IORESOURCE_BUS;
	pci_add_resource(&bridge->windows, &pd->busn);
	bridge->sysdata = &pd->sysdata;
	bridge->ops = &pciem_pci_ops;
	bridge->busnr = 0;
	bridge->map_irq = pciem_map_irq;
	pd->sysdata.node = NUMA_NO_NODE;
	/* From here on the trap handler knows this device's BARs. */
	WRITE_ONCE(pd->plugged, true);

	pci_lock_rescan_remove();
	dom = pciem_pick_domain();
	if (dom < 0) {
		pci_unlock_rescan_remove();
		pci_free_host_bridge(bridge);
		pr_err_ratelimited("device %d: no free PCI domain\n", pd->id);
		ret = dom;
		goto err_bars;
	}
	pd->sysdata.domain = dom;
	ret = pci_scan_root_bus_bridge(bridge);
	if (ret) {
		pci_unlock_rescan_remove();
		pci_free_host_bridge(bridge);
		pr_err_ratelimited("device %d: cannot register its host bridge: %d\n",
				   pd->id, ret);
		goto err_bars;
	}
	pd->bus = bridge->bus;
	kref_get(&pd->ref);
	pci_set_host_bridge_release(bridge, pciem_bridge_release, pd);
	dev_set_msi_domain(&pd->bus->dev, pciem_msi_domain());
	pd->pdev = pci_get_slot(pd->bus, 0);
	if (!pd->pdev) {
		pci_unlock_rescan_remove();
		pr_err_ratelimited("device %d: its device did not answer the scan\n", pd->id);
		pciem_unplug(pd);
		return -ENODEV;
	}
	pciem_irq_dev_plugged(pd);
	pci_bus_claim_resources(pd->bus);
	pci_bus_add_devices(pd->bus);
	pci_unlock_rescan_remove();
	return 0;
err_bars:
	atomic_set(&pd->dead, 1);
	wake_up_all(&pd->wq);
	pciem_plug_undo(pd);
	return ret;
}

/* Surprise removal: the device is gone before the driver hears of it. */
void pciem_unplug(struct pciem_dev *pd)
{
	atomic_set(&pd->dead, 1);
	wake_up_all(&pd->wq);
	if (pd->bus) {
		struct device *bridge = pd->bus->bridge;

		pci_lock_rescan_remove();
		pci_stop_root_bus(pd->bus);
		pci_dev_put(pd->pdev);
		pd->pdev = NULL;
		pci_remove_root_bus(pd->bus);
		pci_unlock_rescan_remove();
		pd->bus = NULL;
		/* pci_register_host_bridge()'s reference to the bridge */
		put_device(bridge);
	}
}
