/* Name lookup in the generated entry point table. */
#include <stdlib.h>
#include <string.h>
#include "procs.h"

static int cmp(const void *key, const void *elem)
{
	return strcmp(key, ((const struct ppgl_proc *)elem)->name);
}

void (*ppgl_proc_address(const char *name))(void)
{
	const struct ppgl_proc *p;

	if (!name)
		return NULL;
	p = bsearch(name, ppgl_procs, ppgl_nprocs, sizeof(*p), cmp);
	return p ? p->fn : NULL;
}
