/* The GL driver's relocation check (driver/umd/encoder/reloc_check.c): the rule
 * the kernel's command checker applies, so a missing relocation is found
 * by the in-process suites.  TAP output. */
#include <GL/gl.h>
#include <stdio.h>
#include <string.h>
#include "reloc_check.h"
#include "../../card/include/protopciem/cmd.h"

static int failed;

static void expect(int want_ok, const char *what, const uint32_t *c,
		   size_t n, const struct ppgl_reloc *r, size_t nr)
{
	char why[160] = "";
	int ok = ppgl_reloc_check(c, n, r, nr, why, sizeof(why)) == 0;

	if (ok == want_ok) {
		printf("ok - reloc check: %s%s%s\n", what, ok ? "" : ": ", why);
	} else {
		printf("not ok - reloc check: %s (%s)\n", what,
		       ok ? "accepted" : why);
		failed = 1;
	}
}

/* one live allocation: [0x4000, 0x4100) */
static int live(void *opaque, uint32_t off, uint64_t extent)
{
	(void)opaque;
	return off >= 0x4000 && off < 0x4100 && extent <= 0x4100 - off;
}

static void bounds(int want_ok, const char *what, uint32_t addr, uint32_t w,
		   uint32_t h)
{
	uint32_t c[] = { PP_CMD(PP_CLASS_STATE, PP_DEPTH_FUNC, 1), GL_LESS,
			 PP_CMD(PP_CLASS_TEXTURE, PP_TEX_IMAGE, 6),
			 1, 0, GL_RGBA, addr, w, h };
	char why[200] = "";
	int ok = ppgl_reloc_bounds(c, 9, live, NULL, why, sizeof(why)) == 0;

	printf("%s - bounds check: %s%s%s\n", ok == want_ok ? "ok" : "not ok",
	       what, ok ? "" : ": ", why);
	failed |= ok != want_ok;
}

int main(void)
{
	uint32_t tgt[] = { PP_CMD(PP_CLASS_BLIT, PP_SET_TARGET, 6),
			   0x1000, 256, 0x20000, 256, 64, 64 };
	uint32_t nodepth[] = { PP_CMD(PP_CLASS_BLIT, PP_SET_TARGET, 6),
			       0x1000, 256, ~0u, 0, 64, 64 };
	uint32_t tex[] = { PP_CMD(PP_CLASS_STATE, PP_DEPTH_FUNC, 1), GL_LESS,
			   PP_CMD(PP_CLASS_TEXTURE, PP_TEX_IMAGE, 6),
			   1, 0, GL_RGBA, 0x4000, 8, 8 };
	uint32_t empty[] = { PP_CMD(PP_CLASS_TEXTURE, PP_TEX_IMAGE, 6),
			     1, 0, GL_RGBA, 0, 0, 0 };
	uint32_t rd[] = { PP_CMD(PP_CLASS_DRAW, PP_READ_PIXELS, 7),
			  GL_RGBA, 0, 0, 4, 4, 0x1000, 0 };
	uint32_t fb[] = { PP_CMD(PP_CLASS_DRAW, PP_FEEDBACK, 3),
			  GL_RENDER, 0, 0 };
	uint32_t cut[] = { PP_CMD(PP_CLASS_DRAW, PP_READ_PIXELS, 7), 1, 2 };
	struct ppgl_reloc both[] = { { 1, PPGL_RELOC_VRAM },
				     { 3, PPGL_RELOC_VRAM } };
	struct ppgl_reloc texr[] = { { 6, PPGL_RELOC_VRAM } };
	struct ppgl_reloc bus[] = { { 6, PPGL_RELOC_BUS } };
	struct ppgl_reloc extra[] = { { 2, PPGL_RELOC_VRAM } };

	expect(1, "render target with depth, both relocated", tgt, 7, both, 2);
	expect(0, "render target, depth not relocated", tgt, 7, both, 1);
	expect(1, "render target without depth (~0) needs one", nodepth, 7,
	       both, 1);
	expect(0, "a relocation on a dword holding no address", nodepth, 7,
	       both, 2);
	expect(1, "texture image after a state command", tex, 9, texr, 1);
	expect(0, "texture image, not relocated", tex, 9, texr, 0);
	expect(0, "texture offset marked as a bus address", tex, 9, bus, 1);
	expect(1, "empty texture level needs none", empty, 7, NULL, 0);
	expect(0, "empty texture level with a stray relocation", empty, 7,
	       extra, 1);
	expect(1, "read pixels, bus address relocated", rd, 8, bus, 1);
	expect(0, "read pixels, bus address as VRAM", rd, 8, texr, 1);
	expect(1, "end of feedback (GL_RENDER) needs none", fb, 4, NULL, 0);
	expect(0, "a command cut short", cut, 3, NULL, 0);
	bounds(1, "a level filling its allocation", 0x4000, 8, 8);
	bounds(1, "a level inside its allocation", 0x4080, 4, 8);
	bounds(0, "a level one texel too big", 0x4000, 9, 8);
	bounds(0, "a level at the end of an allocation", 0x4100, 8, 8);
	bounds(0, "a level in no allocation", 0x8000, 1, 1);
	bounds(1, "an empty level addresses nothing", 0x8000, 0, 8);
	return failed;
}
