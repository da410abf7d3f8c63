// SPDX-License-Identifier: MIT
/*
 * kms-conformance -D DRIVER: KMS checks on the card node of that DRM
 * driver, one result line per check.  Exit 0 when nothing failed, 1 when
 * a check failed, 2 when the driver could not be set up at all.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "kms.h"

static void usage(FILE *f)
{
	fprintf(f, "usage: kms-conformance -D DRIVER [-l]\n"
		   "  -D DRIVER  test the card whose DRM driver name is DRIVER\n"
		   "  -l         list the groups of checks\n");
}

static const struct {
	const char *name;
	void (*run)(struct kms *k);
} groups[] = {
	{ "resources", t_resources },
	{ "dumb", t_dumb },
	{ "fb", t_fb },
	{ "atomic", t_atomic },
	{ "legacy", t_legacy },
	{ "planes", t_planes },
	{ "props", t_props },
	{ "prime", t_prime },
	{ "flip", t_flip },
	{ "events", t_events },
	{ "vblank", t_vblank },
	{ "cursor", t_cursor },
	{ "master", t_master },
};

int main(int argc, char **argv)
{
	const char *driver = NULL;
	struct kms k;
	int opt;

	while ((opt = getopt(argc, argv, "D:lh")) != -1) {
		switch (opt) {
		case 'D':
			driver = optarg;
			break;
		case 'l':
			for (size_t i = 0; i < sizeof(groups) / sizeof(groups[0]); i++)
				printf("%s\n", groups[i].name);
			return 0;
		case 'h':
			usage(stdout);
			return 0;
		default:
			usage(stderr);
			return 2;
		}
	}
	if (!driver || optind != argc) {
		usage(stderr);
		return 2;
	}
	if (kms_open_driver(driver, &k))
		return 2;
	printf("# %s on %s: crtc %u, connector %u, primary %u, cursor %u, mode %s\n",
	       driver, k.path, k.crtc, k.conn, k.primary, k.cursor, k.mode.name);
	for (size_t i = 0; i < sizeof(groups) / sizeof(groups[0]); i++) {
		/* every group starts from the same lit screen */
		kms_drain(k.fd);
		if (kms_modeset(&k, 0))
			fprintf(stderr, "kms: restoring the mode before %s failed\n",
				groups[i].name);
		groups[i].run(&k);
	}
	return kms_failures() ? 1 : 0;
}
