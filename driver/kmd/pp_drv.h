/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * protopciem_driver: DRM driver of the ProtoPCIem card, display side.
 */
#ifndef PP_DRV_H
#define PP_DRV_H

#include <linux/io.h>
#include <linux/spinlock.h>
#include <linux/workqueue.h>
#include <drm/drm_connector.h>
#include <drm/drm_crtc.h>
#include <drm/drm_device.h>
#include <drm/drm_encoder.h>
#include <drm/drm_plane.h>
#include <drm/drm_vblank.h>
#include <protopciem/regs.h>

#define PP_DRIVER_NAME	"protopciem"

/* What a display of revision 1.0 offers when CAPS cannot be trusted. */
#define PP_CAPS_DISPLAY_ALL (PP_CAPS_DISPLAY | PP_CAPS_EDID | PP_CAPS_CURSOR | \
			     PP_CAPS_GAMMA | PP_CAPS_HOTPLUG)

struct pp_render;

struct pp_device {
	struct drm_device drm;
	void __iomem *mmio;
	resource_size_t vram_base;
	resource_size_t vram_size;
	u32 caps;

	struct drm_plane primary;
	struct drm_plane cursor;
	struct drm_crtc crtc;
	struct drm_encoder encoder;
	struct drm_connector connector;

	/* IRQ_MASK as programmed; irq_lock also orders its updates */
	spinlock_t irq_lock;
	u32 irq_mask;
	bool irq_quiesced;	/* remove() began: IRQ_MASK stays 0 */
	int nvec;
	bool msix;
	bool intx;
	struct pp_vector {
		struct pp_device *pp;
		unsigned int cause;
	} vec[PP_IRQ_COUNT];

	/* pairs one frame's VBLANK and FLIP so DRM counts the frame once */
	spinlock_t vbl_lock;
	u32 vbl_unpaired;	/* 0, or the cause that counted a frame alone */
	s64 vbl_ns;		/* when it did */
	/* page-flip event waiting for the FLIP interrupt, under event_lock */
	struct drm_pending_vblank_event *flip_event;

	struct work_struct hotplug_work;
	/* monitor as last sensed; under mode_config.mutex once registered */
	bool connected;
	u8 edid[256];
	bool edid_ok;		/* last EDID read was valid */
	bool edid_checked;	/* edid_ok is meaningful: warn only on a change */

	/* render node (pp_render.h); NULL if it could not start */
	struct pp_render *render;

	/* interrupt statistics for debugfs; updated without locks */
	unsigned long irq_count[PP_IRQ_COUNT];
	unsigned long irq_unexpected;
};

static inline struct pp_device *to_pp(struct drm_device *drm)
{
	return container_of(drm, struct pp_device, drm);
}

static inline u32 pp_rd(struct pp_device *pp, u32 reg)
{
	return readl(pp->mmio + reg);
}

static inline void pp_wr(struct pp_device *pp, u32 reg, u32 val)
{
	writel(val, pp->mmio + reg);
}

/* pp_kms.c */
int pp_kms_init(struct pp_device *pp);
void pp_kms_vblank(struct pp_device *pp);
void pp_kms_flip_done(struct pp_device *pp);
void pp_kms_cancel_flip(struct pp_device *pp);
enum drm_mode_status pp_mode_valid(struct pp_device *pp,
				   const struct drm_display_mode *mode);

/* pp_connector.c */
int pp_connector_init(struct pp_device *pp);
void pp_connector_sense(struct pp_device *pp);

/* pp_irq.c */
int pp_irq_init(struct pp_device *pp);
void pp_irq_update_mask(struct pp_device *pp, u32 set, u32 clear);
void pp_irq_quiesce(struct pp_device *pp);

/* pp_debugfs.c */
void pp_debugfs_init(struct drm_minor *minor);

#endif
