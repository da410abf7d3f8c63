/* make bench-driver, in the guest: round trips to the card through
 * protopciem_driver's render node.  Prints one line per measure:
 *   latency NAME median_us best_us samples
 * - param-no-reg: GET_PARAM VRAM_SIZE, an ioctl that touches no register
 *   (what an ioctl costs by itself);
 * - reg-read: GET_PARAM REVISION, a trapped register read the card's
 *   process answers;
 * - job-empty: SUBMIT of a one-NOP job, then a wait on its out syncobj
 *   until the FENCE interrupt signals it;
 * - job-fill: the same with a 64x64 FILL of a VRAM buffer.
 * Usage: ppbench [samples]
 */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <time.h>
#include <unistd.h>
#include <xf86drm.h>
#include "../../card/include/protopciem/cmd.h"
#include "../../driver/kmd/include/uapi/drm/protopciem_drm.h"

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

static int64_t now_ns(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (int64_t)t.tv_sec * 1000000000ll + t.tv_nsec;
}

static int cmp_i64(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;

	return x < y ? -1 : x > y;
}

static void report(const char *name, int64_t *ns, int n)
{
	if (n <= 0) {
		printf("latency %s n/a n/a 0\n", name);
		return;
	}
	qsort(ns, (size_t)n, sizeof(*ns), cmp_i64);
	printf("latency %s %.1f %.1f %d\n", name, ns[n / 2] / 1000.0,
	       ns[0] / 1000.0, n);
}

static int bench_param(int fd, uint32_t p, int64_t *ns, int n)
{
	struct drm_protopciem_get_param a;
	int i;

	for (i = 0; i < n; i++) {
		int64_t t0 = now_ns();

		memset(&a, 0, sizeof(a));
		a.param = p;
		if (drmIoctl(fd, DRM_IOCTL_PROTOPCIEM_GET_PARAM, &a))
			return i;
		ns[i] = now_ns() - t0;
	}
	return n;
}

static int bench_job(int fd, uint32_t ctx, uint32_t sync,
		     struct drm_protopciem_submit *a, int64_t *ns, int n)
{
	int i;

	for (i = 0; i < n; i++) {
		int64_t t0 = now_ns();

		a->ctx = ctx;
		a->out_syncobj = sync;
		if (drmIoctl(fd, DRM_IOCTL_PROTOPCIEM_SUBMIT, a)) {
			fprintf(stderr, "ppbench: SUBMIT: %s\n", strerror(errno));
			return i;
		}
		if (drmSyncobjWait(fd, &sync, 1, t0 + 10000000000ll, 0, NULL)) {
			fprintf(stderr, "ppbench: the job did not complete\n");
			return i;
		}
		ns[i] = now_ns() - t0;
	}
	return n;
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 500, fd = open_render(), got;
	struct drm_protopciem_ctx_create cc = { 0 };
	struct drm_protopciem_bo_create bc = {
		.size = 64 * 64 * 4, .domain = PROTOPCIEM_DOMAIN_VRAM,
	};
	struct drm_protopciem_reloc rel = { .dword = 1, .bo_index = 0 };
	struct drm_protopciem_submit a;
	uint32_t nop = PP_CMD(PP_CLASS_CONTROL, PP_NOP, 0), sync;
	uint32_t fill[6] = {
		PP_CMD(PP_CLASS_BLIT, PP_FILL, 5), 0, 64 * 4, 64, 64,
		0xff204080u,
	};
	int64_t *ns;

	if (n < 1)
		n = 1;
	ns = calloc((size_t)(n < 5 ? 5 : n), sizeof(*ns));	/* warm-up: 5 */
	if (fd < 0 || !ns) {
		fprintf(stderr, "ppbench: no protopciem render node\n");
		return 1;
	}
	if (drmIoctl(fd, DRM_IOCTL_PROTOPCIEM_CTX_CREATE, &cc) ||
	    drmIoctl(fd, DRM_IOCTL_PROTOPCIEM_BO_CREATE, &bc) ||
	    drmSyncobjCreate(fd, 0, &sync)) {
		fprintf(stderr, "ppbench: setup: %s\n", strerror(errno));
		return 1;
	}
	/* warm-up: the context's first job sets up its slot on the card */
	memset(&a, 0, sizeof(a));
	a.cmds = (uintptr_t)&nop;
	a.cmd_dwords = 1;
	bench_job(fd, cc.ctx, sync, &a, ns, 5);

	report("param-no-reg", ns, bench_param(fd, PROTOPCIEM_PARAM_VRAM_SIZE,
					       ns, n));
	report("reg-read", ns, bench_param(fd, PROTOPCIEM_PARAM_REVISION, ns,
					   n));
	got = bench_job(fd, cc.ctx, sync, &a, ns, n);
	report("job-empty", ns, got);
	memset(&a, 0, sizeof(a));
	a.cmds = (uintptr_t)fill;
	a.cmd_dwords = 6;
	a.bo_handles = (uintptr_t)&bc.handle;
	a.bo_count = 1;
	a.relocs = (uintptr_t)&rel;
	a.reloc_count = 1;
	got = bench_job(fd, cc.ctx, sync, &a, ns, n);
	report("job-fill", ns, got);
	free(ns);
	return got == n ? 0 : 1;
}
