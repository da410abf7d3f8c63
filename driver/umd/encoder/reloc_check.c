/* Checks that a submission marks exactly its address dwords, as the
 * kernel's command checker will require: the in-process card refuses a
 * submission that would be refused through the kernel, so the GL driver's
 * tests catch a missing relocation without a kernel. */
#include <stdio.h>
#include "reloc_check.h"
#include <protopciem/cmd.h>
#include <protopciem/cmd_addr.h>

/* The address fields of a command, from the table the kernel's checker
 * uses, as the relocation kinds a submission marks them with. */
static int fields(const uint32_t *p, uint32_t cls, uint32_t op, uint32_t len,
		  struct pp_addr_field *f)
{
	int i, n = pp_addr_fields(cls, op, p, len, f);

	for (i = 0; i < n; i++)
		f[i].kind = f[i].kind == PP_ADDR_BUS ? PPGL_RELOC_BUS :
						       PPGL_RELOC_VRAM;
	return n;
}

int ppgl_reloc_check(const uint32_t *cmds, size_t ndw,
		     const struct ppgl_reloc *r, size_t nr, char *why,
		     size_t whylen)
{
	size_t off = 0, k = 0;
	struct pp_addr_field f[PP_ADDR_MAX_FIELDS];
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

int ppgl_reloc_bounds(const uint32_t *cmds, size_t ndw, ppgl_vram_live_fn live,
		      void *opaque, char *why, size_t whylen)
{
	size_t off = 0;
	struct pp_addr_field f[PP_ADDR_MAX_FIELDS];
	int i, n;

	while (off < ndw) {
		uint32_t h = cmds[off], len = PP_CMD_LEN(h);

		if (len > ndw - off - 1)
			break;	/* ppgl_reloc_check reports it */
		n = pp_addr_fields(PP_CMD_CLASS(h), PP_CMD_OP(h),
				   cmds + off + 1, len, f);
		for (i = 0; i < n; i++) {
			uint32_t a = cmds[off + 1 + f[i].idx];

			if (f[i].kind != PP_ADDR_VRAM || !f[i].extent ||
			    live(opaque, a, f[i].extent))
				continue;
			snprintf(why, whylen,
				 "command %#x at dword %zu: %llu bytes at VRAM offset %u are not inside one live allocation",
				 h, off, f[i].extent, a);
			return -1;
		}
		off += 1 + len;
	}
	return 0;
}
