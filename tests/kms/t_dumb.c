// SPDX-License-Identifier: MIT
/* Dumb buffer limits, mapping and handle rules. */
#include <errno.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include "kms.h"

static int create(int fd, uint32_t w, uint32_t h, uint32_t bpp, uint32_t flags)
{
	struct drm_mode_create_dumb c = { .width = w, .height = h, .bpp = bpp,
					  .flags = flags };
	int ret = kms_io(fd, DRM_IOCTL_MODE_CREATE_DUMB, &c);

	if (!ret)
		kms_dumb_destroy(fd, c.handle);
	return ret;
}

static void limits(struct kms *k)
{
	int ret;

	kms_expect("dumb.zero-width", create(k->fd, 0, 64, 32, 0), EINVAL);
	kms_expect("dumb.zero-height", create(k->fd, 64, 0, 32, 0), EINVAL);
	kms_expect("dumb.zero-bpp", create(k->fd, 64, 64, 0, 0), EINVAL);
	/* sizes whose byte count overflows 32 bits are refused by the core */
	kms_expect("dumb.overflowing-size",
		   create(k->fd, 0x7fffffff, 0x7fffffff, 32, 0), EINVAL);
	kms_expect("dumb.overflowing-bpp", create(k->fd, 0x10000, 16, 0xffffffff, 0),
		   EINVAL);
	/* 16 GiB: no card here has that much; any clear error will do */
	ret = create(k->fd, 65536, 65536, 32, 0);
	if (ret == EINVAL || ret == ENOMEM || ret == ENOSPC || ret == E2BIG)
		pass("dumb.huge-refused");
	else
		fail("dumb.huge-refused", "16 GiB buffer: %s", kms_errname(ret));
}

static void layout(struct kms *k)
{
	uint32_t h, pitch;
	uint64_t size;
	int ret = kms_dumb(k->fd, 100, 30, 32, &h, &pitch, &size);

	if (ret) {
		fail("dumb.pitch-and-size", "100x30x32: %s", kms_errname(ret));
		return;
	}
	if (pitch < 400 || size < (uint64_t)pitch * 30 || !h)
		fail("dumb.pitch-and-size", "pitch %u size %llu for 100x30x32",
		     pitch, (unsigned long long)size);
	else
		pass("dumb.pitch-and-size");
	kms_dumb_destroy(k->fd, h);
	ret = kms_dumb(k->fd, 100, 30, 16, &h, &pitch, &size);
	if (ret)
		fail("dumb.16bpp", "100x30x16: %s", kms_errname(ret));
	else if (pitch < 200 || size < (uint64_t)pitch * 30)
		fail("dumb.16bpp", "pitch %u size %llu", pitch,
		     (unsigned long long)size);
	else
		pass("dumb.16bpp");
	if (!ret)
		kms_dumb_destroy(k->fd, h);
}

static void mapping(struct kms *k)
{
	struct drm_mode_map_dumb m = { .handle = 0xfffff };
	struct drm_mode_destroy_dumb d = { .handle = 0xfffff };
	uint32_t h, pitch;
	uint64_t size;
	uint32_t *p;
	int fd2, ret, bad = 0;

	kms_expect("dumb.map-bad-handle",
		   kms_io(k->fd, DRM_IOCTL_MODE_MAP_DUMB, &m), ENOENT);
	kms_expect("dumb.destroy-bad-handle",
		   kms_io(k->fd, DRM_IOCTL_MODE_DESTROY_DUMB, &d), EINVAL);
	p = mmap(NULL, 4096, PROT_READ, MAP_SHARED, k->fd, 0x7ff00000ull << 12);
	if (p != MAP_FAILED) {
		fail("dumb.mmap-bad-offset", "mmap of an unknown offset worked");
		munmap(p, 4096);
	} else {
		kms_expect("dumb.mmap-bad-offset", errno, EINVAL);
	}

	ret = kms_dumb(k->fd, 64, 64, 32, &h, &pitch, &size);
	if (ret) {
		fail("dumb.map-write-read", "create: %s", kms_errname(ret));
		return;
	}
	m.handle = h;
	ret = kms_io(k->fd, DRM_IOCTL_MODE_MAP_DUMB, &m);
	p = ret ? MAP_FAILED : mmap(NULL, size, PROT_READ | PROT_WRITE,
				    MAP_SHARED, k->fd, m.offset);
	if (p == MAP_FAILED) {
		fail("dumb.map-write-read", "map: %s", kms_errname(ret ? ret : errno));
	} else {
		for (uint64_t i = 0; i < size / 4; i++)
			p[i] = (uint32_t)(i * 2654435761u);
		munmap(p, size);
		p = mmap(NULL, size, PROT_READ, MAP_SHARED, k->fd, m.offset);
		for (uint64_t i = 0; p != MAP_FAILED && i < size / 4; i++)
			bad += p[i] != (uint32_t)(i * 2654435761u);
		if (p == MAP_FAILED || bad)
			fail("dumb.map-write-read", "%d words differ after remap", bad);
		else
			pass("dumb.map-write-read");
		if (p != MAP_FAILED)
			munmap(p, size);
	}

	/* handles are per file: a fresh file cannot use ours */
	fd2 = kms_reopen(k, 0);
	kms_expect("dumb.handle-is-per-file",
		   kms_io(fd2, DRM_IOCTL_MODE_MAP_DUMB, &m), ENOENT);
	close(fd2);

	d.handle = h;
	if (kms_expect("dumb.destroy", kms_io(k->fd, DRM_IOCTL_MODE_DESTROY_DUMB, &d), 0))
		kms_expect("dumb.destroy-twice",
			   kms_io(k->fd, DRM_IOCTL_MODE_DESTROY_DUMB, &d), EINVAL);
}

void t_dumb(struct kms *k)
{
	limits(k);
	layout(k);
	mapping(k);
}
