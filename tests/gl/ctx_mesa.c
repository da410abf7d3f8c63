#include <stdlib.h>
#include <GL/osmesa.h>
#include "ctx.h"

struct ctx {
	OSMesaContext osm;
	void *buf;
};

struct ctx *ctx_create(int w, int h)
{
	struct ctx *c = calloc(1, sizeof(*c));

	if (!c)
		return NULL;
	c->buf = calloc((size_t)w * h, 4);
	c->osm = OSMesaCreateContextExt(OSMESA_RGBA, 24, 8, 0, NULL);
	if (!c->buf || !c->osm ||
	    !OSMesaMakeCurrent(c->osm, c->buf, GL_UNSIGNED_BYTE, w, h)) {
		ctx_destroy(c);
		return NULL;
	}
	return c;
}

void ctx_destroy(struct ctx *c)
{
	if (!c)
		return;
	if (c->osm)
		OSMesaDestroyContext(c->osm);
	free(c->buf);
	free(c);
}

const char *ctx_name(void)
{
	return "mesa";
}
