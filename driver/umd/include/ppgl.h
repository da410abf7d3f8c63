/* ProtoPCIem GL driver: offscreen contexts.
 *
 * An offscreen context renders into a colour buffer (ARGB8888) and a
 * depth/stencil buffer (D24S8) in the card's VRAM, without a window
 * system.  GLX contexts use the same machinery.
 */
#ifndef PPGL_H
#define PPGL_H

#ifdef __cplusplus
extern "C" {
#endif

struct ppgl_context;

/* Creates a width x height context and makes it current; NULL on error
 * (the reason is printed to stderr). */
struct ppgl_context *ppglOffscreenCreate(int width, int height);
int ppglMakeCurrent(struct ppgl_context *ctx);	/* NULL: release */
void ppglOffscreenDestroy(struct ppgl_context *ctx);
/* The colour buffer in VRAM: top row first, `*stride` bytes per row. */
const void *ppglColorBuffer(struct ppgl_context *ctx, int *stride);

#ifdef __cplusplus
}
#endif

#endif
