// SPDX-License-Identifier: MIT
/* Plane formats as advertised, and the legacy SETPLANE ioctl. */
#include <errno.h>
#include <stdio.h>
#include <drm_fourcc.h>
#include "kms.h"

/* Bytes per pixel of the single-plane RGB formats we know how to fill. */
static int format_cpp(uint32_t f)
{
	switch (f) {
	case DRM_FORMAT_C8:
		return 1;
	case DRM_FORMAT_RGB565: case DRM_FORMAT_BGR565:
	case DRM_FORMAT_XRGB1555: case DRM_FORMAT_ARGB1555:
	case DRM_FORMAT_XRGB4444: case DRM_FORMAT_ARGB4444:
		return 2;
	case DRM_FORMAT_RGB888: case DRM_FORMAT_BGR888:
		return 3;
	case DRM_FORMAT_XRGB8888: case DRM_FORMAT_ARGB8888:
	case DRM_FORMAT_XBGR8888: case DRM_FORMAT_ABGR8888:
	case DRM_FORMAT_RGBX8888: case DRM_FORMAT_RGBA8888:
	case DRM_FORMAT_BGRX8888: case DRM_FORMAT_BGRA8888:
	case DRM_FORMAT_XRGB2101010: case DRM_FORMAT_ARGB2101010:
	case DRM_FORMAT_XBGR2101010: case DRM_FORMAT_ABGR2101010:
		return 4;
	default:
		return 0;
	}
}

/* Every format the primary plane lists makes an fb it can scan out. */
static void formats(struct kms *k)
{
	drmModePlanePtr p = drmModeGetPlane(k->fd, k->primary);
	uint32_t w = k->mode.hdisplay, h = k->mode.vdisplay;
	int tried = 0, bad = 0;
	char why[160] = "";

	if (!p || !p->count_formats) {
		fail("plane.formats-usable", "primary plane lists no formats");
		drmModeFreePlane(p);
		return;
	}
	for (uint32_t i = 0; i < p->count_formats; i++) {
		uint32_t f = p->formats[i], handle, pitch, id = 0;
		uint32_t hs[4] = { 0 }, ps[4] = { 0 }, os[4] = { 0 };
		int cpp = format_cpp(f), ret;
		drmModeAtomicReq *r;

		if (!cpp || kms_dumb(k->fd, w, h, cpp * 8, &handle, &pitch, NULL))
			continue;
		tried++;
		hs[0] = handle;
		ps[0] = pitch;
		ret = -drmModeAddFB2(k->fd, w, h, f, hs, ps, os, &id, 0);
		if (!ret) {
			r = kms_req();
			kms_add_plane(k, r, k->primary, id, w, h, 0, 0, w, h);
			ret = kms_commit(k, r, DRM_MODE_ATOMIC_TEST_ONLY, NULL);
			drmModeRmFB(k->fd, id);
		}
		if (ret) {
			bad++;
			snprintf(why, sizeof(why), "%.4s: %s", (char *)&f,
				 kms_errname(ret));
		}
		kms_dumb_destroy(k->fd, handle);
	}
	drmModeFreePlane(p);
	if (!tried)
		skip("plane.formats-usable", "no listed format is a plain RGB one");
	else if (bad)
		fail("plane.formats-usable", "%d of %d listed formats unusable (%s)",
		     bad, tried, why);
	else
		pass("plane.formats-usable");
}

static void setplane(struct kms *k)
{
	uint32_t w = k->mode.hdisplay, h = k->mode.vdisplay;

	kms_expect("plane.setplane-primary",
		   -drmModeSetPlane(k->fd, k->primary, k->crtc, k->fb[1].fb_id, 0,
				    0, 0, w, h, 0, 0, w << 16, h << 16), 0);
	kms_expect("plane.setplane-bad-plane",
		   -drmModeSetPlane(k->fd, 0xfffff, k->crtc, k->fb[1].fb_id, 0, 0,
				    0, w, h, 0, 0, w << 16, h << 16), ENOENT);
	kms_expect("plane.setplane-bad-fb",
		   -drmModeSetPlane(k->fd, k->primary, k->crtc, 0xfffff, 0, 0, 0,
				    w, h, 0, 0, w << 16, h << 16), ENOENT);
	kms_expect("plane.setplane-bad-crtc",
		   -drmModeSetPlane(k->fd, k->primary, 0xfffff, k->fb[1].fb_id, 0,
				    0, 0, w, h, 0, 0, w << 16, h << 16), ENOENT);
	kms_expect("plane.setplane-src-outside-fb",
		   -drmModeSetPlane(k->fd, k->primary, k->crtc, k->fb[1].fb_id, 0,
				    0, 0, w, h, 1 << 16, 0, w << 16, h << 16),
		   ENOSPC);
	kms_modeset(k, 0);
}

/* Panning inside a wider fb, and a pitch with padding, scan out. */
static void layouts(struct kms *k)
{
	uint32_t w = k->mode.hdisplay, h = k->mode.vdisplay;
	uint32_t hs[4] = { 0 }, ps[4] = { 0 }, os[4] = { 0 }, handle, pitch, id;
	drmModeAtomicReq *r;
	int ret;

	/* rows down, as fbdev pans: row starts keep the pitch's alignment */
	ret = kms_dumb(k->fd, w, 2 * h, 32, &handle, &pitch, NULL);
	if (ret) {
		fail("plane.pan-in-larger-fb", "%ux%u dumb buffer: %s", w, 2 * h,
		     kms_errname(ret));
		return;
	}
	hs[0] = handle;
	ps[0] = pitch;
	ret = -drmModeAddFB2(k->fd, w, 2 * h, DRM_FORMAT_XRGB8888, hs, ps, os,
			     &id, 0);
	if (!ret) {
		r = kms_req();
		kms_add_plane(k, r, k->primary, id, w, h, 0, 0, w, h);
		kms_add(r, k->primary, k->p.src_y, (uint64_t)h << 16);
		ret = kms_commit(k, r, 0, NULL);
		kms_modeset(k, 0);
		drmModeRmFB(k->fd, id);
	}
	kms_expect("plane.pan-in-larger-fb", ret, 0);
	/* the same buffer as a screen-sized fb whose rows are twice as long */
	ps[0] = 2 * pitch;
	ret = -drmModeAddFB2(k->fd, w, h, DRM_FORMAT_XRGB8888, hs, ps, os, &id, 0);
	if (!ret) {
		r = kms_req();
		kms_add_plane(k, r, k->primary, id, w, h, 0, 0, w, h);
		ret = kms_commit(k, r, 0, NULL);
		kms_modeset(k, 0);
		drmModeRmFB(k->fd, id);
	}
	kms_expect("plane.padded-pitch", ret, 0);
	kms_dumb_destroy(k->fd, handle);
}

void t_planes(struct kms *k)
{
	formats(k);
	layouts(k);
	setplane(k);
}
