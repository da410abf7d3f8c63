// SPDX-License-Identifier: MIT
/* Finding the driver's card node, its pipe, and buffers to scan out. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include <drm_fourcc.h>
#include "kms.h"

int kms_io(int fd, unsigned long req, void *arg)
{
	return drmIoctl(fd, req, arg) ? errno : 0;
}

/* The node whose drmGetVersion name is driver: never assume card0. */
static int find_node(const char *driver, char *path, size_t len)
{
	for (int i = 0; i < 64; i++) {
		drmVersionPtr v;
		int fd;

		snprintf(path, len, "/dev/dri/card%d", i);
		fd = open(path, O_RDWR | O_CLOEXEC);
		if (fd < 0)
			continue;
		v = drmGetVersion(fd);
		if (v && strcmp(v->name, driver) == 0) {
			drmFreeVersion(v);
			return fd;
		}
		drmFreeVersion(v);
		close(fd);
	}
	return -1;
}

uint32_t kms_prop(int fd, uint32_t obj, uint32_t type, const char *name)
{
	drmModeObjectPropertiesPtr props;
	uint32_t id = 0;

	props = drmModeObjectGetProperties(fd, obj, type);
	if (!props)
		return 0;
	for (uint32_t i = 0; i < props->count_props && !id; i++) {
		drmModePropertyPtr p = drmModeGetProperty(fd, props->props[i]);

		if (p && strcmp(p->name, name) == 0)
			id = p->prop_id;
		drmModeFreeProperty(p);
	}
	drmModeFreeObjectProperties(props);
	return id;
}

int kms_prop_value(int fd, uint32_t obj, uint32_t type, const char *name,
		   uint64_t *val)
{
	drmModeObjectPropertiesPtr props;
	int ret = ENOENT;

	props = drmModeObjectGetProperties(fd, obj, type);
	if (!props)
		return errno;
	for (uint32_t i = 0; i < props->count_props && ret; i++) {
		drmModePropertyPtr p = drmModeGetProperty(fd, props->props[i]);

		if (p && strcmp(p->name, name) == 0) {
			*val = props->prop_values[i];
			ret = 0;
		}
		drmModeFreeProperty(p);
	}
	drmModeFreeObjectProperties(props);
	return ret;
}

static int plane_type(int fd, uint32_t plane)
{
	uint64_t t;

	if (kms_prop_value(fd, plane, DRM_MODE_OBJECT_PLANE, "type", &t))
		return -1;
	return (int)t;
}

/* First connected connector, a CRTC its encoders can drive, its planes. */
static int find_pipe(struct kms *k)
{
	drmModeResPtr res = drmModeGetResources(k->fd);
	drmModePlaneResPtr pres;
	int ret = -1;

	if (!res)
		return -1;
	for (int i = 0; i < res->count_connectors && ret; i++) {
		drmModeConnectorPtr c = drmModeGetConnector(k->fd,
							    res->connectors[i]);
		uint32_t crtcs = 0;

		if (!c)
			continue;
		if (c->connection != DRM_MODE_CONNECTED || !c->count_modes) {
			drmModeFreeConnector(c);
			continue;
		}
		for (int e = 0; e < c->count_encoders; e++) {
			drmModeEncoderPtr enc = drmModeGetEncoder(k->fd,
								  c->encoders[e]);
			if (enc)
				crtcs |= enc->possible_crtcs;
			drmModeFreeEncoder(enc);
		}
		for (int j = 0; j < res->count_crtcs && ret; j++) {
			if (!(crtcs & (1u << j)))
				continue;
			k->crtc = res->crtcs[j];
			k->crtc_index = j;
			k->conn = c->connector_id;
			k->mode = c->modes[0];
			for (int m = 0; m < c->count_modes; m++)
				if (c->modes[m].type & DRM_MODE_TYPE_PREFERRED) {
					k->mode = c->modes[m];
					break;
				}
			for (int m = 0; m < c->count_modes; m++)
				if (c->modes[m].hdisplay != k->mode.hdisplay ||
				    c->modes[m].vdisplay != k->mode.vdisplay) {
					k->mode2 = c->modes[m];
					k->has_mode2 = true;
					break;
				}
			ret = 0;
		}
		drmModeFreeConnector(c);
	}
	drmModeFreeResources(res);
	if (ret)
		return ret;

	pres = drmModeGetPlaneResources(k->fd);
	if (!pres)
		return -1;
	for (uint32_t i = 0; i < pres->count_planes; i++) {
		drmModePlanePtr pl = drmModeGetPlane(k->fd, pres->planes[i]);
		int t;

		if (!pl)
			continue;
		t = plane_type(k->fd, pl->plane_id);
		if (pl->possible_crtcs & (1u << k->crtc_index)) {
			if (t == DRM_PLANE_TYPE_PRIMARY && !k->primary)
				k->primary = pl->plane_id;
			if (t == DRM_PLANE_TYPE_CURSOR && !k->cursor)
				k->cursor = pl->plane_id;
		}
		drmModeFreePlane(pl);
	}
	drmModeFreePlaneResources(pres);
	return k->primary ? 0 : -1;
}

static void find_props(struct kms *k)
{
	struct kms_props *p = &k->p;
	uint64_t v;

	p->conn_crtc_id = kms_prop(k->fd, k->conn, DRM_MODE_OBJECT_CONNECTOR,
				   "CRTC_ID");
#define CP(f, n) (p->f = kms_prop(k->fd, k->crtc, DRM_MODE_OBJECT_CRTC, n))
	CP(crtc_mode_id, "MODE_ID");
	CP(crtc_active, "ACTIVE");
	CP(crtc_gamma_lut, "GAMMA_LUT");
	CP(crtc_out_fence, "OUT_FENCE_PTR");
#undef CP
	if (!kms_prop_value(k->fd, k->crtc, DRM_MODE_OBJECT_CRTC,
			    "GAMMA_LUT_SIZE", &v))
		p->crtc_gamma_size = (uint32_t)v;
#define PP(f, n) (p->f = kms_prop(k->fd, k->primary, DRM_MODE_OBJECT_PLANE, n))
	PP(fb_id, "FB_ID");
	PP(crtc_id, "CRTC_ID");
	PP(in_fence, "IN_FENCE_FD");
	PP(src_x, "SRC_X");
	PP(src_y, "SRC_Y");
	PP(src_w, "SRC_W");
	PP(src_h, "SRC_H");
	PP(crtc_x, "CRTC_X");
	PP(crtc_y, "CRTC_Y");
	PP(crtc_w, "CRTC_W");
	PP(crtc_h, "CRTC_H");
#undef PP
}

/* Does WAIT_VBLANK work on our CRTC?  Bochs has no vblank interrupt. */
static void probe_vblank(struct kms *k)
{
	drmVBlank vb = { 0 };
	int ret;

	vb.request.type = DRM_VBLANK_RELATIVE;
	if (k->crtc_index > 1)
		vb.request.type |= (k->crtc_index << DRM_VBLANK_HIGH_CRTC_SHIFT) &
				   DRM_VBLANK_HIGH_CRTC_MASK;
	else if (k->crtc_index == 1)
		vb.request.type |= DRM_VBLANK_SECONDARY;
	vb.request.sequence = 1;
	ret = drmWaitVBlank(k->fd, &vb) ? errno : 0;
	k->vblank = ret == 0;
	if (ret)
		snprintf(k->vblank_why, sizeof(k->vblank_why),
			 "no vblank interrupts (WAIT_VBLANK: %s)",
			 kms_errname(ret));
}

int kms_open_driver(const char *driver, struct kms *k)
{
	uint64_t cap;
	int ret;

	memset(k, 0, sizeof(*k));
	k->driver = driver;
	k->fd = find_node(driver, k->path, sizeof(k->path));
	if (k->fd < 0) {
		fprintf(stderr, "kms: no /dev/dri/card* with driver %s\n",
			driver);
		return -1;
	}
	if (drmSetClientCap(k->fd, DRM_CLIENT_CAP_UNIVERSAL_PLANES, 1) ||
	    drmSetClientCap(k->fd, DRM_CLIENT_CAP_ATOMIC, 1)) {
		fprintf(stderr, "kms: %s is not an atomic driver\n", driver);
		return -1;
	}
	k->atomic = true;
	/* a monitor may take a moment to show up after the driver binds */
	for (int i = 0; i < 20 && find_pipe(k); i++) {
		if (i == 0)
			fprintf(stderr, "kms: %s: no connected connector yet, waiting up to 10 s\n",
				driver);
		usleep(500000);
	}
	if (!k->primary) {
		fprintf(stderr, "kms: %s: no connected connector with a CRTC and primary plane\n",
			driver);
		return -1;
	}
	find_props(k);
	k->cursor_w = drmGetCap(k->fd, DRM_CAP_CURSOR_WIDTH, &cap) ? 64 : cap;
	k->cursor_h = drmGetCap(k->fd, DRM_CAP_CURSOR_HEIGHT, &cap) ? 64 : cap;
	ret = drmModeCreatePropertyBlob(k->fd, &k->mode, sizeof(k->mode),
					&k->mode_blob);
	if (ret)
		return -1;
	for (int i = 0; i < 2; i++) {
		if (kms_fb_create(k->fd, k->mode.hdisplay, k->mode.vdisplay,
				  DRM_FORMAT_XRGB8888, &k->fb[i]))
			return -1;
		kms_fb_fill(&k->fb[i], i + 1);
	}
	if (kms_modeset(k, 0)) {
		fprintf(stderr, "kms: %s: the first modeset failed\n", driver);
		return -1;
	}
	probe_vblank(k);
	return 0;
}

int kms_reopen(const struct kms *k, int flags)
{
	return open(k->path, O_RDWR | O_CLOEXEC | flags);
}

int kms_dumb(int fd, uint32_t w, uint32_t h, uint32_t bpp, uint32_t *handle,
	     uint32_t *pitch, uint64_t *size)
{
	struct drm_mode_create_dumb c = { .width = w, .height = h, .bpp = bpp };
	int ret = kms_io(fd, DRM_IOCTL_MODE_CREATE_DUMB, &c);

	if (ret)
		return ret;
	*handle = c.handle;
	if (pitch)
		*pitch = c.pitch;
	if (size)
		*size = c.size;
	return 0;
}

void kms_dumb_destroy(int fd, uint32_t handle)
{
	struct drm_mode_destroy_dumb d = { .handle = handle };

	kms_io(fd, DRM_IOCTL_MODE_DESTROY_DUMB, &d);
}

int kms_fb_create(int fd, uint32_t w, uint32_t h, uint32_t format,
		  struct kms_fb *fb)
{
	uint32_t bpp = format == DRM_FORMAT_RGB565 ? 16 : 32;
	uint32_t handles[4] = { 0 }, pitches[4] = { 0 }, offsets[4] = { 0 };
	struct drm_mode_map_dumb m = { 0 };
	int ret;

	memset(fb, 0, sizeof(*fb));
	ret = kms_dumb(fd, w, h, bpp, &fb->handle, &fb->pitch, &fb->size);
	if (ret)
		return ret;
	fb->w = w;
	fb->h = h;
	fb->format = format;
	handles[0] = fb->handle;
	pitches[0] = fb->pitch;
	ret = drmModeAddFB2(fd, w, h, format, handles, pitches, offsets,
			    &fb->fb_id, 0);
	if (ret) {
		ret = -ret;
		goto err;
	}
	m.handle = fb->handle;
	ret = kms_io(fd, DRM_IOCTL_MODE_MAP_DUMB, &m);
	if (ret)
		goto err;
	fb->map = mmap(NULL, fb->size, PROT_READ | PROT_WRITE, MAP_SHARED, fd,
		       m.offset);
	if (fb->map == MAP_FAILED) {
		ret = errno;
		fb->map = NULL;
		goto err;
	}
	return 0;
err:
	kms_fb_destroy(fd, fb);
	return ret;
}

void kms_fb_destroy(int fd, struct kms_fb *fb)
{
	if (fb->map)
		munmap(fb->map, fb->size);
	if (fb->fb_id)
		drmModeRmFB(fd, fb->fb_id);
	if (fb->handle)
		kms_dumb_destroy(fd, fb->handle);
	memset(fb, 0, sizeof(*fb));
}

/* Diagonal bands, so a flipped buffer differs from its twin. */
void kms_fb_fill(struct kms_fb *fb, uint32_t seed)
{
	for (uint32_t y = 0; y < fb->h; y++) {
		uint8_t *row = (uint8_t *)fb->map + (size_t)y * fb->pitch;

		for (uint32_t x = 0; x < fb->w; x++) {
			uint32_t v = ((x + y) / 32 + seed) & 7;
			uint32_t c = (v & 1 ? 0xff0000 : 0) |
				     (v & 2 ? 0xff00 : 0) | (v & 4 ? 0xff : 0);

			if (fb->format == DRM_FORMAT_RGB565)
				((uint16_t *)row)[x] = (uint16_t)(
					((c >> 8) & 0xf800) |
					((c >> 5) & 0x07e0) | ((c >> 3) & 0x1f));
			else
				((uint32_t *)row)[x] = c;
		}
	}
}

drmModeAtomicReq *kms_req(void)
{
	drmModeAtomicReq *r = drmModeAtomicAlloc();

	if (!r) {
		perror("kms: drmModeAtomicAlloc");
		exit(2);
	}
	return r;
}

void kms_add(drmModeAtomicReq *r, uint32_t obj, uint32_t prop, uint64_t v)
{
	if (drmModeAtomicAddProperty(r, obj, prop, v) < 0) {
		perror("kms: drmModeAtomicAddProperty");
		exit(2);
	}
}

void kms_add_plane(const struct kms *k, drmModeAtomicReq *r, uint32_t plane,
		   uint32_t fb, uint32_t fw, uint32_t fh, int32_t x, int32_t y,
		   uint32_t w, uint32_t h)
{
	const struct kms_props *p = &k->p;

	kms_add(r, plane, p->fb_id, fb);
	kms_add(r, plane, p->crtc_id, fb ? k->crtc : 0);
	kms_add(r, plane, p->src_x, 0);
	kms_add(r, plane, p->src_y, 0);
	kms_add(r, plane, p->src_w, (uint64_t)fw << 16);
	kms_add(r, plane, p->src_h, (uint64_t)fh << 16);
	kms_add(r, plane, p->crtc_x, (uint64_t)(int64_t)x);
	kms_add(r, plane, p->crtc_y, (uint64_t)(int64_t)y);
	kms_add(r, plane, p->crtc_w, w);
	kms_add(r, plane, p->crtc_h, h);
}

void kms_add_modeset(const struct kms *k, drmModeAtomicReq *r,
		     const struct kms_fb *fb, uint32_t mode_blob)
{
	kms_add(r, k->conn, k->p.conn_crtc_id, k->crtc);
	kms_add(r, k->crtc, k->p.crtc_mode_id, mode_blob);
	kms_add(r, k->crtc, k->p.crtc_active, 1);
	kms_add_plane(k, r, k->primary, fb->fb_id, fb->w, fb->h, 0, 0, fb->w,
		      fb->h);
}

int kms_commit(const struct kms *k, drmModeAtomicReq *r, uint32_t flags,
	       void *user)
{
	int ret = drmModeAtomicCommit(k->fd, r, flags, user);

	drmModeAtomicFree(r);
	return ret < 0 ? -ret : ret;
}

int kms_modeset(struct kms *k, int fb_index)
{
	drmModeAtomicReq *r = kms_req();

	kms_add_modeset(k, r, &k->fb[fb_index], k->mode_blob);
	if (k->cursor)
		kms_add_plane(k, r, k->cursor, 0, 0, 0, 0, 0, 0, 0);
	return kms_commit(k, r, DRM_MODE_ATOMIC_ALLOW_MODESET, NULL);
}

int kms_disable(struct kms *k)
{
	drmModeAtomicReq *r = kms_req();

	kms_add(r, k->conn, k->p.conn_crtc_id, 0);
	kms_add(r, k->crtc, k->p.crtc_mode_id, 0);
	kms_add(r, k->crtc, k->p.crtc_active, 0);
	kms_add_plane(k, r, k->primary, 0, 0, 0, 0, 0, 0, 0);
	if (k->cursor)
		kms_add_plane(k, r, k->cursor, 0, 0, 0, 0, 0, 0, 0);
	return kms_commit(k, r, DRM_MODE_ATOMIC_ALLOW_MODESET, NULL);
}

int kms_flip(const struct kms *k, uint32_t fb_id, uint32_t flags, void *user)
{
	drmModeAtomicReq *r = kms_req();

	kms_add(r, k->primary, k->p.fb_id, fb_id);
	return kms_commit(k, r, flags, user);
}
