// SPDX-License-Identifier: MIT
/* Cursor: legacy SETCURSOR/MOVECURSOR and the atomic cursor plane. */
#include <errno.h>
#include <string.h>
#include <drm_fourcc.h>
#include "kms.h"

static const char *const names[] = {
	"cursor.legacy-set", "cursor.legacy-move", "cursor.legacy-move-partly-off",
	"cursor.legacy-move-fully-off", "cursor.legacy-bad-handle",
	"cursor.legacy-zero-size", "cursor.legacy-bad-flags",
	"cursor.legacy-set2-hotspot", "cursor.legacy-hide", "cursor.atomic", "cursor.atomic-partly-off",
	"cursor.atomic-readback", "cursor.atomic-off",
};

static int move(struct kms *k, int x, int y)
{
	return -drmModeMoveCursor(k->fd, k->crtc, x, y);
}

static void legacy(struct kms *k, struct kms_fb *c)
{
	int w = k->mode.hdisplay, h = k->mode.vdisplay, cw = (int)c->w;
	int bad = 0;

	if (!kms_expect("cursor.legacy-set",
			-drmModeSetCursor(k->fd, k->crtc, c->handle, c->w, c->h), 0))
		return;
	kms_expect("cursor.legacy-move", move(k, 100, 80), 0);
	bad += move(k, -cw / 2, -cw / 2) != 0;
	bad += move(k, w - cw / 2, h - cw / 2) != 0;
	bad += move(k, -cw + 1, h / 2) != 0;
	if (bad)
		fail("cursor.legacy-move-partly-off", "%d of 3 positions refused", bad);
	else
		pass("cursor.legacy-move-partly-off");
	bad = move(k, -4 * cw, -4 * cw) != 0;
	bad += move(k, w + 10, h + 10) != 0;
	if (bad)
		fail("cursor.legacy-move-fully-off", "%d of 2 positions refused", bad);
	else
		pass("cursor.legacy-move-fully-off");
	kms_expect("cursor.legacy-bad-handle",
		   -drmModeSetCursor(k->fd, k->crtc, 0xfffff, c->w, c->h), ENOENT);
	kms_expect("cursor.legacy-zero-size",
		   -drmModeSetCursor(k->fd, k->crtc, c->handle, 0, 0), EINVAL);
	{
		struct drm_mode_cursor a = { .flags = 0x80, .crtc_id = k->crtc };

		kms_expect("cursor.legacy-bad-flags",
			   kms_io(k->fd, DRM_IOCTL_MODE_CURSOR, &a), EINVAL);
	}
	kms_expect("cursor.legacy-set2-hotspot",
		   -drmModeSetCursor2(k->fd, k->crtc, c->handle, c->w, c->h, 3, 5),
		   0);
	kms_expect("cursor.legacy-hide",
		   -drmModeSetCursor(k->fd, k->crtc, 0, 0, 0), 0);
}

static void atomic(struct kms *k, struct kms_fb *c)
{
	int w = k->mode.hdisplay;
	drmModeAtomicReq *r;
	uint64_t v = 0;

	r = kms_req();
	kms_add_plane(k, r, k->cursor, c->fb_id, c->w, c->h, 10, 10, c->w, c->h);
	kms_expect("cursor.atomic", kms_commit(k, r, 0, NULL), 0);
	r = kms_req();
	kms_add_plane(k, r, k->cursor, c->fb_id, c->w, c->h, w - (int)c->w / 2,
		      -(int)c->h / 2, c->w, c->h);
	if (kms_expect("cursor.atomic-partly-off", kms_commit(k, r, 0, NULL), 0)) {
		if (kms_prop_value(k->fd, k->cursor, DRM_MODE_OBJECT_PLANE,
				   "CRTC_Y", &v) || (int32_t)v != -(int)c->h / 2)
			fail("cursor.atomic-readback", "CRTC_Y reads %lld",
			     (long long)(int32_t)v);
		else
			pass("cursor.atomic-readback");
	}
	r = kms_req();
	kms_add_plane(k, r, k->cursor, 0, 0, 0, 0, 0, 0, 0);
	kms_expect("cursor.atomic-off", kms_commit(k, r, 0, NULL), 0);
}

void t_cursor(struct kms *k)
{
	struct kms_fb c;
	int ret;

	if (!k->cursor) {
		ret = -drmModeSetCursor(k->fd, k->crtc, 0, 0, 0);
		for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
			skip(names[i], "no cursor plane (SETCURSOR: %s)",
			     kms_errname(ret));
		return;
	}
	ret = kms_fb_create(k->fd, (uint32_t)k->cursor_w, (uint32_t)k->cursor_h,
			    DRM_FORMAT_ARGB8888, &c);
	if (ret) {
		fail("cursor.setup", "ARGB8888 %llux%llu fb: %s",
		     (unsigned long long)k->cursor_w,
		     (unsigned long long)k->cursor_h, kms_errname(ret));
		return;
	}
	for (uint32_t y = 0; y < c.h; y++)
		for (uint32_t x = 0; x < c.w; x++)
			((uint32_t *)((char *)c.map + y * c.pitch))[x] =
				(x + y) & 8 ? 0xffffffff : 0x80ff0000;
	legacy(k, &c);
	atomic(k, &c);
	kms_fb_destroy(k->fd, &c);
}
