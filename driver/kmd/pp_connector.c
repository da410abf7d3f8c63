// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * The card's monitor connector: modes from the EDID at PP_REG_EDID,
 * presence from DISP_STATUS.CONNECTED, changes signalled by HOTPLUG.
 * Both are read from the card at probe and at each HOTPLUG only, so a
 * probe of the connector by userspace costs no register round trip.
 * A missing or corrupt EDID is logged once and replaced by the standard
 * modes up to 1024x768, so a console always comes up.
 */
#include <drm/drm_atomic_helper.h>
#include <drm/drm_drv.h>
#include <drm/drm_edid.h>
#include <drm/drm_modeset_helper_vtables.h>
#include <drm/drm_print.h>
#include <drm/drm_probe_helper.h>

#include "pp_drv.h"

#define PP_FALLBACK_WIDTH	1024
#define PP_FALLBACK_HEIGHT	768

/* drm_edid's block reader, on the copy taken by pp_connector_sense(). */
static int pp_read_edid_block(void *data, u8 *buf, unsigned int block,
			      size_t len)
{
	struct pp_device *pp = data;
	size_t start = block * EDID_LENGTH;

	if (start + len > sizeof(pp->edid))
		return -EINVAL;
	memcpy(buf, pp->edid + start, len);
	return 0;
}

/* Read presence and EDID from the card; mode_config.mutex held or unshared. */
void pp_connector_sense(struct pp_device *pp)
{
	__le32 word;
	u32 disp;
	int idx, i;

	pp->connected = false;
	memset(pp->edid, 0, sizeof(pp->edid));
	if (!drm_dev_enter(&pp->drm, &idx))
		return;
	if (pp->caps & PP_CAPS_HOTPLUG) {
		disp = pp_rd(pp, PP_REG_DISP_STATUS);
		pp->connected = disp != ~0u && (disp & PP_DISP_CONNECTED);
	} else {
		pp->connected = true;
	}
	if (pp->connected && (pp->caps & PP_CAPS_EDID)) {
		for (i = 0; i < sizeof(pp->edid); i += 4) {
			word = cpu_to_le32(pp_rd(pp, PP_REG_EDID + i));
			memcpy(pp->edid + i, &word, 4);
		}
	}
	drm_dev_exit(idx);
}

static void pp_edid_status(struct pp_device *pp, bool ok)
{
	if (!ok && (pp->edid_ok || !pp->edid_checked))
		drm_warn(&pp->drm, "EDID missing or invalid, using standard modes up to %ux%u\n",
			 PP_FALLBACK_WIDTH, PP_FALLBACK_HEIGHT);
	pp->edid_ok = ok;
	pp->edid_checked = true;
}

#ifdef PP_HAVE_DRM_EDID
static int pp_edid_modes(struct pp_device *pp)
{
	struct drm_connector *connector = &pp->connector;
	const struct drm_edid *drm_edid = NULL;
	int count;

	if (pp->caps & PP_CAPS_EDID)
		drm_edid = drm_edid_read_custom(connector, pp_read_edid_block,
						pp);
	count = drm_edid_connector_update(connector, drm_edid);
#ifdef PP_HAVE_EDID_ADD_MODES
	count = drm_edid_connector_add_modes(connector);
#endif
	drm_edid_free(drm_edid);
	return drm_edid ? count : 0;
}
#else
static int pp_edid_modes(struct pp_device *pp)
{
	struct drm_connector *connector = &pp->connector;
	struct edid *edid = NULL;
	int count = 0;

	if (pp->caps & PP_CAPS_EDID)
		edid = drm_do_get_edid(connector, pp_read_edid_block, pp);
	drm_connector_update_edid_property(connector, edid);
	if (edid)
		count = drm_add_edid_modes(connector, edid);
	kfree(edid);
	return count;
}
#endif

static int pp_connector_get_modes(struct drm_connector *connector)
{
	struct pp_device *pp = to_pp(connector->dev);
	int count;

	count = pp_edid_modes(pp);
	pp_edid_status(pp, count > 0);
	if (count > 0)
		return count;
	count = drm_add_modes_noedid(connector, PP_FALLBACK_WIDTH,
				     PP_FALLBACK_HEIGHT);
	drm_set_preferred_mode(connector, PP_FALLBACK_WIDTH,
			       PP_FALLBACK_HEIGHT);
	return count;
}

static enum drm_mode_status
pp_connector_mode_valid(struct drm_connector *connector,
			struct drm_display_mode *mode)
{
	return pp_mode_valid(to_pp(connector->dev), mode);
}

static const struct drm_connector_helper_funcs pp_connector_helper_funcs = {
	.get_modes = pp_connector_get_modes,
	.mode_valid = pp_connector_mode_valid,
};

static enum drm_connector_status
pp_connector_detect(struct drm_connector *connector, bool force)
{
	struct pp_device *pp = to_pp(connector->dev);

	if (drm_dev_is_unplugged(&pp->drm) || !pp->connected)
		return connector_status_disconnected;
	return connector_status_connected;
}

static const struct drm_connector_funcs pp_connector_funcs = {
	.detect = pp_connector_detect,
	.fill_modes = drm_helper_probe_single_connector_modes,
	.destroy = drm_connector_cleanup,
	.reset = drm_atomic_helper_connector_reset,
	.atomic_duplicate_state = drm_atomic_helper_connector_duplicate_state,
	.atomic_destroy_state = drm_atomic_helper_connector_destroy_state,
};

int pp_connector_init(struct pp_device *pp)
{
	struct drm_connector *connector = &pp->connector;
	int ret;

	ret = drm_connector_init(&pp->drm, connector, &pp_connector_funcs,
				 DRM_MODE_CONNECTOR_VGA);
	if (ret)
		return ret;
	drm_connector_helper_add(connector, &pp_connector_helper_funcs);
	if (pp->caps & PP_CAPS_HOTPLUG)
		connector->polled = DRM_CONNECTOR_POLL_HPD;
	pp_connector_sense(pp);
	return 0;
}
