// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * Trapped register BARs.
 *
 * Register BARs live at physical addresses with nothing behind them.  When
 * any ioremap variant maps such a range (they all end in
 * ioremap_page_range()), the mapping is recorded in a registry and its
 * PTEs are created not-present but PROTNONE: the CPU faults on every
 * access, while the page-table code still sees a present mapping, so
 * iounmap() tears it down normally.
 *
 * A kernel-mode fault has no exception-table entry here, so it reaches
 * fixup_exception().  A kprobe there checks the registry (a not-present
 * entry alone may be KFENCE's or set_memory_np()'s) and sends execution to
 * pciem_fixup() instead, which decodes the faulting instruction with our
 * own decoder, turns it into MMIO events for the model (or answers it from
 * a shadow or the MSI-X table), updates the registers, skips the
 * instruction and reports the fault as handled.  Being outside the kprobe,
 * it may sleep while the model answers when the trapped context could.
 * Devices are looked up under RCU.
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/kprobes.h>
#include <linux/ftrace.h>
#include <linux/kallsyms.h>
#include <linux/rcupdate.h>
#include <linux/sched.h>
#include <asm/trap_pf.h>
#include <linux/uaccess.h>
#include <asm/pgtable.h>
#include <asm/trapnr.h>

#include "pciem.h"
#include "pciem_insn.h"
#include "pciem_trace.h"

/* Largest rep movs/stos chunk emulated per fault; the rest re-faults. */
#define PCIEM_REP_CHUNK		4096

/* Find the device and register BAR holding a physical address. */
static struct pciem_dev *pciem_find_bar(phys_addr_t phys, int len, int *bar)
{
	int i, b;

	for (i = 0; i < PCIEM_MAX_DEVICES; i++) {
		struct pciem_dev *pd = rcu_dereference(pciem_devices[i]);

		if (!pd || !READ_ONCE(pd->plugged))
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

static bool pciem_range_trapped(phys_addr_t phys, unsigned long len)
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

/* ---- the registry of armed mappings ---- */

/*
 * Each ioremap of a register BAR we armed, found by virtual address.  A
 * not-present kernel PTE alone does not say it is ours: KFENCE guard
 * pages and set_memory_np() leave the same bits.
 */
struct pciem_armed {
	struct list_head node;
	unsigned long start, end;	/* virtual */
	phys_addr_t phys;		/* at start */
	struct rcu_head rcu;
};

static LIST_HEAD(pciem_armed_list);
static DEFINE_SPINLOCK(pciem_armed_lock);

/* Under RCU: the physical address we armed at @addr, or 0. */
static phys_addr_t pciem_armed_lookup(unsigned long addr)
{
	struct pciem_armed *a;

	list_for_each_entry_rcu(a, &pciem_armed_list, node)
		if (addr >= a->start && addr < a->end)
			return a->phys + (addr - a->start);
	return 0;
}

static void pciem_armed_remove(unsigned long start, unsigned long end)
{
	struct pciem_armed *a, *n;
	unsigned long flags;

	spin_lock_irqsave(&pciem_armed_lock, flags);
	list_for_each_entry_safe(a, n, &pciem_armed_list, node) {
		if (a->start < end && start < a->end) {
			list_del_rcu(&a->node);
			kfree_rcu(a, rcu);
		}
	}
	spin_unlock_irqrestore(&pciem_armed_lock, flags);
}

static int pciem_armed_add(unsigned long start, unsigned long end,
			   phys_addr_t phys)
{
	struct pciem_armed *a = kzalloc(sizeof(*a), GFP_ATOMIC);
	unsigned long flags;

	if (!a)
		return -ENOMEM;
	a->start = start;
	a->end = end;
	a->phys = phys;
	/* an older entry for this range belongs to a mapping now gone */
	pciem_armed_remove(start, end);
	spin_lock_irqsave(&pciem_armed_lock, flags);
	list_add_rcu(&a->node, &pciem_armed_list);
	spin_unlock_irqrestore(&pciem_armed_lock, flags);
	return 0;
}

static bool pciem_pte_armed(u64 v)
{
	return (v & (_PAGE_PRESENT | _PAGE_PROTNONE)) == _PAGE_PROTNONE;
}

/* The physical address an armed entry encodes (its PFN is inverted). */
static phys_addr_t pciem_pte_phys(u64 v, unsigned int level,
				  unsigned long addr)
{
	unsigned long mask = page_level_mask(level);

	v ^= protnone_mask(v);
	return ((v & PTE_PFN_MASK) & mask) | (addr & ~mask);
}

/* ---- arming at ioremap time ---- */

/*
 * ioremap_page_range(addr, end, phys, prot) of a register BAR is given a
 * not-present PROTNONE prot at entry, so its PTEs are never present: no
 * translation of the empty physical range can reach a TLB, and pfn_pte()
 * stores the PFN inverted, as the kernel does for every not-present entry
 * (L1TF).  The page-table code still counts PROTNONE entries as present,
 * so iounmap() tears them down normally.
 */
static int pciem_arm_pre(struct kprobe *p, struct pt_regs *regs)
{
	unsigned long addr = regs->di, end = regs->si;
	phys_addr_t phys = regs->dx;
	bool ours;

	if (end <= addr)
		return 0;
	rcu_read_lock();
	ours = pciem_range_trapped(phys, end - addr);
	rcu_read_unlock();
	if (!ours)
		return 0;
	/*
	 * Should the mapping fail, the entry stays until its range is
	 * mapped again; it is harmless, faults are checked against the PTE.
	 */
	if (pciem_armed_add(addr, end, phys)) {
		pr_err_ratelimited("out of memory arming the mapping of %pa; it reads as empty bus space\n",
				   &phys);
		return 0;
	}
	regs->cx = (regs->cx & ~_PAGE_PRESENT) | _PAGE_PROTNONE;
	return 0;
}

/* the probes change registers: never optimized into jumps */
static void pciem_probe_post(struct kprobe *p, struct pt_regs *regs,
			     unsigned long flags)
{
}

static struct kprobe pciem_arm_probe = {
	.symbol_name = "ioremap_page_range",
	.pre_handler = pciem_arm_pre,
	.post_handler = pciem_probe_post,
};

/* iounmap() of an armed mapping: forget it. */
static int pciem_unmap_pre(struct kprobe *p, struct pt_regs *regs)
{
	unsigned long addr = regs->di & PAGE_MASK;
	bool ours;

	rcu_read_lock();
	ours = pciem_armed_lookup(addr);
	rcu_read_unlock();
	if (ours)
		pciem_armed_remove(addr, addr + 1);
	return 0;
}

static struct kprobe pciem_unmap_probe = {
	.symbol_name = "iounmap",
	.pre_handler = pciem_unmap_pre,
	.post_handler = pciem_probe_post,
};

/* ---- emulation at fault time ---- */

static unsigned long *pciem_gpr(struct pt_regs *regs, int n)
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

static void pciem_regs_get(struct pt_regs *regs, u64 r[16])
{
	int i;

	for (i = 0; i < 16; i++)
		r[i] = *pciem_gpr(regs, i);
}

static void pciem_regs_put(struct pt_regs *regs, const u64 r[16])
{
	int i;

	for (i = 0; i < 16; i++)
		if (i != 4)	/* never move the stack pointer */
			*pciem_gpr(regs, i) = r[i];
}

static u64 pciem_shadow_get(struct pciem_bar_state *s, u64 off, int size, bool *hit)
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

static void pciem_shadow_put(struct pciem_bar_state *s, u64 off, int size, u64 v)
{
	u64 w;

	if (!s->shadow_wt)
		return;
	for (w = off / 4; w <= (off + size - 1) / 4; w++)
		if (!test_bit(w, s->shadow_wt))
			return;
	memcpy(s->shadow + off, &v, size);
}

/* What one trapped instruction's emulation needs to know. */
struct pciem_ctx {
	bool may_sleep;		/* waits may sleep */
	bool aborted;		/* a wait ran out: the rest is all-ones */
};

/*
 * The device behind @phys, held for the access: by RCU where the context
 * cannot sleep, by a reference where the wait may sleep.
 */
static struct pciem_dev *pciem_dev_hold(phys_addr_t phys, int len, int *bar,
					bool may_sleep)
{
	struct pciem_dev *pd;

	rcu_read_lock();
	pd = pciem_find_bar(phys, len, bar);
	if (may_sleep) {
		if (pd && !kref_get_unless_zero(&pd->ref))
			pd = NULL;
		rcu_read_unlock();
	}
	return pd;
}

static void pciem_dev_unhold(struct pciem_dev *pd, bool may_sleep)
{
	if (!may_sleep)
		rcu_read_unlock();
	else if (pd)
		pciem_dev_put(pd);
}

static u64 pciem_mmio_read(struct pciem_dev *pd, int bar, u64 off, int size,
			   struct pciem_ctx *ctx)
{
	u64 mask = size == 8 ? ~0ULL : (1ULL << (8 * size)) - 1;
	struct pciem_bar_state *s = &pd->bars[bar];
	bool hit;
	u64 v;

	if (ctx->aborted || atomic_read(&pd->dead))
		return mask;
	if (pciem_msix_range(pd, bar, off)) {
		pciem_msix_access(pd, off, size, &v, false);
	} else {
		v = pciem_shadow_get(s, off, size, &hit);
		if (!hit && pciem_ring_read(pd, bar, off, size, ctx->may_sleep,
					    &v))
			ctx->aborted = true;
	}
	v &= mask;
	trace_pciem_mmio(pd->id, bar, off, size, v, false);
	return v;
}

static void pciem_mmio_write(struct pciem_dev *pd, int bar, u64 off, int size,
			     u64 v, struct pciem_ctx *ctx)
{
	struct pciem_event ev = {
		.type = PCIEM_EV_MMIO_WRITE,
		.bar = bar,
		.size = size,
		.offset = off,
	};

	/* rep stos carries all of RAX: only the access width is written */
	if (size < 8)
		v &= (1ULL << (8 * size)) - 1;
	ev.value = v;
	trace_pciem_mmio(pd->id, bar, off, size, v, true);
	if (ctx->aborted || atomic_read(&pd->dead))
		return;
	if (pciem_msix_range(pd, bar, off)) {
		pciem_msix_access(pd, off, size, &v, true);
		return;
	}
	pciem_shadow_put(&pd->bars[bar], off, size, v);
	if (pciem_ring_post_wait(pd, &ev, ctx->may_sleep))
		ctx->aborted = true;
}

/* One access at a kernel virtual address that may or may not be trapped. */
static int pciem_access(unsigned long addr, int size, u64 *v, bool write,
			struct pciem_ctx *ctx)
{
	phys_addr_t phys;
	struct pciem_dev *pd;
	int bar;

	rcu_read_lock();
	phys = pciem_armed_lookup(addr);
	rcu_read_unlock();
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
	pd = pciem_dev_hold(phys, size, &bar, ctx->may_sleep);
	if (!pd) {
		/* armed page of a device that is gone: master abort */
		if (!write)
			*v = ~0ULL;
	} else if (write) {
		pciem_mmio_write(pd, bar, phys - pd->bars[bar].res.start, size,
				 *v, ctx);
	} else {
		*v = pciem_mmio_read(pd, bar, phys - pd->bars[bar].res.start,
				     size, ctx);
	}
	pciem_dev_unhold(pd, ctx->may_sleep);
	return 0;
}

/*
 * rep movs/stos in slices of PCIEM_REP_CHUNK bytes; an unfinished rep
 * re-executes and faults again.  Once a wait ran out, the rest of the
 * instruction completes at once without the model: reads are all-ones,
 * device writes are lost, so a stopped model costs one timeout per
 * instruction, not one per element.
 */
static int pciem_emulate_string(struct pt_regs *regs, struct pciem_insn *in,
				u64 r[16], struct pciem_ctx *ctx)
{
	long step = (regs->flags & X86_EFLAGS_DF) ? -in->size : in->size;
	u64 count = in->rep ? r[1] : 1;
	u64 done = 0;
	u64 v;

	while (done < count &&
	       (ctx->aborted || done * in->size < PCIEM_REP_CHUNK)) {
		if (in->op == PCIEM_INSN_MOVS) {
			if (pciem_access(r[6], in->size, &v, false, ctx))
				return -EFAULT;
			r[6] += step;
		} else {
			v = r[0];
		}
		if (pciem_access(r[7], in->size, &v, true, ctx))
			return -EFAULT;
		r[7] += step;
		done++;
		if (ctx->may_sleep && !(done & 1023))
			cond_resched();
	}
	if (in->rep)
		r[1] -= done;
	return (in->rep && r[1]) ? 1 : 0;
}

/*
 * Last resort for an instruction we cannot decode: back that page of the
 * mapping with ordinary memory so the instruction completes like a master
 * abort, and say so.  Reads see a read-only page of all-ones; a write
 * needs a writable page, the sink, whose contents are then undefined.
 * Both are mapped write-back, as the direct map maps them.  A 2 MiB armed
 * entry is first split into armed 4 KiB entries.  Entries are replaced by
 * cmpxchg, so a racing iounmap() wins and nothing is written over it.
 */
static struct page *pciem_abort_page;
static struct page *pciem_sink_page;
static DEFINE_SPINLOCK(pciem_degrade_lock);

static bool pciem_split_pmd(pte_t *pmdp, unsigned long addr)
{
	u64 old = pte_val(*pmdp), flags;
	phys_addr_t base;
	pte_t *table;
	int i;

	if (!pciem_pte_armed(old))
		return false;
	table = (pte_t *)get_zeroed_page(GFP_ATOMIC);
	if (!table)
		return false;
	base = pciem_pte_phys(old, PG_LEVEL_2M, addr & PMD_MASK);
	flags = (old & (_PAGE_RW | _PAGE_PCD | _PAGE_PWT | _PAGE_NX)) |
		_PAGE_PROTNONE;
	for (i = 0; i < PTRS_PER_PTE; i++)
		table[i] = pfn_pte((base >> PAGE_SHIFT) + i, __pgprot(flags));
	/* not-present to present: no TLB can hold the old entry */
	if (cmpxchg64(&pmdp->pte, old, __pa(table) | _KERNPG_TABLE) != old) {
		free_page((unsigned long)table);
		return false;
	}
	return true;
}

static bool pciem_degrade(struct pt_regs *regs, unsigned long addr,
			  const u8 *code, unsigned int avail, bool write)
{
	struct page *page = write ? pciem_sink_page : pciem_abort_page;
	pgprot_t prot = write ? PAGE_KERNEL : PAGE_KERNEL_RO;
	unsigned long flags;
	unsigned int level;
	bool done = false;
	pte_t *pte;
	u64 old;

	spin_lock_irqsave(&pciem_degrade_lock, flags);
	pte = lookup_address(addr, &level);
	if (pte && level == PG_LEVEL_2M) {
		if (pciem_split_pmd(pte, addr))
			pte = lookup_address(addr, &level);
		else
			pte = NULL;
	}
	if (pte && level == PG_LEVEL_4K) {
		old = pte_val(*pte);
		/* armed, or the read-only page a write now needs replaced */
		if (pciem_pte_armed(old) ||
		    (write && (old & _PAGE_PRESENT) &&
		     pte_pfn(__pte(old)) == page_to_pfn(pciem_abort_page)))
			done = cmpxchg64(&pte->pte, old,
					 pte_val(pfn_pte(page_to_pfn(page),
							 pgprot_nx(prot)))) == old;
	}
	spin_unlock_irqrestore(&pciem_degrade_lock, flags);
	if (!done) {
		pr_err_ratelimited("cannot emulate the MMIO access at %pS (%*ph) to %#lx, nor back it with memory\n",
				   (void *)regs->ip, min(avail, 8u), code, addr);
		return false;
	}
	/*
	 * No flush: a not-present entry is never cached, and a CPU still
	 * holding the read-only one takes a spurious fault and walks again.
	 */
	pr_err_ratelimited("cannot emulate the MMIO access at %pS (%*ph) to %#lx; that page now reads %s\n",
			   (void *)regs->ip, min(avail, 8u), code, addr,
			   write ? "undefined data" : "all-ones");
	return true;
}

/*
 * Is a fault at @addr ours?  Only in a mapping we armed, on an entry that
 * is still armed for the address we recorded, or (a write) on the
 * read-only all-ones page of a degraded page.  Returns the physical
 * address, with the entry in *@entry.
 */
static phys_addr_t pciem_fault_ours(unsigned long addr, bool write,
				    u64 *entry)
{
	unsigned int level;
	phys_addr_t phys;
	pte_t *pte;
	u64 v;

	rcu_read_lock();
	phys = pciem_armed_lookup(addr);
	rcu_read_unlock();
	pte = lookup_address(addr, &level);
	if (!phys || !pte)
		return 0;
	v = pte_val(*pte);
	*entry = v;
	if (v & _PAGE_PRESENT) {
		if (!write || pte_pfn(__pte(v)) != page_to_pfn(pciem_abort_page))
			return 0;
	} else if (!pciem_pte_armed(v) ||
		   pciem_pte_phys(v, level, addr) != phys) {
		return 0;
	}
	return phys;
}

/* Returns true when the fault at @addr was ours and has been emulated. */
static bool pciem_trap_fault(struct pt_regs *regs, unsigned long error_code,
			     unsigned long addr, bool may_sleep)
{
	struct pciem_ctx ctx = { .may_sleep = may_sleep };
	bool write = error_code & X86_PF_WRITE;
	u8 code[15];
	struct pciem_insn in;
	unsigned int avail;
	struct pciem_dev *pd;
	phys_addr_t phys;
	u64 r[16], v;
	int bar, ret;

	phys = pciem_fault_ours(addr, write, &v);
	if (!phys)
		return false;

	/* Instruction bytes may end at an unmapped page: take what exists. */
	for (avail = sizeof(code); avail; avail--)
		if (!copy_from_kernel_nofault(code, (void *)regs->ip, avail))
			break;
	if (!avail || pciem_insn_decode(code, avail, &in))
		return pciem_degrade(regs, addr, code, avail, write);
	pciem_regs_get(regs, r);

	if (v & _PAGE_PRESENT) {
		/* master abort: the write is lost */
		if (in.op == PCIEM_INSN_MOVS || in.op == PCIEM_INSN_STOS)
			return pciem_degrade(regs, addr, code, avail, write);
		regs->ip += in.len;
		return true;
	}

	if (in.op == PCIEM_INSN_MOVS || in.op == PCIEM_INSN_STOS) {
		ret = pciem_emulate_string(regs, &in, r, &ctx);
		if (ret < 0)
			return pciem_degrade(regs, addr, code, avail, write);
		pciem_regs_put(regs, r);
		if (!ret)
			regs->ip += in.len;
		return true;
	}

	if (pciem_insn_ea(&in, r, regs->ip) != addr)
		return pciem_degrade(regs, addr, code, avail, write);
	switch (in.op) {
	case PCIEM_INSN_LOAD:
		pd = pciem_dev_hold(phys, in.size, &bar, may_sleep);
		if (pd)
			v = pciem_mmio_read(pd, bar,
					    phys - pd->bars[bar].res.start,
					    in.size, &ctx);
		else
			v = ~0ULL;
		pciem_dev_unhold(pd, may_sleep);
		pciem_insn_load(&in, r, v);
		pciem_regs_put(regs, r);
		break;
	case PCIEM_INSN_STORE:
	case PCIEM_INSN_STORE_IMM:
		v = in.op == PCIEM_INSN_STORE ? pciem_insn_src(&in, r) : in.imm;
		pd = pciem_dev_hold(phys, in.size, &bar, may_sleep);
		if (pd)
			pciem_mmio_write(pd, bar,
					 phys - pd->bars[bar].res.start,
					 in.size, v, &ctx);
		pciem_dev_unhold(pd, may_sleep);
		break;
	default:
		return false;
	}
	regs->ip += in.len;
	return true;
}

/* ---- the hook in fixup_exception() ---- */

/*
 * May the trapped context sleep while the model answers?  Only if it had
 * interrupts on and held nothing that forbids sleeping: no preemption or
 * softirq disabling, no spinlock, no RCU reader, no pagefault_disable().
 */
static bool pciem_may_sleep(struct pt_regs *regs)
{
	return (regs->flags & X86_EFLAGS_IF) && !preempt_count() &&
	       !rcu_preempt_depth() && !pagefault_disabled() &&
	       !is_idle_task(current) && rcu_is_watching() &&
	       !oops_in_progress;
}

/*
 * Runs instead of fixup_exception(), with its arguments, once the kprobe
 * saw a fault in an armed mapping.  Being outside the kprobe, it may
 * enable interrupts and sleep when the trapped context could, as the
 * kernel's own page fault handler does for user addresses.
 */
static noinline int pciem_fixup(struct pt_regs *regs, int trapnr,
				unsigned long error_code,
				unsigned long fault_addr)
{
	bool may_sleep = pciem_may_sleep(regs);
	bool done;

	if (may_sleep)
		local_irq_enable();
	done = pciem_trap_fault(regs, error_code, fault_addr, may_sleep);
	if (may_sleep)
		local_irq_disable();
	/* 0: neither emulated nor backed by memory, the kernel oopses */
	return done;
}

NOKPROBE_SYMBOL(pciem_fixup);

static int pciem_fixup_pre(struct kprobe *p, struct pt_regs *kregs)
{
	struct pt_regs *regs = (struct pt_regs *)kregs->di;
	u64 v;

	if ((int)kregs->si != X86_TRAP_PF || user_mode(regs) ||
	    !pciem_fault_ours(kregs->cx, kregs->dx & X86_PF_WRITE, &v))
		return 0;
	instruction_pointer_set(kregs, (unsigned long)pciem_fixup);
	return 1;
}

static struct kprobe pciem_fixup_probe = {
	.symbol_name = "fixup_exception",
	.pre_handler = pciem_fixup_pre,
	.post_handler = pciem_probe_post,
};

/*
 * Hook a function behind its ftrace call site, with a breakpoint: a probe
 * on the call site itself is an ftrace callback, which stops firing when
 * ftrace is switched off (sysctl kernel.ftrace_enabled=0).  The arguments
 * are still in their registers there.  A kprobe that changes registers
 * must not be optimized into a jump (the change would be ignored); the
 * post_handler prevents that.
 */
static int pciem_hook(struct kprobe *p)
{
	struct kprobe tmpl = *p;
	char sym[KSYM_SYMBOL_LEN];
	unsigned long off;
	const char *plus;
	int ret;

	ret = register_kprobe(p);
	if (ret || !(p->flags & KPROBE_FLAG_FTRACE))
		return ret;
	/* where the ftrace site is: after an ENDBR, or its NOP, or at +0 */
	sprint_symbol(sym, (unsigned long)p->addr);
	plus = strchr(sym, '+');
	if (!plus || sscanf(plus, "+%lx/", &off) != 1)
		return 0;
	unregister_kprobe(p);
	*p = tmpl;
	p->offset = off + MCOUNT_INSN_SIZE;
	ret = register_kprobe(p);
	if (!ret)
		return 0;
	pr_warn("cannot hook %s behind its ftrace site (%d); trapped BARs stop working if ftrace is switched off\n",
		tmpl.symbol_name, ret);
	*p = tmpl;
	return register_kprobe(p);
}

static struct page *pciem_page_filled(int byte)
{
	struct page *page = alloc_page(GFP_KERNEL);

	if (page)
		memset(page_address(page), byte, PAGE_SIZE);
	return page;
}

int pciem_trap_init(void)
{
	int ret;

	pciem_abort_page = pciem_page_filled(0xff);
	pciem_sink_page = pciem_page_filled(0xff);
	if (!pciem_abort_page || !pciem_sink_page) {
		ret = -ENOMEM;
		goto err_pages;
	}
	ret = pciem_hook(&pciem_fixup_probe);
	if (ret) {
		pr_err("cannot hook fixup_exception (%d); kprobes are required for trapped BARs\n",
		       ret);
		goto err_pages;
	}
	ret = pciem_hook(&pciem_unmap_probe);
	if (ret) {
		pr_err("cannot hook iounmap (%d)\n", ret);
		goto err_fixup;
	}
	ret = pciem_hook(&pciem_arm_probe);
	if (ret) {
		pr_err("cannot hook ioremap_page_range (%d)\n", ret);
		goto err_unmap;
	}
	return 0;

err_unmap:
	unregister_kprobe(&pciem_unmap_probe);
err_fixup:
	unregister_kprobe(&pciem_fixup_probe);
err_pages:
	if (pciem_sink_page)
		__free_page(pciem_sink_page);
	if (pciem_abort_page)
		__free_page(pciem_abort_page);
	return ret;
}

void pciem_trap_exit(void)
{
	unregister_kprobe(&pciem_arm_probe);
	unregister_kprobe(&pciem_unmap_probe);
	unregister_kprobe(&pciem_fixup_probe);
	pciem_armed_remove(0, ULONG_MAX);
	rcu_barrier();
	__free_page(pciem_sink_page);
	__free_page(pciem_abort_page);
}
