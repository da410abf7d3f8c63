// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * Render node: parameters, buffers and contexts.
 *
 * VRAM buffers are the GEM VRAM helpers' objects, as dumb buffers are;
 * they move into VRAM and stay pinned while a job uses them.  SYSTEM
 * buffers are one coherent DMA allocation each, so the card can reach
 * them at one bus address and the CPU maps them cached.
 */
#include <linux/dma-mapping.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <drm/drm_drv.h>
#include <drm/drm_file.h>
#include <drm/drm_gem_vram_helper.h>
#include <drm/drm_managed.h>
#include <drm/drm_print.h>

#include "pp_compat.h"
#include "pp_drv.h"
#include "pp_render.h"

int pp_ioctl_get_param(struct drm_device *drm, void *data,
		       struct drm_file *file)
{
	struct drm_protopciem_get_param *a = data;
	struct pp_device *pp = to_pp(drm);
	int idx, ret = 0;

	if (a->pad)
		return -EINVAL;
	if (!drm_dev_enter(drm, &idx))
		return -ENODEV;
	switch (a->param) {
	case PROTOPCIEM_PARAM_REVISION:
		a->value = pp_rd(pp, PP_REG_REV);
		break;
	case PROTOPCIEM_PARAM_VRAM_SIZE:
		a->value = pp->vram_size;
		break;
	case PROTOPCIEM_PARAM_CAPS:
		a->value = pp_rd(pp, PP_REG_CAPS);
		break;
	case PROTOPCIEM_PARAM_CONTEXTS:
		/* slot 0 stays the kernel's */
		a->value = pp->render ? PROTOPCIEM_MAX_CONTEXTS : 0;
		break;
	case PROTOPCIEM_PARAM_MAX_CMD_DWORDS:
		a->value = PROTOPCIEM_MAX_CMD_DWORDS;
		break;
	default:
		ret = -EINVAL;
	}
	drm_dev_exit(idx);
	return ret;
}

static void pp_sys_bo_free(struct drm_gem_object *obj)
{
	struct pp_sys_bo *bo = to_pp_sys_bo(obj);

	dma_free_coherent(obj->dev->dev, obj->size, bo->vaddr, bo->dma);
	drm_gem_object_release(obj);
	kfree(bo);
}

/*
 * The buffer outlives the card: when the card goes, DRM zaps every
 * mapping of the device, and a client touching its buffer again gets
 * the same memory back instead of SIGBUS.
 */
static vm_fault_t pp_sys_bo_fault(struct vm_fault *vmf)
{
	struct drm_gem_object *obj = vmf->vma->vm_private_data;
	struct pp_sys_bo *bo = to_pp_sys_bo(obj);
	unsigned long off = vmf->pgoff << PAGE_SHIFT;
	void *p = bo->vaddr + off;
	unsigned long pfn;

	if (off >= obj->size)
		return VM_FAULT_SIGBUS;
	pfn = is_vmalloc_addr(p) ? vmalloc_to_pfn(p) :
	      page_to_pfn(virt_to_page(p));
	return vmf_insert_pfn(vmf->vma, vmf->address, pfn);
}

static const struct vm_operations_struct pp_sys_bo_vm_ops = {
	.open = drm_gem_vm_open,
	.close = drm_gem_vm_close,
	.fault = pp_sys_bo_fault,
};

static int pp_sys_bo_mmap(struct drm_gem_object *obj,
			  struct vm_area_struct *vma)
{
	struct pp_sys_bo *bo = to_pp_sys_bo(obj);

	/* shared only: a private copy-on-write view of DMA memory has no use */
	if (is_cow_mapping(vma->vm_flags))
		return -EINVAL;
	/* dma_mmap_coherent() takes vm_pgoff as an offset in the buffer */
	vma->vm_pgoff -= drm_vma_node_start(&obj->vma_node);
	vma->vm_ops = &pp_sys_bo_vm_ops;
	return dma_mmap_coherent(obj->dev->dev, vma, bo->vaddr, bo->dma,
				 obj->size);
}

static const struct drm_gem_object_funcs pp_sys_bo_funcs = {
	.free = pp_sys_bo_free,
	.mmap = pp_sys_bo_mmap,
	.vm_ops = &pp_sys_bo_vm_ops,
};

bool pp_is_sys_bo(struct drm_gem_object *obj)
{
	return obj->funcs == &pp_sys_bo_funcs;
}

static struct drm_gem_object *pp_sys_bo_create(struct drm_device *drm,
					       size_t size)
{
	struct pp_sys_bo *bo;
	int ret;

	bo = kzalloc(sizeof(*bo), GFP_KERNEL);
	if (!bo)
		return ERR_PTR(-ENOMEM);
	bo->vaddr = dma_alloc_coherent(drm->dev, size, &bo->dma,
				       GFP_KERNEL | __GFP_NOWARN);
	if (!bo->vaddr) {
		kfree(bo);
		return ERR_PTR(-ENOMEM);
	}
	bo->base.funcs = &pp_sys_bo_funcs;
	drm_gem_private_object_init(drm, &bo->base, size);
	ret = drm_gem_create_mmap_offset(&bo->base);
	if (ret) {
		drm_gem_object_put(&bo->base);
		return ERR_PTR(ret);
	}
	return &bo->base;
}

int pp_ioctl_bo_create(struct drm_device *drm, void *data,
		       struct drm_file *file)
{
	struct drm_protopciem_bo_create *a = data;
	struct pp_device *pp = to_pp(drm);
	struct drm_gem_vram_object *gbo;
	struct drm_gem_object *obj;
	u64 size;
	int ret;

	if (a->flags || a->pad || !a->size)
		return -EINVAL;
	if (a->size > pp->vram_size)
		return -E2BIG;
	size = PAGE_ALIGN(a->size);
	switch (a->domain) {
	case PROTOPCIEM_DOMAIN_VRAM:
		gbo = drm_gem_vram_create(drm, size, 0);
		if (IS_ERR(gbo))
			return PTR_ERR(gbo);
		obj = &gbo->bo.base;
		break;
	case PROTOPCIEM_DOMAIN_SYSTEM:
		if (size > PROTOPCIEM_MAX_SYSTEM_BO)
			return -E2BIG;
		obj = pp_sys_bo_create(drm, size);
		if (IS_ERR(obj))
			return PTR_ERR(obj);
		break;
	default:
		return -EINVAL;
	}
	ret = drm_gem_handle_create(file, obj, &a->handle);
	drm_gem_object_put(obj);
	return ret;
}

int pp_ioctl_bo_info(struct drm_device *drm, void *data,
		     struct drm_file *file)
{
	struct drm_protopciem_bo_info *a = data;
	struct drm_gem_object *obj;

	obj = drm_gem_object_lookup(file, a->handle);
	if (!obj)
		return -ENOENT;
	a->domain = pp_is_sys_bo(obj) ? PROTOPCIEM_DOMAIN_SYSTEM :
		    PROTOPCIEM_DOMAIN_VRAM;
	a->size = obj->size;
	a->mmap_offset = drm_vma_node_offset_addr(&obj->vma_node);
	drm_gem_object_put(obj);
	return 0;
}

static void pp_ctx_release(struct kref *ref)
{
	struct pp_ctx *ctx = container_of(ref, struct pp_ctx, ref);
	struct pp_render *r = ctx->r;

	mutex_lock(&r->ctx_lock);
	clear_bit(ctx->slot, r->slots);
	r->live--;
	mutex_unlock(&r->ctx_lock);
	kfree(ctx);
}

void pp_ctx_put(struct pp_ctx *ctx)
{
	kref_put(&ctx->ref, pp_ctx_release);
}

int pp_ioctl_ctx_create(struct drm_device *drm, void *data,
			struct drm_file *file)
{
	struct drm_protopciem_ctx_create *a = data;
	struct pp_file *pf = file->driver_priv;
	struct pp_render *r = to_pp(drm)->render;
	struct pp_ctx *ctx;
	unsigned long slot;
	int ret;

	if (a->flags)
		return -EINVAL;
	if (!r)
		return -ENODEV;
	ctx = kzalloc(sizeof(*ctx), GFP_KERNEL);
	if (!ctx)
		return -ENOMEM;
	kref_init(&ctx->ref);
	ctx->r = r;

	mutex_lock(&r->ctx_lock);
	slot = find_next_zero_bit(r->slots, PP_CTX_SLOTS, 1);
	if (slot >= PP_CTX_SLOTS) {
		mutex_unlock(&r->ctx_lock);
		kfree(ctx);
		drm_dbg(drm, "no free context slot\n");
		return -ENOSPC;
	}
	set_bit(slot, r->slots);
	r->live++;
	mutex_unlock(&r->ctx_lock);
	ctx->slot = slot;

	ret = pp_ctx_entity_init(r, ctx);
	if (ret) {
		pp_ctx_put(ctx);
		return ret;
	}
	ret = xa_alloc(&pf->ctxs, &ctx->id, ctx, xa_limit_32b, GFP_KERNEL);
	if (ret) {
		pp_ctx_entity_fini(ctx);
		pp_ctx_put(ctx);
		return ret;
	}
	a->ctx = ctx->id;
	return 0;
}

int pp_ioctl_ctx_destroy(struct drm_device *drm, void *data,
			 struct drm_file *file)
{
	struct drm_protopciem_ctx_destroy *a = data;
	struct pp_file *pf = file->driver_priv;
	struct pp_ctx *ctx;

	if (a->pad)
		return -EINVAL;
	mutex_lock(&pf->lock);
	ctx = xa_erase(&pf->ctxs, a->ctx);
	mutex_unlock(&pf->lock);
	if (!ctx)
		return -ENOENT;
	pp_ctx_entity_fini(ctx);
	pp_ctx_put(ctx);
	return 0;
}

int pp_render_open(struct drm_device *drm, struct drm_file *file)
{
	struct pp_file *pf;

	pf = kzalloc(sizeof(*pf), GFP_KERNEL);
	if (!pf)
		return -ENOMEM;
	/* id 0 means "no context" nowhere, but keep it unused anyway */
	xa_init_flags(&pf->ctxs, XA_FLAGS_ALLOC1);
	mutex_init(&pf->lock);
	file->driver_priv = pf;
	return 0;
}

void pp_render_postclose(struct drm_device *drm, struct drm_file *file)
{
	struct pp_file *pf = file->driver_priv;
	struct pp_ctx *ctx;
	unsigned long id;

	xa_for_each(&pf->ctxs, id, ctx) {
		xa_erase(&pf->ctxs, id);
		pp_ctx_entity_fini(ctx);
		pp_ctx_put(ctx);
	}
	xa_destroy(&pf->ctxs);
	mutex_destroy(&pf->lock);
	kfree(pf);
}

/* after the last file is closed: no entity uses the scheduler any more */
static void pp_render_release(struct drm_device *drm, void *data)
{
	pp_sched_fini(data);
}

int pp_render_init(struct pp_device *pp)
{
	struct pp_render *r;
	int ret;

	r = drmm_kzalloc(&pp->drm, sizeof(*r), GFP_KERNEL);
	if (!r)
		return -ENOMEM;
	r->pp = pp;
	mutex_init(&r->ctx_lock);
	mutex_init(&r->ring_lock);
	set_bit(0, r->slots);
	spin_lock_init(&r->ring.fence_lock);
	INIT_LIST_HEAD(&r->ring.pending);
	ret = pp_sched_init(r);
	if (ret)
		return ret;
	ret = drmm_add_action_or_reset(&pp->drm, pp_render_release, r);
	if (ret)
		return ret;
	pp->render = r;
	if (!(pp->caps & PP_CAPS_CONTEXTS)) {
		drm_info(&pp->drm, "card without contexts: render node checks commands only\n");
		return 0;
	}
	ret = pp_ring_init(r);
	if (ret) {
		pp->render = NULL;
		return ret;
	}
	r->has_ring = true;
	return 0;
}

/* The card is gone (remove() after drm_dev_unplug): end every job. */
void pp_render_unplug(struct pp_device *pp)
{
	struct pp_render *r = pp->render;

	if (!r || !r->has_ring)
		return;
	pp_ring_fini(r);
	pp_ring_cancel_all(r, -ENODEV, true);
}
