/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * One spelling of each kernel API that differs between the kernels we
 * build for.  The PP_HAVE_* flags come from probes of the kernel's headers
 * in Kbuild; plain macros are tested here directly.
 */
#ifndef PP_COMPAT_H
#define PP_COMPAT_H

#include <linux/pci.h>
#include <drm/drm_fb_helper.h>

#if defined(PP_HAVE_FBDEV_TTM)
#include <drm/drm_fbdev_ttm.h>
#define pp_fbdev_setup(drm, bpp) drm_fbdev_ttm_setup(drm, bpp)
#else
#if defined(PP_HAVE_FBDEV_GENERIC_H)
#include <drm/drm_fbdev_generic.h>
#endif
#define pp_fbdev_setup(drm, bpp) drm_fbdev_generic_setup(drm, bpp)
#endif

/* PCI_IRQ_LEGACY was renamed PCI_IRQ_INTX. */
#ifndef PCI_IRQ_INTX
#define PCI_IRQ_INTX PCI_IRQ_LEGACY
#endif

/* drm_sched_job_init() gained credits (6.7) and a client id (6.12.y) */
#if defined(PP_HAVE_SCHED_CLIENT_ID)
#define pp_sched_job_init(job, entity, file) \
	drm_sched_job_init(job, entity, 1, NULL, (file)->client_id)
#elif defined(PP_HAVE_SCHED_CREDITS)
#define pp_sched_job_init(job, entity, file) \
	drm_sched_job_init(job, entity, 1, NULL)
#else
#define pp_sched_job_init(job, entity, file) \
	drm_sched_job_init(job, entity, NULL)
#endif

/* drm_sched_start() lost its full_recovery flag (always true for us) */
#if defined(PP_HAVE_SCHED_START_RECOVERY)
#define pp_sched_start(sched) drm_sched_start(sched, true)
#else
#define pp_sched_start(sched) drm_sched_start(sched)
#endif

#endif
