/* ppdrm: raw-uAPI client of protopciem_driver's render node, run in the VM
 * by tests/drm/guest.  Each subcommand prints TAP lines ("ok - ..." /
 * "not ok - ...") and exits non-zero if one failed.
 *
 *   ppdrm params                 GET_PARAM values, one per line
 *   ppdrm basic                  buffers and contexts
 *   ppdrm hostile                the command checker's refusals
 *   ppdrm render                 pixels, fences, syncobjs, sync_file
 *   ppdrm contexts               two contexts keep separate GL state
 *   ppdrm multi N                N clients render at once
 *   ppdrm hang                   a job that never ends; a second client
 *   ppdrm fault                  a job the card faults on
 *   ppdrm close                  close the fd with jobs in flight
 *   ppdrm loop                   render until an error (the card dies)
 *   ppdrm fuzz SECONDS SEED      mutated submissions
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <xf86drm.h>
#include "../../card/include/protopciem/cmd.h"
#include "../../driver/kmd/include/uapi/drm/protopciem_drm.h"

#define GL_TRIANGLES 0x0004
#define GL_COLOR_BUFFER_BIT 0x4000
#define GL_RGBA 0x1908
#define GL_TEXTURE_2D 0x0de1
#define GL_RGB 0x1907
#define GL_FEEDBACK_2D 0x0600
#define GL_RENDER 0x1c00

static int fails;

static void tap(int good, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
static void tap(int good, const char *fmt, ...)
{
	va_list ap;

	printf("%s - ", good ? "ok" : "not ok");
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	putchar('\n');
	fflush(stdout);
	if (!good)
		fails++;
}

/* the render node whose driver is protopciem, found by driver name
 * (libdrm's device list skips PCI domains above 0xffff, where PCIem
 * puts its devices) */
static int open_render(void)
{
	char path[64];
	int i, fd = -1;

	for (i = 128; i < 192 && fd < 0; i++) {
		drmVersionPtr v;
		int f;

		snprintf(path, sizeof(path), "/dev/dri/renderD%d", i);
		f = open(path, O_RDWR | O_CLOEXEC);
		if (f < 0)
			continue;
		v = drmGetVersion(f);
		if (v && !strcmp(v->name, "protopciem"))
			fd = f;
		else
			close(f);
		if (v)
			drmFreeVersion(v);
	}
	return fd;
}

static int xioctl(int fd, unsigned long req, void *arg)
{
	int r;

	do
		r = ioctl(fd, req, arg);
	while (r < 0 && (errno == EINTR || errno == EAGAIN));
	return r < 0 ? -errno : 0;
}

static uint64_t param(int fd, uint32_t p)
{
	struct drm_protopciem_get_param a = { .param = p };

	if (xioctl(fd, DRM_IOCTL_PROTOPCIEM_GET_PARAM, &a))
		return ~0ull;
	return a.value;
}

static int bo_create(int fd, uint64_t size, uint32_t domain, uint32_t *h)
{
	struct drm_protopciem_bo_create a = { .size = size, .domain = domain };
	int r = xioctl(fd, DRM_IOCTL_PROTOPCIEM_BO_CREATE, &a);

	*h = a.handle;
	return r;
}

static void *bo_map(int fd, uint32_t h, uint64_t *size)
{
	struct drm_protopciem_bo_info a = { .handle = h };
	void *p;

	if (xioctl(fd, DRM_IOCTL_PROTOPCIEM_BO_INFO, &a))
		return NULL;
	*size = a.size;
	p = mmap(NULL, a.size, PROT_READ | PROT_WRITE, MAP_SHARED, fd,
		 a.mmap_offset);
	return p == MAP_FAILED ? NULL : p;
}

static int bo_close(int fd, uint32_t h)
{
	struct drm_gem_close c = { .handle = h };

	return xioctl(fd, DRM_IOCTL_GEM_CLOSE, &c);
}

static int ctx_create(int fd, uint32_t *ctx)
{
	struct drm_protopciem_ctx_create a = { 0 };
	int r = xioctl(fd, DRM_IOCTL_PROTOPCIEM_CTX_CREATE, &a);

	*ctx = a.ctx;
	return r;
}

static int ctx_destroy(int fd, uint32_t ctx)
{
	struct drm_protopciem_ctx_destroy a = { .ctx = ctx };

	return xioctl(fd, DRM_IOCTL_PROTOPCIEM_CTX_DESTROY, &a);
}

static int wait_bo(int fd, uint32_t h, int64_t ns)
{
	struct drm_protopciem_wait_bo a = { .handle = h, .timeout_ns = ns };

	return xioctl(fd, DRM_IOCTL_PROTOPCIEM_WAIT_BO, &a);
}

/* a command stream with its relocations */
struct stream {
	uint32_t dw[4096];
	uint32_t n;
	struct drm_protopciem_reloc rel[256];
	uint32_t nrel;
	uint32_t bos[8];
	uint32_t nbos;
};

static void s_cmd(struct stream *s, uint32_t cls, uint32_t op, uint32_t len,
		  const uint32_t *p)
{
	s->dw[s->n++] = PP_CMD(cls, op, len);
	memcpy(s->dw + s->n, p, len * 4);
	s->n += len;
}

/* marks payload dword i of the last command as pointing into bo */
static void s_rel(struct stream *s, uint32_t len, uint32_t i, uint32_t bo)
{
	s->rel[s->nrel].dword = s->n - len + i;
	s->rel[s->nrel].bo_index = bo;
	s->nrel++;
}

static uint32_t f2u(float f)
{
	uint32_t u;

	memcpy(&u, &f, 4);
	return u;
}

static int submit_ex(int fd, uint32_t ctx, const struct stream *s,
		     uint32_t in_sync, uint32_t out_sync, uint32_t flags,
		     int *fence_fd)
{
	struct drm_protopciem_submit a = {
		.cmds = (uintptr_t)s->dw, .cmd_dwords = s->n, .ctx = ctx,
		.bo_handles = (uintptr_t)s->bos, .bo_count = s->nbos,
		.relocs = (uintptr_t)s->rel, .reloc_count = s->nrel,
		.in_syncobj = in_sync, .out_syncobj = out_sync,
		.flags = flags,
	};
	int r = xioctl(fd, DRM_IOCTL_PROTOPCIEM_SUBMIT, &a);

	if (fence_fd)
		*fence_fd = r ? -1 : a.out_fence_fd;
	return r;
}

static int submit(int fd, uint32_t ctx, const struct stream *s)
{
	return submit_ex(fd, ctx, s, 0, 0, 0, NULL);
}

#define W 64
#define H 64

/* target: VRAM bo index 0, W x H; read back: SYSTEM bo index 1 */
static void s_target(struct stream *s)
{
	uint32_t t[6] = { 0, W * 4, ~0u, 0, W, H };
	uint32_t box[4] = { 0, 0, W, H };

	s_cmd(s, PP_CLASS_BLIT, PP_SET_TARGET, 6, t);
	s_rel(s, 6, 0, 0);
	s_cmd(s, PP_CLASS_STATE, PP_VIEWPORT, 4, box);
	s_cmd(s, PP_CLASS_STATE, PP_SCISSOR, 4, box);
}

static void s_clear(struct stream *s, float r, float g, float b)
{
	uint32_t c[4] = { f2u(r), f2u(g), f2u(b), f2u(1) };
	uint32_t m = GL_COLOR_BUFFER_BIT;

	if (r >= 0)
		s_cmd(s, PP_CLASS_STATE, PP_CLEAR_COLOR, 4, c);
	s_cmd(s, PP_CLASS_DRAW, PP_CLEAR, 1, &m);
}

static void s_read(struct stream *s)
{
	uint32_t p[7] = { GL_RGBA, 0, 0, W, H, 0, 0 };

	s_cmd(s, PP_CLASS_DRAW, PP_READ_PIXELS, 7, p);
	s_rel(s, 7, 5, 1);
}

/* fills the top half of the surface (window rows H/2 .. H-1) */
static void s_fill_top(struct stream *s, uint32_t argb)
{
	uint32_t p[5] = { 0, W * 4, W, H / 2, argb };

	s_cmd(s, PP_CLASS_BLIT, PP_FILL, 5, p);
	s_rel(s, 5, 0, 0);
}

struct client {
	int fd;
	uint32_t ctx, vram, sys;
	uint8_t *pix;
	uint64_t sys_size;
};

static int client_open(struct client *c)
{
	memset(c, 0, sizeof(*c));
	c->fd = open_render();
	if (c->fd < 0)
		return -ENODEV;
	if (ctx_create(c->fd, &c->ctx) ||
	    bo_create(c->fd, W * H * 4, PROTOPCIEM_DOMAIN_VRAM, &c->vram) ||
	    bo_create(c->fd, W * H * 4, PROTOPCIEM_DOMAIN_SYSTEM, &c->sys))
		return -EIO;
	c->pix = bo_map(c->fd, c->sys, &c->sys_size);
	return c->pix ? 0 : -EIO;
}

static void s_init(struct stream *s, const struct client *c)
{
	s->n = 0;
	s->nrel = 0;
	s->bos[0] = c->vram;
	s->bos[1] = c->sys;
	s->nbos = 2;
}

/* every read-back pixel: bottom half rgba lo, top half rgba hi */
static int check_pixels(const struct client *c, uint32_t lo, uint32_t hi,
			char *why, size_t len)
{
	int x, y;

	for (y = 0; y < H; y++)
		for (x = 0; x < W; x++) {
			const uint8_t *p = c->pix + (y * W + x) * 4;
			uint32_t v = (uint32_t)p[0] << 24 | p[1] << 16 |
				     p[2] << 8 | p[3];
			uint32_t want = y < H / 2 ? lo : hi;

			if (v != want) {
				snprintf(why, len, "pixel %d,%d is %08x, want %08x",
					 x, y, v, want);
				return 0;
			}
		}
	return 1;
}

/* clear to (r,g,b), fill the top half with argb, read back, wait */
static int render_once(struct client *c, float r, float g, float b,
		       uint32_t argb)
{
	struct stream s;

	s_init(&s, c);
	s_target(&s);
	s_clear(&s, r, g, b);
	s_fill_top(&s, argb);
	s_read(&s);
	memset(c->pix, 0x55, W * H * 4);
	if (submit(c->fd, c->ctx, &s))
		return -errno;
	return wait_bo(c->fd, c->sys, 10000000000ll);
}

static int cmd_params(void)
{
	int fd = open_render();

	if (fd < 0)
		return 1;
	printf("REV 0x%08llx\n",
	       (unsigned long long)param(fd, PROTOPCIEM_PARAM_REVISION));
	printf("CAPS 0x%08llx\n",
	       (unsigned long long)param(fd, PROTOPCIEM_PARAM_CAPS));
	printf("VRAM_SIZE 0x%08llx\n",
	       (unsigned long long)param(fd, PROTOPCIEM_PARAM_VRAM_SIZE));
	printf("CONTEXTS %llu\n",
	       (unsigned long long)param(fd, PROTOPCIEM_PARAM_CONTEXTS));
	printf("MAX_CMD_DWORDS %llu\n",
	       (unsigned long long)param(fd, PROTOPCIEM_PARAM_MAX_CMD_DWORDS));
	return 0;
}

static int cmd_basic(void)
{
	struct drm_protopciem_get_param gp = { .param = 99 };
	struct drm_protopciem_bo_create bc = { 0 };
	struct drm_protopciem_bo_info bi = { 0 };
	uint32_t h, ctx[64], i, n;
	uint64_t size;
	uint32_t *p;
	int fd = open_render(), r, good;

	tap(fd >= 0, "render node of driver protopciem opens");
	if (fd < 0)
		return 1;
	tap(xioctl(fd, DRM_IOCTL_PROTOPCIEM_GET_PARAM, &gp) == -EINVAL,
	    "GET_PARAM of an unknown parameter: EINVAL");
	gp.param = PROTOPCIEM_PARAM_REVISION;
	gp.pad = 1;
	tap(xioctl(fd, DRM_IOCTL_PROTOPCIEM_GET_PARAM, &gp) == -EINVAL,
	    "GET_PARAM with non-zero pad: EINVAL");
	tap(param(fd, PROTOPCIEM_PARAM_MAX_CMD_DWORDS) ==
	    PROTOPCIEM_MAX_CMD_DWORDS, "GET_PARAM MAX_CMD_DWORDS");

	for (i = 0; i < 2; i++) {
		uint32_t dom = i ? PROTOPCIEM_DOMAIN_SYSTEM :
				   PROTOPCIEM_DOMAIN_VRAM;
		const char *name = i ? "SYSTEM" : "VRAM";

		r = bo_create(fd, 100000, dom, &h);
		tap(!r, "%s BO_CREATE of 100000 bytes: %d", name, r);
		bi.handle = h;
		r = xioctl(fd, DRM_IOCTL_PROTOPCIEM_BO_INFO, &bi);
		tap(!r && bi.domain == dom && bi.size == 102400 &&
		    bi.mmap_offset, "%s BO_INFO: domain %u, size %llu (page-rounded)",
		    name, bi.domain, (unsigned long long)bi.size);
		p = bo_map(fd, h, &size);
		good = p != NULL;
		if (p) {
			for (n = 0; n < size / 4; n++)
				p[n] = n * 2654435761u;
			for (n = 0; n < size / 4 && good; n++)
				good = p[n] == n * 2654435761u;
			munmap(p, size);
		}
		tap(good, "%s BO mmap: written and read back", name);
		p = bo_map(fd, h, &size);
		good = p && p[7] == 7 * 2654435761u;
		if (p)
			munmap(p, size);
		tap(good, "%s BO mmap again: contents kept", name);
		tap(!bo_close(fd, h), "%s BO GEM_CLOSE", name);
		bi.handle = h;
		tap(xioctl(fd, DRM_IOCTL_PROTOPCIEM_BO_INFO, &bi) == -ENOENT,
		    "%s BO_INFO after close: ENOENT", name);
	}
	tap(bo_create(fd, 0, PROTOPCIEM_DOMAIN_VRAM, &h) == -EINVAL,
	    "BO_CREATE of size 0: EINVAL");
	tap(bo_create(fd, 4096, 3, &h) == -EINVAL,
	    "BO_CREATE in an unknown domain: EINVAL");
	tap(bo_create(fd, (4 << 20) + 1, PROTOPCIEM_DOMAIN_SYSTEM, &h) == -E2BIG,
	    "SYSTEM BO_CREATE above 4 MiB: E2BIG");
	tap(bo_create(fd, 1ull << 40, PROTOPCIEM_DOMAIN_VRAM, &h) == -E2BIG,
	    "VRAM BO_CREATE above the VRAM size: E2BIG");
	bc.size = 4096;
	bc.domain = PROTOPCIEM_DOMAIN_VRAM;
	bc.flags = 1;
	tap(xioctl(fd, DRM_IOCTL_PROTOPCIEM_BO_CREATE, &bc) == -EINVAL,
	    "BO_CREATE with unknown flags: EINVAL");
	r = bo_create(fd, 4 << 20, PROTOPCIEM_DOMAIN_SYSTEM, &h);
	tap(!r && !bo_close(fd, h), "SYSTEM BO of exactly 4 MiB: %d", r);

	n = 0;
	while (n < 64 && !(r = ctx_create(fd, &ctx[n])))
		n++;
	tap(n == PROTOPCIEM_MAX_CONTEXTS && r == -ENOSPC,
	    "63 contexts, the 64th: ENOSPC (got %u, %d)", n, r);
	tap(param(fd, PROTOPCIEM_PARAM_CONTEXTS) == PROTOPCIEM_MAX_CONTEXTS,
	    "GET_PARAM CONTEXTS is 63");
	good = 1;
	for (i = 0; i < n; i++)
		good &= !ctx_destroy(fd, ctx[i]);
	tap(good, "CTX_DESTROY of each");
	tap(ctx_destroy(fd, ctx[0]) == -ENOENT, "CTX_DESTROY again: ENOENT");
	tap(!ctx_create(fd, &ctx[0]), "a context again after destroying all");
	close(fd);
	return fails != 0;
}

static int fence_status(int ffd, int ms)
{
	struct pollfd pfd = { .fd = ffd, .events = POLLIN };
	struct sync_fence_info_hdr {
		char name[32];
		int32_t status;
		uint32_t flags;
		uint32_t num_fences;
		uint32_t pad;
		uint64_t sync_fence_info;
	} info;

	if (poll(&pfd, 1, ms) != 1)
		return 1;	/* still pending */
	memset(&info, 0, sizeof(info));
	/* SYNC_IOC_FILE_INFO */
	if (ioctl(ffd, _IOWR('>', 4, struct sync_fence_info_hdr), &info))
		return -errno;
	return info.status;	/* 1 signalled, < 0 error */
}

static void expect(int fd, uint32_t ctx, const struct stream *s, int want,
		   const char *what)
{
	int r = submit(fd, ctx, s);

	tap(r == want, "%s: %s (got %s)", what, want ? strerror(-want) :
	    "accepted", r ? strerror(-r) : "accepted");
}

static int cmd_hostile(void)
{
	struct client c, c2;
	struct stream s;
	struct drm_protopciem_submit a;
	uint32_t p[16], other = 0, i;
	int ring, ok_r, r;

	if (client_open(&c) || client_open(&c2)) {
		tap(0, "two clients open");
		return 1;
	}
	ring = (param(c.fd, PROTOPCIEM_PARAM_CAPS) >> 6) & 1;
	/* a valid stream is queued, or refused by a card without a ring */
	ok_r = ring ? 0 : -ENODEV;

	s_init(&s, &c);
	s_target(&s);
	s_clear(&s, 0, 0, 1);
	s_fill_top(&s, 0xff00ff00);
	s_read(&s);
	expect(c.fd, c.ctx, &s, ok_r, "a valid stream");

	/* a handle only the other client has */
	for (i = 0; i < 8; i++)
		bo_create(c2.fd, 4096, PROTOPCIEM_DOMAIN_VRAM, &other);
	s_init(&s, &c);
	s.bos[0] = other;
	s_fill_top(&s, 0);
	expect(c.fd, c.ctx, &s, -ENOENT, "another client's BO handle");

	s_init(&s, &c);
	p[0] = W * H * 4 - 4; p[1] = 4; p[2] = 2; p[3] = 1; p[4] = 0;
	s_cmd(&s, PP_CLASS_BLIT, PP_FILL, 5, p);
	s_rel(&s, 5, 0, 0);
	expect(c.fd, c.ctx, &s, -EINVAL, "FILL 4 bytes past the end of its BO");
	s_init(&s, &c);
	p[0] = 1u << 30;
	p[2] = 1;
	s_cmd(&s, PP_CLASS_BLIT, PP_FILL, 5, p);
	s_rel(&s, 5, 0, 0);
	expect(c.fd, c.ctx, &s, -EINVAL, "VRAM offset far past its BO");
	s_init(&s, &c);
	p[0] = 0; p[1] = W * 4; p[2] = W; p[3] = H + 1;
	s_cmd(&s, PP_CLASS_BLIT, PP_FILL, 5, p);
	s_rel(&s, 5, 0, 0);
	expect(c.fd, c.ctx, &s, -EINVAL, "FILL one row more than its BO holds");
	s_init(&s, &c);
	p[0] = 0; p[1] = 0xffffffff; p[2] = 0xffffffff; p[3] = 0xffffffff;
	s_cmd(&s, PP_CLASS_BLIT, PP_FILL, 5, p);
	s_rel(&s, 5, 0, 0);
	expect(c.fd, c.ctx, &s, -EINVAL, "FILL of 2^32 x 2^32 pixels");
	s_init(&s, &c);
	{
		uint32_t t[8] = { 1, GL_TEXTURE_2D, 0, GL_RGB, 0,
				  0x10000, 0x10000, 0x10000 };

		s_cmd(&s, PP_CLASS_TEXTURE, PP_TEX_IMAGE_EX, 8, t);
		s_rel(&s, 8, 4, 0);
	}
	expect(c.fd, c.ctx, &s, -EINVAL, "TEX_IMAGE_EX whose size overflows 64 bits");
	s_init(&s, &c);
	{
		uint32_t f[3] = { GL_FEEDBACK_2D, 0, 0xffffffff };

		s_cmd(&s, PP_CLASS_DRAW, PP_FEEDBACK, 3, f);
		s_rel(&s, 3, 1, 0);
	}
	expect(c.fd, c.ctx, &s, -EINVAL, "FEEDBACK of 2^32 floats");

	s_init(&s, &c);
	s_read(&s);
	s.rel[0].bo_index = 0;
	expect(c.fd, c.ctx, &s, -EINVAL, "a bus address relocated to a VRAM BO");
	s_init(&s, &c);
	s_fill_top(&s, 0);
	s.rel[0].bo_index = 1;
	expect(c.fd, c.ctx, &s, -EINVAL, "a VRAM offset relocated to a SYSTEM BO");
	s_init(&s, &c);
	s_fill_top(&s, 0);
	s.nrel = 0;
	expect(c.fd, c.ctx, &s, -EINVAL, "a missing relocation");
	s_init(&s, &c);
	s_fill_top(&s, 0);
	s_rel(&s, 5, 1, 0);
	expect(c.fd, c.ctx, &s, -EINVAL, "a relocation of FILL's stride");
	s_init(&s, &c);
	s_clear(&s, 1, 0, 0);
	s_rel(&s, 1, 0, 0);
	expect(c.fd, c.ctx, &s, -EINVAL, "a relocation of CLEAR's mask");
	s_init(&s, &c);
	s_fill_top(&s, 0);
	s.rel[0].bo_index = 2;
	expect(c.fd, c.ctx, &s, -EINVAL, "bo_index past bo_count");
	s_init(&s, &c);
	p[0] = 0; p[1] = W * 4; p[2] = 64; p[3] = W * 4; p[4] = 4; p[5] = 4;
	s_cmd(&s, PP_CLASS_BLIT, PP_COPY, 6, p);
	s.rel[0].dword = s.n - 6 + 2;
	s.rel[0].bo_index = 0;
	s.rel[1].dword = s.n - 6 + 0;
	s.rel[1].bo_index = 0;
	s.nrel = 2;
	expect(c.fd, c.ctx, &s, -EINVAL, "COPY's relocations out of order");
	s_init(&s, &c);
	p[0] = 0; p[1] = W * 4; p[2] = 64; p[3] = W * 4; p[4] = 4; p[5] = 4;
	s_cmd(&s, PP_CLASS_BLIT, PP_COPY, 6, p);
	s_rel(&s, 6, 0, 0);
	s_rel(&s, 6, 2, 0);
	expect(c.fd, c.ctx, &s, ok_r, "COPY inside one BO, both relocated");

	s_init(&s, &c);
	s_clear(&s, 1, 0, 0);
	s.dw[s.n++] = PP_CMD(0x07, 0x01, 0);
	expect(c.fd, c.ctx, &s, -EINVAL, "unknown class 7");
	s_init(&s, &c);
	s.dw[s.n++] = PP_CMD(PP_CLASS_DRAW, 0x40, 0);
	expect(c.fd, c.ctx, &s, -EINVAL, "unknown draw opcode 0x40");
	s_init(&s, &c);
	s.dw[s.n++] = PP_CMD(PP_CLASS_CONTROL, 0x02, 0);
	expect(c.fd, c.ctx, &s, -EINVAL, "reserved control opcode 2");
	{
		static const struct { uint32_t op, len; const char *n; } priv[] = {
			{ PP_FENCE, 2, "FENCE" }, { PP_JOB, 1, "JOB" },
			{ 0x04, 3, "INDIRECT" }, { 0x05, 2, "CONTEXT" },
		};

		for (i = 0; i < 4; i++) {
			char what[64];

			s_init(&s, &c);
			memset(p, 0, sizeof(p));
			s_cmd(&s, PP_CLASS_CONTROL, priv[i].op, priv[i].len, p);
			snprintf(what, sizeof(what), "%s in a client's commands",
				 priv[i].n);
			expect(c.fd, c.ctx, &s, -EINVAL, what);
		}
	}
	s_init(&s, &c);
	memset(p, 0, sizeof(p));
	s_cmd(&s, PP_CLASS_BLIT, PP_FILL, 4, p);
	expect(c.fd, c.ctx, &s, -EINVAL, "FILL with 4 payload dwords");
	s_init(&s, &c);
	s_fill_top(&s, 0);
	s.n -= 2;
	expect(c.fd, c.ctx, &s, -EINVAL, "a command running past the end");
	s_init(&s, &c);
	s.dw[s.n++] = PP_CMD(PP_CLASS_CONTROL, PP_NOP, 3);
	s.n += 3;
	{
		/* slot, level, base format, offset, width, height */
		uint32_t t[6] = { 0, 0, GL_RGB, 0, 0, 0 };
		int ffd = -1, st = 1;

		s_cmd(&s, PP_CLASS_TEXTURE, PP_TEX_IMAGE, 6, t);
		r = submit_ex(c.fd, c.ctx, &s, 0, 0,
			      ring ? PROTOPCIEM_SUBMIT_OUT_FENCE_FD : 0,
			      ring ? &ffd : NULL);
		if (ffd >= 0) {
			/* a card error here would make the context guilty */
			st = fence_status(ffd, 30000);
			close(ffd);
		}
		tap(r == ok_r && st == 1,
		    "NOP padding and an empty texture level without relocation: accepted and completed (submit %d, fence %d)",
		    r, st);
	}

	/* the ioctl's own limits */
	s_init(&s, &c);
	s_clear(&s, 1, 0, 0);
	memset(&a, 0, sizeof(a));
	a.cmds = (uintptr_t)s.dw;
	a.cmd_dwords = s.n;
	a.ctx = c.ctx;
	a.flags = 0x80;
	r = xioctl(c.fd, DRM_IOCTL_PROTOPCIEM_SUBMIT, &a);
	tap(r == -EINVAL, "SUBMIT with unknown flags: EINVAL (got %d)", r);
	a.flags = 0;
	a.ctx = 12345;
	r = xioctl(c.fd, DRM_IOCTL_PROTOPCIEM_SUBMIT, &a);
	tap(r == -ENOENT, "SUBMIT on an unknown context: ENOENT (got %d)", r);
	a.ctx = c.ctx;
	a.cmd_dwords = 0;
	r = xioctl(c.fd, DRM_IOCTL_PROTOPCIEM_SUBMIT, &a);
	tap(r == -EINVAL, "SUBMIT of no commands: EINVAL (got %d)", r);
	a.cmd_dwords = PROTOPCIEM_MAX_CMD_DWORDS + 1;
	r = xioctl(c.fd, DRM_IOCTL_PROTOPCIEM_SUBMIT, &a);
	tap(r == -E2BIG, "SUBMIT above MAX_CMD_DWORDS: E2BIG (got %d)", r);
	a.cmd_dwords = s.n;
	a.bo_count = 513;
	a.bo_handles = (uintptr_t)s.bos;
	r = xioctl(c.fd, DRM_IOCTL_PROTOPCIEM_SUBMIT, &a);
	tap(r == -E2BIG, "SUBMIT with 513 buffers: E2BIG (got %d)", r);
	a.bo_count = 0;
	a.cmds = 8;
	r = xioctl(c.fd, DRM_IOCTL_PROTOPCIEM_SUBMIT, &a);
	tap(r == -EFAULT, "SUBMIT with a bad command pointer: EFAULT (got %d)", r);
	a.cmds = (uintptr_t)s.dw;
	a.bo_count = 1;
	a.bo_handles = 8;
	r = xioctl(c.fd, DRM_IOCTL_PROTOPCIEM_SUBMIT, &a);
	tap(r == -EFAULT, "SUBMIT with a bad handle pointer: EFAULT (got %d)", r);
	a.bo_count = 0;
	a.reloc_count = 1;
	a.relocs = 8;
	r = xioctl(c.fd, DRM_IOCTL_PROTOPCIEM_SUBMIT, &a);
	tap(r == -EFAULT, "SUBMIT with a bad relocation pointer: EFAULT (got %d)", r);
	r = wait_bo(c.fd, c.sys, 10000000000ll);
	tap(!r, "WAIT_BO after the hostile submissions: %d", r);
	r = wait_bo(c.fd, 9999, 0);
	tap(r == -ENOENT, "WAIT_BO of an unknown handle: ENOENT");
	return fails != 0;
}

static int cmd_render(void)
{
	struct client c;
	struct stream s;
	char why[128] = "";
	uint32_t sync1, sync2;
	struct pollfd pfd;
	int r, ffd, good;

	if (client_open(&c)) {
		tap(0, "client opens");
		return 1;
	}
	r = render_once(&c, 0, 0, 1, 0xff00ff00);
	tap(!r, "CLEAR, FILL and READ_PIXELS submitted and waited: %d", r);
	good = check_pixels(&c, 0x0000ffff, 0x00ff00ff, why, sizeof(why));
	tap(good, "every pixel read back: blue below, green FILL above %s", why);

	r = render_once(&c, 1, 0, 0, 0xffffffff);
	good = !r && check_pixels(&c, 0xff0000ff, 0xffffffff, why, sizeof(why));
	tap(good, "a second frame: red and white %s", why);

	/* syncobj out, then a second job waiting for it */
	r = drmSyncobjCreate(c.fd, 0, &sync1) | drmSyncobjCreate(c.fd, 0, &sync2);
	tap(!r, "two syncobjs");
	s_init(&s, &c);
	s_target(&s);
	s_clear(&s, 0, 1, 0);
	r = submit_ex(c.fd, c.ctx, &s, 0, sync1, 0, NULL);
	tap(!r, "SUBMIT signalling a syncobj: %d", r);
	s_init(&s, &c);
	s_read(&s);
	memset(c.pix, 0x55, W * H * 4);
	r = submit_ex(c.fd, c.ctx, &s, sync1, sync2,
		      PROTOPCIEM_SUBMIT_OUT_FENCE_FD, &ffd);
	tap(!r && ffd >= 0, "SUBMIT waiting on it, with a sync_file: %d", r);
	r = drmSyncobjWait(c.fd, &sync2, 1, INT64_MAX,
			   DRM_SYNCOBJ_WAIT_FLAGS_WAIT_ALL, NULL);
	tap(!r, "drmSyncobjWait on the second job's syncobj: %d", r);
	pfd.fd = ffd;
	pfd.events = POLLIN;
	r = poll(&pfd, 1, 10000);
	tap(r == 1 && (pfd.revents & POLLIN), "the sync_file polls readable");
	close(ffd);
	good = check_pixels(&c, 0x00ff00ff, 0x00ff00ff, why, sizeof(why));
	tap(good, "the read after the syncobj dependency sees the green clear %s",
	    why);

	/* a job on a buffer still running: WAIT_BO with no time is ETIME */
	s_init(&s, &c);
	s_target(&s);
	for (r = 0; r < 200; r++)
		s_clear(&s, 0.5f, 0.5f, 0.5f);
	s_read(&s);
	submit(c.fd, c.ctx, &s);
	r = wait_bo(c.fd, c.sys, 0);
	tap(r == -ETIME || r == 0, "WAIT_BO with no time: ETIME or done (%d)", r);
	r = wait_bo(c.fd, c.sys, 20000000000ll);
	tap(!r, "WAIT_BO with time: done (%d)", r);
	return fails != 0;
}

static int cmd_contexts(void)
{
	struct client c;
	struct stream s;
	uint32_t ctx2;
	char why[128] = "";
	int r, good;

	if (client_open(&c) || ctx_create(c.fd, &ctx2)) {
		tap(0, "client with two contexts");
		return 1;
	}
	/* each context gets its own target and clear colour */
	s_init(&s, &c);
	s_target(&s);
	s_clear(&s, 1, 0, 0);
	r = submit(c.fd, c.ctx, &s);
	s_init(&s, &c);
	s_target(&s);
	s_clear(&s, 0, 0, 1);
	r |= submit(c.fd, ctx2, &s);
	tap(!r, "two contexts set different clear colours");
	/* clears without a colour: each context's own must be used */
	s_init(&s, &c);
	s_clear(&s, -1, 0, 0);
	s_read(&s);
	r = submit(c.fd, c.ctx, &s);
	r |= wait_bo(c.fd, c.sys, 10000000000ll);
	good = !r && check_pixels(&c, 0xff0000ff, 0xff0000ff, why, sizeof(why));
	tap(good, "the first context clears red %s", why);
	s_init(&s, &c);
	s_clear(&s, -1, 0, 0);
	s_read(&s);
	r = submit(c.fd, ctx2, &s);
	r |= wait_bo(c.fd, c.sys, 10000000000ll);
	good = !r && check_pixels(&c, 0x0000ffff, 0x0000ffff, why, sizeof(why));
	tap(good, "the second context clears blue %s", why);
	return fails != 0;
}

static int cmd_multi(int n)
{
	pid_t pid[16];
	int i, st, bad = 0;

	for (i = 0; i < n; i++) {
		pid[i] = fork();
		if (pid[i] == 0) {
			struct client c;
			char why[128];
			int k;

			if (client_open(&c))
				_exit(2);
			for (k = 0; k < 10; k++) {
				uint32_t g = (i * 40 + k) & 0xff;

				if (render_once(&c, 0, 0, 0, 0xff000000 | g << 8))
					_exit(3);
				if (!check_pixels(&c, 0x000000ff,
						  g << 16 | 0xff, why,
						  sizeof(why))) {
					fprintf(stderr, "client %d: %s\n", i, why);
					_exit(4);
				}
			}
			_exit(0);
		}
	}
	for (i = 0; i < n; i++) {
		waitpid(pid[i], &st, 0);
		if (!WIFEXITED(st) || WEXITSTATUS(st))
			bad++;
	}
	tap(!bad, "%d clients render 10 frames each at once, pixels right (%d failed)",
	    n, bad);
	return fails != 0;
}

/* a DRAW of 5461 triangles each covering half a 2048x2048 target */
static int submit_spinner(struct client *c, uint32_t *big, int *ffd)
{
	static struct stream s;
	uint32_t t[6] = { 0, 2048 * 4, ~0u, 0, 2048, 2048 };
	uint32_t box[4] = { 0, 0, 2048, 2048 };
	uint32_t i, nv = 16383, *p;
	int r;

	r = bo_create(c->fd, 2048 * 2048 * 4, PROTOPCIEM_DOMAIN_VRAM, big);
	if (r)
		return r;
	s.n = 0;
	s.nrel = 0;
	s.bos[0] = *big;
	s.nbos = 1;
	s_cmd(&s, PP_CLASS_BLIT, PP_SET_TARGET, 6, t);
	s_rel(&s, 6, 0, 0);
	s_cmd(&s, PP_CLASS_STATE, PP_VIEWPORT, 4, box);
	s_cmd(&s, PP_CLASS_STATE, PP_SCISSOR, 4, box);
	/* the stream holds 4096 dwords: one DRAW goes in a bigger buffer */
	p = malloc((s.n + 4 + nv * 4) * 4);
	memcpy(p, s.dw, s.n * 4);
	i = s.n;
	p[i++] = PP_CMD(PP_CLASS_DRAW, PP_DRAW, 3 + nv * 4);
	p[i++] = GL_TRIANGLES;
	p[i++] = 0;
	p[i++] = nv;
	for (uint32_t v = 0; v < nv; v++) {
		static const float xy[3][2] = { { -1, -1 }, { 1, -1 }, { -1, 1 } };

		p[i++] = f2u(xy[v % 3][0]);
		p[i++] = f2u(xy[v % 3][1]);
		p[i++] = f2u(0);
		p[i++] = f2u(1);
	}
	{
		struct drm_protopciem_submit a = {
			.cmds = (uintptr_t)p, .cmd_dwords = i, .ctx = c->ctx,
			.bo_handles = (uintptr_t)s.bos, .bo_count = 1,
			.relocs = (uintptr_t)s.rel, .reloc_count = s.nrel,
			.flags = ffd ? PROTOPCIEM_SUBMIT_OUT_FENCE_FD : 0,
		};

		r = xioctl(c->fd, DRM_IOCTL_PROTOPCIEM_SUBMIT, &a);
		if (ffd)
			*ffd = a.out_fence_fd;
	}
	free(p);
	return r;
}

static int cmd_hang(void)
{
	struct client a, b;
	uint32_t big;
	char why[128] = "";
	struct timespec t0, t1;
	int ffd = -1, r, st, good;

	if (client_open(&a) || client_open(&b)) {
		tap(0, "two clients open");
		return 1;
	}
	clock_gettime(CLOCK_MONOTONIC, &t0);
	r = submit_spinner(&a, &big, &ffd);
	tap(!r, "a job of 5461 screen-sized triangles is accepted: %d", r);
	/* the second client's work queues behind it on the ring */
	r = render_once(&b, 0, 1, 1, 0xffff0000);
	good = !r && check_pixels(&b, 0x00ffffff, 0xff0000ff, why, sizeof(why));
	tap(good, "a second client's concurrent job completes with the right pixels %s (%d)",
	    why, r);
	st = fence_status(ffd, 30000);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	tap(st == -ETIMEDOUT, "the endless job's fence ends with ETIMEDOUT (%d) after %ld s",
	    st, (long)(t1.tv_sec - t0.tv_sec));
	r = render_once(&a, 0, 1, 1, 0);
	tap(r == -EIO, "the guilty context's next SUBMIT: EIO (%d)", r);
	r = ctx_destroy(a.fd, a.ctx) | ctx_create(a.fd, &a.ctx);
	r |= render_once(&a, 1, 1, 0, 0xff0000ff);
	good = !r && check_pixels(&a, 0xffff00ff, 0x0000ffff, why, sizeof(why));
	tap(good, "the same client renders in a new context %s (%d)", why, r);
	r = render_once(&b, 1, 0, 1, 0xff00ff00);
	good = !r && check_pixels(&b, 0xff00ffff, 0x00ff00ff, why, sizeof(why));
	tap(good, "the other client still renders %s (%d)", why, r);
	return fails != 0;
}

static int cmd_fault(void)
{
	struct client c;
	struct stream s;
	char why[128] = "";
	uint32_t e[3] = { 0xdead, 0, 1 };
	int ffd = -1, r, st, good;

	if (client_open(&c)) {
		tap(0, "client opens");
		return 1;
	}
	s_init(&s, &c);
	s_target(&s);
	s_cmd(&s, PP_CLASS_STATE, PP_ENABLE, 3, e);
	r = submit_ex(c.fd, c.ctx, &s, 0, 0, PROTOPCIEM_SUBMIT_OUT_FENCE_FD,
		      &ffd);
	tap(!r, "ENABLE of an unknown capability passes the checker: %d", r);
	st = fence_status(ffd, 30000);
	tap(st == -EIO, "the card faults on it: the fence ends with EIO (%d)", st);
	r = render_once(&c, 0, 0, 1, 0);
	tap(r == -EIO, "the faulting context's next SUBMIT: EIO (%d)", r);
	r = ctx_destroy(c.fd, c.ctx) | ctx_create(c.fd, &c.ctx);
	r |= render_once(&c, 0, 0, 1, 0xffff0000);
	good = !r && check_pixels(&c, 0x0000ffff, 0xff0000ff, why, sizeof(why));
	tap(good, "a new context renders after the fault %s (%d)", why, r);
	return fails != 0;
}

static int cmd_close(void)
{
	struct client c;
	struct stream s;
	uint32_t big;
	int i, r = 0;

	if (client_open(&c)) {
		tap(0, "client opens");
		return 1;
	}
	r = submit_spinner(&c, &big, NULL);
	for (i = 0; i < 20 && !r; i++) {
		s_init(&s, &c);
		s_target(&s);
		s_clear(&s, 1, 1, 1);
		s_read(&s);
		r = submit(c.fd, c.ctx, &s);
	}
	tap(!r, "an endless job and 20 more queued: %d", r);
	close(c.fd);
	tap(1, "the fd closes with them in flight");
	return fails != 0;
}

/* renders until something fails; exit 0 if it was an error return */
static int cmd_loop(void)
{
	struct client c;
	char why[128];
	int r, n = 0;

	if (client_open(&c))
		return 2;
	printf("# rendering\n");
	fflush(stdout);
	for (;;) {
		r = render_once(&c, 0, 0, 1, 0xffff00ff);
		if (r) {
			printf("# frame %d: %s\n", n, strerror(-r));
			return 0;
		}
		if (!check_pixels(&c, 0x0000ffff, 0xff00ffff, why, sizeof(why)) &&
		    n > 0) {
			/* the last frame may have been cut short */
			printf("# frame %d: %s\n", n, why);
		}
		n++;
	}
}

static uint32_t rnd(uint64_t *x)
{
	*x ^= *x << 13;
	*x ^= *x >> 7;
	*x ^= *x << 17;
	return (uint32_t)*x;
}

static int cmd_fuzz(int seconds, uint64_t seed)
{
	struct client c;
	struct stream s;
	time_t end = time(NULL) + seconds;
	unsigned long n = 0, accepted = 0;
	uint64_t x = seed | 1;
	uint32_t extra[4];
	int i;

	if (client_open(&c)) {
		tap(0, "client opens");
		return 1;
	}
	for (i = 0; i < 4; i++)
		bo_create(c.fd, (rnd(&x) % 64 + 1) * 4096,
			  i & 1 ? PROTOPCIEM_DOMAIN_SYSTEM : PROTOPCIEM_DOMAIN_VRAM,
			  &extra[i]);
	while (time(NULL) < end) {
		int k, muts = rnd(&x) % 4;

		s_init(&s, &c);
		s_target(&s);
		s_clear(&s, 0, 0, 1);
		s_fill_top(&s, rnd(&x));
		s_read(&s);
		for (i = 0; i < 4; i++)
			s.bos[s.nbos++] = extra[i];
		for (k = 0; k < muts; k++) {
			switch (rnd(&x) % 7) {
			case 0: s.dw[rnd(&x) % s.n] = rnd(&x); break;
			case 1: s.dw[rnd(&x) % s.n] ^= 1u << (rnd(&x) % 32); break;
			case 2: if (s.nrel) s.rel[rnd(&x) % s.nrel].dword = rnd(&x) % (s.n + 2); break;
			case 3: if (s.nrel) s.rel[rnd(&x) % s.nrel].bo_index = rnd(&x) % 8; break;
			case 4: s.bos[rnd(&x) % s.nbos] = rnd(&x) % 16; break;
			case 5: s.n = rnd(&x) % s.n + 1; break;
			case 6: if (s.nrel) s.nrel = rnd(&x) % s.nrel; break;
			}
		}
		if (!submit(c.fd, c.ctx, &s))
			accepted++;
		if (!(n % 64)) {
			wait_bo(c.fd, c.sys, 20000000000ll);
			if (render_once(&c, 0, 0, 1, 0) == -EIO) {
				/* a mutation the card faulted on: a new context */
				ctx_destroy(c.fd, c.ctx);
				ctx_create(c.fd, &c.ctx);
			}
		}
		n++;
	}
	wait_bo(c.fd, c.sys, 20000000000ll);
	printf("# %lu submissions, %lu accepted\n", n, accepted);
	tap(n > 0, "fuzzed %lu submissions for %d s", n, seconds);
	return fails != 0;
}

int main(int argc, char **argv)
{
	signal(SIGPIPE, SIG_IGN);
	if (argc < 2)
		goto usage;
	if (!strcmp(argv[1], "params"))
		return cmd_params();
	if (!strcmp(argv[1], "basic"))
		return cmd_basic();
	if (!strcmp(argv[1], "hostile"))
		return cmd_hostile();
	if (!strcmp(argv[1], "render"))
		return cmd_render();
	if (!strcmp(argv[1], "contexts"))
		return cmd_contexts();
	if (!strcmp(argv[1], "multi") && argc > 2)
		return cmd_multi(atoi(argv[2]) > 16 ? 16 : atoi(argv[2]));
	if (!strcmp(argv[1], "hang"))
		return cmd_hang();
	if (!strcmp(argv[1], "fault"))
		return cmd_fault();
	if (!strcmp(argv[1], "close"))
		return cmd_close();
	if (!strcmp(argv[1], "loop"))
		return cmd_loop();
	if (!strcmp(argv[1], "fuzz") && argc > 3)
		return cmd_fuzz(atoi(argv[2]), strtoull(argv[3], NULL, 0));
usage:
	fprintf(stderr, "usage: ppdrm params|basic|hostile|render|contexts|multi N|hang|fault|close|loop|fuzz S SEED\n");
	return 2;
}
