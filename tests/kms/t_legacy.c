// SPDX-License-Identifier: MIT
/* Legacy SETCRTC, GETCRTC, gamma and the connector DPMS property. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <drm_fourcc.h>
#include "kms.h"

static void setcrtc(struct kms *k)
{
	uint32_t conn = k->conn, bad = 0xfffff;
	drmModeModeInfo m = k->mode;
	drmModeCrtcPtr c;
	struct kms_fb f;

	kms_expect("legacy.setcrtc",
		   -drmModeSetCrtc(k->fd, k->crtc, k->fb[1].fb_id, 0, 0, &conn, 1,
				   &k->mode), 0);
	c = drmModeGetCrtc(k->fd, k->crtc);
	if (!c || c->buffer_id != k->fb[1].fb_id || !c->mode_valid ||
	    c->mode.hdisplay != k->mode.hdisplay)
		fail("legacy.getcrtc", "GETCRTC does not show the mode just set");
	else
		pass("legacy.getcrtc");
	drmModeFreeCrtc(c);
	kms_expect("legacy.setcrtc-bad-connector",
		   -drmModeSetCrtc(k->fd, k->crtc, k->fb[0].fb_id, 0, 0, &bad, 1,
				   &k->mode), ENOENT);
	kms_expect("legacy.setcrtc-bad-fb",
		   -drmModeSetCrtc(k->fd, k->crtc, 0xfffff, 0, 0, &conn, 1,
				   &k->mode), ENOENT);
	kms_expect("legacy.setcrtc-bad-crtc",
		   -drmModeSetCrtc(k->fd, 0xfffff, k->fb[0].fb_id, 0, 0, &conn, 1,
				   &k->mode), ENOENT);
	kms_expect("legacy.setcrtc-no-connectors",
		   -drmModeSetCrtc(k->fd, k->crtc, k->fb[0].fb_id, 0, 0, NULL, 0,
				   &k->mode), EINVAL);
	kms_expect("legacy.setcrtc-viewport-outside-fb",
		   -drmModeSetCrtc(k->fd, k->crtc, k->fb[0].fb_id, 8, 0, &conn, 1,
				   &k->mode), ENOSPC);
	m.clock = 0;
	kms_expect("legacy.setcrtc-invalid-mode",
		   -drmModeSetCrtc(k->fd, k->crtc, k->fb[0].fb_id, 0, 0, &conn, 1,
				   &m), EINVAL);
	if (kms_fb_create(k->fd, 64, 64, DRM_FORMAT_XRGB8888, &f) == 0) {
		kms_expect("legacy.setcrtc-fb-too-small",
			   -drmModeSetCrtc(k->fd, k->crtc, f.fb_id, 0, 0, &conn, 1,
					   &k->mode), ENOSPC);
		kms_fb_destroy(k->fd, &f);
	}
	kms_expect("legacy.setcrtc-off",
		   -drmModeSetCrtc(k->fd, k->crtc, 0, 0, 0, NULL, 0, NULL), 0);
	kms_modeset(k, 0);
}

static void legacy_gamma(struct kms *k)
{
	drmModeCrtcPtr c = drmModeGetCrtc(k->fd, k->crtc);
	int size = c ? c->gamma_size : 0;
	uint16_t *lut;

	drmModeFreeCrtc(c);
	if (size <= 0) {
		skip("legacy.gamma", "gamma_size is 0");
		skip("legacy.gamma-wrong-size", "gamma_size is 0");
		return;
	}
	lut = calloc(3 * (size_t)(size + 1), sizeof(*lut));
	if (drmModeCrtcGetGamma(k->fd, k->crtc, size, lut, lut + size,
				lut + 2 * size)) {
		fail("legacy.gamma", "GETGAMMA: %s", kms_errname(errno));
	} else {
		for (int i = 0; i < size; i++)
			lut[i] = lut[size + i] = lut[2 * size + i] =
				(uint16_t)(i * 0xffff / (size - 1));
		kms_expect("legacy.gamma",
			   -drmModeCrtcSetGamma(k->fd, k->crtc, size, lut,
						lut + size, lut + 2 * size), 0);
	}
	kms_expect("legacy.gamma-wrong-size",
		   -drmModeCrtcSetGamma(k->fd, k->crtc, size + 1, lut,
					lut + size + 1, lut + 2 * (size + 1)),
		   EINVAL);
	free(lut);
}

static void dpms(struct kms *k)
{
	uint32_t prop = kms_prop(k->fd, k->conn, DRM_MODE_OBJECT_CONNECTOR, "DPMS");
	uint64_t v = 99;

	if (!prop) {
		skip("legacy.dpms", "no DPMS property");
		return;
	}
	if (drmModeConnectorSetProperty(k->fd, k->conn, prop, DRM_MODE_DPMS_OFF) ||
	    kms_prop_value(k->fd, k->crtc, DRM_MODE_OBJECT_CRTC, "ACTIVE", &v) ||
	    v != 0)
		fail("legacy.dpms", "DPMS off left ACTIVE=%llu", (unsigned long long)v);
	else if (drmModeConnectorSetProperty(k->fd, k->conn, prop, DRM_MODE_DPMS_ON) ||
		 kms_prop_value(k->fd, k->crtc, DRM_MODE_OBJECT_CRTC, "ACTIVE", &v) ||
		 v != 1)
		fail("legacy.dpms", "DPMS on left ACTIVE=%llu", (unsigned long long)v);
	else
		pass("legacy.dpms");
}

void t_legacy(struct kms *k)
{
	setcrtc(k);
	legacy_gamma(k);
	dpms(k);
}
