// SPDX-License-Identifier: MIT
/* Reading DRM events (vblank, flip, CRTC sequence) from the fd. */
#include <errno.h>
#include <poll.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "kms.h"

int64_t kms_now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

int kms_parse_events(const void *buf, int len, struct kms_event *ev, int max)
{
	const char *p = buf;
	int n = 0, off = 0;

	while (off + (int)sizeof(struct drm_event) <= len && n < max) {
		struct drm_event e;

		memcpy(&e, p + off, sizeof(e));
		if (e.length < sizeof(e) || off + (int)e.length > len)
			return -EPROTO;
		memset(&ev[n], 0, sizeof(ev[n]));
		ev[n].type = e.type;
		if ((e.type == DRM_EVENT_VBLANK ||
		     e.type == DRM_EVENT_FLIP_COMPLETE) &&
		    e.length >= sizeof(struct drm_event_vblank)) {
			struct drm_event_vblank v;

			memcpy(&v, p + off, sizeof(v));
			ev[n].user = v.user_data;
			ev[n].seq = v.sequence;
			ev[n].crtc_id = v.crtc_id;
			ev[n].ns = (int64_t)v.tv_sec * 1000000000 +
				   (int64_t)v.tv_usec * 1000;
		} else if (e.type == DRM_EVENT_CRTC_SEQUENCE &&
			   e.length >= sizeof(struct drm_event_crtc_sequence)) {
			struct drm_event_crtc_sequence s;

			memcpy(&s, p + off, sizeof(s));
			ev[n].user = s.user_data;
			ev[n].seq = s.sequence;
			ev[n].ns = s.time_ns;
		}
		off += e.length;
		n++;
	}
	return off == len ? n : -EPROTO;
}

/* One event at a time: a buffer that fits exactly one vblank event. */
int kms_event(int fd, int timeout_ms, struct kms_event *ev)
{
	struct pollfd pfd = { .fd = fd, .events = POLLIN };
	char buf[sizeof(struct drm_event_crtc_sequence)];
	int ret;

	ret = poll(&pfd, 1, timeout_ms);
	if (ret < 0)
		return -errno;
	if (ret == 0)
		return 0;
	ret = (int)read(fd, buf, sizeof(struct drm_event_vblank) > sizeof(buf) ?
			sizeof(buf) : sizeof(struct drm_event_vblank));
	if (ret < 0)
		return -errno;
	if (ret == 0) {
		/* a bigger event than a vblank one: read it whole */
		ret = (int)read(fd, buf, sizeof(buf));
		if (ret <= 0)
			return ret < 0 ? -errno : -EPROTO;
	}
	return kms_parse_events(buf, ret, ev, 1) == 1 ? 1 : -EPROTO;
}

void kms_drain(int fd)
{
	struct kms_event ev;

	while (kms_event(fd, 200, &ev) == 1)
		;
}
