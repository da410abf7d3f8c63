// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * Driver of the BAR-layout test device (pciem_layouts.h): probing maps
 * every BAR the way drivers do and touches both of its ends, so a layout
 * the framework gets wrong fails the probe (or splats), and a bound
 * driver proves every BAR works.  Register BARs are also checked in the
 * page tables: every entry mapping them is armed (never present, with
 * the PFN stored inverted, as the kernel keeps not-present entries), and
 * BARs of 2 MiB and more, mapped with 2 MiB entries, survive a degraded
 * page (an undecodable access) in the middle of such an entry.
 */
#include <linux/io.h>
#include <linux/module.h>
#include <linux/pci.h>
#include <asm/pgtable.h>

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

/* degraded pages by the size of the entry they were in, for the script */
static unsigned int degraded_2m, degraded_4k;
module_param(degraded_2m, uint, 0444);
module_param(degraded_4k, uint, 0444);

static const char *pl_level(unsigned int level)
{
	return level == PG_LEVEL_4K ? "4K" : level == PG_LEVEL_2M ? "2M" :
	       level == PG_LEVEL_1G ? "1G" : "?";
}

/*
 * The entry mapping @addr must be armed for @phys: not present, PROTNONE,
 * and its PFN bits the inverse of @phys's.  A present entry could put a
 * translation of the empty bus range in a TLB; an uninverted PFN in a
 * not-present entry is what L1TF speculation reads through.
 */
static int pl_check_armed(struct pci_dev *pdev, int bar, unsigned long addr,
			  phys_addr_t phys, unsigned int *level)
{
	pte_t *pte = lookup_address(addr, level);
	u64 v, mask;

	if (!pte) {
		pci_err(pdev, "BAR %d: no page table entry at %#lx\n", bar,
			addr);
		return -EIO;
	}
	v = pte_val(*pte);
	mask = PTE_PFN_MASK & page_level_mask(*level);
	if ((v & (_PAGE_PRESENT | _PAGE_PROTNONE)) != _PAGE_PROTNONE) {
		pci_err(pdev, "BAR %d: %s entry %#llx at %#lx is not armed\n",
			bar, pl_level(*level), v, addr);
		return -EIO;
	}
	if ((~v & mask) != (phys & mask)) {
		pci_err(pdev, "BAR %d: %s entry %#llx at %#lx does not hold %pa inverted%s\n",
			bar, pl_level(*level), v, addr, &phys,
			(v & mask) == (phys & mask) ? " (it is not inverted)" :
			"");
		return -EIO;
	}
	return 0;
}

/* Every entry of the mapping @m of register BAR @bar is armed. */
static int pl_check_entries(struct pci_dev *pdev, int bar, void __iomem *m,
			    u64 len)
{
	phys_addr_t start = pci_resource_start(pdev, bar);
	unsigned long addr = (unsigned long)m;
	unsigned int level = PG_LEVEL_4K, first = 0;
	u64 off;
	int ret;

	for (off = 0; off < len; off += page_level_size(level)) {
		ret = pl_check_armed(pdev, bar, addr + off, start + off,
				     &level);
		if (ret)
			return ret;
		if (!off)
			first = level;
		/* the next entry starts at this one's boundary */
		off &= page_level_mask(level);
	}
	pci_info(pdev, "BAR %d: %llu KiB armed, %s entries\n", bar, len >> 10,
		 pl_level(first));
	return 0;
}

/*
 * A register BAR of 2 MiB or more, mapped on its own: an undecodable read
 * (a compare with memory) in the middle makes the framework back that
 * page with all-ones, splitting a 2 MiB entry first.  The page reads
 * all-ones, its neighbours in the same 2 MiB still trap to the model and
 * are armed 4 KiB entries, and unmapping it all is clean.
 */
static int pl_check_degrade(struct pci_dev *pdev, int bar, u64 len)
{
	phys_addr_t start = pci_resource_start(pdev, bar);
	u64 mid = len / 2 + SZ_64K, near[2] = { mid - PAGE_SIZE,
						 mid + PAGE_SIZE };
	void __iomem *m = ioremap(start, len);
	unsigned int before, level;
	int i, ret = 0;
	u32 got;

	if (!m)
		return -ENOMEM;
	if (!lookup_address((unsigned long)m + mid, &before)) {
		ret = -EIO;
		goto out;
	}
	asm volatile("cmpl $0, (%0)" : : "r" ((void __force *)m + mid) :
		     "memory", "cc");
	got = ioread32(m + mid + 16);
	if (got != 0xffffffff) {
		pci_err(pdev, "BAR %d+%#llx: degraded page reads %#x\n", bar,
			mid + 16, got);
		ret = -EIO;
		goto out;
	}
	for (i = 0; i < ARRAY_SIZE(near); i++) {
		ret = pl_check_armed(pdev, bar, (unsigned long)m + near[i],
				     start + near[i], &level);
		if (ret)
			goto out;
		if (level != PG_LEVEL_4K) {
			pci_err(pdev, "BAR %d: %s entry after the split\n", bar,
				pl_level(level));
			ret = -EIO;
			goto out;
		}
		got = ioread32(m + near[i]);
		if (got != pciem_layouts_pattern(bar, near[i])) {
			pci_err(pdev, "BAR %d+%#llx: next to the degraded page reads %#x\n",
				bar, near[i], got);
			ret = -EIO;
			goto out;
		}
	}
	if (!ret) {
		pci_info(pdev, "BAR %d: degraded a page inside a %s entry\n",
			 bar, pl_level(before));
		if (before == PG_LEVEL_2M)
			degraded_2m++;
		else if (before == PG_LEVEL_4K)
			degraded_4k++;
	}
out:
	iounmap(m);
	return ret;
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
		if (mem) {
			ret = pl_check_mem(pdev, bar, m, len);
		} else {
			ret = pl_check_entries(pdev, bar, m, len);
			if (!ret && len >= SZ_2M)
				ret = pl_check_degrade(pdev, bar, len);
			if (!ret)
				ret = pl_check_reg(pdev, bar, m, len);
		}
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
