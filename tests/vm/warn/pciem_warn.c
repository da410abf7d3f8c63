// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * A module that WARNs on load: proves the VM harness fails a run whose
 * guest kernel logged a splat, even when the command itself succeeded.
 */
#include <linux/bug.h>
#include <linux/module.h>

static int __init pciem_warn_init(void)
{
	WARN(1, "pciem_warn: deliberate warning for the harness test\n");
	return 0;
}

static void __exit pciem_warn_exit(void)
{
}

module_init(pciem_warn_init);
module_exit(pciem_warn_exit);
MODULE_DESCRIPTION("Deliberately WARNing module for the VM harness test");
MODULE_LICENSE("Dual MIT/GPL");
