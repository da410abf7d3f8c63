/* The map text format (see assets/README.md):
 *   entity CLASSNAME ... end   blocks; inside:
 *   KEY "VALUE"                an entity key
 *   brush X0 Y0 Z0 X1 Y1 Z1 TEXTURE   an axis-aligned box
 * '#' starts a comment. The first entity must be worldspawn. */
#include "qbsp.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int tex_index(struct map *m, const char *name)
{
	int i;

	for (i = 0; i < m->ntex; i++)
		if (!strcmp(m->tex[i], name))
			return i;
	if (m->ntex == MAXTEX || strlen(name) > 15)
		die("qbsp: too many textures or name too long: %s", name);
	snprintf(m->tex[m->ntex], sizeof(m->tex[0]), "%s", name);
	return m->ntex++;
}

static void setkey(struct entity *e, const char *k, const char *v)
{
	if (e->nkeys == MAXKEYS)
		die("qbsp: too many keys");
	snprintf(e->key[e->nkeys], sizeof(e->key[0]), "%s", k);
	snprintf(e->val[e->nkeys], sizeof(e->val[0]), "%s", v);
	e->nkeys++;
}

void map_read(struct map *m, const char *path)
{
	FILE *f = fopen(path, "r");
	char line[512], word[64], tex[64];
	struct entity *e = NULL;
	int lineno = 0;

	if (!f)
		die("qbsp: cannot open %s", path);
	memset(m, 0, sizeof(*m));
	while (fgets(line, sizeof(line), f)) {
		char *p = line, *q;
		struct brush *b;

		lineno++;
		if ((q = strchr(p, '#')))
			*q = 0;
		if (sscanf(p, "%63s", word) != 1)
			continue;
		if (!strcmp(word, "entity")) {
			if (e || m->nent == MAXENTS ||
			    sscanf(p, "%*s %63s", word) != 1)
				die("%s:%d: bad entity", path, lineno);
			e = &m->ent[m->nent++];
			setkey(e, "classname", word);
			e->first = m->nbrush;
		} else if (!strcmp(word, "end")) {
			if (!e)
				die("%s:%d: end without entity", path, lineno);
			e = NULL;
		} else if (!strcmp(word, "brush")) {
			if (!e || m->nbrush == MAXBRUSH)
				die("%s:%d: bad brush", path, lineno);
			b = &m->brush[m->nbrush];
			if (sscanf(p, "%*s %f %f %f %f %f %f %63s", &b->mn[0],
				   &b->mn[1], &b->mn[2], &b->mx[0], &b->mx[1],
				   &b->mx[2], tex) != 7 ||
			    b->mn[0] >= b->mx[0] || b->mn[1] >= b->mx[1] ||
			    b->mn[2] >= b->mx[2])
				die("%s:%d: bad brush", path, lineno);
			b->tex = tex_index(m, tex);
			m->nbrush++;
			e->nbrush++;
		} else {
			char *v = strchr(p, '"'),
			     *ve = v ? strrchr(v + 1, '"') : NULL;

			if (!e || !ve)
				die("%s:%d: expected KEY \"VALUE\"", path,
				    lineno);
			*ve = 0;
			setkey(e, word, v + 1);
		}
	}
	fclose(f);
	if (e || !m->nent ||
	    strcmp(ent_get(&m->ent[0], "classname"), "worldspawn"))
		die("%s: the first entity must be a closed worldspawn", path);
}

const char *ent_get(const struct entity *e, const char *key)
{
	int i;

	for (i = 0; i < e->nkeys; i++)
		if (!strcmp(e->key[i], key))
			return e->val[i];
	return "";
}

int ent_vec(const struct entity *e, const char *key, float v[3])
{
	return sscanf(ent_get(e, key), "%f %f %f", &v[0], &v[1], &v[2]) == 3;
}
