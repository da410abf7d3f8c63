/* Texture environments: the classic modes (GL 1.3 table 3.22) and
 * GL_COMBINE with its sources, operands and scales (section 3.8.13). */
#include <math.h>
#include <string.h>
#include "internal.h"

static int enum_arg(const float v[4], uint32_t *out)
{
	if (!isfinite(v[0]) || v[0] < 0 || v[0] > 1e6f)
		return 0;
	*out = (uint32_t)v[0];
	return 1;
}

static int is_combine_fn(uint32_t f, int alpha)
{
	switch (f) {
	case GL_REPLACE: case GL_MODULATE: case GL_ADD: case GL_ADD_SIGNED:
	case GL_INTERPOLATE: case GL_SUBTRACT:
		return 1;
	case GL_DOT3_RGB: case GL_DOT3_RGBA:
		return !alpha;
	}
	return 0;
}

int pg_tex_env(struct pg_engine *e, uint32_t unit, uint32_t pname,
	       const float v[4])
{
	struct pg_unit *u;
	struct pg_combine *c;
	uint32_t x = 0;
	int i;

	if (unit >= PG_MAX_UNITS)
		return PG_ERR_STATE;
	u = &e->s.unit[unit];
	c = &u->comb;
	if (pname == GL_TEXTURE_ENV_COLOR) {
		for (i = 0; i < 4; i++) {
			if (!isfinite(v[i]))
				return PG_ERR_STATE;
			u->env_color[i] = pg_clampf(v[i], 0, 1);
		}
		return PG_OK;
	}
	if (pname == GL_RGB_SCALE || pname == GL_ALPHA_SCALE) {
		if (v[0] != 1.0f && v[0] != 2.0f && v[0] != 4.0f)
			return PG_ERR_STATE;
		if (pname == GL_RGB_SCALE)
			c->scale_rgb = v[0];
		else
			c->scale_a = v[0];
		return PG_OK;
	}
	if (!enum_arg(v, &x))
		return PG_ERR_STATE;
	switch (pname) {
	case GL_TEXTURE_ENV_MODE:
		if (x != GL_MODULATE && x != GL_REPLACE && x != GL_DECAL &&
		    x != GL_BLEND && x != GL_ADD && x != GL_COMBINE)
			return PG_ERR_STATE;
		u->env_mode = x;
		return PG_OK;
	case GL_COMBINE_RGB:
	case GL_COMBINE_ALPHA:
		if (!is_combine_fn(x, pname == GL_COMBINE_ALPHA))
			return PG_ERR_STATE;
		if (pname == GL_COMBINE_RGB)
			c->mode_rgb = x;
		else
			c->mode_a = x;
		return PG_OK;
	case GL_SOURCE0_RGB: case GL_SOURCE1_RGB: case GL_SOURCE2_RGB:
	case GL_SOURCE0_ALPHA: case GL_SOURCE1_ALPHA: case GL_SOURCE2_ALPHA:
		if (x != GL_TEXTURE && x != GL_CONSTANT &&
		    x != GL_PRIMARY_COLOR && x != GL_PREVIOUS &&
		    !(x >= GL_TEXTURE0 && x < GL_TEXTURE0 + PG_MAX_UNITS))
			return PG_ERR_STATE;
		if (pname <= GL_SOURCE2_RGB)
			c->src_rgb[pname - GL_SOURCE0_RGB] = x;
		else
			c->src_a[pname - GL_SOURCE0_ALPHA] = x;
		return PG_OK;
	case GL_OPERAND0_RGB: case GL_OPERAND1_RGB: case GL_OPERAND2_RGB:
		if (x != GL_SRC_COLOR && x != GL_ONE_MINUS_SRC_COLOR &&
		    x != GL_SRC_ALPHA && x != GL_ONE_MINUS_SRC_ALPHA)
			return PG_ERR_STATE;
		c->op_rgb[pname - GL_OPERAND0_RGB] = x;
		return PG_OK;
	case GL_OPERAND0_ALPHA: case GL_OPERAND1_ALPHA: case GL_OPERAND2_ALPHA:
		if (x != GL_SRC_ALPHA && x != GL_ONE_MINUS_SRC_ALPHA)
			return PG_ERR_STATE;
		c->op_a[pname - GL_OPERAND0_ALPHA] = x;
		return PG_OK;
	}
	return PG_ERR_STATE;
}

static void classic(const struct pg_unit *u, uint32_t base, const float cf[4],
		    const float ct[4], float out[4])
{
	int has_rgb = base != GL_ALPHA;
	int has_a = base != GL_LUMINANCE && base != GL_RGB;
	const float *cc = u->env_color;
	int i;

	out[3] = cf[3];
	for (i = 0; i < 3; i++)
		out[i] = cf[i];
	switch (u->env_mode) {
	case GL_REPLACE:
		if (has_rgb)
			memcpy(out, ct, 12);
		if (has_a)
			out[3] = ct[3];
		break;
	case GL_MODULATE:
		if (has_rgb)
			for (i = 0; i < 3; i++)
				out[i] = cf[i] * ct[i];
		if (has_a)
			out[3] = cf[3] * ct[3];
		break;
	case GL_DECAL:
		if (base == GL_RGB)
			memcpy(out, ct, 12);
		else if (base == GL_RGBA)
			for (i = 0; i < 3; i++)
				out[i] = cf[i] * (1 - ct[3]) + ct[i] * ct[3];
		break;
	case GL_BLEND:
		if (has_rgb)
			for (i = 0; i < 3; i++)
				out[i] = cf[i] * (1 - ct[i]) + cc[i] * ct[i];
		if (base == GL_INTENSITY)
			out[3] = cf[3] * (1 - ct[3]) + cc[3] * ct[3];
		else if (has_a)
			out[3] = cf[3] * ct[3];
		break;
	case GL_ADD:
		if (has_rgb)
			for (i = 0; i < 3; i++)
				out[i] = pg_clampf(cf[i] + ct[i], 0, 1);
		if (base == GL_INTENSITY)
			out[3] = pg_clampf(cf[3] + ct[3], 0, 1);
		else if (has_a)
			out[3] = cf[3] * ct[3];
		break;
	}
}

static const float *source(uint32_t src, const struct pg_unit *u,
			   const float prim[4], const float prev[4],
			   const float tex[4])
{
	switch (src) {
	case GL_CONSTANT: return u->env_color;
	case GL_PRIMARY_COLOR: return prim;
	case GL_PREVIOUS: return prev;
	default: return tex;
	}
}

static float operand(uint32_t op, const float *s, int c)
{
	switch (op) {
	case GL_SRC_COLOR: return s[c];
	case GL_ONE_MINUS_SRC_COLOR: return 1 - s[c];
	case GL_SRC_ALPHA: return s[3];
	default: return 1 - s[3];
	}
}

static float func(uint32_t f, const float a[3])
{
	switch (f) {
	case GL_REPLACE: return a[0];
	case GL_MODULATE: return a[0] * a[1];
	case GL_ADD: return a[0] + a[1];
	case GL_ADD_SIGNED: return a[0] + a[1] - 0.5f;
	case GL_INTERPOLATE: return a[0] * a[2] + a[1] * (1 - a[2]);
	default: return a[0] - a[1];	/* GL_SUBTRACT */
	}
}

static void combine(const struct pg_unit *u, const float prim[4],
		    const float prev[4], const float tex[4], float out[4])
{
	const struct pg_combine *cb = &u->comb;
	float a[3], r[4];
	int c, i;

	if (cb->mode_rgb == GL_DOT3_RGB || cb->mode_rgb == GL_DOT3_RGBA) {
		float d = 0, p[2][3];

		for (i = 0; i < 2; i++)
			for (c = 0; c < 3; c++)
				p[i][c] = operand(cb->op_rgb[i],
						  source(cb->src_rgb[i], u, prim,
							 prev, tex), c);
		for (c = 0; c < 3; c++)
			d += (p[0][c] - 0.5f) * (p[1][c] - 0.5f);
		d *= 4;
		r[0] = r[1] = r[2] = d;
	} else {
		for (c = 0; c < 3; c++) {
			for (i = 0; i < 3; i++)
				a[i] = operand(cb->op_rgb[i],
					       source(cb->src_rgb[i], u, prim,
						      prev, tex), c);
			r[c] = func(cb->mode_rgb, a);
		}
	}
	for (i = 0; i < 3; i++)
		a[i] = operand(cb->op_a[i],
			       source(cb->src_a[i], u, prim, prev, tex), 3);
	r[3] = func(cb->mode_a, a);
	if (cb->mode_rgb == GL_DOT3_RGBA)
		r[3] = r[0];
	for (c = 0; c < 3; c++)
		out[c] = pg_clampf(r[c] * cb->scale_rgb, 0, 1);
	out[3] = pg_clampf(r[3] * cb->scale_a, 0, 1);
}

void pg_texenv(const struct pg_unit *u, uint32_t base, const float prim[4],
	       const float prev[4], const float tex[4], float out[4])
{
	if (u->env_mode == GL_COMBINE)
		combine(u, prim, prev, tex, out);
	else
		classic(u, base, prev, tex, out);
}
