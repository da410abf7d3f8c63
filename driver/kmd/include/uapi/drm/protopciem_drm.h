/* SPDX-License-Identifier: (GPL-2.0 WITH Linux-syscall-note) OR MIT */
/*
 * Render-node interface of protopciem_driver.ko (DRM driver "protopciem").
 *
 * Buffers.  A VRAM buffer lives in the card's memory; a SYSTEM buffer is
 * host memory the card reaches by DMA (contiguous, at most 4 MiB, mapped
 * cached: the bus is coherent), used for pixel transfers.  Both can be
 * mapped with mmap() at BO_INFO's mmap_offset and freed with GEM_CLOSE.
 *
 * Contexts.  Each context has its own whole GL state on the card (one of
 * the card's context slots, given by the kernel for the context's life).
 * A device has at most PROTOPCIEM_MAX_CONTEXTS live contexts over all its
 * clients; CTX_CREATE fails with ENOSPC beyond that.  A context whose job
 * hung or faulted is guilty: its later SUBMITs fail with EIO; destroy it
 * and create another.
 *
 * Submissions and the command checker.  SUBMIT copies the client's
 * commands (card/SPEC.md section 5) into a buffer the client cannot reach
 * and checks every command before the card sees it:
 *  - an unknown class or opcode, or a payload length the manual does not
 *    allow, is EINVAL; so is a command running past cmd_dwords;
 *  - FENCE, JOB, INDIRECT and CONTEXT belong to the kernel: EINVAL;
 *  - every address field (card/include/protopciem/cmd_addr.h lists them,
 *    with the bytes each covers) must have exactly one relocation, and
 *    relocations are given in the order of their dwords.  The dword holds
 *    an offset inside buffer bo_handles[bo_index]; the covered bytes must
 *    fit inside that buffer (EINVAL), a VRAM offset field must name a
 *    VRAM buffer and a bus address field (the low dword of the pair) a
 *    SYSTEM buffer (EINVAL).  The kernel writes the real address;
 *  - a relocation of a dword that is not an address field is EINVAL;
 *  - an unknown handle is ENOENT, a bad pointer EFAULT, too many buffers
 *    or dwords E2BIG.
 * Each job's fence is added to every listed buffer's reservation (write),
 * so waits and page flips of those buffers see the rendering.
 */
#ifndef _UAPI_PROTOPCIEM_DRM_H
#define _UAPI_PROTOPCIEM_DRM_H

#include "drm.h"

#if defined(__cplusplus)
extern "C" {
#endif

#define DRM_PROTOPCIEM_GET_PARAM	0x00
#define DRM_PROTOPCIEM_BO_CREATE	0x01
#define DRM_PROTOPCIEM_BO_INFO		0x02
#define DRM_PROTOPCIEM_CTX_CREATE	0x03
#define DRM_PROTOPCIEM_CTX_DESTROY	0x04
#define DRM_PROTOPCIEM_SUBMIT		0x05
#define DRM_PROTOPCIEM_WAIT_BO		0x06

#define PROTOPCIEM_PARAM_REVISION	1	/* REV register */
#define PROTOPCIEM_PARAM_VRAM_SIZE	2	/* bytes */
#define PROTOPCIEM_PARAM_CAPS		3	/* CAPS register */
#define PROTOPCIEM_PARAM_CONTEXTS	4	/* contexts a device can hold */
#define PROTOPCIEM_PARAM_MAX_CMD_DWORDS	5	/* SUBMIT.cmd_dwords limit */

#define PROTOPCIEM_MAX_CONTEXTS		63
#define PROTOPCIEM_MAX_CMD_DWORDS	(256 * 1024)
#define PROTOPCIEM_MAX_BOS		512
#define PROTOPCIEM_MAX_SYSTEM_BO	(4u << 20)

struct drm_protopciem_get_param {
	__u32 param;
	__u32 pad;
	__u64 value;
};

#define PROTOPCIEM_DOMAIN_VRAM		1
#define PROTOPCIEM_DOMAIN_SYSTEM	2

struct drm_protopciem_bo_create {
	__u64 size;
	__u32 domain;
	__u32 flags;		/* 0 */
	__u32 handle;		/* out */
	__u32 pad;
};

struct drm_protopciem_bo_info {
	__u32 handle;
	__u32 domain;		/* out */
	__u64 size;		/* out */
	__u64 mmap_offset;	/* out */
};

struct drm_protopciem_ctx_create {
	__u32 ctx;		/* out */
	__u32 flags;		/* 0 */
};

struct drm_protopciem_ctx_destroy {
	__u32 ctx;
	__u32 pad;
};

struct drm_protopciem_reloc {
	__u32 dword;		/* index in cmds of the address dword */
	__u32 bo_index;		/* index in bo_handles */
};

#define PROTOPCIEM_SUBMIT_OUT_FENCE_FD	(1u << 0)

struct drm_protopciem_submit {
	__u64 cmds;		/* __u32 [cmd_dwords] */
	__u64 bo_handles;	/* __u32 [bo_count] */
	__u64 relocs;		/* struct drm_protopciem_reloc [reloc_count] */
	__u32 cmd_dwords;
	__u32 ctx;
	__u32 bo_count;
	__u32 reloc_count;
	__u32 in_syncobj;	/* 0: none; waited for before the job runs */
	__u32 out_syncobj;	/* 0: none; gets the job's fence */
	__u32 flags;		/* PROTOPCIEM_SUBMIT_* */
	__s32 out_fence_fd;	/* out: sync_file with OUT_FENCE_FD */
};

/* Waits until every job using the buffer is done; ETIME on timeout. */
struct drm_protopciem_wait_bo {
	__u32 handle;
	__u32 flags;		/* 0 */
	__s64 timeout_ns;	/* relative */
};

#define DRM_IOCTL_PROTOPCIEM_GET_PARAM \
	DRM_IOWR(DRM_COMMAND_BASE + DRM_PROTOPCIEM_GET_PARAM, struct drm_protopciem_get_param)
#define DRM_IOCTL_PROTOPCIEM_BO_CREATE \
	DRM_IOWR(DRM_COMMAND_BASE + DRM_PROTOPCIEM_BO_CREATE, struct drm_protopciem_bo_create)
#define DRM_IOCTL_PROTOPCIEM_BO_INFO \
	DRM_IOWR(DRM_COMMAND_BASE + DRM_PROTOPCIEM_BO_INFO, struct drm_protopciem_bo_info)
#define DRM_IOCTL_PROTOPCIEM_CTX_CREATE \
	DRM_IOWR(DRM_COMMAND_BASE + DRM_PROTOPCIEM_CTX_CREATE, struct drm_protopciem_ctx_create)
#define DRM_IOCTL_PROTOPCIEM_CTX_DESTROY \
	DRM_IOW(DRM_COMMAND_BASE + DRM_PROTOPCIEM_CTX_DESTROY, struct drm_protopciem_ctx_destroy)
#define DRM_IOCTL_PROTOPCIEM_SUBMIT \
	DRM_IOWR(DRM_COMMAND_BASE + DRM_PROTOPCIEM_SUBMIT, struct drm_protopciem_submit)
#define DRM_IOCTL_PROTOPCIEM_WAIT_BO \
	DRM_IOW(DRM_COMMAND_BASE + DRM_PROTOPCIEM_WAIT_BO, struct drm_protopciem_wait_bo)

#if defined(__cplusplus)
}
#endif

#endif
