/* Command decoding and validation; every payload length is checked before a
 * single payload word is read. */
#include <stdlib.h>
#include <string.h>
#include "cp.h"
#include "../gl/pg.h"
#include "../include/protopciem/cmd.h"

int pp_cp_init(struct pp_cp *cp, uint8_t *vram, size_t vram_size,
	       const struct pp_cp_host *host)
{
	memset(cp, 0, sizeof(*cp));
	cp->vram = vram;
	cp->vram_size = vram_size;
	cp->host = *host;
	cp->ctx[0] = pg_create(vram, vram_size);
	cp->gl = cp->ctx[0];
	return cp->gl ? 0 : -1;
}

void pp_cp_fini(struct pp_cp *cp)
{
	uint32_t i;

	for (i = 0; i < PP_CONTEXTS; i++) {
		pg_destroy(cp->ctx[i]);
		cp->ctx[i] = NULL;
	}
	free(cp->scratch);
	free(cp->ib);
	cp->gl = NULL;
	cp->scratch = NULL;
	cp->ib = NULL;
	cp->ib_size = 0;
}

/* Slots other than 0 are freed: a slot made current again starts from
 * the initial state, as the manual asks, and costs nothing until then. */
void pp_cp_reset(struct pp_cp *cp)
{
	uint32_t i;

	for (i = 1; i < PP_CONTEXTS; i++) {
		pg_destroy(cp->ctx[i]);
		cp->ctx[i] = NULL;
	}
	pg_reset(cp->ctx[0]);
	cp->cur = 0;
	cp->gl = cp->ctx[0];
	/* a 16 MiB indirect buffer is not kept across resets */
	free(cp->ib);
	cp->ib = NULL;
	cp->ib_size = 0;
}

void pp_cp_reset_current(struct pp_cp *cp)
{
	pg_reset(cp->gl);
}

void pp_cp_set_abort(struct pp_cp *cp, const int *flag)
{
	uint32_t i;

	cp->abort = flag;
	for (i = 0; i < PP_CONTEXTS; i++)
		if (cp->ctx[i])
			pg_set_abort(cp->ctx[i], flag);
}

static int aborted(const struct pp_cp *cp)
{
	return cp->abort && __atomic_load_n(cp->abort, __ATOMIC_RELAXED);
}

#define DMA_CHUNK (1u << 20)	/* bytes between abort checks */

/* DMA in chunks so that an abort does not wait for a 64 MiB transfer. */
static int dma_read(struct pp_cp *cp, uint64_t bus, uint8_t *dst, uint64_t n)
{
	uint64_t done, k;

	for (done = 0; done < n; done += k) {
		if (aborted(cp))
			return PP_CP_ABORTED;
		k = n - done < DMA_CHUNK ? n - done : DMA_CHUNK;
		if (cp->host.dma_read(cp->host.opaque, bus + done, dst + done, k))
			return PP_ERR_DMA;
	}
	return 0;
}

static int dma_write(struct pp_cp *cp, uint64_t bus, const uint8_t *src,
		     uint64_t n)
{
	uint64_t done, k;

	for (done = 0; done < n; done += k) {
		if (aborted(cp))
			return PP_CP_ABORTED;
		k = n - done < DMA_CHUNK ? n - done : DMA_CHUNK;
		if (cp->host.dma_write(cp->host.opaque, bus + done, src + done,
				       k))
			return PP_ERR_DMA;
	}
	return 0;
}

static float F(const uint32_t *p)
{
	float f;

	memcpy(&f, p, 4);
	return f;
}

static void F4(float *d, const uint32_t *p)
{
	memcpy(d, p, 16);
}

static uint8_t *scratch(struct pp_cp *cp, size_t n)
{
	if (n > cp->scratch_size) {
		uint8_t *p = realloc(cp->scratch, n);

		if (!p)
			return NULL;
		cp->scratch = p;
		cp->scratch_size = n;
	}
	return cp->scratch;
}

static int range_ok(const struct pp_cp *cp, uint64_t off, uint64_t len)
{
	return off <= cp->vram_size && len <= cp->vram_size - off;
}

/* Payload lengths; -1: variable (checked by the command). */
static int expected_len(uint32_t cls, uint32_t op)
{
	static const signed char state[] = {
		[PP_ENABLE] = 3, [PP_BLEND_FUNC] = 4, [PP_BLEND_EQUATION] = 2,
		[PP_BLEND_COLOR] = 4, [PP_DEPTH_FUNC] = 1, [PP_DEPTH_MASK] = 1,
		[PP_DEPTH_RANGE] = 2, [PP_ALPHA_FUNC] = 2,
		[PP_STENCIL_FUNC] = 3, [PP_STENCIL_OP] = 3,
		[PP_STENCIL_MASK] = 1, [PP_COLOR_MASK] = 4,
		[PP_CULL_FACE] = 1, [PP_FRONT_FACE] = 1,
		[PP_POLYGON_MODE] = 2, [PP_POLYGON_OFFSET] = 2,
		[PP_SHADE_MODEL] = 1, [PP_SCISSOR] = 4, [PP_VIEWPORT] = 4,
		[PP_CLEAR_COLOR] = 4, [PP_CLEAR_DEPTH] = 1,
		[PP_CLEAR_STENCIL] = 1, [PP_FOG] = 8, [PP_LOGIC_OP] = 1,
		[PP_POINT_SIZE] = 1, [PP_LINE_WIDTH] = 1,
		[PP_LINE_STIPPLE] = 2, [PP_POLYGON_STIPPLE] = 32,
		[PP_CLIP_PLANE] = 5, [PP_TEXGEN] = 11, [PP_CURRENT] = 5,
	};
	static const signed char tex[] = {
		[PP_TEX_IMAGE] = 6, [PP_TEX_PARAM] = 6, [PP_TEX_DELETE] = 1,
		[PP_TEX_BIND] = 3, [PP_TEX_ENV] = 6, [PP_COPY_TEX] = 8,
		[PP_TEX_IMAGE_EX] = 8,
	};
	static const signed char draw[] = {
		[PP_CLEAR] = 1, [PP_DRAW] = -1, [PP_DRAW_PIXELS] = 14,
		[PP_READ_PIXELS] = 7, [PP_COPY_PIXELS] = 10,
		[PP_FEEDBACK] = 3, [PP_FEEDBACK_TOKEN] = 13,
	};
	static const signed char blit[] = {
		[PP_SET_TARGET] = 6, [PP_FILL] = 5, [PP_COPY] = 6,
		[PP_UPLOAD] = 4,
	};

	switch (cls) {
	case PP_CLASS_CONTROL:
		return op == PP_NOP ? -1 : op == PP_FENCE ? 2 :
		       op == PP_JOB ? 1 : op == PP_INDIRECT ? 3 :
		       op == PP_CONTEXT ? 2 : -2;
	case PP_CLASS_STATE:
		return op < sizeof(state) && state[op] ? state[op] : -2;
	case PP_CLASS_MATRIX:
		return op == PP_LOAD_MATRIX ? 18 : -2;
	case PP_CLASS_LIGHT:
		return op == PP_LIGHT || op == PP_MATERIAL ? 6 :
		       op == PP_LIGHT_MODEL ? 5 : op == PP_COLOR_MATERIAL ? 2 : -2;
	case PP_CLASS_TEXTURE:
		return op < sizeof(tex) && tex[op] ? tex[op] : -2;
	case PP_CLASS_DRAW:
		return op < sizeof(draw) && draw[op] ? draw[op] : -2;
	case PP_CLASS_BLIT:
		return op < sizeof(blit) && blit[op] ? blit[op] : -2;
	}
	return -2;
}

static int exec_state(struct pp_cp *cp, uint32_t op, const uint32_t *p)
{
	struct pg_engine *g = cp->gl;
	float v[4], w[4];

	switch (op) {
	case PP_ENABLE: return pg_enable(g, p[0], p[1], p[2]);
	case PP_BLEND_FUNC: return pg_blend_func(g, p[0], p[1], p[2], p[3]);
	case PP_BLEND_EQUATION: return pg_blend_equation(g, p[0], p[1]);
	case PP_BLEND_COLOR: F4(v, p); return pg_blend_color(g, v);
	case PP_DEPTH_FUNC: return pg_depth_func(g, p[0]);
	case PP_DEPTH_MASK: return pg_depth_mask(g, p[0]);
	case PP_DEPTH_RANGE: return pg_depth_range(g, F(p), F(p + 1));
	case PP_ALPHA_FUNC: return pg_alpha_func(g, p[0], F(p + 1));
	case PP_STENCIL_FUNC: return pg_stencil_func(g, p[0], p[1], p[2]);
	case PP_STENCIL_OP: return pg_stencil_op(g, p[0], p[1], p[2]);
	case PP_STENCIL_MASK: return pg_stencil_mask(g, p[0]);
	case PP_COLOR_MASK: return pg_color_mask(g, p[0], p[1], p[2], p[3]);
	case PP_CULL_FACE: return pg_cull_face(g, p[0]);
	case PP_FRONT_FACE: return pg_front_face(g, p[0]);
	case PP_POLYGON_MODE: return pg_polygon_mode(g, p[0], p[1]);
	case PP_POLYGON_OFFSET: return pg_polygon_offset(g, F(p), F(p + 1));
	case PP_SHADE_MODEL: return pg_shade_model(g, p[0]);
	case PP_SCISSOR:
		return pg_scissor(g, (int32_t)p[0], (int32_t)p[1],
				  (int32_t)p[2], (int32_t)p[3]);
	case PP_VIEWPORT:
		return pg_viewport(g, (int32_t)p[0], (int32_t)p[1],
				   (int32_t)p[2], (int32_t)p[3]);
	case PP_CLEAR_COLOR: F4(v, p); return pg_clear_color(g, v);
	case PP_CLEAR_DEPTH: return pg_clear_depth(g, F(p));
	case PP_CLEAR_STENCIL: return pg_clear_stencil(g, p[0]);
	case PP_FOG:
		F4(v, p + 4);
		return pg_fog(g, p[0], F(p + 1), F(p + 2), F(p + 3), v);
	case PP_LOGIC_OP: return pg_logic_op(g, p[0]);
	case PP_POINT_SIZE: return pg_point_size(g, F(p));
	case PP_LINE_WIDTH: return pg_line_width(g, F(p));
	case PP_LINE_STIPPLE: return pg_line_stipple(g, p[0], p[1]);
	case PP_POLYGON_STIPPLE: return pg_polygon_stipple(g, p);
	case PP_CLIP_PLANE: F4(v, p + 1); return pg_clip_plane(g, p[0], v);
	case PP_TEXGEN:
		F4(v, p + 3);
		F4(w, p + 7);
		return pg_texgen(g, p[0], p[1], p[2], v, w);
	case PP_CURRENT: F4(v, p + 1); return pg_current(g, p[0], v);
	}
	return PP_ERR_DECODE;
}

static int exec_draw(struct pp_cp *cp, uint32_t op, const uint32_t *p,
		     uint32_t len)
{
	struct pg_engine *g = cp->gl;
	uint64_t bus, n;
	uint8_t *buf;
	float v[12];
	int r;

	/* no fragments in feedback mode (GL 1.x 5.3) */
	if (pg_feedback_on(g) && (op == PP_CLEAR || op == PP_DRAW_PIXELS ||
				  op == PP_COPY_PIXELS))
		return 0;
	switch (op) {
	case PP_CLEAR:
		return pg_clear(g, p[0]);
	case PP_DRAW:
		if (len < 3)
			return PP_ERR_LENGTH;
		return pg_draw(g, p[0], p[1], p[2], p + 3, len - 3);
	case PP_DRAW_PIXELS:
		if (p[8] > 4096 || p[9] > 4096)
			return PP_ERR_STATE;
		n = (uint64_t)p[8] * p[9] * (p[0] == GL_RGBA ||
					     p[0] == GL_DEPTH_COMPONENT ? 4 : 1);
		bus = (uint64_t)p[13] << 32 | p[12];
		buf = scratch(cp, n + 1);
		if (!buf)
			return PP_ERR_STATE;
		r = dma_read(cp, bus, buf, n);
		if (r)
			return r;
		F4(v, p + 4);
		return pg_draw_pixels(g, F(p + 1), F(p + 2), F(p + 3), v, p[8],
				      p[9], F(p + 10), F(p + 11), buf, p[0]);
	case PP_READ_PIXELS:
		if (p[3] > 4096 || p[4] > 4096)
			return PP_ERR_STATE;
		n = (uint64_t)p[3] * p[4] * (p[0] == GL_STENCIL_INDEX ? 1 : 4);
		bus = (uint64_t)p[6] << 32 | p[5];
		buf = scratch(cp, n + 1);
		if (!buf)
			return PP_ERR_STATE;
		r = pg_read_pixels(g, (int32_t)p[1], (int32_t)p[2], p[3], p[4],
				   p[0], buf, n);
		if (r)
			return r;
		return dma_write(cp, bus, buf, n);
	case PP_COPY_PIXELS:
		return pg_copy_pixels(g, (int32_t)p[1], (int32_t)p[2], p[3], p[4],
				      F(p + 5), F(p + 6), F(p + 7), F(p + 8),
				      F(p + 9), p[0]);
	case PP_FEEDBACK:
		return pg_feedback(g, p[0], p[1], p[2]);
	case PP_FEEDBACK_TOKEN:
		memcpy(v, p + 1, sizeof(v));
		return pg_feedback_token(g, p[0], v);
	}
	return PP_ERR_DECODE;
}

static int exec_blit(struct pp_cp *cp, uint32_t op, const uint32_t *p)
{
	uint64_t bytes, bus;
	uint32_t y;

	switch (op) {
	case PP_SET_TARGET:
		return pg_set_target(cp->gl, p[0], p[1], p[2], p[3], p[4], p[5]);
	case PP_FILL:
		if (p[2] == 0 || p[3] == 0)
			return 0;
		if ((p[0] & 3) || (p[1] & 3) || p[1] < (uint64_t)p[2] * 4 ||
		    !range_ok(cp, p[0], (uint64_t)p[1] * (p[3] - 1) +
			      (uint64_t)p[2] * 4))
			return PP_ERR_RANGE;
		for (y = 0; y < p[3]; y++) {
			uint32_t *row = (uint32_t *)(cp->vram + p[0] +
						     (size_t)y * p[1]);
			uint32_t x;

			if ((y & 15) == 0 && aborted(cp))
				return PP_CP_ABORTED;
			for (x = 0; x < p[2]; x++)
				row[x] = p[4];
		}
		return 0;
	case PP_COPY:
		if (p[4] == 0 || p[5] == 0)
			return 0;
		if (p[1] < (uint64_t)p[4] * 4 || p[3] < (uint64_t)p[4] * 4 ||
		    !range_ok(cp, p[0], (uint64_t)p[1] * (p[5] - 1) +
			      (uint64_t)p[4] * 4) ||
		    !range_ok(cp, p[2], (uint64_t)p[3] * (p[5] - 1) +
			      (uint64_t)p[4] * 4))
			return PP_ERR_RANGE;
		for (y = 0; y < p[5]; y++) {
			if ((y & 15) == 0 && aborted(cp))
				return PP_CP_ABORTED;
			memmove(cp->vram + p[2] + (size_t)y * p[3],
				cp->vram + p[0] + (size_t)y * p[1],
				(size_t)p[4] * 4);
		}
		return 0;
	case PP_UPLOAD:
		bus = (uint64_t)p[1] << 32 | p[0];
		bytes = p[3];
		if ((bytes & 3) || !range_ok(cp, p[2], bytes))
			return PP_ERR_RANGE;
		return dma_read(cp, bus, cp->vram + p[2], bytes);
	}
	return PP_ERR_DECODE;
}

static int exec_one(struct pp_cp *cp, const uint32_t *cmd, size_t avail,
		    size_t *used, int in_ib);

/* CONTEXT: a slot's engine is created the first time it is made current,
 * so unused slots cost nothing. */
static int exec_context(struct pp_cp *cp, uint32_t slot, uint32_t flags)
{
	struct pg_engine *e;

	if (slot >= PP_CONTEXTS || (flags & ~PP_CONTEXT_INIT))
		return PP_ERR_STATE;
	e = cp->ctx[slot];
	if (!e) {
		e = pg_create(cp->vram, cp->vram_size);
		if (!e)
			return PP_ERR_STATE;
		pg_set_abort(e, cp->abort);
		cp->ctx[slot] = e;
	} else if (flags & PP_CONTEXT_INIT) {
		pg_reset(e);
	}
	cp->cur = slot;
	cp->gl = e;
	if (cp->host.context)
		cp->host.context(cp->host.opaque, slot);
	return 0;
}

/* INDIRECT: the whole buffer is fetched first, so a refused fetch runs
 * none of it; its commands then run unprivileged.  A fault inside names
 * the command's offset in the buffer (err_ib) and its class and opcode. */
static int exec_indirect(struct pp_cp *cp, const uint32_t *p)
{
	uint64_t bus = (uint64_t)p[1] << 32 | p[0];
	size_t n = p[2], off, used, bytes;
	int r;

	if ((bus & 3) || n == 0 || n > PP_INDIRECT_MAX_DW)
		return PP_ERR_STATE;
	bytes = n * 4;
	if (bytes > cp->ib_size) {
		uint32_t *b = realloc(cp->ib, bytes);

		if (!b)
			return PP_ERR_STATE;
		cp->ib = b;
		cp->ib_size = bytes;
	}
	r = dma_read(cp, bus, (uint8_t *)cp->ib, bytes);
	if (r)
		return r;
	for (off = 0; off < n; off += used) {
		if (aborted(cp))
			return PP_CP_ABORTED;
		r = exec_one(cp, cp->ib + off, n - off, &used, 1);
		if (r == PP_CP_ABORTED)
			return r;
		if (r) {
			cp->err_ib = PP_RING_ERR_IB_VALID | (uint32_t)(off * 4);
			cp->err_detail = (cp->ib[off] >> 16) & 0xffff;
			return r;
		}
	}
	return 0;
}

static int privileged(uint32_t cls, uint32_t op)
{
	return cls == PP_CLASS_CONTROL &&
	       (op == PP_FENCE || op == PP_JOB || op == PP_INDIRECT ||
		op == PP_CONTEXT);
}

int pp_cp_exec(struct pp_cp *cp, const uint32_t *cmd, size_t avail,
	       size_t *used)
{
	cp->err_ib = 0;
	cp->err_detail = avail ? (cmd[0] >> 16) & 0xffff : 0;
	return exec_one(cp, cmd, avail, used, 0);
}

static int exec_one(struct pp_cp *cp, const uint32_t *cmd, size_t avail,
		    size_t *used, int in_ib)
{
	uint32_t h, cls, op, len;
	const uint32_t *p = cmd + 1;
	struct pg_engine *g = cp->gl;
	int want;
	float v[4];

	*used = 0;
	if (avail < 1)
		return PP_ERR_LENGTH;
	h = cmd[0];
	cls = PP_CMD_CLASS(h);
	op = PP_CMD_OP(h);
	len = PP_CMD_LEN(h);
	if (len + 1 > avail)
		return PP_ERR_LENGTH;
	*used = len + 1;
	want = expected_len(cls, op);
	if (want == -2)
		return PP_ERR_DECODE;
	if (in_ib && privileged(cls, op))
		return PP_ERR_PRIVILEGE;
	if (want >= 0 && (uint32_t)want != len)
		return PP_ERR_LENGTH;

	switch (cls) {
	case PP_CLASS_CONTROL:
		if (op == PP_FENCE && cp->host.fence)
			return cp->host.fence(cp->host.opaque,
					      (uint64_t)p[1] << 32 | p[0]);
		if (op == PP_JOB && cp->host.job)
			cp->host.job(cp->host.opaque, p[0]);
		if (op == PP_INDIRECT)
			return exec_indirect(cp, p);
		if (op == PP_CONTEXT)
			return exec_context(cp, p[0], p[1]);
		return 0;
	case PP_CLASS_STATE:
		return exec_state(cp, op, p);
	case PP_CLASS_MATRIX: {
		float m[16];

		memcpy(m, p + 2, sizeof(m));
		return pg_load_matrix(g, p[0], p[1], m);
	}
	case PP_CLASS_LIGHT:
		switch (op) {
		case PP_LIGHT: F4(v, p + 2); return pg_light(g, p[0], p[1], v);
		case PP_MATERIAL:
			F4(v, p + 2);
			return pg_material(g, p[0], p[1], v);
		case PP_LIGHT_MODEL: F4(v, p + 1); return pg_light_model(g, p[0], v);
		default: return pg_color_material(g, p[0], p[1]);
		}
	case PP_CLASS_TEXTURE:
		switch (op) {
		case PP_TEX_IMAGE:
			return pg_tex_image(g, p[0], p[1], p[2], p[3], p[4], p[5]);
		case PP_TEX_PARAM:
			F4(v, p + 2);
			return pg_tex_param(g, p[0], p[1], v);
		case PP_TEX_DELETE: return pg_tex_delete(g, p[0]);
		case PP_TEX_BIND: return pg_bind_texture(g, p[0], p[1], p[2]);
		case PP_TEX_ENV: F4(v, p + 2); return pg_tex_env(g, p[0], p[1], v);
		case PP_TEX_IMAGE_EX:
			return pg_tex_image_ex(g, p[0], p[1], p[2], p[3], p[4],
					       p[5], p[6], p[7]);
		default:
			return pg_copy_tex(g, p[0], p[1], (int32_t)p[2],
					   (int32_t)p[3], (int32_t)p[4],
					   (int32_t)p[5], p[6], p[7]);
		}
	case PP_CLASS_DRAW:
		return exec_draw(cp, op, p, len);
	case PP_CLASS_BLIT:
		return exec_blit(cp, op, p);
	}
	return PP_ERR_DECODE;
}
