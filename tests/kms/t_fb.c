// SPDX-License-Identifier: MIT
/* ADDFB/ADDFB2 validation, GETFB/GETFB2, RMFB and DIRTYFB rules. */
#include <errno.h>
#include <string.h>
#include <unistd.h>
#include <drm_fourcc.h>
#include "kms.h"

struct dumb {
	uint32_t h, pitch;
	uint64_t size;
};

static int addfb2(int fd, uint32_t w, uint32_t h, uint32_t fmt,
		  uint32_t handle, uint32_t pitch, uint32_t offset,
		  uint32_t flags, uint32_t *id)
{
	struct drm_mode_fb_cmd2 f = { .width = w, .height = h,
				      .pixel_format = fmt, .flags = flags };
	int ret;

	f.handles[0] = handle;
	f.pitches[0] = pitch;
	f.offsets[0] = offset;
	ret = kms_io(fd, DRM_IOCTL_MODE_ADDFB2, &f);
	if (!ret && id)
		*id = f.fb_id;
	else if (!ret)
		drmModeRmFB(fd, f.fb_id);
	return ret;
}

/*
 * A modifier no plane supports is refused: by ADDFB2 (newer kernels) or,
 * at the latest, by the commit that tries to scan it out.
 */
static void modifiers(struct kms *k, struct dumb *d)
{
	struct drm_mode_fb_cmd2 f = { .width = k->fb[0].w, .height = k->fb[0].h,
				      .pixel_format = DRM_FORMAT_XRGB8888,
				      .flags = DRM_MODE_FB_MODIFIERS };
	drmModeAtomicReq *r;
	uint64_t mods = 0;
	int ret;

	ret = drmGetCap(k->fd, DRM_CAP_ADDFB2_MODIFIERS, &mods) ? errno : 0;
	if (ret || !mods) {
		kms_expect("fb.addfb2-modifiers",
			   addfb2(k->fd, 64, 64, DRM_FORMAT_XRGB8888, d->h,
				  d->pitch, 0, DRM_MODE_FB_MODIFIERS, NULL),
			   EINVAL);
		return;
	}
	f.handles[0] = k->fb[0].handle;
	f.pitches[0] = k->fb[0].pitch;
	f.modifier[0] = DRM_FORMAT_MOD_LINEAR;
	ret = kms_io(k->fd, DRM_IOCTL_MODE_ADDFB2, &f);
	if (ret) {
		fail("fb.addfb2-modifiers", "LINEAR refused: %s", kms_errname(ret));
		return;
	}
	drmModeRmFB(k->fd, f.fb_id);
	f.modifier[0] = 0x00ffffffffffffffull;
	ret = kms_io(k->fd, DRM_IOCTL_MODE_ADDFB2, &f);
	if (ret) {
		kms_expect("fb.addfb2-modifiers", ret, EINVAL);
		return;
	}
	r = kms_req();
	kms_add_plane(k, r, k->primary, f.fb_id, f.width, f.height, 0, 0,
		      f.width, f.height);
	kms_expect("fb.addfb2-modifiers",
		   kms_commit(k, r, DRM_MODE_ATOMIC_TEST_ONLY, NULL), EINVAL);
	drmModeRmFB(k->fd, f.fb_id);
}

static void addfb2_checks(struct kms *k, struct dumb *d)
{
	kms_expect("fb.addfb2-valid",
		   addfb2(k->fd, 64, 64, DRM_FORMAT_XRGB8888, d->h, d->pitch, 0,
			  0, NULL), 0);
	kms_expect("fb.addfb2-bad-handle",
		   addfb2(k->fd, 64, 64, DRM_FORMAT_XRGB8888, 0xfffff, d->pitch,
			  0, 0, NULL), ENOENT);
	kms_expect("fb.addfb2-pitch-too-small",
		   addfb2(k->fd, 64, 64, DRM_FORMAT_XRGB8888, d->h, 64 * 4 - 4,
			  0, 0, NULL), EINVAL);
	kms_expect("fb.addfb2-unknown-format",
		   addfb2(k->fd, 64, 64, fourcc_code('K', 'M', 'S', '!'), d->h,
			  d->pitch, 0, 0, NULL), EINVAL);
	kms_expect("fb.addfb2-unsupported-format",
		   addfb2(k->fd, 64, 64, DRM_FORMAT_ARGB2101010, d->h, d->pitch,
			  0, 0, NULL), EINVAL);
	kms_expect("fb.addfb2-larger-than-buffer",
		   addfb2(k->fd, 64, 128, DRM_FORMAT_XRGB8888, d->h, d->pitch,
			  0, 0, NULL), EINVAL);
	kms_expect("fb.addfb2-offset-past-buffer",
		   addfb2(k->fd, 64, 64, DRM_FORMAT_XRGB8888, d->h, d->pitch,
			  (uint32_t)d->size, 0, NULL), EINVAL);
	kms_expect("fb.addfb2-zero-width",
		   addfb2(k->fd, 0, 64, DRM_FORMAT_XRGB8888, d->h, d->pitch, 0,
			  0, NULL), EINVAL);
	kms_expect("fb.addfb2-too-wide",
		   addfb2(k->fd, 1u << 20, 1, DRM_FORMAT_XRGB8888, d->h,
			  4u << 20, 0, 0, NULL), EINVAL);
	kms_expect("fb.addfb2-bad-flags",
		   addfb2(k->fd, 64, 64, DRM_FORMAT_XRGB8888, d->h, d->pitch, 0,
			  0x80, NULL), EINVAL);
	modifiers(k, d);
}

static void addfb_legacy(struct kms *k, struct dumb *d)
{
	uint32_t id;
	int ret;

	ret = drmModeAddFB(k->fd, 64, 64, 24, 32, d->pitch, d->h, &id);
	if (kms_expect("fb.addfb-legacy", -ret, 0))
		drmModeRmFB(k->fd, id);
	ret = drmModeAddFB(k->fd, 64, 64, 7, 32, d->pitch, d->h, &id);
	if (!ret)
		drmModeRmFB(k->fd, id);
	kms_expect("fb.addfb-legacy-bad-depth", -ret, EINVAL);
}

static void getfb(struct kms *k)
{
	struct drm_mode_fb_cmd g = { .fb_id = 0xfffff };
	struct drm_mode_fb_cmd2 g2 = { .fb_id = 0xfffff };
	uint32_t id, fw = k->fb[0].w, fh = k->fb[0].h, pitch = k->fb[0].pitch;
	int ret;

	kms_expect("fb.getfb-bad-id", kms_io(k->fd, DRM_IOCTL_MODE_GETFB, &g),
		   ENOENT);
	kms_expect("fb.getfb2-bad-id",
		   kms_io(k->fd, DRM_IOCTL_MODE_GETFB2, &g2), ENOENT);
	/* a second fb on the screen buffer: width and height differ */
	ret = addfb2(k->fd, fw, fh, DRM_FORMAT_XRGB8888, k->fb[0].handle,
		     k->fb[0].pitch, 0, 0, &id);
	if (ret) {
		fail("fb.getfb", "ADDFB2: %s", kms_errname(ret));
		fail("fb.getfb2", "ADDFB2: %s", kms_errname(ret));
		return;
	}
	g.fb_id = id;
	if (kms_io(k->fd, DRM_IOCTL_MODE_GETFB, &g))
		fail("fb.getfb", "GETFB: %s", kms_errname(errno));
	else if (g.width != fw || g.height != fh || g.pitch != pitch ||
		 g.bpp != 32 || g.depth != 24 || !g.handle)
		fail("fb.getfb", "got %ux%u pitch %u bpp %u depth %u handle %u",
		     g.width, g.height, g.pitch, g.bpp, g.depth, g.handle);
	else
		pass("fb.getfb");
	if (g.handle && g.handle != k->fb[0].handle)
		drmCloseBufferHandle(k->fd, g.handle);
	g2.fb_id = id;
	if (kms_io(k->fd, DRM_IOCTL_MODE_GETFB2, &g2))
		fail("fb.getfb2", "GETFB2: %s", kms_errname(errno));
	else if (g2.width != fw || g2.height != fh ||
		 g2.pixel_format != DRM_FORMAT_XRGB8888 ||
		 g2.pitches[0] != pitch || !g2.handles[0] || g2.handles[1])
		fail("fb.getfb2", "got %ux%u format %08x pitch %u handles %u,%u",
		     g2.width, g2.height, g2.pixel_format, g2.pitches[0],
		     g2.handles[0], g2.handles[1]);
	else
		pass("fb.getfb2");
	if (g2.handles[0] && g2.handles[0] != k->fb[0].handle)
		drmCloseBufferHandle(k->fd, g2.handles[0]);
	drmModeRmFB(k->fd, id);
}

static void rmfb(struct kms *k, struct dumb *d)
{
	struct drm_mode_crtc c = { .crtc_id = k->crtc };
	uint32_t id, fbid;
	int fd2;

	kms_expect("fb.rmfb-bad-id", -drmModeRmFB(k->fd, 0xfffff), ENOENT);
	if (addfb2(k->fd, 64, 64, DRM_FORMAT_XRGB8888, d->h, d->pitch, 0, 0, &id)) {
		fail("fb.rmfb-foreign", "ADDFB2 failed");
		return;
	}
	fd2 = kms_reopen(k, 0);
	kms_expect("fb.rmfb-foreign", -drmModeRmFB(fd2, id), ENOENT);
	close(fd2);
	if (kms_expect("fb.rmfb", -drmModeRmFB(k->fd, id), 0))
		kms_expect("fb.rmfb-twice", -drmModeRmFB(k->fd, id), ENOENT);

	/* removing the scanned-out fb turns the pipe off, it never dangles */
	if (kms_fb_create(k->fd, k->mode.hdisplay, k->mode.vdisplay,
			  DRM_FORMAT_XRGB8888, &k->fb[1])) {
		fail("fb.rmfb-in-use", "cannot make a screen-sized fb");
		return;
	}
	fbid = k->fb[1].fb_id;
	if (kms_modeset(k, 1)) {
		fail("fb.rmfb-in-use", "modeset failed");
		return;
	}
	kms_expect("fb.rmfb-in-use", -drmModeRmFB(k->fd, fbid), 0);
	k->fb[1].fb_id = 0;
	if (kms_io(k->fd, DRM_IOCTL_MODE_GETCRTC, &c))
		fail("fb.rmfb-in-use-leaves-screen", "GETCRTC failed");
	else if (c.fb_id)
		fail("fb.rmfb-in-use-leaves-screen", "CRTC still shows fb %u", c.fb_id);
	else
		pass("fb.rmfb-in-use-leaves-screen");
	kms_fb_destroy(k->fd, &k->fb[1]);
	if (kms_fb_create(k->fd, k->mode.hdisplay, k->mode.vdisplay,
			  DRM_FORMAT_XRGB8888, &k->fb[1]) == 0)
		kms_fb_fill(&k->fb[1], 2);
	kms_modeset(k, 0);
}

static void dirtyfb(struct kms *k)
{
	struct drm_clip_rect clip = { 0, 0, 16, 16 };
	int ret;

	kms_expect("fb.dirtyfb-bad-id",
		   -drmModeDirtyFB(k->fd, 0xfffff, &clip, 1), ENOENT);
	ret = -drmModeDirtyFB(k->fd, k->fb[0].fb_id, &clip, 1);
	if (ret == ENOSYS)
		skip("fb.dirtyfb", "driver has no dirty callback (ENOSYS)");
	else
		kms_expect("fb.dirtyfb", ret, 0);
}

void t_fb(struct kms *k)
{
	struct dumb d;

	if (kms_dumb(k->fd, 64, 64, 32, &d.h, &d.pitch, &d.size)) {
		fail("fb.setup", "64x64 dumb buffer failed");
		return;
	}
	addfb2_checks(k, &d);
	addfb_legacy(k, &d);
	getfb(k);
	rmfb(k, &d);
	dirtyfb(k);
	kms_dumb_destroy(k->fd, d.h);
}
