// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * protopciem_driver: PCI probe and removal of the ProtoPCIem card.
 *
 * The card may vanish at any moment (its model process dies): register
 * reads then return all-ones and remove() runs.  Every hardware access is
 * inside drm_dev_enter()/drm_dev_exit(), so after drm_dev_unplug() none is
 * made and nothing waits for an interrupt that cannot come.
 */
#include <linux/module.h>
#include <linux/pci.h>
#include <linux/sizes.h>
#include <drm/drm_atomic_helper.h>
#include <drm/drm_drv.h>
#include <drm/drm_gem_ttm_helper.h>
#include <drm/drm_gem_vram_helper.h>
#include <drm/drm_ioctl.h>
#include <drm/drm_prime.h>
#include <drm/drm_print.h>
#include <drm/drm_probe_helper.h>

#include "pp_compat.h"
#include "pp_drv.h"
#include "pp_render.h"

DEFINE_DRM_GEM_FOPS(pp_fops);

/* DISP_STRIDE must be a multiple of 64 bytes. */
static int pp_dumb_create(struct drm_file *file, struct drm_device *drm,
			  struct drm_mode_create_dumb *args)
{
	return drm_gem_vram_fill_create_dumb(file, drm, 0, 64, args);
}

static const struct drm_ioctl_desc pp_ioctls[] = {
	DRM_IOCTL_DEF_DRV(PROTOPCIEM_GET_PARAM, pp_ioctl_get_param,
			  DRM_RENDER_ALLOW),
	DRM_IOCTL_DEF_DRV(PROTOPCIEM_BO_CREATE, pp_ioctl_bo_create,
			  DRM_RENDER_ALLOW),
	DRM_IOCTL_DEF_DRV(PROTOPCIEM_BO_INFO, pp_ioctl_bo_info,
			  DRM_RENDER_ALLOW),
	DRM_IOCTL_DEF_DRV(PROTOPCIEM_CTX_CREATE, pp_ioctl_ctx_create,
			  DRM_RENDER_ALLOW),
	DRM_IOCTL_DEF_DRV(PROTOPCIEM_CTX_DESTROY, pp_ioctl_ctx_destroy,
			  DRM_RENDER_ALLOW),
	DRM_IOCTL_DEF_DRV(PROTOPCIEM_SUBMIT, pp_ioctl_submit,
			  DRM_RENDER_ALLOW),
	DRM_IOCTL_DEF_DRV(PROTOPCIEM_WAIT_BO, pp_ioctl_wait_bo,
			  DRM_RENDER_ALLOW),
};

static const struct drm_driver pp_driver = {
	.driver_features = DRIVER_GEM | DRIVER_MODESET | DRIVER_ATOMIC |
			   DRIVER_RENDER | DRIVER_SYNCOBJ,
	.fops = &pp_fops,
	.open = pp_render_open,
	.postclose = pp_render_postclose,
	.ioctls = pp_ioctls,
	.num_ioctls = ARRAY_SIZE(pp_ioctls),
	.name = PP_DRIVER_NAME,
	.desc = "ProtoPCIem 3D card",
	.date = "20261204",
	.major = 1,
	.minor = 0,
	.debugfs_init = pp_debugfs_init,
	.dumb_create = pp_dumb_create,
	.dumb_map_offset = drm_gem_ttm_dumb_map_offset,
#ifdef PP_HAVE_GEM_PRIME_MMAP
	.gem_prime_mmap = drm_gem_prime_mmap,
#endif
};

/*
 * The card's identification is checked but not trusted: a card answering
 * nonsense is logged and driven with the values of revision 1.0 and the
 * size of its VRAM BAR, so the display still comes up.
 */
static int pp_check_card(struct pp_device *pp, resource_size_t bar2)
{
	struct drm_device *drm = &pp->drm;
	u32 id, rev, caps, vram;

	id = pp_rd(pp, PP_REG_ID);
	if (id == ~0u) {
		drm_err(drm, "card does not answer (ID reads all-ones)\n");
		return -ENODEV;
	}
	if (id != PP_ID_VALUE)
		drm_warn(drm, "unexpected card ID 0x%08x (want 0x%08x), driving it as revision 1.0\n",
			 id, PP_ID_VALUE);

	rev = pp_rd(pp, PP_REG_REV);
	if (rev >> 16 != PP_REV_MAJOR)
		drm_warn(drm, "unsupported card revision %u.%u, driving it as 1.0\n",
			 rev >> 16, rev & 0xffff);

	caps = pp_rd(pp, PP_REG_CAPS);
	/* 1.1 adds CONTEXTS (indirect buffers, privilege, context slots) */
	if ((caps & ~(PP_CAPS_GL | PP_CAPS_DISPLAY_ALL | PP_CAPS_CONTEXTS)) ||
	    !(caps & PP_CAPS_DISPLAY)) {
		drm_warn(drm, "implausible CAPS 0x%08x, assuming a full display engine\n",
			 caps);
		caps = PP_CAPS_GL | PP_CAPS_DISPLAY_ALL;
	}
	pp->caps = caps;

	vram = pp_rd(pp, PP_REG_VRAM_SIZE);
	if (vram < SZ_4M || vram > bar2 || !IS_ALIGNED(vram, SZ_1M)) {
		drm_warn(drm, "implausible VRAM_SIZE 0x%08x, using the BAR size %llu MiB\n",
			 vram, (unsigned long long)bar2 >> 20);
		vram = bar2;
	}
	pp->vram_size = vram;
	return 0;
}

static void pp_poll_fini(void *data)
{
	drm_kms_helper_poll_fini(data);
}

static int pp_probe(struct pci_dev *pdev, const struct pci_device_id *ent)
{
	struct pp_device *pp;
	struct drm_device *drm;
	resource_size_t bar2;
	int ret;

	pp = devm_drm_dev_alloc(&pdev->dev, &pp_driver, struct pp_device, drm);
	if (IS_ERR(pp))
		return PTR_ERR(pp);
	drm = &pp->drm;
	spin_lock_init(&pp->irq_lock);
	spin_lock_init(&pp->vbl_lock);

	ret = pcim_enable_device(pdev);
	if (ret)
		return ret;

	if (!(pci_resource_flags(pdev, 0) & IORESOURCE_MEM) ||
	    pci_resource_len(pdev, 0) < PP_BAR0_SIZE ||
	    !(pci_resource_flags(pdev, 2) & IORESOURCE_MEM)) {
		drm_err(drm, "BAR0 or BAR2 missing or too small\n");
		return -ENODEV;
	}
	bar2 = pci_resource_len(pdev, 2);
	if (bar2 < SZ_4M) {
		drm_err(drm, "VRAM BAR of %llu KiB is below 4 MiB\n",
			(unsigned long long)bar2 >> 10);
		return -ENODEV;
	}

	ret = pcim_iomap_regions(pdev, BIT(0), PP_DRIVER_NAME);
	if (ret)
		return ret;
	pp->mmio = pcim_iomap_table(pdev)[0];

	ret = pp_check_card(pp, bar2);
	if (ret)
		return ret;

	/* start from the reset state whatever an earlier driver left */
	pp_wr(pp, PP_REG_RESET, PP_RESET_FULL);
	pp_wr(pp, PP_REG_IRQ_MASK, 0);
	pp_wr(pp, PP_REG_IRQ_STATUS, ~0u);

	pp->vram_base = pci_resource_start(pdev, 2);
	ret = drmm_vram_helper_init(drm, pp->vram_base, pp->vram_size);
	if (ret)
		return ret;

	ret = pp_kms_init(pp);
	if (ret)
		return ret;

	ret = pp_irq_init(pp);
	if (ret)
		return ret;

	/* without a render node the display still works */
	ret = pp_render_init(pp);
	if (ret)
		drm_warn(drm, "render node unavailable: %d\n", ret);

	drm_mode_config_reset(drm);
	drm_kms_helper_poll_init(drm);
	ret = devm_add_action_or_reset(&pdev->dev, pp_poll_fini, drm);
	if (ret)
		return ret;

	pci_set_drvdata(pdev, pp);
	ret = drm_dev_register(drm, 0);
	if (ret)
		return ret;

	drm_info(drm, "ProtoPCIem card, %llu MiB VRAM, %s\n",
		 (unsigned long long)pp->vram_size >> 20,
		 pp->msix ? "MSI-X" : pdev->msi_enabled ? "MSI" : "INTx");
	pp_fbdev_setup(drm, 32);
	return 0;
}

static void pp_remove(struct pci_dev *pdev)
{
	struct pp_device *pp = pci_get_drvdata(pdev);

	pp_irq_quiesce(pp);
	drm_dev_unplug(&pp->drm);
	/* no FENCE will come any more: end every job */
	pp_render_unplug(pp);
	/* the FLIP of an armed commit will not come any more */
	pp_kms_cancel_flip(pp);
	drm_atomic_helper_shutdown(&pp->drm);
	cancel_work_sync(&pp->hotplug_work);
}

static void pp_shutdown(struct pci_dev *pdev)
{
	struct pp_device *pp = pci_get_drvdata(pdev);

	drm_atomic_helper_shutdown(&pp->drm);
}

static const struct pci_device_id pp_pci_ids[] = {
	{ PCI_DEVICE(PP_VENDOR, PP_DEVICE) },
	{ }
};
MODULE_DEVICE_TABLE(pci, pp_pci_ids);

static struct pci_driver pp_pci_driver = {
	.name = PP_DRIVER_NAME,
	.id_table = pp_pci_ids,
	.probe = pp_probe,
	.remove = pp_remove,
	.shutdown = pp_shutdown,
};
module_pci_driver(pp_pci_driver);

MODULE_DESCRIPTION("DRM driver of the ProtoPCIem 3D card");
MODULE_AUTHOR("The PCIem authors");
MODULE_LICENSE("Dual MIT/GPL");
