// SPDX-License-Identifier: MIT
/* read() of the event queue: short buffers, partial fits, EAGAIN, EFAULT. */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "kms.h"

/* Queue n flip events (blocking commits, so each one has landed). */
static int queue_events(struct kms *k, int n)
{
	for (int i = 0; i < n; i++)
		if (kms_flip(k, k->fb[(i + 1) & 1].fb_id, DRM_MODE_PAGE_FLIP_EVENT,
			     (void *)(uintptr_t)(0x100 + i)))
			return -1;
	return 0;
}

static bool readable(int fd, int ms)
{
	struct pollfd p = { .fd = fd, .events = POLLIN };

	return poll(&p, 1, ms) == 1 && (p.revents & POLLIN);
}

void t_events(struct kms *k)
{
	const int ev_len = sizeof(struct drm_event_vblank);
	char buf[4 * sizeof(struct drm_event_vblank)];
	struct kms_event ev[4];
	int fl = fcntl(k->fd, F_GETFL);
	ssize_t n;

	kms_drain(k->fd);
	fcntl(k->fd, F_SETFL, fl | O_NONBLOCK);
	n = read(k->fd, buf, sizeof(buf));
	kms_expect("events.nonblock-empty", n < 0 ? errno : 0, EAGAIN);
	if (readable(k->fd, 0))
		fail("events.poll-empty", "POLLIN with no event queued");
	else
		pass("events.poll-empty");

	if (queue_events(k, 2)) {
		fail("events.setup", "flips failed");
		fcntl(k->fd, F_SETFL, fl);
		return;
	}
	/* the last flip has landed, so its event is queued by now */
	if (!readable(k->fd, 1000))
		fail("events.poll-ready", "no POLLIN with events queued");
	else
		pass("events.poll-ready");
	n = read(k->fd, buf, sizeof(struct drm_event) - 1);
	if (n != 0)
		fail("events.short-read", "read of %d bytes returned %zd",
		     (int)sizeof(struct drm_event) - 1, n);
	else
		pass("events.short-read");
	n = read(k->fd, buf, ev_len - 1);
	if (n != 0)
		fail("events.one-byte-short", "returned %zd", n);
	else
		pass("events.one-byte-short");
	n = syscall(SYS_read, k->fd, 8, sizeof(buf));
	kms_expect("events.bad-buffer", n < 0 ? errno : 0, EFAULT);
	/* one and a half events of room: exactly one whole event comes back */
	n = read(k->fd, buf, ev_len + ev_len / 2);
	if (n != ev_len || kms_parse_events(buf, (int)n, ev, 1) != 1 ||
	    ev[0].user != 0x100)
		fail("events.partial-fit", "got %zd bytes, user %llx", n,
		     n > 0 ? (unsigned long long)ev[0].user : 0ull);
	else
		pass("events.partial-fit");
	n = read(k->fd, buf, sizeof(buf));
	if (n != ev_len || kms_parse_events(buf, (int)n, ev, 4) != 1 ||
	    ev[0].user != 0x101)
		fail("events.kept-after-short-reads", "got %zd bytes", n);
	else
		pass("events.kept-after-short-reads");

	if (queue_events(k, 3) || !readable(k->fd, 1000)) {
		fail("events.batch-read", "flips failed");
	} else {
		n = read(k->fd, buf, sizeof(buf));
		if (n != 3 * ev_len || kms_parse_events(buf, (int)n, ev, 4) != 3 ||
		    ev[0].user != 0x100 || ev[2].user != 0x102)
			fail("events.batch-read", "got %zd bytes, want %d in order",
			     n, 3 * ev_len);
		else
			pass("events.batch-read");
	}
	fcntl(k->fd, F_SETFL, fl);
}
