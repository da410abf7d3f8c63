/* Whether a primitive can take the fast span kernel (span_simd.h): the
 * common state of games, depth-tested, up to two 2D textures with REPLACE
 * or MODULATE, any filter, REPEAT or CLAMP_TO_EDGE, alpha test and
 * blending without constant factors.  Anything else takes pg_span. */
#include <math.h>
#include <string.h>
#include "internal.h"

static int unit_ok(struct pg_engine *e, int i, struct pg_fast_unit *fu)
{
	const struct pg_unit *u = &e->s.unit[i];
	const struct pg_texture *t;
	int dims, b, l;

	if (!pg_unit_on(u))
		return 1;	/* unit off: fine */
	t = pg_unit_texture(e, i, &dims);
	if (!t)
		return 1;	/* incomplete: as if disabled */
	if (dims != 2 || (u->env_mode != GL_MODULATE && u->env_mode != GL_REPLACE))
		return 0;
	if ((t->wrap_s != GL_REPEAT && t->wrap_s != GL_CLAMP_TO_EDGE) ||
	    (t->wrap_t != GL_REPEAT && t->wrap_t != GL_CLAMP_TO_EDGE))
		return 0;
	b = t->base_level;
	memset(fu, 0, sizeof(*fu));
	fu->t = t;
	fu->vram = e->vram;
	fu->linear_mag = t->mag_filter == GL_LINEAR;
	fu->linear_min = t->min_filter == GL_LINEAR ||
			 t->min_filter == GL_LINEAR_MIPMAP_NEAREST ||
			 t->min_filter == GL_LINEAR_MIPMAP_LINEAR;
	fu->mip = t->min_filter != GL_NEAREST && t->min_filter != GL_LINEAR;
	fu->mip_linear = t->min_filter == GL_NEAREST_MIPMAP_LINEAR ||
			 t->min_filter == GL_LINEAR_MIPMAP_LINEAR;
	fu->lod_c = pg_tex_lod_c(t);
	fu->last = pg_tex_last_level(t, 2);
	fu->has_rgb = pg_tex_base(t) != GL_ALPHA;
	fu->has_a = pg_tex_base(t) != GL_LUMINANCE && pg_tex_base(t) != GL_RGB;
	fu->replace = u->env_mode == GL_REPLACE;
	fu->wrap_s_edge = t->wrap_s == GL_CLAMP_TO_EDGE;
	fu->wrap_t_edge = t->wrap_t == GL_CLAMP_TO_EDGE;
	fu->pow2 = 1;
	for (l = b; l <= fu->last; l++)
		if ((t->lv[l].w & (t->lv[l].w - 1)) || (t->lv[l].h & (t->lv[l].h - 1)))
			fu->pow2 = 0;
	fu->base_w = (float)t->lv[b].w;
	fu->base_h = (float)t->lv[b].h;
	fu->min_lod = t->min_lod;
	fu->max_lod = t->max_lod;
	return 2;
}

static int factor_ok(uint32_t f)
{
	return f != GL_CONSTANT_COLOR && f != GL_ONE_MINUS_CONSTANT_COLOR &&
	       f != GL_CONSTANT_ALPHA && f != GL_ONE_MINUS_CONSTANT_ALPHA &&
	       f != GL_SRC_ALPHA_SATURATE;
}

/* Whether the state of a draw suits the fast kernel; fills f.  The
 * triangles of the draw take it unless they have a secondary colour. */
int pg_fast_prepare(struct pg_engine *e, struct pg_fast *f)
{
	const struct pg_state *s = &e->s;
	int i;

	if (e->no_fast || s->poly_stipple || s->stencil_test || s->logic_op ||
	    s->fog || !s->cmask[0] || !s->cmask[1] || !s->cmask[2] ||
	    !s->cmask[3] || !e->rt.depth)
		return 0;
	if (s->blend && (s->blend_eq_rgb != GL_FUNC_ADD ||
			 s->blend_eq_a != GL_FUNC_ADD ||
			 !factor_ok(s->blend_src_rgb) || !factor_ok(s->blend_dst_rgb) ||
			 !factor_ok(s->blend_src_a) || !factor_ok(s->blend_dst_a)))
		return 0;
	f->nunits = 0;
	for (i = 0; i < PG_MAX_UNITS; i++) {
		struct pg_fast_unit fu;
		int r = unit_ok(e, i, &fu);

		if (!r)
			return 0;
		if (r == 2) {
			if (f->nunits != i)
				return 0;	/* keep units contiguous */
			f->u[f->nunits++] = fu;
		}
	}
	/* a unit replacing all four channels makes the colour and the units
	 * before it irrelevant */
	f->first_unit = 0;
	for (i = 0; i < f->nunits; i++)
		if (f->u[i].replace && f->u[i].has_rgb && f->u[i].has_a)
			f->first_unit = i + 1;
	f->need_color = f->first_unit == 0;
	if (f->first_unit)
		f->first_unit--;
	f->alpha_test = s->alpha_test;
	f->alpha_func = s->alpha_func;
	f->aref = (uint32_t)(s->alpha_ref * 255.0f + 0.5f);
	f->depth_test = s->depth_test;
	f->depth_func = s->depth_func;
	f->depth_write = s->depth_test && s->depth_mask;
	f->blend = s->blend;
	f->bsrc_rgb = s->blend_src_rgb;
	f->bdst_rgb = s->blend_dst_rgb;
	f->bsrc_a = s->blend_src_a;
	f->bdst_a = s->blend_dst_a;
	return 1;
}

/* The kernels this CPU runs best; PG_SIMD=generic forces the portable
 * ones on any CPU. */
void pg_pick_kernels(struct pg_engine *e, const char *want)
{
	e->fast_span = pg_span_simd_generic;
	e->fast_tri = pg_tri_simd_generic;
	e->fast_vx = NULL;	/* the portable vertex kernel runs anyway */
	if (want && !strcmp(want, "generic"))
		return;
#if defined(__x86_64__) && defined(__GNUC__)
	if (__builtin_cpu_supports("avx2")) {
		e->fast_span = pg_span_simd_avx2;
		e->fast_tri = pg_tri_simd_avx2;
		e->fast_vx = pg_vx_simd_avx2;
	}
#endif
}
