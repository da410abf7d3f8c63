/* ProtoPCIem command-stream encoding (card/SPEC.md section 5).
 *
 * Every command is a header dword  class << 24 | opcode << 16 | length
 * followed by `length` payload dwords.  Payload words are uint32 unless
 * marked f (IEEE float32) or i (int32).  Enumerant values are OpenGL's.
 * This header is shared by the card, the kernel driver and the GL driver.
 */
#ifndef PROTOPCIEM_CMD_H
#define PROTOPCIEM_CMD_H

#define PP_CMD(cls, op, len) \
	((unsigned int)(cls) << 24 | (unsigned int)(op) << 16 | (unsigned int)(len))
#define PP_CMD_CLASS(h) ((h) >> 24)
#define PP_CMD_OP(h) (((h) >> 16) & 0xff)
#define PP_CMD_LEN(h) ((h) & 0xffff)
#define PP_CMD_MAX_LEN 0xffff

enum pp_class {
	PP_CLASS_CONTROL = 0x00,
	PP_CLASS_STATE = 0x01,
	PP_CLASS_MATRIX = 0x02,
	PP_CLASS_LIGHT = 0x03,
	PP_CLASS_TEXTURE = 0x04,
	PP_CLASS_DRAW = 0x05,
	PP_CLASS_BLIT = 0x06,
};

/* class 0: control                          payload */
#define PP_NOP			0x00	/* any length, ignored */
#define PP_FENCE		0x01	/* value lo, value hi */
					/* 0x02: reserved (ERR_DECODE) */
#define PP_JOB			0x03	/* job id: latched into RING_JOB */
#define PP_INDIRECT		0x04	/* 1.1: bus address lo, hi (4-byte
					   aligned), length in dwords: runs
					   that buffer's commands */
#define PP_CONTEXT		0x05	/* 1.1: slot (0 .. 63), flags */
#define  PP_CONTEXT_INIT	(1u << 0)	/* reset the slot's GL state */
#define PP_INDIRECT_MAX_DW	(1u << 22)	/* 16 MiB */
/* FENCE, JOB, INDIRECT and CONTEXT are privileged: ring only, inside an
 * indirect buffer they are ERR_PRIVILEGE.  NOP is allowed there. */

/* class 1: state */
#define PP_ENABLE		0x01	/* cap, index (texture unit), on */
#define PP_BLEND_FUNC		0x02	/* src rgb, dst rgb, src a, dst a */
#define PP_BLEND_EQUATION	0x03	/* rgb, alpha */
#define PP_BLEND_COLOR		0x04	/* r f, g f, b f, a f */
#define PP_DEPTH_FUNC		0x05	/* func */
#define PP_DEPTH_MASK		0x06	/* 0 or 1 */
#define PP_DEPTH_RANGE		0x07	/* near f, far f */
#define PP_ALPHA_FUNC		0x08	/* func, ref f */
#define PP_STENCIL_FUNC		0x09	/* func, ref, mask */
#define PP_STENCIL_OP		0x0a	/* fail, zfail, zpass */
#define PP_STENCIL_MASK		0x0b	/* write mask */
#define PP_COLOR_MASK		0x0c	/* r, g, b, a (0 or 1 each) */
#define PP_CULL_FACE		0x0d	/* mode */
#define PP_FRONT_FACE		0x0e	/* mode */
#define PP_POLYGON_MODE		0x0f	/* front mode, back mode */
#define PP_POLYGON_OFFSET	0x10	/* factor f, units f */
#define PP_SHADE_MODEL		0x11	/* mode */
#define PP_SCISSOR		0x12	/* x i, y i, w i, h i */
#define PP_VIEWPORT		0x13	/* x i, y i, w i, h i */
#define PP_CLEAR_COLOR		0x14	/* r f, g f, b f, a f */
#define PP_CLEAR_DEPTH		0x15	/* depth f */
#define PP_CLEAR_STENCIL	0x16	/* value */
#define PP_FOG			0x17	/* mode, density f, start f, end f,
					   colour 4f */
#define PP_LOGIC_OP		0x18	/* op */
#define PP_POINT_SIZE		0x19	/* size f */
#define PP_LINE_WIDTH		0x1a	/* width f */
#define PP_LINE_STIPPLE		0x1b	/* factor, pattern */
#define PP_POLYGON_STIPPLE	0x1c	/* 32 rows, bit 31 = leftmost */
#define PP_CLIP_PLANE		0x1d	/* plane index, equation 4f (object
					   space, current modelview) */
#define PP_TEXGEN		0x1e	/* unit, coord, mode, object plane 4f,
					   eye plane 4f */
#define PP_CURRENT		0x1f	/* attribute bit (PP_V_*), value 4f */

/* class 2: matrices */
#define PP_LOAD_MATRIX		0x01	/* mode, unit, 16f column-major */

/* class 3: lighting */
#define PP_LIGHT		0x01	/* light, pname, 4f */
#define PP_MATERIAL		0x02	/* face, pname, 4f */
#define PP_LIGHT_MODEL		0x03	/* pname, 4f */
#define PP_COLOR_MATERIAL	0x04	/* face, mode */

/* class 4: textures (slots 0 .. 4095; texels ARGB8888 in VRAM) */
#define PP_TEX_IMAGE		0x01	/* slot, level, base format, VRAM offset,
					   width, height */
#define PP_TEX_PARAM		0x02	/* slot, pname, 4f */
#define PP_TEX_DELETE		0x03	/* slot */
#define PP_TEX_BIND		0x04	/* unit, target, slot */
#define PP_TEX_ENV		0x05	/* unit, pname, 4f */
#define PP_COPY_TEX		0x06	/* slot, level, xoff i, yoff i, x i, y i,
					   width, height */
#define PP_TEX_IMAGE_EX		0x07	/* slot, target, level, base format,
					   VRAM offset, width, height, depth */

/* class 5: drawing */
#define PP_CLEAR		0x01	/* GL buffer mask */
#define PP_DRAW			0x02	/* primitive, format (PP_V_*), count,
					   then count vertices */
#define PP_DRAW_PIXELS		0x03	/* kind, x f, y f, z f, colour 4f,
					   width, height, zoom x f, zoom y f,
					   bus address lo, hi */
#define PP_READ_PIXELS		0x04	/* kind, x i, y i, width, height,
					   bus address lo, hi */
#define PP_COPY_PIXELS		0x05	/* kind, src x i, src y i, width, height,
					   x f, y f, z f, zoom x f, zoom y f */
#define PP_FEEDBACK		0x06	/* type (GL_2D ..., GL_RENDER:
					   end), VRAM offset, size in
					   floats */
#define PP_FEEDBACK_TOKEN	0x07	/* token, 12f: pass-through value,
					   or raster x, y, z, w, colour 4f,
					   texture coordinates 4f */

/* class 6: surfaces and blits */
#define PP_SET_TARGET		0x01	/* colour offset, colour stride, depth
					   offset (~0: none), depth stride,
					   width, height */
#define PP_FILL			0x02	/* offset, stride, width, height, value */
#define PP_COPY			0x03	/* src offset, src stride, dst offset,
					   dst stride, width, height (32 bpp) */
#define PP_UPLOAD		0x04	/* bus address lo, hi, VRAM offset,
					   bytes (multiple of 4) */

/* Vertex formats of PP_DRAW: position (4f) always, then in this order */
#define PP_V_COLOR		(1u << 0)	/* 4f */
#define PP_V_NORMAL		(1u << 1)	/* 3f */
#define PP_V_TEX0		(1u << 2)	/* 4f */
#define PP_V_TEX1		(1u << 3)	/* 4f */
#define PP_V_SECONDARY		(1u << 4)	/* 4f */
#define PP_V_FOG		(1u << 5)	/* 1f */
#define PP_V_EDGE		(1u << 6)	/* 1 dword, 0 or 1 (else ERR_STATE) */

/* RING_ERR_STATUS / REG_ERR_STATUS codes */
#define PP_ERR_DECODE		1
#define PP_ERR_LENGTH		2
#define PP_ERR_RANGE		3
#define PP_ERR_DMA		4
#define PP_ERR_STATE		5
#define PP_ERR_REGISTER		6
#define PP_ERR_ACCESS		7
#define PP_ERR_PRIVILEGE	8	/* 1.1: privileged command in an IB */

#endif
