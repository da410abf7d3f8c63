// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * Faults that are not PCIem's must stay faults while pciem.ko is loaded.
 * Loaded with test=kfence: reads just outside a KFENCE object, which must
 * give a KFENCE report.  With test=np: a kernel page made not-present the
 * way set_memory_np() does must still fault (copy_from_kernel_nofault()
 * fails) instead of reading as a device.  Loading fails with -EIO when the
 * fault was swallowed.
 */
#include <linux/kfence.h>
#include <linux/delay.h>
#include <linux/module.h>
#include <linux/slab.h>
#include <linux/uaccess.h>
#include <linux/vmalloc.h>
#include <asm/tlbflush.h>

static char *test = "np";
module_param(test, charp, 0444);

static int pciem_faults_kfence(void)
{
#ifdef CONFIG_KFENCE
	const size_t size = 32;
	char *p = NULL;
	void *keep[64];
	int i, n = 0;

	/* sampling every millisecond, one of these lands in KFENCE */
	for (i = 0; i < 5000 && !p; i++) {
		char *q = kmalloc(size, GFP_KERNEL);

		if (q && is_kfence_address(q))
			p = q;
		else if (n < ARRAY_SIZE(keep))
			keep[n++] = q;
		else
			kfree(q);
		if (!p)
			usleep_range(1000, 2000);
	}
	while (n)
		kfree(keep[--n]);
	if (!p) {
		pr_err("pciem_faults: no KFENCE allocation\n");
		return -ENODEV;
	}
	/* the guard page is on the side the object touches */
	if (!(((unsigned long)p + size) & ~PAGE_MASK))
		(void)READ_ONCE(p[size]);
	else
		(void)READ_ONCE(p[-1]);
	kfree(p);
	return 0;
#else
	return -ENODEV;
#endif
}

static int pciem_faults_np(void)
{
	unsigned int level;
	pte_t *pte, old;
	u64 probe;
	int ret;
	u8 *page = vmalloc(PAGE_SIZE);

	if (!page)
		return -ENOMEM;
	page[0] = 1;
	pte = lookup_address((unsigned long)page, &level);
	if (!pte || level != PG_LEVEL_4K) {
		vfree(page);
		return -ENODEV;
	}
	/* what set_memory_np() leaves: the entry minus _PAGE_PRESENT */
	old = *pte;
	preempt_disable();
	set_pte(pte, __pte(pte_val(old) & ~_PAGE_PRESENT));
	__flush_tlb_all();	/* this CPU is the one that reads */
	ret = copy_from_kernel_nofault(&probe, page, sizeof(probe));
	set_pte(pte, old);
	preempt_enable();
	vfree(page);
	if (!ret) {
		pr_err("pciem_faults: a not-present page read %#llx without faulting\n",
		       probe);
		return -EIO;
	}
	pr_info("pciem_faults: a not-present page still faults\n");
	return 0;
}

static int __init pciem_faults_init(void)
{
	int ret = -EINVAL;

	if (!strcmp(test, "kfence"))
		ret = pciem_faults_kfence();
	else if (!strcmp(test, "np"))
		ret = pciem_faults_np();
	/* the test is done: do not stay loaded */
	return ret ? ret : -EAGAIN;
}

module_init(pciem_faults_init);
MODULE_DESCRIPTION("Faults that are not PCIem's stay faults");
MODULE_LICENSE("Dual MIT/GPL");
