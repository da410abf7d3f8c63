/* Checks that a submission marks exactly its address dwords, as the
 * kernel's command checker will require: the in-process card refuses a
 * submission that would be refused through the kernel, so the GL driver's
 * tests catch a missing relocation without a kernel. */
#include <GL/gl.h>
#include <stdio.h>
#include "reloc_check.h"
#include <protopciem/cmd.h>

struct field {
	unsigned int idx;	/* payload dword */
	uint32_t kind;
};

/* The address fields a command carries (at most three). */
static int fields(const uint32_t *p, uint32_t cls, uint32_t op, uint32_t len,
		  struct field *f)
{
	int n = 0;

#define ADD(i, k) do { f[n].idx = (i); f[n].kind = (k); n++; } while (0)
	if (cls == PP_CLASS_BLIT && op == PP_SET_TARGET && len == 6) {
		ADD(0, PPGL_RELOC_VRAM);
		if (p[2] != ~0u)
			ADD(2, PPGL_RELOC_VRAM);
	} else if (cls == PP_CLASS_BLIT && op == PP_FILL && len == 5) {
		ADD(0, PPGL_RELOC_VRAM);
	} else if (cls == PP_CLASS_BLIT && op == PP_COPY && len == 6) {
		ADD(0, PPGL_RELOC_VRAM);
		ADD(2, PPGL_RELOC_VRAM);
	} else if (cls == PP_CLASS_BLIT && op == PP_UPLOAD && len == 4) {
		ADD(0, PPGL_RELOC_BUS);
		ADD(2, PPGL_RELOC_VRAM);
	} else if (cls == PP_CLASS_TEXTURE && op == PP_TEX_IMAGE && len == 6) {
		if (p[4] && p[5])	/* an empty level has none */
			ADD(3, PPGL_RELOC_VRAM);
	} else if (cls == PP_CLASS_TEXTURE && op == PP_TEX_IMAGE_EX &&
		   len == 8) {
		if (p[5] && p[6] && p[7])
			ADD(4, PPGL_RELOC_VRAM);
	} else if (cls == PP_CLASS_DRAW && op == PP_DRAW_PIXELS && len == 14) {
		ADD(12, PPGL_RELOC_BUS);
	} else if (cls == PP_CLASS_DRAW && op == PP_READ_PIXELS && len == 7) {
		ADD(5, PPGL_RELOC_BUS);
	} else if (cls == PP_CLASS_DRAW && op == PP_FEEDBACK && len == 3) {
		if (p[0] != GL_RENDER)
			ADD(1, PPGL_RELOC_VRAM);
	}
#undef ADD
	return n;
}

int ppgl_reloc_check(const uint32_t *cmds, size_t ndw,
		     const struct ppgl_reloc *r, size_t nr, char *why,
		     size_t whylen)
{
	size_t off = 0, k = 0;
	struct field f[3];
	int i, n;

	while (off < ndw) {
		uint32_t h = cmds[off], len = PP_CMD_LEN(h);

		if (len > ndw - off - 1) {
			snprintf(why, whylen, "command %#x at dword %zu runs past the end",
				 h, off);
			return -1;
		}
		n = fields(cmds + off + 1, PP_CMD_CLASS(h), PP_CMD_OP(h), len,
			   f);
		for (i = 0; i < n; i++, k++) {
			size_t dw = off + 1 + f[i].idx;

			if (k >= nr || r[k].dw != dw || r[k].kind != f[i].kind) {
				snprintf(why, whylen,
					 "command %#x at dword %zu: address dword %zu is not relocated",
					 h, off, dw);
				return -1;
			}
		}
		if (k < nr && r[k].dw <= off + len) {
			snprintf(why, whylen,
				 "command %#x at dword %zu: dword %u relocated but holds no address",
				 h, off, r[k].dw);
			return -1;
		}
		off += 1 + len;
	}
	if (k != nr) {
		snprintf(why, whylen, "%zu relocations past the last command",
			 nr - k);
		return -1;
	}
	return 0;
}
