// SPDX-License-Identifier: MIT
/* Building and checking a device description (the kernel checks again). */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "internal.h"

void pciem_desc_init(struct pciem_desc *d, uint16_t vendor, uint16_t device,
		     uint32_t class_code)
{
	memset(d, 0, sizeof(*d));
	d->argsz = sizeof(*d);
	d->vendor = vendor;
	d->device = device;
	d->subsys_vendor = vendor;
	d->subsys_device = device;
	d->class_code = class_code;
}

int pciem_desc_bar(struct pciem_desc *d, int bar, uint64_t size,
		   uint32_t flags)
{
	if (bar < 0 || bar >= PCIEM_MAX_BARS)
		return -EINVAL;
	d->bars[bar].size = size;
	d->bars[bar].flags = flags;
	return 0;
}

int pciem_desc_msi(struct pciem_desc *d, int vectors, uint32_t flags)
{
	d->caps |= PCIEM_CAP_MSI;
	d->msi_vectors = vectors;
	d->msi_flags = flags;
	return 0;
}

int pciem_desc_msix(struct pciem_desc *d, int vectors, int table_bar,
		    uint32_t table_off, int pba_bar, uint32_t pba_off)
{
	d->caps |= PCIEM_CAP_MSIX;
	d->msix_vectors = vectors;
	d->msix_table_bar = table_bar;
	d->msix_table_offset = table_off;
	d->msix_pba_bar = pba_bar;
	d->msix_pba_offset = pba_off;
	return 0;
}

int pciem_desc_vendor_cap(struct pciem_desc *d, const void *data, size_t len)
{
	if (len > 61)
		return -EINVAL;
	d->caps |= PCIEM_CAP_VENDOR;
	d->vendor_cap_len = len;
	memcpy(d->vendor_cap, data, len);
	return 0;
}

static int pow2(uint64_t v)
{
	return v && !(v & (v - 1));
}

#define WHY(...) (snprintf(why, len, __VA_ARGS__), -EINVAL)

static int reg_bar(const struct pciem_desc *d, int bar)
{
	return bar >= 0 && bar < PCIEM_MAX_BARS && d->bars[bar].size &&
	       !(d->bars[bar].flags & PCIEM_BAR_MEMORY);
}

int pciem_desc_check(const struct pciem_desc *d, char *why, size_t len)
{
	int i;

	if (d->argsz != sizeof(*d))
		return WHY("argsz is %u, want %zu", d->argsz, sizeof(*d));
	if (!d->vendor || d->vendor == 0xffff)
		return WHY("vendor ID %#x is not a valid ID", d->vendor);
	if (d->class_code > 0xffffff)
		return WHY("class code %#x has more than 24 bits",
			   d->class_code);
	if (d->intx_pin > 4)
		return WHY("INTx pin %u: use 0 (none) or 1-4", d->intx_pin);
	for (i = 0; i < PCIEM_MAX_BARS; i++) {
		const struct pciem_bar *b = &d->bars[i];

		if (!b->size)
			continue;
		if (!pow2(b->size) || b->size < 4096)
			return WHY("BAR%d: size %#llx is not a power of two of at least 4 KiB",
				   i, (unsigned long long)b->size);
		if (!(b->flags & PCIEM_BAR_MEMORY) && b->size > (256 << 20))
			return WHY("BAR%d: register BARs are at most 256 MiB",
				   i);
		if (b->flags & PCIEM_BAR_64BIT) {
			if (i == PCIEM_MAX_BARS - 1 || d->bars[i + 1].size)
				return WHY("BAR%d is 64-bit, so BAR%d must be unused",
					   i, i + 1);
			i++;
		}
	}
	if (d->caps & PCIEM_CAP_MSI && (!pow2(d->msi_vectors) ||
					d->msi_vectors > 32))
		return WHY("MSI: %u vectors; use 1, 2, 4, 8, 16 or 32",
			   d->msi_vectors);
	if (d->caps & PCIEM_CAP_MSIX) {
		uint64_t t = d->msix_table_offset + 16ULL * d->msix_vectors;
		uint64_t p = d->msix_pba_offset +
			     8ULL * ((d->msix_vectors + 63) / 64);

		if (!d->msix_vectors || d->msix_vectors > 2048)
			return WHY("MSI-X: %u vectors; use 1 to 2048",
				   d->msix_vectors);
		if (!reg_bar(d, d->msix_table_bar) ||
		    !reg_bar(d, d->msix_pba_bar))
			return WHY("MSI-X table and PBA must be in register BARs");
		if ((d->msix_table_offset | d->msix_pba_offset) & 7)
			return WHY("MSI-X table and PBA offsets must be 8-byte aligned");
		if (t > d->bars[d->msix_table_bar].size ||
		    p > d->bars[d->msix_pba_bar].size)
			return WHY("MSI-X table or PBA runs past its BAR");
		if (d->msix_table_bar == d->msix_pba_bar &&
		    d->msix_table_offset < p && d->msix_pba_offset < t)
			return WHY("MSI-X table and PBA overlap");
	}
	return 0;
}
