/* The card running inside the GL driver's process: the command processor
 * executes submissions synchronously against VRAM in ordinary memory.
 * PPGL_INPROC_STAGE=1 (a test of the state tracker) stages VRAM writes
 * as the DRM transport does: copies in memory, UPLOADed by the card. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "transport.h"
#include "reloc_check.h"
#include "cp/cp.h"
#include <protopciem/cmd.h>

#define MAX_MAPS 16

struct inproc {
	struct ppgl_transport t;
	struct pp_cp cp;
	struct { uintptr_t base; size_t len; } map[MAX_MAPS];
	int nmap;
	int err;
	struct staged {		/* staging memory for the next submission */
		struct staged *next;
		size_t len;
		uint8_t data[];
	} *staged;
};

static int staged(struct inproc *ip, uint64_t bus, size_t len)
{
	struct staged *s;

	for (s = ip->staged; s; s = s->next)
		if (bus >= (uintptr_t)s->data &&
		    bus - (uintptr_t)s->data <= s->len &&
		    len <= s->len - (bus - (uintptr_t)s->data))
			return 1;
	return 0;
}

static void staged_free(struct inproc *ip)
{
	struct staged *s;

	while ((s = ip->staged)) {
		ip->staged = s->next;
		free(s);
	}
}

static void *stage(struct ppgl_transport *t, size_t len, uint64_t *bus)
{
	struct inproc *ip = (struct inproc *)t;
	struct staged *s;

	if (len > PPGL_STAGE_MAX * 4)
		return NULL;
	s = malloc(sizeof(*s) + len);
	if (!s)
		return NULL;
	s->len = len;
	s->next = ip->staged;
	ip->staged = s;
	*bus = (uintptr_t)s->data;
	return s->data;
}

static int mapped(struct inproc *ip, uint64_t bus, size_t len)
{
	int i;

	if (staged(ip, bus, len))
		return 1;
	for (i = 0; i < ip->nmap; i++)
		if (bus >= ip->map[i].base &&
		    len <= ip->map[i].len - (bus - ip->map[i].base) &&
		    bus - ip->map[i].base <= ip->map[i].len)
			return 1;
	return 0;
}

static int dma_read(void *opaque, uint64_t bus, void *dst, size_t len)
{
	struct inproc *ip = opaque;

	if (!mapped(ip, bus, len))
		return -1;
	memcpy(dst, (const void *)(uintptr_t)bus, len);
	return 0;
}

static int dma_write(void *opaque, uint64_t bus, const void *src, size_t len)
{
	struct inproc *ip = opaque;

	if (!mapped(ip, bus, len))
		return -1;
	memcpy((void *)(uintptr_t)bus, src, len);
	return 0;
}

/* PPGL_DUMP=DIR saves every submission, e.g. as fuzzing seeds. */
static void dump(const uint32_t *cmds, size_t ndw)
{
	static unsigned int seq;
	const char *dir = getenv("PPGL_DUMP");
	char path[4096];
	FILE *f;

	if (!dir)
		return;
	snprintf(path, sizeof(path), "%s/stream-%d-%u.bin", dir, (int)getpid(),
		 seq++);
	f = fopen(path, "wb");
	if (!f)
		return;
	fwrite(cmds, 4, ndw, f);
	fclose(f);
}

static int submit(struct ppgl_transport *t, const uint32_t *cmds, size_t ndw,
		  const struct ppgl_reloc *relocs, size_t nrelocs)
{
	struct inproc *ip = (struct inproc *)t;
	size_t off = 0, used;
	char why[160];
	int r;

	dump(cmds, ndw);
	/* what the kernel would refuse, refused here too */
	if (ppgl_reloc_check(cmds, ndw, relocs, nrelocs, why, sizeof(why))) {
		fprintf(stderr, "ppgl: submission refused: %s\n", why);
		if (!ip->err)
			ip->err = PP_ERR_STATE;
		return ip->err;
	}
	while (off < ndw) {
		r = pp_cp_exec(&ip->cp, cmds + off, ndw - off, &used);
		if (r) {
			/* the card stops at the command and retries it after
			 * ERR_CLEAR unless the kernel moves RING_HEAD past the
			 * job; here: report and skip the command */
			if (!ip->err) {
				ip->err = r;
				if (getenv("PPGL_DEBUG"))
					fprintf(stderr,
						"ppgl: card error %d at command %#x\n",
						r, cmds[off]);
			}
			if (!used)
				break;
		}
		off += used;
	}
	staged_free(ip);
	return ip->err;
}

static int finish(struct ppgl_transport *t)
{
	struct inproc *ip = (struct inproc *)t;
	int r = ip->err;

	ip->nmap = 0;
	ip->err = 0;
	return r;
}

static uint64_t dma_map(struct ppgl_transport *t, void *p, size_t len,
		       enum ppgl_dma_dir dir)
{
	struct inproc *ip = (struct inproc *)t;

	/* staged: data for the card is copied (transport.h) */
	if (t->stage && dir == PPGL_DMA_TO_CARD) {
		uint64_t bus = 0;
		void *m = stage(t, len, &bus);

		if (m)
			memcpy(m, p, len);
		return bus;
	}
	/* the card reads and writes the buffer in place */
	if (ip->nmap < MAX_MAPS) {
		ip->map[ip->nmap].base = (uintptr_t)p;
		ip->map[ip->nmap].len = len;
		ip->nmap++;
	}
	return (uint64_t)(uintptr_t)p;
}

static void destroy(struct ppgl_transport *t)
{
	struct inproc *ip = (struct inproc *)t;

	staged_free(ip);
	pp_cp_fini(&ip->cp);
	free(t->vram);
	free(ip);
}

struct ppgl_transport *ppgl_transport_inproc(size_t vram_size)
{
	struct inproc *ip = calloc(1, sizeof(*ip));
	struct pp_cp_host host = {
		.dma_read = dma_read,
		.dma_write = dma_write,
	};

	if (!ip)
		return NULL;
	ip->t.vram = calloc(1, vram_size);
	ip->t.vram_size = vram_size;
	host.opaque = ip;
	if (!ip->t.vram || pp_cp_init(&ip->cp, ip->t.vram, vram_size, &host)) {
		free(ip->t.vram);
		free(ip);
		return NULL;
	}
	ip->t.submit = submit;
	ip->t.finish = finish;
	ip->t.dma_map = dma_map;
	ip->t.destroy = destroy;
	if (getenv("PPGL_INPROC_STAGE") && strcmp(getenv("PPGL_INPROC_STAGE"), "0"))
		ip->t.stage = stage;
	return &ip->t;
}
