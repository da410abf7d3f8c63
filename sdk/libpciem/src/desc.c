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
	if (len > PCIEM_MAX_VENDOR_CAP)
		return -EINVAL;
	d->caps |= PCIEM_CAP_VENDOR;
	d->vendor_cap_len = len;
	memcpy(d->vendor_cap, data, len);
	return 0;
}

static int pow2_in(uint64_t v, uint64_t lo, uint64_t hi)
{
	return v >= lo && v <= hi && !(v & (v - 1));
}

#define WHY(...) (snprintf(why, len, __VA_ARGS__), -EINVAL)

static int reg_bar(const struct pciem_desc *d, unsigned int bar)
{
	return bar < PCIEM_MAX_BARS && d->bars[bar].size &&
	       !(d->bars[bar].flags & PCIEM_BAR_MEMORY);
}

static int nonzero(const void *p, size_t n)
{
	const uint8_t *b = p;

	while (n--)
		if (*b++)
			return 1;
	return 0;
}

#define BAR_FLAGS	(PCIEM_BAR_64BIT | PCIEM_BAR_PREFETCH | PCIEM_BAR_MEMORY)
#define CAPS		(PCIEM_CAP_PM | PCIEM_CAP_EXP | PCIEM_CAP_MSI | \
			 PCIEM_CAP_MSIX | PCIEM_CAP_VENDOR)

static int check_bars(const struct pciem_desc *d, char *why, size_t len)
{
	int i;

	for (i = 0; i < PCIEM_MAX_BARS; i++) {
		const struct pciem_bar *b = &d->bars[i];
		int mem = b->flags & PCIEM_BAR_MEMORY;
		uint64_t max = mem ? PCIEM_MEM_BAR_MAX_SIZE :
			       PCIEM_REG_BAR_MAX_SIZE;

		if (!b->size) {
			if (b->flags)
				return WHY("bars[%d].flags is %#x but the BAR is unused (size 0)",
					   i, b->flags);
			continue;
		}
		if (b->reserved)
			return WHY("bars[%d].reserved must be zero", i);
		if (b->flags & ~BAR_FLAGS)
			return WHY("bars[%d].flags has unknown bits %#x", i,
				   b->flags & ~BAR_FLAGS);
		if (!pow2_in(b->size, PCIEM_BAR_MIN_SIZE, max))
			return WHY("bars[%d].size %#llx: a %s BAR is a power of two from 4 KiB to %llu MiB",
				   i, (unsigned long long)b->size,
				   mem ? "memory" : "register",
				   (unsigned long long)(max >> 20));
		if (b->flags & PCIEM_BAR_64BIT) {
			if (i == PCIEM_MAX_BARS - 1)
				return WHY("bars[%d] is 64-bit: the last BAR cannot be",
					   i);
			if (d->bars[i + 1].size || d->bars[i + 1].flags)
				return WHY("bars[%d] is 64-bit, so bars[%d] holds its upper half and must be unused",
					   i, i + 1);
			i++;
		}
	}
	return 0;
}

static int check_msix(const struct pciem_desc *d, char *why, size_t len)
{
	uint64_t t = d->msix_table_offset + 16ULL * d->msix_vectors;
	uint64_t p = d->msix_pba_offset + 8ULL * ((d->msix_vectors + 63) / 64);

	if (!d->msix_vectors || d->msix_vectors > PCIEM_MAX_MSIX)
		return WHY("msix_vectors is %u; use 1 to %d", d->msix_vectors,
			   PCIEM_MAX_MSIX);
	if (!reg_bar(d, d->msix_table_bar))
		return WHY("msix_table_bar %u is not a register BAR",
			   d->msix_table_bar);
	if (!reg_bar(d, d->msix_pba_bar))
		return WHY("msix_pba_bar %u is not a register BAR",
			   d->msix_pba_bar);
	if (d->msix_table_offset & 7)
		return WHY("msix_table_offset %#x is not 8-byte aligned",
			   d->msix_table_offset);
	if (d->msix_pba_offset & 7)
		return WHY("msix_pba_offset %#x is not 8-byte aligned",
			   d->msix_pba_offset);
	if (t > d->bars[d->msix_table_bar].size)
		return WHY("msix_table_offset: the table runs past BAR%u",
			   d->msix_table_bar);
	if (p > d->bars[d->msix_pba_bar].size)
		return WHY("msix_pba_offset: the PBA runs past BAR%u",
			   d->msix_pba_bar);
	if (d->msix_table_bar == d->msix_pba_bar &&
	    d->msix_table_offset < p && d->msix_pba_offset < t)
		return WHY("msix_table_offset and msix_pba_offset: table and PBA overlap");
	return 0;
}

/* Exactly the kernel's checks (framework/pciem_main.c), naming the field. */
int pciem_desc_check(const struct pciem_desc *d, char *why, size_t len)
{
	int ret;

	if (d->argsz != sizeof(*d))
		return WHY("argsz is %u, want %zu", d->argsz, sizeof(*d));
	if (nonzero(d->reserved, sizeof(d->reserved)))
		return WHY("reserved[] must be zero");
	if (nonzero(d->reserved0, sizeof(d->reserved0)))
		return WHY("reserved0[] must be zero");
	if (d->reserved1)
		return WHY("reserved1 must be zero");
	if (nonzero(d->reserved2, sizeof(d->reserved2)))
		return WHY("reserved2[] must be zero");
	if (d->reserved3)
		return WHY("reserved3 must be zero");
	if (!d->vendor || d->vendor == 0xffff)
		return WHY("vendor %#x is not a valid vendor ID", d->vendor);
	if (d->class_code > 0xffffff)
		return WHY("class_code %#x has more than 24 bits",
			   d->class_code);
	if (d->intx_pin > 4)
		return WHY("intx_pin %u: use 0 (none) or 1-4 (INTA-INTD)",
			   d->intx_pin);
	if (d->caps & ~CAPS)
		return WHY("caps has unknown bits %#x", d->caps & ~CAPS);
	ret = check_bars(d, why, len);
	if (ret)
		return ret;
	if (d->caps & PCIEM_CAP_MSI) {
		if (!pow2_in(d->msi_vectors, 1, PCIEM_MAX_MSI))
			return WHY("msi_vectors is %u; use 1, 2, 4, 8, 16 or 32",
				   d->msi_vectors);
		if (d->msi_flags & ~(PCIEM_MSI_64BIT | PCIEM_MSI_MASKABLE))
			return WHY("msi_flags has unknown bits %#x",
				   d->msi_flags & ~(PCIEM_MSI_64BIT |
						    PCIEM_MSI_MASKABLE));
	} else if (d->msi_vectors || d->msi_flags) {
		return WHY("msi_vectors/msi_flags are set but caps lacks PCIEM_CAP_MSI");
	}
	if (d->caps & PCIEM_CAP_MSIX) {
		ret = check_msix(d, why, len);
		if (ret)
			return ret;
	} else if (d->msix_vectors) {
		return WHY("msix_vectors is set but caps lacks PCIEM_CAP_MSIX");
	}
	if (d->vendor_cap_len > PCIEM_MAX_VENDOR_CAP)
		return WHY("vendor_cap_len %u: at most %d bytes",
			   d->vendor_cap_len, PCIEM_MAX_VENDOR_CAP);
	if (d->vendor_cap_len && !(d->caps & PCIEM_CAP_VENDOR))
		return WHY("vendor_cap_len is set but caps lacks PCIEM_CAP_VENDOR");
	if (d->read_timeout_ms > PCIEM_READ_TIMEOUT_MAX)
		return WHY("read_timeout_ms %u: at most %d", d->read_timeout_ms,
			   PCIEM_READ_TIMEOUT_MAX);
	if (d->ring_entries &&
	    !pow2_in(d->ring_entries, PCIEM_RING_MIN_ENTRIES,
		     PCIEM_RING_MAX_ENTRIES))
		return WHY("ring_entries %u: 0 (default) or a power of two from %d to %u",
			   d->ring_entries, PCIEM_RING_MIN_ENTRIES,
			   PCIEM_RING_MAX_ENTRIES);
	return 0;
}
