// SPDX-License-Identifier: MIT
/* GEM handle rules and PRIME sharing of a dumb buffer between files. */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include "kms.h"

static void *map(int fd, uint32_t handle, uint64_t size)
{
	struct drm_mode_map_dumb m = { .handle = handle };
	void *p;

	if (kms_io(fd, DRM_IOCTL_MODE_MAP_DUMB, &m))
		return NULL;
	p = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, m.offset);
	return p == MAP_FAILED ? NULL : p;
}

static void gem_close(struct kms *k)
{
	struct drm_gem_close c = { .handle = 0xfffff };

	kms_expect("gem.close-bad-handle", kms_io(k->fd, DRM_IOCTL_GEM_CLOSE, &c),
		   EINVAL);
}

void t_prime(struct kms *k)
{
	uint64_t cap = 0, size;
	uint32_t h, h2, pitch;
	uint32_t *a, *b;
	int dfd, fd2, ret;

	gem_close(k);
	drmGetCap(k->fd, DRM_CAP_PRIME, &cap);
	if (!(cap & DRM_PRIME_CAP_EXPORT) || !(cap & DRM_PRIME_CAP_IMPORT)) {
		skip("prime.share-dumb", "no PRIME import and export (cap %llu)",
		     (unsigned long long)cap);
		return;
	}
	if (kms_dumb(k->fd, 64, 64, 32, &h, &pitch, &size)) {
		fail("prime.share-dumb", "dumb buffer failed");
		return;
	}
	ret = drmPrimeHandleToFD(k->fd, h, DRM_CLOEXEC | DRM_RDWR, &dfd) ? errno : 0;
	if (ret) {
		fail("prime.share-dumb", "export: %s", kms_errname(ret));
		kms_dumb_destroy(k->fd, h);
		return;
	}
	fd2 = kms_reopen(k, 0);
	if (drmPrimeFDToHandle(fd2, dfd, &h2)) {
		fail("prime.share-dumb", "import: %s", kms_errname(errno));
	} else {
		a = map(k->fd, h, size);
		b = map(fd2, h2, size);
		if (a && b) {
			a[17] = 0xc0ffee;
			if (b[17] == 0xc0ffee)
				pass("prime.share-dumb");
			else
				fail("prime.share-dumb", "imported buffer differs");
		} else {
			fail("prime.share-dumb", "imported buffer cannot be mapped");
		}
		if (a)
			munmap(a, size);
		if (b)
			munmap(b, size);
	}
	close(fd2);
	close(dfd);
	kms_dumb_destroy(k->fd, h);
}
