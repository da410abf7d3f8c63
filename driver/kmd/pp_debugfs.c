// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * debugfs: "regs" dumps the card's readable registers and EDID, "irqs"
 * counts interrupts by cause, "snapshot" asks the card to save its next
 * frame (write a tag; read the number of snapshots written).
 */
#include <linux/debugfs.h>
#include <linux/seq_file.h>
#include <drm/drm_debugfs.h>
#include <drm/drm_drv.h>
#include <drm/drm_file.h>
#include <drm/drm_gem_vram_helper.h>

#include "pp_drv.h"

#define PP_REG(r) { PP_REG_##r, #r }

/* Only registers whose read has no side effect beyond a latch. */
static const struct {
	u32 reg;
	const char *name;
} pp_regs[] = {
	PP_REG(ID), PP_REG(REV), PP_REG(CAPS), PP_REG(VRAM_SIZE),
	PP_REG(IRQ_STATUS), PP_REG(IRQ_MASK),
	PP_REG(RING_ERR_STATUS), PP_REG(RING_ERR_ADDR),
	PP_REG(REG_ERR_STATUS), PP_REG(REG_ERR_ADDR),
	PP_REG(RING_BASE_LO), PP_REG(RING_BASE_HI), PP_REG(RING_SIZE),
	PP_REG(RING_HEAD), PP_REG(RING_TAIL), PP_REG(RING_CTRL),
	PP_REG(RING_STATUS), PP_REG(RING_JOB),
	PP_REG(FENCE_ADDR_LO), PP_REG(FENCE_ADDR_HI),
	PP_REG(FENCE_LAST_LO), PP_REG(FENCE_LAST_HI), PP_REG(FENCE_CTRL),
	PP_REG(DISP_CTRL), PP_REG(DISP_WIDTH), PP_REG(DISP_HEIGHT),
	PP_REG(DISP_STRIDE), PP_REG(DISP_FORMAT), PP_REG(DISP_BASE),
	PP_REG(DISP_VBLANK_COUNT), PP_REG(DISP_COMMIT),
	PP_REG(DISP_VBLANK_TIME_LO), PP_REG(DISP_VBLANK_TIME_HI),
	PP_REG(DISP_CLOCK_LO), PP_REG(DISP_CLOCK_HI),
	PP_REG(DISP_ACTIVE_BASE), PP_REG(DISP_STATUS), PP_REG(DISP_SNAPSHOT),
	PP_REG(CUR_BASE), PP_REG(CUR_POS),
};

static int pp_regs_show(struct seq_file *m, void *unused)
{
	struct drm_info_node *node = m->private;
	struct pp_device *pp = to_pp(node->minor->dev);
	unsigned int i;
	int idx;

	if (!drm_dev_enter(&pp->drm, &idx)) {
		seq_puts(m, "card removed\n");
		return 0;
	}
	for (i = 0; i < ARRAY_SIZE(pp_regs); i++)
		seq_printf(m, "%-20s 0x%03x 0x%08x\n", pp_regs[i].name,
			   pp_regs[i].reg, pp_rd(pp, pp_regs[i].reg));
	seq_puts(m, "EDID\n");
	for (i = 0; i < 256; i += 16)
		seq_printf(m, "  %02x: %08x %08x %08x %08x\n", i,
			   pp_rd(pp, PP_REG_EDID + i),
			   pp_rd(pp, PP_REG_EDID + i + 4),
			   pp_rd(pp, PP_REG_EDID + i + 8),
			   pp_rd(pp, PP_REG_EDID + i + 12));
	drm_dev_exit(idx);
	return 0;
}

static int pp_irqs_show(struct seq_file *m, void *unused)
{
	struct drm_info_node *node = m->private;
	struct pp_device *pp = to_pp(node->minor->dev);
	unsigned int i;

	seq_printf(m, "mode %s, mask 0x%08x\n",
		   pp->msix ? "msix" : pp->intx ? "intx" : "msi",
		   READ_ONCE(pp->irq_mask));
	for (i = 0; i < PP_IRQ_COUNT; i++)
		seq_printf(m, "cause %u: %lu\n", i, READ_ONCE(pp->irq_count[i]));
	seq_printf(m, "unexpected: %lu\n", READ_ONCE(pp->irq_unexpected));
	return 0;
}

static const struct drm_info_list pp_debugfs_list[] = {
	{ "regs", pp_regs_show, 0, NULL },
	{ "irqs", pp_irqs_show, 0, NULL },
};

static int pp_snapshot_get(void *data, u64 *val)
{
	struct pp_device *pp = data;
	int idx;

	if (!drm_dev_enter(&pp->drm, &idx))
		return -ENODEV;
	*val = pp_rd(pp, PP_REG_DISP_SNAPSHOT);
	drm_dev_exit(idx);
	return 0;
}

static int pp_snapshot_set(void *data, u64 val)
{
	struct pp_device *pp = data;
	int idx;

	if (val > U32_MAX)
		return -EINVAL;
	if (!drm_dev_enter(&pp->drm, &idx))
		return -ENODEV;
	pp_wr(pp, PP_REG_DISP_SNAPSHOT, val);
	drm_dev_exit(idx);
	return 0;
}

DEFINE_DEBUGFS_ATTRIBUTE(pp_snapshot_fops, pp_snapshot_get, pp_snapshot_set,
			 "%llu\n");

void pp_debugfs_init(struct drm_minor *minor)
{
	struct pp_device *pp = to_pp(minor->dev);

	drm_vram_mm_debugfs_init(minor);
	drm_debugfs_create_files(pp_debugfs_list, ARRAY_SIZE(pp_debugfs_list),
				 minor->debugfs_root, minor);
	debugfs_create_file_unsafe("snapshot", 0600, minor->debugfs_root, pp,
				   &pp_snapshot_fops);
}
