/* The GL driver's command encoder keeps state dirty and sends it when an
 * order-dependent command needs it: these checks read the command stream
 * a recording transport saw, and the pixels the in-process card drew. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "api/ctx.h"	/* the driver's, not this suite's */

struct ppgl_transport *ppgl_transport_inproc(size_t vram_size);
struct ctx *ppgl_context_create(struct ppgl_transport *t, int w, int h);
void ppgl_context_destroy(struct ctx *c);

/* a transport that logs every dword, then lets the in-process card run it */
struct rec {
	struct ppgl_transport t;
	struct ppgl_transport *card;
	uint32_t *log;
	size_t n, cap;
};

static int rec_submit(struct ppgl_transport *t, const uint32_t *cmds,
		      size_t ndw, const struct ppgl_reloc *r, size_t nr)
{
	struct rec *x = (struct rec *)t;

	if (x->n + ndw > x->cap) {
		x->cap = (x->n + ndw) * 2;
		x->log = realloc(x->log, x->cap * 4);
		if (!x->log)
			abort();
	}
	memcpy(x->log + x->n, cmds, ndw * 4);
	x->n += ndw;
	return x->card->submit(x->card, cmds, ndw, r, nr);
}

static int rec_finish(struct ppgl_transport *t)
{
	struct rec *x = (struct rec *)t;

	return x->card->finish(x->card);
}

static uint64_t rec_map(struct ppgl_transport *t, void *p, size_t len,
			enum ppgl_dma_dir dir)
{
	struct rec *x = (struct rec *)t;

	return x->card->dma_map(x->card, p, len, dir);
}

static struct rec rec;
static struct ctx *C;
static int failed;

static void check(int ok, const char *what)
{
	printf("%s - encoder: %s\n", ok ? "ok" : "not ok", what);
	failed |= !ok;
}

/* the commands of class/opcode in the log since `from`, as dword indexes */
static int find(size_t from, uint32_t cls, uint32_t op, size_t *at, int max)
{
	size_t i = from;
	int n = 0;

	while (i < rec.n) {
		uint32_t h = rec.log[i];

		if (PP_CMD_CLASS(h) == cls && PP_CMD_OP(h) == op) {
			if (n < max)
				at[n] = i;
			n++;
		}
		i += 1 + PP_CMD_LEN(h);
	}
	return n;
}

static size_t mark(void)
{
	ppgl_flush(C);
	return rec.n;
}

static uint32_t pixel(int x, int y)
{
	const uint8_t *p;

	ppgl_finish(C);
	p = rec.card->vram + C->color_off + (size_t)(C->height - 1 - y) *
	    C->pitch + (size_t)x * 4;
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16;
}

static void quad(float x0, float y0, float x1, float y1)
{
	glBegin(GL_QUADS);
	glVertex2f(x0, y0);
	glVertex2f(x1, y0);
	glVertex2f(x1, y1);
	glVertex2f(x0, y1);
	glEnd();
}

static GLuint tex_a, tex_b;

/* a new 8x8 texture of one colour (v: bytes R, G, B, A in memory
 * order, little-endian); 0 on a GL error */
static int one_colour_texture(uint32_t v)
{
	uint32_t img[64];
	GLuint t;
	int i;

	for (i = 0; i < 64; i++)
		img[i] = v;
	glGenTextures(1, &t);
	glBindTexture(GL_TEXTURE_2D, t);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
	glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
	glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, 8, 8, 0, GL_RGBA,
		     GL_UNSIGNED_BYTE, img);
	if (!tex_a)
		tex_a = t;
	else
		tex_b = t;
	return glGetError() == GL_NO_ERROR;
}

int main(void)
{
	static const GLfloat red[4] = { 1, 0, 0, 1 }, green[4] = { 0, 1, 0, 1 };
	static const GLfloat pos[4] = { 0, 0, 1, 0 };
	size_t m, at[8];
	uint64_t sent, elided;
	int i, n;
	GLuint tex[2];

	rec.card = ppgl_transport_inproc(16u << 20);
	if (!rec.card)
		return 1;
	rec.t.vram = rec.card->vram;
	rec.t.vram_size = rec.card->vram_size;
	rec.t.submit = rec_submit;
	rec.t.finish = rec_finish;
	rec.t.dma_map = rec_map;
	C = ppgl_context_create(&rec.t, 64, 64);
	if (!C)
		return 1;
	ppgl_cur = C;

	/* changes between two draws: only the last value goes, before the
	 * clear that needs it */
	m = mark();
	glClearColor(1, 0, 0, 1);
	glClearColor(0, 0, 1, 1);
	glClearColor(0, 1, 0, 1);
	glClear(GL_COLOR_BUFFER_BIT);
	glFlush();
	n = find(m, PP_CLASS_STATE, PP_CLEAR_COLOR, at, 8);
	check(n == 1 && rec.log[at[0] + 2] == fbits(1.0f),
	      "three clear colours before one clear send the last one once");
	check(find(m, PP_CLASS_DRAW, PP_CLEAR, at + 1, 1) == 1 && at[0] < at[1],
	      "the clear colour goes before the clear");
	check(pixel(5, 5) == 0x00ff00, "the clear used the last colour");

	/* the card already holds it: not sent again */
	m = mark();
	glClearColor(0, 1, 0, 1);
	glDepthFunc(GL_LEQUAL);
	glDepthFunc(GL_LESS);		/* the initial value, already there */
	glClear(GL_COLOR_BUFFER_BIT);
	check(find(m, PP_CLASS_STATE, PP_CLEAR_COLOR, at, 1) == 0 &&
	      find(m, PP_CLASS_STATE, PP_DEPTH_FUNC, at, 1) == 0,
	      "state equal to what the card holds is not sent");

	/* a state change with no command after it still reaches the card at
	 * a flush */
	m = mark();
	glDepthFunc(GL_GEQUAL);
	check(find(m, PP_CLASS_STATE, PP_DEPTH_FUNC, at, 1) == 0,
	      "a change waits while no command needs it");
	glFlush();
	check(find(m, PP_CLASS_STATE, PP_DEPTH_FUNC, at, 1) == 1,
	      "glFlush sends what is pending");
	glDepthFunc(GL_LESS);

	/* overlapping keys: GL_FRONT after GL_FRONT_AND_BACK wins for the
	 * front; materials are never elided since another key changes them */
	m = mark();
	glMaterialfv(GL_FRONT, GL_AMBIENT, red);
	glMaterialfv(GL_FRONT_AND_BACK, GL_AMBIENT, green);
	glMaterialfv(GL_FRONT, GL_AMBIENT, red);
	glFlush();
	n = find(m, PP_CLASS_LIGHT, PP_MATERIAL, at, 8);
	check(n == 2 && rec.log[at[0] + 1] == GL_FRONT_AND_BACK &&
	      rec.log[at[1] + 1] == GL_FRONT,
	      "overlapping material keys keep the order of their last change");
	m = mark();
	glMaterialfv(GL_FRONT_AND_BACK, GL_AMBIENT, green);
	glMaterialfv(GL_FRONT, GL_AMBIENT, red);
	glFlush();
	check(find(m, PP_CLASS_LIGHT, PP_MATERIAL, at, 8) == 2,
	      "a material equal to an earlier one is still sent after another key changed it");

	/* a light position is transformed by the modelview current when the
	 * card runs it: the matrix goes first, and a later matrix change
	 * must not overtake it */
	m = mark();
	glMatrixMode(GL_MODELVIEW);
	glLoadIdentity();
	glTranslatef(3, 0, 0);
	glLightfv(GL_LIGHT0, GL_POSITION, pos);
	glLoadIdentity();
	glFlush();
	n = find(m, PP_CLASS_MATRIX, PP_LOAD_MATRIX, at, 8);
	find(m, PP_CLASS_LIGHT, PP_LIGHT, at + 4, 1);
	check(n == 2 && at[0] < at[4] && at[4] < at[1] &&
	      rec.log[at[0] + 3 + 12] == fbits(3.0f),
	      "light position after the matrix it uses, before the next one");

	/* deleting a texture resets its binding on the card: binding the
	 * same slot again must be sent */
	glGenTextures(2, tex);
	glBindTexture(GL_TEXTURE_2D, tex[0]);
	glFlush();
	m = mark();
	glDeleteTextures(1, tex);
	glBindTexture(GL_TEXTURE_2D, tex[0]);
	glFlush();
	n = find(m, PP_CLASS_TEXTURE, PP_TEX_BIND, at, 4);
	check(n >= 1, "a texture bound again after its deletion is bound on the card");
	glBindTexture(GL_TEXTURE_2D, 0);

	/* a redundant-heavy frame: 200 quads, each re-setting the same state
	 * as many programs do; the pixels are those of the last colour */
	glViewport(0, 0, 64, 64);
	glMatrixMode(GL_PROJECTION);
	glLoadIdentity();
	glOrtho(0, 64, 0, 64, -1, 1);
	glMatrixMode(GL_MODELVIEW);
	glLoadIdentity();
	sent = C->dirty.sent;
	elided = C->dirty.elided;
	m = mark();
	for (i = 0; i < 200; i++) {
		glDisable(GL_TEXTURE_2D);
		glDisable(GL_BLEND);
		glEnable(GL_DEPTH_TEST);
		glDepthFunc(GL_ALWAYS);
		glShadeModel(GL_FLAT);
		glColor3f(0, 0, (float)(i % 2));
		quad(i % 32, 0, 32 + i % 32, 32);
	}
	glFlush();
	n = find(m, PP_CLASS_STATE, PP_DEPTH_FUNC, at, 2) +
	    find(m, PP_CLASS_STATE, PP_SHADE_MODEL, at, 2) +
	    find(m, PP_CLASS_STATE, PP_ENABLE, at, 8);
	printf("# 200 quads: %d state commands sent for 1000 state calls (%llu sent, %llu elided in all)\n",
	       n, (unsigned long long)(C->dirty.sent - sent),
	       (unsigned long long)(C->dirty.elided - elided));
	check(n <= 5, "five pieces of state re-set before each of 200 draws are sent at most once each");
	check(pixel(40, 10) == 0x0000ff && pixel(2, 10) == 0x000000,
	      "the frame's pixels are right");

	/* a texture defined, drawn with and deleted before the next flush:
	 * the queued TEX_IMAGE names its memory, which must stay allocated
	 * until the commands are submitted (the kernel refuses a command
	 * naming a closed buffer, and so does the encoder's own check of
	 * the in-process card's allocations) */
	glDisable(GL_DEPTH_TEST);
	glEnable(GL_TEXTURE_2D);
	glTexEnvi(GL_TEXTURE_ENV, GL_TEXTURE_ENV_MODE, GL_REPLACE);
	glGetError();
	m = mark();
	check(one_colour_texture(0xff0000ff), "a texture for the deletion check");
	quad(0, 0, 32, 32);
	glDeleteTextures(1, &tex_a);
	/* a new one of the same size, where the first one's room fits */
	check(one_colour_texture(0xffff0000), "a second texture");
	quad(32, 0, 64, 32);
	glDeleteTextures(1, &tex_b);
	glFinish();
	check(find(m, PP_CLASS_TEXTURE, PP_TEX_IMAGE, at, 8) == 2,
	      "both texture images were submitted");
	check(glGetError() == GL_NO_ERROR,
	      "a submission naming a texture deleted since is accepted");
	check(pixel(10, 10) == 0xff0000 && pixel(50, 10) == 0x0000ff,
	      "each draw samples its own texture");
	glDisable(GL_TEXTURE_2D);

	ppgl_context_destroy(C);
	rec.card->destroy(rec.card);
	free(rec.log);
	return failed;
}
