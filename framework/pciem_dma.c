// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * DMA for PCIem devices.
 *
 * The device's dma_map_ops record every mapping the driver makes (bus
 * address == physical address, as with dma-direct), so the model may touch
 * exactly what the driver handed to the device, like an IOMMU would
 * enforce.  A model that asked for them gets an event for each map and
 * unmap, posted without waiting from whatever context the driver mapped in.
 *
 * Transfers pin the model's buffer and copy page by page between its pages
 * and the driver's, each piece checked against the mappings and copied
 * with the mapping lock held, so an unmap racing with the model can never
 * leave it writing to freed memory: the unmap waits for the lock, and the
 * pinned pages cannot fault while it is held.  Model memory that cannot
 * be pinned (a memory BAR mapped into the model) is copied through a
 * bounce buffer first, the same way.
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/dma-map-ops.h>
#include <linux/highmem.h>
#include <linux/mm.h>
#include <linux/module.h>
#include <linux/sched/signal.h>
#include <linux/scatterlist.h>
#include <linux/slab.h>
#include <linux/uaccess.h>

#include "pciem.h"
#include "pciem_trace.h"

#define PCIEM_BOUNCE	(64 * 1024)
/* Model memory pinned at a time: 1 MiB with 4 KiB pages. */
#define PCIEM_PIN_PAGES	256

static bool dma_bounce;
module_param(dma_bounce, bool, 0644);
MODULE_PARM_DESC(dma_bounce,
		 "copy all model DMA through the bounce buffer (slower; for comparison)");

static struct pciem_dev *pciem_dev_pd(struct device *dev)
{
	return pciem_from_pdev(to_pci_dev(dev));
}

static void pciem_map_event(struct pciem_dev *pd, u16 type,
			    const struct pciem_dma_map *m)
{
	struct pciem_event ev = {
		.type = type,
		.flags = m->ev_flags,
		.seq = m->sg_index,
		.offset = m->node.start,
		.value = m->node.last - m->node.start + 1,
	};

	trace_pciem_dma_map(pd->id, type == PCIEM_EV_DMA_MAP, ev.offset,
			    ev.value, ev.flags, ev.seq);
	if (READ_ONCE(pd->events_mask) & PCIEM_EVENTS_DMA_MAP)
		pciem_ring_post_nowait(pd, &ev);
}

static u16 pciem_dir_flags(enum dma_data_direction dir)
{
	if (dir == DMA_TO_DEVICE)
		return PCIEM_DMA_EV_TO_DEVICE;
	if (dir == DMA_FROM_DEVICE)
		return PCIEM_DMA_EV_FROM_DEVICE;
	return PCIEM_DMA_EV_BIDIRECTIONAL;
}

/*
 * Record a mapping.  The event is posted under dma_lock so that the model
 * sees maps and unmaps of one address in the order they happened.
 */
static int pciem_track(struct pciem_dev *pd, dma_addr_t addr, size_t len,
		       enum dma_data_direction dir, u16 ev_flags, u32 sg_index,
		       gfp_t gfp)
{
	struct pciem_dma_map *m = kzalloc(sizeof(*m), gfp);
	unsigned long flags;

	if (!m)
		return -ENOMEM;
	m->node.start = addr;
	m->node.last = addr + len - 1;
	m->dir = dir;
	m->coherent = ev_flags & PCIEM_DMA_EV_COHERENT;
	m->ev_flags = pciem_dir_flags(dir) | ev_flags;
	m->sg_index = sg_index;
	spin_lock_irqsave(&pd->dma_lock, flags);
	interval_tree_insert(&m->node, &pd->dma_maps);
	pciem_map_event(pd, PCIEM_EV_DMA_MAP, m);
	spin_unlock_irqrestore(&pd->dma_lock, flags);
	return 0;
}

static void pciem_untrack(struct pciem_dev *pd, dma_addr_t addr, size_t len)
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
			pciem_map_event(pd, PCIEM_EV_DMA_UNMAP, m);
			break;
		}
	}
	spin_unlock_irqrestore(&pd->dma_lock, flags);
	if (!m)
		pr_warn_ratelimited("device %d: DMA unmap of %pad+%zu that was never mapped\n",
				    pd->id, &addr, len);
	kfree(m);
}

static bool pciem_fits(struct device *dev, phys_addr_t phys, size_t len,
		       u64 mask)
{
	return phys + len - 1 <= mask;
}

static void *pciem_alloc(struct device *dev, size_t size, dma_addr_t *handle,
			 gfp_t gfp, unsigned long attrs)
{
	struct pciem_dev *pd = pciem_dev_pd(dev);
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
	if (!pciem_fits(dev, page_to_phys(page), size, mask) ||
	    pciem_track(pd, page_to_phys(page), PAGE_SIZE << order,
			DMA_BIDIRECTIONAL, PCIEM_DMA_EV_COHERENT, 0,
			gfp & ~GFP_ZONEMASK)) {
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

	pciem_untrack(pciem_dev_pd(dev), handle, PAGE_SIZE << order);
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

static dma_addr_t pciem_map_one(struct device *dev, struct page *page,
				unsigned long offset, size_t size,
				enum dma_data_direction dir, u16 ev_flags,
				u32 sg_index)
{
	phys_addr_t phys = page_to_phys(page) + offset;

	if (!size || !pciem_fits(dev, phys, size, *dev->dma_mask))
		return DMA_MAPPING_ERROR;
	if (pciem_track(pciem_dev_pd(dev), phys, size, dir, ev_flags, sg_index,
			GFP_ATOMIC))
		return DMA_MAPPING_ERROR;
	return phys;
}

static dma_addr_t pciem_map_page(struct device *dev, struct page *page,
				 unsigned long offset, size_t size,
				 enum dma_data_direction dir,
				 unsigned long attrs)
{
	return pciem_map_one(dev, page, offset, size, dir, 0, 0);
}

static void pciem_unmap_page(struct device *dev, dma_addr_t addr, size_t size,
			     enum dma_data_direction dir, unsigned long attrs)
{
	pciem_untrack(pciem_dev_pd(dev), addr, size);
}

static void pciem_unmap_sg(struct device *dev, struct scatterlist *sgl,
			   int nents, enum dma_data_direction dir,
			   unsigned long attrs)
{
	struct scatterlist *sg;
	int i;

	for_each_sg(sgl, sg, nents, i)
		if (sg_dma_len(sg))
			pciem_untrack(pciem_dev_pd(dev), sg_dma_address(sg),
				      sg_dma_len(sg));
}

/* One mapping, and one map event, per segment: segments are not merged. */
static int pciem_map_sg(struct device *dev, struct scatterlist *sgl,
			int nents, enum dma_data_direction dir,
			unsigned long attrs)
{
	struct scatterlist *sg;
	int i;

	for_each_sg(sgl, sg, nents, i) {
		u16 f = PCIEM_DMA_EV_SG;

		if (i == nents - 1)
			f |= PCIEM_DMA_EV_SG_LAST;
		sg->dma_address = pciem_map_one(dev, sg_page(sg), sg->offset,
						sg->length, dir, f, i);
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
static bool pciem_allowed(struct pciem_dev *pd, u64 addr, u64 len, bool to_host)
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

static int pciem_refuse(struct pciem_dev *pd, u64 addr, u64 len, int dir,
			int err)
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

static int pciem_check(struct pciem_dev *pd, u64 addr, u64 len)
{
	if (!READ_ONCE(pd->plugged) || atomic_read(&pd->dead))
		return -ENODEV;
	if (!len || addr + len < addr)
		return -EINVAL;
	if (!pciem_bus_master(pd))
		return -EPERM;
	return 0;
}

/* A transfer in progress: a cursor in the bus ranges. */
struct pciem_xfer {
	struct pciem_dev *pd;
	u32 dir;
	bool to_host;
	const struct pciem_dma_vec *segs;
	u32 seg;
	u64 seg_off;
	struct page **pages;
};

/*
 * Copy @len bytes between the bus ranges at the cursor and either pinned
 * model pages (@pages, the first byte @pg_off into the first page) or a
 * kernel buffer (@kbuf).  Each piece lies within one page on both sides;
 * it is checked against the mappings and copied under dma_lock.
 */
static int pciem_xfer_copy(struct pciem_xfer *x, struct page **pages,
			   size_t pg_off, u8 *kbuf, size_t len)
{
	struct pciem_dev *pd = x->pd;
	unsigned long flags;
	size_t done = 0;

	while (done < len) {
		const struct pciem_dma_vec *s = &x->segs[x->seg];
		u64 bus = s->addr + x->seg_off;
		size_t n = min_t(u64, len - done, s->len - x->seg_off);
		size_t uo = pg_off + done;
		u8 *h, *u;

		n = min_t(size_t, n, PAGE_SIZE - offset_in_page(bus));
		if (pages)
			n = min_t(size_t, n, PAGE_SIZE - offset_in_page(uo));
		spin_lock_irqsave(&pd->dma_lock, flags);
		if (!pciem_bus_master(pd) || !pciem_allowed(pd, bus, n, x->to_host)) {
			int err = pciem_bus_master(pd) ? -EFAULT : -EPERM;

			spin_unlock_irqrestore(&pd->dma_lock, flags);
			return pciem_refuse(pd, bus, n, x->dir, err);
		}
		h = kmap_local_page(pfn_to_page(PHYS_PFN(bus)));
		if (pages)
			u = kmap_local_page(pages[uo >> PAGE_SHIFT]);
		else
			u = kbuf + done;
		if (x->to_host)
			memcpy(h + offset_in_page(bus),
			       pages ? u + offset_in_page(uo) : u, n);
		else
			memcpy(pages ? u + offset_in_page(uo) : u,
			       h + offset_in_page(bus), n);
		if (pages)
			kunmap_local(u);
		kunmap_local(h);
		spin_unlock_irqrestore(&pd->dma_lock, flags);
		done += n;
		x->seg_off += n;
		if (x->seg_off == s->len) {
			x->seg++;
			x->seg_off = 0;
		}
	}
	return 0;
}

static int pciem_xfer_bounced(struct pciem_xfer *x, u64 uaddr, u64 len)
{
	struct pciem_dev *pd = x->pd;
	u8 __user *u = u64_to_user_ptr(uaddr);
	int ret = 0;

	mutex_lock(&pd->bounce_lock);
	while (len && !ret) {
		size_t n = min_t(u64, len, PCIEM_BOUNCE);

		if (x->to_host && copy_from_user(pd->bounce, u, n)) {
			ret = -EFAULT;
			break;
		}
		ret = pciem_xfer_copy(x, NULL, 0, pd->bounce, n);
		if (!ret && !x->to_host && copy_to_user(u, pd->bounce, n))
			ret = -EFAULT;
		u += n;
		len -= n;
	}
	mutex_unlock(&pd->bounce_lock);
	return ret;
}

/* One model buffer: pinned up to PCIEM_PIN_PAGES pages at a time. */
static int pciem_xfer_buf(struct pciem_xfer *x, u64 uaddr, u64 len)
{
	int ret = 0;

	while (len && !ret) {
		size_t off = offset_in_page(uaddr);
		size_t n = min_t(u64, len, PCIEM_PIN_PAGES * PAGE_SIZE - off);
		int npages = DIV_ROUND_UP(off + n, PAGE_SIZE);
		int got = 0;

		/* a transfer of gigabytes still lets others run, and dies */
		if (fatal_signal_pending(current))
			return -EINTR;
		cond_resched();
		if (!READ_ONCE(dma_bounce))
			got = pin_user_pages_fast(uaddr - off, npages,
						  x->to_host ? 0 : FOLL_WRITE,
						  x->pages);
		if (got == npages) {
			ret = pciem_xfer_copy(x, x->pages, off, NULL, n);
			unpin_user_pages_dirty_lock(x->pages, got,
						    !x->to_host);
		} else {
			if (got > 0)
				unpin_user_pages(x->pages, got);
			ret = pciem_xfer_bounced(x, uaddr, n);
		}
		uaddr += n;
		len -= n;
	}
	return ret;
}

/*
 * Move the bus ranges @segs to or from the model buffers @bufs, whose
 * shapes were checked by the caller (same total, no zero-length or
 * wrapping range).  Every range is checked first, so a transfer the
 * driver did not map moves nothing; each piece is checked again as it is
 * copied, against an unmap racing with us.
 */
static int pciem_xfer_run(struct pciem_dev *pd, u32 dir,
			  const struct pciem_dma_vec *segs, u32 nsegs,
			  const struct pciem_dma_vec *bufs, u32 nbufs)
{
	struct pciem_xfer x = {
		.pd = pd,
		.dir = dir,
		.to_host = dir == PCIEM_DMA_TO_HOST,
		.segs = segs,
	};
	unsigned long flags;
	int ret = 0;
	u32 i;

	spin_lock_irqsave(&pd->dma_lock, flags);
	for (i = 0; i < nsegs; i++) {
		if (!pciem_allowed(pd, segs[i].addr, segs[i].len, x.to_host)) {
			spin_unlock_irqrestore(&pd->dma_lock, flags);
			return pciem_refuse(pd, segs[i].addr, segs[i].len, dir,
				      -EFAULT);
		}
	}
	spin_unlock_irqrestore(&pd->dma_lock, flags);
	x.pages = kmalloc_array(PCIEM_PIN_PAGES, sizeof(*x.pages), GFP_KERNEL);
	if (!x.pages)
		return -ENOMEM;
	for (i = 0; i < nbufs && !ret; i++)
		ret = pciem_xfer_buf(&x, bufs[i].addr, bufs[i].len);
	kfree(x.pages);
	for (i = 0; i < nsegs && !ret; i++)
		trace_pciem_dma(pd->id, segs[i].addr, segs[i].len, dir, 0);
	return ret;
}

int pciem_dma_xfer(struct pciem_dev *pd, const struct pciem_dma *req)
{
	struct pciem_dma_vec seg = { .addr = req->bus_addr, .len = req->len };
	struct pciem_dma_vec buf = { .addr = req->user_addr, .len = req->len };
	int ret;

	if (req->dir != PCIEM_DMA_TO_HOST && req->dir != PCIEM_DMA_FROM_HOST)
		return -EINVAL;
	if (req->reserved)
		return -EINVAL;
	ret = pciem_check(pd, req->bus_addr, req->len);
	if (ret)
		return pciem_refuse(pd, req->bus_addr, req->len, req->dir, ret);
	if (req->user_addr + req->len < req->user_addr)
		return -EFAULT;
	return pciem_xfer_run(pd, req->dir, &seg, 1, &buf, 1);
}

/* Sum the lengths of a list; every range non-empty and not wrapping. */
static int pciem_vec_total(const struct pciem_dma_vec *v, u32 n, u64 *total)
{
	u32 i;

	*total = 0;
	for (i = 0; i < n; i++) {
		if (!v[i].len || v[i].addr + v[i].len - 1 < v[i].addr ||
		    check_add_overflow(*total, v[i].len, total))
			return -EINVAL;
	}
	return 0;
}

int pciem_dma_sg(struct pciem_dev *pd, const struct pciem_dma_sg *req)
{
	struct pciem_dma_vec *v;
	u64 seg_total, buf_total;
	int ret;

	if (req->dir != PCIEM_DMA_TO_HOST && req->dir != PCIEM_DMA_FROM_HOST)
		return -EINVAL;
	if (req->flags || !req->nsegs || !req->nbufs)
		return -EINVAL;
	if (req->nsegs > PCIEM_DMA_SG_MAX || req->nbufs > PCIEM_DMA_SG_MAX)
		return -E2BIG;
	v = kvmalloc_array(req->nsegs + req->nbufs, sizeof(*v), GFP_KERNEL);
	if (!v)
		return -ENOMEM;
	ret = -EFAULT;
	if (copy_from_user(v, u64_to_user_ptr(req->segs),
			   req->nsegs * sizeof(*v)) ||
	    copy_from_user(v + req->nsegs, u64_to_user_ptr(req->bufs),
			   req->nbufs * sizeof(*v)))
		goto out;
	ret = pciem_vec_total(v, req->nsegs, &seg_total);
	if (!ret)
		ret = pciem_vec_total(v + req->nsegs, req->nbufs, &buf_total);
	if (!ret && seg_total != buf_total)
		ret = -EINVAL;
	if (ret)
		goto out;
	ret = pciem_check(pd, v[0].addr, v[0].len);
	if (ret) {
		ret = pciem_refuse(pd, v[0].addr, seg_total, req->dir, ret);
		goto out;
	}
	ret = pciem_xfer_run(pd, req->dir, v, req->nsegs, v + req->nsegs,
			     req->nbufs);
out:
	kvfree(v);
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
	ret = pciem_check(pd, addr, req->size);
	if (ret)
		return pciem_refuse(pd, addr, req->size, PCIEM_DMA_TO_HOST, ret);
	spin_lock_irqsave(&pd->dma_lock, flags);
	if (!pciem_allowed(pd, addr, req->size, true) ||
	    !pciem_allowed(pd, addr, req->size, false)) {
		spin_unlock_irqrestore(&pd->dma_lock, flags);
		return pciem_refuse(pd, addr, req->size, PCIEM_DMA_TO_HOST, -EFAULT);
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
