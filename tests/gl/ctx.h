/* The rendering context a scene runs in: OSMesa for the reference build,
 * the ProtoPCIem GL driver's offscreen context for ours. */
#ifndef GL_CTX_H
#define GL_CTX_H

struct ctx;

struct ctx *ctx_create(int w, int h);	/* current on return, or NULL */
void ctx_destroy(struct ctx *c);
const char *ctx_name(void);

#endif
