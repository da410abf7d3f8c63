/* Lightmaps: one luxel per 16 texels, lit by the map's point lights with a
 * linear falloff, Lambert's cosine and hard shadows cast by world brushes. */
#include "qbsp.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#define AMBIENT 12

struct lamp {
	float o[3], level;
};

/* Does the segment p..q pass through the inside of a brush? */
static int blocked(const struct map *m, int nworld, const float p[3],
		   const float q[3])
{
	int i, a;

	for (i = 0; i < nworld; i++) {
		const struct brush *b = &m->brush[i];
		float t0 = 0, t1 = 1;

		for (a = 0; a < 3 && t0 < t1; a++) {
			float d = q[a] - p[a], lo, hi;

			if (fabsf(d) < 1e-6f) {
				if (p[a] <= b->mn[a] || p[a] >= b->mx[a])
					t1 = -1;
				continue;
			}
			lo = (b->mn[a] - p[a]) / d;
			hi = (b->mx[a] - p[a]) / d;
			if (lo > hi) {
				float x = lo;

				lo = hi;
				hi = x;
			}
			t0 = fmaxf(t0, lo);
			t1 = fminf(t1, hi);
		}
		if (t0 < t1)
			return 1;
	}
	return 0;
}

static float st_of(const float v[3], const float axis[3])
{
	return v[0] * axis[0] + v[1] * axis[1] + v[2] * axis[2];
}

void light_faces(struct bsp *b, const struct map *m)
{
	struct lamp lamp[MAXENTS];
	int nlamp = 0, i, j, k, nworld = m->ent[0].nbrush;

	for (i = 0; i < m->nent; i++) {
		const struct entity *e = &m->ent[i];

		if (strncmp(ent_get(e, "classname"), "light", 5) ||
		    !ent_vec(e, "origin", lamp[nlamp].o))
			continue;
		lamp[nlamp].level = 300;
		sscanf(ent_get(e, "light"), "%f", &lamp[nlamp].level);
		nlamp++;
	}
	for (i = 0; i < b->nface; i++) {
		struct face *f = &b->face[i];
		float sv[3], tv[3], n[3] = { 0, 0, 0 }, lo[2], hi[2];
		int c, smax, tmax;

		tex_axes(f->axis, sv, tv);
		f->texinfo = bsp_texinfo(b, f->tex, f->axis);
		n[f->axis] = f->side ? -1 : 1;
		for (c = 0; c < 2; c++) {
			const float *ax = c ? tv : sv;
			float x = st_of(f->mn, ax), y = st_of(f->mx, ax);

			lo[c] = fminf(x, y);
			hi[c] = fmaxf(x, y);
			f->smin[c] = (int)floorf(lo[c] / 16) * 16;
			f->ext[c] = (int)ceilf(hi[c] / 16) * 16 - f->smin[c];
		}
		smax = f->ext[0] / 16 + 1;
		tmax = f->ext[1] / 16 + 1;
		f->lightofs = (int)b->light.len;
		for (k = 0; k < tmax; k++)
			for (j = 0; j < smax; j++) {
				float s = f->smin[0] + j * 16.0f;
				float t = f->smin[1] + k * 16.0f, p[3],
				      sum = AMBIENT;
				int l, a;

				/* Luxels past the face's edge sample its edge.
				 */
				s = fminf(fmaxf(s, lo[0] + 1), hi[0] - 1);
				t = fminf(fmaxf(t, lo[1] + 1), hi[1] - 1);
				for (a = 0; a < 3; a++)
					p[a] = s * sv[a] + t * tv[a] +
					       n[a] * 1.0f;
				p[f->axis] = f->mn[f->axis] + n[f->axis];
				for (l = 0; l < nlamp; l++) {
					float d[3], dist, cosang;

					for (a = 0; a < 3; a++)
						d[a] = lamp[l].o[a] - p[a];
					dist = sqrtf(st_of(d, d));
					cosang = st_of(d, n) / (dist + 1e-6f);
					if (cosang <= 0 ||
					    dist >= lamp[l].level ||
					    blocked(m, nworld, p, lamp[l].o))
						continue;
					sum += (lamp[l].level - dist) *
					       (0.2f + 0.5f * cosang);
				}
				buf_u8(&b->light,
				       sum > 255 ? 255 : (unsigned)sum);
			}
	}
}
