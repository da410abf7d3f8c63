/* GL errors, the command buffer and the VRAM allocator. */
#include <stdio.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include "ctx.h"
#include "reloc_check.h"

__thread struct ctx *ppgl_cur;

void ppgl_error(struct ctx *c, GLenum e)
{
	static int debug = -1;

	if (debug < 0)
		debug = getenv("PPGL_DEBUG") != NULL;
	/* PPGL_DEBUG=1 shows each error where it is raised (a debugger
	 * breakpoint here finds the call) */
	if (debug && e != GL_NO_ERROR)
		fprintf(stderr, "ppgl: GL error 0x%04x\n", e);
	/* the first error sticks until glGetError reads it */
	if (c->error == GL_NO_ERROR)
		c->error = e;
}

/* what the transport could not do (a lost context, a transfer too big
 * for DMA), raised once as GL allows */
static void transport_errors(struct ctx *c)
{
	if (c->t->gl_oom) {
		c->t->gl_oom = 0;
		ppgl_error(c, GL_OUT_OF_MEMORY);
	}
}

static int vram_live(void *opaque, uint32_t off, uint64_t extent);
static void vram_release_dead(struct ctx *c);

/* When the encoder shares out VRAM itself (the in-process card), a
 * command addressing memory outside the allocation it names is refused
 * here as the kernel refuses it (each allocation is a buffer of its own
 * there): a stale or past-the-end offset is found without a kernel. */
static int vram_refused(struct ctx *c)
{
	char why[200];

	if (c->t->vram_alloc ||
	    !ppgl_reloc_bounds(c->cmd, c->ncmd, vram_live, c, why, sizeof(why)))
		return 0;
	fprintf(stderr, "ppgl: submission refused: %s\n", why);
	c->t->gl_oom = 1;
	return 1;
}

void ppgl_flush(struct ctx *c)
{
	ppgl_dirty_commit(c);
	ppgl_dirty_emit(c);
	if (c->ncmd) {
		if (!vram_refused(c))
			c->t->submit(c->t, c->cmd, c->ncmd, c->reloc,
				     c->nreloc);
		c->ncmd = 0;
		c->nreloc = 0;
	}
	/* the commands naming them are the transport's now: a queued job
	 * holds its buffers, the in-process card has run them */
	vram_release_dead(c);
	transport_errors(c);
}

int ppgl_finish(struct ctx *c)
{
	int r;

	ppgl_flush(c);
	r = c->t->finish(c->t);
	transport_errors(c);
	return r;
}

uint32_t *ppgl_cmd_raw(struct ctx *c, uint32_t cls, uint32_t op, uint32_t len)
{
	uint32_t *p;

	/* room for the command and the addresses it may carry */
	if (c->ncmd + len + 1 > CMDBUF_DW || c->nreloc + 4 > CMDBUF_RELOCS)
		ppgl_flush(c);
	p = &c->cmd[c->ncmd];
	p[0] = PP_CMD(cls, op, len);
	c->ncmd += len + 1;
	return p + 1;
}

uint32_t *ppgl_cmd(struct ctx *c, uint32_t cls, uint32_t op, uint32_t len)
{
	uint32_t *p = ppgl_dirty_stage(c, cls, op, len);

	if (p)
		return p;
	/* an order-dependent command: the state it may use goes first */
	ppgl_dirty_emit(c);
	/* deleting a texture resets its parameters and unbinds it */
	if (cls == PP_CLASS_TEXTURE && op == PP_TEX_DELETE)
		ppgl_dirty_forget(c);
	return ppgl_cmd_raw(c, cls, op, len);
}

void ppgl_reloc(struct ctx *c, const uint32_t *field,
		enum ppgl_reloc_kind kind)
{
	c->reloc[c->nreloc].dw = (uint32_t)(field - c->cmd);
	c->reloc[c->nreloc].kind = kind;
	c->nreloc++;
}

uint32_t *ppgl_cmd_u(struct ctx *c, uint32_t cls, uint32_t op, int n, ...)
{
	uint32_t *p = ppgl_cmd(c, cls, op, (uint32_t)n);
	va_list ap;
	int i;

	va_start(ap, n);
	for (i = 0; i < n; i++)
		p[i] = va_arg(ap, uint32_t);
	va_end(ap);
	return p;
}

void ppgl_cmd_f(struct ctx *c, uint32_t cls, uint32_t op, int nu,
		const uint32_t *u, int nf, const float *f)
{
	uint32_t *p = ppgl_cmd(c, cls, op, (uint32_t)(nu + nf));
	int i;

	for (i = 0; i < nu; i++)
		p[i] = u[i];
	for (i = 0; i < nf; i++)
		p[nu + i] = fbits(f[i]);
}

int ppgl_vram_staged(struct ctx *c)
{
	return c->t->stage != NULL;
}

/* The UPLOAD is reserved before the staging memory is asked for, so the
 * memory belongs to the submission that carries the command. */
uint8_t *ppgl_vram_write(struct ctx *c, uint32_t off, uint32_t bytes)
{
	uint64_t bus;
	uint32_t *p;
	void *m;
	int tries;

	if (!c->t->stage || !bytes)
		return c->t->vram + off;
	for (tries = 0; tries < 2; tries++) {
		p = ppgl_cmd_raw(c, PP_CLASS_BLIT, PP_UPLOAD, 4);
		m = c->t->stage(c->t, bytes, &bus);
		if (m) {
			p[0] = (uint32_t)bus;
			p[1] = (uint32_t)(bus >> 32);
			p[2] = off;
			p[3] = bytes;
			ppgl_reloc(c, &p[0], PPGL_RELOC_BUS);
			ppgl_reloc(c, &p[2], PPGL_RELOC_VRAM);
			return m;
		}
		/* no staging memory until queued jobs complete: send what
		 * holds it, then try once more */
		p[-1] = PP_CMD(PP_CLASS_CONTROL, PP_NOP, 4);
		ppgl_flush(c);
	}
	/* the slow way: nothing in flight, the CPU writes VRAM */
	ppgl_finish(c);
	return c->t->vram + off;
}

/* First-fit allocator over VRAM, 256-byte granules. */
struct vram_block {
	uint32_t off, size;
	int used;
	struct vram_block *next;
};

static struct vram_block *vram_list(struct ctx *c)
{
	if (!c->vram) {
		c->vram = calloc(1, sizeof(*c->vram));
		if (c->vram)
			c->vram->size = (uint32_t)c->t->vram_size;
	}
	return c->vram;
}

static int vram_live(void *opaque, uint32_t off, uint64_t extent)
{
	struct ctx *c = opaque;
	struct vram_block *b;

	for (b = c->vram; b; b = b->next)
		if (b->used && off >= b->off && off - b->off < b->size)
			return extent <= b->size - (off - b->off);
	return 0;
}

uint32_t ppgl_vram_alloc(struct ctx *c, uint32_t size)
{
	struct vram_block *b;

	if (c->t->vram_alloc)	/* the transport's buffers */
		return c->t->vram_alloc(c->t, size);
	size = (size + 255) & ~255u;
	if (!size)
		size = 256;
	for (b = vram_list(c); b; b = b->next) {
		if (b->used || b->size < size)
			continue;
		if (b->size > size) {
			struct vram_block *n = calloc(1, sizeof(*n));

			if (!n)
				return ~0u;
			n->off = b->off + size;
			n->size = b->size - size;
			n->next = b->next;
			b->next = n;
			b->size = size;
		}
		b->used = 1;
		return b->off;
	}
	return ~0u;
}

static void vram_release(struct ctx *c, uint32_t off)
{
	struct vram_block *b, *n;

	if (c->t->vram_free) {
		c->t->vram_free(c->t, off);
		return;
	}
	for (b = c->vram; b; b = b->next)
		if (b->used && b->off == off) {
			b->used = 0;
			break;
		}
	/* merge free neighbours */
	for (b = c->vram; b && b->next;) {
		n = b->next;
		if (!b->used && !n->used) {
			b->size += n->size;
			b->next = n->next;
			free(n);
		} else {
			b = n;
		}
	}
}

static void vram_release_dead(struct ctx *c)
{
	size_t i;

	for (i = 0; i < c->ndead; i++)
		vram_release(c, c->vram_dead[i]);
	c->ndead = 0;
}

/* Commands not yet submitted may name the allocation (a texture level
 * sent, then the texture deleted before the next flush): it stays
 * allocated until they are submitted, so that neither the kernel's
 * checker sees an address of a closed buffer nor a new allocation reuses
 * memory a queued draw still reads. */
void ppgl_vram_free(struct ctx *c, uint32_t off)
{
	if (off == ~0u)
		return;
	if (!c->ncmd) {
		vram_release(c, off);
		return;
	}
	if (c->ndead == c->dead_cap) {
		size_t cap = c->dead_cap ? c->dead_cap * 2 : 16;
		uint32_t *n = realloc(c->vram_dead, cap * sizeof(*n));

		if (!n) {
			ppgl_flush(c);
			vram_release(c, off);
			return;
		}
		c->vram_dead = n;
		c->dead_cap = cap;
	}
	c->vram_dead[c->ndead++] = off;
}

void ppgl_vram_fini(struct ctx *c)
{
	struct vram_block *b = c->vram, *n;

	for (; b; b = n) {
		n = b->next;
		free(b);
	}
	c->vram = NULL;
	free(c->vram_dead);
	c->vram_dead = NULL;
	c->ndead = c->dead_cap = 0;
}
