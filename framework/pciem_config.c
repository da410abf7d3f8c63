// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * Config space of a PCIem device: built from the model's description,
 * served by the kernel (no round trip), with write masks, RW1C bits, BAR
 * sizing, and the capabilities the framework itself implements.
 */
#include <linux/pci.h>
#include <linux/log2.h>

#include "pciem.h"
#include "pciem_trace.h"

static void pciem_cfg_put(u8 *p, int where, int size, u32 val)
{
	int i;

	for (i = 0; i < size; i++)
		p[where + i] = val >> (8 * i);
}

static u32 pciem_cfg_get(const u8 *p, int where, int size)
{
	u32 v = 0;
	int i;

	for (i = 0; i < size; i++)
		v |= (u32)p[where + i] << (8 * i);
	return v;
}

void pciem_config_set(struct pciem_dev *pd, int where, int size, u32 val)
{
	pciem_cfg_put(pd->cfg, where, size, val);
}

static void pciem_ro(struct pciem_dev *pd, int where, int size, u32 val)
{
	pciem_cfg_put(pd->cfg, where, size, val);
}

static void pciem_rw(struct pciem_dev *pd, int where, int size, u32 val, u32 mask)
{
	pciem_cfg_put(pd->cfg, where, size, val);
	pciem_cfg_put(pd->wmask, where, size, mask);
}

static void pciem_rw1c(struct pciem_dev *pd, int where, int size, u32 mask)
{
	pciem_cfg_put(pd->w1c, where, size, mask);
}

static int pciem_build_bars(struct pciem_dev *pd)
{
	int i;

	for (i = 0; i < PCIEM_MAX_BARS; i++) {
		struct pciem_bar_state *b = &pd->bars[i];
		int reg = PCI_BASE_ADDRESS_0 + 4 * i;
		u32 lo = PCI_BASE_ADDRESS_SPACE_MEMORY;

		if (!b->size)
			continue;
		if (b->flags & PCIEM_BAR_64BIT)
			lo |= PCI_BASE_ADDRESS_MEM_TYPE_64;
		if (b->flags & PCIEM_BAR_PREFETCH)
			lo |= PCI_BASE_ADDRESS_MEM_PREFETCH;
		pciem_rw(pd, reg, 4, lo, (u32)~(b->size - 1) & ~0xfu);
		if (b->flags & PCIEM_BAR_64BIT) {
			pciem_rw(pd, reg + 4, 4, 0, (u32)(~(b->size - 1) >> 32));
			i++;
		}
	}
	return 0;
}

/* Capabilities are chained in the order they are added. */
static void pciem_cap_link(struct pciem_dev *pd, u8 *prev_next, int off, u8 id)
{
	pd->cfg[*prev_next] = off;
	pd->cfg[off] = id;
	pd->cfg[off + 1] = 0;
	*prev_next = off + 1;
}

static void pciem_build_pm(struct pciem_dev *pd, int off)
{
	/* PM 1.2, no D1/D2, no PME; NoSoftReset so D3hot keeps state */
	pciem_ro(pd, off + PCI_PM_PMC, 2, 3);
	pciem_rw(pd, off + PCI_PM_CTRL, 2, PCI_PM_CTRL_NO_SOFT_RESET,
		 PCI_PM_CTRL_STATE_MASK);
}

static void pciem_build_msi(struct pciem_dev *pd, int off)
{
	const struct pciem_desc *d = &pd->desc;
	u16 flags = ilog2(d->msi_vectors) << 1;
	bool is64 = d->msi_flags & PCIEM_MSI_64BIT;
	int data = off + (is64 ? PCI_MSI_DATA_64 : PCI_MSI_DATA_32);

	if (is64)
		flags |= PCI_MSI_FLAGS_64BIT;
	if (d->msi_flags & PCIEM_MSI_MASKABLE)
		flags |= PCI_MSI_FLAGS_MASKBIT;
	pciem_rw(pd, off + PCI_MSI_FLAGS, 2, flags,
		 PCI_MSI_FLAGS_ENABLE | PCI_MSI_FLAGS_QSIZE);
	pciem_rw(pd, off + PCI_MSI_ADDRESS_LO, 4, 0, ~3u);
	if (is64)
		pciem_rw(pd, off + PCI_MSI_ADDRESS_HI, 4, 0, ~0u);
	pciem_rw(pd, data, 2, 0, 0xffff);
	if (d->msi_flags & PCIEM_MSI_MASKABLE) {
		u32 mask = d->msi_vectors == 32 ? ~0u :
			   (1u << d->msi_vectors) - 1;

		pciem_rw(pd, off + (is64 ? PCI_MSI_MASK_64 : PCI_MSI_MASK_32), 4, 0,
			 mask);
	}
}

static void pciem_build_msix(struct pciem_dev *pd, int off)
{
	const struct pciem_desc *d = &pd->desc;

	pciem_rw(pd, off + PCI_MSIX_FLAGS, 2, d->msix_vectors - 1,
		 PCI_MSIX_FLAGS_ENABLE | PCI_MSIX_FLAGS_MASKALL);
	pciem_ro(pd, off + PCI_MSIX_TABLE, 4,
		 d->msix_table_offset | d->msix_table_bar);
	pciem_ro(pd, off + PCI_MSIX_PBA, 4, d->msix_pba_offset | d->msix_pba_bar);
}

static void pciem_build_exp(struct pciem_dev *pd, int off)
{
	/* v2 endpoint, 256-byte payload, FLR, 8 GT/s x16 link */
	pciem_ro(pd, off + PCI_EXP_FLAGS, 2, 2 | (PCI_EXP_TYPE_ENDPOINT << 4));
	pciem_ro(pd, off + PCI_EXP_DEVCAP, 4, 1 | PCI_EXP_DEVCAP_FLR);
	pciem_rw(pd, off + PCI_EXP_DEVCTL, 2, 0x2810,
		 PCI_EXP_DEVCTL_CERE | PCI_EXP_DEVCTL_NFERE | PCI_EXP_DEVCTL_FERE |
		 PCI_EXP_DEVCTL_URRE | PCI_EXP_DEVCTL_RELAX_EN |
		 PCI_EXP_DEVCTL_PAYLOAD | PCI_EXP_DEVCTL_EXT_TAG |
		 PCI_EXP_DEVCTL_NOSNOOP_EN | PCI_EXP_DEVCTL_READRQ |
		 PCI_EXP_DEVCTL_BCR_FLR);
	pciem_rw1c(pd, off + PCI_EXP_DEVSTA, 2, 0xf);
	pciem_ro(pd, off + PCI_EXP_LNKCAP, 4, 3 | (16 << 4));
	pciem_rw(pd, off + PCI_EXP_LNKCTL, 2, 0, PCI_EXP_LNKCTL_ASPMC |
		 PCI_EXP_LNKCTL_RCB | PCI_EXP_LNKCTL_CCC | PCI_EXP_LNKCTL_ES);
	pciem_ro(pd, off + PCI_EXP_LNKSTA, 2, 3 | (16 << 4));
	pciem_ro(pd, off + PCI_EXP_DEVCAP2, 4, PCI_EXP_DEVCAP2_COMP_TMOUT_DIS);
	pciem_rw(pd, off + PCI_EXP_DEVCTL2, 2, 0, PCI_EXP_DEVCTL2_COMP_TIMEOUT |
		 PCI_EXP_DEVCTL2_COMP_TMOUT_DIS);
	pciem_ro(pd, off + PCI_EXP_LNKCAP2, 4, 0xe);
	pciem_ro(pd, off + PCI_EXP_LNKSTA2, 2, 0);
}

static void pciem_build_vendor(struct pciem_dev *pd, int off)
{
	const struct pciem_desc *d = &pd->desc;

	pd->cfg[off + 2] = d->vendor_cap_len + 3;
	memcpy(&pd->cfg[off + 3], d->vendor_cap, d->vendor_cap_len);
}

int pciem_config_build(struct pciem_dev *pd)
{
	const struct pciem_desc *d = &pd->desc;
	u8 next = PCI_CAPABILITY_LIST;
	u16 status = 0;

	memset(pd->cfg, 0, sizeof(pd->cfg));
	memset(pd->wmask, 0, sizeof(pd->wmask));
	memset(pd->w1c, 0, sizeof(pd->w1c));

	pciem_ro(pd, PCI_VENDOR_ID, 2, d->vendor);
	pciem_ro(pd, PCI_DEVICE_ID, 2, d->device);
	pciem_rw(pd, PCI_COMMAND, 2, 0, PCI_COMMAND_MEMORY | PCI_COMMAND_MASTER |
		 PCI_COMMAND_PARITY | PCI_COMMAND_SERR | PCI_COMMAND_INTX_DISABLE);
	pciem_rw1c(pd, PCI_STATUS, 2, PCI_STATUS_PARITY | PCI_STATUS_SIG_TARGET_ABORT |
		   PCI_STATUS_REC_TARGET_ABORT | PCI_STATUS_REC_MASTER_ABORT |
		   PCI_STATUS_SIG_SYSTEM_ERROR | PCI_STATUS_DETECTED_PARITY);
	pciem_ro(pd, PCI_CLASS_REVISION, 4, (d->class_code << 8) | d->revision);
	pciem_rw(pd, PCI_CACHE_LINE_SIZE, 1, 0, 0xff);
	pciem_rw(pd, PCI_LATENCY_TIMER, 1, 0, 0xff);
	pciem_build_bars(pd);
	pciem_ro(pd, PCI_SUBSYSTEM_VENDOR_ID, 2, d->subsys_vendor);
	pciem_ro(pd, PCI_SUBSYSTEM_ID, 2, d->subsys_device);
	pciem_rw(pd, PCI_INTERRUPT_LINE, 1, 0, 0xff);
	pciem_ro(pd, PCI_INTERRUPT_PIN, 1, d->intx_pin);

	if (d->caps) {
		status |= PCI_STATUS_CAP_LIST;
		if (d->caps & PCIEM_CAP_PM) {
			pciem_cap_link(pd, &next, PCIEM_CAP_PM_OFF, PCI_CAP_ID_PM);
			pciem_build_pm(pd, PCIEM_CAP_PM_OFF);
		}
		if (d->caps & PCIEM_CAP_MSI) {
			pciem_cap_link(pd, &next, PCIEM_CAP_MSI_OFF, PCI_CAP_ID_MSI);
			pciem_build_msi(pd, PCIEM_CAP_MSI_OFF);
		}
		if (d->caps & PCIEM_CAP_MSIX) {
			pciem_cap_link(pd, &next, PCIEM_CAP_MSIX_OFF,
				       PCI_CAP_ID_MSIX);
			pciem_build_msix(pd, PCIEM_CAP_MSIX_OFF);
		}
		if (d->caps & PCIEM_CAP_EXP) {
			pciem_cap_link(pd, &next, PCIEM_CAP_EXP_OFF, PCI_CAP_ID_EXP);
			pciem_build_exp(pd, PCIEM_CAP_EXP_OFF);
		}
		if (d->caps & PCIEM_CAP_VENDOR) {
			pciem_cap_link(pd, &next, PCIEM_CAP_VNDR_OFF,
				       PCI_CAP_ID_VNDR);
			pciem_build_vendor(pd, PCIEM_CAP_VNDR_OFF);
		}
	}
	pciem_ro(pd, PCI_STATUS, 2, status);
	return 0;
}

bool pciem_bus_master(struct pciem_dev *pd)
{
	return READ_ONCE(pd->cfg[PCI_COMMAND]) & PCI_COMMAND_MASTER;
}

static bool pciem_cfg_size_ok(int where, int size)
{
	if (where < 0 || where >= PCIEM_CFG_SIZE)
		return false;
	if (size != 1 && size != 2 && size != 4)
		return false;
	return !(where & (size - 1));
}

u32 pciem_config_read(struct pciem_dev *pd, int where, int size)
{
	unsigned long flags;
	u32 v;

	if (!pciem_cfg_size_ok(where, size))
		return ~0u;
	raw_spin_lock_irqsave(&pd->cfg_lock, flags);
	v = pciem_cfg_get(pd->cfg, where, size);
	raw_spin_unlock_irqrestore(&pd->cfg_lock, flags);
	return v;
}

static bool pciem_overlaps(int where, int size, int off, int len)
{
	return where < off + len && off < where + size;
}

static bool pciem_watched(struct pciem_dev *pd, int where, int size)
{
	int i;

	for (i = 0; i < pd->nr_watch; i++)
		if (pciem_overlaps(where, size, pd->watch[i].offset,
				   pd->watch[i].len))
			return true;
	return false;
}

static void pciem_flr(struct pciem_dev *pd)
{
	struct pciem_event ev = { .type = PCIEM_EV_RESET };
	int exp = PCIEM_CAP_EXP_OFF;

	/* A function level reset returns the function to its power-on state. */
	pciem_cfg_put(pd->cfg, PCI_COMMAND, 2, 0);
	if (pd->desc.caps & PCIEM_CAP_MSI)
		pd->cfg[PCIEM_CAP_MSI_OFF + PCI_MSI_FLAGS] &=
			~(PCI_MSI_FLAGS_ENABLE | PCI_MSI_FLAGS_QSIZE);
	if (pd->desc.caps & PCIEM_CAP_MSIX)
		pd->cfg[PCIEM_CAP_MSIX_OFF + PCI_MSIX_FLAGS + 1] = 0;
	pciem_cfg_put(pd->cfg, exp + PCI_EXP_DEVCTL, 2, 0x2810);
	pciem_ring_post(pd, &ev);
}

/*
 * Multiple Message Enable may not exceed what the function declares: the
 * MSI vector a model raises indexes state sized by the declared count.
 */
static void pciem_msi_clamp_qsize(struct pciem_dev *pd)
{
	int off = PCIEM_CAP_MSI_OFF + PCI_MSI_FLAGS;
	u32 flags = pciem_cfg_get(pd->cfg, off, 2);
	u32 mmc = (flags & PCI_MSI_FLAGS_QMASK) >> 1;

	if (((flags & PCI_MSI_FLAGS_QSIZE) >> 4) > mmc)
		pciem_cfg_put(pd->cfg, off, 2,
			      (flags & ~PCI_MSI_FLAGS_QSIZE) | (mmc << 4));
}

void pciem_config_write(struct pciem_dev *pd, int where, int size, u32 val)
{
	unsigned long flags;
	u32 old, mask, clr;
	bool is_flr = false;
	int i;

	if (!pciem_cfg_size_ok(where, size))
		return;
	raw_spin_lock_irqsave(&pd->cfg_lock, flags);
	for (i = 0; i < size; i++) {
		u8 b = val >> (8 * i);
		int o = where + i;

		old = pd->cfg[o];
		mask = pd->wmask[o];
		clr = pd->w1c[o] & b;
		pd->cfg[o] = ((old & ~mask) | (b & mask)) & ~clr;
	}
	if ((pd->desc.caps & PCIEM_CAP_MSI) &&
	    pciem_overlaps(where, size, PCIEM_CAP_MSI_OFF + PCI_MSI_FLAGS, 2))
		pciem_msi_clamp_qsize(pd);
	if ((pd->desc.caps & PCIEM_CAP_EXP) &&
	    pciem_overlaps(where, size, PCIEM_CAP_EXP_OFF + PCI_EXP_DEVCTL, 2) &&
	    (pciem_cfg_get(pd->cfg, PCIEM_CAP_EXP_OFF + PCI_EXP_DEVCTL, 2) &
	     PCI_EXP_DEVCTL_BCR_FLR)) {
		is_flr = true;
		pciem_flr(pd);
	}
	raw_spin_unlock_irqrestore(&pd->cfg_lock, flags);

	trace_pciem_config(pd->id, where, size, val, true);
	if (!is_flr && pciem_watched(pd, where, size)) {
		struct pciem_event ev = {
			.type = PCIEM_EV_CONFIG_WRITE,
			.size = size,
			.offset = where,
			.value = pciem_config_read(pd, where, size),
		};

		pciem_ring_post(pd, &ev);
	}
	if (pciem_overlaps(where, size, PCI_COMMAND, 2))
		pciem_intx_config_written(pd);
	if ((pd->desc.caps & (PCIEM_CAP_MSI | PCIEM_CAP_MSIX)) &&
	    (pciem_overlaps(where, size, PCIEM_CAP_MSI_OFF, 0x18) ||
	     pciem_overlaps(where, size, PCIEM_CAP_MSIX_OFF, 4)))
		pciem_msi_config_written(pd);
}

static int pciem_pci_read(struct pci_bus *bus, unsigned int devfn, int where,
			  int size, u32 *val)
{
	struct pciem_dev *pd = pciem_from_bus(bus);

	if (devfn != 0 || !pd || atomic_read(&pd->dead)) {
		*val = ~0u;
		return PCIBIOS_DEVICE_NOT_FOUND;
	}
	*val = pciem_config_read(pd, where, size);
	trace_pciem_config(pd->id, where, size, *val, false);
	return PCIBIOS_SUCCESSFUL;
}

static int pciem_pci_write(struct pci_bus *bus, unsigned int devfn, int where,
			   int size, u32 val)
{
	struct pciem_dev *pd = pciem_from_bus(bus);

	if (devfn != 0 || !pd || atomic_read(&pd->dead))
		return PCIBIOS_DEVICE_NOT_FOUND;
	pciem_config_write(pd, where, size, val);
	return PCIBIOS_SUCCESSFUL;
}

struct pci_ops pciem_pci_ops = {
	.read = pciem_pci_read,
	.write = pciem_pci_write,
};
