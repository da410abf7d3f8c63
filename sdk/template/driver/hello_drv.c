// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * Driver for the hello device (see ../model/hello.h).  An ordinary PCI
 * driver: nothing here knows the device is emulated.
 *   /sys/bus/pci/devices/BDF/scratch   read/write the scratch register
 *   /sys/bus/pci/devices/BDF/ring      write anything: ring the doorbell
 *   /sys/bus/pci/devices/BDF/irqs      interrupts received
 */
#include <linux/interrupt.h>
#include <linux/io.h>
#include <linux/module.h>
#include <linux/pci.h>

#define HELLO_VENDOR		0x7065
#define HELLO_DEVICE		0x0002
#define HELLO_ID		0x48454c4f
#define HELLO_REG_ID		0x00
#define HELLO_REG_SCRATCH	0x04
#define HELLO_REG_DOORBELL	0x08
#define HELLO_REG_STATUS	0x10

struct hello {
	void __iomem *regs;
	atomic_t irqs;
};

/*
 * The line may be shared and INTx is level-triggered: claim the interrupt
 * only if the device raised it, and acknowledge it, which deasserts INTx.
 */
static irqreturn_t hello_irq(int irq, void *data)
{
	struct hello *h = data;
	u32 status = readl(h->regs + HELLO_REG_STATUS);

	if (!status || status == ~0u)
		return IRQ_NONE;
	writel(status, h->regs + HELLO_REG_STATUS);
	atomic_inc(&h->irqs);
	return IRQ_HANDLED;
}

static ssize_t scratch_show(struct device *dev, struct device_attribute *a,
			    char *buf)
{
	struct hello *h = dev_get_drvdata(dev);

	return sysfs_emit(buf, "%#x\n", readl(h->regs + HELLO_REG_SCRATCH));
}

static ssize_t scratch_store(struct device *dev, struct device_attribute *a,
			     const char *buf, size_t count)
{
	struct hello *h = dev_get_drvdata(dev);
	u32 v;
	int ret = kstrtou32(buf, 0, &v);

	if (ret)
		return ret;
	writel(v, h->regs + HELLO_REG_SCRATCH);
	return count;
}
static DEVICE_ATTR_RW(scratch);

static ssize_t ring_store(struct device *dev, struct device_attribute *a,
			  const char *buf, size_t count)
{
	struct hello *h = dev_get_drvdata(dev);

	writel(1, h->regs + HELLO_REG_DOORBELL);
	return count;
}
static DEVICE_ATTR_WO(ring);

static ssize_t irqs_show(struct device *dev, struct device_attribute *a,
			 char *buf)
{
	struct hello *h = dev_get_drvdata(dev);

	return sysfs_emit(buf, "%d\n", atomic_read(&h->irqs));
}
static DEVICE_ATTR_RO(irqs);

static struct attribute *hello_attrs[] = {
	&dev_attr_scratch.attr,
	&dev_attr_ring.attr,
	&dev_attr_irqs.attr,
	NULL,
};
ATTRIBUTE_GROUPS(hello);

static int hello_probe(struct pci_dev *pdev, const struct pci_device_id *id)
{
	struct hello *h;
	int ret;

	h = devm_kzalloc(&pdev->dev, sizeof(*h), GFP_KERNEL);
	if (!h)
		return -ENOMEM;
	ret = pcim_enable_device(pdev);
	if (ret)
		return ret;
	ret = pcim_iomap_regions(pdev, BIT(0), "hello");
	if (ret)
		return ret;
	h->regs = pcim_iomap_table(pdev)[0];
	if (readl(h->regs + HELLO_REG_ID) != HELLO_ID)
		return dev_err_probe(&pdev->dev, -ENODEV, "not a hello device\n");
	ret = pci_alloc_irq_vectors(pdev, 1, 1, PCI_IRQ_ALL_TYPES);
	if (ret < 0)
		return ret;
	ret = devm_request_irq(&pdev->dev, pci_irq_vector(pdev, 0), hello_irq,
			       IRQF_SHARED, "hello", h);
	if (ret) {
		pci_free_irq_vectors(pdev);
		return ret;
	}
	pci_set_drvdata(pdev, h);
	return 0;
}

static void hello_remove(struct pci_dev *pdev)
{
	struct hello *h = pci_get_drvdata(pdev);

	devm_free_irq(&pdev->dev, pci_irq_vector(pdev, 0), h);
	pci_free_irq_vectors(pdev);
}

static const struct pci_device_id hello_ids[] = {
	{ PCI_DEVICE(HELLO_VENDOR, HELLO_DEVICE) },
	{ }
};
MODULE_DEVICE_TABLE(pci, hello_ids);

static struct pci_driver hello_driver = {
	.name = "hello",
	.id_table = hello_ids,
	.probe = hello_probe,
	.remove = hello_remove,
	.dev_groups = hello_groups,
};
module_pci_driver(hello_driver);

MODULE_DESCRIPTION("Driver for the PCIem hello device");
MODULE_LICENSE("Dual MIT/GPL");
