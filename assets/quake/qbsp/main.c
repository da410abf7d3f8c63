/* qbsp MAP OUT.bsp: compiles our box-brush map format into BSP29. */
#include "qbsp.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

/* Clip hull boxes: the player's (1) and the large monsters' (2). */
static const float hull_mn[3][3] = { { 0, 0, 0 },
				     { -16, -16, -24 },
				     { -32, -32, -24 } };
static const float hull_mx[3][3] = { { 0, 0, 0 },
				     { 16, 16, 32 },
				     { 32, 32, 64 } };

static int16_t clamp16(float v)
{
	return (int16_t)(v < -32768 ? -32768 : v > 32767 ? 32767 : v);
}

static void bounds(const struct brush *br, int n, float mn[3], float mx[3])
{
	int i, a;

	for (a = 0; a < 3; a++) {
		mn[a] = 1e30f;
		mx[a] = -1e30f;
	}
	for (i = 0; i < n; i++)
		for (a = 0; a < 3; a++) {
			mn[a] = fminf(mn[a], br[i].mn[a]);
			mx[a] = fmaxf(mx[a], br[i].mx[a]);
		}
}

/* Brushes grown by a hull box: the hull's origin is blocked exactly inside. */
static void expand(struct brush *out, const struct brush *in, int n, int h)
{
	int i, a;

	for (i = 0; i < n; i++) {
		out[i] = in[i];
		for (a = 0; a < 3; a++) {
			out[i].mn[a] -= hull_mx[h][a];
			out[i].mx[a] -= hull_mn[h][a];
		}
	}
}

/* A tree's cells as world leaves (world) or the shared leaves (models). */
static int leaf_of(const struct cell *c, int world, int subleaf)
{
	if (world)
		return c->reach ? c->leaf : 0;
	return c->solid ? 0 : subleaf;
}

static int emit_nodes(struct bsp *b, const struct ktree *t, int world,
		      int subleaf)
{
	int base = b->nnodes, i, k;

	for (i = 0; i < t->nn; i++) {
		const struct knode *n = &t->n[i];

		buf_i32(&b->nodes, bsp_plane(b, n->axis, n->dist));
		for (k = 0; k < 2; k++) {
			int c = n->child[k];

			buf_i16(&b->nodes,
				c >= 0 ? base + c
				       : -1 - leaf_of(&t->c[~c], world,
						      subleaf));
		}
		for (k = 0; k < 3; k++)
			buf_i16(&b->nodes, clamp16(floorf(n->mn[k])));
		for (k = 0; k < 3; k++)
			buf_i16(&b->nodes, clamp16(ceilf(n->mx[k])));
		buf_i16(&b->nodes, 0);
		buf_i16(&b->nodes, 0);
		b->nnodes++;
	}
	return base;
}

static int emit_clip(struct bsp *b, const struct ktree *t, int world)
{
	int base = b->nclip, i, k;

	for (i = 0; i < t->nn; i++) {
		const struct knode *n = &t->n[i];

		buf_i32(&b->clip, bsp_plane(b, n->axis, n->dist));
		for (k = 0; k < 2; k++) {
			int c = n->child[k];
			const struct cell *cl = c < 0 ? &t->c[~c] : NULL;

			if (c >= 0)
				buf_i16(&b->clip, base + c);
			else if (world ? cl->reach : !cl->solid)
				buf_i16(&b->clip, -1); /* empty */
			else
				buf_i16(&b->clip, -2); /* solid */
		}
		b->nclip++;
	}
	return base;
}

/* A leaf listing the world faces that bound cell ci (-1: none). */
static void leaf(struct bsp *b, int contents, const struct cell *c, int ci)
{
	int k, first = b->nmarks, i;

	for (i = 0; ci >= 0 && i < b->nface; i++)
		if (b->face[i].cell == ci) {
			buf_i16(&b->marks, i);
			b->nmarks++;
		}
	buf_i32(&b->leafs, contents);
	buf_i32(&b->leafs, -1); /* no vis data: all visible */
	for (k = 0; k < 3; k++)
		buf_i16(&b->leafs, c ? clamp16(floorf(c->mn[k])) : 0);
	for (k = 0; k < 3; k++)
		buf_i16(&b->leafs, c ? clamp16(ceilf(c->mx[k])) : 0);
	buf_i16(&b->leafs, first);
	buf_i16(&b->leafs, b->nmarks - first);
	buf_zero(&b->leafs, 4);
	b->nleafs++;
}

static void model(struct bsp *b, const float mn[3], const float mx[3],
		  const int head[3], int visleafs, int firstface, int numfaces)
{
	int k;

	for (k = 0; k < 3; k++)
		buf_f32(&b->models, mn[k]);
	for (k = 0; k < 3; k++)
		buf_f32(&b->models, mx[k]);
	buf_zero(&b->models, 12); /* origin */
	for (k = 0; k < 3; k++)
		buf_i32(&b->models, head[k]);
	buf_i32(&b->models, 0);
	buf_i32(&b->models, visleafs);
	buf_i32(&b->models, firstface);
	buf_i32(&b->models, numfaces);
}

/* Builds hull h of brushes br: a tree over their bounds grown by the hull
 * and a margin, so even one box has splits. Returns the clipnode root. */
static int hull(struct bsp *b, const struct brush *br, int n, int h,
		const float *start)
{
	struct brush grown[MAXBRUSH];
	struct ktree t;
	float mn[3], mx[3];
	int a, root;

	expand(grown, br, n, h);
	bounds(grown, n, mn, mx);
	for (a = 0; a < 3 && !start; a++) {
		mn[a] -= 8;
		mx[a] += 8;
	}
	kd_build(&t, grown, n, mn, mx);
	if (start && kd_flood(&t, start))
		die("qbsp: hull %d leaks", h);
	root = emit_clip(b, &t, start != NULL);
	kd_free(&t);
	return root;
}

int main(int argc, char **argv)
{
	static struct map m;
	static struct bsp b;
	struct ktree world;
	float start[3] = { 0 }, mn[3], mx[3];
	int i, k, nleaf, found = 0, nworld, subleaf, nmodels = 1;
	int head[3];

	if (argc != 3)
		die("usage: qbsp MAP OUT.bsp");
	map_read(&m, argv[1]);
	for (i = 0; i < m.nent && !found; i++)
		if (!strcmp(ent_get(&m.ent[i], "classname"),
			    "info_player_start"))
			found = ent_vec(&m.ent[i], "origin", start);
	if (!found)
		die("qbsp: the map needs an info_player_start with an origin");
	nworld = m.ent[0].nbrush;
	bounds(m.brush, nworld, mn, mx);
	kd_build(&world, m.brush, nworld, mn, mx);
	if (kd_flood(&world, start))
		die("qbsp: the map leaks: the start sees the outside");

	/* Faces: the world's (listed by leaves), then each submodel's. */
	faces_world(&b, &world, m.brush);
	for (i = 1; i < m.nent; i++) {
		struct entity *e = &m.ent[i];

		if (!e->nbrush)
			continue;
		e->model = nmodels++;
		for (k = 0; k < e->nbrush; k++)
			faces_box(&b, &m.brush[e->first + k], e->model);
	}
	light_faces(&b, &m);
	faces_emit(&b);

	/* Leaf 0 is the shared solid leaf; then the reachable cells. */
	leaf(&b, -2, NULL, -1);
	for (i = 0; i < world.nc; i++)
		if (world.c[i].reach) {
			world.c[i].leaf = b.nleafs;
			leaf(&b, -1, &world.c[i], i);
		}
	nleaf = b.nleafs - 1;
	subleaf = b.nleafs;
	leaf(&b, -1, NULL, -1); /* empty space around submodels */

	head[0] = emit_nodes(&b, &world, 1, 0);
	head[1] = hull(&b, m.brush, nworld, 1, start);
	head[2] = hull(&b, m.brush, nworld, 2, start);
	for (k = 0; k < b.nface && b.face[k].model == 0; k++)
		;
	model(&b, mn, mx, head, nleaf, 0, k);
	for (i = 1; i < m.nent; i++) {
		const struct entity *e = &m.ent[i];
		const struct brush *br = &m.brush[e->first];
		struct ktree t;
		float smn[3], smx[3];
		int first, a;

		if (!e->model)
			continue;
		bounds(br, e->nbrush, smn, smx);
		for (a = 0; a < 3; a++) {
			mn[a] = smn[a] - 8;
			mx[a] = smx[a] + 8;
		}
		kd_build(&t, br, e->nbrush, mn, mx);
		head[0] = emit_nodes(&b, &t, 0, subleaf);
		kd_free(&t);
		head[1] = hull(&b, br, e->nbrush, 1, NULL);
		head[2] = hull(&b, br, e->nbrush, 2, NULL);
		for (first = 0; b.face[first].model != e->model; first++)
			;
		for (k = first; k < b.nface && b.face[k].model == e->model; k++)
			;
		model(&b, smn, smx, head, 0, first, k - first);
	}
	bsp_write(&b, &m, argv[2]);
	printf("qbsp: %d planes, %d nodes, %d leafs, %d clipnodes, %d faces, "
	       "%d models, %zu bytes of light\n",
	       b.nplanes, b.nnodes, b.nleafs, b.nclip, b.nfaces, nmodels,
	       b.light.len);
	kd_free(&world);
	return 0;
}
