/* The driver's GL and GLX entry points by name (procs.c is generated from
 * the objects by gen-procs.sh, sorted by strcmp). */
#ifndef PPGL_PROCS_H
#define PPGL_PROCS_H

struct ppgl_proc {
	const char *name;
	void (*fn)(void);
};

extern const struct ppgl_proc ppgl_procs[];
extern const unsigned int ppgl_nprocs;

/* The entry point called name, or NULL. */
void (*ppgl_proc_address(const char *name))(void);

#endif
