/* What a window system asks of the GL driver: a context on a transport,
 * sized to its drawable (api/context.c).  The transports are in
 * transport.h. */
#ifndef PPGL_WINSYS_H
#define PPGL_WINSYS_H

#include "transport.h"

struct ctx;

/* A context with w x h colour and depth surfaces in the transport's VRAM,
 * in the initial GL state; NULL when it does not fit. */
struct ctx *ppgl_context_create(struct ppgl_transport *t, int w, int h);
void ppgl_context_destroy(struct ctx *c);
/* New surfaces for a resized drawable, GL state kept; 0 when they do not
 * fit. */
int ppgl_context_resize(struct ctx *c, int w, int h);

#endif
