/* GL engine internals shared by its files. */
#ifndef PG_INTERNAL_H
#define PG_INTERNAL_H

#include "pg.h"

#define PG_MAX_BATCH 65536	/* vertices per draw command */

struct pg_light {
	int on;
	float ambient[4], diffuse[4], specular[4];
	float position[4];	/* eye coordinates */
	float spot_dir[3];	/* eye coordinates */
	float spot_exp, spot_cutoff, cos_cutoff;
	float att[3];		/* constant, linear, quadratic */
};

struct pg_light_pre {		/* light.c: pg_light_prepare */
	float L[3], H[3], sd[3];
};

struct pg_material {
	float ambient[4], diffuse[4], specular[4], emission[4];
	float shininess;
};

struct pg_tex_level {
	uint32_t off;		/* VRAM offset */
	int w, h, d;		/* d: slices of a 3D level, else 1 */
	uint32_t base;		/* GL base internal format */
};

#define PG_CUBE 6		/* "dims" of a cube map */

struct pg_texture {
	int defined;		/* has a level 0 */
	struct pg_tex_level lv[PG_MAX_LEVELS];	/* also cube face +X */
	struct pg_tex_level cube[5][PG_MAX_LEVELS];	/* faces -X .. -Z */
	uint32_t min_filter, mag_filter, wrap_s, wrap_t, wrap_r;
	float border[4];
	float min_lod, max_lod;
	int base_level, max_level;
};

/* One combine stage (GL_COMBINE), also used to express the classic modes. */
struct pg_combine {
	uint32_t mode_rgb, mode_a;
	uint32_t src_rgb[3], src_a[3];
	uint32_t op_rgb[3], op_a[3];
	float scale_rgb, scale_a;
};

struct pg_unit {
	int enabled_1d, enabled_2d, enabled_3d, enabled_cube;
	uint32_t bound_1d, bound_2d, bound_3d, bound_cube;	/* slots */
	uint32_t env_mode;
	float env_color[4];
	struct pg_combine comb;
	int gen_on[4];		/* S T R Q */
	uint32_t gen_mode[4];
	float gen_obj[4][4], gen_eye[4][4];
	float matrix[16];
	int matrix_identity;
};

struct pg_target {
	uint32_t *color;	/* row y = 0 (the bottom one) */
	int32_t cpitch;		/* in pixels, negative: rows go up in memory */
	uint32_t *depth;	/* NULL: no depth/stencil buffer */
	int32_t dpitch;
	int w, h;
};

/* Feedback render mode (feedback.c): records go to VRAM from off + 4; the
 * dword at off gets the status when the mode ends. */
struct pg_feedback {
	uint32_t type;		/* GL_2D .. GL_4D_COLOR_TEXTURE, 0: off */
	uint32_t off;		/* VRAM offset of the status dword */
	uint32_t size;		/* floats the buffer holds */
	uint32_t count;		/* floats written */
	int overflow;		/* a value did not fit */
};

struct pg_state {
	/* enables */
	int depth_test, blend, alpha_test, cull, fog, lighting, scissor_test;
	int stencil_test, logic_op, normalize, rescale_normal, color_material;
	int poly_offset_fill, poly_offset_line, poly_offset_point;
	int line_stipple, poly_stipple, dither;
	int clip_on[PG_MAX_CLIP_PLANES];

	uint32_t blend_src_rgb, blend_dst_rgb, blend_src_a, blend_dst_a;
	uint32_t blend_eq_rgb, blend_eq_a;
	float blend_color[4];
	uint32_t depth_func;
	int depth_mask;
	float depth_near, depth_far;
	uint32_t alpha_func;
	float alpha_ref;
	uint32_t stencil_func, stencil_ref, stencil_vmask, stencil_wmask;
	uint32_t stencil_fail, stencil_zfail, stencil_zpass;
	int cmask[4];
	uint32_t cull_mode, front_face, poly_front, poly_back;
	float offset_factor, offset_units;
	uint32_t shade_model;
	int sc_x, sc_y, sc_w, sc_h;
	int vp_x, vp_y, vp_w, vp_h;
	float clear_color[4], clear_depth;
	uint32_t clear_stencil;
	uint32_t fog_mode;
	float fog_density, fog_start, fog_end, fog_color[4];
	uint32_t logic;
	float point_size, line_width;
	uint32_t stipple_factor, stipple_pattern;
	uint32_t poly_stipple_rows[32];
	float clip_plane[PG_MAX_CLIP_PLANES][4];	/* eye coordinates */

	float modelview[16], projection[16];
	float mv_inv[16];	/* inverse transpose source for normals */
	float normal_m[9];	/* upper 3x3 of the inverse transpose */
	float mvp[16];
	float normal_scale;	/* for GL_RESCALE_NORMAL */

	struct pg_light light[PG_MAX_LIGHTS];
	struct pg_material mat[2];	/* front, back */
	float lm_ambient[4];
	int lm_local_viewer, lm_two_side, lm_separate_specular;
	uint32_t cm_face, cm_mode;

	struct pg_unit unit[PG_MAX_UNITS];

	/* current values for attributes a batch does not carry */
	float cur_color[4], cur_normal[3], cur_tex[PG_MAX_UNITS][4];
	float cur_secondary[4], cur_fog;

	struct pg_feedback fb;	/* render mode */
};

/* State of the specialised span functions (span_fast.c). */
struct pg_fast_unit {
	const struct pg_texture *t;
	const uint8_t *vram;
	int linear_min, linear_mag, mip, mip_linear;
	float lod_c;		/* min/mag switch-over */
	int last;		/* last usable level */
	int has_rgb, has_a, replace;
	int wrap_s_edge, wrap_t_edge;
	int pow2;		/* every usable level a power of two */
	float base_w, base_h;	/* base level size, for the LOD */
	float min_lod, max_lod;
};

struct pg_fast {
	int nunits;
	int first_unit;		/* units before it are replaced */
	int need_color;		/* the primary colour reaches the result */
	struct pg_fast_unit u[PG_MAX_UNITS];
	int alpha_test, depth_test, depth_write, blend;
	uint32_t alpha_func, depth_func;
	uint32_t aref;
	uint32_t bsrc_rgb, bdst_rgb, bsrc_a, bdst_a;
};

struct pg_prim_setup;
typedef void pg_span_fn(struct pg_engine *e, const struct pg_prim_setup *ps,
			int y, int x0, int x1);

/* A small triangle for the fast kernel: each edge function's value at the
 * centre of pixel (x0, y0) in 1/256 pixel units squared, and its steps
 * one pixel right and one row up; a pixel is covered when all three are
 * >= 0.  tri.c sends only triangles for which these fit in 32 bits. */
struct pg_tri_edges {
	int x0, x1, y0, y1;	/* bounding box, inclusive */
	int32_t e[3], px[3], py[3];
};
typedef void pg_tri_fn(struct pg_engine *e, const struct pg_prim_setup *ps,
		       const struct pg_tri_edges *t);

/* vertex_simd*.c: the vector stage for the batches it can do; returns how
 * many vertices it did */
struct pg_vx_plan;
struct pg_vert;
typedef uint32_t pg_vx_fn(struct pg_engine *e, const struct pg_vx_plan *p,
			  uint32_t count, const float *in,
			  struct pg_vert *out);

struct pg_engine {
	uint8_t *vram;
	size_t vram_size;
	struct pg_target rt;
	struct pg_state s;
	/* PG_MAX_TEXTURES slots, allocated by the first texture command
	 * (a context that never textures costs nothing); NULL: all default */
	struct pg_texture *tex;
	uint32_t stipple_counter;	/* line stipple position */
	int no_fast;		/* PG_NO_FAST: generic spans only */
	pg_span_fn *fast_span;	/* the fast kernels this CPU runs best */
	pg_tri_fn *fast_tri;
	pg_vx_fn *fast_vx;	/* NULL: none wider than the portable one */
	struct pg_light_pre lpre[PG_MAX_LIGHTS];
	int lights_on[PG_MAX_LIGHTS], nlights_on;	/* this batch's */
	struct pg_fast fast;	/* the current draw's, when fast_ok */
	int fast_ok;
	/* scratch for a batch */
	struct pg_vert *vb;
	size_t vb_cap;
	const int *abort;	/* pg_set_abort() */
};

static inline int pg_aborted(const struct pg_engine *e)
{
	return e->abort && __atomic_load_n(e->abort, __ATOMIC_RELAXED);
}

/* A vertex after transformation. */
struct pg_vert {
	float clip[4];
	float win[4];		/* x, y, z in window space; w = 1 / clip w */
	float col[2][4];	/* primary colour: front, back */
	float spec[2][4];	/* secondary colour: front, back */
	float tex[PG_MAX_UNITS][4];
	float fog;		/* fog coordinate (eye distance) */
	uint8_t clipmask;
	uint8_t edge;
};


/* A fragment-shading setup shared by triangles, lines and points: each
 * varying as a plane a + b * x + c * y over the window. */
struct pg_plane {
	float a, b, c;
};

#define PG_NVAR (4 + 4 + 4 * PG_MAX_UNITS + 1)	/* col, spec, tex, fog */

struct pg_prim_setup {
	struct pg_plane z, w;	/* z linear; w = 1/clip_w for perspective */
	struct pg_plane v[PG_NVAR];	/* varyings pre-multiplied by 1/w */
	int flat;		/* colours constant (no 1/w scaling) */
	int is_poly;		/* for stipple */
	const struct pg_fast *fast;	/* NULL: generic spans */
};

/* state.c */
void pg_state_defaults(struct pg_engine *e);
void pg_update_derived(struct pg_engine *e);

#include "mat4.h"

/* vertex.c, light.c: the per-vertex stage.  What a batch's state asks of
 * every vertex is worked out once per batch into a plan, so that the
 * per-vertex code only follows flags. */
struct pg_lit_plan {		/* light.c: pg_light_prepare */
	int dir_only;		/* lights directional without a spot cone and
				   an infinite viewer: att 1, L, H per batch */
	int has_spec[2];	/* material specular not black, front/back;
				   -1: GL_COLOR_MATERIAL sets it per vertex */
};

struct pg_vx_plan {		/* vertex.c: pg_vx_plan */
	uint32_t stride;	/* floats per input vertex */
	/* offsets into an input vertex, -1: the current value */
	int o_col, o_nrm, o_tex[PG_MAX_UNITS], o_sec, o_fog, o_edge;
	int need_eye, need_normal, user_planes, lighting;
	int unit_on[PG_MAX_UNITS];
	int unit_gen[PG_MAX_UNITS];	/* texgen on a coordinate */
	int unit_mat[PG_MAX_UNITS];	/* texture matrix not the identity */
	struct pg_lit_plan lit;
};

void pg_vertex_batch(struct pg_engine *e, uint32_t fmt, uint32_t count,
		     const float *in, struct pg_vert *out);
void pg_light_prepare(struct pg_engine *e, struct pg_lit_plan *lp);
void pg_light_vertex(struct pg_engine *e, const struct pg_lit_plan *lp,
		     const float eye[4], const float n[3],
		     const float color[4], struct pg_vert *v);
void pg_light_track(struct pg_state *s, const float color[4]);
pg_vx_fn pg_vx_simd_generic, pg_vx_simd_avx2;

/* prim.c / clip.c */
void pg_prims(struct pg_engine *e, uint32_t prim, struct pg_vert *v,
	      uint32_t n);
#define PG_CLIP_POOL (2 * (6 + PG_MAX_CLIP_PLANES))
int pg_clip_polygon(struct pg_engine *e, struct pg_vert **in, int n,
		    struct pg_vert **out, struct pg_vert **tmp,
		    struct pg_vert *pool);
int pg_clip_line(struct pg_engine *e, struct pg_vert *a, struct pg_vert *b,
		 struct pg_vert *ca, struct pg_vert *cb);
void pg_to_window(struct pg_engine *e, struct pg_vert *v);

/* tri.c, line.c, point.c */
void pg_triangle(struct pg_engine *e, const struct pg_vert *v0,
		 const struct pg_vert *v1, const struct pg_vert *v2,
		 const struct pg_vert *provoking, int back);
void pg_line(struct pg_engine *e, const struct pg_vert *a,
	     const struct pg_vert *b, const struct pg_vert *provoking,
	     int back, float zoffset);
void pg_point(struct pg_engine *e, const struct pg_vert *v, int back,
	      float zoffset);

/* span.c: shades and writes fragments of one row [x0, x1) */
void pg_span(struct pg_engine *e, const struct pg_prim_setup *ps, int y,
	     int x0, int x1);
int pg_fast_prepare(struct pg_engine *e, struct pg_fast *f);
void pg_pick_kernels(struct pg_engine *e, const char *want);
pg_span_fn pg_span_simd_generic, pg_span_simd_avx2;
pg_tri_fn pg_tri_simd_generic, pg_tri_simd_avx2;
void pg_shade(struct pg_engine *e, const float *var, const float *lod,
	      float out[4]);
void pg_fragment_full(struct pg_engine *e, int x, int y, float z,
		      const float *var, const float *lod);

/* feedback.c: the primitive stage's output in feedback mode */
int pg_fb_draw(struct pg_engine *e, uint32_t prim, uint32_t fmt,
	       uint32_t count, const uint32_t *data);
void pg_fb_point(struct pg_engine *e, const struct pg_vert *v, int back);
void pg_fb_line(struct pg_engine *e, const struct pg_vert *a,
		const struct pg_vert *b, const struct pg_vert *provoking,
		int back);
void pg_fb_polygon(struct pg_engine *e, struct pg_vert **p, int n,
		   const struct pg_vert *provoking, int back);

/* fragment.c */
int pg_alpha_test(const struct pg_engine *e, float a);
int pg_depth_stencil(struct pg_engine *e, int x, int y, float z);
void pg_color_write(struct pg_engine *e, int x, int y, const float rgba[4]);

/* texture.c */
void pg_textures_reset(struct pg_engine *e);
struct pg_texture *pg_tex_slot(struct pg_engine *e, uint32_t tex);
const struct pg_texture *pg_tex_get(const struct pg_engine *e, uint32_t tex);
const struct pg_texture *pg_unit_texture(struct pg_engine *e, int unit,
					 int *dims);
void pg_sample(struct pg_engine *e, const struct pg_texture *t, int dims,
	       float s, float t_, float r, float lod, float out[4]);
int pg_unit_on(const struct pg_unit *u);
int pg_tex_last_level(const struct pg_texture *t, int dims);
float pg_tex_lod_c(const struct pg_texture *t);
/* A texture's format is its base level's (GL 1.2 3.8.10); only called on
 * complete textures, whose base level exists. */
static inline uint32_t pg_tex_base(const struct pg_texture *t)
{
	return t->lv[t->base_level].base;
}
const struct pg_tex_level *pg_tex_lv(const struct pg_texture *t, int face,
				     int level);
void pg_texenv(const struct pg_unit *u, uint32_t base, const float prim[4],
	       const float prev[4], const float tex[4], float out[4]);

/* Window z in [0, 1] to the 24-bit depth buffer, the same everywhere so
 * that GL_EQUAL passes match between code paths. */
static inline uint32_t pg_depth_u24(float z)
{
	float c = z > 0.0f ? (z < 1.0f ? z : 1.0f) : 0.0f;

	/* in double: 16777215.5 is not a float */
	return (uint32_t)((double)c * 16777215.0 + 0.5);
}

/* NaN clamps to lo: nothing non-finite leaves a clamp */
static inline float pg_clampf(float v, float lo, float hi)
{
	return v > lo ? (v < hi ? v : hi) : lo;
}

#endif
