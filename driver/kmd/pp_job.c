// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * Jobs: SUBMIT checks a client's commands into a kernel buffer and queues
 * a job on its context's scheduler entity; one scheduler feeds the ring.
 *
 * Recovery.  A job that runs too long, or a ring fault, resets the engine:
 * the job's fence ends with -ETIMEDOUT or -EIO, its context turns guilty
 * (its queued jobs end with -ECANCELED, its next SUBMIT fails with EIO),
 * and every other job still pending goes back on the restarted ring.  A
 * card that disappears ends every fence with -ENODEV.
 */
#include <linux/dma-mapping.h>
#include <linux/file.h>
#include <linux/slab.h>
#include <linux/sync_file.h>
#include <drm/drm_drv.h>
#include <drm/drm_file.h>
#include <drm/drm_gem_vram_helper.h>
#include <drm/drm_print.h>
#include <drm/drm_syncobj.h>

#include "pp_compat.h"
#include "pp_drv.h"
#include "pp_render.h"

static unsigned int pp_job_timeout_ms = 2000;
module_param_named(job_timeout_ms, pp_job_timeout_ms, uint, 0444);
MODULE_PARM_DESC(job_timeout_ms, "time a job may run before the engine is reset (default 2000)");

#define PP_RING_JOBS	32

static struct pp_job *to_pp_job(struct drm_sched_job *sj)
{
	return container_of(sj, struct pp_job, base);
}

static void pp_job_release(struct pp_job *job)
{
	struct device *dev = job->r->pp->drm.dev;
	u32 i;

	for (i = 0; i < job->bo_count && job->bos; i++) {
		struct drm_gem_object *obj = job->bos[i];

		if (!obj)
			continue;
		if (i < job->pinned && !pp_is_sys_bo(obj))
			drm_gem_vram_unpin(drm_gem_vram_of_gem(obj));
		drm_gem_object_put(obj);
	}
	kvfree(job->bos);
	if (job->ib)
		dma_free_coherent(dev, job->ib_alloc, job->ib, job->ib_dma);
	if (job->done)
		dma_fence_put(job->done);
	if (job->ctx)
		pp_ctx_put(job->ctx);
	kfree(job);
}

/*
 * A job that does not go to the card still returns a fence, signalled
 * with its error: schedulers of some kernels replace the error of a job
 * without one by their own.
 */
static struct dma_fence *pp_run_job(struct drm_sched_job *sj)
{
	struct pp_job *job = to_pp_job(sj);
	struct dma_fence *finished = &sj->s_fence->finished;
	struct dma_fence *f;
	int error = finished->error;

	/* completed before a reset stopped the scheduler: not again */
	if (READ_ONCE(job->hw_completed))
		return pp_ring_stub(job->r, 0);
	if (atomic_read(&job->ctx->guilty))
		error = job->error ?: -ECANCELED;
	if (!error) {
		f = pp_ring_emit(job->r, job);
		if (!IS_ERR(f))
			return f;
		error = PTR_ERR(f);
	}
	dma_fence_set_error(finished, error);
	return pp_ring_stub(job->r, error);
}

/* the scheduler took @sj off its list before calling us: put it back */
static void pp_sched_requeue(struct drm_gpu_scheduler *sched,
			     struct drm_sched_job *sj)
{
	spin_lock(&sched->job_list_lock);
	list_add(&sj->list, &sched->pending_list);
	spin_unlock(&sched->job_list_lock);
}

static enum drm_gpu_sched_stat pp_timedout_job(struct drm_sched_job *sj)
{
	struct pp_job *job = to_pp_job(sj);
	struct pp_render *r = job->r;
	struct pp_device *pp = r->pp;
	struct dma_fence *hw = sj->s_fence->parent;
	u32 st = ~0u, err = 0, addr = 0, ib = 0;
	int idx;

	pp_ring_fence_irq(r);
	if (!hw || dma_fence_is_signaled(hw)) {
		pp_sched_requeue(&r->sched, sj);
		return DRM_GPU_SCHED_STAT_NOMINAL;
	}
	if (drm_dev_enter(&pp->drm, &idx)) {
		st = pp_rd(pp, PP_REG_RING_STATUS);
		err = pp_rd(pp, PP_REG_RING_ERR_STATUS);
		addr = pp_rd(pp, PP_REG_RING_ERR_ADDR);
		ib = pp_rd(pp, PP_REG_RING_ERR_IB);
		drm_dev_exit(idx);
	}
	if (st == ~0u) {
		/* the card is gone; remove() ends every fence */
		pp_sched_requeue(&r->sched, sj);
		pp_ring_cancel_all(r, -ENODEV, true);
		return DRM_GPU_SCHED_STAT_ENODEV;
	}

	drm_sched_stop(&r->sched, sj);
	job->error = (st & PP_RING_STATE_MASK) == PP_RING_STOPPED ?
		     -EIO : -ETIMEDOUT;
	atomic_set(&job->ctx->guilty, 1);
	drm_dbg(&pp->drm, "job %u of context slot %u %s (error %#x at %#x, IB %#x), resetting the engine\n",
		job->id, job->ctx->slot,
		job->error == -EIO ? "faulted" : "timed out", err, addr, ib);
	if (!pp_ring_reset(r)) {
		pp_ring_cancel_all(r, -ENODEV, true);
	} else {
		/* what the card finished before the reset stays finished */
		pp_ring_fence_irq(r);
		pp_ring_cancel_all(r, -ECANCELED, false);
	}
	drm_sched_resubmit_jobs(&r->sched);
	pp_sched_start(&r->sched);
	return DRM_GPU_SCHED_STAT_NOMINAL;
}

static void pp_free_job(struct drm_sched_job *sj)
{
	struct pp_job *job = to_pp_job(sj);

	drm_sched_job_cleanup(sj);
	pp_job_release(job);
}

static const struct drm_sched_backend_ops pp_sched_ops = {
	.run_job = pp_run_job,
	.timedout_job = pp_timedout_job,
	.free_job = pp_free_job,
};

int pp_sched_init(struct pp_render *r)
{
	struct drm_sched_init_args args = {
		.ops = &pp_sched_ops,
		.credit_limit = PP_RING_JOBS,
		.hang_limit = 0,
		.timeout = msecs_to_jiffies(pp_job_timeout_ms),
		.name = "protopciem-ring",
		.dev = r->pp->drm.dev,
#ifdef PP_HAVE_SCHED_NUM_RQS
		.num_rqs = DRM_SCHED_PRIORITY_COUNT,
#endif
	};
	int ret;

	ret = drm_sched_init(&r->sched, &args);
	if (ret)
		return ret;
	r->sched_ready = true;
	return 0;
}

void pp_sched_fini(struct pp_render *r)
{
	if (r->sched_ready)
		drm_sched_fini(&r->sched);
	r->sched_ready = false;
}

int pp_ctx_entity_init(struct pp_render *r, struct pp_ctx *ctx)
{
	struct drm_gpu_scheduler *list[] = { &r->sched };

	return drm_sched_entity_init(&ctx->entity, DRM_SCHED_PRIORITY_NORMAL,
				     list, 1, &ctx->guilty);
}

void pp_ctx_entity_fini(struct pp_ctx *ctx)
{
	drm_sched_entity_destroy(&ctx->entity);
}

static struct pp_ctx *pp_ctx_get(struct pp_file *pf, u32 id)
{
	struct pp_ctx *ctx;

	xa_lock(&pf->ctxs);
	ctx = xa_load(&pf->ctxs, id);
	if (ctx)
		kref_get(&ctx->ref);
	xa_unlock(&pf->ctxs);
	return ctx;
}

static int pp_job_prepare(struct drm_device *drm, struct drm_file *file,
			  struct drm_protopciem_submit *a, struct pp_job *job)
{
	struct drm_protopciem_reloc *rel = NULL;
	u32 i;
	int ret;

	job->ib_dwords = a->cmd_dwords;
	job->ib_alloc = a->cmd_dwords * 4;
	job->ib = dma_alloc_coherent(drm->dev, job->ib_alloc, &job->ib_dma,
				     GFP_KERNEL | __GFP_NOWARN);
	if (!job->ib)
		return -ENOMEM;
	if (copy_from_user(job->ib, u64_to_user_ptr(a->cmds), job->ib_alloc))
		return -EFAULT;
	if (a->reloc_count) {
		rel = kvmalloc_array(a->reloc_count, sizeof(*rel), GFP_KERNEL);
		if (!rel)
			return -ENOMEM;
		if (copy_from_user(rel, u64_to_user_ptr(a->relocs),
				   a->reloc_count * sizeof(*rel))) {
			ret = -EFAULT;
			goto out;
		}
	}
	job->bo_count = a->bo_count;
	if (a->bo_count) {
		ret = drm_gem_objects_lookup(file, u64_to_user_ptr(a->bo_handles),
					     a->bo_count, &job->bos);
		if (ret) {
			drm_dbg(drm, "submit: buffer handles: %d\n", ret);
			goto out;
		}
	}
	for (i = 0; i < job->bo_count; i++, job->pinned = i) {
		if (pp_is_sys_bo(job->bos[i]))
			continue;
		ret = drm_gem_vram_pin(drm_gem_vram_of_gem(job->bos[i]),
				       DRM_GEM_VRAM_PL_FLAG_VRAM);
		if (ret)
			goto out;
	}
	ret = pp_check_cmds(drm, job->ib, job->ib_dwords, rel, a->reloc_count,
			    job->bos, job->bo_count);
out:
	kvfree(rel);
	return ret;
}

int pp_ioctl_submit(struct drm_device *drm, void *data,
		    struct drm_file *file)
{
	struct drm_protopciem_submit *a = data;
	struct pp_render *r = to_pp(drm)->render;
	struct pp_file *pf = file->driver_priv;
	struct drm_syncobj *out_sync = NULL;
	struct ww_acquire_ctx acquire;
	struct sync_file *sf = NULL;
	struct dma_fence *in;
	struct pp_job *job;
	int fd = -1, ret;
	u32 i;

	if (a->flags & ~PROTOPCIEM_SUBMIT_OUT_FENCE_FD || !a->cmd_dwords)
		return -EINVAL;
	if (a->cmd_dwords > PROTOPCIEM_MAX_CMD_DWORDS ||
	    a->bo_count > PROTOPCIEM_MAX_BOS ||
	    a->reloc_count > a->cmd_dwords)
		return -E2BIG;
	if (!r)
		return -ENODEV;

	job = kzalloc(sizeof(*job), GFP_KERNEL);
	if (!job)
		return -ENOMEM;
	job->r = r;
	job->ctx = pp_ctx_get(pf, a->ctx);
	if (!job->ctx) {
		ret = -ENOENT;
		goto err_free;
	}
	if (atomic_read(&job->ctx->guilty)) {
		ret = -EIO;
		goto err_free;
	}
	ret = pp_job_prepare(drm, file, a, job);
	if (ret)
		goto err_free;
	if (!r->has_ring) {
		/* a card of manual 1.0 has no INDIRECT and no contexts */
		ret = -ENODEV;
		goto err_free;
	}
	if (a->out_syncobj) {
		out_sync = drm_syncobj_find(file, a->out_syncobj);
		if (!out_sync) {
			ret = -ENOENT;
			goto err_free;
		}
	}
	if (a->flags & PROTOPCIEM_SUBMIT_OUT_FENCE_FD) {
		fd = get_unused_fd_flags(O_CLOEXEC);
		if (fd < 0) {
			ret = fd;
			goto err_sync;
		}
	}

	mutex_lock(&pf->lock);
	if (!xa_load(&pf->ctxs, a->ctx)) {
		ret = -ENOENT;	/* destroyed meanwhile */
		goto err_unlock;
	}
	ret = pp_sched_job_init(&job->base, &job->ctx->entity, file);
	if (ret)
		goto err_unlock;
	if (a->in_syncobj) {
		ret = drm_syncobj_find_fence(file, a->in_syncobj, 0, 0, &in);
		if (ret)
			goto err_job;
		ret = drm_sched_job_add_dependency(&job->base, in);
		if (ret)
			goto err_job;
	}
	ret = drm_gem_lock_reservations(job->bos, job->bo_count, &acquire);
	if (ret)
		goto err_job;
	for (i = 0; i < job->bo_count; i++) {
		ret = dma_resv_reserve_fences(job->bos[i]->resv, 1);
		if (!ret)
			ret = drm_sched_job_add_implicit_dependencies(&job->base,
								      job->bos[i],
								      true);
		if (ret) {
			drm_gem_unlock_reservations(job->bos, job->bo_count,
						    &acquire);
			goto err_job;
		}
	}
	drm_sched_job_arm(&job->base);
	job->done = dma_fence_get(&job->base.s_fence->finished);
	for (i = 0; i < job->bo_count; i++)
		dma_resv_add_fence(job->bos[i]->resv, job->done,
				   DMA_RESV_USAGE_WRITE);
	drm_gem_unlock_reservations(job->bos, job->bo_count, &acquire);
	if (out_sync)
		drm_syncobj_replace_fence(out_sync, job->done);
	if (fd >= 0)
		sf = sync_file_create(job->done);
	a->out_fence_fd = -1;
	drm_sched_entity_push_job(&job->base);
	mutex_unlock(&pf->lock);

	if (out_sync)
		drm_syncobj_put(out_sync);
	if (fd >= 0) {
		if (!sf) {
			put_unused_fd(fd);
			return -ENOMEM;
		}
		fd_install(fd, sf->file);
		a->out_fence_fd = fd;
	}
	return 0;

err_job:
	drm_sched_job_cleanup(&job->base);
err_unlock:
	mutex_unlock(&pf->lock);
	if (fd >= 0)
		put_unused_fd(fd);
err_sync:
	if (out_sync)
		drm_syncobj_put(out_sync);
err_free:
	pp_job_release(job);
	return ret;
}

int pp_ioctl_wait_bo(struct drm_device *drm, void *data,
		     struct drm_file *file)
{
	struct drm_protopciem_wait_bo *a = data;
	struct drm_gem_object *obj;
	unsigned long t;
	long ret;

	if (a->flags || a->timeout_ns < 0)
		return -EINVAL;
	obj = drm_gem_object_lookup(file, a->handle);
	if (!obj)
		return -ENOENT;
	if (!a->timeout_ns) {
		ret = dma_resv_test_signaled(obj->resv, DMA_RESV_USAGE_WRITE) ?
		      0 : -ETIME;
	} else {
		t = nsecs_to_jiffies64(a->timeout_ns);
		if (t > MAX_SCHEDULE_TIMEOUT - 1)
			t = MAX_SCHEDULE_TIMEOUT - 1;
		ret = dma_resv_wait_timeout(obj->resv, DMA_RESV_USAGE_WRITE,
					    true, t ?: 1);
		ret = ret > 0 ? 0 : ret == 0 ? -ETIME : ret;
	}
	drm_gem_object_put(obj);
	return ret;
}
