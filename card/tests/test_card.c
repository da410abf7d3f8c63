/* The GL engine and the command processor on their own: vertex checks,
 * long batches and feedback mode (the card's registers: test_model.c). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <GL/gl.h>
#include "../cp/cp.h"
#include "../include/protopciem/cmd.h"
#include "../gl/pg.h"
#include "../../sdk/libpciem/tests/tap.h"

static uint32_t f2u(float f)
{
	uint32_t u;

	memcpy(&u, &f, 4);
	return u;
}

/* Pixel (x, y) of a 64x64 target at VRAM 0, GL y up. */
static uint32_t px64(const uint8_t *vram, int x, int y)
{
	uint32_t p;

	memcpy(&p, vram + ((63 - y) * 64 + x) * 4, 4);
	return p & 0xffffff;
}

/* Manual 1.1: non-finite vertex data never faults.  A primitive with a
 * non-finite position component is dropped (drawn nowhere, fed back
 * nowhere), a non-finite value of another attribute reads 0; edge flags
 * must be 0 or 1, counts and formats are still checked. */
static void check_nonfinite(void)
{
	static uint8_t vram[64 * 64 * 8];
	struct pg_engine *e = pg_create(vram, sizeof(vram));
	const uint32_t inf = 0x7f800000u, nan = 0x7fc00001u;
	/* two triangles side by side, then a quad over the top half, all
	 * position + colour (red) + edge */
	static const float xy[10][2] = {
		{ -1, -1 }, { -0.1f, -1 }, { -0.5f, 0 },
		{ 0.1f, -1 }, { 1, -1 }, { 0.5f, 0 },
		{ -1, 0.1f }, { 1, 0.1f }, { 1, 1 }, { -1, 1 },
	};
	uint32_t v[10 * 9], i, bad = 0, fb = 64 * 64 * 4, st;

	pg_set_target(e, 0, 256, ~0u, 0, 64, 64);
	pg_viewport(e, 0, 0, 64, 64);
	for (i = 0; i < 10; i++) {
		uint32_t *p = v + i * 9;

		p[0] = f2u(xy[i][0]);
		p[1] = f2u(xy[i][1]);
		p[2] = f2u(0);
		p[3] = f2u(1);
		p[4] = f2u(1);
		p[5] = p[6] = f2u(0);
		p[7] = f2u(1);
		p[8] = 1;
	}
	CHECK(pg_draw(e, GL_TRIANGLES, PG_V_COLOR | PG_V_EDGE, 6, v, 54) == PG_OK &&
	      px64(vram, 16, 8) == 0xff0000 && px64(vram, 48, 8) == 0xff0000,
	      "finite vertices draw");
	/* every float of every vertex, non-finite in turn: never an error */
	for (i = 0; i < 54; i++) {
		uint32_t keep = v[i];

		if (i % 9 == 8)
			continue;
		v[i] = i & 1 ? inf : nan;
		if (pg_draw(e, GL_TRIANGLES, PG_V_COLOR | PG_V_EDGE, 6, v, 54) != PG_OK)
			bad++;
		v[i] = keep;
	}
	CHECK(bad == 0, "NaN or infinity in any float of a batch is no error");

	memset(vram, 0, 64 * 64 * 4);
	v[1] = nan;		/* first triangle's first y */
	CHECK(pg_draw(e, GL_TRIANGLES, PG_V_COLOR | PG_V_EDGE, 6, v, 54) == PG_OK &&
	      px64(vram, 16, 8) == 0 && px64(vram, 48, 8) == 0xff0000,
	      "a NaN position drops its triangle, the next one draws");
	v[1] = f2u(-1);
	v[9 + 3] = inf;		/* a w */
	memset(vram, 0, 64 * 64 * 4);
	pg_draw(e, GL_TRIANGLES, PG_V_COLOR | PG_V_EDGE, 6, v, 54);
	CHECK(px64(vram, 16, 8) == 0 && px64(vram, 48, 8) == 0xff0000,
	      "an infinite w drops its triangle");
	v[9 + 3] = f2u(1);

	/* a quad (filled as two triangles, one without its last vertex) is
	 * dropped whole */
	memset(vram, 0, 64 * 64 * 4);
	v[9 * 9] = nan;
	pg_draw(e, GL_QUADS, PG_V_COLOR | PG_V_EDGE, 4, v + 6 * 9, 36);
	CHECK(px64(vram, 56, 40) == 0 && px64(vram, 8, 56) == 0,
	      "a quad with a NaN vertex is dropped whole");
	pg_draw(e, GL_POLYGON, PG_V_COLOR | PG_V_EDGE, 4, v + 6 * 9, 36);
	CHECK(px64(vram, 56, 40) == 0 && px64(vram, 8, 56) == 0,
	      "so is a GL_POLYGON");
	v[9 * 9] = f2u(-1);
	pg_draw(e, GL_QUADS, PG_V_COLOR | PG_V_EDGE, 4, v + 6 * 9, 36);
	CHECK(px64(vram, 56, 40) == 0xff0000 && px64(vram, 8, 56) == 0xff0000,
	      "the same quad finite draws");

	/* other attributes: NaN reads 0 (red channel NaN: black; alpha
	 * infinite: 0, but blending is off so the pixel is written) */
	memset(vram, 0, 64 * 64 * 4);
	for (i = 0; i < 3; i++) {
		v[i * 9 + 4] = nan;
		v[i * 9 + 5] = f2u(1);
	}
	pg_draw(e, GL_TRIANGLES, PG_V_COLOR | PG_V_EDGE, 3, v, 27);
	CHECK(px64(vram, 16, 8) == 0x00ff00, "a NaN red reads 0 (%06x)",
	      px64(vram, 16, 8));
	for (i = 0; i < 3; i++) {
		v[i * 9 + 4] = f2u(1);
		v[i * 9 + 5] = f2u(0);
	}

	/* edge flags: 0 and 1 only; counts still checked */
	v[8] = 2;
	CHECK(pg_draw(e, GL_TRIANGLES, PG_V_COLOR | PG_V_EDGE, 6, v, 54) == PG_ERR_STATE,
	      "edge flag 2 is ERR_STATE");
	v[8] = 1;
	v[1] = nan;
	CHECK(pg_draw(e, GL_TRIANGLES, PG_V_COLOR | PG_V_EDGE, 5, v, 54) == PG_ERR_STATE,
	      "a count that does not match is still ERR_STATE with a NaN inside");

	/* feedback: the dropped triangle writes no record */
	pg_feedback(e, GL_2D, fb, 100);
	pg_draw(e, GL_TRIANGLES, PG_V_COLOR | PG_V_EDGE, 6, v, 54);
	pg_draw(e, GL_POINTS, PG_V_COLOR | PG_V_EDGE, 3, v, 27);
	pg_feedback(e, GL_RENDER, 0, 0);
	memcpy(&st, vram + fb, 4);
	CHECK(st == 2 + 3 * 2 + 2 * 3, "feedback: one polygon and two points, the NaN ones dropped (%u floats)",
	      st);
	v[1] = f2u(-1);
	pg_destroy(e);
}

/* A long batch of independent triangles is drawn in chunks; the image must
 * be the one drawn triangle by triangle. */
static void check_long_batch(void)
{
	static uint8_t vram[2][64 * 64 * 8];
	static uint32_t v[1200 * 8];
	struct pg_engine *e[2];
	uint32_t i, k, seed = 1;

	for (i = 0; i < 1200; i++) {
		float p[8];

		for (k = 0; k < 8; k++) {
			seed = seed * 1103515245u + 12345u;
			p[k] = (float)((seed >> 8) & 0xffff) / 32768.0f - 1.0f;
		}
		p[2] = 0;
		p[3] = 1;
		for (k = 4; k < 8; k++)
			p[k] = p[k] * 0.5f + 0.5f;
		for (k = 0; k < 8; k++)
			v[i * 8 + k] = f2u(p[k]);
	}
	for (k = 0; k < 2; k++) {
		e[k] = pg_create(vram[k], sizeof(vram[k]));
		pg_set_target(e[k], 0, 256, ~0u, 0, 64, 64);
		pg_viewport(e[k], 0, 0, 64, 64);
	}
	CHECK(pg_draw(e[0], GL_TRIANGLES, PG_V_COLOR, 1200, v, 1200 * 8) == PG_OK,
	      "1200 vertices in one draw");
	for (i = 0; i < 1200; i += 3)
		pg_draw(e[1], GL_TRIANGLES, PG_V_COLOR, 3, v + i * 8, 3 * 8);
	CHECK(!memcmp(vram[0], vram[1], 64 * 64 * 4),
	      "a long batch draws as its triangles one by one");
	pg_destroy(e[0]);
	pg_destroy(e[1]);
}

/* Runs one command on the command processor; returns its error code. */
static int cp_run(struct pp_cp *cp, const uint32_t *cmd)
{
	size_t used;

	return pp_cp_exec(cp, cmd, PP_CMD_LEN(cmd[0]) + 1, &used);
}

static int fb_cmd(struct pp_cp *cp, uint32_t type, uint32_t off, uint32_t size)
{
	const uint32_t c[] = { PP_CMD(PP_CLASS_DRAW, PP_FEEDBACK, 3), type, off,
			       size };

	return cp_run(cp, c);
}

static float fb_val(const uint8_t *vram, uint32_t off, uint32_t i)
{
	float f;

	memcpy(&f, vram + off + 4 + i * 4, 4);
	return f;
}

/* Feedback mode: records of a clipped triangle, a point and tokens in
 * VRAM, nothing drawn; bad buffers, types and tokens are errors, an
 * overflowing buffer is never written past. */
static void check_feedback(void)
{
	static uint8_t vram[64 * 64 * 4 + 4096];
	const uint32_t fb = 64 * 64 * 4, vsz = sizeof(vram);
	struct pp_cp_host host = { 0 };
	struct pp_cp cp;
	uint32_t st, guard, i, c[3 + 3 * 8 + 1];
	/* a triangle whose right corner leaves the view (x > 1), red */
	static const float tri[3][2] = { { -0.5f, -0.5f }, { 2, -0.5f },
					 { -0.5f, 0.5f } };
	float tok[12] = { 5.5f };
	uint32_t tc[14];
	int ok;

	CHECK(pp_cp_init(&cp, vram, vsz, &host) == 0, "command processor for feedback");
	pg_set_target(cp.gl, 0, 256, ~0u, 0, 64, 64);
	pg_viewport(cp.gl, 0, 0, 64, 64);
	memset(vram, 0x11, fb);

	CHECK(fb_cmd(&cp, 0x1234, fb, 16) == PP_ERR_STATE, "FEEDBACK: bad type is ERR_STATE");
	CHECK(fb_cmd(&cp, GL_2D, fb + 2, 16) == PP_ERR_RANGE, "FEEDBACK: unaligned offset is ERR_RANGE");
	CHECK(fb_cmd(&cp, GL_2D, fb, (vsz - fb) / 4) == PP_ERR_RANGE,
	      "FEEDBACK: buffer one float past VRAM is ERR_RANGE");
	CHECK(fb_cmd(&cp, GL_2D, fb, 0xffffffffu) == PP_ERR_RANGE &&
	      fb_cmd(&cp, GL_2D, 0xfffffffcu, 1) == PP_ERR_RANGE,
	      "FEEDBACK: huge size or offset is ERR_RANGE");
	CHECK(fb_cmd(&cp, GL_RENDER, fb, 0) == PP_ERR_STATE, "FEEDBACK: GL_RENDER with an offset is ERR_STATE");
	c[0] = PP_CMD(PP_CLASS_DRAW, PP_FEEDBACK, 2);
	CHECK(cp_run(&cp, c) == PP_ERR_LENGTH, "FEEDBACK: wrong length is ERR_LENGTH");
	CHECK(!pg_feedback_on(cp.gl), "refused commands leave rendering on");
	CHECK(fb_cmd(&cp, GL_2D, fb, (vsz - fb) / 4 - 1) == 0,
	      "FEEDBACK: a buffer ending at the end of VRAM is accepted");

	CHECK(fb_cmd(&cp, GL_3D_COLOR, fb, 64) == 0 && pg_feedback_on(cp.gl),
	      "FEEDBACK GL_3D_COLOR starts feedback mode");
	c[0] = PP_CMD(PP_CLASS_DRAW, PP_CLEAR, 1);
	c[1] = GL_COLOR_BUFFER_BIT;
	cp_run(&cp, c);
	c[0] = PP_CMD(PP_CLASS_DRAW, PP_DRAW, 3 + 3 * 8);
	c[1] = GL_TRIANGLES;
	c[2] = PP_V_COLOR;
	c[3] = 3;
	for (i = 0; i < 3; i++) {
		uint32_t *v = c + 4 + i * 8;

		v[0] = f2u(tri[i][0]); v[1] = f2u(tri[i][1]); v[2] = f2u(0);
		v[3] = f2u(1); v[4] = f2u(1); v[5] = f2u(0); v[6] = f2u(0);
		v[7] = f2u(1);
	}
	CHECK(cp_run(&cp, c) == 0, "DRAW in feedback mode");
	tc[0] = PP_CMD(PP_CLASS_DRAW, PP_FEEDBACK_TOKEN, 13);
	tc[1] = GL_PASS_THROUGH_TOKEN;
	memcpy(tc + 2, tok, sizeof(tok));
	CHECK(cp_run(&cp, tc) == 0, "FEEDBACK_TOKEN pass-through");
	tc[1] = GL_POINT_TOKEN;
	CHECK(cp_run(&cp, tc) == PP_ERR_STATE, "FEEDBACK_TOKEN: a primitive's token is ERR_STATE");
	tc[1] = GL_BITMAP_TOKEN;
	tc[5] = 0x7fc00000u;
	CHECK(cp_run(&cp, tc) == PP_ERR_STATE, "FEEDBACK_TOKEN: NaN is ERR_STATE");
	CHECK(fb_cmd(&cp, GL_RENDER, 0, 0) == 0, "FEEDBACK GL_RENDER ends it");
	memcpy(&st, vram + fb, 4);
	/* polygon token, 4 vertices of 7 floats after clipping at x = 1 */
	CHECK(st == 2 + 4 * 7 + 2, "status: 32 floats written (%u)", st);
	ok = fb_val(vram, fb, 0) == GL_POLYGON_TOKEN && fb_val(vram, fb, 1) == 4;
	for (i = 0; i < 4; i++) {
		float x = fb_val(vram, fb, 2 + i * 7);

		ok = ok && x >= 16 && x <= 64 && fb_val(vram, fb, 5 + i * 7) == 1 &&
		     fb_val(vram, fb, 6 + i * 7) == 0 && fb_val(vram, fb, 8 + i * 7) == 1;
	}
	CHECK(ok, "clipped polygon: window x inside the viewport, red vertices");
	CHECK(fb_val(vram, fb, 30) == GL_PASS_THROUGH_TOKEN &&
	      fb_val(vram, fb, 31) == 5.5f, "pass-through token and value");
	CHECK(vram[0] == 0x11 && vram[32 * 256 + 32 * 4] == 0x11,
	      "nothing drawn or cleared in feedback mode");

	/* overflow: 8 floats of a GL_2D triangle into 5 */
	memset(vram + fb, 0x22, 4096);
	fb_cmd(&cp, GL_2D, fb, 5);
	for (i = 0; i < 3; i++)
		c[4 + i * 8] = f2u(tri[i][0] / 4);
	cp_run(&cp, c);
	tc[1] = GL_PASS_THROUGH_TOKEN;
	cp_run(&cp, tc);
	fb_cmd(&cp, GL_RENDER, 0, 0);
	memcpy(&st, vram + fb, 4);
	memcpy(&guard, vram + fb + 4 + 5 * 4, 4);
	CHECK(st == (5u | 0x80000000u) && guard == 0x22222222u &&
	      fb_val(vram, fb, 0) == GL_POLYGON_TOKEN,
	      "overflow: 5 floats, bit 31, nothing written past the buffer");
	pp_cp_fini(&cp);
}

/* Vertices in the clip space of a 64x64 viewport, from window x, y. */
static uint32_t fb_vertices(uint32_t *d, const float (*xy)[2], int n,
			    int edges)
{
	uint32_t k = 0;
	int i;

	for (i = 0; i < n; i++) {
		d[k++] = f2u(xy[i][0] / 32 - 1);
		d[k++] = f2u(xy[i][1] / 32 - 1);
		d[k++] = f2u(0);
		d[k++] = f2u(1);
		d[k++] = f2u(i & 1 ? 1.0f : 0.0f);	/* colour */
		d[k++] = f2u(i & 2 ? 1.0f : 0.0f);
		d[k++] = f2u(0.5f);
		d[k++] = f2u(1);
		if (edges)
			d[k++] = i != 1;	/* edge 1 -> 2 is not drawn */
	}
	return k;
}

/* The records the tests/gl scenes cannot compare with Mesa, which differs
 * there: line reset tokens, edge flags, flat shading, whole quads. */
static void check_feedback_records(void)
{
	static uint8_t vram[64 * 64 * 4 + 4096];
	static const float line[4][2] = { { 8, 8 }, { 24, 8 }, { 24, 24 },
					  { 8, 24 } };
	const uint32_t fb = 64 * 64 * 4;
	struct pg_engine *e = pg_create(vram, sizeof(vram));
	uint32_t d[4 * 9], n, st;
	float *r = (float *)(vram + fb + 4);

	pg_set_target(e, 0, 256, ~0u, 0, 64, 64);
	pg_viewport(e, 0, 0, 64, 64);
	pg_feedback(e, GL_2D, fb, 1000);
	n = fb_vertices(d, line, 4, 0);
	pg_draw(e, GL_LINES, PG_V_COLOR, 4, d, n);
	pg_draw(e, GL_LINE_STRIP, PG_V_COLOR, 3, d, 3 * 8);
	pg_feedback(e, GL_RENDER, 0, 0);
	CHECK(r[0] == GL_LINE_RESET_TOKEN && r[5] == GL_LINE_RESET_TOKEN &&
	      r[10] == GL_LINE_RESET_TOKEN && r[15] == GL_LINE_TOKEN,
	      "feedback: independent lines and a strip's first segment reset the stipple");
	CHECK(r[1] == 8 && r[2] == 8 && r[3] == 24 && r[4] == 8,
	      "feedback: GL_2D line vertices in window coordinates");

	pg_feedback(e, GL_2D, fb, 1000);
	pg_draw(e, GL_QUADS, PG_V_COLOR, 4, d, n);
	pg_polygon_mode(e, GL_LINE, GL_LINE);
	n = fb_vertices(d, line, 4, 1);
	pg_draw(e, GL_QUADS, PG_V_COLOR | PG_V_EDGE, 4, d, n);
	pg_feedback(e, GL_RENDER, 0, 0);
	memcpy(&st, vram + fb, 4);
	CHECK(r[0] == GL_POLYGON_TOKEN && r[1] == 4 && st == 10 + 3 * 5,
	      "feedback: a filled quad is one polygon of 4 vertices");
	CHECK(r[10] == GL_LINE_RESET_TOKEN && r[11] == 8 && r[13] == 24 &&
	      r[15] == GL_LINE_RESET_TOKEN && r[16] == 24 && r[18] == 8 &&
	      r[20] == GL_LINE_RESET_TOKEN && r[21] == 8 && r[24] == 8,
	      "feedback: GL_LINE mode outlines the flagged edges only");
	pg_polygon_mode(e, GL_FILL, GL_FILL);

	/* flat shading: every vertex has the provoking (last) vertex's
	 * colour (1, 0, 0.5, 1) */
	pg_shade_model(e, GL_FLAT);
	pg_feedback(e, GL_3D_COLOR, fb, 1000);
	n = fb_vertices(d, line + 1, 3, 0);
	d[16 + 4] = f2u(1);	/* third vertex: colour (1, 0, 0.5) */
	d[16 + 5] = f2u(0);
	pg_draw(e, GL_TRIANGLES, PG_V_COLOR, 3, d, n);
	pg_feedback(e, GL_RENDER, 0, 0);
	CHECK(r[5] == 1 && r[6] == 0 && r[12] == 1 && r[13] == 0 &&
	      r[19] == 1 && r[20] == 0 && r[21] == 0.5f,
	      "feedback: flat shading reports the provoking vertex's colour");
	pg_shade_model(e, GL_SMOOTH);

	/* texture coordinates with texturing off, through the matrix */
	{
		float m[16] = { 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0,
				0.5f, 0, 0, 1 };
		float tc[4] = { 0.25f, 0.5f, 0.75f, 2 };

		pg_load_matrix(e, GL_TEXTURE, 0, m);
		pg_current(e, PG_V_TEX0, tc);
	}
	pg_feedback(e, GL_4D_COLOR_TEXTURE, fb, 1000);
	pg_draw(e, GL_POINTS, PG_V_COLOR, 1, d, 8);
	pg_feedback(e, GL_RENDER, 0, 0);
	CHECK(r[0] == GL_POINT_TOKEN && r[4] == 1 && r[9] == 1.25f &&
	      r[10] == 0.5f && r[11] == 0.75f && r[12] == 2,
	      "feedback: clip w, and texture coordinates after the texture matrix with texturing off");
	pg_destroy(e);
}

int main(void)
{
	check_nonfinite();
	check_long_batch();
	check_feedback();
	check_feedback_records();
	return tap_failed ? 1 : 0;
}
