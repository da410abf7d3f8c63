// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * A host bridge that is not PCIem's, in the PCI domain given (as VMD
 * creates one in the highest domain + 1), with an empty bus.  While it is
 * loaded, PCIem must not pick that domain, nor one with the same low 16
 * bits (VT-d's segment lookup truncates to them).
 */
#include <linux/module.h>
#include <linux/pci.h>

static int domain = 0x10001;
module_param(domain, int, 0444);

static struct pci_sysdata pciem_foreign_sysdata;
static struct resource pciem_foreign_busn = {
	.name = "PCIem test foreign bus",
	.start = 0,
	.end = 0,
	.flags = IORESOURCE_BUS,
};

static struct pci_bus *pciem_foreign_bus;

/* nothing answers on this bus */
static int pciem_foreign_read(struct pci_bus *bus, unsigned int devfn,
			      int where, int size, u32 *val)
{
	*val = ~0;
	return PCIBIOS_DEVICE_NOT_FOUND;
}

static int pciem_foreign_write(struct pci_bus *bus, unsigned int devfn,
			       int where, int size, u32 val)
{
	return PCIBIOS_DEVICE_NOT_FOUND;
}

static struct pci_ops pciem_foreign_ops = {
	.read = pciem_foreign_read,
	.write = pciem_foreign_write,
};

static int __init pciem_foreign_init(void)
{
	LIST_HEAD(res);

	pciem_foreign_sysdata.domain = domain;
	pciem_foreign_sysdata.node = NUMA_NO_NODE;
	pci_add_resource(&res, &pciem_foreign_busn);
	pci_lock_rescan_remove();
	pciem_foreign_bus = pci_create_root_bus(NULL, 0, &pciem_foreign_ops,
						&pciem_foreign_sysdata, &res);
	pci_unlock_rescan_remove();
	if (!pciem_foreign_bus) {
		pci_free_resource_list(&res);
		return -EBUSY;
	}
	pr_info("pciem_foreign: host bridge in domain %#x\n", domain);
	return 0;
}

static void __exit pciem_foreign_exit(void)
{
	pci_lock_rescan_remove();
	pci_stop_root_bus(pciem_foreign_bus);
	pci_remove_root_bus(pciem_foreign_bus);
	pci_unlock_rescan_remove();
}

module_init(pciem_foreign_init);
module_exit(pciem_foreign_exit);
MODULE_DESCRIPTION("A host bridge of someone else's in a PCI domain");
MODULE_LICENSE("Dual MIT/GPL");
