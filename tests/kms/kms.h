/* SPDX-License-Identifier: MIT */
/*
 * KMS conformance suite: shared state and helpers.  Every check reports
 * one line, "pass NAME", "fail NAME: why" or "skip NAME: why", so the
 * runner can line up several drivers side by side.
 */
#ifndef KMS_H
#define KMS_H

#include <stdbool.h>
#include <stdint.h>
#include <xf86drm.h>
#include <xf86drmMode.h>

struct kms_fb {
	uint32_t handle;
	uint32_t fb_id;
	uint32_t w, h, pitch, format;
	uint64_t size;
	void *map;
};

struct kms_props {
	uint32_t conn_crtc_id;
	uint32_t crtc_mode_id, crtc_active, crtc_gamma_lut, crtc_gamma_size;
	uint32_t crtc_out_fence;
	uint32_t fb_id, crtc_id, in_fence;
	uint32_t src_x, src_y, src_w, src_h;
	uint32_t crtc_x, crtc_y, crtc_w, crtc_h;
};

struct kms {
	int fd;
	char path[64];
	const char *driver;
	uint32_t crtc, crtc_index, conn, primary, cursor;
	drmModeModeInfo mode;	/* the connector's preferred mode */
	drmModeModeInfo mode2;	/* another mode, when it has one */
	bool has_mode2;
	uint32_t mode_blob;
	struct kms_props p;
	bool atomic;
	bool vblank;		/* WAIT_VBLANK works on our CRTC */
	char vblank_why[96];
	uint64_t cursor_w, cursor_h;
	struct kms_fb fb[2];	/* full-screen XRGB8888 scan-out buffers */
};

enum kms_result { KMS_PASS, KMS_FAIL, KMS_SKIP };

/* report.c */
void kms_report(const char *name, enum kms_result r, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
#define pass(n) kms_report(n, KMS_PASS, NULL)
#define fail(n, ...) kms_report(n, KMS_FAIL, __VA_ARGS__)
#define skip(n, ...) kms_report(n, KMS_SKIP, __VA_ARGS__)
/* pass when got (0 or an errno) equals want, else fail naming both */
bool kms_expect(const char *name, int got, int want);
const char *kms_errname(int e);
int kms_failures(void);

/* kms.c */
int kms_io(int fd, unsigned long req, void *arg);	/* 0 or errno */
int kms_open_driver(const char *driver, struct kms *k);
int kms_reopen(const struct kms *k, int flags);
uint32_t kms_prop(int fd, uint32_t obj, uint32_t type, const char *name);
int kms_prop_value(int fd, uint32_t obj, uint32_t type, const char *name,
		   uint64_t *val);
int kms_fb_create(int fd, uint32_t w, uint32_t h, uint32_t format,
		  struct kms_fb *fb);
void kms_fb_destroy(int fd, struct kms_fb *fb);
void kms_fb_fill(struct kms_fb *fb, uint32_t seed);
int kms_dumb(int fd, uint32_t w, uint32_t h, uint32_t bpp, uint32_t *handle,
	     uint32_t *pitch, uint64_t *size);
void kms_dumb_destroy(int fd, uint32_t handle);

/* atomic helpers: return 0 or an errno */
drmModeAtomicReq *kms_req(void);
void kms_add(drmModeAtomicReq *r, uint32_t obj, uint32_t prop, uint64_t v);
void kms_add_plane(const struct kms *k, drmModeAtomicReq *r, uint32_t plane,
		   uint32_t fb, uint32_t fw, uint32_t fh, int32_t x, int32_t y,
		   uint32_t w, uint32_t h);
void kms_add_modeset(const struct kms *k, drmModeAtomicReq *r,
		     const struct kms_fb *fb, uint32_t mode_blob);
int kms_commit(const struct kms *k, drmModeAtomicReq *r, uint32_t flags,
	       void *user);
int kms_modeset(struct kms *k, int fb_index);	/* blocking, full modeset */
int kms_disable(struct kms *k);
int kms_flip(const struct kms *k, uint32_t fb_id, uint32_t flags, void *user);

/* events.c */
struct kms_event {
	uint32_t type;
	uint32_t crtc_id;
	uint64_t user;
	uint64_t seq;
	int64_t ns;		/* event time, CLOCK_MONOTONIC */
};
/* wait up to timeout_ms for one event: 1 got one, 0 timeout, <0 -errno */
int kms_event(int fd, int timeout_ms, struct kms_event *ev);
int kms_parse_events(const void *buf, int len, struct kms_event *ev, int max);
void kms_drain(int fd);
int64_t kms_now_ns(void);

/* the checks, one file per area */
void t_resources(struct kms *k);
void t_fb(struct kms *k);
void t_dumb(struct kms *k);
void t_atomic(struct kms *k);
void t_flip(struct kms *k);
void t_vblank(struct kms *k);
void t_cursor(struct kms *k);
void t_master(struct kms *k);
void t_events(struct kms *k);
void t_legacy(struct kms *k);
void t_planes(struct kms *k);
void t_props(struct kms *k);
void t_prime(struct kms *k);

#endif
