/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * protopciem_driver: render side.  Buffers (pp_gem.c), contexts and the
 * command checker (pp_check.c), jobs on the card's ring through drm_sched
 * (pp_job.c, pp_ring.c).
 */
#ifndef PP_RENDER_H
#define PP_RENDER_H

#include <linux/dma-fence.h>
#include <linux/kref.h>
#include <linux/mutex.h>
#include <linux/xarray.h>
#include <drm/drm_gem.h>
#include <drm/gpu_scheduler.h>
#include <drm/protopciem_drm.h>
#include <protopciem/cmd.h>

struct pp_device;
struct drm_file;

/* card slot 0 is the kernel's; clients get 1 .. 63 */
#define PP_CTX_SLOTS		64

struct pp_ring {
	void *vaddr;
	dma_addr_t dma;
	u32 size;		/* bytes, power of two */
	u32 tail;		/* bytes, next write */
	u64 *fence_cpu;		/* the card writes each completed fence here */
	dma_addr_t fence_dma;
	/* fences up to here were issued; signalled up to FENCE_LAST */
	u64 seqno;
	spinlock_t fence_lock;	/* fence contexts, the pending list */
	struct list_head pending;	/* pp_hw_fence in ring order */
	u64 fence_ctx;
	u32 job_id;
	int cur_slot;		/* slot the ring last switched to, -1 none */
	bool running;
};

struct pp_render {
	struct pp_device *pp;
	struct mutex ctx_lock;	/* slots, live */
	DECLARE_BITMAP(slots, PP_CTX_SLOTS);
	unsigned int live;

	struct drm_gpu_scheduler sched;
	bool sched_ready;
	bool has_ring;		/* manual 1.1: INDIRECT and contexts */
	struct pp_ring ring;
	struct mutex ring_lock;	/* ring writes, reset */
	struct work_struct fault_work;
	unsigned long resets;
	unsigned long faults;
};

struct pp_ctx {
	struct kref ref;
	struct pp_render *r;
	u32 id;
	u32 slot;
	bool inited;		/* the slot was INITed for this context */
	atomic_t guilty;
	struct drm_sched_entity entity;
};

struct pp_file {
	struct xarray ctxs;	/* id -> pp_ctx */
	struct mutex lock;	/* submissions against ctx destruction */
};

/* a buffer the card reaches by DMA */
struct pp_sys_bo {
	struct drm_gem_object base;
	void *vaddr;
	dma_addr_t dma;
};

static inline struct pp_sys_bo *to_pp_sys_bo(struct drm_gem_object *obj)
{
	return container_of(obj, struct pp_sys_bo, base);
}

bool pp_is_sys_bo(struct drm_gem_object *obj);

/* the hardware fence of one job: FENCE value seqno on the ring */
struct pp_hw_fence {
	struct dma_fence base;
	struct list_head link;
	struct pp_job *job;	/* valid until the fence signals */
};

struct pp_job {
	struct drm_sched_job base;
	struct pp_render *r;
	struct pp_ctx *ctx;
	u32 *ib;		/* checked commands, card-readable */
	dma_addr_t ib_dma;
	u32 ib_dwords;
	u32 ib_alloc;		/* bytes allocated */
	struct drm_gem_object **bos;
	u32 bo_count;
	u32 pinned;		/* bos[0 .. pinned - 1] were pinned */
	bool hw_completed;	/* its fence came before a reset */
	u32 id;			/* JOB id on the ring */
	bool init_decided;	/* init is fixed for resubmissions */
	bool init;		/* CONTEXT carries INIT */
	int error;		/* why the job was dropped */
	struct dma_fence *done;	/* scheduler's finished fence */
	struct pp_hw_fence *hw;
};

/* pp_gem.c */
int pp_render_init(struct pp_device *pp);
void pp_render_unplug(struct pp_device *pp);
int pp_render_open(struct drm_device *drm, struct drm_file *file);
void pp_render_postclose(struct drm_device *drm, struct drm_file *file);
int pp_ioctl_get_param(struct drm_device *drm, void *data,
		       struct drm_file *file);
int pp_ioctl_bo_create(struct drm_device *drm, void *data,
		       struct drm_file *file);
int pp_ioctl_bo_info(struct drm_device *drm, void *data,
		     struct drm_file *file);
int pp_ioctl_ctx_create(struct drm_device *drm, void *data,
			struct drm_file *file);
int pp_ioctl_ctx_destroy(struct drm_device *drm, void *data,
			 struct drm_file *file);
void pp_ctx_put(struct pp_ctx *ctx);

/* pp_check.c */
int pp_check_cmds(struct drm_device *drm, u32 *ib, u32 n,
		  const struct drm_protopciem_reloc *rel, u32 nrel,
		  struct drm_gem_object **bos, u32 nbos);

/* pp_job.c */
int pp_ioctl_submit(struct drm_device *drm, void *data,
		    struct drm_file *file);
int pp_ioctl_wait_bo(struct drm_device *drm, void *data,
		     struct drm_file *file);
int pp_sched_init(struct pp_render *r);
void pp_sched_fini(struct pp_render *r);
int pp_ctx_entity_init(struct pp_render *r, struct pp_ctx *ctx);
void pp_ctx_entity_fini(struct pp_ctx *ctx);

/* pp_ring.c */
int pp_ring_init(struct pp_render *r);
void pp_ring_fini(struct pp_render *r);
struct dma_fence *pp_ring_emit(struct pp_render *r, struct pp_job *job);
struct dma_fence *pp_ring_stub(struct pp_render *r, int error);
void pp_ring_fence_irq(struct pp_render *r);
void pp_ring_error_irq(struct pp_render *r);
bool pp_ring_reset(struct pp_render *r);
void pp_ring_cancel_all(struct pp_render *r, int error, bool jobs_too);

#endif
