// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * Each PCIem device sits alone behind a virtual host bridge in a private
 * PCI domain above 0xffff, so nothing of the real machine's PCI topology
 * is touched.  Register BARs get physical address space with nothing
 * behind it (every access traps); memory BARs get a slice of the reserved
 * RAM pool so they are real memory for both the driver and the model.
 */
#include <linux/dma-map-ops.h>
#include <linux/genalloc.h>
#include <linux/irqdomain.h>
#include <linux/msi.h>
#include <linux/pci.h>

#include "pciem.h"

/*
 * The reserved RAM is carved up here rather than with allocate_resource(),
 * which on x86 refuses e820-reserved ranges.
 */
static struct gen_pool *pool;

int pciem_bus_init(unsigned long base, unsigned long size)
{
	if (!size)
		return 0;
	if (!PAGE_ALIGNED(base) || !PAGE_ALIGNED(size) || base + size < base) {
		pr_err("pciem: shared_ram must be page aligned\n");
		return -EINVAL;
	}
	if (region_intersects(base, size, IORESOURCE_SYSTEM_RAM,
			      IORES_DESC_NONE) != REGION_DISJOINT) {
		pr_err("pciem: shared_ram %#lx+%#lx is in use as System RAM; reserve it at boot with memmap=%luM$%#lx\n",
		       base, size, size >> 20, base);
		return -EBUSY;
	}
	/* memmap=SIZE$ADDR turns RAM into an e820 "reserved" range */
	if (region_intersects(base, size, IORESOURCE_MEM,
			      IORES_DESC_RESERVED) != REGION_INTERSECTS) {
		pr_err("pciem: shared_ram %#lx+%#lx is not reserved RAM; boot with memmap=%luM$%#lx\n",
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

void pciem_bus_exit(void)
{
	if (pool)
		gen_pool_destroy(pool);
	pool = NULL;
}

static int alloc_from_pool(struct resource *res, u64 size, bool is64)
{
	struct genpool_data_align align = { .align = size };
	unsigned long addr;

	addr = gen_pool_alloc_algo(pool, size, gen_pool_first_fit_align,
				   &align);
	if (!addr)
		return -ENOSPC;
	if (!is64 && addr + size - 1 > U32_MAX) {
		gen_pool_free(pool, addr, size);
		return -ENOSPC;
	}
	res->start = addr;
	res->end = addr + size - 1;
	return 0;
}

static int alloc_under_4g(struct resource *res, u64 size)
{
	struct resource *r;

	if (!allocate_resource(&iomem_resource, res, size, SZ_1M,
			       U32_MAX, size, NULL, NULL))
		return 0;
	/* Firmware usually gives all of low MMIO to the root bridges. */
	for (r = iomem_resource.child; r; r = r->sibling) {
		if (r->end > U32_MAX || !(r->flags & IORESOURCE_MEM) ||
		    !r->name || strncmp(r->name, "PCI Bus", 7))
			continue;
		if (!allocate_resource(r, res, size, r->start, r->end, size,
				       NULL, NULL))
			return 0;
	}
	return -ENOSPC;
}

static int alloc_bar(struct pciem_dev *pd, int i)
{
	struct pciem_bar_state *b = &pd->bars[i];
	bool is64 = b->flags & PCIEM_BAR_64BIT;
	u64 top = (1ULL << boot_cpu_data.x86_phys_bits) - 1;
	int ret;

	b->res.name = "PCIem BAR";
	b->res.flags = IORESOURCE_MEM;
	if (b->flags & PCIEM_BAR_MEMORY) {
		if (!pool) {
			pr_err("pciem: memory BARs need reserved RAM: boot with memmap=512M$0x40000000 and load pciem with shared_ram=512M@0x40000000\n");
			return -ENOSPC;
		}
		ret = alloc_from_pool(&b->res, b->size, is64);
		if (ret)
			pr_err("pciem%d: no room for a %llu MiB memory BAR in shared_ram\n",
			       pd->id, b->size >> 20);
	} else if (is64) {
		ret = allocate_resource(&iomem_resource, &b->res, b->size,
					(top + 1) / 2, top, b->size, NULL,
					NULL);
	} else {
		ret = alloc_under_4g(&b->res, b->size);
	}
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
		if (b->flags & PCIEM_BAR_MEMORY)
			gen_pool_free(pool, b->res.start, b->size);
		else
			release_resource(&b->res);
		b->allocated = false;
	}
}

static void bridge_release(struct pci_host_bridge *bridge)
{
	pciem_dev_put(bridge->release_data);
}

int pciem_plug(struct pciem_dev *pd)
{
	struct pci_host_bridge *bridge;
	LIST_HEAD(windows);
	struct pci_bus *bus;
	int i, ret;

	for (i = 0; i < PCIEM_MAX_BARS; i++) {
		if (!pd->bars[i].size)
			continue;
		ret = alloc_bar(pd, i);
		if (ret)
			goto err;
		pci_add_resource(&windows, &pd->bars[i].res);
	}
	pd->busn.name = "PCIem bus";
	pd->busn.start = 0;
	pd->busn.end = 0;
	pd->busn.flags = IORESOURCE_BUS;
	pci_add_resource(&windows, &pd->busn);

	pd->sysdata.domain = PCIEM_DOMAIN_BASE + pd->id;
	pd->sysdata.node = NUMA_NO_NODE;
	/* From here on the trap handler knows this device's BARs. */
	pd->plugged = true;

	pci_lock_rescan_remove();
	bus = pci_create_root_bus(NULL, 0, &pciem_pci_ops, &pd->sysdata,
				  &windows);
	if (!bus) {
		pci_unlock_rescan_remove();
		pci_free_resource_list(&windows);
		ret = -ENOMEM;
		goto err;
	}
	pd->bus = bus;
	bridge = to_pci_host_bridge(bus->bridge);
	kref_get(&pd->ref);
	pci_set_host_bridge_release(bridge, bridge_release, pd);
	dev_set_msi_domain(&bus->dev, pciem_msi_domain());
	pci_scan_child_bus(bus);
	pd->pdev = pci_get_slot(bus, 0);
	if (!pd->pdev) {
		pci_unlock_rescan_remove();
		ret = -ENODEV;
		goto err;
	}
	set_dma_ops(&pd->pdev->dev, &pciem_dma_ops);
	pciem_irq_dev_plugged(pd);
	pci_bus_claim_resources(bus);
	pci_bus_add_devices(bus);
	pci_unlock_rescan_remove();
	return 0;
err:
	pciem_unplug(pd);
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
		/* pci_create_root_bus()'s reference to the bridge */
		put_device(bridge);
	}
}
