// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * Mode setting: one CRTC scanning out a VRAM surface, a primary plane
 * (XRGB8888, RGB565) and a 64x64 ARGB8888 cursor plane.
 *
 * The card's WIDTH..BASE registers are armed values, latched together at
 * the first vblank after DISP_COMMIT, which raises FLIP.  A commit programs
 * them in atomic_flush and keeps its event until that FLIP, so userspace
 * learns of a page flip when the new frame is really on screen.  Nothing
 * on these paths reads a register: writes are posted, reads are not.
 */
#include <linux/kernel.h>
#include <drm/drm_atomic.h>
#include <drm/drm_atomic_helper.h>
#include <drm/drm_color_mgmt.h>
#include <drm/drm_damage_helper.h>
#include <drm/drm_drv.h>
#include <drm/drm_fourcc.h>
#include <drm/drm_framebuffer.h>
#include <drm/drm_gem_framebuffer_helper.h>
#include <drm/drm_gem_vram_helper.h>
#include <drm/drm_modeset_helper_vtables.h>
#include <drm/drm_print.h>
#include <drm/drm_simple_kms_helper.h>

#include "pp_drv.h"

#define PP_MIN_SIZE	64
#define PP_MAX_SIZE	4096
#define PP_MAX_STRIDE	16384
#define PP_STRIDE_ALIGN	64
#define PP_BASE_ALIGN	4096
/* the timing generator runs at 60 Hz whatever the mode says */
#define PP_REFRESH	60

static const u32 pp_primary_formats[] = {
	DRM_FORMAT_XRGB8888,
	DRM_FORMAT_RGB565,
};

static const u32 pp_cursor_formats[] = {
	DRM_FORMAT_ARGB8888,
};

static u32 pp_hw_format(u32 fourcc)
{
	return fourcc == DRM_FORMAT_RGB565 ? PP_FMT_RGB565 : PP_FMT_XRGB8888;
}

/* VRAM offset of the first pixel a plane shows; the fb is pinned by now. */
static s64 pp_plane_base(const struct drm_plane_state *state)
{
	const struct drm_framebuffer *fb = state->fb;
	struct drm_gem_vram_object *gbo = drm_gem_vram_of_gem(fb->obj[0]);
	s64 off = drm_gem_vram_offset(gbo);

	if (off < 0)
		return off;
	return off + fb->offsets[0] + (state->src.y1 >> 16) * fb->pitches[0] +
	       (state->src.x1 >> 16) * fb->format->cpp[0];
}

enum drm_mode_status pp_mode_valid(struct pp_device *pp,
				   const struct drm_display_mode *mode)
{
	u64 frame;

	if (mode->hdisplay < PP_MIN_SIZE || mode->hdisplay > PP_MAX_SIZE)
		return MODE_BAD_HVALUE;
	if (mode->vdisplay < PP_MIN_SIZE || mode->vdisplay > PP_MAX_SIZE)
		return MODE_BAD_VVALUE;
	if (mode->flags & DRM_MODE_FLAG_INTERLACE)
		return MODE_NO_INTERLACE;
	if (mode->flags & DRM_MODE_FLAG_DBLSCAN)
		return MODE_NO_DBLESCAN;
	if (abs(drm_mode_vrefresh(mode) - PP_REFRESH) > 1)
		return MODE_BAD;
	/* two XRGB8888 frames must fit to flip between them */
	frame = (u64)ALIGN(mode->hdisplay * 4, PP_STRIDE_ALIGN) * mode->vdisplay;
	if (2 * frame > pp->vram_size)
		return MODE_MEM;
	return MODE_OK;
}

/* Primary plane */

static int pp_primary_atomic_check(struct drm_plane *plane,
				   struct drm_atomic_state *state)
{
	struct drm_plane_state *new = drm_atomic_get_new_plane_state(state,
								     plane);
	struct drm_framebuffer *fb = new->fb;
	struct drm_crtc_state *crtc_state = NULL;
	u64 offset;
	int ret;

	if (new->crtc)
		crtc_state = drm_atomic_get_new_crtc_state(state, new->crtc);
	ret = drm_atomic_helper_check_plane_state(new, crtc_state,
						  DRM_PLANE_NO_SCALING,
						  DRM_PLANE_NO_SCALING,
						  false, true);
	if (ret || !new->visible)
		return ret;

	if (fb->pitches[0] % PP_STRIDE_ALIGN || fb->pitches[0] > PP_MAX_STRIDE) {
		drm_dbg_kms(plane->dev, "pitch %u not a multiple of %u up to %u\n",
			    fb->pitches[0], PP_STRIDE_ALIGN, PP_MAX_STRIDE);
		return -EINVAL;
	}
	/* objects are page aligned; the rest of the base is ours to check */
	offset = fb->offsets[0] + (u64)(new->src.y1 >> 16) * fb->pitches[0] +
		 (new->src.x1 >> 16) * fb->format->cpp[0];
	if (!IS_ALIGNED(offset, PP_BASE_ALIGN)) {
		drm_dbg_kms(plane->dev, "scan-out offset %llu not %u-aligned\n",
			    offset, PP_BASE_ALIGN);
		return -EINVAL;
	}
	return 0;
}

static void pp_primary_atomic_update(struct drm_plane *plane,
				     struct drm_atomic_state *state)
{
	struct pp_device *pp = to_pp(plane->dev);
	struct drm_plane_state *new = drm_atomic_get_new_plane_state(state,
								     plane);
	s64 base;
	int idx;

	if (!new->visible)
		return;
	base = pp_plane_base(new);
	if (base < 0 || !drm_dev_enter(&pp->drm, &idx))
		return;
	/* armed: latched with the mode at the vblank after DISP_COMMIT */
	pp_wr(pp, PP_REG_DISP_STRIDE, new->fb->pitches[0]);
	pp_wr(pp, PP_REG_DISP_FORMAT, pp_hw_format(new->fb->format->format));
	pp_wr(pp, PP_REG_DISP_BASE, base);
	drm_dev_exit(idx);
}

static const struct drm_plane_helper_funcs pp_primary_helper_funcs = {
	DRM_GEM_VRAM_PLANE_HELPER_FUNCS,
	.atomic_check = pp_primary_atomic_check,
	.atomic_update = pp_primary_atomic_update,
};

/* Cursor plane */

static int pp_cursor_atomic_check(struct drm_plane *plane,
				  struct drm_atomic_state *state)
{
	struct drm_plane_state *new = drm_atomic_get_new_plane_state(state,
								     plane);
	struct drm_framebuffer *fb = new->fb;
	struct drm_crtc_state *crtc_state = NULL;
	int ret;

	if (new->crtc)
		crtc_state = drm_atomic_get_new_crtc_state(state, new->crtc);
	ret = drm_atomic_helper_check_plane_state(new, crtc_state,
						  DRM_PLANE_NO_SCALING,
						  DRM_PLANE_NO_SCALING,
						  true, true);
	if (ret || !fb)
		return ret;

	/* the card shows a whole 64x64 image, positioned but never cropped */
	if (fb->width != PP_CURSOR_SIZE || fb->height != PP_CURSOR_SIZE ||
	    new->src_x || new->src_y ||
	    new->src_w != PP_CURSOR_SIZE << 16 ||
	    new->src_h != PP_CURSOR_SIZE << 16 ||
	    fb->pitches[0] != PP_CURSOR_SIZE * 4 ||
	    !IS_ALIGNED(fb->offsets[0], PP_BASE_ALIGN)) {
		drm_dbg_kms(plane->dev, "cursor must be a whole 64x64 image\n");
		return -EINVAL;
	}
	return 0;
}

static void pp_cursor_atomic_update(struct drm_plane *plane,
				    struct drm_atomic_state *state)
{
	struct pp_device *pp = to_pp(plane->dev);
	struct drm_plane_state *new = drm_atomic_get_new_plane_state(state,
								     plane);
	s64 base;
	s16 x, y;
	int idx;

	if (!new->visible)
		return;
	base = pp_plane_base(new);
	if (base < 0 || !drm_dev_enter(&pp->drm, &idx))
		return;
	x = clamp(new->crtc_x, S16_MIN, S16_MAX);
	y = clamp(new->crtc_y, S16_MIN, S16_MAX);
	pp_wr(pp, PP_REG_CUR_BASE, base);
	pp_wr(pp, PP_REG_CUR_POS, (u16)x | (u32)(u16)y << 16);
	drm_dev_exit(idx);
}

static const struct drm_plane_helper_funcs pp_cursor_helper_funcs = {
	DRM_GEM_VRAM_PLANE_HELPER_FUNCS,
	.atomic_check = pp_cursor_atomic_check,
	.atomic_update = pp_cursor_atomic_update,
};

static const struct drm_plane_funcs pp_plane_funcs = {
	.update_plane = drm_atomic_helper_update_plane,
	.disable_plane = drm_atomic_helper_disable_plane,
	.destroy = drm_plane_cleanup,
	.reset = drm_atomic_helper_plane_reset,
	.atomic_duplicate_state = drm_atomic_helper_plane_duplicate_state,
	.atomic_destroy_state = drm_atomic_helper_plane_destroy_state,
};

/* CRTC */

static void pp_send_event(struct drm_crtc *crtc,
			  struct drm_pending_vblank_event *event)
{
	unsigned long flags;

	spin_lock_irqsave(&crtc->dev->event_lock, flags);
	drm_crtc_send_vblank_event(crtc, event);
	spin_unlock_irqrestore(&crtc->dev->event_lock, flags);
}

/*
 * The card raises VBLANK and FLIP for one frame on two vectors, in either
 * order and, on a busy host, late or several frames' worth together.  The
 * first of a pair counts the frame; the other, if it comes within a frame,
 * is its pair and counts nothing.  A FLIP only pairs with a VBLANK counted
 * since the previous FLIP, so flip events' sequences always advance.
 */
static void pp_kms_count(struct pp_device *pp, u32 cause)
{
	s64 frame = pp->drm.vblank[0].framedur_ns ?: NSEC_PER_SEC / 60;
	s64 now = ktime_get_ns();
	unsigned long flags;
	bool count = true;

	spin_lock_irqsave(&pp->vbl_lock, flags);
	if (pp->vbl_unpaired && pp->vbl_unpaired != cause &&
	    now - pp->vbl_ns < frame) {
		pp->vbl_unpaired = 0;
		count = false;
	} else {
		pp->vbl_unpaired = cause;
		pp->vbl_ns = now;
	}
	spin_unlock_irqrestore(&pp->vbl_lock, flags);
	if (count)
		drm_crtc_handle_vblank(&pp->crtc);
}

void pp_kms_vblank(struct pp_device *pp)
{
	pp_kms_count(pp, BIT(PP_IRQ_VBLANK));
}

/* FLIP interrupt: the armed set is on screen, complete its commit. */
void pp_kms_flip_done(struct pp_device *pp)
{
	/* FLIP may outrun VBLANK on another vector: count the frame first */
	pp_kms_count(pp, BIT(PP_IRQ_FLIP));
	pp_kms_cancel_flip(pp);
}

/* Complete an armed commit whose FLIP will never come. */
void pp_kms_cancel_flip(struct pp_device *pp)
{
	struct drm_device *drm = &pp->drm;
	struct drm_pending_vblank_event *event;
	unsigned long flags;

	spin_lock_irqsave(&drm->event_lock, flags);
	event = pp->flip_event;
	pp->flip_event = NULL;
	if (event)
		drm_crtc_send_vblank_event(&pp->crtc, event);
	spin_unlock_irqrestore(&drm->event_lock, flags);
	if (event)
		drm_crtc_vblank_put(&pp->crtc);
}

static enum drm_mode_status pp_crtc_mode_valid(struct drm_crtc *crtc,
					       const struct drm_display_mode *mode)
{
	return pp_mode_valid(to_pp(crtc->dev), mode);
}

static int pp_crtc_atomic_check(struct drm_crtc *crtc,
				struct drm_atomic_state *state)
{
	struct drm_crtc_state *new = drm_atomic_get_new_crtc_state(state, crtc);

	if (new->color_mgmt_changed && new->gamma_lut &&
	    drm_color_lut_size(new->gamma_lut) != PP_GAMMA_SIZE) {
		drm_dbg_kms(crtc->dev, "gamma LUT of %d entries, want %u\n",
			    drm_color_lut_size(new->gamma_lut), PP_GAMMA_SIZE);
		return -EINVAL;
	}
	return 0;
}

static void pp_crtc_atomic_enable(struct drm_crtc *crtc,
				  struct drm_atomic_state *state)
{
	drm_crtc_vblank_on(crtc);
}

static void pp_crtc_atomic_disable(struct drm_crtc *crtc,
				   struct drm_atomic_state *state)
{
	struct pp_device *pp = to_pp(crtc->dev);
	int idx;

	if (drm_dev_enter(&pp->drm, &idx)) {
		pp_wr(pp, PP_REG_DISP_CTRL, 0);
		drm_dev_exit(idx);
	}
	pp_kms_cancel_flip(pp);
	drm_crtc_vblank_off(crtc);

	/* planes of an inactive CRTC are not flushed: answer here */
	if (crtc->state->event && !crtc->state->active) {
		pp_send_event(crtc, crtc->state->event);
		crtc->state->event = NULL;
	}
}

static void pp_load_gamma(struct pp_device *pp, struct drm_property_blob *blob)
{
	const struct drm_color_lut *lut = blob->data;
	unsigned int i;

	for (i = 0; i < PP_GAMMA_SIZE; i++)
		pp_wr(pp, PP_REG_GAMMA_LUT + 4 * i,
		      (lut[i].red >> 8) << 16 | (lut[i].green >> 8) << 8 |
		      lut[i].blue >> 8);
}

static void pp_crtc_atomic_flush(struct drm_crtc *crtc,
				 struct drm_atomic_state *state)
{
	struct pp_device *pp = to_pp(crtc->dev);
	struct drm_crtc_state *new = drm_atomic_get_new_crtc_state(state, crtc);
	struct drm_pending_vblank_event *event = new->event;
	struct drm_plane_state *primary = pp->primary.state;
	struct drm_plane_state *cursor = pp->cursor.state;
	unsigned long flags;
	u32 ctrl = 0;
	int idx;

	new->event = NULL;
	if (!drm_dev_enter(&pp->drm, &idx))
		goto out;

	pp_wr(pp, PP_REG_DISP_WIDTH, new->mode.hdisplay);
	pp_wr(pp, PP_REG_DISP_HEIGHT, new->mode.vdisplay);
	if (primary && primary->visible)
		ctrl |= PP_DISP_ENABLE;
	if (cursor && cursor->visible)
		ctrl |= PP_DISP_CURSOR;
	if (new->gamma_lut) {
		if (new->color_mgmt_changed)
			pp_load_gamma(pp, new->gamma_lut);
		ctrl |= PP_DISP_GAMMA;
	}
	pp_wr(pp, PP_REG_DISP_CTRL, ctrl);

	/* a legacy cursor move changes no armed register: no flip needed */
	if (!event && state->legacy_cursor_update)
		goto exit;

	if (event && drm_crtc_vblank_get(crtc) == 0) {
		spin_lock_irqsave(&pp->drm.event_lock, flags);
		/* helpers serialise commits; never lose an event anyway */
		if (pp->flip_event) {
			drm_crtc_send_vblank_event(crtc, pp->flip_event);
			drm_crtc_vblank_put(crtc);
		}
		pp->flip_event = event;
		spin_unlock_irqrestore(&pp->drm.event_lock, flags);
		event = NULL;
	}
	pp_wr(pp, PP_REG_DISP_COMMIT, 1);
exit:
	drm_dev_exit(idx);
out:
	if (event)
		pp_send_event(crtc, event);
}

static int pp_crtc_enable_vblank(struct drm_crtc *crtc)
{
	pp_irq_update_mask(to_pp(crtc->dev), BIT(PP_IRQ_VBLANK), 0);
	return 0;
}

static void pp_crtc_disable_vblank(struct drm_crtc *crtc)
{
	pp_irq_update_mask(to_pp(crtc->dev), 0, BIT(PP_IRQ_VBLANK));
}

static const struct drm_crtc_helper_funcs pp_crtc_helper_funcs = {
	.mode_valid = pp_crtc_mode_valid,
	.atomic_check = pp_crtc_atomic_check,
	.atomic_flush = pp_crtc_atomic_flush,
	.atomic_enable = pp_crtc_atomic_enable,
	.atomic_disable = pp_crtc_atomic_disable,
};

static const struct drm_crtc_funcs pp_crtc_funcs = {
	.reset = drm_atomic_helper_crtc_reset,
	.destroy = drm_crtc_cleanup,
	.set_config = drm_atomic_helper_set_config,
	.page_flip = drm_atomic_helper_page_flip,
	.atomic_duplicate_state = drm_atomic_helper_crtc_duplicate_state,
	.atomic_destroy_state = drm_atomic_helper_crtc_destroy_state,
	.enable_vblank = pp_crtc_enable_vblank,
	.disable_vblank = pp_crtc_disable_vblank,
};

/* Device */

/* 6.1's core accepts any known format here; no plane scans these out */
static struct drm_framebuffer *
pp_fb_create(struct drm_device *drm, struct drm_file *file,
	     const struct drm_mode_fb_cmd2 *cmd)
{
	if (!drm_any_plane_has_format(drm, cmd->pixel_format, cmd->modifier[0]))
		return ERR_PTR(-EINVAL);
	return drm_gem_fb_create_with_dirty(drm, file, cmd);
}

static const struct drm_mode_config_funcs pp_mode_config_funcs = {
	.fb_create = pp_fb_create,
	.atomic_check = drm_atomic_helper_check,
	.atomic_commit = drm_atomic_helper_commit,
};

/*
 * The CRTC is enabled before its planes are flushed, so vblank is on when
 * flush arms the event.  The commit is done when its FLIP came (flip_done),
 * not after a fixed wait for the next vblank: the card is a process that a
 * loaded machine may schedule late.
 */
static void pp_commit_tail(struct drm_atomic_state *old_state)
{
	struct drm_device *drm = old_state->dev;

	drm_atomic_helper_commit_modeset_disables(drm, old_state);
	drm_atomic_helper_commit_modeset_enables(drm, old_state);
	drm_atomic_helper_commit_planes(drm, old_state,
					DRM_PLANE_COMMIT_ACTIVE_ONLY);
	drm_atomic_helper_fake_vblank(old_state);
	drm_atomic_helper_commit_hw_done(old_state);
	drm_atomic_helper_wait_for_flip_done(drm, old_state);
	drm_atomic_helper_cleanup_planes(drm, old_state);
}

static const struct drm_mode_config_helper_funcs pp_mode_config_helpers = {
	.atomic_commit_tail = pp_commit_tail,
};

int pp_kms_init(struct pp_device *pp)
{
	struct drm_device *drm = &pp->drm;
	struct drm_plane *cursor = NULL;
	int ret;

	ret = drmm_mode_config_init(drm);
	if (ret)
		return ret;
	drm->mode_config.min_width = PP_MIN_SIZE;
	drm->mode_config.min_height = PP_MIN_SIZE;
	drm->mode_config.max_width = PP_MAX_SIZE;
	drm->mode_config.max_height = PP_MAX_SIZE;
	drm->mode_config.preferred_depth = 24;
#ifdef PP_HAVE_PREFER_SHADOW_FBDEV
	/* the console draws in system memory, VRAM gets the damaged lines */
	drm->mode_config.prefer_shadow_fbdev = true;
#endif
	drm->mode_config.cursor_width = PP_CURSOR_SIZE;
	drm->mode_config.cursor_height = PP_CURSOR_SIZE;
	drm->mode_config.funcs = &pp_mode_config_funcs;
	drm->mode_config.helper_private = &pp_mode_config_helpers;

	ret = drm_universal_plane_init(drm, &pp->primary, 0, &pp_plane_funcs,
				       pp_primary_formats,
				       ARRAY_SIZE(pp_primary_formats), NULL,
				       DRM_PLANE_TYPE_PRIMARY, NULL);
	if (ret)
		return ret;
	drm_plane_helper_add(&pp->primary, &pp_primary_helper_funcs);
	drm_plane_enable_fb_damage_clips(&pp->primary);

	if (pp->caps & PP_CAPS_CURSOR) {
		ret = drm_universal_plane_init(drm, &pp->cursor, 0,
					       &pp_plane_funcs,
					       pp_cursor_formats,
					       ARRAY_SIZE(pp_cursor_formats),
					       NULL, DRM_PLANE_TYPE_CURSOR,
					       NULL);
		if (ret)
			return ret;
		drm_plane_helper_add(&pp->cursor, &pp_cursor_helper_funcs);
		cursor = &pp->cursor;
	}

	ret = drm_crtc_init_with_planes(drm, &pp->crtc, &pp->primary, cursor,
					&pp_crtc_funcs, NULL);
	if (ret)
		return ret;
	drm_crtc_helper_add(&pp->crtc, &pp_crtc_helper_funcs);
	if (pp->caps & PP_CAPS_GAMMA) {
		ret = drm_mode_crtc_set_gamma_size(&pp->crtc, PP_GAMMA_SIZE);
		if (ret)
			return ret;
		drm_crtc_enable_color_mgmt(&pp->crtc, 0, false, PP_GAMMA_SIZE);
	}

	ret = drm_simple_encoder_init(drm, &pp->encoder, DRM_MODE_ENCODER_DAC);
	if (ret)
		return ret;
	pp->encoder.possible_crtcs = drm_crtc_mask(&pp->crtc);

	ret = pp_connector_init(pp);
	if (ret)
		return ret;
	ret = drm_connector_attach_encoder(&pp->connector, &pp->encoder);
	if (ret)
		return ret;

	/*
	 * Vblanks are counted and stamped as their interrupts arrive, not
	 * from DISP_VBLANK_COUNT and DISP_VBLANK_TIME: a register read is a
	 * round trip to the card's process, which may be waiting for the
	 * very CPU that would spin on the answer with interrupts off.
	 */
	return drm_vblank_init(drm, 1);
}
