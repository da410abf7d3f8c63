// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * Driver of the BAR-layout test device (pciem_layouts.h): probing maps
 * every BAR the way drivers do and touches both of its ends, so a layout
 * the framework gets wrong fails the probe (or splats), and a bound
 * driver proves every BAR works.
 */
#include <linux/io.h>
#include <linux/module.h>
#include <linux/pci.h>

#include "pciem_layouts.h"

static int pl_check_reg(struct pci_dev *pdev, int bar, void __iomem *m,
			u64 len)
{
	u64 offs[2] = { 0, len - 4 };
	int i;

	for (i = 0; i < ARRAY_SIZE(offs); i++) {
		u32 want = pciem_layouts_pattern(bar, offs[i]);
		u32 got = ioread32(m + offs[i]);

		if (got != want) {
			pci_err(pdev, "BAR %d+%#llx reads %#x, not %#x\n", bar,
				offs[i], got, want);
			return -EIO;
		}
	}
	iowrite32(~pciem_layouts_pattern(bar, len - 8), m + len - 8);
	return 0;
}

static int pl_check_mem(struct pci_dev *pdev, int bar, void __iomem *m,
			u64 len)
{
	u64 offs[2] = { 0, len - 4 };
	int i;

	for (i = 0; i < ARRAY_SIZE(offs); i++) {
		u32 got = ioread32(m + offs[i]);

		if (got) {
			pci_err(pdev, "memory BAR %d+%#llx holds %#x, not 0\n",
				bar, offs[i], got);
			return -EIO;
		}
		iowrite32(pciem_layouts_pattern(bar, offs[i]), m + offs[i]);
	}
	return 0;
}

static int pl_probe(struct pci_dev *pdev, const struct pci_device_id *id)
{
	int bar, ret;

	ret = pci_enable_device(pdev);
	if (ret)
		return ret;
	ret = pci_request_regions(pdev, "pciem_layouts");
	if (ret) {
		pci_disable_device(pdev);
		return ret;
	}
	for (bar = 0; bar < PCI_STD_NUM_BARS && !ret; bar++) {
		u64 len = pci_resource_len(pdev, bar);
		bool mem = pdev->subsystem_device & BIT(bar);
		void __iomem *m;

		if (!len)
			continue;
		m = mem ? pci_iomap_wc(pdev, bar, 0) : pci_iomap(pdev, bar, 0);
		if (!m) {
			pci_err(pdev, "BAR %d: cannot map %pR\n", bar,
				&pdev->resource[bar]);
			ret = -ENOMEM;
			break;
		}
		ret = mem ? pl_check_mem(pdev, bar, m, len) :
			    pl_check_reg(pdev, bar, m, len);
		pci_iounmap(pdev, m);
	}
	if (ret) {
		pci_release_regions(pdev);
		pci_disable_device(pdev);
	}
	return ret;
}

static void pl_remove(struct pci_dev *pdev)
{
	pci_release_regions(pdev);
	pci_disable_device(pdev);
}

static const struct pci_device_id pl_ids[] = {
	{ PCI_DEVICE(PL_VENDOR, PL_DEVICE) },
	{ }
};
MODULE_DEVICE_TABLE(pci, pl_ids);

static struct pci_driver pl_driver = {
	.name = "pciem_layouts",
	.id_table = pl_ids,
	.probe = pl_probe,
	.remove = pl_remove,
};
module_pci_driver(pl_driver);

MODULE_DESCRIPTION("PCIem BAR layout test driver");
MODULE_LICENSE("Dual MIT/GPL");
