/* The ProtoPCIem GL engine: the card's fixed-function OpenGL 1.x pipeline.
 *
 * The command processor validates the ring and calls these functions; the
 * engine validates every value again (it is the last line of defence: any
 * input gives an error code, never an out-of-bounds access).  Enumerants
 * are OpenGL's, as the programming manual specifies.
 *
 * Buffers live in VRAM: colour is ARGB8888 (0xAARRGGBB), depth/stencil is
 * D24S8 packed as depth << 8 | stencil, both stored top row first as the
 * display engine scans them out; GL's y axis points up.
 */
#ifndef PG_H
#define PG_H

#include <stddef.h>
#include <stdint.h>
#include <GL/gl.h>
#include <GL/glext.h>

#define PG_MAX_LIGHTS 8
#define PG_MAX_UNITS 2
#define PG_MAX_CLIP_PLANES 6
#define PG_MAX_TEXTURES 4096
#define PG_MAX_LEVELS 13
#define PG_MAX_SIZE 4096	/* render target and texture edge */

/* Error codes, as ERR_STATUS reports them (SPEC.md section 6). */
enum pg_err {
	PG_OK = 0,
	PG_ERR_RANGE = 3,	/* VRAM offset or size out of range */
	PG_ERR_STATE = 5,	/* value out of range for a state command */
	PG_ABORTED = 0x100,	/* stopped early by the abort flag */
};

/* Vertex attributes present in a DRAW batch, in this order after the
 * position (4 floats, always present). */
enum pg_vfmt {
	PG_V_COLOR = 1 << 0,	/* 4 floats */
	PG_V_NORMAL = 1 << 1,	/* 3 floats */
	PG_V_TEX0 = 1 << 2,	/* 4 floats */
	PG_V_TEX1 = 1 << 3,	/* 4 floats */
	PG_V_SECONDARY = 1 << 4,	/* 4 floats */
	PG_V_FOG = 1 << 5,	/* 1 float */
	PG_V_EDGE = 1 << 6,	/* 1 dword, 0 or 1 */
	PG_V_ALL = (1 << 7) - 1,
};

struct pg_engine;

struct pg_engine *pg_create(uint8_t *vram, size_t vram_size);
void pg_destroy(struct pg_engine *e);
void pg_reset(struct pg_engine *e);
/* While *flag is non-zero, long operations (draws, clears, pixel
 * rectangles) stop between primitives or rows and return PG_ABORTED, so
 * an engine reset does not wait for them.  NULL: never. */
void pg_set_abort(struct pg_engine *e, const int *flag);

/* Render target.  Offsets in VRAM; stride in bytes. depth_off ~0 = none. */
int pg_set_target(struct pg_engine *e, uint32_t color_off, uint32_t color_stride,
		  uint32_t depth_off, uint32_t depth_stride,
		  uint32_t width, uint32_t height);

/* State (class 1). */
int pg_enable(struct pg_engine *e, uint32_t cap, uint32_t index, uint32_t on);
int pg_blend_func(struct pg_engine *e, uint32_t src_rgb, uint32_t dst_rgb,
		  uint32_t src_a, uint32_t dst_a);
int pg_blend_equation(struct pg_engine *e, uint32_t rgb, uint32_t a);
int pg_blend_color(struct pg_engine *e, const float c[4]);
int pg_depth_func(struct pg_engine *e, uint32_t func);
int pg_depth_mask(struct pg_engine *e, uint32_t on);
int pg_depth_range(struct pg_engine *e, float n, float f);
int pg_alpha_func(struct pg_engine *e, uint32_t func, float ref);
int pg_stencil_func(struct pg_engine *e, uint32_t func, uint32_t ref,
		    uint32_t mask);
int pg_stencil_op(struct pg_engine *e, uint32_t fail, uint32_t zfail,
		  uint32_t zpass);
int pg_stencil_mask(struct pg_engine *e, uint32_t mask);
int pg_color_mask(struct pg_engine *e, uint32_t r, uint32_t g, uint32_t b,
		  uint32_t a);
int pg_cull_face(struct pg_engine *e, uint32_t mode);
int pg_front_face(struct pg_engine *e, uint32_t mode);
int pg_polygon_mode(struct pg_engine *e, uint32_t front, uint32_t back);
int pg_polygon_offset(struct pg_engine *e, float factor, float units);
int pg_shade_model(struct pg_engine *e, uint32_t mode);
int pg_scissor(struct pg_engine *e, int32_t x, int32_t y, int32_t w, int32_t h);
int pg_viewport(struct pg_engine *e, int32_t x, int32_t y, int32_t w, int32_t h);
int pg_clear_color(struct pg_engine *e, const float c[4]);
int pg_clear_depth(struct pg_engine *e, float d);
int pg_clear_stencil(struct pg_engine *e, uint32_t s);
int pg_fog(struct pg_engine *e, uint32_t mode, float density, float start,
	   float end, const float color[4]);
int pg_logic_op(struct pg_engine *e, uint32_t op);
int pg_point_size(struct pg_engine *e, float size);
int pg_line_width(struct pg_engine *e, float width);
int pg_line_stipple(struct pg_engine *e, uint32_t factor, uint32_t pattern);
int pg_polygon_stipple(struct pg_engine *e, const uint32_t rows[32]);
int pg_clip_plane(struct pg_engine *e, uint32_t i, const float eq[4]);
int pg_texgen(struct pg_engine *e, uint32_t unit, uint32_t coord,
	      uint32_t mode, const float obj[4], const float eye[4]);
int pg_current(struct pg_engine *e, uint32_t fmt_bit, const float v[4]);

/* Matrices (class 2): mode GL_MODELVIEW, GL_PROJECTION or GL_TEXTURE. */
int pg_load_matrix(struct pg_engine *e, uint32_t mode, uint32_t unit,
		   const float m[16]);

/* Lighting (class 3). Positions and directions are in eye coordinates. */
int pg_light(struct pg_engine *e, uint32_t light, uint32_t pname,
	     const float v[4]);
int pg_material(struct pg_engine *e, uint32_t face, uint32_t pname,
		const float v[4]);
int pg_light_model(struct pg_engine *e, uint32_t pname, const float v[4]);
int pg_color_material(struct pg_engine *e, uint32_t face, uint32_t mode);

/* Textures (class 4).  Texels are ARGB8888 in VRAM, rows bottom first;
 * base is the GL base internal format (what texture environments see). */
int pg_tex_image(struct pg_engine *e, uint32_t tex, uint32_t level,
		 uint32_t base, uint32_t offset, uint32_t w, uint32_t h);
/* Any level: target GL_TEXTURE_1D/2D (depth 1), GL_TEXTURE_3D or a
 * GL_TEXTURE_CUBE_MAP_POSITIVE_X + i face; the texels of a 3D level are
 * its slices one after the other. */
int pg_tex_image_ex(struct pg_engine *e, uint32_t tex, uint32_t target,
		    uint32_t level, uint32_t base, uint32_t offset, uint32_t w,
		    uint32_t h, uint32_t d);
int pg_tex_param(struct pg_engine *e, uint32_t tex, uint32_t pname,
		 const float v[4]);
int pg_tex_delete(struct pg_engine *e, uint32_t tex);
int pg_bind_texture(struct pg_engine *e, uint32_t unit, uint32_t target,
		    uint32_t tex);
int pg_tex_env(struct pg_engine *e, uint32_t unit, uint32_t pname,
	       const float v[4]);

/* Drawing (class 5). */
int pg_clear(struct pg_engine *e, uint32_t mask);
int pg_draw(struct pg_engine *e, uint32_t prim, uint32_t fmt, uint32_t count,
	    const uint32_t *data, size_t ndwords);
/* Window-space pixel rectangle from host memory (RGBA8 rows bottom first)
 * at (x, y, z) with zoom; pixels go through the fragment pipeline. */
int pg_draw_pixels(struct pg_engine *e, float x, float y, float z,
		   const float color_tex[4], uint32_t w, uint32_t h,
		   float zx, float zy, const uint8_t *rgba, uint32_t kind);
/* Reads the target: kind GL_RGBA (4 bytes R,G,B,A), GL_DEPTH_COMPONENT
 * (uint32 depth scaled to 0..2^32-1) or GL_STENCIL_INDEX (1 byte). */
int pg_read_pixels(struct pg_engine *e, int32_t x, int32_t y, uint32_t w,
		   uint32_t h, uint32_t kind, uint8_t *out, size_t out_size);
int pg_copy_pixels(struct pg_engine *e, int32_t sx, int32_t sy, uint32_t w,
		   uint32_t h, float dx, float dy, float z, float zx, float zy,
		   uint32_t kind);
/* Feedback (GL 1.x 5.3): type GL_2D .. GL_4D_COLOR_TEXTURE starts it with
 * a buffer at VRAM offset off (a status dword, then size floats), ending
 * the one before; GL_RENDER (off and size 0) ends it.  The status is the
 * number of floats written, bit 31 set when some did not fit. */
int pg_feedback(struct pg_engine *e, uint32_t type, uint32_t off,
		uint32_t size);
int pg_feedback_on(const struct pg_engine *e);
/* Appends GL_PASS_THROUGH_TOKEN and v[0], or a bitmap, draw-pixel or
 * copy-pixel token and the raster position: window x, y, z, w, colour,
 * texture coordinates (12 floats).  Nothing outside feedback mode. */
int pg_feedback_token(struct pg_engine *e, uint32_t token, const float v[12]);
/* Copies a colour-buffer rectangle into a texture level. */
int pg_copy_tex(struct pg_engine *e, uint32_t tex, uint32_t level,
		int32_t xoff, int32_t yoff, int32_t x, int32_t y,
		uint32_t w, uint32_t h);

#endif
