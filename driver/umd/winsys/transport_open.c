/* Which card a new context talks to: PPGL_TRANSPORT=drm|inproc.  The
 * in-process card stays the default until every texturing path through
 * the device equals it (tests/drm/guest-gl, DRM_GL=1); see README.md. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "transport.h"

struct ppgl_transport *ppgl_transport_open(size_t inproc_vram)
{
	const char *want = getenv("PPGL_TRANSPORT");
	int debug = getenv("PPGL_DEBUG") != NULL;
	struct ppgl_transport *t;

	if (want && !strcmp(want, "inproc"))
		return ppgl_transport_inproc(inproc_vram);
	if (want && strcmp(want, "drm")) {
		fprintf(stderr, "ppgl: PPGL_TRANSPORT=%s: use drm or inproc\n",
			want);
		return NULL;
	}
	if (!want) {
		if (debug)
			fprintf(stderr, "ppgl: transport: the in-process card (PPGL_TRANSPORT=drm for the device)\n");
		return ppgl_transport_inproc(inproc_vram);
	}
	t = ppgl_transport_drm(1);
	if (t) {
		if (debug)
			fprintf(stderr, "ppgl: transport: the protopciem render node\n");
		return t;
	}
	fprintf(stderr, "ppgl: PPGL_TRANSPORT=drm: no usable protopciem render node\n");
	return NULL;
}
