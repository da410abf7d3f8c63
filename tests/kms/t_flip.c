// SPDX-License-Identifier: MIT
/* Page flips: events, sequence numbers, pacing, EBUSY, racing commits. */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <drm_fourcc.h>
#include "kms.h"

#define NONBLOCK DRM_MODE_ATOMIC_NONBLOCK
#define EVENT DRM_MODE_PAGE_FLIP_EVENT
#define FRAME_NS 16666667

static int one_event(struct kms *k, const char *name, uint64_t user,
		     struct kms_event *ev)
{
	int ret = kms_event(k->fd, 1000, ev);

	if (ret != 1) {
		fail(name, "no event within 1 s (%d)", ret);
		return -1;
	}
	if (ev->type != DRM_EVENT_FLIP_COMPLETE || ev->user != user ||
	    ev->crtc_id != k->crtc) {
		fail(name, "event type %u user %llx crtc %u, want %u %llx %u",
		     ev->type, (unsigned long long)ev->user, ev->crtc_id,
		     DRM_EVENT_FLIP_COMPLETE, (unsigned long long)user, k->crtc);
		return -1;
	}
	return 0;
}

static void legacy(struct kms *k)
{
	struct kms_event ev;
	struct kms_fb f;
	uint64_t cap = 0;
	int ret;

	ret = -drmModePageFlip(k->fd, k->crtc, k->fb[1].fb_id, EVENT,
			       (void *)0x1234);
	if (kms_expect("flip.legacy", ret, 0) &&
	    one_event(k, "flip.legacy-event", 0x1234, &ev) == 0)
		pass("flip.legacy-event");
	kms_expect("flip.legacy-bad-fb",
		   -drmModePageFlip(k->fd, k->crtc, 0xfffff, EVENT, NULL), ENOENT);
	kms_expect("flip.legacy-bad-crtc",
		   -drmModePageFlip(k->fd, 0xfffff, k->fb[0].fb_id, EVENT, NULL),
		   ENOENT);
	kms_expect("flip.legacy-bad-flags",
		   -drmModePageFlip(k->fd, k->crtc, k->fb[0].fb_id, 0x80000000u,
				    NULL), EINVAL);
	if (kms_fb_create(k->fd, 64, 64, DRM_FORMAT_XRGB8888, &f) == 0) {
		kms_expect("flip.legacy-fb-smaller-than-mode",
			   -drmModePageFlip(k->fd, k->crtc, f.fb_id, EVENT, NULL),
			   ENOSPC);
		kms_fb_destroy(k->fd, &f);
	}
	ret = kms_fb_create(k->fd, k->mode.hdisplay, k->mode.vdisplay,
			    DRM_FORMAT_RGB565, &f);
	if (ret) {
		skip("flip.legacy-format-change", "no RGB565 framebuffers");
	} else {
		kms_expect("flip.legacy-format-change",
			   -drmModePageFlip(k->fd, k->crtc, f.fb_id, EVENT, NULL),
			   EINVAL);
		kms_fb_destroy(k->fd, &f);
	}
	drmGetCap(k->fd, DRM_CAP_ASYNC_PAGE_FLIP, &cap);
	if (cap)
		skip("flip.legacy-async-unsupported", "driver offers async flips");
	else
		kms_expect("flip.legacy-async-unsupported",
			   -drmModePageFlip(k->fd, k->crtc, k->fb[0].fb_id,
					    EVENT | DRM_MODE_PAGE_FLIP_ASYNC, NULL),
			   EINVAL);
	cap = 0;
	drmGetCap(k->fd, DRM_CAP_PAGE_FLIP_TARGET, &cap);
	if (cap)
		skip("flip.target-unsupported", "driver offers flip targets");
	else
		kms_expect("flip.target-unsupported",
			   -drmModePageFlipTarget(k->fd, k->crtc, k->fb[0].fb_id,
						  EVENT | DRM_MODE_PAGE_FLIP_TARGET_RELATIVE,
						  NULL, 1), EINVAL);
	kms_drain(k->fd);
	kms_disable(k);
	kms_expect("flip.legacy-crtc-off",
		   -drmModePageFlip(k->fd, k->crtc, k->fb[0].fb_id, EVENT, NULL),
		   EBUSY);
	kms_modeset(k, 0);
}

static void atomic_event(struct kms *k)
{
	struct kms_event ev;
	int ret = kms_flip(k, k->fb[1].fb_id, NONBLOCK | EVENT, (void *)0x5678);

	if (kms_expect("flip.atomic-nonblock", ret, 0) &&
	    one_event(k, "flip.atomic-event", 0x5678, &ev) == 0) {
		int64_t now = kms_now_ns();

		pass("flip.atomic-event");
		/* event times are CLOCK_MONOTONIC, and in the past */
		if (ev.ns > now || now - ev.ns > 1000000000)
			fail("flip.event-time-monotonic-clock",
			     "event %.3f s, now %.3f s", ev.ns / 1e9, now / 1e9);
		else
			pass("flip.event-time-monotonic-clock");
	}
	ret = kms_flip(k, k->fb[0].fb_id, EVENT, (void *)0x9abc);
	if (kms_expect("flip.atomic-blocking-event", ret, 0))
		one_event(k, "flip.atomic-blocking-event-arrives", 0x9abc, &ev) ||
			(pass("flip.atomic-blocking-event-arrives"), 0);
}

/* 30 flips back to back: one frame apart, sequence and time advancing. */
static void pacing(struct kms *k)
{
	enum { N = 30 };
	struct kms_event ev[N];
	int64_t period;
	uint64_t frames;
	int bad = 0;

	if (!k->vblank) {
		skip("flip.sequence-increases", "%s", k->vblank_why);
		skip("flip.timestamps-monotonic", "%s", k->vblank_why);
		skip("flip.vblank-paced", "%s", k->vblank_why);
		return;
	}
	for (int i = 0; i < N; i++) {
		int ret = kms_flip(k, k->fb[(i + 1) & 1].fb_id, NONBLOCK | EVENT,
				   (void *)(uintptr_t)i);

		if (ret || kms_event(k->fd, 1000, &ev[i]) != 1 ||
		    ev[i].user != (uint64_t)i) {
			fail("flip.sequence-increases", "flip %d: %s", i,
			     kms_errname(ret));
			return;
		}
	}
	for (int i = 1; i < N; i++)
		bad += ev[i].seq <= ev[i - 1].seq;
	if (bad)
		fail("flip.sequence-increases", "%d of %d steps did not advance",
		     bad, N - 1);
	else
		pass("flip.sequence-increases");
	bad = 0;
	for (int i = 1; i < N; i++)
		bad += ev[i].ns <= ev[i - 1].ns;
	if (bad)
		fail("flip.timestamps-monotonic", "%d steps went backwards", bad);
	else
		pass("flip.timestamps-monotonic");
	frames = ev[N - 1].seq - ev[0].seq;
	period = frames ? (ev[N - 1].ns - ev[0].ns) / (int64_t)frames : 0;
	printf("# flip: %llu frames, %.3f ms per frame (%.2f Hz)\n",
	       (unsigned long long)frames, period / 1e6,
	       period ? 1e9 / period : 0.0);
	/* Pacing means never faster than the refresh; a slower rate is the
	 * machine's load, which the figure above reports. */
	if (period < FRAME_NS * 9 / 10)
		fail("flip.vblank-paced", "%.3f ms per vblank, faster than 60 Hz",
		     period / 1e6);
	else
		pass("flip.vblank-paced");
}

/* A flip still pending makes the next nonblocking one fail with EBUSY. */
static void busy(struct kms *k)
{
	struct kms_event ev;
	int seen = 0, ret, again;

	if (!k->vblank) {
		skip("flip.pending-ebusy", "%s: flips complete at once", k->vblank_why);
		skip("flip.after-ebusy", "%s: flips complete at once", k->vblank_why);
		skip("flip.blocking-waits-for-pending", "%s: flips complete at once",
		     k->vblank_why);
		return;
	}
	for (int i = 0; i < 5 && !seen; i++) {
		ret = kms_flip(k, k->fb[1].fb_id, NONBLOCK | EVENT, (void *)1);
		if (ret) {
			fail("flip.pending-ebusy", "first flip: %s", kms_errname(ret));
			return;
		}
		again = kms_flip(k, k->fb[0].fb_id, NONBLOCK | EVENT, (void *)2);
		if (again == EBUSY) {
			seen = 1;
		} else if (again) {
			fail("flip.pending-ebusy", "second flip: %s", kms_errname(again));
			return;
		}
		/* wait out every flip that was queued */
		for (int n = again ? 1 : 2; n > 0; n--)
			if (kms_event(k->fd, 1000, &ev) != 1) {
				fail("flip.pending-ebusy", "a queued flip sent no event");
				return;
			}
	}
	if (!seen) {
		fail("flip.pending-ebusy", "5 second flips never got EBUSY");
		return;
	}
	pass("flip.pending-ebusy");
	ret = kms_flip(k, k->fb[1].fb_id, NONBLOCK | EVENT, (void *)3);
	if (ret || kms_event(k->fd, 1000, &ev) != 1 || ev.user != 3)
		fail("flip.after-ebusy", "flip after the pending one: %s",
		     kms_errname(ret));
	else
		pass("flip.after-ebusy");
	/* a blocking commit waits for the pending flip instead of failing */
	kms_flip(k, k->fb[0].fb_id, NONBLOCK | EVENT, (void *)4);
	kms_expect("flip.blocking-waits-for-pending",
		   kms_flip(k, k->fb[1].fb_id, 0, NULL), 0);
	kms_drain(k->fd);
}

struct racer {
	struct kms *k;
	int id, ok, busy, other, other_err;
};

static void *race(void *arg)
{
	struct racer *r = arg;

	for (int i = 0; i < 40; i++) {
		int ret = kms_flip(r->k, r->k->fb[(i + r->id) & 1].fb_id,
				   NONBLOCK | EVENT,
				   (void *)(uintptr_t)(r->id + 1));
		if (ret == 0)
			r->ok++;
		else if (ret == EBUSY)
			r->busy++;
		else
			r->other++, r->other_err = ret;
	}
	return NULL;
}

static void racing(struct kms *k)
{
	struct racer r[2] = { { k, 0, 0, 0, 0, 0 }, { k, 1, 0, 0, 0, 0 } };
	pthread_t t[2];
	struct kms_event ev;
	int events[2] = { 0, 0 }, stray = 0;

	for (int i = 0; i < 2; i++)
		pthread_create(&t[i], NULL, race, &r[i]);
	for (int i = 0; i < 2; i++)
		pthread_join(t[i], NULL);
	while (kms_event(k->fd, 300, &ev) == 1) {
		if (ev.type == DRM_EVENT_FLIP_COMPLETE && (ev.user == 1 || ev.user == 2))
			events[ev.user - 1]++;
		else
			stray++;
	}
	if (r[0].other || r[1].other)
		fail("flip.nonblock-race", "racing commits got %s",
		     kms_errname(r[0].other ? r[0].other_err : r[1].other_err));
	else if (events[0] != r[0].ok || events[1] != r[1].ok || stray)
		fail("flip.nonblock-race", "%d+%d commits succeeded but %d+%d events (%d stray)",
		     r[0].ok, r[1].ok, events[0], events[1], stray);
	else if (!r[0].ok && !r[1].ok)
		fail("flip.nonblock-race", "no commit succeeded");
	else
		pass("flip.nonblock-race");
	printf("# flip: race %d+%d flips, %d+%d EBUSY\n", r[0].ok, r[1].ok,
	       r[0].busy, r[1].busy);
}

void t_flip(struct kms *k)
{
	legacy(k);
	atomic_event(k);
	pacing(k);
	busy(k);
	racing(k);
}
