// SPDX-License-Identifier: MIT
/* WAIT_VBLANK (relative, absolute, events) and CRTC_GET/QUEUE_SEQUENCE. */
#include <errno.h>
#include <string.h>
#include "kms.h"

#define FRAME_NS 16666667

static unsigned int crtc_bits(const struct kms *k)
{
	if (k->crtc_index == 0)
		return 0;
	if (k->crtc_index == 1)
		return DRM_VBLANK_SECONDARY;
	return (k->crtc_index << DRM_VBLANK_HIGH_CRTC_SHIFT) &
	       DRM_VBLANK_HIGH_CRTC_MASK;
}

static int wait(const struct kms *k, unsigned int type, unsigned int seq,
		unsigned long signal, drmVBlank *out)
{
	drmVBlank vb;

	memset(&vb, 0, sizeof(vb));
	vb.request.type = type | crtc_bits(k);
	vb.request.sequence = seq;
	vb.request.signal = signal;
	if (drmWaitVBlank(k->fd, &vb))
		return errno;
	if (out)
		*out = vb;
	return 0;
}

static int64_t reply_ns(const drmVBlank *vb)
{
	return (int64_t)vb->reply.tval_sec * 1000000000 +
	       (int64_t)vb->reply.tval_usec * 1000;
}

static void waits(struct kms *k)
{
	drmVBlank a, b;
	int64_t t0, dt, per;
	int ret;

	ret = wait(k, DRM_VBLANK_RELATIVE, 0, 0, &a);
	if (!kms_expect("vblank.query", ret, 0))
		return;
	ret = wait(k, DRM_VBLANK_RELATIVE, 1, 0, &b);
	/* one vblank after the query, two or three if the VM was slow */
	if (ret || b.reply.sequence <= a.reply.sequence ||
	    b.reply.sequence > a.reply.sequence + 3)
		fail("vblank.relative", "%s, sequence %u after %u",
		     kms_errname(ret), b.reply.sequence, a.reply.sequence);
	else
		pass("vblank.relative");
	t0 = kms_now_ns();
	ret = wait(k, DRM_VBLANK_ABSOLUTE, b.reply.sequence + 12, 0, &a);
	dt = kms_now_ns() - t0;
	if (ret || a.reply.sequence < b.reply.sequence + 12)
		fail("vblank.absolute", "%s, sequence %u, want >= %u",
		     kms_errname(ret), a.reply.sequence, b.reply.sequence + 12);
	else if (dt < 10 * FRAME_NS)
		fail("vblank.absolute", "12 frames took %.1f ms", dt / 1e6);
	else
		pass("vblank.absolute");
	/* the reply timestamps never say more than one vblank per 16.67 ms
	 * (a loaded machine may deliver fewer; that is not the driver's fault) */
	per = !ret && a.reply.sequence > b.reply.sequence ?
	      (reply_ns(&a) - reply_ns(&b)) /
	      (int64_t)(a.reply.sequence - b.reply.sequence) : 0;
	if (per > FRAME_NS * 9 / 10)
		pass("vblank.timestamps");
	else
		fail("vblank.timestamps", "%.3f ms per vblank by timestamp", per / 1e6);
	/* a sequence in the past returns at once with the current count */
	t0 = kms_now_ns();
	ret = wait(k, DRM_VBLANK_ABSOLUTE, a.reply.sequence - 3, 0, &b);
	dt = kms_now_ns() - t0;
	if (ret || dt > 10 * FRAME_NS || b.reply.sequence < a.reply.sequence)
		fail("vblank.absolute-past", "%s after %.1f ms, sequence %u",
		     kms_errname(ret), dt / 1e6, b.reply.sequence);
	else
		pass("vblank.absolute-past");
	ret = wait(k, DRM_VBLANK_ABSOLUTE | DRM_VBLANK_NEXTONMISS,
		   a.reply.sequence - 3, 0, &b);
	if (ret || b.reply.sequence <= a.reply.sequence)
		fail("vblank.next-on-miss", "%s, sequence %u after %u",
		     kms_errname(ret), b.reply.sequence, a.reply.sequence);
	else
		pass("vblank.next-on-miss");
}

static void events(struct kms *k)
{
	struct kms_event ev;
	drmVBlank vb;
	int ret;

	ret = wait(k, DRM_VBLANK_RELATIVE | DRM_VBLANK_EVENT, 2, 0x77, &vb);
	if (!kms_expect("vblank.event-queued", ret, 0))
		return;
	if (kms_event(k->fd, 1000, &ev) != 1 || ev.type != DRM_EVENT_VBLANK ||
	    ev.user != 0x77 || ev.seq < vb.reply.sequence || ev.crtc_id != k->crtc)
		fail("vblank.event", "type %u user %llx seq %llu (want %u) crtc %u",
		     ev.type, (unsigned long long)ev.user,
		     (unsigned long long)ev.seq, vb.reply.sequence, ev.crtc_id);
	else
		pass("vblank.event");
}

static void bad(struct kms *k)
{
	drmVBlank vb;

	memset(&vb, 0, sizeof(vb));
	vb.request.type = DRM_VBLANK_RELATIVE | DRM_VBLANK_SIGNAL;
	kms_expect("vblank.signal-refused",
		   drmWaitVBlank(k->fd, &vb) ? errno : 0, EINVAL);
	vb.request.type = DRM_VBLANK_RELATIVE |
			  ((31u << DRM_VBLANK_HIGH_CRTC_SHIFT) &
			   DRM_VBLANK_HIGH_CRTC_MASK);
	kms_expect("vblank.bad-crtc", drmWaitVBlank(k->fd, &vb) ? errno : 0,
		   EINVAL);
	vb.request.type = 0x00800000 | DRM_VBLANK_RELATIVE;
	kms_expect("vblank.unknown-flag", drmWaitVBlank(k->fd, &vb) ? errno : 0,
		   EINVAL);
	drmVBlank before, after;

	if (wait(k, DRM_VBLANK_RELATIVE, 0, 0, &before))
		before.reply.sequence = 0;
	kms_disable(k);
	kms_expect("vblank.crtc-off", wait(k, DRM_VBLANK_RELATIVE, 1, 0, NULL),
		   EINVAL);
	kms_modeset(k, 0);
	/* the count carries on across a modeset, it never goes back */
	if (wait(k, DRM_VBLANK_RELATIVE, 1, 0, &after) ||
	    (int32_t)(after.reply.sequence - before.reply.sequence) <= 0)
		fail("vblank.count-survives-modeset", "%u before, %u after",
		     before.reply.sequence, after.reply.sequence);
	else
		pass("vblank.count-survives-modeset");
}

static void sequence(struct kms *k)
{
	struct drm_crtc_get_sequence g = { .crtc_id = k->crtc };
	struct drm_crtc_queue_sequence q = { .crtc_id = k->crtc };
	struct kms_event ev;
	int ret;

	ret = kms_io(k->fd, DRM_IOCTL_CRTC_GET_SEQUENCE, &g);
	if (ret || !g.active || !g.sequence_ns)
		fail("vblank.get-sequence", "%s active %u ns %lld", kms_errname(ret),
		     g.active, (long long)g.sequence_ns);
	else
		pass("vblank.get-sequence");
	g.crtc_id = 0xfffff;
	kms_expect("vblank.get-sequence-bad-crtc",
		   kms_io(k->fd, DRM_IOCTL_CRTC_GET_SEQUENCE, &g), ENOENT);
	q.flags = DRM_CRTC_SEQUENCE_RELATIVE;
	q.sequence = 2;
	q.user_data = 0x4242;
	ret = kms_io(k->fd, DRM_IOCTL_CRTC_QUEUE_SEQUENCE, &q);
	if (kms_expect("vblank.queue-sequence", ret, 0)) {
		if (kms_event(k->fd, 1000, &ev) != 1 ||
		    ev.type != DRM_EVENT_CRTC_SEQUENCE || ev.user != 0x4242 ||
		    ev.seq < q.sequence)
			fail("vblank.queue-sequence-event", "type %u user %llx seq %llu want %llu",
			     ev.type, (unsigned long long)ev.user,
			     (unsigned long long)ev.seq,
			     (unsigned long long)q.sequence);
		else
			pass("vblank.queue-sequence-event");
	}
	q.flags = 0x80;
	kms_expect("vblank.queue-sequence-bad-flags",
		   kms_io(k->fd, DRM_IOCTL_CRTC_QUEUE_SEQUENCE, &q), EINVAL);
}

static const char *const names[] = {
	"vblank.query", "vblank.relative", "vblank.absolute", "vblank.timestamps",
	"vblank.absolute-past", "vblank.next-on-miss", "vblank.event-queued",
	"vblank.event", "vblank.signal-refused", "vblank.bad-crtc",
	"vblank.unknown-flag", "vblank.crtc-off", "vblank.count-survives-modeset", "vblank.get-sequence",
	"vblank.get-sequence-bad-crtc", "vblank.queue-sequence",
	"vblank.queue-sequence-event", "vblank.queue-sequence-bad-flags",
};

void t_vblank(struct kms *k)
{
	if (!k->vblank) {
		for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
			skip(names[i], "%s", k->vblank_why);
		return;
	}
	waits(k);
	events(k);
	bad(k);
	sequence(k);
}
