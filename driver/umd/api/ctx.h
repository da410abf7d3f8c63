/* The GL driver's context: the shadow of all GL state (what glGet answers
 * and glPushAttrib saves), the command buffer and the client arrays. */
#ifndef PPGL_CTX_H
#define PPGL_CTX_H

#define GL_GLEXT_PROTOTYPES 1
#include <GL/gl.h>
#include <GL/glext.h>
#include <stddef.h>
#include <stdint.h>
#include "transport.h"
#include "winsys.h"	/* context.c defines what it declares */
#include "dirty_state.h"
#include <protopciem/cmd.h>
#include "gl/mat4.h"

#define NUNITS 2
#define NLIGHTS 8
#define NPLANES 6
#define MAX_LEVELS 13
#define MAX_TEX_SIZE 4096
#define MV_DEPTH 32
#define PROJ_DEPTH 32
#define TEX_DEPTH 10
#define ATTRIB_DEPTH 16
#define MAX_SLOTS 4096
#define MAX_NAME_STACK 64
#define CMDBUF_DW (1u << 16)
#define CMDBUF_RELOCS 4096	/* address dwords per submission */
#define MAX_LIST_NESTING 64
#define MAX_EVAL_ORDER 30	/* Mesa's: programs written for it fit */
#define NMAPS 9		/* GL_MAPn_COLOR_4 .. GL_MAPn_VERTEX_4, enum order */

struct tex_level {
	int w, h, d;		/* d: slices of a 3D level, else 1 */
	GLenum ifmt;		/* internal format as requested */
	uint32_t off;		/* VRAM offset, ~0 = none */
	uint32_t size;
};

struct tex_obj {
	GLuint name;
	uint32_t slot;
	GLenum target;		/* 0 until first bound */
	uint32_t base;		/* base internal format */
	struct tex_level lv[MAX_LEVELS];	/* also cube face +X */
	struct tex_level face[5][MAX_LEVELS];	/* cube faces -X .. -Z */
	GLenum min_filter, mag_filter, wrap_s, wrap_t, wrap_r;
	GLfloat border[4], min_lod, max_lod, priority;
	GLint base_level, max_level;
	GLboolean generate_mipmap;
};

struct unit_state {
	GLboolean e1d, e2d, e3d, ecube, gen[4];
	GLuint bound1d, bound2d, bound3d, boundcube;	/* names */
	GLenum env_mode;
	GLfloat env_color[4];
	GLenum comb_rgb, comb_a, src_rgb[3], src_a[3], op_rgb[3], op_a[3];
	GLfloat scale_rgb, scale_a;
	GLenum gen_mode[4];
	GLfloat gen_obj[4][4], gen_eye[4][4];	/* eye as given (object) */
};

struct light_state {
	GLboolean on;
	GLfloat ambient[4], diffuse[4], specular[4], position[4];
	GLfloat spot_dir[3], spot_exp, spot_cutoff, att[3];
};

struct material_state {
	GLfloat ambient[4], diffuse[4], specular[4], emission[4], shininess;
};

/* The ten glPixelMap tables in GL_PIXEL_MAP_I_TO_I .. A_TO_A enum order
 * (pixel_map.c).  No attribute group has them (the spec's state tables
 * list them under "-"), so they live beside the pushed state. */
#define NPIXMAPS 10
#define MAX_PIXEL_MAP 256
struct pixel_maps {
	GLint size[NPIXMAPS];
	GLfloat v[NPIXMAPS][MAX_PIXEL_MAP];
};

/* Server state: what glPushAttrib saves, grouped by nothing in particular;
 * push copies the whole struct and pop restores the requested groups. */
struct gl_state {
	/* enables */
	GLboolean alpha_test, blend, cull, depth_test, dither, fog, lighting;
	/* GL 1.3 multisample: kept and answered, with no sample buffers */
	GLboolean multisample, sample_a2c, sample_a1, sample_cov, sample_inv;
	GLfloat sample_cov_value;
	GLboolean line_stipple, logic_op, normalize, rescale_normal;
	GLboolean color_material, poly_offset_fill, poly_offset_line;
	GLboolean poly_offset_point, poly_stipple, scissor_test, stencil_test;
	GLboolean point_smooth, line_smooth, polygon_smooth, auto_normal;
	GLboolean clip[NPLANES];
	/* colour buffer */
	GLenum alpha_func;
	GLfloat alpha_ref;
	GLenum blend_src_rgb, blend_dst_rgb, blend_src_a, blend_dst_a;
	GLenum blend_eq_rgb, blend_eq_a;
	GLfloat blend_color[4];
	GLenum logic;
	GLboolean cmask[4];
	GLfloat clear_color[4];
	GLenum draw_buffer, read_buffer;
	/* depth / stencil */
	GLenum depth_func;
	GLboolean depth_mask;
	GLfloat depth_range[2], clear_depth;
	GLenum stencil_func, stencil_fail, stencil_zfail, stencil_zpass;
	GLint stencil_ref, clear_stencil;
	GLuint stencil_vmask, stencil_wmask;
	/* polygon / line / point */
	GLenum cull_mode, front_face, poly_mode[2], shade_model;
	GLfloat offset_factor, offset_units;
	GLfloat point_size, line_width;
	GLint stipple_factor;
	GLushort stipple_pattern;
	GLubyte poly_stipple_bits[128];
	/* viewport / scissor */
	GLint viewport[4], scissor[4];
	/* fog */
	GLenum fog_mode;
	GLfloat fog_density, fog_start, fog_end, fog_color[4], fog_index;
	/* lighting */
	struct light_state light[NLIGHTS];
	struct material_state mat[2];
	GLfloat lm_ambient[4];
	GLboolean lm_local, lm_two_side;
	GLenum lm_color_control, cm_face, cm_mode;
	GLfloat clip_plane[NPLANES][4];	/* eye coordinates */
	/* texture */
	GLint active_unit;
	struct unit_state unit[NUNITS];
	GLenum matrix_mode;
	/* current */
	GLfloat color[4], normal[3], tex[NUNITS][4], secondary[4], fogcoord;
	GLboolean edge;
	GLfloat raster_pos[4], raster_color[4], raster_tex[4];
	GLfloat raster_distance;
	GLboolean raster_valid;
	GLfloat current_index;
	/* pixel transfer */
	GLfloat zoom[2];
	GLfloat scale[4], bias[4], depth_scale, depth_bias;
	GLboolean map_color, map_stencil;
	GLint index_shift, index_offset;
	/* hints */
	GLenum hint_persp, hint_point, hint_line, hint_poly, hint_fog,
	       hint_mipmap, compression_hint;
	GLfloat accum_clear[4];
	GLint list_base;
	/* evaluators (GL_EVAL_BIT): map enables by cap - GL_MAPn_COLOR_4,
	 * the grids of glMapGrid1 and glMapGrid2 */
	GLboolean map1[NMAPS], map2[NMAPS];
	GLint grid1_n, grid2_n[2];
	GLfloat grid1[2], grid2[4];	/* u1 u2, then v1 v2 */
};

struct pixel_store {
	GLint row_length, skip_rows, skip_pixels, alignment, image_height,
	      skip_images;
	GLboolean swap_bytes, lsb_first;
};

struct client_array {
	GLboolean enabled;
	GLint size;
	GLenum type;
	GLsizei stride;
	const GLvoid *ptr;
};

struct client_state {
	struct pixel_store pack, unpack;
	struct client_array vertex, normal, color, index, edge, fog, secondary;
	struct client_array texcoord[NUNITS];
	GLint client_unit;
};

struct attrib_entry {
	GLbitfield mask;
	struct gl_state s;
	GLuint bound1d[NUNITS], bound2d[NUNITS], bound3d[NUNITS],
	       boundcube[NUNITS];
	/* parameters of the bound textures for GL_TEXTURE_BIT */
	struct tex_obj tex1d[NUNITS], tex2d[NUNITS], tex3d[NUNITS],
		       texcube[NUNITS];
};

struct client_attrib_entry {
	GLbitfield mask;
	struct client_state c;
};

struct dlist {
	GLuint name;
	uint8_t *data;
	size_t len, cap;
};

/* An evaluator map: control point (i, j) of k floats at
 * pts[(i * vorder + j) * k]; 1D maps have vorder 1.  The maps are not
 * part of any attribute group, so they live beside the pushed state. */
struct eval_map1 {
	GLint order;
	GLfloat u1, u2;
	GLfloat pts[MAX_EVAL_ORDER * 4];
};

struct eval_map2 {
	GLint uorder, vorder;
	GLfloat u1, u2, v1, v2;
	GLfloat pts[MAX_EVAL_ORDER * MAX_EVAL_ORDER * 4];
};

struct vram_block;

struct ctx {
	struct ppgl_transport *t;
	GLenum error;
	struct gl_state s;
	struct client_state c;

	/* matrices */
	GLfloat mv[MV_DEPTH][16], proj[PROJ_DEPTH][16];
	GLfloat texm[NUNITS][TEX_DEPTH][16];
	int mv_top, proj_top, tex_top[NUNITS];

	struct attrib_entry attrib[ATTRIB_DEPTH];
	int attrib_top;
	struct client_attrib_entry cattrib[ATTRIB_DEPTH];
	int cattrib_top;

	/* textures: objects by slot; slot 0 = default 2D, 1 = default 1D */
	/* selection (select.c) */
	GLenum render_mode;
	GLuint *sel_buf;
	GLsizei sel_size;
	GLuint sel_pos;
	GLint sel_hits;
	GLboolean sel_overflow, sel_hit;
	GLfloat sel_zmin, sel_zmax;
	GLuint names[MAX_NAME_STACK];
	int name_top;
	/* feedback (feedback.c) */
	GLfloat *fb_buf;
	GLsizei fb_size;
	GLenum fb_type;
	uint32_t fb_vram;	/* the card's buffer while in feedback mode */
	struct tex_obj *tex[MAX_SLOTS];
	/* answers of proxy 1D, 2D, 3D and cube-map images */
	struct tex_level proxy[4][MAX_LEVELS];
	GLuint next_tex_name;

	/* display lists */
	struct dlist *lists;
	size_t nlists;
	GLuint next_list;	/* glGenLists hands out names above all used */
	GLuint list_compiling;	/* name, 0 = none */
	GLenum list_mode;
	struct dlist *cur_list;
	int list_depth;

	struct pixel_maps pmap;

	/* evaluator maps by target - GL_MAPn_COLOR_4 (eval.c) */
	struct eval_map1 map1[NMAPS];
	struct eval_map2 map2[NMAPS];

	/* immediate mode */
	GLboolean in_begin;
	GLenum prim;
	float *imm;		/* vertices, IMM_FLOATS each */
	size_t imm_n, imm_cap;
	GLboolean locked;
	GLint lock_first, lock_count;

	/* command buffer */
	uint32_t cmd[CMDBUF_DW];
	size_t ncmd;
	struct ppgl_reloc reloc[CMDBUF_RELOCS];
	size_t nreloc;
	struct ppgl_dirty dirty;

	/* surfaces */
	int width, height;
	uint32_t color_off, depth_off, pitch;
	struct vram_block *vram;
	/* allocations freed while commands in cmd[] may still name them:
	 * released after those commands are submitted */
	uint32_t *vram_dead;
	size_t ndead, dead_cap;
};

/* vertex layout of the immediate buffer */
#define IMM_FLOATS 25	/* pos 4, colour 4, normal 3, tex0 4, tex1 4,
			   secondary 4, fog 1, edge 1 */

/* initial-exec: the current context is read by every GL call, and a
 * general-dynamic TLS access would call __tls_get_addr each time */
extern __thread struct ctx *ppgl_cur __attribute__((tls_model("initial-exec")));
#define CTX struct ctx *C = ppgl_cur

/* Most calls are errors between glBegin and glEnd. */
#define NOT_IN_BEGIN(C)							\
	do {								\
		if ((C)->in_begin) {					\
			ppgl_error(C, GL_INVALID_OPERATION);		\
			return;						\
		}							\
	} while (0)

/* errors and commands (cmd.c) */
void ppgl_error(struct ctx *c, GLenum e);
uint32_t *ppgl_cmd(struct ctx *c, uint32_t cls, uint32_t op, uint32_t len);
void ppgl_send_target(struct ctx *c);
uint32_t *ppgl_cmd_u(struct ctx *c, uint32_t cls, uint32_t op, int n, ...);
/* Marks a payload dword of the command being built as an address. */
void ppgl_reloc(struct ctx *c, const uint32_t *field,
		enum ppgl_reloc_kind kind);
void ppgl_cmd_f(struct ctx *c, uint32_t cls, uint32_t op, int nu,
		const uint32_t *u, int nf, const float *f);
void ppgl_flush(struct ctx *c);
int ppgl_finish(struct ctx *c);
/* state kept dirty until a command needs it (dirty_state.c) */
uint32_t *ppgl_dirty_stage(struct ctx *c, uint32_t cls, uint32_t op,
			   uint32_t len);
void ppgl_dirty_commit(struct ctx *c);
void ppgl_dirty_emit(struct ctx *c);
/* The card lost or reset the state: send everything again. */
void ppgl_dirty_forget(struct ctx *c);
static inline uint32_t fbits(float f)
{
	union { float f; uint32_t u; } x = { .f = f };

	return x.u;
}

/* vram.c */
uint32_t ppgl_vram_alloc(struct ctx *c, uint32_t size);
void ppgl_vram_free(struct ctx *c, uint32_t off);
void ppgl_vram_fini(struct ctx *c);
/* Where the CPU writes bytes (at most PPGL_STAGE_MAX) that land at VRAM
 * offset off, in command order: staging memory and an UPLOAD when the
 * transport stages writes, else VRAM itself, which the caller has
 * drained with ppgl_finish (ppgl_vram_staged says which). */
uint8_t *ppgl_vram_write(struct ctx *c, uint32_t off, uint32_t bytes);
int ppgl_vram_staged(struct ctx *c);

/* matrix.c; the arithmetic is the engine's (card/gl/matrix.c) */
GLfloat *ppgl_top(struct ctx *c, GLenum mode);
void ppgl_send_matrix(struct ctx *c, GLenum mode, int unit);

/* state.c, enable.c, lighting.c; attrib.c sends it all again */
void ppgl_state_init(struct ctx *c);
void ppgl_send_all_state(struct ctx *c);
void ppgl_set_enable(struct ctx *c, GLenum cap, GLboolean on);
void ppgl_track_color(struct ctx *c);
void ppgl_send_fog(struct ctx *c);
void ppgl_send_stipple(struct ctx *c);

/* arrays.c: whether a client array capability is on (0 with *known 0
 * when cap is none) */
GLboolean ppgl_client_enabled(struct ctx *c, GLenum cap, int *known);

/* vertex.c */
void ppgl_emit_vertices(struct ctx *c, GLenum prim, const float *v,
			size_t n);
void ppgl_imm_vertex(struct ctx *c, const float pos[4]);

/* eval.c */
void ppgl_eval_init(struct ctx *c);

/* textures: objects and binding (tex_object.c), images (tex_image.c),
 * parameters (tex_param.c), environments (tex_env.c), coordinate
 * generation (tex_gen.c); what only those files share is in texture.h */
struct tex_obj *ppgl_tex_lookup(struct ctx *c, GLuint name, GLenum target,
				int create);
struct tex_obj *ppgl_bound_tex(struct ctx *c, GLenum target);
void ppgl_send_bindings(struct ctx *c, int unit);
void ppgl_argb_rgba(uint32_t v, float f[4]);
struct tex_level *ppgl_tex_level(struct tex_obj *t, GLenum target,
				 int level);
int ppgl_cube_face(GLenum target);
uint32_t ppgl_base_format(GLint ifmt);	/* GL base of an internal format */

/* select.c, feedback.c */
void ppgl_select_prims(struct ctx *c, GLenum prim, const float *v, size_t n);
void ppgl_select_hit(struct ctx *c, float zmin, float zmax);
int ppgl_feedback_begin(struct ctx *c);
GLint ppgl_feedback_end(struct ctx *c);
int ppgl_feedback_raster(struct ctx *c, GLenum token);

#define SLOT_DEFAULT_3D (MAX_SLOTS - 2)	/* texture 0 of each target */
#define SLOT_DEFAULT_CUBE (MAX_SLOTS - 1)
#define MAX_3D_SIZE 256
#define MAX_CUBE_SIZE 2048
void ppgl_tex_send_params(struct ctx *c, struct tex_obj *t);
void ppgl_tex_init(struct ctx *c);
void ppgl_tex_fini(struct ctx *c);
void ppgl_send_texenv(struct ctx *c, int unit);
void ppgl_send_texgen(struct ctx *c, int unit, int coord,
		      const GLfloat eye[4]);

/* pixel_pack.c: client image <-> RGBA float conversion; what only the
 * pixel files share is in pixels.h */
int ppgl_pixel_format_ok(GLenum format, GLenum type);
GLenum ppgl_pixel_format_error(GLenum format, GLenum type);
int ppgl_unpack_rgba(struct ctx *c, const struct pixel_store *ps, int w,
		     int h, GLenum format, GLenum type, const void *src,
		     float *dst);
void ppgl_pack_rgba(const struct pixel_store *ps, int w, int h,
		    GLenum format, GLenum type, const float *src, void *dst);
int ppgl_components(GLenum format);
GLuint *ppgl_unpack_indices(const struct pixel_store *ps, int w, int h,
			    GLenum type, const void *src);
/* pixel_draw.c, pixel_read.c: what display lists replay and glCopyPixels
 * and the texture copies read */
void ppgl_draw_pixels_rgba(struct ctx *c, int w, int h, const float *rgba);
void ppgl_bitmap_bytes(struct ctx *c, int w, int h, float xo, float yo,
		       float xm, float ym, uint8_t *bytes);
void ppgl_read_rect(struct ctx *c, uint32_t kind, int x, int y, int w, int h,
		    void *buf, size_t bytes);

/* pixel_map.c: the glPixelMap tables and their lookups */
void ppgl_pixel_map_init(struct pixel_maps *m);
void ppgl_index_to_rgba(const struct ctx *c, long index, float rgba[4]);
void ppgl_map_rgba(const struct ctx *c, float rgba[4]);
long ppgl_map_stencil(const struct ctx *c, long index);

#endif
