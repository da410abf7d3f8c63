/* State queries: glGet*, glIsEnabled, glGetError, glGetString and the
 * object queries (lights, materials, clip planes, the stipple); textures
 * are queried in tex_query.c. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "ctx.h"

#define VENDOR "PCIem project"
#define RENDERER "ProtoPCIem GL engine"
#define VERSION "1.3 ProtoPCIem"
#define EXTENSIONS							\
	"GL_ARB_multitexture GL_ARB_texture_border_clamp "		\
	"GL_ARB_texture_cube_map GL_ARB_texture_env_add "		\
	"GL_ARB_texture_env_combine GL_ARB_texture_env_dot3 "		\
	"GL_ARB_transpose_matrix GL_ARB_texture_non_power_of_two "		\
	"GL_ARB_window_pos "						\
	"GL_EXT_abgr GL_EXT_bgra GL_EXT_blend_color GL_EXT_blend_minmax "	\
	"GL_EXT_blend_subtract GL_EXT_blend_func_separate "		\
	"GL_EXT_compiled_vertex_array GL_EXT_draw_range_elements "	\
	"GL_EXT_packed_pixels GL_EXT_polygon_offset GL_EXT_rescale_normal " \
	"GL_EXT_separate_specular_color GL_EXT_stencil_wrap "		\
	"GL_EXT_texture3D GL_EXT_texture_cube_map "			\
	"GL_EXT_texture_edge_clamp GL_EXT_texture_env_add "		\
	"GL_EXT_texture_env_combine GL_EXT_texture_object "		\
	"GL_EXT_vertex_array GL_SGIS_generate_mipmap "			\
	"GL_SGIS_texture_edge_clamp GL_SGIS_texture_lod"

enum kind { K_INT, K_FLOAT, K_BOOL, K_COLOR, K_ENUM };

GLenum glGetError(void)
{
	CTX;
	GLenum e;

	if (!C)
		return GL_NO_ERROR;
	if (C->in_begin) {
		/* not allowed between Begin and End, which is itself an error */
		return GL_INVALID_OPERATION;
	}
	e = C->error;
	C->error = GL_NO_ERROR;
	return e;
}

const GLubyte *glGetString(GLenum name)
{
	CTX;

	if (C && C->in_begin) {
		ppgl_error(C, GL_INVALID_OPERATION);
		return NULL;
	}
	switch (name) {
	case GL_VENDOR: return (const GLubyte *)VENDOR;
	case GL_RENDERER: return (const GLubyte *)RENDERER;
	case GL_VERSION: return (const GLubyte *)VERSION;
	case GL_EXTENSIONS: return (const GLubyte *)EXTENSIONS;
	}
	if (C)
		ppgl_error(C, GL_INVALID_ENUM);
	return NULL;
}

static GLboolean enabled(struct ctx *c, GLenum cap, int *known)
{
	const struct gl_state *s = &c->s;
	const struct unit_state *u = &s->unit[s->active_unit];
	GLboolean v;

	*known = 1;
	switch (cap) {
	case GL_ALPHA_TEST: return s->alpha_test;
	case GL_BLEND: return s->blend;
	case GL_CULL_FACE: return s->cull;
	case GL_DEPTH_TEST: return s->depth_test;
	case GL_DITHER: return s->dither;
	case GL_FOG: return s->fog;
	case GL_LIGHTING: return s->lighting;
	case GL_LINE_STIPPLE: return s->line_stipple;
	case GL_COLOR_LOGIC_OP: return s->logic_op;
	case GL_INDEX_LOGIC_OP: return GL_FALSE;
	case GL_NORMALIZE: return s->normalize;
	case GL_RESCALE_NORMAL: return s->rescale_normal;
	case GL_COLOR_MATERIAL: return s->color_material;
	case GL_POLYGON_OFFSET_FILL: return s->poly_offset_fill;
	case GL_POLYGON_OFFSET_LINE: return s->poly_offset_line;
	case GL_POLYGON_OFFSET_POINT: return s->poly_offset_point;
	case GL_POLYGON_STIPPLE: return s->poly_stipple;
	case GL_SCISSOR_TEST: return s->scissor_test;
	case GL_STENCIL_TEST: return s->stencil_test;
	case GL_POINT_SMOOTH: return s->point_smooth;
	case GL_LINE_SMOOTH: return s->line_smooth;
	case GL_POLYGON_SMOOTH: return s->polygon_smooth;
	case GL_AUTO_NORMAL: return s->auto_normal;
	case GL_TEXTURE_1D: return u->e1d;
	case GL_TEXTURE_2D: return u->e2d;
	case GL_TEXTURE_3D: return u->e3d;
	case GL_TEXTURE_CUBE_MAP: return u->ecube;
	case GL_MULTISAMPLE: return s->multisample;
	case GL_SAMPLE_ALPHA_TO_COVERAGE: return s->sample_a2c;
	case GL_SAMPLE_ALPHA_TO_ONE: return s->sample_a1;
	case GL_SAMPLE_COVERAGE: return s->sample_cov;
	case GL_TEXTURE_GEN_S: case GL_TEXTURE_GEN_T:
	case GL_TEXTURE_GEN_R: case GL_TEXTURE_GEN_Q:
		return u->gen[cap - GL_TEXTURE_GEN_S];
	}
	if (cap >= GL_MAP1_COLOR_4 && cap <= GL_MAP1_VERTEX_4)
		return s->map1[cap - GL_MAP1_COLOR_4];
	if (cap >= GL_MAP2_COLOR_4 && cap <= GL_MAP2_VERTEX_4)
		return s->map2[cap - GL_MAP2_COLOR_4];
	if (cap >= GL_LIGHT0 && cap < GL_LIGHT0 + NLIGHTS)
		return s->light[cap - GL_LIGHT0].on;
	if (cap >= GL_CLIP_PLANE0 && cap < GL_CLIP_PLANE0 + NPLANES)
		return s->clip[cap - GL_CLIP_PLANE0];
	v = ppgl_client_enabled(c, cap, known);
	return v;
}

GLboolean glIsEnabled(GLenum cap)
{
	CTX;
	int known;
	GLboolean v;

	if (C->in_begin) {
		ppgl_error(C, GL_INVALID_OPERATION);
		return GL_FALSE;
	}
	v = enabled(C, cap, &known);
	if (!known)
		ppgl_error(C, GL_INVALID_ENUM);
	return v;
}

/* Fills v with the value of pname; returns the count (0: unknown). */
static int get(struct ctx *c, GLenum p, double *v, enum kind *k)
{
	const struct gl_state *s = &c->s;
	const struct unit_state *u = &s->unit[s->active_unit];
	const struct client_state *cs = &c->c;
	int i, known;

	*k = K_INT;
#define ONE(x) do { v[0] = (double)(x); return 1; } while (0)
#define ENUM(x) do { *k = K_ENUM; v[0] = (double)(x); return 1; } while (0)
#define FLT(x) do { *k = K_FLOAT; v[0] = (double)(x); return 1; } while (0)
#define BOOL(x) do { *k = K_BOOL; v[0] = (x) ? 1 : 0; return 1; } while (0)
#define VEC(arr, n, kk) do { *k = kk; for (i = 0; i < (n); i++) v[i] = (double)(arr)[i]; return n; } while (0)
	switch (p) {
	case GL_ALPHA_TEST_FUNC: ENUM(s->alpha_func);
	case GL_ALPHA_TEST_REF: *k = K_COLOR; v[0] = s->alpha_ref; return 1;
	case GL_BLEND_SRC: case GL_BLEND_SRC_RGB: ENUM(s->blend_src_rgb);
	case GL_BLEND_DST: case GL_BLEND_DST_RGB: ENUM(s->blend_dst_rgb);
	case GL_BLEND_SRC_ALPHA: ENUM(s->blend_src_a);
	case GL_BLEND_DST_ALPHA: ENUM(s->blend_dst_a);
	case GL_BLEND_EQUATION: ENUM(s->blend_eq_rgb);
	case GL_BLEND_COLOR: VEC(s->blend_color, 4, K_COLOR);
	case GL_LOGIC_OP_MODE: ENUM(s->logic);
	case GL_COLOR_WRITEMASK: VEC(s->cmask, 4, K_BOOL);
	case GL_COLOR_CLEAR_VALUE: VEC(s->clear_color, 4, K_COLOR);
	case GL_DEPTH_FUNC: ENUM(s->depth_func);
	case GL_DEPTH_WRITEMASK: BOOL(s->depth_mask);
	case GL_DEPTH_RANGE: VEC(s->depth_range, 2, K_COLOR);
	case GL_DEPTH_CLEAR_VALUE: *k = K_COLOR; v[0] = s->clear_depth; return 1;
	case GL_STENCIL_FUNC: ENUM(s->stencil_func);
	case GL_STENCIL_FAIL: ENUM(s->stencil_fail);
	case GL_STENCIL_PASS_DEPTH_FAIL: ENUM(s->stencil_zfail);
	case GL_STENCIL_PASS_DEPTH_PASS: ENUM(s->stencil_zpass);
	case GL_STENCIL_REF: ONE(s->stencil_ref);
	case GL_STENCIL_VALUE_MASK: ONE(s->stencil_vmask & 0xff);
	case GL_STENCIL_WRITEMASK: ONE(s->stencil_wmask & 0xff);
	case GL_STENCIL_CLEAR_VALUE: ONE(s->clear_stencil);
	case GL_CULL_FACE_MODE: ENUM(s->cull_mode);
	case GL_FRONT_FACE: ENUM(s->front_face);
	case GL_POLYGON_MODE: *k = K_ENUM; v[0] = s->poly_mode[0];
		v[1] = s->poly_mode[1]; return 2;
	case GL_SHADE_MODEL: ENUM(s->shade_model);
	case GL_POLYGON_OFFSET_FACTOR: FLT(s->offset_factor);
	case GL_POLYGON_OFFSET_UNITS: FLT(s->offset_units);
	case GL_POINT_SIZE: FLT(s->point_size);
	case GL_LINE_WIDTH: FLT(s->line_width);
	case GL_LINE_STIPPLE_PATTERN: ONE(s->stipple_pattern);
	case GL_LINE_STIPPLE_REPEAT: ONE(s->stipple_factor);
	case GL_VIEWPORT: VEC(s->viewport, 4, K_INT);
	case GL_SCISSOR_BOX: VEC(s->scissor, 4, K_INT);
	case GL_FOG_MODE: ENUM(s->fog_mode);
	case GL_FOG_DENSITY: FLT(s->fog_density);
	case GL_FOG_START: FLT(s->fog_start);
	case GL_FOG_END: FLT(s->fog_end);
	case GL_FOG_INDEX: FLT(s->fog_index);
	case GL_FOG_COLOR: VEC(s->fog_color, 4, K_COLOR);
	case GL_FOG_HINT: ENUM(s->hint_fog);
	case GL_PERSPECTIVE_CORRECTION_HINT: ENUM(s->hint_persp);
	case GL_POINT_SMOOTH_HINT: ENUM(s->hint_point);
	case GL_LINE_SMOOTH_HINT: ENUM(s->hint_line);
	case GL_POLYGON_SMOOTH_HINT: ENUM(s->hint_poly);
	case GL_GENERATE_MIPMAP_HINT: ENUM(s->hint_mipmap);
	case GL_LIGHT_MODEL_AMBIENT: VEC(s->lm_ambient, 4, K_COLOR);
	case GL_LIGHT_MODEL_LOCAL_VIEWER: BOOL(s->lm_local);
	case GL_LIGHT_MODEL_TWO_SIDE: BOOL(s->lm_two_side);
	case GL_LIGHT_MODEL_COLOR_CONTROL: ENUM(s->lm_color_control);
	case GL_COLOR_MATERIAL_FACE: ENUM(s->cm_face);
	case GL_COLOR_MATERIAL_PARAMETER: ENUM(s->cm_mode);
	case GL_MATRIX_MODE: ENUM(s->matrix_mode);
	case GL_MODELVIEW_MATRIX: VEC(c->mv[c->mv_top], 16, K_FLOAT);
	case GL_PROJECTION_MATRIX: VEC(c->proj[c->proj_top], 16, K_FLOAT);
	case GL_TEXTURE_MATRIX:
		VEC(c->texm[s->active_unit][c->tex_top[s->active_unit]], 16,
		    K_FLOAT);
	case GL_TRANSPOSE_MODELVIEW_MATRIX:
	case GL_TRANSPOSE_PROJECTION_MATRIX:
	case GL_TRANSPOSE_TEXTURE_MATRIX: {
		const GLfloat *m = p == GL_TRANSPOSE_MODELVIEW_MATRIX ?
			c->mv[c->mv_top] : p == GL_TRANSPOSE_PROJECTION_MATRIX ?
			c->proj[c->proj_top] :
			c->texm[s->active_unit][c->tex_top[s->active_unit]];
		int j;

		*k = K_FLOAT;
		for (i = 0; i < 4; i++)
			for (j = 0; j < 4; j++)
				v[i * 4 + j] = m[j * 4 + i];
		return 16;
	}
	case GL_MODELVIEW_STACK_DEPTH: ONE(c->mv_top + 1);
	case GL_PROJECTION_STACK_DEPTH: ONE(c->proj_top + 1);
	case GL_TEXTURE_STACK_DEPTH: ONE(c->tex_top[s->active_unit] + 1);
	case GL_MAX_MODELVIEW_STACK_DEPTH: ONE(MV_DEPTH);
	case GL_MAX_PROJECTION_STACK_DEPTH: ONE(PROJ_DEPTH);
	case GL_MAX_TEXTURE_STACK_DEPTH: ONE(TEX_DEPTH);
	case GL_MAX_ATTRIB_STACK_DEPTH: ONE(ATTRIB_DEPTH);
	case GL_MAX_CLIENT_ATTRIB_STACK_DEPTH: ONE(ATTRIB_DEPTH);
	case GL_ATTRIB_STACK_DEPTH: ONE(c->attrib_top);
	case GL_CLIENT_ATTRIB_STACK_DEPTH: ONE(c->cattrib_top);
	case GL_MAX_LIGHTS: ONE(NLIGHTS);
	case GL_MAX_CLIP_PLANES: ONE(NPLANES);
	case GL_MAX_TEXTURE_SIZE: ONE(MAX_TEX_SIZE);
	case GL_MAX_TEXTURE_UNITS: ONE(NUNITS);
	case GL_MAX_LIST_NESTING: ONE(MAX_LIST_NESTING);
	case GL_MAX_EVAL_ORDER: ONE(MAX_EVAL_ORDER);
	case GL_MAX_PIXEL_MAP_TABLE: ONE(256);
	case GL_MAX_NAME_STACK_DEPTH: ONE(64);
	case GL_MAX_ELEMENTS_VERTICES: ONE(4096);
	case GL_MAX_ELEMENTS_INDICES: ONE(4096);
	case GL_MAX_VIEWPORT_DIMS: *k = K_INT; v[0] = v[1] = MAX_TEX_SIZE;
		return 2;
	case GL_MAX_TEXTURE_LOD_BIAS: FLT(4);
	case GL_POINT_SIZE_RANGE: case GL_ALIASED_POINT_SIZE_RANGE:
		*k = K_FLOAT; v[0] = 1; v[1] = 64; return 2;
	case GL_POINT_SIZE_GRANULARITY: FLT(1);
	case GL_LINE_WIDTH_RANGE: case GL_ALIASED_LINE_WIDTH_RANGE:
		*k = K_FLOAT; v[0] = 1; v[1] = 64; return 2;
	case GL_LINE_WIDTH_GRANULARITY: FLT(1);
	case GL_SUBPIXEL_BITS: ONE(8);
	case GL_RED_BITS: case GL_GREEN_BITS: case GL_BLUE_BITS:
	case GL_ALPHA_BITS: case GL_STENCIL_BITS:
		ONE(8);
	case GL_DEPTH_BITS: ONE(24);
	case GL_INDEX_BITS: case GL_ACCUM_RED_BITS: case GL_ACCUM_GREEN_BITS:
	case GL_ACCUM_BLUE_BITS: case GL_ACCUM_ALPHA_BITS: case GL_AUX_BUFFERS:
		ONE(0);
	case GL_RGBA_MODE: case GL_DOUBLEBUFFER: BOOL(1);
	case GL_INDEX_MODE: case GL_STEREO: BOOL(0);
	case GL_DRAW_BUFFER: ENUM(s->draw_buffer);
	case GL_READ_BUFFER: ENUM(s->read_buffer);
	case GL_CURRENT_COLOR: VEC(s->color, 4, K_COLOR);
	case GL_CURRENT_SECONDARY_COLOR: VEC(s->secondary, 4, K_COLOR);
	case GL_CURRENT_NORMAL: VEC(s->normal, 3, K_FLOAT);
	case GL_CURRENT_TEXTURE_COORDS: VEC(s->tex[s->active_unit], 4, K_FLOAT);
	case GL_CURRENT_FOG_COORD: FLT(s->fogcoord);
	case GL_CURRENT_INDEX: FLT(s->current_index);
	case GL_EDGE_FLAG: BOOL(s->edge);
	case GL_CURRENT_RASTER_POSITION: VEC(s->raster_pos, 4, K_FLOAT);
	case GL_CURRENT_RASTER_COLOR: VEC(s->raster_color, 4, K_COLOR);
	case GL_CURRENT_RASTER_TEXTURE_COORDS: VEC(s->raster_tex, 4, K_FLOAT);
	case GL_CURRENT_RASTER_DISTANCE: FLT(s->raster_distance);
	case GL_CURRENT_RASTER_POSITION_VALID: BOOL(s->raster_valid);
	case GL_CURRENT_RASTER_INDEX: FLT(1);
	case GL_ZOOM_X: FLT(s->zoom[0]);
	case GL_ZOOM_Y: FLT(s->zoom[1]);
	case GL_RED_SCALE: FLT(s->scale[0]);
	case GL_GREEN_SCALE: FLT(s->scale[1]);
	case GL_BLUE_SCALE: FLT(s->scale[2]);
	case GL_ALPHA_SCALE: FLT(s->scale[3]);
	case GL_RED_BIAS: FLT(s->bias[0]);
	case GL_GREEN_BIAS: FLT(s->bias[1]);
	case GL_BLUE_BIAS: FLT(s->bias[2]);
	case GL_ALPHA_BIAS: FLT(s->bias[3]);
	case GL_DEPTH_SCALE: FLT(s->depth_scale);
	case GL_DEPTH_BIAS: FLT(s->depth_bias);
	case GL_MAP_COLOR: BOOL(s->map_color);
	case GL_MAP_STENCIL: BOOL(s->map_stencil);
	case GL_PIXEL_MAP_I_TO_I_SIZE: case GL_PIXEL_MAP_S_TO_S_SIZE:
	case GL_PIXEL_MAP_I_TO_R_SIZE: case GL_PIXEL_MAP_I_TO_G_SIZE:
	case GL_PIXEL_MAP_I_TO_B_SIZE: case GL_PIXEL_MAP_I_TO_A_SIZE:
	case GL_PIXEL_MAP_R_TO_R_SIZE: case GL_PIXEL_MAP_G_TO_G_SIZE:
	case GL_PIXEL_MAP_B_TO_B_SIZE: case GL_PIXEL_MAP_A_TO_A_SIZE:
		ONE(c->pmap.size[p - GL_PIXEL_MAP_I_TO_I_SIZE]);
	case GL_INDEX_SHIFT: ONE(s->index_shift);
	case GL_INDEX_OFFSET: ONE(s->index_offset);
	case GL_PACK_ALIGNMENT: ONE(cs->pack.alignment);
	case GL_UNPACK_ALIGNMENT: ONE(cs->unpack.alignment);
	case GL_PACK_ROW_LENGTH: ONE(cs->pack.row_length);
	case GL_UNPACK_ROW_LENGTH: ONE(cs->unpack.row_length);
	case GL_PACK_SKIP_ROWS: ONE(cs->pack.skip_rows);
	case GL_UNPACK_SKIP_ROWS: ONE(cs->unpack.skip_rows);
	case GL_PACK_SKIP_PIXELS: ONE(cs->pack.skip_pixels);
	case GL_UNPACK_SKIP_PIXELS: ONE(cs->unpack.skip_pixels);
	case GL_PACK_SWAP_BYTES: BOOL(cs->pack.swap_bytes);
	case GL_UNPACK_SWAP_BYTES: BOOL(cs->unpack.swap_bytes);
	case GL_PACK_LSB_FIRST: BOOL(cs->pack.lsb_first);
	case GL_UNPACK_LSB_FIRST: BOOL(cs->unpack.lsb_first);
	case GL_PACK_IMAGE_HEIGHT: ONE(cs->pack.image_height);
	case GL_UNPACK_IMAGE_HEIGHT: ONE(cs->unpack.image_height);
	case GL_PACK_SKIP_IMAGES: ONE(cs->pack.skip_images);
	case GL_UNPACK_SKIP_IMAGES: ONE(cs->unpack.skip_images);
	case GL_ACTIVE_TEXTURE: ENUM(GL_TEXTURE0 + s->active_unit);
	case GL_CLIENT_ACTIVE_TEXTURE: ENUM(GL_TEXTURE0 + cs->client_unit);
	case GL_TEXTURE_BINDING_1D: ONE(u->bound1d);
	case GL_TEXTURE_BINDING_2D: ONE(u->bound2d);
	case GL_TEXTURE_BINDING_3D: ONE(u->bound3d);
	case GL_TEXTURE_BINDING_CUBE_MAP: ONE(u->boundcube);
	case GL_MAX_3D_TEXTURE_SIZE: ONE(MAX_3D_SIZE);
	case GL_MAX_CUBE_MAP_TEXTURE_SIZE: ONE(MAX_CUBE_SIZE);
	case GL_SAMPLE_COVERAGE_VALUE: VEC(&s->sample_cov_value, 1, K_FLOAT);
	case GL_SAMPLE_COVERAGE_INVERT: BOOL(s->sample_inv);
	case GL_TEXTURE_COMPRESSION_HINT: ENUM(s->compression_hint);
	case GL_MAP1_GRID_DOMAIN: VEC(s->grid1, 2, K_FLOAT);
	case GL_MAP1_GRID_SEGMENTS: ONE(s->grid1_n);
	case GL_MAP2_GRID_DOMAIN: VEC(s->grid2, 4, K_FLOAT);
	case GL_MAP2_GRID_SEGMENTS: VEC(s->grid2_n, 2, K_INT);
	case GL_LIST_BASE: ONE(s->list_base);
	case GL_LIST_INDEX: ONE(c->list_compiling);
	case GL_LIST_MODE: ENUM(c->list_compiling ? c->list_mode : 0);
	case GL_RENDER_MODE: ENUM(c->render_mode);
	case GL_NAME_STACK_DEPTH: ONE(c->name_top);
	case GL_SELECTION_BUFFER_SIZE: ONE(c->sel_size);
	case GL_FEEDBACK_BUFFER_SIZE: ONE(c->fb_size);
	case GL_FEEDBACK_BUFFER_TYPE: ENUM(c->fb_type);
	case GL_ACCUM_CLEAR_VALUE: VEC(s->accum_clear, 4, K_COLOR);
	case GL_INDEX_CLEAR_VALUE: ONE(0);
	case GL_INDEX_WRITEMASK: ONE(0xff);
	case GL_VERTEX_ARRAY_SIZE: ONE(cs->vertex.size);
	case GL_VERTEX_ARRAY_TYPE: ENUM(cs->vertex.type);
	case GL_VERTEX_ARRAY_STRIDE: ONE(cs->vertex.stride);
	case GL_NORMAL_ARRAY_TYPE: ENUM(cs->normal.type);
	case GL_NORMAL_ARRAY_STRIDE: ONE(cs->normal.stride);
	case GL_COLOR_ARRAY_SIZE: ONE(cs->color.size);
	case GL_COLOR_ARRAY_TYPE: ENUM(cs->color.type);
	case GL_COLOR_ARRAY_STRIDE: ONE(cs->color.stride);
	case GL_INDEX_ARRAY_TYPE: ENUM(cs->index.type);
	case GL_INDEX_ARRAY_STRIDE: ONE(cs->index.stride);
	case GL_TEXTURE_COORD_ARRAY_SIZE: ONE(cs->texcoord[cs->client_unit].size);
	case GL_TEXTURE_COORD_ARRAY_TYPE: ENUM(cs->texcoord[cs->client_unit].type);
	case GL_TEXTURE_COORD_ARRAY_STRIDE:
		ONE(cs->texcoord[cs->client_unit].stride);
	case GL_EDGE_FLAG_ARRAY_STRIDE: ONE(cs->edge.stride);
	case GL_ARRAY_ELEMENT_LOCK_FIRST_EXT: ONE(c->locked ? c->lock_first : 0);
	case GL_ARRAY_ELEMENT_LOCK_COUNT_EXT: ONE(c->locked ? c->lock_count : 0);
	case GL_NUM_COMPRESSED_TEXTURE_FORMATS: ONE(0);
	case GL_SAMPLE_BUFFERS: case GL_SAMPLES: ONE(0);
	}
	/* every capability is also a boolean state */
	{
		GLboolean b = enabled(c, p, &known);

		if (known) {
			*k = K_BOOL;
			v[0] = b;
			return 1;
		}
	}
	return 0;
#undef ONE
#undef ENUM
#undef FLT
#undef BOOL
#undef VEC
}

static int query(GLenum p, double *v, enum kind *k)
{
	CTX;
	int n;

	if (C->in_begin) {
		ppgl_error(C, GL_INVALID_OPERATION);
		return 0;
	}
	n = get(C, p, v, k);
	if (!n)
		ppgl_error(C, GL_INVALID_ENUM);
	return n;
}

void glGetDoublev(GLenum p, GLdouble *out)
{
	double v[16];
	enum kind k;
	int n = query(p, v, &k), i;

	for (i = 0; i < n; i++)
		out[i] = v[i];
}

void glGetFloatv(GLenum p, GLfloat *out)
{
	double v[16];
	enum kind k;
	int n = query(p, v, &k), i;

	for (i = 0; i < n; i++)
		out[i] = (GLfloat)v[i];
}

void glGetIntegerv(GLenum p, GLint *out)
{
	double v[16];
	enum kind k;
	int n = query(p, v, &k), i;

	for (i = 0; i < n; i++) {
		if (k == K_COLOR) {
			/* [-1, 1] maps linearly onto the integer range */
			double d = v[i] * 2147483647.0;

			out[i] = (GLint)(d >= 2147483647.0 ? 2147483647 :
					 d <= -2147483648.0 ? (-2147483647 - 1) :
					 llround(d));
		} else if (k == K_FLOAT) {
			out[i] = (GLint)lround(v[i]);
		} else {
			out[i] = (GLint)v[i];
		}
	}
}

void glGetBooleanv(GLenum p, GLboolean *out)
{
	double v[16];
	enum kind k;
	int n = query(p, v, &k), i;

	for (i = 0; i < n; i++)
		out[i] = v[i] != 0.0;
}

void glGetPointerv(GLenum p, void **out)
{
	CTX;
	const struct client_state *cs = &C->c;

	switch (p) {
	case GL_VERTEX_ARRAY_POINTER: *out = (void *)cs->vertex.ptr; return;
	case GL_NORMAL_ARRAY_POINTER: *out = (void *)cs->normal.ptr; return;
	case GL_COLOR_ARRAY_POINTER: *out = (void *)cs->color.ptr; return;
	case GL_INDEX_ARRAY_POINTER: *out = (void *)cs->index.ptr; return;
	case GL_EDGE_FLAG_ARRAY_POINTER: *out = (void *)cs->edge.ptr; return;
	case GL_TEXTURE_COORD_ARRAY_POINTER:
		*out = (void *)cs->texcoord[cs->client_unit].ptr;
		return;
	case GL_FOG_COORD_ARRAY_POINTER: *out = (void *)cs->fog.ptr; return;
	case GL_SECONDARY_COLOR_ARRAY_POINTER:
		*out = (void *)cs->secondary.ptr;
		return;
	case GL_SELECTION_BUFFER_POINTER: *out = (void *)C->sel_buf; return;
	case GL_FEEDBACK_BUFFER_POINTER: *out = (void *)C->fb_buf; return;
	}
	ppgl_error(C, GL_INVALID_ENUM);
}

void glGetPointervEXT(GLenum p, void **out) { glGetPointerv(p, out); }

void glGetLightfv(GLenum light, GLenum pname, GLfloat *v)
{
	CTX;
	const struct light_state *l;

	if (light < GL_LIGHT0 || light >= GL_LIGHT0 + NLIGHTS) {
		ppgl_error(C, GL_INVALID_ENUM);
		return;
	}
	l = &C->s.light[light - GL_LIGHT0];
	switch (pname) {
	case GL_AMBIENT: memcpy(v, l->ambient, 16); return;
	case GL_DIFFUSE: memcpy(v, l->diffuse, 16); return;
	case GL_SPECULAR: memcpy(v, l->specular, 16); return;
	case GL_POSITION: memcpy(v, l->position, 16); return;
	case GL_SPOT_DIRECTION: memcpy(v, l->spot_dir, 12); return;
	case GL_SPOT_EXPONENT: v[0] = l->spot_exp; return;
	case GL_SPOT_CUTOFF: v[0] = l->spot_cutoff; return;
	case GL_CONSTANT_ATTENUATION: v[0] = l->att[0]; return;
	case GL_LINEAR_ATTENUATION: v[0] = l->att[1]; return;
	case GL_QUADRATIC_ATTENUATION: v[0] = l->att[2]; return;
	}
	ppgl_error(C, GL_INVALID_ENUM);
}

void glGetLightiv(GLenum light, GLenum pname, GLint *v)
{
	GLfloat f[4] = { 0, 0, 0, 0 };
	int i, n = pname == GL_SPOT_DIRECTION ? 3 :
		   (pname == GL_AMBIENT || pname == GL_DIFFUSE ||
		    pname == GL_SPECULAR || pname == GL_POSITION) ? 4 : 1;

	glGetLightfv(light, pname, f);
	for (i = 0; i < n; i++)
		v[i] = (pname == GL_AMBIENT || pname == GL_DIFFUSE ||
			pname == GL_SPECULAR) ?
		       (GLint)llround(f[i] * 2147483647.0) : (GLint)lroundf(f[i]);
}

void glGetMaterialfv(GLenum face, GLenum pname, GLfloat *v)
{
	CTX;
	const struct material_state *m;

	if (face != GL_FRONT && face != GL_BACK) {
		ppgl_error(C, GL_INVALID_ENUM);
		return;
	}
	m = &C->s.mat[face == GL_BACK];
	switch (pname) {
	case GL_AMBIENT: memcpy(v, m->ambient, 16); return;
	case GL_DIFFUSE: memcpy(v, m->diffuse, 16); return;
	case GL_SPECULAR: memcpy(v, m->specular, 16); return;
	case GL_EMISSION: memcpy(v, m->emission, 16); return;
	case GL_SHININESS: v[0] = m->shininess; return;
	case GL_COLOR_INDEXES: v[0] = 0; v[1] = 1; v[2] = 1; return;
	}
	ppgl_error(C, GL_INVALID_ENUM);
}

void glGetMaterialiv(GLenum face, GLenum pname, GLint *v)
{
	GLfloat f[4] = { 0, 0, 0, 0 };
	int i, n = pname == GL_SHININESS ? 1 : pname == GL_COLOR_INDEXES ? 3 : 4;

	glGetMaterialfv(face, pname, f);
	for (i = 0; i < n; i++)
		v[i] = n == 4 ? (GLint)llround(f[i] * 2147483647.0) :
		       (GLint)lroundf(f[i]);
}

void glGetClipPlane(GLenum plane, GLdouble *eq)
{
	CTX;
	int i;

	if (plane < GL_CLIP_PLANE0 || plane >= GL_CLIP_PLANE0 + NPLANES) {
		ppgl_error(C, GL_INVALID_ENUM);
		return;
	}
	for (i = 0; i < 4; i++)
		eq[i] = C->s.clip_plane[plane - GL_CLIP_PLANE0][i];
}

void glGetPolygonStipple(GLubyte *mask)
{
	CTX;
	int r;

	/* packed with the pack state's alignment of rows of 4 bytes */
	for (r = 0; r < 32; r++)
		memcpy(mask + r * 4, &C->s.poly_stipple_bits[r * 4], 4);
}
