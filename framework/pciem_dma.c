// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * DMA for PCIem devices.
 *
 * The device's dma_map_ops record every mapping the driver makes (bus
 * address == physical address, as with dma-direct), so the model may touch
 * exactly what the driver handed to the device, like an IOMMU would
 * enforce.  Transfers copy through a bounce buffer while holding the
 * mapping lock, so an unmap racing with the model can never leave it
 * writing to freed memory.
 */
#include <linux/dma-map-ops.h>
#include <linux/highmem.h>
#include <linux/scatterlist.h>
#include <linux/slab.h>
#include <linux/uaccess.h>

#include "pciem.h"
#include "pciem_trace.h"

#define PCIEM_BOUNCE	(64 * 1024)

static struct pciem_dev *dev_pd(struct device *dev)
{
	return pciem_from_pdev(to_pci_dev(dev));
}

static int track(struct pciem_dev *pd, dma_addr_t addr, size_t len,
		 enum dma_data_direction dir, bool coherent, gfp_t gfp)
{
	struct pciem_dma_map *m = kzalloc(sizeof(*m), gfp);
	unsigned long flags;

	if (!m)
		return -ENOMEM;
	m->node.start = addr;
	m->node.last = addr + len - 1;
	m->dir = dir;
	m->coherent = coherent;
	spin_lock_irqsave(&pd->dma_lock, flags);
	interval_tree_insert(&m->node, &pd->dma_maps);
	spin_unlock_irqrestore(&pd->dma_lock, flags);
	return 0;
}

static void untrack(struct pciem_dev *pd, dma_addr_t addr, size_t len)
{
	struct interval_tree_node *n;
	struct pciem_dma_map *m = NULL;
	unsigned long flags;

	spin_lock_irqsave(&pd->dma_lock, flags);
	for (n = interval_tree_iter_first(&pd->dma_maps, addr, addr);
	     n; n = interval_tree_iter_next(n, addr, addr)) {
		if (n->start == addr && n->last == addr + len - 1) {
			interval_tree_remove(n, &pd->dma_maps);
			m = container_of(n, struct pciem_dma_map, node);
			break;
		}
	}
	spin_unlock_irqrestore(&pd->dma_lock, flags);
	if (!m)
		pr_warn_ratelimited("pciem%d: DMA unmap of %pad+%zu that was never mapped\n",
				    pd->id, &addr, len);
	kfree(m);
}

static bool fits(struct device *dev, phys_addr_t phys, size_t len, u64 mask)
{
	return phys + len - 1 <= mask;
}

static void *pciem_alloc(struct device *dev, size_t size, dma_addr_t *handle,
			 gfp_t gfp, unsigned long attrs)
{
	struct pciem_dev *pd = dev_pd(dev);
	u64 mask = dev->coherent_dma_mask;
	int order = get_order(size);
	struct page *page;

	gfp &= ~__GFP_HIGHMEM;
	if (mask < DMA_BIT_MASK(32))
		gfp |= GFP_DMA;
	else if (mask < DMA_BIT_MASK(64))
		gfp |= GFP_DMA32;
	page = alloc_pages(gfp | __GFP_ZERO, order);
	if (!page)
		return NULL;
	if (!fits(dev, page_to_phys(page), size, mask) ||
	    track(pd, page_to_phys(page), PAGE_SIZE << order,
		  DMA_BIDIRECTIONAL, true, gfp & ~GFP_ZONEMASK)) {
		__free_pages(page, order);
		return NULL;
	}
	*handle = page_to_phys(page);
	return page_address(page);
}

static void pciem_free(struct device *dev, size_t size, void *vaddr,
		       dma_addr_t handle, unsigned long attrs)
{
	int order = get_order(size);

	untrack(dev_pd(dev), handle, PAGE_SIZE << order);
	free_pages((unsigned long)vaddr, order);
}

static int pciem_mmap(struct device *dev, struct vm_area_struct *vma,
		      void *cpu_addr, dma_addr_t dma_addr, size_t size,
		      unsigned long attrs)
{
	unsigned long pages = PAGE_ALIGN(size) >> PAGE_SHIFT;

	if (vma->vm_pgoff >= pages || vma_pages(vma) > pages - vma->vm_pgoff)
		return -ENXIO;
	return remap_pfn_range(vma, vma->vm_start,
			       PHYS_PFN(dma_addr) + vma->vm_pgoff,
			       vma->vm_end - vma->vm_start, vma->vm_page_prot);
}

static int pciem_get_sgtable(struct device *dev, struct sg_table *sgt,
			     void *cpu_addr, dma_addr_t dma_addr, size_t size,
			     unsigned long attrs)
{
	int ret = sg_alloc_table(sgt, 1, GFP_KERNEL);

	if (!ret)
		sg_set_page(sgt->sgl, virt_to_page(cpu_addr), PAGE_ALIGN(size),
			    0);
	return ret;
}

static dma_addr_t pciem_map_page(struct device *dev, struct page *page,
				 unsigned long offset, size_t size,
				 enum dma_data_direction dir,
				 unsigned long attrs)
{
	phys_addr_t phys = page_to_phys(page) + offset;

	if (!size || !fits(dev, phys, size, *dev->dma_mask))
		return DMA_MAPPING_ERROR;
	if (track(dev_pd(dev), phys, size, dir, false, GFP_ATOMIC))
		return DMA_MAPPING_ERROR;
	return phys;
}

static void pciem_unmap_page(struct device *dev, dma_addr_t addr, size_t size,
			     enum dma_data_direction dir, unsigned long attrs)
{
	untrack(dev_pd(dev), addr, size);
}

static void pciem_unmap_sg(struct device *dev, struct scatterlist *sgl,
			   int nents, enum dma_data_direction dir,
			   unsigned long attrs)
{
	struct scatterlist *sg;
	int i;

	for_each_sg(sgl, sg, nents, i)
		if (sg_dma_len(sg))
			untrack(dev_pd(dev), sg_dma_address(sg),
				sg_dma_len(sg));
}

static int pciem_map_sg(struct device *dev, struct scatterlist *sgl,
			int nents, enum dma_data_direction dir,
			unsigned long attrs)
{
	struct scatterlist *sg;
	int i;

	for_each_sg(sgl, sg, nents, i) {
		sg->dma_address = pciem_map_page(dev, sg_page(sg), sg->offset,
						 sg->length, dir, attrs);
		if (sg->dma_address == DMA_MAPPING_ERROR) {
			sg_dma_len(sg) = 0;
			pciem_unmap_sg(dev, sgl, i, dir, attrs);
			return -EIO;
		}
		sg_dma_len(sg) = sg->length;
	}
	return nents;
}

static int pciem_supported(struct device *dev, u64 mask)
{
	return mask >= DMA_BIT_MASK(24);
}

const struct dma_map_ops pciem_dma_ops = {
	.alloc = pciem_alloc,
	.free = pciem_free,
	.mmap = pciem_mmap,
	.get_sgtable = pciem_get_sgtable,
	.map_page = pciem_map_page,
	.unmap_page = pciem_unmap_page,
	.map_sg = pciem_map_sg,
	.unmap_sg = pciem_unmap_sg,
	.dma_supported = pciem_supported,
};

int pciem_dma_dev_init(struct pciem_dev *pd)
{
	spin_lock_init(&pd->dma_lock);
	mutex_init(&pd->bounce_lock);
	pd->dma_maps = RB_ROOT_CACHED;
	pd->bounce = kmalloc(PCIEM_BOUNCE, GFP_KERNEL);
	return pd->bounce ? 0 : -ENOMEM;
}

void pciem_dma_dev_exit(struct pciem_dev *pd)
{
	struct interval_tree_node *n;

	/* Mappings a driver leaked: forget them, the memory is not ours. */
	while ((n = interval_tree_iter_first(&pd->dma_maps, 0, ULONG_MAX))) {
		interval_tree_remove(n, &pd->dma_maps);
		kfree(container_of(n, struct pciem_dma_map, node));
	}
	kfree(pd->bounce);
	pd->bounce = NULL;
}

/*
 * Is every byte of [addr, addr + len) inside mappings allowing @to_host?
 * dma_lock held.
 */
static bool allowed(struct pciem_dev *pd, u64 addr, u64 len, bool to_host)
{
	u64 end = addr + len - 1;

	while (addr <= end) {
		struct interval_tree_node *n;
		u64 reach = 0;

		for (n = interval_tree_iter_first(&pd->dma_maps, addr, addr);
		     n; n = interval_tree_iter_next(n, addr, addr)) {
			struct pciem_dma_map *m;

			m = container_of(n, struct pciem_dma_map, node);
			if (to_host ? m->dir == DMA_TO_DEVICE :
				      m->dir == DMA_FROM_DEVICE)
				continue;
			reach = max_t(u64, reach, n->last);
		}
		if (!reach)
			return false;
		if (reach >= end)
			return true;
		addr = reach + 1;
	}
	return true;
}

static int refuse(struct pciem_dev *pd, u64 addr, u64 len, int dir, int err)
{
	struct pciem_event ev = {
		.type = PCIEM_EV_DMA_ERROR,
		.offset = addr,
		.value = len,
	};

	trace_pciem_dma(pd->id, addr, len, dir, err);
	pciem_ring_post(pd, &ev);
	return err;
}

static int check(struct pciem_dev *pd, u64 addr, u64 len)
{
	if (!pd->plugged || atomic_read(&pd->dead))
		return -ENODEV;
	if (!len || addr + len < addr)
		return -EINVAL;
	if (!pciem_bus_master(pd))
		return -EPERM;
	return 0;
}

int pciem_dma_xfer(struct pciem_dev *pd, const struct pciem_dma *req)
{
	bool to_host = req->dir == PCIEM_DMA_TO_HOST;
	u8 __user *ubuf = u64_to_user_ptr(req->user_addr);
	u64 addr = req->bus_addr, done = 0;
	unsigned long flags;
	int ret;

	if (req->dir != PCIEM_DMA_TO_HOST && req->dir != PCIEM_DMA_FROM_HOST)
		return -EINVAL;
	if (req->reserved)
		return -EINVAL;
	ret = check(pd, addr, req->len);
	if (ret)
		return refuse(pd, addr, req->len, req->dir, ret);
	mutex_lock(&pd->bounce_lock);
	while (done < req->len) {
		size_t n = min_t(u64, req->len - done, PCIEM_BOUNCE);

		ret = -EFAULT;
		if (to_host && copy_from_user(pd->bounce, ubuf + done, n))
			break;
		spin_lock_irqsave(&pd->dma_lock, flags);
		if (!pciem_bus_master(pd) ||
		    !allowed(pd, addr + done, n, to_host)) {
			spin_unlock_irqrestore(&pd->dma_lock, flags);
			ret = refuse(pd, addr + done, n, req->dir, -EFAULT);
			break;
		}
		if (to_host)
			memcpy(phys_to_virt(addr + done), pd->bounce, n);
		else
			memcpy(pd->bounce, phys_to_virt(addr + done), n);
		spin_unlock_irqrestore(&pd->dma_lock, flags);
		if (!to_host && copy_to_user(ubuf + done, pd->bounce, n))
			break;
		done += n;
		ret = 0;
	}
	mutex_unlock(&pd->bounce_lock);
	if (!ret)
		trace_pciem_dma(pd->id, addr, req->len, req->dir, 0);
	return ret;
}

int pciem_dma_atomic(struct pciem_dev *pd, struct pciem_dma_atomic *req)
{
	u64 addr = req->bus_addr;
	unsigned long flags;
	void *p;
	int ret;

	if (req->size != 4 && req->size != 8)
		return -EINVAL;
	if (addr & (req->size - 1))
		return -EINVAL;
	if (req->op < PCIEM_ATOMIC_FETCH_ADD || req->op > PCIEM_ATOMIC_CAS)
		return -EINVAL;
	ret = check(pd, addr, req->size);
	if (ret)
		return refuse(pd, addr, req->size, PCIEM_DMA_TO_HOST, ret);
	spin_lock_irqsave(&pd->dma_lock, flags);
	if (!allowed(pd, addr, req->size, true) ||
	    !allowed(pd, addr, req->size, false)) {
		spin_unlock_irqrestore(&pd->dma_lock, flags);
		return refuse(pd, addr, req->size, PCIEM_DMA_TO_HOST, -EFAULT);
	}
	p = phys_to_virt(addr);
	if (req->size == 4) {
		u32 *q = p;

		if (req->op == PCIEM_ATOMIC_FETCH_ADD)
			req->result = atomic_fetch_add((u32)req->operand,
						       (atomic_t *)q);
		else if (req->op == PCIEM_ATOMIC_SWAP)
			req->result = (u32)xchg(q, (u32)req->operand);
		else
			req->result = (u32)cmpxchg(q, (u32)req->compare,
						   (u32)req->operand);
	} else {
		u64 *q = p;

		if (req->op == PCIEM_ATOMIC_FETCH_ADD)
			req->result = atomic64_fetch_add(req->operand,
							 (atomic64_t *)q);
		else if (req->op == PCIEM_ATOMIC_SWAP)
			req->result = xchg(q, req->operand);
		else
			req->result = cmpxchg(q, req->compare, req->operand);
	}
	spin_unlock_irqrestore(&pd->dma_lock, flags);
	trace_pciem_dma(pd->id, addr, req->size, PCIEM_DMA_TO_HOST, 0);
	return 0;
}
