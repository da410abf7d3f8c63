/* The k-d tree: space is split on brush faces until every cell is wholly
 * inside a brush or wholly empty. All planes are axial, which is all a box
 * world needs. */
#include "qbsp.h"

#include <stdlib.h>
#include <string.h>

static int overlaps(const struct brush *b, const float mn[3], const float mx[3])
{
	int a;

	for (a = 0; a < 3; a++)
		if (b->mn[a] >= mx[a] || b->mx[a] <= mn[a])
			return 0;
	return 1;
}

static int covers(const struct brush *b, const float mn[3], const float mx[3])
{
	int a;

	for (a = 0; a < 3; a++)
		if (b->mn[a] > mn[a] || b->mx[a] < mx[a])
			return 0;
	return 1;
}

static int build(struct ktree *t, const struct brush *b, int nb,
		 const float mn[3], const float mx[3])
{
	int i, a, s, best_a = -1, in = -1, idx, c0, c1;
	float best = 0, bestd = 1e30f, cmn[3], cmx[3];

	for (i = 0; i < nb; i++) {
		if (!overlaps(&b[i], mn, mx))
			continue;
		if (covers(&b[i], mn, mx)) {
			in = i;
			break;
		}
		/* Candidate planes: this brush's faces inside the region; the
		 * one nearest the region's middle keeps the tree shallow. */
		for (a = 0; a < 3; a++)
			for (s = 0; s < 2; s++) {
				float d = s ? b[i].mx[a] : b[i].mn[a];
				float mid = (mn[a] + mx[a]) / 2;
				float off = d > mid ? d - mid : mid - d;

				if (d > mn[a] && d < mx[a] && off < bestd) {
					bestd = off;
					best = d;
					best_a = a;
				}
			}
	}
	if (in >= 0 || best_a < 0) {
		struct cell *c;

		t->c = realloc(t->c, sizeof(*t->c) * (size_t)(t->nc + 1));
		c = &t->c[t->nc];
		memset(c, 0, sizeof(*c));
		memcpy(c->mn, mn, sizeof(c->mn));
		memcpy(c->mx, mx, sizeof(c->mx));
		c->solid = in >= 0;
		c->brush = in;
		return ~t->nc++;
	}
	idx = t->nn++;
	t->n = realloc(t->n, sizeof(*t->n) * (size_t)t->nn);
	t->n[idx].axis = best_a;
	t->n[idx].dist = best;
	memcpy(t->n[idx].mn, mn, sizeof(cmn));
	memcpy(t->n[idx].mx, mx, sizeof(cmx));
	memcpy(cmn, mn, sizeof(cmn));
	memcpy(cmx, mx, sizeof(cmx));
	cmn[best_a] = best; /* front: above the plane */
	c0 = build(t, b, nb, cmn, mx);
	cmx[best_a] = best;
	c1 = build(t, b, nb, mn, cmx);
	t->n[idx].child[0] = c0;
	t->n[idx].child[1] = c1;
	return idx;
}

void kd_build(struct ktree *t, const struct brush *b, int nb, const float mn[3],
	      const float mx[3])
{
	memset(t, 0, sizeof(*t));
	if (build(t, b, nb, mn, mx) < 0)
		die("qbsp: a model needs at least one split");
}

int kd_cell_at(const struct ktree *t, const float p[3])
{
	int n = 0;

	while (n >= 0) {
		const struct knode *k = &t->n[n];

		n = k->child[p[k->axis] - k->dist > 0 ? 0 : 1];
	}
	return ~n;
}

/* Two cells touch when they share a face of positive area. */
static int touch(const struct cell *a, const struct cell *b)
{
	int ax, shared = -1;

	for (ax = 0; ax < 3; ax++) {
		if (a->mx[ax] == b->mn[ax] || b->mx[ax] == a->mn[ax]) {
			if (shared >= 0)
				return 0;
			shared = ax;
		} else if (a->mn[ax] >= b->mx[ax] || b->mn[ax] >= a->mx[ax]) {
			return 0;
		}
	}
	return shared >= 0;
}

int kd_flood(struct ktree *t, const float p[3])
{
	const struct knode *root = &t->n[0];
	int *stack = malloc(sizeof(int) * (size_t)t->nc), sp = 0, i, a,
	    leak = 0;
	int start = kd_cell_at(t, p);

	if (t->c[start].solid)
		die("qbsp: the start point %g %g %g is inside a brush", p[0],
		    p[1], p[2]);
	t->c[start].reach = 1;
	stack[sp++] = start;
	while (sp) {
		struct cell *c = &t->c[stack[--sp]];

		for (a = 0; a < 3; a++)
			if (c->mn[a] <= root->mn[a] || c->mx[a] >= root->mx[a])
				leak = 1;
		for (i = 0; i < t->nc; i++)
			if (!t->c[i].solid && !t->c[i].reach &&
			    touch(c, &t->c[i])) {
				t->c[i].reach = 1;
				stack[sp++] = i;
			}
	}
	free(stack);
	return leak;
}

void kd_free(struct ktree *t)
{
	free(t->n);
	free(t->c);
	memset(t, 0, sizeof(*t));
}
