/* Context lifetime: a transport to a card, surfaces in VRAM and the
 * initial state; the offscreen API of include/ppgl.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "ctx.h"
#include "dlist.h"
#include "ppgl.h"

#define VRAM_SIZE (64u << 20)

void ppgl_send_all_state(struct ctx *c);

/* The colour and depth surfaces as the render target. */
void ppgl_send_target(struct ctx *c)
{
	uint32_t *p = ppgl_cmd_u(c, PP_CLASS_BLIT, PP_SET_TARGET, 6,
				 c->color_off, c->pitch, c->depth_off,
				 c->pitch, (uint32_t)c->width,
				 (uint32_t)c->height);

	ppgl_reloc(c, &p[0], PPGL_RELOC_VRAM);
	ppgl_reloc(c, &p[2], PPGL_RELOC_VRAM);
}

struct ctx *ppgl_context_create(struct ppgl_transport *t, int w, int h)
{
	struct ctx *c = calloc(1, sizeof(*c));
	uint32_t bytes;
	int u;

	if (!c)
		return NULL;
	c->t = t;
	c->width = w;
	c->height = h;
	c->pitch = (uint32_t)w * 4;
	bytes = c->pitch * (uint32_t)h;
	c->color_off = ppgl_vram_alloc(c, bytes);
	c->depth_off = ppgl_vram_alloc(c, bytes);
	if (c->color_off == ~0u || c->depth_off == ~0u) {
		ppgl_vram_fini(c);
		free(c);
		return NULL;
	}
	ppgl_state_init(c);
	c->c.pack.alignment = c->c.unpack.alignment = 4;
	/* initial array state (GL 1.x table 6.6) */
	c->c.vertex.size = c->c.color.size = 4;
	c->c.vertex.type = c->c.normal.type = c->c.color.type = GL_FLOAT;
	c->c.index.type = c->c.fog.type = GL_FLOAT;
	c->c.secondary.size = 3;
	c->c.secondary.type = GL_FLOAT;
	c->c.normal.size = 3;
	c->c.edge.size = 1;
	c->c.edge.type = GL_UNSIGNED_BYTE;
	for (u = 0; u < NUNITS; u++) {
		c->c.texcoord[u].size = 4;
		c->c.texcoord[u].type = GL_FLOAT;
	}
	pg_identity(c->mv[0]);
	pg_identity(c->proj[0]);
	for (u = 0; u < NUNITS; u++)
		pg_identity(c->texm[u][0]);
	ppgl_tex_init(c);
	ppgl_send_target(c);
	ppgl_send_all_state(c);
	/* undefined at start; zero them as hardware reset would */
	ppgl_cmd_u(c, PP_CLASS_DRAW, PP_CLEAR, 1,
		   GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT |
		   GL_STENCIL_BUFFER_BIT);
	ppgl_flush(c);
	return c;
}

void ppgl_context_destroy(struct ctx *c)
{
	if (!c)
		return;
	ppgl_finish(c);
	ppgl_dl_delete_all(c);
	ppgl_tex_fini(c);
	ppgl_vram_fini(c);
	free(c->imm);
	free(c);
}

struct ppgl_context {
	struct ctx *ctx;
	struct ppgl_transport *t;
};

struct ppgl_context *ppglOffscreenCreate(int w, int h)
{
	struct ppgl_context *pc;

	if (w < 1 || h < 1 || w > MAX_TEX_SIZE || h > MAX_TEX_SIZE) {
		fprintf(stderr, "ppgl: bad offscreen size %dx%d\n", w, h);
		return NULL;
	}
	pc = calloc(1, sizeof(*pc));
	if (!pc)
		return NULL;
	pc->t = ppgl_transport_open(VRAM_SIZE);
	if (!pc->t) {
		fprintf(stderr, "ppgl: no card to draw on\n");
		free(pc);
		return NULL;
	}
	pc->ctx = ppgl_context_create(pc->t, w, h);
	if (!pc->ctx) {
		fprintf(stderr, "ppgl: out of VRAM for a %dx%d surface\n", w, h);
		pc->t->destroy(pc->t);
		free(pc);
		return NULL;
	}
	ppgl_cur = pc->ctx;
	return pc;
}

int ppglMakeCurrent(struct ppgl_context *pc)
{
	if (ppgl_cur)
		ppgl_flush(ppgl_cur);
	ppgl_cur = pc ? pc->ctx : NULL;
	return 1;
}

void ppglOffscreenDestroy(struct ppgl_context *pc)
{
	if (!pc)
		return;
	if (ppgl_cur == pc->ctx)
		ppgl_cur = NULL;
	ppgl_context_destroy(pc->ctx);
	pc->t->destroy(pc->t);
	free(pc);
}

const void *ppglColorBuffer(struct ppgl_context *pc, int *stride)
{
	ppgl_finish(pc->ctx);
	*stride = (int)pc->ctx->pitch;
	return pc->t->vram + pc->ctx->color_off;
}

/* Reallocates the surfaces for a new drawable size; GL state stays. */
int ppgl_context_resize(struct ctx *c, int w, int h)
{
	uint32_t pitch = (uint32_t)w * 4, bytes = pitch * (uint32_t)h;
	uint32_t co, dp;

	ppgl_finish(c);
	ppgl_vram_free(c, c->color_off);
	ppgl_vram_free(c, c->depth_off);
	co = ppgl_vram_alloc(c, bytes);
	dp = ppgl_vram_alloc(c, bytes);
	if (co == ~0u || dp == ~0u)
		return 0;
	c->color_off = co;
	c->depth_off = dp;
	c->pitch = pitch;
	c->width = w;
	c->height = h;
	ppgl_send_target(c);
	ppgl_flush(c);
	return 1;
}
