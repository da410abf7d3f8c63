// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * Trapped register BARs.
 *
 * Register BARs live at physical addresses with nothing behind them.  When
 * any ioremap variant maps such a range (they all end in
 * ioremap_page_range()), the new kernel PTEs are made not-present but
 * PROTNONE: the CPU faults on every access, while the page-table code
 * still sees a present mapping, so iounmap() tears it down normally.
 *
 * A kernel-mode fault on such a PTE has no exception-table entry, so it
 * reaches fixup_exception().  A kprobe there decodes the faulting
 * instruction with our own decoder, turns it into MMIO events for the
 * model (or answers it from a shadow or the MSI-X table), updates the
 * registers, skips the instruction and makes fixup_exception() report the
 * fault as handled.  Everything found from the PTE itself, so the path is
 * lock-free and SMP-safe; devices are looked up under RCU.
 */
#include <linux/kprobes.h>
#include <linux/uaccess.h>
#include <asm/pgtable.h>
#include <asm/trapnr.h>

#include "pciem.h"
#include "pciem_insn.h"
#include "pciem_trace.h"

/* Largest rep movs/stos chunk emulated per fault; the rest re-faults. */
#define PCIEM_REP_CHUNK		4096

/* Find the device and register BAR holding a physical address. */
static struct pciem_dev *find_bar(phys_addr_t phys, int len, int *bar)
{
	int i, b;

	for (i = 0; i < PCIEM_MAX_DEVICES; i++) {
		struct pciem_dev *pd = rcu_dereference(pciem_devices[i]);

		if (!pd || !pd->plugged)
			continue;
		for (b = 0; b < PCIEM_MAX_BARS; b++) {
			struct pciem_bar_state *s = &pd->bars[b];

			if (!s->allocated || (s->flags & PCIEM_BAR_MEMORY))
				continue;
			if (phys >= s->res.start && phys + len - 1 <= s->res.end) {
				*bar = b;
				return pd;
			}
		}
	}
	return NULL;
}

static bool range_trapped(phys_addr_t phys, unsigned long len)
{
	int i, b;

	for (i = 0; i < PCIEM_MAX_DEVICES; i++) {
		struct pciem_dev *pd = rcu_dereference(pciem_devices[i]);

		if (!pd)
			continue;
		for (b = 0; b < PCIEM_MAX_BARS; b++) {
			struct pciem_bar_state *s = &pd->bars[b];

			if (!s->allocated || (s->flags & PCIEM_BAR_MEMORY))
				continue;
			if (phys <= s->res.end && s->res.start < phys + len)
				return true;
		}
	}
	return false;
}

/* Physical address behind an armed kernel PTE, or 0 if not ours. */
static phys_addr_t armed_phys(unsigned long addr)
{
	unsigned int level;
	pte_t *pte = lookup_address(addr, &level);
	unsigned long mask;
	u64 v;

	if (!pte)
		return 0;
	v = pte_val(*pte);
	if ((v & (_PAGE_PRESENT | _PAGE_PROTNONE)) != _PAGE_PROTNONE)
		return 0;
	mask = page_level_mask(level);
	return ((v & PTE_PFN_MASK) & mask) | (addr & ~mask);
}

/* ---- arming at ioremap time ---- */

struct arm_args {
	unsigned long addr;
	unsigned long end;
	phys_addr_t phys;
};

static int arm_entry(struct kretprobe_instance *ri, struct pt_regs *regs)
{
	struct arm_args *a = (struct arm_args *)ri->data;

	a->addr = regs->di;
	a->end = regs->si;
	a->phys = regs->dx;
	return 0;
}

static int arm_ret(struct kretprobe_instance *ri, struct pt_regs *regs)
{
	struct arm_args *a = (struct arm_args *)ri->data;
	unsigned long va = a->addr;
	bool ours;

	if (regs_return_value(regs))
		return 0;
	rcu_read_lock();
	ours = range_trapped(a->phys, a->end - a->addr);
	rcu_read_unlock();
	if (!ours)
		return 0;
	/*
	 * The mapping was created a moment ago and nothing has used it yet,
	 * so no TLB holds it; clearing _PAGE_PRESENT needs no flush.
	 */
	while (va < a->end) {
		unsigned int level;
		pte_t *pte = lookup_address(va, &level);
		unsigned long sz = page_level_size(level);
		phys_addr_t phys = a->phys + (va - a->addr);

		if (!pte)
			break;
		rcu_read_lock();
		ours = range_trapped(phys, sz);
		rcu_read_unlock();
		if (ours && (pte_val(*pte) & _PAGE_PRESENT))
			set_pte(pte, __pte((pte_val(*pte) & ~_PAGE_PRESENT) |
					   _PAGE_PROTNONE));
		va = (va & page_level_mask(level)) + sz;
	}
	return 0;
}

static struct kretprobe arm_probe = {
	.kp.symbol_name = "ioremap_page_range",
	.entry_handler = arm_entry,
	.handler = arm_ret,
	.data_size = sizeof(struct arm_args),
	.maxactive = 64,
};

/* ---- emulation at fault time ---- */

static unsigned long *gpr(struct pt_regs *regs, int n)
{
	switch (n) {
	case 0: return &regs->ax;
	case 1: return &regs->cx;
	case 2: return &regs->dx;
	case 3: return &regs->bx;
	case 4: return &regs->sp;
	case 5: return &regs->bp;
	case 6: return &regs->si;
	case 7: return &regs->di;
	case 8: return &regs->r8;
	case 9: return &regs->r9;
	case 10: return &regs->r10;
	case 11: return &regs->r11;
	case 12: return &regs->r12;
	case 13: return &regs->r13;
	case 14: return &regs->r14;
	default: return &regs->r15;
	}
}

static void regs_get(struct pt_regs *regs, u64 r[16])
{
	int i;

	for (i = 0; i < 16; i++)
		r[i] = *gpr(regs, i);
}

static void regs_put(struct pt_regs *regs, const u64 r[16])
{
	int i;

	for (i = 0; i < 16; i++)
		if (i != 4)	/* never move the stack pointer */
			*gpr(regs, i) = r[i];
}

static u64 shadow_get(struct pciem_bar_state *s, u64 off, int size, bool *hit)
{
	u64 v = 0;
	u64 w;

	*hit = false;
	if (!s->shadow_map)
		return 0;
	for (w = off / 4; w <= (off + size - 1) / 4; w++)
		if (!test_bit(w, s->shadow_map))
			return 0;
	memcpy(&v, s->shadow + off, size);
	*hit = true;
	return v;
}

static void shadow_put(struct pciem_bar_state *s, u64 off, int size, u64 v)
{
	u64 w;

	if (!s->shadow_wt)
		return;
	for (w = off / 4; w <= (off + size - 1) / 4; w++)
		if (!test_bit(w, s->shadow_wt))
			return;
	memcpy(s->shadow + off, &v, size);
}

static u64 mmio_read(struct pciem_dev *pd, int bar, u64 off, int size)
{
	u64 mask = size == 8 ? ~0ULL : (1ULL << (8 * size)) - 1;
	struct pciem_bar_state *s = &pd->bars[bar];
	bool hit;
	u64 v;

	if (atomic_read(&pd->dead))
		return mask;
	if (pciem_msix_range(pd, bar, off)) {
		pciem_msix_access(pd, off, size, &v, false);
	} else {
		v = shadow_get(s, off, size, &hit);
		if (!hit)
			v = pciem_ring_read(pd, bar, off, size);
	}
	v &= mask;
	trace_pciem_mmio(pd->id, bar, off, size, v, false);
	return v;
}

static void mmio_write(struct pciem_dev *pd, int bar, u64 off, int size, u64 v)
{
	struct pciem_event ev = {
		.type = PCIEM_EV_MMIO_WRITE,
		.bar = bar,
		.size = size,
		.offset = off,
	};

	if (size < 8)
		v &= (1ULL << (8 * size)) - 1;
	ev.value = v;
	trace_pciem_mmio(pd->id, bar, off, size, v, true);
	if (atomic_read(&pd->dead))
		return;
	if (pciem_msix_range(pd, bar, off)) {
		pciem_msix_access(pd, off, size, &v, true);
		return;
	}
	shadow_put(&pd->bars[bar], off, size, v);
	pciem_ring_post(pd, &ev);
}

/* One access at a kernel virtual address that may or may not be trapped. */
static int access(unsigned long addr, int size, u64 *v, bool write)
{
	phys_addr_t phys = armed_phys(addr);
	struct pciem_dev *pd;
	int bar;

	if (!phys) {
		u64 probe = 0;

		/*
		 * Plain memory on the other side of a string copy.  It is the
		 * driver's own buffer; check it is mapped before writing.
		 */
		if (copy_from_kernel_nofault(&probe, (void *)addr, size))
			return -EFAULT;
		if (write)
			memcpy((void *)addr, v, size);
		else
			*v = probe;
		return 0;
	}
	pd = find_bar(phys, size, &bar);
	if (!pd) {
		/* armed page of a device that is gone: master abort */
		if (!write)
			*v = ~0ULL;
		return 0;
	}
	if (write)
		mmio_write(pd, bar, phys - pd->bars[bar].res.start, size, *v);
	else
		*v = mmio_read(pd, bar, phys - pd->bars[bar].res.start, size);
	return 0;
}

static int emulate_string(struct pt_regs *regs, struct pciem_insn *in,
			  u64 r[16])
{
	long step = (regs->flags & X86_EFLAGS_DF) ? -in->size : in->size;
	u64 count = in->rep ? r[1] : 1;
	u64 done = 0;
	u64 v;

	while (done < count && done * in->size < PCIEM_REP_CHUNK) {
		if (in->op == PCIEM_INSN_MOVS) {
			if (access(r[6], in->size, &v, false))
				return -EFAULT;
			r[6] += step;
		} else {
			v = r[0];
		}
		if (access(r[7], in->size, &v, true))
			return -EFAULT;
		r[7] += step;
		done++;
	}
	if (in->rep)
		r[1] -= done;
	/* an unfinished rep re-executes and faults again */
	return (in->rep && r[1]) ? 1 : 0;
}

/*
 * Last resort for an instruction we cannot emulate: back that page of the
 * mapping with a page of all-ones so the instruction completes like a
 * master abort (reads ~0, writes lost), and say so.  Never an oops.
 */
static struct page *abort_page;

static bool degrade(struct pt_regs *regs, unsigned long addr, const u8 *code,
		    unsigned int avail)
{
	unsigned int level;
	pte_t *pte = lookup_address(addr, &level);
	u64 v;

	if (!pte || level != PG_LEVEL_4K)
		return false;
	pr_err_ratelimited("pciem: cannot emulate the MMIO access at %pS (%*ph) to %#lx; that page now reads all-ones\n",
			   (void *)regs->ip, min(avail, 8u), code, addr);
	v = pte_val(*pte) & ~(PTE_PFN_MASK | _PAGE_PROTNONE);
	set_pte(pte, __pte(v | _PAGE_PRESENT |
			   ((u64)page_to_pfn(abort_page) << PAGE_SHIFT)));
	return true;
}

/* Returns true when the fault at @addr was ours and has been emulated. */
static bool pciem_trap_fault(struct pt_regs *regs, unsigned long addr)
{
	u8 code[15];
	struct pciem_insn in;
	unsigned int avail;
	struct pciem_dev *pd;
	phys_addr_t phys;
	u64 r[16], v;
	int bar, ret;

	phys = armed_phys(addr);
	if (!phys)
		return false;

	/* Instruction bytes may end at an unmapped page: take what exists. */
	for (avail = sizeof(code); avail; avail--)
		if (!copy_from_kernel_nofault(code, (void *)regs->ip, avail))
			break;
	if (!avail || pciem_insn_decode(code, avail, &in))
		return degrade(regs, addr, code, avail);
	regs_get(regs, r);

	if (in.op == PCIEM_INSN_MOVS || in.op == PCIEM_INSN_STOS) {
		ret = emulate_string(regs, &in, r);
		if (ret < 0)
			return degrade(regs, addr, code, avail);
		regs_put(regs, r);
		if (!ret)
			regs->ip += in.len;
		return true;
	}

	if (pciem_insn_ea(&in, r, regs->ip) != addr)
		return degrade(regs, addr, code, avail);
	pd = find_bar(phys, in.size, &bar);
	switch (in.op) {
	case PCIEM_INSN_LOAD:
		if (pd)
			v = mmio_read(pd, bar, phys - pd->bars[bar].res.start,
				      in.size);
		else
			v = ~0ULL;
		pciem_insn_load(&in, r, v);
		regs_put(regs, r);
		break;
	case PCIEM_INSN_STORE:
	case PCIEM_INSN_STORE_IMM:
		v = in.op == PCIEM_INSN_STORE ? pciem_insn_src(&in, r) : in.imm;
		if (pd)
			mmio_write(pd, bar, phys - pd->bars[bar].res.start,
				   in.size, v);
		break;
	default:
		return false;
	}
	regs->ip += in.len;
	return true;
}

/*
 * Entered instead of fixup_exception() once the fault is handled: returns
 * 1 ("fixed up") straight to its caller.
 */
static noinline notrace int pciem_fixup_done(void)
{
	return 1;
}

static int fixup_pre(struct kprobe *p, struct pt_regs *kregs)
{
	struct pt_regs *regs = (struct pt_regs *)kregs->di;
	unsigned long addr = kregs->cx;
	bool done;

	if ((int)kregs->si != X86_TRAP_PF || user_mode(regs))
		return 0;
	rcu_read_lock();
	done = pciem_trap_fault(regs, addr);
	rcu_read_unlock();
	if (!done)
		return 0;
	instruction_pointer_set(kregs, (unsigned long)pciem_fixup_done);
	return 1;
}

static struct kprobe fixup_probe = {
	.symbol_name = "fixup_exception",
	.pre_handler = fixup_pre,
};

int pciem_trap_init(void)
{
	int ret;

	abort_page = alloc_page(GFP_KERNEL);
	if (!abort_page)
		return -ENOMEM;
	memset(page_address(abort_page), 0xff, PAGE_SIZE);

	ret = register_kprobe(&fixup_probe);
	if (ret) {
		pr_err("pciem: cannot hook fixup_exception (%d); kprobes are required for trapped BARs\n",
		       ret);
		__free_page(abort_page);
		return ret;
	}
	ret = register_kretprobe(&arm_probe);
	if (ret) {
		pr_err("pciem: cannot hook ioremap_page_range (%d)\n", ret);
		unregister_kprobe(&fixup_probe);
		__free_page(abort_page);
	}
	return ret;
}

void pciem_trap_exit(void)
{
	unregister_kretprobe(&arm_probe);
	unregister_kprobe(&fixup_probe);
	__free_page(abort_page);
}
