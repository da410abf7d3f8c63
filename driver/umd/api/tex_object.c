/* Texture objects: names, slots on the card, binding to units,
 * priorities and residency. */
#include <stdlib.h>
#include "ctx.h"
#include "dlist.h"

static void tex_defaults(struct tex_obj *t)
{
	int i;

	t->min_filter = GL_NEAREST_MIPMAP_LINEAR;
	t->mag_filter = GL_LINEAR;
	t->wrap_s = t->wrap_t = t->wrap_r = GL_REPEAT;
	t->min_lod = -1000;
	t->max_lod = 1000;
	t->max_level = 1000;
	t->priority = 1;
	for (i = 0; i < MAX_LEVELS; i++) {
		int f;

		t->lv[i].off = ~0u;
		for (f = 0; f < 5; f++)
			t->face[f][i].off = ~0u;
	}
}

static struct tex_obj *tex_new(struct ctx *c, GLuint name, uint32_t slot)
{
	struct tex_obj *t = calloc(1, sizeof(*t));

	if (!t)
		return NULL;
	t->name = name;
	t->slot = slot;
	tex_defaults(t);
	c->tex[slot] = t;
	return t;
}

void ppgl_tex_init(struct ctx *c)
{
	tex_new(c, 0, 0)->target = GL_TEXTURE_2D;
	tex_new(c, 0, 1)->target = GL_TEXTURE_1D;
	tex_new(c, 0, SLOT_DEFAULT_3D)->target = GL_TEXTURE_3D;
	tex_new(c, 0, SLOT_DEFAULT_CUBE)->target = GL_TEXTURE_CUBE_MAP;
	c->next_tex_name = 2;
}

static void tex_free_levels(struct ctx *c, struct tex_obj *t)
{
	int i, f;

	for (f = 0; f < 6; f++)
		for (i = 0; i < MAX_LEVELS; i++) {
			struct tex_level *l = f ? &t->face[f - 1][i] : &t->lv[i];

			if (l->off != ~0u) {
				ppgl_vram_free(c, l->off);
				l->off = ~0u;
			}
		}
}

/* 0 .. 5 for GL_TEXTURE_CUBE_MAP_POSITIVE_X .. NEGATIVE_Z, else -1 */
int ppgl_cube_face(GLenum target)
{
	if (target >= GL_TEXTURE_CUBE_MAP_POSITIVE_X &&
	    target <= GL_TEXTURE_CUBE_MAP_NEGATIVE_Z)
		return (int)(target - GL_TEXTURE_CUBE_MAP_POSITIVE_X);
	return -1;
}

/* The level an image target names: a cube face's, or the texture's. */
struct tex_level *ppgl_tex_level(struct tex_obj *t, GLenum target, int level)
{
	int f = ppgl_cube_face(target);

	return f > 0 ? &t->face[f - 1][level] : &t->lv[level];
}

void ppgl_tex_fini(struct ctx *c)
{
	int i;

	for (i = 0; i < MAX_SLOTS; i++)
		if (c->tex[i]) {
			tex_free_levels(c, c->tex[i]);
			free(c->tex[i]);
			c->tex[i] = NULL;
		}
}

/* Named objects live in slots 2 and up; name n prefers slot n. */
struct tex_obj *ppgl_tex_lookup(struct ctx *c, GLuint name, GLenum target,
				int create)
{
	uint32_t i;

	if (name == 0)
		return c->tex[target == GL_TEXTURE_1D ? 1 :
			      target == GL_TEXTURE_3D ? SLOT_DEFAULT_3D :
			      target == GL_TEXTURE_CUBE_MAP ? SLOT_DEFAULT_CUBE : 0];
	if (name < SLOT_DEFAULT_3D && c->tex[name] && c->tex[name]->name == name)
		return c->tex[name];
	for (i = 2; i < SLOT_DEFAULT_3D; i++)
		if (c->tex[i] && c->tex[i]->name == name)
			return c->tex[i];
	if (!create)
		return NULL;
	if (name < SLOT_DEFAULT_3D && !c->tex[name])
		return tex_new(c, name, name);
	for (i = 2; i < SLOT_DEFAULT_3D; i++)
		if (!c->tex[i])
			return tex_new(c, name, i);
	return NULL;
}

/* Every texture target of a unit, in the order the card is told them. */
static const GLenum bind_targets[] = {
	GL_TEXTURE_1D, GL_TEXTURE_2D, GL_TEXTURE_3D, GL_TEXTURE_CUBE_MAP,
};

static GLuint bound_name(const struct unit_state *u, GLenum target)
{
	return target == GL_TEXTURE_1D ? u->bound1d :
	       target == GL_TEXTURE_2D ? u->bound2d :
	       target == GL_TEXTURE_3D ? u->bound3d : u->boundcube;
}

/* Tells the card which slot each target of the unit is bound to. */
void ppgl_send_bindings(struct ctx *c, int unit)
{
	unsigned int k;

	for (k = 0; k < sizeof(bind_targets) / sizeof(bind_targets[0]); k++) {
		GLenum tg = bind_targets[k];

		ppgl_cmd_u(c, PP_CLASS_TEXTURE, PP_TEX_BIND, 3, (uint32_t)unit,
			   tg, ppgl_tex_lookup(c, bound_name(&c->s.unit[unit], tg),
					       tg, 1)->slot);
	}
}

struct tex_obj *ppgl_bound_tex(struct ctx *c, GLenum target)
{
	struct unit_state *u = &c->s.unit[c->s.active_unit];

	if (ppgl_cube_face(target) >= 0)
		target = GL_TEXTURE_CUBE_MAP;	/* a face is its cube's */
	if (target != GL_TEXTURE_1D && target != GL_TEXTURE_2D &&
	    target != GL_TEXTURE_3D && target != GL_TEXTURE_CUBE_MAP)
		return NULL;
	return ppgl_tex_lookup(c, bound_name(u, target), target, 1);
}

void glGenTextures(GLsizei n, GLuint *names)
{
	CTX;
	GLsizei i;

	if (n < 0) {
		ppgl_error(C, GL_INVALID_VALUE);
		return;
	}
	for (i = 0; i < n; i++) {
		GLuint name = C->next_tex_name;

		/* skip names in use */
		while (ppgl_tex_lookup(C, name, GL_TEXTURE_2D, 0))
			name++;
		names[i] = name;
		C->next_tex_name = name + 1;
		/* reserve the name */
		ppgl_tex_lookup(C, name, GL_TEXTURE_2D, 1);
	}
}

void glGenTexturesEXT(GLsizei n, GLuint *names) { glGenTextures(n, names); }

GLboolean glIsTexture(GLuint name)
{
	CTX;
	struct tex_obj *t;

	if (!name)
		return GL_FALSE;
	t = ppgl_tex_lookup(C, name, GL_TEXTURE_2D, 0);
	return t && t->target != 0;
}

void glDeleteTextures(GLsizei n, const GLuint *names)
{
	CTX;
	GLsizei i;
	int u;

	if (n < 0) {
		ppgl_error(C, GL_INVALID_VALUE);
		return;
	}
	for (i = 0; i < n; i++) {
		struct tex_obj *t;

		if (!names[i])
			continue;
		t = ppgl_tex_lookup(C, names[i], GL_TEXTURE_2D, 0);
		if (!t)
			continue;
		for (u = 0; u < NUNITS; u++) {
			if (C->s.unit[u].bound1d == names[i])
				C->s.unit[u].bound1d = 0;
			if (C->s.unit[u].bound2d == names[i])
				C->s.unit[u].bound2d = 0;
			if (C->s.unit[u].bound3d == names[i])
				C->s.unit[u].bound3d = 0;
			if (C->s.unit[u].boundcube == names[i])
				C->s.unit[u].boundcube = 0;
		}
		ppgl_cmd_u(C, PP_CLASS_TEXTURE, PP_TEX_DELETE, 1, t->slot);
		for (u = 0; u < NUNITS; u++)
			ppgl_send_bindings(C, u);
		/* the card reuses slots only after the delete is executed,
		 * which command order guarantees */
		tex_free_levels(C, t);
		C->tex[t->slot] = NULL;
		free(t);
	}
}

void glDeleteTexturesEXT(GLsizei n, const GLuint *names)
{
	glDeleteTextures(n, names);
}

void glBindTexture(GLenum target, GLuint name)
{
	CTX;
	struct unit_state *u = &C->s.unit[C->s.active_unit];
	struct tex_obj *t;

	DL_REC(C, DL_BindTexture, U(target), U(name));
	NOT_IN_BEGIN(C);
	if (target != GL_TEXTURE_1D && target != GL_TEXTURE_2D &&
	    target != GL_TEXTURE_3D && target != GL_TEXTURE_CUBE_MAP) {
		ppgl_error(C, GL_INVALID_ENUM);
		return;
	}
	t = ppgl_tex_lookup(C, name, target, 1);
	if (!t) {
		ppgl_error(C, GL_OUT_OF_MEMORY);
		return;
	}
	if (name && t->target && t->target != target) {
		ppgl_error(C, GL_INVALID_OPERATION);
		return;
	}
	if (!t->target) {
		t->target = target;
		ppgl_tex_send_params(C, t);
	}
	if (target == GL_TEXTURE_1D)
		u->bound1d = name;
	else if (target == GL_TEXTURE_2D)
		u->bound2d = name;
	else if (target == GL_TEXTURE_3D)
		u->bound3d = name;
	else
		u->boundcube = name;
	ppgl_cmd_u(C, PP_CLASS_TEXTURE, PP_TEX_BIND, 3,
		   (uint32_t)C->s.active_unit, target, t->slot);
}

void glBindTextureEXT(GLenum target, GLuint name) { glBindTexture(target, name); }

void glActiveTexture(GLenum unit)
{
	CTX;
	DL_REC(C, DL_ActiveTexture, U(unit));
	if (unit < GL_TEXTURE0 || unit >= GL_TEXTURE0 + NUNITS) {
		ppgl_error(C, GL_INVALID_ENUM);
		return;
	}
	C->s.active_unit = (GLint)(unit - GL_TEXTURE0);
}

void glActiveTextureARB(GLenum unit) { glActiveTexture(unit); }

void glPrioritizeTextures(GLsizei n, const GLuint *names, const GLclampf *p)
{
	CTX;
	GLsizei i;

	for (i = 0; i < n; i++) {
		struct tex_obj *t = ppgl_tex_lookup(C, names[i], GL_TEXTURE_2D, 0);

		if (t)
			t->priority = p[i] < 0 ? 0 : p[i] > 1 ? 1 : p[i];
	}
}

GLboolean glAreTexturesResident(GLsizei n, const GLuint *names,
				GLboolean *res)
{
	GLsizei i;

	for (i = 0; i < n; i++)
		res[i] = GL_TRUE;
	(void)names;
	return GL_TRUE;
}
