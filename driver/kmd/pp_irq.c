// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * Interrupts.  With MSI-X each cause has its own vector, so a handler knows
 * its cause without reading IRQ_STATUS (a read is a round trip to the card).
 * With MSI or INTx all causes share one vector and IRQ_STATUS says which;
 * that read runs in a thread, not in hard interrupt context, where waiting
 * on the card's process would stall the CPU.
 * Causes nobody asked for are acknowledged and counted, never logged: a
 * misbehaving card must not flood the log or wedge a CPU in printk.
 */
#include <linux/interrupt.h>
#include <linux/module.h>
#include <linux/pci.h>
#include <drm/drm_drv.h>
#include <drm/drm_print.h>
#include <drm/drm_probe_helper.h>

#include "pp_compat.h"
#include "pp_drv.h"
#include "pp_render.h"

static int pp_irq_mode;
module_param_named(irq_mode, pp_irq_mode, int, 0444);
MODULE_PARM_DESC(irq_mode, "interrupts: 0 MSI-X if possible (default), 1 MSI, 2 INTx");

static const char *const pp_irq_names[PP_IRQ_COUNT] = {
	[PP_IRQ_FENCE] = "protopciem-fence",
	[PP_IRQ_VBLANK] = "protopciem-vblank",
	[PP_IRQ_RING_ERROR] = "protopciem-ring-error",
	[PP_IRQ_FLIP] = "protopciem-flip",
	[PP_IRQ_REG_ERROR] = "protopciem-reg-error",
	[PP_IRQ_HOTPLUG] = "protopciem-hotplug",
	[PP_IRQ_RESET_DONE] = "protopciem-reset-done",
};

/* Called with the device entered; @status is already acknowledged. */
static void pp_irq_dispatch(struct pp_device *pp, u32 status)
{
	u32 wanted = status & READ_ONCE(pp->irq_mask);
	unsigned int i;

	if (status & ~wanted)
		pp->irq_unexpected++;
	for (i = 0; i < PP_IRQ_COUNT; i++)
		if (wanted & BIT(i))
			pp->irq_count[i]++;

	if (pp->render && (wanted & BIT(PP_IRQ_FENCE)))
		pp_ring_fence_irq(pp->render);
	if (pp->render && (wanted & BIT(PP_IRQ_RING_ERROR)))
		pp_ring_error_irq(pp->render);
	if (wanted & BIT(PP_IRQ_VBLANK))
		pp_kms_vblank(pp);
	if (wanted & BIT(PP_IRQ_FLIP))
		pp_kms_flip_done(pp);
	if (wanted & BIT(PP_IRQ_HOTPLUG))
		schedule_work(&pp->hotplug_work);
	if (wanted & BIT(PP_IRQ_REG_ERROR))
		pp_wr(pp, PP_REG_ERR_CLEAR, PP_ERR_CLEAR_REG);
}

static irqreturn_t pp_irq_msix(int irq, void *arg)
{
	struct pp_vector *v = arg;
	struct pp_device *pp = v->pp;
	int idx;

	/* the vector is ours alone: never report it unhandled */
	if (!drm_dev_enter(&pp->drm, &idx))
		return IRQ_HANDLED;
	pp_wr(pp, PP_REG_IRQ_STATUS, BIT(v->cause));
	pp_irq_dispatch(pp, BIT(v->cause));
	drm_dev_exit(idx);
	return IRQ_HANDLED;
}

static irqreturn_t pp_irq_shared(int irq, void *arg)
{
	struct pp_device *pp = arg;
	bool mine = false;
	u32 status;
	int idx;

	if (drm_dev_enter(&pp->drm, &idx)) {
		status = pp_rd(pp, PP_REG_IRQ_STATUS);
		/* all-ones: the card is gone, remove() is on its way */
		if (status && status != ~0u) {
			pp_wr(pp, PP_REG_IRQ_STATUS, status);
			pp_irq_dispatch(pp, status);
			mine = status & READ_ONCE(pp->irq_mask);
		}
		drm_dev_exit(idx);
	}
	/* only a shared INTx line can belong to someone else */
	return mine || !pp->intx ? IRQ_HANDLED : IRQ_NONE;
}

/* Set then clear bits of IRQ_MASK; callable from any context. */
void pp_irq_update_mask(struct pp_device *pp, u32 set, u32 clear)
{
	unsigned long flags;
	int idx;

	spin_lock_irqsave(&pp->irq_lock, flags);
	WRITE_ONCE(pp->irq_mask, (pp->irq_mask | set) & ~clear);
	if (!pp->irq_quiesced && drm_dev_enter(&pp->drm, &idx)) {
		pp_wr(pp, PP_REG_IRQ_MASK, pp->irq_mask);
		drm_dev_exit(idx);
	}
	spin_unlock_irqrestore(&pp->irq_lock, flags);
}

/*
 * Silence the card before remove() unplugs the DRM device: after that the
 * shared handler cannot ack anything, and a level-triggered INTx line left
 * asserted would fire until the kernel disables it as unhandled.
 */
void pp_irq_quiesce(struct pp_device *pp)
{
	unsigned long flags;
	int idx;

	spin_lock_irqsave(&pp->irq_lock, flags);
	pp->irq_quiesced = true;
	WRITE_ONCE(pp->irq_mask, 0);
	if (drm_dev_enter(&pp->drm, &idx)) {
		pp_wr(pp, PP_REG_IRQ_MASK, 0);
		pp_wr(pp, PP_REG_IRQ_STATUS, GENMASK(PP_IRQ_COUNT - 1, 0));
		drm_dev_exit(idx);
	}
	spin_unlock_irqrestore(&pp->irq_lock, flags);
}

static int pp_irq_request_msix(struct pp_device *pp, struct pci_dev *pdev)
{
	unsigned int i;
	int ret;

	for (i = 0; i < PP_IRQ_COUNT; i++) {
		pp->vec[i].pp = pp;
		pp->vec[i].cause = i;
		ret = devm_request_irq(&pdev->dev, pci_irq_vector(pdev, i),
				       pp_irq_msix, 0, pp_irq_names[i],
				       &pp->vec[i]);
		if (ret)
			return ret;
	}
	pp->msix = true;
	return 0;
}

static void pp_hotplug_work(struct work_struct *work)
{
	struct pp_device *pp = container_of(work, struct pp_device,
					    hotplug_work);

	mutex_lock(&pp->drm.mode_config.mutex);
	pp_connector_sense(pp);
	mutex_unlock(&pp->drm.mode_config.mutex);
	drm_helper_hpd_irq_event(&pp->drm);
}

int pp_irq_init(struct pp_device *pp)
{
	struct pci_dev *pdev = to_pci_dev(pp->drm.dev);
	unsigned int types;
	u32 mask;
	int ret;

	INIT_WORK(&pp->hotplug_work, pp_hotplug_work);

	if (pp_irq_mode == 0) {
		ret = pci_alloc_irq_vectors(pdev, PP_IRQ_COUNT, PP_IRQ_COUNT,
					    PCI_IRQ_MSIX);
		if (ret == PP_IRQ_COUNT) {
			pp->nvec = ret;
			ret = pp_irq_request_msix(pp, pdev);
			if (ret)
				return ret;
			goto unmask;
		}
		drm_info(&pp->drm, "no %u MSI-X vectors (%d), sharing one interrupt\n",
			 PP_IRQ_COUNT, ret);
	}

	types = pp_irq_mode == 2 ? PCI_IRQ_INTX : PCI_IRQ_MSI | PCI_IRQ_INTX;
	ret = pci_alloc_irq_vectors(pdev, 1, 1, types);
	if (ret < 0) {
		drm_err(&pp->drm, "no interrupt available: %d\n", ret);
		return ret;
	}
	pp->nvec = ret;
	pp->intx = !pdev->msi_enabled;
	ret = devm_request_threaded_irq(&pdev->dev, pci_irq_vector(pdev, 0),
					NULL, pp_irq_shared,
					IRQF_ONESHOT |
					(pp->intx ? IRQF_SHARED : 0),
					PP_DRIVER_NAME, pp);
	if (ret)
		return ret;

unmask:
	/* VBLANK is unmasked only while DRM wants vblank interrupts */
	mask = BIT(PP_IRQ_FLIP) | BIT(PP_IRQ_REG_ERROR);
	if (pp->caps & PP_CAPS_HOTPLUG)
		mask |= BIT(PP_IRQ_HOTPLUG);
	pp_irq_update_mask(pp, mask, 0);
	return 0;
}
