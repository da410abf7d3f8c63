/* Plane and texinfo tables, and the BSP29 file itself. */
#include "qbsp.h"

#include <stdio.h>
#include <string.h>

int bsp_plane(struct bsp *b, int axis, float dist)
{
	int i;

	for (i = 0; i < b->nplanes; i++)
		if (b->plane_key[i][0] == axis && b->plane_key[i][1] == dist)
			return i;
	if (b->nplanes == 1024)
		die("qbsp: too many planes");
	b->plane_key[i][0] = (float)axis;
	b->plane_key[i][1] = dist;
	/* Axial planes keep a +1 normal: the engine tests point[type] - dist.
	 */
	buf_f32(&b->planes, axis == 0);
	buf_f32(&b->planes, axis == 1);
	buf_f32(&b->planes, axis == 2);
	buf_f32(&b->planes, dist);
	buf_i32(&b->planes, axis);
	return b->nplanes++;
}

int bsp_texinfo(struct bsp *b, int tex, int axis)
{
	float s[3], t[3];
	int i;

	for (i = 0; i < b->ntexinfo; i++)
		if (b->texinfo_key[i][0] == tex && b->texinfo_key[i][1] == axis)
			return i;
	if (b->ntexinfo == 64)
		die("qbsp: too many texinfos");
	b->texinfo_key[i][0] = tex;
	b->texinfo_key[i][1] = axis;
	tex_axes(axis, s, t);
	for (i = 0; i < 3; i++)
		buf_f32(&b->texinfo, s[i]);
	buf_f32(&b->texinfo, 0);
	for (i = 0; i < 3; i++)
		buf_f32(&b->texinfo, t[i]);
	buf_f32(&b->texinfo, 0);
	buf_i32(&b->texinfo, tex);
	buf_i32(&b->texinfo, 0);
	return b->ntexinfo++;
}

static void entities(struct buf *out, const struct map *m)
{
	char line[256];
	int i, k;

	for (i = 0; i < m->nent; i++) {
		const struct entity *e = &m->ent[i];

		buf_bytes(out, "{\n", 2);
		for (k = 0; k < e->nkeys; k++) {
			snprintf(line, sizeof(line), "\"%s\" \"%s\"\n",
				 e->key[k], e->val[k]);
			buf_bytes(out, line, strlen(line));
		}
		if (e->model) {
			snprintf(line, sizeof(line), "\"model\" \"*%d\"\n",
				 e->model);
			buf_bytes(out, line, strlen(line));
		}
		buf_bytes(out, "}\n", 2);
	}
	buf_u8(out, 0);
}

void bsp_write(struct bsp *b, const struct map *m, const char *path)
{
	struct buf ents = { 0 }, out = { 0 };
	/* Lump order of the header. */
	struct buf *lump[15] = { &ents,	    &b->planes, &b->texdata, &b->verts,
				 NULL,	    &b->nodes,	&b->texinfo, &b->faces,
				 &b->light, &b->clip,	&b->leafs,   &b->marks,
				 &b->edges, &b->sedges, &b->models };
	int i;

	entities(&ents, m);
	tex_build(&b->texdata, m);
	buf_i32(&out, 29);
	buf_zero(&out, 15 * 8);
	for (i = 0; i < 15; i++) {
		size_t len = lump[i] ? lump[i]->len : 0;

		buf_put_i32(&out, 4 + i * 8, (int32_t)out.len);
		buf_put_i32(&out, 8 + i * 8, (int32_t)len);
		if (len)
			buf_bytes(&out, lump[i]->p, len);
		while (out.len & 3)
			buf_u8(&out, 0);
	}
	buf_save(&out, path);
	buf_free(&out);
	buf_free(&ents);
}
