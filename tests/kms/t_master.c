// SPDX-License-Identifier: MIT
/*
 * DRM master and authentication.  Root is always authenticated and may
 * always take master, so the unprivileged side runs in a child that has
 * dropped every capability.
 */
#include <errno.h>
#include <linux/capability.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#include <drm_fourcc.h>
#include "kms.h"

static int test_commit(int fd, struct kms *k)
{
	drmModeAtomicReq *r = kms_req();
	int ret;

	kms_add(r, k->primary, k->p.fb_id, k->fb[0].fb_id);
	ret = drmModeAtomicCommit(fd, r, DRM_MODE_ATOMIC_TEST_ONLY, NULL);
	drmModeAtomicFree(r);
	return -ret;
}

static int open_client(struct kms *k)
{
	int fd = kms_reopen(k, 0);

	drmSetClientCap(fd, DRM_CLIENT_CAP_UNIVERSAL_PLANES, 1);
	drmSetClientCap(fd, DRM_CLIENT_CAP_ATOMIC, 1);
	return fd;
}

/* Put an fb of fd2's own on screen: closing fd2 must remove it. */
static uint32_t own_fb_on_screen(struct kms *k, int fd2)
{
	struct drm_mode_crtc c = { .crtc_id = k->crtc };
	drmModeAtomicReq *r;
	struct kms_fb f;
	int ret;

	if (kms_fb_create(fd2, k->mode.hdisplay, k->mode.vdisplay,
			  DRM_FORMAT_XRGB8888, &f))
		return 0;
	r = kms_req();
	kms_add(r, k->primary, k->p.fb_id, f.fb_id);
	ret = drmModeAtomicCommit(fd2, r, 0, NULL);
	drmModeAtomicFree(r);
	/* a mapping would keep the file open past close() */
	munmap(f.map, f.size);
	if (ret || kms_io(k->fd, DRM_IOCTL_MODE_GETCRTC, &c) || c.fb_id != f.fb_id)
		return 0;
	return f.fb_id;
}

static void roles(struct kms *k)
{
	struct drm_mode_crtc c = { 0 };
	drmModeResPtr res;
	int fd2 = open_client(k), fd3;
	uint32_t fb;
	uint32_t conn = k->conn;

	if (drmIsMaster(k->fd))
		pass("master.first-opener-is-master");
	else
		fail("master.first-opener-is-master", "the suite's own fd is not master");
	if (!drmIsMaster(fd2))
		pass("master.second-opener-not-master");
	else
		fail("master.second-opener-not-master", "a second opener became master");
	res = drmModeGetResources(fd2);
	if (res)
		pass("master.non-master-may-query");
	else
		fail("master.non-master-may-query", "GETRESOURCES: %s",
		     kms_errname(errno));
	drmModeFreeResources(res);
	kms_expect("master.non-master-setcrtc",
		   -drmModeSetCrtc(fd2, k->crtc, k->fb[0].fb_id, 0, 0, &conn, 1,
				   &k->mode), EACCES);
	kms_expect("master.non-master-atomic", test_commit(fd2, k), EACCES);
	kms_expect("master.non-master-pageflip",
		   -drmModePageFlip(fd2, k->crtc, k->fb[0].fb_id, 0, NULL), EACCES);
	kms_expect("master.setmaster-while-held", -drmSetMaster(fd2) ? errno : 0,
		   EBUSY);
	kms_expect("master.dropmaster-non-master", drmDropMaster(fd2) ? errno : 0,
		   EINVAL);

	if (!kms_expect("master.drop", drmDropMaster(k->fd) ? errno : 0, 0))
		goto out;
	kms_expect("master.dropped-may-not-commit", test_commit(k->fd, k), EACCES);
	if (kms_expect("master.handover", drmSetMaster(fd2) ? errno : 0, 0)) {
		kms_expect("master.new-master-commits", test_commit(fd2, k), 0);
		fb = own_fb_on_screen(k, fd2);
		/* closing the master leaves none; the next opener gets it */
		close(fd2);
		fd2 = -1;
		c.crtc_id = k->crtc;
		if (!fb)
			fail("master.close-removes-its-fbs", "could not show an fb of its own");
		else if (kms_io(k->fd, DRM_IOCTL_MODE_GETCRTC, &c) || c.fb_id)
			fail("master.close-removes-its-fbs", "CRTC still shows fb %u", c.fb_id);
		else
			pass("master.close-removes-its-fbs");
		fd3 = open_client(k);
		if (drmIsMaster(fd3))
			pass("master.close-releases");
		else
			fail("master.close-releases", "next opener is not master");
		close(fd3);
	}
	kms_expect("master.take-back", drmSetMaster(k->fd) ? errno : 0, 0);
out:
	if (fd2 >= 0)
		close(fd2);
}

static int drop_caps(void)
{
	struct __user_cap_header_struct h = { _LINUX_CAPABILITY_VERSION_3, 0 };
	struct __user_cap_data_struct d[2];

	memset(d, 0, sizeof(d));
	return (int)syscall(SYS_capset, &h, d);
}

static int flink(int fd, uint32_t handle)
{
	struct drm_gem_flink f = { .handle = handle };

	return kms_io(fd, DRM_IOCTL_GEM_FLINK, &f);
}

static int client_auth(int fd)
{
	drm_client_t c = { 0 };

	if (kms_io(fd, DRM_IOCTL_GET_CLIENT, &c))
		return -1;
	return (int)c.auth;
}

/* The unprivileged client: reports its own lines, exits with failures. */
static int child(struct kms *k, int to_parent, int from_parent)
{
	struct drm_mode_fb_cmd g = { .fb_id = k->fb[0].fb_id };
	drm_magic_t magic = 0;
	int before = kms_failures();
	uint32_t h;
	char go;
	int fd;

	if (drop_caps()) {
		fail("master.unprivileged-setup", "capset: %s", kms_errname(errno));
		return 1;
	}
	fd = open_client(k);
	if (fd < 0 || kms_dumb(fd, 16, 16, 32, &h, NULL, NULL)) {
		fail("master.unprivileged-setup", "open or dumb buffer failed");
		return 1;
	}
	if (client_auth(fd) == 0)
		pass("master.unprivileged-not-authenticated");
	else
		fail("master.unprivileged-not-authenticated", "GET_CLIENT auth %d",
		     client_auth(fd));
	kms_expect("master.unauthenticated-flink", flink(fd, h), EACCES);
	if (kms_io(fd, DRM_IOCTL_MODE_GETFB, &g) == 0 && g.handle == 0)
		pass("master.getfb-no-handle-unprivileged");
	else
		fail("master.getfb-no-handle-unprivileged", "handle %u", g.handle);
	kms_expect("master.unprivileged-setmaster", drmSetMaster(fd) ? errno : 0,
		   EACCES);
	if (drmGetMagic(fd, &magic) || !magic) {
		fail("master.auth-magic", "GET_MAGIC failed");
		return 1;
	}
	if (write(to_parent, &magic, sizeof(magic)) != sizeof(magic) ||
	    read(from_parent, &go, 1) != 1)
		return 1;
	if (client_auth(fd) == 1)
		pass("master.auth-magic");
	else
		fail("master.auth-magic", "still unauthenticated after AUTH_MAGIC");
	kms_expect("master.authenticated-flink", flink(fd, h), 0);
	close(fd);
	return kms_failures() - before;
}

static void auth(struct kms *k)
{
	int up[2], down[2], status = 0, fd2;
	drm_magic_t magic;
	pid_t pid;

	if (pipe(up) || pipe(down)) {
		fail("master.auth-magic", "pipe failed");
		return;
	}
	fflush(stdout);
	pid = fork();
	if (pid == 0)
		_exit(child(k, up[1], down[0]) ? 1 : 0);
	close(up[1]);
	close(down[0]);
	if (read(up[0], &magic, sizeof(magic)) == sizeof(magic)) {
		fd2 = open_client(k);
		kms_expect("master.non-master-authmagic",
			   -drmAuthMagic(fd2, magic), EACCES);
		close(fd2);
		kms_expect("master.authmagic-bogus", -drmAuthMagic(k->fd, magic + 1000),
			   EINVAL);
		kms_expect("master.authmagic", -drmAuthMagic(k->fd, magic), 0);
		if (write(down[1], "g", 1) != 1)
			fail("master.auth-magic", "child went away");
	}
	close(up[0]);
	close(down[1]);
	waitpid(pid, &status, 0);
	if (!WIFEXITED(status) || WEXITSTATUS(status))
		kms_report("master.unprivileged-client", KMS_FAIL,
			   "the client's checks failed (status %#x)", status);
}

void t_master(struct kms *k)
{
	roles(k);
	auth(k);
}
