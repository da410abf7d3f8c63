/* Which card a new context talks to: PPGL_TRANSPORT=drm|inproc, else the
 * device when its render node exists, else the in-process card. */
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
	t = ppgl_transport_drm(want != NULL || debug);
	if (t) {
		if (debug)
			fprintf(stderr, "ppgl: transport: the protopciem render node\n");
		return t;
	}
	if (want) {
		fprintf(stderr, "ppgl: PPGL_TRANSPORT=drm: no usable protopciem render node\n");
		return NULL;
	}
	if (debug)
		fprintf(stderr, "ppgl: transport: no protopciem render node, the in-process card\n");
	return ppgl_transport_inproc(inproc_vram);
}
