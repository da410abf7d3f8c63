/* Faces: the walls of the reachable empty cells, and the outside of
 * submodel brushes. Each face is a rectangle on an axial plane. */
#include "qbsp.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Lightmaps are 16 texels a luxel; pieces of at most 256 units keep each
 * face's lightmap small. */
#define PIECE 256

void tex_axes(int axis, float s[3], float t[3])
{
	memset(s, 0, 3 * sizeof(float));
	memset(t, 0, 3 * sizeof(float));
	if (axis == 2) {
		s[0] = 1;
		t[1] = -1;
	} else {
		s[axis == 0 ? 1 : 0] = 1;
		t[2] = -1;
	}
}

void bsp_face_add(struct bsp *b, const struct face *f)
{
	int u = (f->axis + 1) % 3, v = (f->axis + 2) % 3;
	float a, c;

	/* Cut long rectangles into pieces. */
	for (a = f->mn[u]; a < f->mx[u]; a += PIECE)
		for (c = f->mn[v]; c < f->mx[v]; c += PIECE) {
			struct face *n;

			if (b->nface == b->capface) {
				b->capface = b->capface ? b->capface * 2 : 64;
				b->face = realloc(b->face,
						  sizeof(*b->face) *
							  (size_t)b->capface);
			}
			n = &b->face[b->nface++];
			*n = *f;
			n->mn[u] = a;
			n->mx[u] = fminf(a + PIECE, f->mx[u]);
			n->mn[v] = c;
			n->mx[v] = fminf(c + PIECE, f->mx[v]);
		}
}

/* The part of cell e's side (axis, s) that a solid cell d covers. */
static int shared(const struct cell *e, const struct cell *d, int axis, int s,
		  struct face *f)
{
	int a;

	if (s ? d->mn[axis] != e->mx[axis] : d->mx[axis] != e->mn[axis])
		return 0;
	for (a = 0; a < 3; a++) {
		if (a == axis)
			continue;
		f->mn[a] = fmaxf(e->mn[a], d->mn[a]);
		f->mx[a] = fminf(e->mx[a], d->mx[a]);
		if (f->mn[a] >= f->mx[a])
			return 0;
	}
	f->mn[axis] = f->mx[axis] = s ? e->mx[axis] : e->mn[axis];
	return 1;
}

void faces_world(struct bsp *b, const struct ktree *t, const struct brush *br)
{
	int i, j, a, s;

	for (i = 0; i < t->nc; i++) {
		if (!t->c[i].reach)
			continue;
		for (a = 0; a < 3; a++)
			for (s = 0; s < 2; s++)
				for (j = 0; j < t->nc; j++) {
					struct face f = { 0 };

					if (!t->c[j].solid ||
					    !shared(&t->c[i], &t->c[j], a, s,
						    &f))
						continue;
					f.axis = a;
					/* A wall above the cell faces down. */
					f.side = s;
					f.tex = br[t->c[j].brush].tex;
					f.cell = i;
					bsp_face_add(b, &f);
				}
	}
}

void faces_box(struct bsp *b, const struct brush *br, int model)
{
	int a, s;

	for (a = 0; a < 3; a++)
		for (s = 0; s < 2; s++) {
			struct face f = { 0 };

			memcpy(f.mn, br->mn, sizeof(f.mn));
			memcpy(f.mx, br->mx, sizeof(f.mx));
			f.mn[a] = f.mx[a] = s ? br->mx[a] : br->mn[a];
			f.axis = a;
			f.side = !s;
			f.tex = br->tex;
			f.model = model;
			f.cell = -1;
			bsp_face_add(b, &f);
		}
}

static int vertex(struct bsp *b, const float p[3])
{
	int i;

	for (i = 0; i < 3; i++)
		buf_f32(&b->verts, p[i]);
	return b->nverts++;
}

/* Vertices, edges and the face records. Loops are clockwise seen from the
 * visible side, the winding the engine culls by. */
void faces_emit(struct bsp *b)
{
	int i, k;

	buf_zero(&b->edges, 4); /* edge 0 reads as reversed: unused */
	b->nedges = 1;
	for (i = 0; i < b->nface; i++) {
		struct face *f = &b->face[i];
		int u = (f->axis + 1) % 3, v = (f->axis + 2) % 3, vi[4];
		float p[4][3];
		static const int ccw[4][2] = {
			{ 0, 0 }, { 1, 0 }, { 1, 1 }, { 0, 1 }
		};

		for (k = 0; k < 4; k++) {
			int c = f->side ? k : (4 - k) % 4;

			p[k][f->axis] = f->mn[f->axis];
			p[k][u] = ccw[c][0] ? f->mx[u] : f->mn[u];
			p[k][v] = ccw[c][1] ? f->mx[v] : f->mn[v];
			vi[k] = vertex(b, p[k]);
		}
		f->firstedge = b->nsedges;
		for (k = 0; k < 4; k++) {
			buf_i16(&b->edges, vi[k]);
			buf_i16(&b->edges, vi[(k + 1) % 4]);
			buf_i32(&b->sedges, b->nedges++);
			b->nsedges++;
		}
		buf_i16(&b->faces, bsp_plane(b, f->axis, f->mn[f->axis]));
		buf_i16(&b->faces, f->side);
		buf_i32(&b->faces, f->firstedge);
		buf_i16(&b->faces, 4);
		buf_i16(&b->faces, f->texinfo);
		buf_u8(&b->faces, 0);
		buf_u8(&b->faces, 255);
		buf_u8(&b->faces, 255);
		buf_u8(&b->faces, 255);
		buf_i32(&b->faces, f->lightofs);
		b->nfaces++;
	}
}
