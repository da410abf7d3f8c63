/* qbsp: compiles a map of axis-aligned box brushes into BSP29. */
#ifndef QBSP_H
#define QBSP_H
#include <stdint.h>
#include "../tools/buf.h"

#define MAXKEYS 16
#define MAXENTS 64
#define MAXBRUSH 256
#define MAXTEX 16

struct brush {
	float mn[3], mx[3];
	int tex;
};

struct entity {
	char key[MAXKEYS][64], val[MAXKEYS][512];
	int nkeys;
	int first, nbrush; /* into map.brush */
	int model;	   /* submodel number, 0 = world or none */
};

struct map {
	struct entity ent[MAXENTS];
	int nent;
	struct brush brush[MAXBRUSH];
	int nbrush;
	char tex[MAXTEX][16];
	int ntex;
};

void map_read(struct map *m, const char *path);
const char *ent_get(const struct entity *e, const char *key);
int ent_vec(const struct entity *e, const char *key, float v[3]);

/* A k-d tree over boxes: every cell is a box that is wholly inside a brush
 * (solid) or wholly outside all of them. */
struct cell {
	float mn[3], mx[3];
	int solid, brush, reach, leaf;
};
struct knode {
	int axis;
	float dist, mn[3], mx[3];
	int child[2]; /* >= 0: node; < 0: cell ~child */
};
struct ktree {
	struct knode *n;
	int nn;
	struct cell *c;
	int nc;
};

void kd_build(struct ktree *t, const struct brush *b, int nb, const float mn[3],
	      const float mx[3]);
int kd_cell_at(const struct ktree *t, const float p[3]);
/* Marks cells reachable from p through empty cells; returns 1 when that
 * space touches the tree's outer bounds (the map leaks). */
int kd_flood(struct ktree *t, const float p[3]);
void kd_free(struct ktree *t);

/* The BSP being assembled. */
struct face {
	int axis, side;	    /* plane axis; side 1: faces -axis */
	float mn[3], mx[3]; /* the rectangle (flat on axis) */
	int tex, model, cell;
	int texinfo, firstedge, lightofs, smin[2], ext[2];
};

struct bsp {
	struct buf planes, nodes, leafs, clip, marks, verts, edges, sedges,
		faces, texinfo, models, light, texdata;
	int nplanes, nnodes, nleafs, nclip, nmarks, nverts, nedges, nsedges,
		nfaces, ntexinfo;
	float plane_key[1024][2];
	int texinfo_key[64][2];
	struct face *face;
	int nface, capface;
};

int bsp_plane(struct bsp *b, int axis, float dist);
int bsp_texinfo(struct bsp *b, int tex, int axis);
void bsp_face_add(struct bsp *b, const struct face *f);
void faces_world(struct bsp *b, const struct ktree *t, const struct brush *br);
/* Texture axes of a face on a plane of this axis, as s and t vectors. */
void tex_axes(int axis, float s[3], float t[3]);
void faces_box(struct bsp *b, const struct brush *br, int model);
void faces_emit(struct bsp *b);
void light_faces(struct bsp *b, const struct map *m);
void tex_build(struct buf *out, const struct map *m);
void bsp_write(struct bsp *b, const struct map *m, const char *path);

#endif
