#include <stdlib.h>
#include "ctx.h"
#include "../../driver/umd/include/ppgl.h"

struct ctx {
	struct ppgl_context *pc;
};

struct ctx *ctx_create(int w, int h)
{
	struct ctx *c = calloc(1, sizeof(*c));

	if (!c)
		return NULL;
	c->pc = ppglOffscreenCreate(w, h);
	if (!c->pc) {
		free(c);
		return NULL;
	}
	return c;
}

void ctx_destroy(struct ctx *c)
{
	if (!c)
		return;
	ppglOffscreenDestroy(c->pc);
	free(c);
}

const char *ctx_name(void)
{
	return "ours";
}
