/* SPDX-License-Identifier: (GPL-2.0 WITH Linux-syscall-note) OR MIT */
/* The address fields of ProtoPCIem commands (card/SPEC.md section 5):
 * which payload dwords of a command hold a VRAM offset or a 64-bit bus
 * address, and how many bytes from there the command may touch, computed
 * from the command's own size fields as the card does.  The kernel's
 * command checker relocates and bounds exactly these fields, and the GL
 * driver marks exactly these; a field whose extent is empty (a texture
 * level of no size, no depth buffer, leaving feedback mode) holds no
 * address.  No libc or kernel dependency: include cmd.h first.
 */
#ifndef PROTOPCIEM_CMD_ADDR_H
#define PROTOPCIEM_CMD_ADDR_H

#define PP_ADDR_VRAM	0	/* one dword: a VRAM offset */
#define PP_ADDR_BUS	1	/* two dwords: bus address low, high */

#define PP_ADDR_MAX_FIELDS 2

/* OpenGL enumerants the extents depend on */
#define PP_ADDR_GL_STENCIL_INDEX	0x1901
#define PP_ADDR_GL_DEPTH_COMPONENT	0x1902
#define PP_ADDR_GL_RGBA			0x1908
#define PP_ADDR_GL_RENDER		0x1c00

struct pp_addr_field {
	unsigned int idx;		/* payload dword (the low one of a pair) */
	unsigned int kind;		/* PP_ADDR_* */
	unsigned long long extent;	/* bytes covered from the address */
};

/* a * b, saturated: a saturated extent never fits a buffer */
static inline unsigned long long pp_addr_mul(unsigned long long a,
					     unsigned long long b)
{
	if (a && b > ~0ull / a)
		return ~0ull;
	return a * b;
}

static inline unsigned long long pp_addr_add(unsigned long long a,
					     unsigned long long b)
{
	return a + b < a ? ~0ull : a + b;
}

/* rows of w 32-bit pixels, stride bytes apart (as the card bounds them) */
static inline unsigned long long pp_addr_surface(unsigned int stride,
						 unsigned int w,
						 unsigned int h)
{
	if (!w || !h)
		return 0;
	return pp_addr_add(pp_addr_mul(stride, h - 1), pp_addr_mul(w, 4));
}

/* Fills f[] with the address fields of a command of class cls, opcode op
 * and payload p[len] (len already checked against the opcode); returns
 * how many, in payload order.
 */
static inline int pp_addr_fields(unsigned int cls, unsigned int op,
				 const unsigned int *p, unsigned int len,
				 struct pp_addr_field *f)
{
	int n = 0;

#define PP_ADDR_ADD(i, k, e) \
	do { f[n].idx = (i); f[n].kind = (k); f[n].extent = (e); n++; } while (0)
	if (cls == PP_CLASS_BLIT && op == PP_SET_TARGET && len == 6) {
		PP_ADDR_ADD(0, PP_ADDR_VRAM, pp_addr_surface(p[1], p[4], p[5]));
		if (p[2] != ~0u)
			PP_ADDR_ADD(2, PP_ADDR_VRAM,
				    pp_addr_surface(p[3], p[4], p[5]));
	} else if (cls == PP_CLASS_BLIT && op == PP_FILL && len == 5) {
		PP_ADDR_ADD(0, PP_ADDR_VRAM, pp_addr_surface(p[1], p[2], p[3]));
	} else if (cls == PP_CLASS_BLIT && op == PP_COPY && len == 6) {
		PP_ADDR_ADD(0, PP_ADDR_VRAM, pp_addr_surface(p[1], p[4], p[5]));
		PP_ADDR_ADD(2, PP_ADDR_VRAM, pp_addr_surface(p[3], p[4], p[5]));
	} else if (cls == PP_CLASS_BLIT && op == PP_UPLOAD && len == 4) {
		PP_ADDR_ADD(0, PP_ADDR_BUS, p[3]);
		PP_ADDR_ADD(2, PP_ADDR_VRAM, p[3]);
	} else if (cls == PP_CLASS_TEXTURE && op == PP_TEX_IMAGE && len == 6) {
		if (p[4] && p[5])
			PP_ADDR_ADD(3, PP_ADDR_VRAM,
				    pp_addr_mul(pp_addr_mul(p[4], p[5]), 4));
	} else if (cls == PP_CLASS_TEXTURE && op == PP_TEX_IMAGE_EX &&
		   len == 8) {
		if (p[5] && p[6] && p[7])
			PP_ADDR_ADD(4, PP_ADDR_VRAM,
				    pp_addr_mul(pp_addr_mul(pp_addr_mul(p[5], p[6]),
							    p[7]), 4));
	} else if (cls == PP_CLASS_DRAW && op == PP_DRAW_PIXELS && len == 14) {
		PP_ADDR_ADD(12, PP_ADDR_BUS,
			    pp_addr_mul(pp_addr_mul(p[8], p[9]),
					p[0] == PP_ADDR_GL_RGBA ||
					p[0] == PP_ADDR_GL_DEPTH_COMPONENT ? 4 : 1));
	} else if (cls == PP_CLASS_DRAW && op == PP_READ_PIXELS && len == 7) {
		PP_ADDR_ADD(5, PP_ADDR_BUS,
			    pp_addr_mul(pp_addr_mul(p[3], p[4]),
					p[0] == PP_ADDR_GL_STENCIL_INDEX ? 1 : 4));
	} else if (cls == PP_CLASS_DRAW && op == PP_FEEDBACK && len == 3) {
		if (p[0] != PP_ADDR_GL_RENDER)
			PP_ADDR_ADD(1, PP_ADDR_VRAM,
				    pp_addr_add(4, pp_addr_mul(p[2], 4)));
	}
#undef PP_ADDR_ADD
	return n;
}

#endif
