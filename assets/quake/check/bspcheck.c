/* bspcheck MAP.bsp [empty|solid HULL X Y Z]...: the BSP29 structure is
 * sound (lump sizes, counts, every index in range, faces wound clockwise
 * from their visible side, lightmaps inside the lighting lump, extents
 * within the engine's limit), and each point test holds: the point's
 * contents in hull 0 (nodes and leafs) or hull 1/2 (clipnodes). */
#include "rd.h"

#include <math.h>

enum {
	ENTS,
	PLANES,
	TEX,
	VERTS,
	VIS,
	NODES,
	TEXINFO,
	FACES,
	LIGHT,
	CLIP,
	LEAFS,
	MARKS,
	EDGES,
	SEDGES,
	MODELS
};
static const int recsize[15] = { 1, 20, 1,  12, 1, 24, 40, 20,
				 1, 8,	28, 2,	4, 4,  64 };
static const uint8_t *lp[15];
static int cnt[15];

static int hull_contents(int hull, int node, const float p[3])
{
	const uint8_t *m = lp[MODELS];

	if (hull == 0) {
		while (node >= 0) {
			const uint8_t *n = lp[NODES] + node * 24;
			const uint8_t *pl = lp[PLANES] + rd32(n) * 20;
			float d = p[0] * rdf(pl) + p[1] * rdf(pl + 4) +
				  p[2] * rdf(pl + 8) - rdf(pl + 12);
			int c = (uint16_t)rd16(n + 4 + (d > 0 ? 0 : 2));

			if (c >= cnt[NODES])
				return rd32(lp[LEAFS] + (65535 - c) * 28);
			node = c;
		}
	}
	(void)m;
	while (node >= 0) {
		const uint8_t *n = lp[CLIP] + node * 8;
		const uint8_t *pl = lp[PLANES] + rd32(n) * 20;
		float d = p[0] * rdf(pl) + p[1] * rdf(pl + 4) +
			  p[2] * rdf(pl + 8) - rdf(pl + 12);
		int c = (uint16_t)rd16(n + 4 + (d >= 0 ? 0 : 2));

		if (c >= cnt[CLIP])
			return c - 65536;
		node = c;
	}
	return 0;
}

static void faces(void)
{
	int i, k;

	for (i = 0; i < cnt[FACES]; i++) {
		const uint8_t *f = lp[FACES] + i * 20;
		int plane = rd16(f), side = rd16(f + 2), first = rd32(f + 4);
		int ne = rd16(f + 8), ti = rd16(f + 10), lofs = rd32(f + 16);
		float v[64][3], n[3], cr[3] = { 0, 0, 0 }, mn[2], mx[2];
		const uint8_t *pl, *tx;

		CHECK(plane >= 0 && plane < cnt[PLANES] && side >= 0 &&
			      side <= 1 && ti >= 0 && ti < cnt[TEXINFO] &&
			      ne >= 3 && ne <= 60 && first >= 0 &&
			      first + ne <= cnt[SEDGES],
		      "face %d header", i);
		if (failures)
			return;
		for (k = 0; k < ne; k++) {
			int se = rd32(lp[SEDGES] + (first + k) * 4);
			int e = se < 0 ? -se : se, vi;

			CHECK(se != 0 && e < cnt[EDGES], "face %d edge %d", i,
			      se);
			if (failures)
				return;
			vi = (uint16_t)rd16(lp[EDGES] + e * 4 +
					    (se > 0 ? 0 : 2));
			CHECK(vi < cnt[VERTS], "face %d vertex %d", i, vi);
			if (failures)
				return;
			v[k][0] = rdf(lp[VERTS] + vi * 12);
			v[k][1] = rdf(lp[VERTS] + vi * 12 + 4);
			v[k][2] = rdf(lp[VERTS] + vi * 12 + 8);
		}
		/* The loop's normal (Newell) against the visible side. */
		for (k = 0; k < ne; k++) {
			const float *a = v[k], *b = v[(k + 1) % ne];

			cr[0] += (a[1] - b[1]) * (a[2] + b[2]);
			cr[1] += (a[2] - b[2]) * (a[0] + b[0]);
			cr[2] += (a[0] - b[0]) * (a[1] + b[1]);
		}
		pl = lp[PLANES] + plane * 20;
		for (k = 0; k < 3; k++)
			n[k] = rdf(pl + k * 4) * (side ? -1 : 1);
		CHECK(cr[0] * n[0] + cr[1] * n[1] + cr[2] * n[2] < 0,
		      "face %d is not clockwise from its visible side", i);
		tx = lp[TEXINFO] + ti * 40;
		for (k = 0; k < 2; k++) {
			int j;

			mn[k] = 1e30f;
			mx[k] = -1e30f;
			for (j = 0; j < ne; j++) {
				double s =
					(double)v[j][0] * rdf(tx + k * 16) +
					(double)v[j][1] * rdf(tx + k * 16 + 4) +
					(double)v[j][2] * rdf(tx + k * 16 + 8) +
					rdf(tx + k * 16 + 12);

				mn[k] = fminf(mn[k], (float)s);
				mx[k] = fmaxf(mx[k], (float)s);
			}
			mn[k] = floorf(mn[k] / 16);
			mx[k] = ceilf(mx[k] / 16);
			CHECK((mx[k] - mn[k]) * 16 <= 2000,
			      "face %d extents %g", i, (mx[k] - mn[k]) * 16);
		}
		if (cnt[LIGHT]) {
			long need = (long)(mx[0] - mn[0] + 1) *
				    (long)(mx[1] - mn[1] + 1);

			CHECK(lofs >= 0 && lofs + need <= cnt[LIGHT] &&
				      f[12] == 0,
			      "face %d lightmap %d+%ld in %d", i, lofs, need,
			      cnt[LIGHT]);
		}
	}
}

static void tree(void)
{
	int i, k;

	for (i = 0; i < cnt[PLANES]; i++) {
		const uint8_t *pl = lp[PLANES] + i * 20;
		int type = rd32(pl + 16);

		CHECK(type >= 0 && type <= 5, "plane %d type", i);
		if (type < 3)
			CHECK(rdf(pl + type * 4) == 1,
			      "axial plane %d must have a +1 normal", i);
	}
	for (i = 0; i < cnt[NODES]; i++) {
		const uint8_t *n = lp[NODES] + i * 24;

		CHECK(rd32(n) >= 0 && rd32(n) < cnt[PLANES], "node %d plane",
		      i);
		for (k = 0; k < 2; k++) {
			int c = (uint16_t)rd16(n + 4 + k * 2);

			CHECK(c < cnt[NODES] ? c != i : 65535 - c < cnt[LEAFS],
			      "node %d child %d", i, c);
		}
	}
	for (i = 0; i < cnt[CLIP]; i++) {
		const uint8_t *n = lp[CLIP] + i * 8;

		CHECK(rd32(n) >= 0 && rd32(n) < cnt[PLANES], "clip %d plane",
		      i);
		for (k = 0; k < 2; k++) {
			int c = (uint16_t)rd16(n + 4 + k * 2);

			CHECK(c < cnt[CLIP] || c - 65536 == -1 ||
				      c - 65536 == -2,
			      "clipnode %d child %d", i, c);
		}
	}
	CHECK(cnt[LEAFS] > 1 && rd32(lp[LEAFS]) == -2, "leaf 0 must be solid");
	for (i = 0; i < cnt[LEAFS]; i++) {
		const uint8_t *l = lp[LEAFS] + i * 28;
		int fm = (uint16_t)rd16(l + 20), nm = (uint16_t)rd16(l + 22);

		CHECK(rd32(l) < 0, "leaf %d contents must be negative", i);
		CHECK(rd32(l + 4) == -1 || rd32(l + 4) < cnt[VIS],
		      "leaf %d visofs", i);
		CHECK(fm + nm <= cnt[MARKS], "leaf %d marksurfaces", i);
	}
	for (i = 0; i < cnt[MARKS]; i++)
		CHECK((uint16_t)rd16(lp[MARKS] + i * 2) < cnt[FACES],
		      "marksurface %d", i);
	for (i = 0; i < cnt[MODELS]; i++) {
		const uint8_t *m = lp[MODELS] + i * 64;

		CHECK(rd32(m + 36) >= 0 && rd32(m + 36) < cnt[NODES] &&
			      rd32(m + 40) >= 0 && rd32(m + 40) < cnt[CLIP] &&
			      rd32(m + 44) >= 0 && rd32(m + 44) < cnt[CLIP],
		      "model %d head nodes", i);
		CHECK(rd32(m + 56) >= 0 && rd32(m + 60) >= 0 &&
			      rd32(m + 56) + rd32(m + 60) <= cnt[FACES],
		      "model %d faces", i);
	}
	CHECK(cnt[MODELS] >= 1 && rd32(lp[MODELS] + 36) == 0 &&
		      rd32(lp[MODELS] + 52) + 1 <= cnt[LEAFS],
	      "the world must be rooted at node 0 with visleafs in range");
}

static void textures(void)
{
	int n = cnt[TEX] >= 4 ? rd32(lp[TEX]) : 0, i;

	CHECK(n > 0 && 4 + 4 * n <= cnt[TEX], "texture count %d", n);
	for (i = 0; i < n && !failures; i++) {
		int ofs = rd32(lp[TEX] + 4 + i * 4);
		const uint8_t *mt = lp[TEX] + ofs;
		int w, h;

		CHECK(ofs > 0 && ofs + 40 <= cnt[TEX], "miptex %d offset", i);
		if (failures)
			return;
		w = rd32(mt + 16);
		h = rd32(mt + 20);
		CHECK(w > 0 && h > 0 && w % 16 == 0 && h % 16 == 0 &&
			      rd32(mt + 24) == 40 &&
			      ofs + 40 + w * h * 85 / 64 <= cnt[TEX] &&
			      memchr(mt, 0, 16) && mt[0] != '+',
		      "miptex %d (%.16s)", i, (const char *)mt);
	}
	for (i = 0; i < cnt[TEXINFO]; i++)
		CHECK(rd32(lp[TEXINFO] + i * 40 + 32) < n, "texinfo %d", i);
}

int main(int argc, char **argv)
{
	long len;
	uint8_t *p;
	int i, lmin = 255, lmax = 0;

	if (argc < 2 || (argc - 2) % 5) {
		fprintf(stderr,
			"usage: bspcheck MAP [empty|solid HULL X Y Z]...\n");
		return 2;
	}
	p = slurp(argv[1], &len);
	CHECK(len >= 124 && rd32(p) == 29, "not BSP29");
	for (i = 0; i < 15 && !failures; i++) {
		int ofs = rd32(p + 4 + i * 8), l = rd32(p + 8 + i * 8);

		CHECK(ofs >= 124 && l >= 0 && (long)ofs + l <= len &&
			      l % recsize[i] == 0,
		      "lump %d at %d+%d", i, ofs, l);
		lp[i] = p + ofs;
		cnt[i] = l / recsize[i];
	}
	if (failures)
		return 1;
	CHECK(cnt[ENTS] > 0 && lp[ENTS][cnt[ENTS] - 1] == 0 &&
		      strstr((const char *)lp[ENTS], "\"worldspawn\"") &&
		      strstr((const char *)lp[ENTS], "\"worldspawn\"") <
			      strchr((const char *)lp[ENTS], '}'),
	      "the entity text must be NUL-ended and begin with worldspawn");
	textures();
	tree();
	if (!failures)
		faces();
	for (i = 2; i + 4 < argc && !failures; i += 5) {
		float pt[3] = { strtof(argv[i + 2], NULL),
				strtof(argv[i + 3], NULL),
				strtof(argv[i + 4], NULL) };
		int hull = atoi(argv[i + 1]);
		int c = hull_contents(hull, rd32(lp[MODELS] + 36 + hull * 4),
				      pt);

		CHECK(!strcmp(argv[i], "empty") ? c == -1 : c == -2,
		      "hull %d at %g %g %g: contents %d, expected %s", hull,
		      pt[0], pt[1], pt[2], c, argv[i]);
	}
	for (i = 0; i < cnt[LIGHT]; i++) {
		lmin = lp[LIGHT][i] < lmin ? lp[LIGHT][i] : lmin;
		lmax = lp[LIGHT][i] > lmax ? lp[LIGHT][i] : lmax;
	}
	printf("bspcheck: %d planes %d nodes %d leafs %d clipnodes %d faces "
	       "%d models, light %d bytes %d..%d, %s\n",
	       cnt[PLANES], cnt[NODES], cnt[LEAFS], cnt[CLIP], cnt[FACES],
	       cnt[MODELS], cnt[LIGHT], lmin, lmax, failures ? "FAILED" : "ok");
	return failures != 0;
}
