/* The card through protopciem_driver's render node (libdrm).
 *
 * VRAM: the state tracker addresses VRAM as offsets into t->vram.  Here
 * t->vram is a reserved, inaccessible virtual range; each allocation is a
 * VRAM buffer object of its own, mapped at its offset in that range, so
 * t->vram + off reaches it.  At submit each VRAM offset dword becomes
 * {offset inside that buffer, buffer} for the kernel's relocation.
 *
 * Host memory: the card reaches it only through SYSTEM buffers (at most
 * PROTOPCIEM_MAX_SYSTEM_BO).  The "bus address" the transport hands out
 * is a token naming a buffer and an offset in it, decoded at submit.
 *
 * Staged writes: the state tracker's VRAM writes (texture images,
 * sub-images, generated mipmaps) and the data of DRAW_PIXELS are copied
 * into staging SYSTEM buffers and reach VRAM by UPLOAD (or are read by
 * DRAW_PIXELS) in command order, behind the draws queued before them.  So
 * a SUBMIT is not followed by a wait: jobs queue up on the card.  A
 * staging buffer is filled front to back and used again once the jobs
 * naming it are done (WAIT_BO; a buffer handed out since the last SUBMIT
 * belongs to the next one and is never taken back).  READ_PIXELS output
 * goes to a buffer of its own, copied to the caller at finish().
 *
 * Jobs: each submission is a job whose fence lands in one of NSYNC
 * syncobjs in turn.  finish() waits for the last job (one context's jobs
 * complete in order); a submission waits for the job NSYNC before it, so
 * at most NSYNC jobs are queued.  Freed buffers are closed at once: the
 * kernel's jobs hold references to the buffers they use (and keep VRAM
 * ones pinned) until they complete, and the encoder frees an allocation
 * only once the commands naming it are submitted.  A new VRAM buffer is
 * one no job uses, so the CPU clears it without waiting.
 *
 * PPGL_DRM_SYNC=1 waits for each job after its SUBMIT (as this transport
 * did before staging), for comparison; PPGL_STATS=1 prints, when the
 * context ends, how many jobs there were and how often the CPU waited.
 *
 * A context whose job hung or faulted is guilty: SUBMIT fails with EIO.
 * The context is then lost: nothing more is sent, GL reports
 * GL_OUT_OF_MEMORY once, and a line on stderr says why.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>
#include <xf86drm.h>
#include "transport.h"
#include <protopciem/cmd.h>
#include "../../kmd/include/uapi/drm/protopciem_drm.h"

#define PAGE 4096u
#define DMA_SLOTS 8
#define DMA_MIN (64u << 10)
#define STAGE_BUFS 16		/* staging buffers kept before reuse waits */
#define STAGE_MAX_BUFS 64	/* ... and when all are the next job's */
#define STAGE_MIN (1u << 20)
#define STAGE_TOKEN 0x100u	/* token index of staging buffer 0 */
#define TOKEN_TAG 0x9b9bu	/* high half of a dma_map token */
#define WAIT_NS (120ll * 1000000000ll)
#define MAX_NOPS 16
#define NSYNC 8			/* jobs queued at most */

struct va {			/* one VRAM allocation */
	uint32_t off, size, handle;
	uint32_t mark, idx;	/* index in the submission being built */
};

struct sysbuf {			/* a mapped SYSTEM buffer */
	uint32_t handle, size;
	uint8_t *map;
	uint32_t mark, idx;
};

struct dma_slot {		/* READ_PIXELS output until finish() */
	struct sysbuf b;
	void *user;		/* where the data goes */
	size_t len;
	int busy;
};

struct stage_buf {
	struct sysbuf b;
	uint32_t fill;
	uint64_t sub;		/* submissions made when last handed out */
};

struct ppgl_drm_stats {
	unsigned long jobs, wait_finish, wait_throttle, wait_reuse, wait_sync;
	unsigned long long staged;
};

struct drm_t {
	struct ppgl_transport t;
	int fd;
	uint32_t ctx, sync[NSYNC];
	uint64_t nsub, done;	/* jobs submitted; jobs known complete */
	int lost, debug, sync_each, stats;
	struct va *va;
	size_t nva, cap;
	struct dma_slot dma[DMA_SLOTS];
	struct stage_buf stage[STAGE_MAX_BUFS];
	int nstage, cur;	/* staging buffers; the one being filled */
	uint32_t mark;		/* submission counter for de-duplication */
	uint32_t *ib;		/* the submission, relocated */
	size_t ib_cap;
	uint32_t bos[PROTOPCIEM_MAX_BOS];
	struct drm_protopciem_reloc *rel;
	size_t rel_cap;
	struct ppgl_drm_stats st;
};

static int is_ours(int fd)
{
	drmVersionPtr v = drmGetVersion(fd);
	int r = v && !strcmp(v->name, "protopciem");

	if (v)
		drmFreeVersion(v);
	return r;
}

/* drmGetDevices2 first; it skips PCI domains above 0xffff (where PCIem
 * puts its devices), so then every render node by driver name. */
static int open_node(void)
{
	drmDevicePtr devs[32];
	char path[64];
	int i, n, fd;

	n = drmGetDevices2(0, devs, 32);
	for (i = 0; i < n; i++) {
		fd = -1;
		if (devs[i]->available_nodes & (1 << DRM_NODE_RENDER))
			fd = open(devs[i]->nodes[DRM_NODE_RENDER],
				  O_RDWR | O_CLOEXEC);
		if (fd >= 0 && is_ours(fd)) {
			drmFreeDevices(devs, n);
			return fd;
		}
		if (fd >= 0)
			close(fd);
	}
	if (n > 0)
		drmFreeDevices(devs, n);
	for (i = 128; i < 192; i++) {
		snprintf(path, sizeof(path), "/dev/dri/renderD%d", i);
		fd = open(path, O_RDWR | O_CLOEXEC);
		if (fd < 0)
			continue;
		if (is_ours(fd))
			return fd;
		close(fd);
	}
	return -1;
}

static int bo_create(struct drm_t *d, uint32_t size, uint32_t domain,
		     uint32_t *handle, uint64_t *mmap_off)
{
	struct drm_protopciem_bo_create c = { .size = size, .domain = domain };
	struct drm_protopciem_bo_info i = { 0 };
	struct drm_gem_close cl = { 0 };

	if (drmIoctl(d->fd, DRM_IOCTL_PROTOPCIEM_BO_CREATE, &c))
		return -errno;
	i.handle = c.handle;
	if (drmIoctl(d->fd, DRM_IOCTL_PROTOPCIEM_BO_INFO, &i)) {
		int e = -errno;

		cl.handle = c.handle;
		drmIoctl(d->fd, DRM_IOCTL_GEM_CLOSE, &cl);
		return e;
	}
	*handle = c.handle;
	*mmap_off = i.mmap_offset;
	return 0;
}

static void bo_close(struct drm_t *d, uint32_t handle)
{
	struct drm_gem_close cl = { .handle = handle };

	drmIoctl(d->fd, DRM_IOCTL_GEM_CLOSE, &cl);
}

/* ---- VRAM ---- */

static uint32_t vram_alloc(struct ppgl_transport *t, uint32_t size)
{
	struct drm_t *d = (struct drm_t *)t;
	uint64_t start = PAGE, mo;	/* offset 0 stays unmapped */
	uint32_t h;
	size_t i;
	void *p;

	if (size > t->vram_size - PAGE)
		return ~0u;
	size = size ? (size + PAGE - 1) & ~(PAGE - 1) : PAGE;
	for (i = 0; i < d->nva; i++) {
		if (d->va[i].off - start >= size)
			break;
		start = (uint64_t)d->va[i].off + d->va[i].size;
	}
	if (start + size > t->vram_size)
		return ~0u;
	if (d->nva == d->cap) {
		size_t cap = d->cap ? d->cap * 2 : 64;
		struct va *n = realloc(d->va, cap * sizeof(*n));

		if (!n)
			return ~0u;
		d->va = n;
		d->cap = cap;
	}
	if (bo_create(d, size, PROTOPCIEM_DOMAIN_VRAM, &h, &mo))
		return ~0u;
	p = mmap(t->vram + start, size, PROT_READ | PROT_WRITE,
		 MAP_SHARED | MAP_FIXED, d->fd, (off_t)mo);
	if (p == MAP_FAILED) {
		bo_close(d, h);
		return ~0u;
	}
	/* VRAM buffers come with whatever was there before; start from
	 * zeros as the card's reset does, so images do not depend on it */
	memset(p, 0, size);
	memmove(&d->va[i + 1], &d->va[i], (d->nva - i) * sizeof(*d->va));
	d->va[i] = (struct va){ .off = (uint32_t)start, .size = size,
				.handle = h };
	d->nva++;
	return (uint32_t)start;
}

/* the allocation holding offset off (an address at its end belongs to
 * the next one, or to none: commands of an empty extent carry no
 * relocation) */
static struct va *va_find(struct drm_t *d, uint32_t off)
{
	size_t lo = 0, hi = d->nva;

	while (lo < hi) {
		size_t m = (lo + hi) / 2;

		if (d->va[m].off > off)
			hi = m;
		else
			lo = m + 1;
	}
	if (!lo || off - d->va[lo - 1].off >= d->va[lo - 1].size)
		return NULL;
	return &d->va[lo - 1];
}

static void vram_free(struct ppgl_transport *t, uint32_t off)
{
	struct drm_t *d = (struct drm_t *)t;
	struct va *a = va_find(d, off);
	size_t i;

	if (!a || a->off != off)
		return;
	/* back to an inaccessible reservation; queued jobs keep the BO */
	mmap(t->vram + a->off, a->size, PROT_NONE,
	     MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED, -1, 0);
	bo_close(d, a->handle);
	i = (size_t)(a - d->va);
	memmove(&d->va[i], &d->va[i + 1], (d->nva - i - 1) * sizeof(*d->va));
	d->nva--;
}

/* ---- host buffers ---- */

static void lose(struct drm_t *d, const char *why);

static int sysbuf_new(struct drm_t *d, struct sysbuf *b, size_t len,
		      uint32_t min)
{
	uint32_t size = (uint32_t)((len + PAGE - 1) & ~(size_t)(PAGE - 1));
	uint64_t mo;
	void *m;

	if (size < min)
		size = min;
	if (size > PROTOPCIEM_MAX_SYSTEM_BO)
		size = PROTOPCIEM_MAX_SYSTEM_BO;
	if (bo_create(d, size, PROTOPCIEM_DOMAIN_SYSTEM, &b->handle, &mo))
		return -1;
	m = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED, d->fd,
		 (off_t)mo);
	if (m == MAP_FAILED) {
		bo_close(d, b->handle);
		return -1;
	}
	b->map = m;
	b->size = size;
	b->mark = 0;
	return 0;
}

static void sysbuf_free(struct drm_t *d, struct sysbuf *b)
{
	if (!b->size)
		return;
	munmap(b->map, b->size);
	bo_close(d, b->handle);
	b->size = 0;
}

/* 0: no job uses the buffer now; with wait, after waiting for them */
static int bo_idle(struct drm_t *d, uint32_t handle, int wait)
{
	struct drm_protopciem_wait_bo w = {
		.handle = handle,
		.timeout_ns = wait ? WAIT_NS : 0,
	};

	if (!drmIoctl(d->fd, DRM_IOCTL_PROTOPCIEM_WAIT_BO, &w))
		return 0;
	if (wait)
		lose(d, "a job did not complete");
	return -1;
}

static uint64_t token(uint32_t i, uint32_t off)
{
	return (uint64_t)(TOKEN_TAG << 16 | i) << 32 | off;
}

/* Staging memory (transport.h): the current buffer's free end, else a
 * buffer no job uses, else a new one, else waiting for the one the
 * oldest submission named. */
static void *stage(struct ppgl_transport *t, size_t len, uint64_t *bus)
{
	struct drm_t *d = (struct drm_t *)t;
	struct stage_buf *s = NULL, *old = NULL;
	size_t need = (len + 15) & ~(size_t)15;
	uint32_t off;
	int i;

	if (d->lost || !len || len > PPGL_STAGE_MAX)
		return NULL;
	if (d->cur >= 0 && d->stage[d->cur].b.size - d->stage[d->cur].fill >=
	    need)
		s = &d->stage[d->cur];
	/* taken back: not the next submission's, no job uses it */
	for (i = 0; !s && i < d->nstage; i++) {
		struct stage_buf *c = &d->stage[i];

		if (c->sub == d->nsub || c->b.size < need)
			continue;
		if (!old || c->sub < old->sub)
			old = c;
		if (!bo_idle(d, c->b.handle, 0)) {
			s = c;
			s->fill = 0;
		}
	}
	if (!s && (d->nstage < STAGE_BUFS ||
		   (!old && d->nstage < STAGE_MAX_BUFS))) {
		s = &d->stage[d->nstage];
		if (sysbuf_new(d, &s->b, need, STAGE_MIN))
			return NULL;
		s->fill = 0;
		d->nstage++;
	}
	if (!s && old) {
		d->st.wait_reuse++;
		if (bo_idle(d, old->b.handle, 1))
			return NULL;
		s = old;
		s->fill = 0;
	}
	if (!s)
		return NULL;
	d->cur = (int)(s - d->stage);
	off = s->fill;
	s->fill += (uint32_t)need;
	s->sub = d->nsub;
	d->st.staged += len;
	*bus = token(STAGE_TOKEN + (uint32_t)d->cur, off);
	return s->b.map + off;
}

static uint64_t dma_map(struct ppgl_transport *t, void *p, size_t len,
			enum ppgl_dma_dir dir)
{
	struct drm_t *d = (struct drm_t *)t;
	struct dma_slot *s = NULL;
	uint64_t bus;
	void *m;
	int i;

	if (!len || len > PROTOPCIEM_MAX_SYSTEM_BO) {
		if (d->debug)
			fprintf(stderr, "ppgl: a pixel transfer of %zu bytes: the card's DMA buffers hold %u\n",
				len, PROTOPCIEM_MAX_SYSTEM_BO);
		return 0;
	}
	if (dir == PPGL_DMA_TO_CARD) {
		/* copied at once (transport.h); in pieces of the stage
		 * limit the card could not take it in one command */
		m = len <= PPGL_STAGE_MAX ? stage(t, len, &bus) : NULL;
		if (!m && len > PPGL_STAGE_MAX && d->nstage < STAGE_MAX_BUFS &&
		    !d->lost) {
			struct stage_buf *b = &d->stage[d->nstage];

			/* a buffer of its own, taken back like the others */
			if (sysbuf_new(d, &b->b, len, STAGE_MIN))
				return 0;
			b->fill = b->b.size;
			b->sub = d->nsub;
			d->nstage++;
			m = b->b.map;
			bus = token(STAGE_TOKEN + (uint32_t)(b - d->stage), 0);
		}
		if (!m)
			return 0;
		memcpy(m, p, len);
		return bus;
	}
	/* a free buffer big enough, else a free slot to (re)fill */
	for (i = 0; i < DMA_SLOTS; i++)
		if (!d->dma[i].busy && d->dma[i].b.size >= len) {
			s = &d->dma[i];
			break;
		}
	for (i = 0; !s && i < DMA_SLOTS; i++)
		if (!d->dma[i].busy)
			s = &d->dma[i];
	if (!s)
		return 0;
	if (s->b.size < len) {
		sysbuf_free(d, &s->b);
		if (sysbuf_new(d, &s->b, len, DMA_MIN))
			return 0;
	}
	s->busy = 1;
	s->user = p;
	s->len = len;
	return token((uint32_t)(s - d->dma), 0);
}

/* The buffer a token names (lo: the offset in it) */
static struct sysbuf *dma_find(struct drm_t *d, uint32_t lo, uint32_t hi)
{
	uint32_t i = hi & 0xffff;
	struct sysbuf *b;

	if (hi >> 16 != TOKEN_TAG)
		return NULL;
	if (i < DMA_SLOTS && d->dma[i].busy && !lo)
		return &d->dma[i].b;
	if (i < STAGE_TOKEN || i - STAGE_TOKEN >= (uint32_t)d->nstage)
		return NULL;
	b = &d->stage[i - STAGE_TOKEN].b;
	return lo < b->size ? b : NULL;
}

/* ---- submission ---- */

static void lose(struct drm_t *d, const char *why)
{
	if (d->lost)
		return;
	d->lost = 1;
	d->t.gl_oom = 1;
	fprintf(stderr, "ppgl: GL context lost on the card (%s): nothing more is drawn\n",
		why);
}

static int grow(struct drm_t *d, size_t ndw, size_t nrel)
{
	if (ndw > d->ib_cap) {
		uint32_t *n = realloc(d->ib, ndw * 4);

		if (!n)
			return -1;
		d->ib = n;
		d->ib_cap = ndw;
	}
	if (nrel > d->rel_cap) {
		struct drm_protopciem_reloc *n =
			realloc(d->rel, nrel * sizeof(*n));

		if (!n)
			return -1;
		d->rel = n;
		d->rel_cap = nrel;
	}
	return 0;
}

/* Turns the command holding dword dw into a NOP of the same length;
 * returns its extent [*s, *e). */
static void nop_cmd(uint32_t *ib, size_t ndw, uint32_t dw, uint32_t *s,
		    uint32_t *e)
{
	uint32_t o = 0, len;

	while (o < ndw) {
		len = PP_CMD_LEN(ib[o]);
		if (dw <= o + len)
			break;
		o += len + 1;
	}
	len = PP_CMD_LEN(ib[o]);
	ib[o] = PP_CMD(PP_CLASS_CONTROL, PP_NOP, len);
	*s = o;
	*e = o + len + 1;
}

/* The buffer index of a handle in this submission, added on first use. */
static int bo_index(struct drm_t *d, uint32_t *nbo, uint32_t handle,
		    uint32_t *mark, uint32_t *idx)
{
	if (*mark == d->mark)
		return (int)*idx;
	if (*nbo == PROTOPCIEM_MAX_BOS)
		return -1;
	*mark = d->mark;
	*idx = (*nbo)++;
	d->bos[*idx] = handle;
	return (int)*idx;
}

/* Waits until the jobs before job number upto (counted from 0) are
 * done; counts the wait in *why. */
static int wait_jobs(struct drm_t *d, uint64_t upto, unsigned long *why)
{
	struct timespec ts;
	int64_t until;

	if (upto <= d->done || d->lost)
		return d->lost ? -1 : 0;
	(*why)++;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	until = (int64_t)ts.tv_sec * 1000000000ll + ts.tv_nsec + WAIT_NS;
	if (drmSyncobjWait(d->fd, &d->sync[(upto - 1) % NSYNC], 1, until, 0,
			   NULL)) {
		lose(d, "a job did not complete");
		return -1;
	}
	d->done = upto;
	return 0;
}

static int submit(struct ppgl_transport *t, const uint32_t *cmds, size_t ndw,
		  const struct ppgl_reloc *relocs, size_t nrelocs)
{
	struct drm_t *d = (struct drm_t *)t;
	struct drm_protopciem_submit a = { 0 };
	uint32_t nop[MAX_NOPS][2], nnop = 0, nbo = 0, nrel = 0, dw;
	size_t i, k;
	int bad, idx;

	if (d->lost)
		return -EIO;
	if (grow(d, ndw, nrelocs)) {
		t->gl_oom = 1;
		return -ENOMEM;
	}
	memcpy(d->ib, cmds, ndw * 4);
	d->mark++;
	/* addresses the kernel cannot relocate (a transfer dma_map refused)
	 * drop their command; the GL reports GL_OUT_OF_MEMORY */
	for (i = 0; i < nrelocs; i++) {
		dw = relocs[i].dw;
		bad = relocs[i].kind == PPGL_RELOC_VRAM ? !va_find(d, d->ib[dw]) :
		      !dma_find(d, d->ib[dw], d->ib[dw + 1]);
		if (!bad)
			continue;
		for (k = 0; k < nnop; k++)
			if (dw >= nop[k][0] && dw < nop[k][1])
				break;
		if (k < nnop)
			continue;
		if (nnop == MAX_NOPS) {
			t->gl_oom = 1;
			return -EINVAL;
		}
		nop_cmd(d->ib, ndw, dw, &nop[nnop][0], &nop[nnop][1]);
		nnop++;
		t->gl_oom = 1;
	}
	for (i = 0; i < nrelocs; i++) {
		dw = relocs[i].dw;
		for (k = 0; k < nnop; k++)
			if (dw >= nop[k][0] && dw < nop[k][1])
				break;
		if (k < nnop)
			continue;
		if (relocs[i].kind == PPGL_RELOC_VRAM) {
			struct va *v = va_find(d, d->ib[dw]);

			d->ib[dw] -= v->off;
			idx = bo_index(d, &nbo, v->handle, &v->mark, &v->idx);
		} else {
			struct sysbuf *s = dma_find(d, d->ib[dw],
						    d->ib[dw + 1]);

			/* the offset in the buffer stays in the low half */
			d->ib[dw + 1] = 0;
			idx = bo_index(d, &nbo, s->handle, &s->mark, &s->idx);
		}
		if (idx < 0) {
			fprintf(stderr, "ppgl: a submission uses more than %d buffers\n",
				PROTOPCIEM_MAX_BOS);
			t->gl_oom = 1;
			return -E2BIG;
		}
		d->rel[nrel].dword = dw;
		d->rel[nrel].bo_index = (uint32_t)idx;
		nrel++;
	}
	a.cmds = (uintptr_t)d->ib;
	a.cmd_dwords = (uint32_t)ndw;
	a.bo_handles = (uintptr_t)d->bos;
	a.bo_count = nbo;
	a.relocs = (uintptr_t)d->rel;
	a.reloc_count = nrel;
	a.ctx = d->ctx;
	/* at most NSYNC jobs queued: the syncobj is the one of the job
	 * NSYNC before this one */
	if (d->nsub >= NSYNC &&
	    wait_jobs(d, d->nsub - NSYNC + 1, &d->st.wait_throttle))
		return -EIO;
	a.out_syncobj = d->sync[d->nsub % NSYNC];
	if (drmIoctl(d->fd, DRM_IOCTL_PROTOPCIEM_SUBMIT, &a)) {
		int e = errno;

		if (e == EIO || e == ENODEV) {
			lose(d, e == EIO ? "a job of this context hung or faulted" :
			     "the card is gone");
		} else {
			fprintf(stderr, "ppgl: the kernel refused a submission: %s\n",
				strerror(e));
			t->gl_oom = 1;
		}
		return -e;
	}
	d->nsub++;
	d->st.jobs++;
	if (d->sync_each && wait_jobs(d, d->nsub, &d->st.wait_sync))
		return -EIO;
	return 0;
}

static int finish(struct ppgl_transport *t)
{
	struct drm_t *d = (struct drm_t *)t;
	int i;

	wait_jobs(d, d->nsub, &d->st.wait_finish);
	for (i = 0; i < DMA_SLOTS; i++) {
		struct dma_slot *s = &d->dma[i];

		if (s->busy && !d->lost)
			memcpy(s->user, s->b.map, s->len);
		s->busy = 0;
	}
	return d->lost ? -EIO : 0;
}

static void destroy(struct ppgl_transport *t)
{
	struct drm_t *d = (struct drm_t *)t;
	struct drm_protopciem_ctx_destroy cd = { .ctx = d->ctx };
	size_t i;

	if (d->stats)
		fprintf(stderr, "ppgl: drm stats: %lu jobs, %lu waits (finish %lu, throttle %lu, staging reuse %lu, after submit %lu), %llu bytes staged\n",
			d->st.jobs, d->st.wait_finish + d->st.wait_throttle +
			d->st.wait_reuse + d->st.wait_sync, d->st.wait_finish,
			d->st.wait_throttle, d->st.wait_reuse, d->st.wait_sync,
			d->st.staged);
	for (i = 0; i < d->nva; i++)
		bo_close(d, d->va[i].handle);
	for (i = 0; i < DMA_SLOTS; i++)
		sysbuf_free(d, &d->dma[i].b);
	for (i = 0; i < (size_t)d->nstage; i++)
		sysbuf_free(d, &d->stage[i].b);
	munmap(t->vram, t->vram_size);
	for (i = 0; i < NSYNC; i++)
		drmSyncobjDestroy(d->fd, d->sync[i]);
	drmIoctl(d->fd, DRM_IOCTL_PROTOPCIEM_CTX_DESTROY, &cd);
	close(d->fd);
	free(d->va);
	free(d->ib);
	free(d->rel);
	free(d);
}

static uint64_t param(int fd, uint32_t p)
{
	struct drm_protopciem_get_param a = { .param = p };

	return drmIoctl(fd, DRM_IOCTL_PROTOPCIEM_GET_PARAM, &a) ? 0 : a.value;
}

struct ppgl_transport *ppgl_transport_drm(int say)
{
	struct drm_protopciem_ctx_create cc = { 0 };
	struct drm_t *d;
	uint64_t vram;
	void *p;
	int i, fd = open_node();

	if (fd < 0)
		return NULL;
	d = calloc(1, sizeof(*d));
	if (!d)
		goto fail_fd;
	d->fd = fd;
	d->cur = -1;
	d->debug = getenv("PPGL_DEBUG") != NULL;
	d->stats = getenv("PPGL_STATS") != NULL;
	d->sync_each = getenv("PPGL_DRM_SYNC") &&
		       strcmp(getenv("PPGL_DRM_SYNC"), "0");
	vram = param(fd, PROTOPCIEM_PARAM_VRAM_SIZE);
	if (!vram) {
		if (say)
			fprintf(stderr, "ppgl: the render node does not answer GET_PARAM\n");
		goto fail;
	}
	/* offsets are 32-bit; room to spare for fragmentation */
	d->t.vram_size = vram * 2 > (3ull << 30) ? (3ull << 30) :
			 (size_t)vram * 2;
	if (drmIoctl(fd, DRM_IOCTL_PROTOPCIEM_CTX_CREATE, &cc)) {
		if (say)
			fprintf(stderr, "ppgl: no context on the card: %s\n",
				strerror(errno));
		goto fail;
	}
	d->ctx = cc.ctx;
	for (i = 0; i < NSYNC; i++)
		if (drmSyncobjCreate(fd, 0, &d->sync[i]))
			goto fail_sync;
	p = mmap(NULL, d->t.vram_size, PROT_NONE,
		 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	if (p == MAP_FAILED)
		goto fail_sync;
	d->t.stage = stage;
	d->t.vram = p;
	d->t.submit = submit;
	d->t.finish = finish;
	d->t.dma_map = dma_map;
	d->t.vram_alloc = vram_alloc;
	d->t.vram_free = vram_free;
	d->t.destroy = destroy;
	return &d->t;

fail_sync:
	for (i = 0; i < NSYNC; i++)
		if (d->sync[i])
			drmSyncobjDestroy(fd, d->sync[i]);
	{
		struct drm_protopciem_ctx_destroy cd = { .ctx = d->ctx };

		drmIoctl(fd, DRM_IOCTL_PROTOPCIEM_CTX_DESTROY, &cd);
	}
fail:
	free(d);
fail_fd:
	close(fd);
	return NULL;
}
