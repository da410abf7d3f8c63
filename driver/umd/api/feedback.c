/* Feedback (GL 1.x section 5.3): the card does the work.  In GL_FEEDBACK
 * mode primitives go to the card as usual and its primitive stage writes
 * records into a buffer in VRAM (PP_FEEDBACK); pass-through values and
 * pixel rectangles, whose raster position the driver keeps, are sent as
 * PP_FEEDBACK_TOKEN.  Leaving the mode copies the records to the user. */
#include <string.h>
#include "ctx.h"
#include "dlist.h"

static int type_ok(GLenum t)
{
	return t == GL_2D || t == GL_3D || t == GL_3D_COLOR ||
	       t == GL_3D_COLOR_TEXTURE || t == GL_4D_COLOR_TEXTURE;
}

void glFeedbackBuffer(GLsizei n, GLenum type, GLfloat *buf)
{
	CTX;

	NOT_IN_BEGIN(C);
	if (C->render_mode == GL_FEEDBACK) {
		ppgl_error(C, GL_INVALID_OPERATION);
		return;
	}
	if (n < 0 || (n > 0 && !buf)) {
		ppgl_error(C, GL_INVALID_VALUE);
		return;
	}
	if (!type_ok(type)) {
		ppgl_error(C, GL_INVALID_ENUM);
		return;
	}
	C->fb_buf = buf;
	C->fb_size = n;
	C->fb_type = type;
}

/* Starts feedback into a new VRAM buffer; 0 when there is no room. */
int ppgl_feedback_begin(struct ctx *c)
{
	uint32_t off, zero = 0;

	if ((size_t)c->fb_size > (c->t->vram_size - 4) / 4)
		return 0;
	off = ppgl_vram_alloc(c, 4 + 4 * (uint32_t)c->fb_size);
	if (off == ~0u)
		return 0;
	/* the card writes the status when the mode ends; a card that
	 * fails leaves an empty buffer */
	memcpy(c->t->vram + off, &zero, 4);
	c->fb_vram = off;
	ppgl_reloc(c, &ppgl_cmd_u(c, PP_CLASS_DRAW, PP_FEEDBACK, 3,
				   (uint32_t)c->fb_type, off,
				   (uint32_t)c->fb_size)[1], PPGL_RELOC_VRAM);
	return 1;
}

/* Ends feedback: the records go to the user's buffer; returns how many
 * values there are, -1 when they did not fit. */
GLint ppgl_feedback_end(struct ctx *c)
{
	uint32_t st, n;

	ppgl_cmd_u(c, PP_CLASS_DRAW, PP_FEEDBACK, 3, (uint32_t)GL_RENDER, 0u,
		   0u);
	ppgl_finish(c);
	memcpy(&st, c->t->vram + c->fb_vram, 4);
	n = st & 0x7fffffffu;
	if (n > (uint32_t)c->fb_size)
		n = (uint32_t)c->fb_size;
	if (n)
		memcpy(c->fb_buf, c->t->vram + c->fb_vram + 4, (size_t)n * 4);
	ppgl_vram_free(c, c->fb_vram);
	return st >> 31 ? -1 : (GLint)n;
}

static void send_token(struct ctx *c, GLenum token, const float v[12])
{
	uint32_t t = token;

	ppgl_cmd_f(c, PP_CLASS_DRAW, PP_FEEDBACK_TOKEN, 1, &t, 12, v);
}

void glPassThrough(GLfloat token)
{
	CTX;
	float v[12] = { token };

	DL_REC(C, DL_PassThrough, F(token));
	NOT_IN_BEGIN(C);
	if (C->render_mode == GL_FEEDBACK)
		send_token(C, GL_PASS_THROUGH_TOKEN, v);
}

/* In feedback mode a pixel rectangle (token GL_BITMAP_TOKEN, ...) is a
 * record of the raster position, if valid, instead of pixels; returns
 * whether the mode is feedback. */
int ppgl_feedback_raster(struct ctx *c, GLenum token)
{
	const struct gl_state *s = &c->s;
	float v[12];

	if (c->render_mode != GL_FEEDBACK)
		return 0;
	if (!s->raster_valid)
		return 1;
	memcpy(v, s->raster_pos, 16);
	memcpy(v + 4, s->raster_color, 16);
	memcpy(v + 8, s->raster_tex, 16);
	send_token(c, token, v);
	return 1;
}
