/* ppkms: what the kmd suite asks of the protopciem DRM device, on libdrm.
 *
 *   ppkms node                  path of the card node whose driver is protopciem
 *   ppkms modes                 the connector's modes, WxH@Hz, one a line
 *   ppkms edid-modes            the modes the connector's EDID blob lists
 *   ppkms compare PNG [TOL]     the CRTC's framebuffer against a snapshot
 *   ppkms lit PNG X Y W H       permille of lit pixels in a snapshot's box
 *   ppkms con2fb FB             put the console of tty1 on /dev/fbFB
 *   ppkms flips SECONDS         page-flip between two buffers, check events;
 *                               fails if a flip's sequence does not advance
 *   ppkms cursor-gamma DBG DIR  a cursor partly off-screen, then a gamma LUT:
 *                               each checked pixel for pixel on a snapshot
 *                               (debugfs DBG/snapshot, saved in DIR)
 */
#include <errno.h>
#include <fcntl.h>
#include <linux/fb.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <xf86drm.h>
#include <xf86drmMode.h>
#include <drm_fourcc.h>
#define STB_IMAGE_IMPLEMENTATION
#define STBI_ONLY_PNG
#include <stb/stb_image.h>

#define DRIVER "protopciem"

static void die(const char *what)
{
	fprintf(stderr, "ppkms: %s: %s\n", what, strerror(errno));
	exit(1);
}

/* The protopciem card node, found by driver name: the VM may have others. */
static int open_card(char *path, size_t len)
{
	char p[64];
	int i, fd;

	for (i = 0; i < 64; i++) {
		drmVersionPtr v;

		snprintf(p, sizeof(p), "/dev/dri/card%d", i);
		fd = open(p, O_RDWR | O_CLOEXEC);
		if (fd < 0)
			continue;
		v = drmGetVersion(fd);
		if (v && !strcmp(v->name, DRIVER)) {
			drmFreeVersion(v);
			if (path)
				snprintf(path, len, "%s", p);
			return fd;
		}
		if (v)
			drmFreeVersion(v);
		close(fd);
	}
	errno = ENODEV;
	return -1;
}

static drmModeConnectorPtr connector(int fd, drmModeResPtr *res)
{
	drmModeConnectorPtr c;

	*res = drmModeGetResources(fd);
	if (!*res || (*res)->count_connectors < 1)
		die("no connector");
	c = drmModeGetConnector(fd, (*res)->connectors[0]);
	if (!c)
		die("GETCONNECTOR");
	return c;
}

static int cmd_modes(int fd)
{
	drmModeResPtr res;
	drmModeConnectorPtr c = connector(fd, &res);
	int i;

	for (i = 0; i < c->count_modes; i++)
		printf("%ux%u@%u\n", c->modes[i].hdisplay, c->modes[i].vdisplay,
		       c->modes[i].vrefresh);
	return 0;
}

/* EDID 1.3 decoding of the timings a monitor lists (VESA E-EDID 3.8-3.10). */
static void edid_modes(const uint8_t *e, size_t len)
{
	static const struct { int byte, bit, w, h, hz; } est[] = {
		{ 35, 5, 640, 480, 60 }, { 35, 4, 640, 480, 67 },
		{ 35, 3, 640, 480, 72 }, { 35, 2, 640, 480, 75 },
		{ 35, 1, 800, 600, 56 }, { 35, 0, 800, 600, 60 },
		{ 36, 7, 800, 600, 72 }, { 36, 6, 800, 600, 75 },
		{ 36, 3, 1024, 768, 60 }, { 36, 2, 1024, 768, 70 },
		{ 36, 1, 1024, 768, 75 }, { 36, 0, 1280, 1024, 75 },
	};
	unsigned int i;

	if (len < 128)
		return;
	for (i = 0; i < sizeof(est) / sizeof(est[0]); i++)
		if (e[est[i].byte] & (1 << est[i].bit))
			printf("%dx%d@%d\n", est[i].w, est[i].h, est[i].hz);
	for (i = 38; i < 54; i += 2) {
		int w = (e[i] + 31) * 8, h;

		if (e[i] <= 1 && e[i + 1] <= 1)
			continue;	/* unused */
		switch (e[i + 1] >> 6) {
		case 0: h = w * 10 / 16; break;
		case 1: h = w * 3 / 4; break;
		case 2: h = w * 4 / 5; break;
		default: h = w * 9 / 16; break;
		}
		printf("%dx%d@%d\n", w, h, (e[i + 1] & 63) + 60);
	}
	for (i = 54; i < 126; i += 18) {
		const uint8_t *d = e + i;
		unsigned int clk = d[0] | d[1] << 8, hact, hbl, vact, vbl;

		if (!clk)
			continue;	/* a descriptor, not a timing */
		hact = d[2] | (d[4] >> 4) << 8;
		hbl = d[3] | (d[4] & 15) << 8;
		vact = d[5] | (d[7] >> 4) << 8;
		vbl = d[6] | (d[7] & 15) << 8;
		printf("%ux%u@%.0f\n", hact, vact,
		       clk * 10000.0 / ((hact + hbl) * (double)(vact + vbl)));
	}
}

static int cmd_edid_modes(int fd)
{
	drmModeResPtr res;
	drmModeConnectorPtr c = connector(fd, &res);
	int i;

	for (i = 0; i < c->count_props; i++) {
		drmModePropertyPtr p = drmModeGetProperty(fd, c->props[i]);
		drmModePropertyBlobPtr b;

		if (!p || strcmp(p->name, "EDID"))
			continue;
		b = drmModeGetPropertyBlob(fd, (uint32_t)c->prop_values[i]);
		if (!b) {
			fprintf(stderr, "ppkms: connector has no EDID\n");
			return 1;
		}
		edid_modes(b->data, b->length);
		return 0;
	}
	fprintf(stderr, "ppkms: no EDID property\n");
	return 1;
}

/* RGB of a pixel as the card's monitor shows it, gamma off. */
static void rgb(const uint8_t *p, uint32_t format, int out[3])
{
	if (format == DRM_FORMAT_RGB565) {
		uint16_t h = (uint16_t)(p[0] | p[1] << 8);

		out[0] = ((h >> 11) & 31) * 255 / 31;
		out[1] = ((h >> 5) & 63) * 255 / 63;
		out[2] = (h & 31) * 255 / 31;
	} else {
		out[0] = p[2];
		out[1] = p[1];
		out[2] = p[0];
	}
}

static int cmd_compare(int fd, const char *png, int tol)
{
	drmModeResPtr res;
	drmModeConnectorPtr c = connector(fd, &res);
	struct drm_mode_map_dumb map = { 0 };
	drmModeEncoderPtr enc;
	drmModeCrtcPtr crtc;
	drmModeFB2Ptr fb;
	int w, h, n, x, y, cpp, colours = 0;
	long bad = 0;
	uint32_t seen[16];
	uint8_t *img, *px;
	size_t size;

	enc = c->encoder_id ? drmModeGetEncoder(fd, c->encoder_id) : NULL;
	crtc = enc && enc->crtc_id ? drmModeGetCrtc(fd, enc->crtc_id) : NULL;
	if (!crtc || !crtc->buffer_id) {
		fprintf(stderr, "ppkms: no framebuffer on screen\n");
		return 1;
	}
	fb = drmModeGetFB2(fd, crtc->buffer_id);
	if (!fb || !fb->handles[0])
		die("GETFB2");
	cpp = fb->pixel_format == DRM_FORMAT_RGB565 ? 2 : 4;
	map.handle = fb->handles[0];
	if (drmIoctl(fd, DRM_IOCTL_MODE_MAP_DUMB, &map))
		die("MAP_DUMB");
	size = (size_t)fb->pitches[0] * fb->height + fb->offsets[0];
	px = mmap(NULL, size, PROT_READ, MAP_SHARED, fd, (off_t)map.offset);
	if (px == MAP_FAILED)
		die("mmap");
	img = stbi_load(png, &w, &h, &n, 3);
	if (!img) {
		fprintf(stderr, "ppkms: %s: %s\n", png, stbi_failure_reason());
		return 1;
	}
	if (w != (int)crtc->mode.hdisplay || h != (int)crtc->mode.vdisplay) {
		fprintf(stderr, "ppkms: snapshot %dx%d, mode %ux%u\n", w, h,
			crtc->mode.hdisplay, crtc->mode.vdisplay);
		return 1;
	}
	for (y = 0; y < h; y++) {
		for (x = 0; x < w; x++) {
			const uint8_t *s = img + ((size_t)y * w + x) * 3;
			const uint8_t *f = px + fb->offsets[0] +
					   (size_t)(y + crtc->y) * fb->pitches[0] +
					   (size_t)(x + crtc->x) * cpp;
			int want[3], i, d = 0;
			uint32_t v;

			rgb(f, fb->pixel_format, want);
			for (i = 0; i < 3; i++)
				d |= abs(want[i] - s[i]) > tol;
			bad += d;
			v = (uint32_t)(want[0] << 16 | want[1] << 8 | want[2]);
			for (i = 0; i < colours && seen[i] != v; i++)
				;
			if (i == colours && colours < 16)
				seen[colours++] = v;
		}
	}
	printf("%dx%d %.4s: %ld of %d pixels differ, %d%s colours\n", w, h,
	       (const char *)&fb->pixel_format, bad, w * h, colours,
	       colours == 16 ? "+" : "");
	/* a blank screen matching a blank buffer proves nothing */
	return bad || colours < 4;
}

static int cmd_lit(const char *png, int x0, int y0, int bw, int bh)
{
	int w, h, n, x, y;
	long lit = 0, all = 0;
	uint8_t *img = stbi_load(png, &w, &h, &n, 3);

	if (!img) {
		fprintf(stderr, "ppkms: %s: %s\n", png, stbi_failure_reason());
		return 1;
	}
	for (y = y0; y < y0 + bh && y < h; y++)
		for (x = x0; x < x0 + bw && x < w; x++) {
			const uint8_t *p = img + ((size_t)y * w + x) * 3;

			lit += p[0] > 64 || p[1] > 64 || p[2] > 64;
			all++;
		}
	printf("%ld\n", all ? lit * 1000 / all : 0);
	return 0;
}

static int cmd_con2fb(int fb)
{
	struct fb_con2fbmap map = { .console = 1, .framebuffer = (uint32_t)fb };
	char p[32];
	int fd;

	snprintf(p, sizeof(p), "/dev/fb%d", fb);
	fd = open(p, O_RDWR);
	if (fd < 0 || ioctl(fd, FBIOPUT_CON2FBMAP, &map))
		die(p);
	return 0;
}

static double now(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec + t.tv_nsec / 1e9;
}

struct flips {
	unsigned int n, bad_seq, bad_time, stalled;
	unsigned int last_seq;
	double last_t;
	int pending;
};

static void on_flip(int fd, unsigned int seq, unsigned int sec,
		    unsigned int usec, void *data)
{
	struct flips *f = data;
	double t = sec + usec / 1e6;

	(void)fd;
	if (f->n) {
		/* one flip per vblank, stamped at that vblank */
		f->bad_seq += seq != f->last_seq + 1;
		/* a later flip is on screen at a later vblank, whatever the
		 * load: its sequence never repeats nor goes back */
		f->stalled += (int)(seq - f->last_seq) <= 0;
		f->bad_time += t - f->last_t < 0.008 || t - f->last_t > 0.1;
	}
	f->n++;
	f->last_seq = seq;
	f->last_t = t;
	f->pending = 0;
}

/* Page-flip between two dumb buffers on the current CRTC for a while. */
static int cmd_flips(int fd, double secs)
{
	drmModeResPtr res;
	drmModeConnectorPtr c = connector(fd, &res);
	drmEventContext ev = { .version = 2, .page_flip_handler = on_flip };
	struct flips f = { 0 };
	drmModeModeInfo *mode;
	uint32_t fbs[2], crtc_id = res->crtcs[0];
	double t0, late;
	int i;

	if (!c->count_modes) {
		fprintf(stderr, "ppkms: no mode\n");
		return 1;
	}
	mode = &c->modes[0];
	for (i = 0; i < 2; i++) {
		struct drm_mode_create_dumb cd = {
			.width = mode->hdisplay, .height = mode->vdisplay, .bpp = 32,
		};
		struct drm_mode_map_dumb md = { 0 };
		uint8_t *p;

		if (drmIoctl(fd, DRM_IOCTL_MODE_CREATE_DUMB, &cd))
			die("CREATE_DUMB");
		if (drmModeAddFB(fd, mode->hdisplay, mode->vdisplay, 24, 32,
				 cd.pitch, cd.handle, &fbs[i]))
			die("ADDFB");
		md.handle = cd.handle;
		if (drmIoctl(fd, DRM_IOCTL_MODE_MAP_DUMB, &md))
			die("MAP_DUMB");
		p = mmap(NULL, cd.size, PROT_WRITE, MAP_SHARED, fd,
			 (off_t)md.offset);
		if (p == MAP_FAILED)
			die("mmap");
		memset(p, i ? 0xc0 : 0x40, cd.size);
		munmap(p, cd.size);
	}
	if (drmModeSetCrtc(fd, crtc_id, fbs[0], 0, 0, &c->connector_id, 1, mode))
		die("SETCRTC");
	t0 = now();
	late = 0;
	for (i = 1; now() - t0 < secs; i++) {
		double t = now();

		if (drmModePageFlip(fd, crtc_id, fbs[i & 1],
				    DRM_MODE_PAGE_FLIP_EVENT, &f))
			die("PAGE_FLIP");
		f.pending = 1;
		while (f.pending)
			if (drmHandleEvent(fd, &ev))
				die("read event");
		if (now() - t > late)
			late = now() - t;
	}
	printf("%u flips in %.1f s: %.1f Hz, %u sequence gaps, %u stalled, %u odd intervals, slowest %.0f ms\n",
	       f.n, now() - t0, f.n / (now() - t0), f.bad_seq, f.stalled,
	       f.bad_time, late * 1000);
	return f.stalled ? 1 : 0;
}

/* A dumb buffer mapped for writing. */
static uint32_t *dumb(int fd, uint32_t w, uint32_t h, uint32_t *handle,
		      uint32_t *pitch)
{
	struct drm_mode_create_dumb cd = { .width = w, .height = h, .bpp = 32 };
	struct drm_mode_map_dumb md = { 0 };
	void *p;

	if (drmIoctl(fd, DRM_IOCTL_MODE_CREATE_DUMB, &cd))
		die("CREATE_DUMB");
	md.handle = cd.handle;
	if (drmIoctl(fd, DRM_IOCTL_MODE_MAP_DUMB, &md))
		die("MAP_DUMB");
	p = mmap(NULL, cd.size, PROT_READ | PROT_WRITE, MAP_SHARED, fd,
		 (off_t)md.offset);
	if (p == MAP_FAILED)
		die("mmap");
	*handle = cd.handle;
	*pitch = cd.pitch;
	return p;
}

/* The card's next frame as RGB: ask through debugfs, wait for the PNG. */
static uint8_t *snapshot(const char *dbg, const char *dir, int tag, int w,
			 int h)
{
	char p[512];
	struct stat st;
	int i, iw, ih, n;
	uint8_t *img;
	FILE *f;

	snprintf(p, sizeof(p), "%s/snap-%d.png", dir, tag);
	unlink(p);
	snprintf(p, sizeof(p), "%s/snapshot", dbg);
	f = fopen(p, "w");
	if (!f || fprintf(f, "%d\n", tag) < 0 || fclose(f))
		die(p);
	snprintf(p, sizeof(p), "%s/snap-%d.png", dir, tag);
	for (i = 0; i < 300 && stat(p, &st); i++)
		usleep(100000);
	img = stbi_load(p, &iw, &ih, &n, 3);
	if (!img || iw != w || ih != h) {
		fprintf(stderr, "ppkms: no %dx%d snapshot %s\n", w, h, p);
		exit(1);
	}
	return img;
}

/* Pixels off by more than one step (rounding) from what was expected. */
static long differ(const uint8_t *img, const uint32_t *want, int n)
{
	long bad = 0;
	int i, c;

	for (i = 0; i < n; i++)
		for (c = 0; c < 3; c++)
			if (abs((int)img[i * 3 + c] -
				(int)((want[i] >> (16 - 8 * c)) & 255)) > 1) {
				bad++;
				break;
			}
	return bad;
}

/* After a frame for the change to land, does the card show want? */
static int shows(const char *dbg, const char *dir, int tag,
		 const uint32_t *want, int w, int h, const char *what)
{
	uint8_t *img;
	long bad;

	usleep(100000);
	img = snapshot(dbg, dir, tag, w, h);
	bad = differ(img, want, w * h);
	printf("%s: %ld of %d pixels differ\n", what, bad, w * h);
	stbi_image_free(img);
	return bad != 0;
}

static uint32_t over(uint32_t cur, uint32_t scr)
{
	uint32_t a = cur >> 24, out = 0;
	int sh;

	for (sh = 0; sh < 24; sh += 8) {
		double v = ((cur >> sh) & 255) +
			   ((scr >> sh) & 255) * (255.0 - a) / 255.0 + 0.5;

		out |= (uint32_t)(v > 255 ? 255 : v) << sh;
	}
	return out;
}

static int cmd_cursor_gamma(int fd, const char *dbg, const char *dir)
{
	drmModeResPtr res;
	drmModeConnectorPtr c = connector(fd, &res);
	uint32_t crtc = res->crtcs[0], fb, h_fb, h_cur, pitch, cpitch;
	uint32_t *scr, *cur, *want;
	uint16_t r[256], g[256], b[256];
	int w, h, x, y, cx, cy, i, fails = 0;
	drmModeModeInfo *mode;
	char what[64];

	if (!c->count_modes)
		die("no mode");
	mode = &c->modes[0];
	w = mode->hdisplay;
	h = mode->vdisplay;
	scr = dumb(fd, w, h, &h_fb, &pitch);
	for (y = 0; y < h; y++)
		for (x = 0; x < w; x++)
			scr[y * (pitch / 4) + x] = (uint32_t)((x & 255) << 16 |
				(y & 255) << 8 | ((x ^ y) & 255));
	if (drmModeAddFB(fd, w, h, 24, 32, pitch, h_fb, &fb))
		die("ADDFB");
	if (drmModeSetCrtc(fd, crtc, fb, 0, 0, &c->connector_id, 1, mode))
		die("SETCRTC");
	/* premultiplied: alpha ramps across, colour never above it */
	cur = dumb(fd, 64, 64, &h_cur, &cpitch);
	for (y = 0; y < 64; y++)
		for (x = 0; x < 64; x++) {
			uint32_t a = x < 8 ? 255 : (uint32_t)(x * 4);

			cur[y * (cpitch / 4) + x] = a << 24 | a << 16 |
				(a * (uint32_t)y / 63) << 8 | (a / 2);
		}
	cx = -20;
	cy = h - 40;
	if (drmModeSetCursor(fd, crtc, h_cur, 64, 64) ||
	    drmModeMoveCursor(fd, crtc, cx, cy))
		die("cursor");
	want = malloc((size_t)w * h * 4);
	if (!want)
		die("malloc");
	for (y = 0; y < h; y++)
		for (x = 0; x < w; x++) {
			uint32_t v = scr[y * (pitch / 4) + x] & 0xffffff;

			if (x >= cx && x < cx + 64 && y >= cy && y < cy + 64)
				v = over(cur[(y - cy) * (cpitch / 4) + x - cx], v);
			want[y * w + x] = v;
		}
	snprintf(what, sizeof(what), "cursor at %d,%d (partly off-screen)", cx,
		 cy);
	fails += shows(dbg, dir, 3001, want, w, h, what);

	/* a LUT with different curves per channel, over the cursor */
	for (i = 0; i < 256; i++) {
		r[i] = (uint16_t)((255 - i) * 0x101);
		g[i] = (uint16_t)(i * i / 255 * 0x101);
		b[i] = (uint16_t)((i / 2 + 64) * 0x101);
	}
	if (drmModeCrtcSetGamma(fd, crtc, 256, r, g, b))
		die("SETGAMMA");
	for (i = 0; i < w * h; i++) {
		uint32_t v = want[i];

		want[i] = (uint32_t)(r[v >> 16 & 255] >> 8) << 16 |
			  (uint32_t)(g[v >> 8 & 255] >> 8) << 8 |
			  (uint32_t)(b[v & 255] >> 8);
	}
	fails += shows(dbg, dir, 3002, want, w, h, "gamma LUT after the cursor");

	/* cursor off, identity LUT: the plain pattern again */
	for (i = 0; i < 256; i++)
		r[i] = g[i] = b[i] = (uint16_t)(i * 0x101);
	if (drmModeSetCursor(fd, crtc, 0, 0, 0) ||
	    drmModeCrtcSetGamma(fd, crtc, 256, r, g, b))
		die("cursor off");
	for (y = 0; y < h; y++)
		for (x = 0; x < w; x++)
			want[y * w + x] = scr[y * (pitch / 4) + x] & 0xffffff;
	fails += shows(dbg, dir, 3003, want, w, h, "cursor off, identity LUT");
	free(want);
	return fails != 0;
}

int main(int argc, char **argv)
{
	char path[64];
	int fd;

	if (argc < 2)
		goto usage;
	if (!strcmp(argv[1], "lit") && argc == 7)
		return cmd_lit(argv[2], atoi(argv[3]), atoi(argv[4]),
			       atoi(argv[5]), atoi(argv[6]));
	if (!strcmp(argv[1], "con2fb") && argc == 3)
		return cmd_con2fb(atoi(argv[2]));
	fd = open_card(path, sizeof(path));
	if (fd < 0)
		die("no " DRIVER " card");
	if (!strcmp(argv[1], "node")) {
		printf("%s\n", path);
		return 0;
	}
	if (!strcmp(argv[1], "modes"))
		return cmd_modes(fd);
	if (!strcmp(argv[1], "edid-modes"))
		return cmd_edid_modes(fd);
	if (!strcmp(argv[1], "compare") && argc >= 3)
		return cmd_compare(fd, argv[2], argc > 3 ? atoi(argv[3]) : 0);
	if (!strcmp(argv[1], "flips") && argc == 3)
		return cmd_flips(fd, atof(argv[2]));
	if (!strcmp(argv[1], "cursor-gamma") && argc == 4)
		return cmd_cursor_gamma(fd, argv[2], argv[3]);
usage:
	fprintf(stderr, "usage: ppkms node|modes|edid-modes|compare PNG [TOL]|"
		"lit PNG X Y W H|con2fb FB|flips SECONDS|cursor-gamma DBG DIR\n");
	return 2;
}
