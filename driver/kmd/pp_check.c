// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * The command checker: the isolation between clients.  The card executes
 * whatever VRAM offsets and bus addresses it is given, so a client's
 * commands reach it only after the kernel has walked every command in its
 * own copy, refused what only the kernel may send, and replaced every
 * address field by the address of a buffer the client holds, bounded by
 * the bytes the command touches there (cmd_addr.h).
 */
#include <drm/drm_gem_vram_helper.h>
#include <drm/drm_print.h>
#include <protopciem/cmd.h>
#include <protopciem/cmd_addr.h>

#include "pp_drv.h"
#include "pp_render.h"

/* Payload length of each opcode; -1 any (checked here or by the card) */
static int pp_cmd_len(u32 cls, u32 op)
{
	static const s8 state[] = {
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
	static const s8 tex[] = {
		[PP_TEX_IMAGE] = 6, [PP_TEX_PARAM] = 6, [PP_TEX_DELETE] = 1,
		[PP_TEX_BIND] = 3, [PP_TEX_ENV] = 6, [PP_COPY_TEX] = 8,
		[PP_TEX_IMAGE_EX] = 8,
	};
	static const s8 draw[] = {
		[PP_CLEAR] = 1, [PP_DRAW] = -1, [PP_DRAW_PIXELS] = 14,
		[PP_READ_PIXELS] = 7, [PP_COPY_PIXELS] = 10,
		[PP_FEEDBACK] = 3, [PP_FEEDBACK_TOKEN] = 13,
	};
	static const s8 blit[] = {
		[PP_SET_TARGET] = 6, [PP_FILL] = 5, [PP_COPY] = 6,
		[PP_UPLOAD] = 4,
	};

	switch (cls) {
	case PP_CLASS_CONTROL:
		/* FENCE, JOB, INDIRECT and CONTEXT are the kernel's */
		return op == PP_NOP ? -1 : -2;
	case PP_CLASS_STATE:
		return op < ARRAY_SIZE(state) && state[op] ? state[op] : -2;
	case PP_CLASS_MATRIX:
		return op == PP_LOAD_MATRIX ? 18 : -2;
	case PP_CLASS_LIGHT:
		return op == PP_LIGHT || op == PP_MATERIAL ? 6 :
		       op == PP_LIGHT_MODEL ? 5 :
		       op == PP_COLOR_MATERIAL ? 2 : -2;
	case PP_CLASS_TEXTURE:
		return op < ARRAY_SIZE(tex) && tex[op] ? tex[op] : -2;
	case PP_CLASS_DRAW:
		return op < ARRAY_SIZE(draw) && draw[op] ? draw[op] : -2;
	case PP_CLASS_BLIT:
		return op < ARRAY_SIZE(blit) && blit[op] ? blit[op] : -2;
	}
	return -2;
}

/* Relocates one address field at ib[dw]; rel names the buffer. */
static int pp_check_reloc(struct drm_device *drm, u32 *ib, u32 dw,
			  const struct pp_addr_field *f,
			  const struct drm_protopciem_reloc *rel,
			  struct drm_gem_object **bos, u32 nbos)
{
	struct drm_gem_object *obj;
	u64 off = ib[dw], addr;
	bool sys, bus = f->kind == PP_ADDR_BUS;

	if (rel->bo_index >= nbos) {
		drm_dbg(drm, "reloc of dword %u: bo_index %u of %u\n", dw,
			rel->bo_index, nbos);
		return -EINVAL;
	}
	obj = bos[rel->bo_index];
	sys = pp_is_sys_bo(obj);
	if (sys != bus) {
		drm_dbg(drm, "dword %u: %s address in a %s buffer\n", dw,
			bus ? "bus" : "VRAM",
			sys ? "SYSTEM" : "VRAM");
		return -EINVAL;
	}
	if (off > obj->size || f->extent > obj->size - off) {
		drm_dbg(drm, "dword %u: %llu bytes at %llu outside a %zu-byte buffer\n",
			dw, f->extent, off, obj->size);
		return -EINVAL;
	}
	if (sys) {
		addr = to_pp_sys_bo(obj)->dma + off;
		ib[dw] = lower_32_bits(addr);
		ib[dw + 1] = upper_32_bits(addr);
	} else {
		s64 vo = drm_gem_vram_offset(drm_gem_vram_of_gem(obj));

		if (vo < 0)
			return (int)vo;
		ib[dw] = vo + off;
	}
	return 0;
}

/*
 * Checks and relocates n dwords at ib in place.  rel[] are the client's
 * relocations, in dword order; bos[] are its buffers, VRAM ones pinned.
 */
int pp_check_cmds(struct drm_device *drm, u32 *ib, u32 n,
		  const struct drm_protopciem_reloc *rel, u32 nrel,
		  struct drm_gem_object **bos, u32 nbos)
{
	struct pp_addr_field f[PP_ADDR_MAX_FIELDS];
	u32 off = 0, k = 0;
	int i, nf, want, ret;

	while (off < n) {
		u32 h = ib[off], cls = PP_CMD_CLASS(h), op = PP_CMD_OP(h);
		u32 len = PP_CMD_LEN(h);

		if (len > n - off - 1) {
			drm_dbg(drm, "command %#x at dword %u runs past the end\n",
				h, off);
			return -EINVAL;
		}
		want = pp_cmd_len(cls, op);
		if (want == -2) {
			drm_dbg(drm, "command %#x at dword %u: unknown or privileged\n",
				h, off);
			return -EINVAL;
		}
		if ((want >= 0 && want != len) ||
		    (cls == PP_CLASS_DRAW && op == PP_DRAW && len < 3)) {
			drm_dbg(drm, "command %#x at dword %u: bad length\n", h,
				off);
			return -EINVAL;
		}
		nf = pp_addr_fields(cls, op, ib + off + 1, len, f);
		for (i = 0; i < nf; i++, k++) {
			u32 dw = off + 1 + f[i].idx;

			if (k >= nrel || rel[k].dword != dw) {
				drm_dbg(drm, "command %#x at dword %u: address dword %u not relocated\n",
					h, off, dw);
				return -EINVAL;
			}
			ret = pp_check_reloc(drm, ib, dw, &f[i], &rel[k], bos,
					     nbos);
			if (ret)
				return ret;
		}
		if (k < nrel && rel[k].dword <= off + len) {
			drm_dbg(drm, "command %#x at dword %u: dword %u is no address\n",
				h, off, rel[k].dword);
			return -EINVAL;
		}
		off += 1 + len;
	}
	if (k != nrel) {
		drm_dbg(drm, "%u relocations past the last command\n", nrel - k);
		return -EINVAL;
	}
	return 0;
}
