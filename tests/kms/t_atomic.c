// SPDX-License-Identifier: MIT
/* Atomic commits: flags, object/property/blob validation, modeset rules. */
#include <errno.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <drm_fourcc.h>
#include "kms.h"

#ifndef DRM_CAP_ATOMIC_ASYNC_PAGE_FLIP
#define DRM_CAP_ATOMIC_ASYNC_PAGE_FLIP 0x15
#endif
#define TEST DRM_MODE_ATOMIC_TEST_ONLY
#define MODESET DRM_MODE_ATOMIC_ALLOW_MODESET

static int crtc_fb(struct kms *k, uint32_t *fb, uint32_t *mode_valid)
{
	struct drm_mode_crtc c = { .crtc_id = k->crtc };
	int ret = kms_io(k->fd, DRM_IOCTL_MODE_GETCRTC, &c);

	*fb = c.fb_id;
	*mode_valid = c.mode_valid;
	return ret;
}

static void commits(struct kms *k)
{
	drmModeAtomicReq *r;
	uint32_t fb, valid;
	uint64_t v;

	/* test-only must not change anything */
	r = kms_req();
	kms_add_modeset(k, r, &k->fb[1], k->mode_blob);
	if (kms_expect("atomic.test-only", kms_commit(k, r, TEST | MODESET, NULL), 0)) {
		crtc_fb(k, &fb, &valid);
		if (fb != k->fb[0].fb_id)
			fail("atomic.test-only-changes-nothing", "fb is %u, want %u",
			     fb, k->fb[0].fb_id);
		else
			pass("atomic.test-only-changes-nothing");
	}
	r = kms_req();
	kms_add_modeset(k, r, &k->fb[1], k->mode_blob);
	if (kms_expect("atomic.modeset", kms_commit(k, r, MODESET, NULL), 0)) {
		crtc_fb(k, &fb, &valid);
		if (fb != k->fb[1].fb_id || !valid)
			fail("atomic.modeset-readback", "GETCRTC fb %u valid %u",
			     fb, valid);
		else if (kms_prop_value(k->fd, k->primary, DRM_MODE_OBJECT_PLANE,
					"FB_ID", &v) || v != k->fb[1].fb_id)
			fail("atomic.modeset-readback", "plane FB_ID is %llu",
			     (unsigned long long)v);
		else if (kms_prop_value(k->fd, k->conn, DRM_MODE_OBJECT_CONNECTOR,
					"CRTC_ID", &v) || v != k->crtc)
			fail("atomic.modeset-readback", "connector CRTC_ID is %llu",
			     (unsigned long long)v);
		else
			pass("atomic.modeset-readback");
	}
	kms_expect("atomic.page-flip-blocking",
		   kms_flip(k, k->fb[0].fb_id, 0, NULL), 0);
	/* an empty commit is valid and does nothing (libdrm skips the
	 * ioctl for an empty request, so call it directly)
	 */
	{
		struct drm_mode_atomic a = { 0 };

		kms_expect("atomic.empty-commit",
			   kms_io(k->fd, DRM_IOCTL_MODE_ATOMIC, &a), 0);
	}
}

static void modeset_rules(struct kms *k)
{
	drmModeAtomicReq *r;
	uint32_t blob;

	r = kms_req();
	kms_add(r, k->crtc, k->p.crtc_active, 0);
	kms_expect("atomic.active-off-needs-allow-modeset",
		   kms_commit(k, r, 0, NULL), EINVAL);
	if (k->has_mode2 &&
	    !drmModeCreatePropertyBlob(k->fd, &k->mode2, sizeof(k->mode2), &blob)) {
		r = kms_req();
		kms_add(r, k->crtc, k->p.crtc_mode_id, blob);
		kms_expect("atomic.mode-change-needs-allow-modeset",
			   kms_commit(k, r, TEST, NULL), EINVAL);
		drmModeDestroyPropertyBlob(k->fd, blob);
	} else {
		skip("atomic.mode-change-needs-allow-modeset",
		     "the connector offers a single mode size");
	}
	r = kms_req();
	kms_add(r, k->crtc, k->p.crtc_mode_id, 0);
	kms_add(r, k->crtc, k->p.crtc_active, 1);
	kms_expect("atomic.active-without-mode", kms_commit(k, r, TEST | MODESET, NULL),
		   EINVAL);
	r = kms_req();
	kms_add_modeset(k, r, &k->fb[0], k->mode_blob);
	kms_add(r, k->conn, k->p.conn_crtc_id, 0);
	kms_expect("atomic.crtc-on-without-connector",
		   kms_commit(k, r, TEST | MODESET, NULL), EINVAL);
	r = kms_req();
	kms_add_modeset(k, r, &k->fb[0], k->mode_blob);
	kms_add(r, k->crtc, k->p.crtc_active, 0);
	kms_add(r, k->crtc, k->p.crtc_mode_id, k->mode_blob);
	kms_expect("atomic.enabled-but-inactive", kms_commit(k, r, TEST | MODESET, NULL),
		   0);
	if (kms_disable(k)) {
		fail("atomic.disable", "switching the pipe off failed");
	} else {
		uint32_t fb, valid;

		crtc_fb(k, &fb, &valid);
		if (fb || valid)
			fail("atomic.disable", "CRTC still has fb %u valid %u", fb, valid);
		else
			pass("atomic.disable");
	}
	kms_expect("atomic.enable-again", kms_modeset(k, 0), 0);
}

/* Enabling and disabling a CRTC with an event both deliver it. */
static void modeset_events(struct kms *k)
{
	struct kms_event ev;
	drmModeAtomicReq *r;
	int ret;

	kms_drain(k->fd);
	r = kms_req();
	kms_add(r, k->conn, k->p.conn_crtc_id, 0);
	kms_add(r, k->crtc, k->p.crtc_mode_id, 0);
	kms_add(r, k->crtc, k->p.crtc_active, 0);
	kms_add_plane(k, r, k->primary, 0, 0, 0, 0, 0, 0, 0);
	if (k->cursor)
		kms_add_plane(k, r, k->cursor, 0, 0, 0, 0, 0, 0, 0);
	ret = kms_commit(k, r, MODESET | DRM_MODE_ATOMIC_NONBLOCK |
			 DRM_MODE_PAGE_FLIP_EVENT, (void *)0xd15);
	if (ret)
		fail("atomic.event-on-disable", "commit: %s", kms_errname(ret));
	else if (kms_event(k->fd, 1000, &ev) != 1 || ev.user != 0xd15)
		fail("atomic.event-on-disable", "no event within 1 s");
	else
		pass("atomic.event-on-disable");
	r = kms_req();
	kms_add_modeset(k, r, &k->fb[0], k->mode_blob);
	ret = kms_commit(k, r, MODESET | DRM_MODE_ATOMIC_NONBLOCK |
			 DRM_MODE_PAGE_FLIP_EVENT, (void *)0xe4a);
	if (ret)
		fail("atomic.event-on-enable", "commit: %s", kms_errname(ret));
	else if (kms_event(k->fd, 1000, &ev) != 1 || ev.user != 0xe4a)
		fail("atomic.event-on-enable", "no event within 1 s");
	else
		pass("atomic.event-on-enable");
	kms_modeset(k, 0);
}

static void flags(struct kms *k)
{
	struct drm_mode_atomic a = { .flags = 0x80000000 };
	uint64_t async = 0;

	kms_expect("atomic.unknown-flag", kms_io(k->fd, DRM_IOCTL_MODE_ATOMIC, &a),
		   EINVAL);
	a.flags = 0;
	a.reserved = 1;
	kms_expect("atomic.reserved-nonzero",
		   kms_io(k->fd, DRM_IOCTL_MODE_ATOMIC, &a), EINVAL);
	kms_expect("atomic.test-only-with-event",
		   kms_flip(k, k->fb[0].fb_id, TEST | DRM_MODE_PAGE_FLIP_EVENT, NULL),
		   EINVAL);
	/* an event needs a CRTC to come from */
	a.reserved = 0;
	a.flags = DRM_MODE_PAGE_FLIP_EVENT;
	kms_expect("atomic.event-without-crtc",
		   kms_io(k->fd, DRM_IOCTL_MODE_ATOMIC, &a), EINVAL);
	a.flags = 0;
	drmGetCap(k->fd, DRM_CAP_ATOMIC_ASYNC_PAGE_FLIP, &async);
	if (async)
		skip("atomic.async-unsupported", "driver offers atomic async flips");
	else
		kms_expect("atomic.async-unsupported",
			   kms_flip(k, k->fb[0].fb_id, DRM_MODE_PAGE_FLIP_ASYNC, NULL),
			   EINVAL);
	/* count_props pointing at garbage must fault cleanly */
	a.count_objs = 1;
	a.objs_ptr = 8;
	a.count_props_ptr = 8;
	kms_expect("atomic.bad-user-pointer",
		   kms_io(k->fd, DRM_IOCTL_MODE_ATOMIC, &a), EFAULT);
}

static void objects(struct kms *k)
{
	drmModeAtomicReq *r;

	r = kms_req();
	kms_add(r, 0xfffff, k->p.fb_id, k->fb[0].fb_id);
	kms_expect("atomic.bad-object-id", kms_commit(k, r, TEST, NULL), ENOENT);
	r = kms_req();
	kms_add(r, k->primary, 0xfffff, 0);
	kms_expect("atomic.bad-property-id", kms_commit(k, r, TEST, NULL), ENOENT);
	r = kms_req();
	kms_add(r, k->primary, k->p.crtc_active, 1);
	kms_expect("atomic.property-of-other-object", kms_commit(k, r, TEST, NULL),
		   ENOENT);
	r = kms_req();
	kms_add(r, k->crtc, k->p.crtc_active, 2);
	kms_expect("atomic.bool-out-of-range", kms_commit(k, r, TEST, NULL), EINVAL);
	r = kms_req();
	kms_add(r, k->primary, k->p.crtc_id, k->conn);
	kms_expect("atomic.object-prop-wrong-type", kms_commit(k, r, TEST, NULL),
		   EINVAL);
	r = kms_req();
	kms_add(r, k->primary, k->p.fb_id, 0xfffff);
	kms_expect("atomic.fb-id-bad", kms_commit(k, r, TEST, NULL), EINVAL);
	r = kms_req();
	kms_add(r, k->conn, k->p.conn_crtc_id, k->primary);
	kms_expect("atomic.connector-crtc-wrong-type", kms_commit(k, r, TEST, NULL),
		   EINVAL);
	r = kms_req();
	kms_add(r, k->primary, kms_prop(k->fd, k->primary, DRM_MODE_OBJECT_PLANE,
					"type"), DRM_PLANE_TYPE_OVERLAY);
	kms_expect("atomic.immutable-property", kms_commit(k, r, TEST, NULL), EINVAL);
	if (k->p.in_fence) {
		r = kms_req();
		kms_add(r, k->primary, k->p.in_fence, 9999);
		kms_expect("atomic.in-fence-bad-fd", kms_commit(k, r, TEST, NULL),
			   EINVAL);
	} else {
		skip("atomic.in-fence-bad-fd", "no IN_FENCE_FD property");
	}
}

static void blobs(struct kms *k)
{
	drmModeAtomicReq *r;
	drmModeModeInfo m;
	uint32_t blob;
	uint8_t junk[12] = { 0 };

	r = kms_req();
	kms_add(r, k->crtc, k->p.crtc_mode_id, 0xfffff);
	kms_expect("atomic.mode-id-bad-blob", kms_commit(k, r, TEST | MODESET, NULL),
		   EINVAL);
	drmModeCreatePropertyBlob(k->fd, junk, sizeof(junk), &blob);
	r = kms_req();
	kms_add(r, k->crtc, k->p.crtc_mode_id, blob);
	kms_expect("atomic.mode-id-wrong-size", kms_commit(k, r, TEST | MODESET, NULL),
		   EINVAL);
	drmModeDestroyPropertyBlob(k->fd, blob);

	m = k->mode;
	m.hsync_start = m.hdisplay - 1;	/* sync before the active area ends */
	drmModeCreatePropertyBlob(k->fd, &m, sizeof(m), &blob);
	r = kms_req();
	kms_add_modeset(k, r, &k->fb[0], blob);
	kms_expect("atomic.mode-invalid-timings",
		   kms_commit(k, r, TEST | MODESET, NULL), EINVAL);
	drmModeDestroyPropertyBlob(k->fd, blob);

	m = k->mode;
	m.clock = 0;
	drmModeCreatePropertyBlob(k->fd, &m, sizeof(m), &blob);
	r = kms_req();
	kms_add_modeset(k, r, &k->fb[0], blob);
	kms_expect("atomic.mode-zero-clock", kms_commit(k, r, TEST | MODESET, NULL),
		   EINVAL);
	drmModeDestroyPropertyBlob(k->fd, blob);

	/* a well-formed mode larger than any scan-out the card can do */
	memset(&m, 0, sizeof(m));
	m.hdisplay = 16384;
	m.hsync_start = 16400;
	m.hsync_end = 16500;
	m.htotal = 16600;
	m.vdisplay = 16384;
	m.vsync_start = 16390;
	m.vsync_end = 16400;
	m.vtotal = 16410;
	m.clock = (uint32_t)((uint64_t)16600 * 16410 * 60 / 1000);
	m.vrefresh = 60;
	strcpy(m.name, "16384x16384");
	drmModeCreatePropertyBlob(k->fd, &m, sizeof(m), &blob);
	r = kms_req();
	kms_add_modeset(k, r, &k->fb[0], blob);
	kms_expect("atomic.mode-too-large", kms_commit(k, r, TEST | MODESET, NULL),
		   EINVAL);
	drmModeDestroyPropertyBlob(k->fd, blob);
}

static void gamma_lut(struct kms *k)
{
	struct drm_color_lut *lut;
	drmModeAtomicReq *r;
	uint32_t n = k->p.crtc_gamma_size, blob;
	uint8_t odd[7] = { 0 };

	if (!k->p.crtc_gamma_lut || !n) {
		skip("atomic.gamma-lut", "no GAMMA_LUT property");
		skip("atomic.gamma-lut-wrong-size", "no GAMMA_LUT property");
		skip("atomic.gamma-lut-too-long", "no GAMMA_LUT property");
		return;
	}
	lut = calloc(n + 1, sizeof(*lut));
	for (uint32_t i = 0; i <= n; i++)
		lut[i].red = lut[i].green = lut[i].blue =
			(uint16_t)(i * 0xffff / (n - 1 ? n - 1 : 1));
	drmModeCreatePropertyBlob(k->fd, lut, n * sizeof(*lut), &blob);
	r = kms_req();
	kms_add(r, k->crtc, k->p.crtc_gamma_lut, blob);
	kms_expect("atomic.gamma-lut", kms_commit(k, r, 0, NULL), 0);
	drmModeDestroyPropertyBlob(k->fd, blob);
	drmModeCreatePropertyBlob(k->fd, odd, sizeof(odd), &blob);
	r = kms_req();
	kms_add(r, k->crtc, k->p.crtc_gamma_lut, blob);
	kms_expect("atomic.gamma-lut-wrong-size", kms_commit(k, r, TEST, NULL),
		   EINVAL);
	drmModeDestroyPropertyBlob(k->fd, blob);
	drmModeCreatePropertyBlob(k->fd, lut, (n + 1) * sizeof(*lut), &blob);
	r = kms_req();
	kms_add(r, k->crtc, k->p.crtc_gamma_lut, blob);
	kms_expect("atomic.gamma-lut-too-long", kms_commit(k, r, TEST, NULL), EINVAL);
	drmModeDestroyPropertyBlob(k->fd, blob);
	r = kms_req();
	kms_add(r, k->crtc, k->p.crtc_gamma_lut, 0);
	kms_commit(k, r, 0, NULL);
	free(lut);
}

static int plane_try(struct kms *k, uint32_t fb, uint32_t fw, uint32_t fh,
		     uint32_t sx, uint32_t sy, uint32_t sw, uint32_t sh,
		     int32_t cx, int32_t cy, uint32_t cw, uint32_t ch)
{
	drmModeAtomicReq *r = kms_req();

	kms_add_plane(k, r, k->primary, fb, fw, fh, cx, cy, cw, ch);
	kms_add(r, k->primary, k->p.src_x, (uint64_t)sx << 16);
	kms_add(r, k->primary, k->p.src_y, (uint64_t)sy << 16);
	kms_add(r, k->primary, k->p.src_w, (uint64_t)sw << 16);
	kms_add(r, k->primary, k->p.src_h, (uint64_t)sh << 16);
	return kms_commit(k, r, TEST, NULL);
}

static void planes(struct kms *k)
{
	uint32_t w = k->mode.hdisplay, h = k->mode.vdisplay;
	uint32_t fb = k->fb[0].fb_id;
	drmModeAtomicReq *r;
	struct kms_fb small;

	kms_expect("plane.full-screen", plane_try(k, fb, w, h, 0, 0, w, h, 0, 0, w, h),
		   0);
	kms_expect("plane.src-outside-fb",
		   plane_try(k, fb, w, h, 1, 0, w, h, 0, 0, w, h), ENOSPC);
	kms_expect("plane.src-overflow",
		   plane_try(k, fb, w, h, 0xffff, 0, w, h, 0, 0, w, h), ENOSPC);
	r = kms_req();
	kms_add_plane(k, r, k->primary, fb, w, h, 0, 0, w, h);
	kms_add(r, k->primary, k->p.crtc_w, 0x80000000u);
	kms_expect("plane.crtc-w-out-of-range", kms_commit(k, r, TEST, NULL), EINVAL);
	r = kms_req();
	kms_add_plane(k, r, k->primary, fb, w, h, 0x7fffffff, 0, w, h);
	kms_expect("plane.crtc-position-overflow", kms_commit(k, r, TEST, NULL),
		   ERANGE);
	r = kms_req();
	kms_add_plane(k, r, k->primary, fb, w, h, 0, 0, w, h);
	kms_add(r, k->primary, k->p.crtc_id, 0);
	kms_expect("plane.fb-without-crtc", kms_commit(k, r, TEST, NULL), EINVAL);
	r = kms_req();
	kms_add(r, k->primary, k->p.fb_id, 0);
	kms_expect("plane.crtc-without-fb", kms_commit(k, r, TEST, NULL), EINVAL);
	if (kms_fb_create(k->fd, 64, 64, DRM_FORMAT_XRGB8888, &small)) {
		fail("plane.no-scaling", "64x64 fb failed");
		return;
	}
	kms_expect("plane.no-scaling",
		   plane_try(k, small.fb_id, 64, 64, 0, 0, 64, 64, 0, 0, w, h),
		   ERANGE);
	kms_expect("plane.src-larger-than-fb",
		   plane_try(k, small.fb_id, 64, 64, 0, 0, w, h, 0, 0, w, h),
		   ENOSPC);
	kms_fb_destroy(k->fd, &small);
}

static void formats(struct kms *k)
{
	struct kms_fb f;
	drmModeAtomicReq *r;
	int ret;

	ret = kms_fb_create(k->fd, k->mode.hdisplay, k->mode.vdisplay,
			    DRM_FORMAT_RGB565, &f);
	if (ret) {
		skip("plane.rgb565", "RGB565 framebuffers refused (%s)",
		     kms_errname(ret));
		return;
	}
	kms_fb_fill(&f, 3);
	r = kms_req();
	kms_add_plane(k, r, k->primary, f.fb_id, f.w, f.h, 0, 0, f.w, f.h);
	kms_expect("plane.rgb565", kms_commit(k, r, 0, NULL), 0);
	kms_modeset(k, 0);
	kms_fb_destroy(k->fd, &f);
}

static void out_fence(struct kms *k)
{
	drmModeAtomicReq *r;
	int32_t fence = -1;
	struct pollfd pfd;
	int ret;

	if (!k->p.crtc_out_fence) {
		skip("atomic.out-fence", "no OUT_FENCE_PTR property");
		return;
	}
	r = kms_req();
	kms_add(r, k->primary, k->p.fb_id, k->fb[1].fb_id);
	kms_add(r, k->crtc, k->p.crtc_out_fence, (uintptr_t)&fence);
	ret = kms_commit(k, r, DRM_MODE_ATOMIC_NONBLOCK, NULL);
	if (ret || fence < 0) {
		fail("atomic.out-fence", "commit %s, fence fd %d", kms_errname(ret),
		     fence);
	} else {
		pfd.fd = fence;
		pfd.events = POLLIN;
		if (poll(&pfd, 1, 1000) != 1)
			fail("atomic.out-fence", "fence not signalled within 1 s");
		else
			pass("atomic.out-fence");
		close(fence);
	}
	r = kms_req();
	kms_add(r, k->primary, k->p.fb_id, k->fb[0].fb_id);
	kms_add(r, k->crtc, k->p.crtc_out_fence, 8);
	kms_expect("atomic.out-fence-bad-pointer", kms_commit(k, r, 0, NULL), EFAULT);
	kms_modeset(k, 0);
}

void t_atomic(struct kms *k)
{
	commits(k);
	modeset_rules(k);
	modeset_events(k);
	flags(k);
	objects(k);
	blobs(k);
	gamma_lut(k);
	planes(k);
	formats(k);
	out_fence(k);
}
