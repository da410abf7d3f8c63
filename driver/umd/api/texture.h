/* Shared by the texture files (tex_*.c): level storage in VRAM and the
 * checks every image call makes.  The GL-wide texture helpers are in
 * ctx.h. */
#ifndef PPGL_TEXTURE_H
#define PPGL_TEXTURE_H

#include "ctx.h"

/* RGBA floats as a card texel (0xAARRGGBB) of the base format given */
uint32_t ppgl_texel(uint32_t base, const float *p);
/* Stores a w x h x d box of RGBA floats at (x, y, z) of level l. */
void ppgl_tex_store_box(struct ctx *c, struct tex_level *l, int x, int y,
			int z, int w, int h, int d, const float *rgba);
/* Tells the card where a level lives. */
void ppgl_tex_send_level(struct ctx *c, struct tex_obj *t, GLenum target,
			 int level);
/* Lets pending draws that read the old texels run before a CPU write. */
void ppgl_tex_sync_before_write(struct ctx *c);
/* (Re)allocates a level's storage; 0 with GL_OUT_OF_MEMORY raised. */
int ppgl_tex_define_level(struct ctx *c, struct tex_obj *t, GLenum target,
			  int level, GLint ifmt, int w, int h, int d);
/* The largest size each target takes. */
int ppgl_tex_max_size(GLenum target);
/* w x h x d RGBA floats from client memory, or NULL with the error raised */
float *ppgl_tex_unpack_box(struct ctx *c, int w, int h, int d, GLenum format,
			   GLenum type, const void *pixels);
/* Whether client data of format/type can make a colour texture; raises
 * the error when not. */
int ppgl_tex_format_ok(struct ctx *c, GLenum format, GLenum type);
/* Stores a whole level's texels (w x h x d, as in VRAM). */
void ppgl_tex_store_texels(struct ctx *c, struct tex_level *l,
			   const uint32_t *texels);
/* GL_GENERATE_MIPMAP from the base level of the image target given;
 * rgba: the whole base level as RGBA floats when the caller has it (no
 * read back from VRAM, so no wait for the card), else NULL. */
void ppgl_tex_gen_mipmaps(struct ctx *c, struct tex_obj *t, GLenum target,
			  const float *rgba);

#endif
