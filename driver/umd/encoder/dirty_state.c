/* State commands kept dirty until a command needs them (dirty_state.h). */
#include <GL/gl.h>
#include <string.h>
#include "ctx.h"

/* Key dwords of a state-only command, or -1 when its effect depends on
 * other state at the time it runs (the card transforms light positions,
 * spot directions, clip planes and texgen eye planes by the modelview
 * current then), so it keeps its place in the stream. */
static int state_key(const uint32_t *dw)
{
	uint32_t cls = PP_CMD_CLASS(dw[0]), op = PP_CMD_OP(dw[0]);

	switch (cls) {
	case PP_CLASS_STATE:
		switch (op) {
		case PP_CLIP_PLANE:
		case PP_TEXGEN:
			return -1;
		case PP_ENABLE:
			return 2;	/* cap, unit */
		case PP_CURRENT:
			return 1;	/* attribute */
		default:
			return 0;
		}
	case PP_CLASS_MATRIX:
		return 2;		/* mode, unit */
	case PP_CLASS_LIGHT:
		if (op == PP_LIGHT && (dw[2] == GL_POSITION ||
				       dw[2] == GL_SPOT_DIRECTION))
			return -1;
		return op == PP_LIGHT || op == PP_MATERIAL ? 2 :
		       op == PP_LIGHT_MODEL ? 1 : 0;
	case PP_CLASS_TEXTURE:
		return 2;	/* slot or unit, and parameter or target */
	}
	return -1;
}

/* May this command wait?  Decided on class and opcode alone, before the
 * caller writes the payload. */
static int deferrable(uint32_t cls, uint32_t op, uint32_t len)
{
	if (len + 1 > PPGL_STATE_MAX_DW)
		return 0;
	switch (cls) {
	case PP_CLASS_STATE:
	case PP_CLASS_MATRIX:
	case PP_CLASS_LIGHT:
		return 1;
	case PP_CLASS_TEXTURE:
		return op == PP_TEX_PARAM || op == PP_TEX_ENV ||
		       op == PP_TEX_BIND;
	}
	return 0;
}

/* Materials overlap (GL_FRONT_AND_BACK sets what GL_FRONT sets), so the
 * card's copy of one key can change under another: never elide them. */
static int cacheable(const struct ppgl_state_cmd *s)
{
	return !(PP_CMD_CLASS(s->dw[0]) == PP_CLASS_LIGHT &&
		 PP_CMD_OP(s->dw[0]) == PP_MATERIAL);
}

static int same_key(const struct ppgl_state_cmd *a,
		    const struct ppgl_state_cmd *b)
{
	return a->dw[0] == b->dw[0] && a->nkey == b->nkey &&
	       !memcmp(a->dw + 1, b->dw + 1, a->nkey * 4);
}

static struct ppgl_state_cmd *shadow_of(struct ppgl_dirty *d,
					const struct ppgl_state_cmd *s)
{
	uint32_t h = 2166136261u;
	uint32_t i;

	for (i = 0; i <= s->nkey; i++)
		h = (h ^ s->dw[i]) * 16777619u;
	return &d->shadow[(h ^ h >> 15) & (PPGL_SHADOW_SIZE - 1)];
}

static void write_raw(struct ctx *c, const struct ppgl_state_cmd *s)
{
	uint32_t h = s->dw[0];
	uint32_t *p = ppgl_cmd_raw(c, PP_CMD_CLASS(h), PP_CMD_OP(h),
				   PP_CMD_LEN(h));

	memcpy(p, s->dw + 1, (s->ndw - 1) * 4);
}

void ppgl_dirty_emit(struct ctx *c)
{
	struct ppgl_dirty *d = &c->dirty;
	unsigned int i;

	for (i = 0; i < d->npending; i++) {
		struct ppgl_state_cmd *s = &d->pending[i];
		struct ppgl_state_cmd *sh = NULL;

		if (cacheable(s)) {
			sh = shadow_of(d, s);
			if (sh->ndw == s->ndw &&
			    !memcmp(sh->dw, s->dw, s->ndw * 4)) {
				d->elided++;
				continue;
			}
		}
		write_raw(c, s);
		d->sent++;
		if (sh)
			*sh = *s;
	}
	d->npending = 0;
}

/* Files the staged command: pending if it only sets state, else in the
 * stream now, after everything pending. */
void ppgl_dirty_commit(struct ctx *c)
{
	struct ppgl_dirty *d = &c->dirty;
	struct ppgl_state_cmd *s = &d->staged;
	unsigned int i;
	int nkey;

	if (!d->staged_valid)
		return;
	d->staged_valid = 0;
	nkey = state_key(s->dw);
	if (nkey < 0 || (uint32_t)nkey >= s->ndw) {
		ppgl_dirty_emit(c);
		write_raw(c, s);
		d->sent++;
		return;
	}
	s->nkey = (uint32_t)nkey;
	for (i = 0; i < d->npending; i++)
		if (same_key(&d->pending[i], s))
			break;
	if (i < d->npending) {
		/* keep the order of last changes: drop the older value */
		memmove(&d->pending[i], &d->pending[i + 1],
			(d->npending - i - 1) * sizeof(*s));
		d->npending--;
	} else if (d->npending == PPGL_PENDING_MAX) {
		ppgl_dirty_emit(c);
	}
	d->pending[d->npending++] = *s;
}

uint32_t *ppgl_dirty_stage(struct ctx *c, uint32_t cls, uint32_t op,
			   uint32_t len)
{
	struct ppgl_dirty *d = &c->dirty;

	ppgl_dirty_commit(c);
	if (!deferrable(cls, op, len))
		return NULL;
	d->staged.dw[0] = PP_CMD(cls, op, len);
	d->staged.ndw = len + 1;
	d->staged_valid = 1;
	return d->staged.dw + 1;
}

void ppgl_dirty_forget(struct ctx *c)
{
	struct ppgl_dirty *d = &c->dirty;
	unsigned int i;

	for (i = 0; i < PPGL_SHADOW_SIZE; i++)
		d->shadow[i].ndw = 0;
}
