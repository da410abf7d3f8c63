// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * Driver for the "hard" test device (pciem_hard_regs.h).  Its probe reads two
 * registers the model answers in unusual ways (after a config ioctl made
 * from its read callback while PLUG is in progress, and later from another
 * thread); /sys/bus/pci/devices/BDF/stos runs `rep stos` with stray high
 * bits in RAX, whose write events must carry only the stored bytes.
 */
#include <linux/io.h>
#include <linux/module.h>
#include <linux/pci.h>

#include "pciem_hard_regs.h"

struct hard {
	void __iomem *regs;
};

/* @size-byte `rep stos` of 4 elements; RAX's upper bits are not data. */
static void hard_rep_stos(void __iomem *p, int size)
{
	unsigned long rax = 0x1122334455667788UL;
	unsigned long n = 4;
	void *dst = (void __force *)p;

	if (size == 1)
		asm volatile("rep stosb" : "+D"(dst), "+c"(n) : "a"(rax)
			     : "memory");
	else if (size == 2)
		asm volatile("rep stosw" : "+D"(dst), "+c"(n) : "a"(rax)
			     : "memory");
	else
		asm volatile("rep stosl" : "+D"(dst), "+c"(n) : "a"(rax)
			     : "memory");
}

static ssize_t stos_store(struct device *dev, struct device_attribute *a,
			  const char *buf, size_t count)
{
	struct hard *h = dev_get_drvdata(dev);
	int size, ret = kstrtoint(buf, 0, &size);

	if (ret)
		return ret;
	if (size != 1 && size != 2 && size != 4)
		return -EINVAL;
	hard_rep_stos(h->regs + HARD_STOS, size);
	return count;
}
static DEVICE_ATTR_WO(stos);

static struct attribute *hard_attrs[] = {
	&dev_attr_stos.attr,
	NULL,
};
ATTRIBUTE_GROUPS(hard);

static int hard_probe(struct pci_dev *pdev, const struct pci_device_id *id)
{
	struct hard *h;
	u32 v;
	int ret;

	h = devm_kzalloc(&pdev->dev, sizeof(*h), GFP_KERNEL);
	if (!h)
		return -ENOMEM;
	ret = pcim_enable_device(pdev);
	if (ret)
		return ret;
	ret = pcim_iomap_regions(pdev, BIT(0), "pciem_hard");
	if (ret)
		return ret;
	h->regs = pcim_iomap_table(pdev)[0];
	v = readl(h->regs + HARD_ID);
	if (v != HARD_ID_VALUE)
		return dev_err_probe(&pdev->dev, -EIO, "ID %#x\n", v);
	v = readl(h->regs + HARD_LATER);
	if (v != HARD_LATER_VALUE)
		return dev_err_probe(&pdev->dev, -EIO, "late value %#x\n", v);
	pci_set_drvdata(pdev, h);
	return 0;
}

static const struct pci_device_id hard_ids[] = {
	{ PCI_DEVICE(HARD_VENDOR, HARD_DEVICE) },
	{ }
};
MODULE_DEVICE_TABLE(pci, hard_ids);

static struct pci_driver hard_driver = {
	.name = "pciem_hard",
	.id_table = hard_ids,
	.probe = hard_probe,
	.dev_groups = hard_groups,
};
module_pci_driver(hard_driver);

MODULE_DESCRIPTION("PCIem test device for probe-time and rep stos cases");
MODULE_LICENSE("Dual MIT/GPL");
