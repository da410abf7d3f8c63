// SPDX-License-Identifier: MIT
/*
 * libpciem's contract beyond the model basics: descriptions checked as the
 * kernel checks them, errors when opening fails, silence on stderr, reads
 * answered later, and the test host's kernel-like interrupts and config.
 */
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "pciem/pciem.h"
#include "tap.h"
#include "desc_cases.h"

struct later {
	struct pciem_dev *dev;
	struct pciem_read_later r;
	int defer, deferred, timeouts;
	uint64_t wrote;
	int wrote_size;
};

static uint64_t l_read(void *ctx, int bar, uint64_t off, int size)
{
	struct later *l = ctx;

	(void)bar;
	(void)size;
	if (off == 0x10 && l->defer) {
		l->deferred = !pciem_read_defer(l->dev, &l->r);
		return 0xdead;	/* ignored once deferred */
	}
	return 0x1234;
}

static void l_write(void *ctx, int bar, uint64_t off, int size, uint64_t v)
{
	struct later *l = ctx;

	(void)bar;
	(void)off;
	l->wrote = v;
	l->wrote_size = size;
}

static void l_error(void *ctx, const struct pciem_event *ev)
{
	if (ev->type == PCIEM_EV_READ_TIMEOUT)
		((struct later *)ctx)->timeouts++;
}

static const struct pciem_ops l_ops = {
	.read = l_read, .write = l_write, .error = l_error,
};

static void *complete_later(void *arg)
{
	struct later *l = arg;

	usleep(20000);
	pciem_read_complete(l->dev, &l->r, 0xabcd5678);
	return NULL;
}

static void check_desc_cases(void)
{
	struct pciem_desc d;
	char why[256];
	size_t i;

	for (i = 0; i < sizeof(desc_cases) / sizeof(desc_cases[0]); i++) {
		const struct desc_case *c = &desc_cases[i];
		int ret;

		desc_base(&d);
		c->change(&d);
		why[0] = 0;
		ret = pciem_desc_check(&d, why, sizeof(why));
		if (!c->field[0])
			CHECK(ret == 0, "description %s is valid (%s)", c->what,
			      why);
		else
			CHECK(ret == -EINVAL && strstr(why, c->field),
			      "description %s refused naming %s: %s", c->what,
			      c->field, why);
	}
}

static void check_open_errors(void)
{
	struct pciem_desc d;
	char path[] = "/tmp/libpciem-stderr-XXXXXX";
	struct stat st;
	int fd = mkstemp(path), saved = dup(2);

	/* nothing on stderr, whatever fails */
	dup2(fd, 2);
	desc_base(&d);
	d.ring_entries = 1000;
	CHECK(!pciem_test_open(&d, NULL, NULL) && errno == EINVAL &&
	      strstr(pciem_error(NULL), "ring_entries"),
	      "failed open explains itself: %s", pciem_error(NULL));
	desc_base(&d);
	CHECK(!pciem_open(&d, NULL, NULL) || access("/dev/pciem", F_OK) == 0,
	      "open without /dev/pciem fails");
	if (access("/dev/pciem", F_OK))
		CHECK(strstr(pciem_error(NULL), "/dev/pciem") != NULL,
		      "and says so: %s", pciem_error(NULL));
	CHECK(!pciem_test_open(NULL, NULL, NULL) &&
	      strstr(pciem_error(NULL), "description"),
	      "no description: %s", pciem_error(NULL));
	fflush(stderr);
	dup2(saved, 2);
	close(saved);
	CHECK(!fstat(fd, &st) && st.st_size == 0,
	      "the library printed nothing to stderr");
	close(fd);
	unlink(path);
}

static void check_read_later(void)
{
	struct later l = { 0 };
	struct pciem_desc d;
	pthread_t t;
	uint64_t v;

	desc_base(&d);
	d.read_timeout_ms = 200;
	l.dev = pciem_test_open(&d, &l_ops, &l);
	CHECK(l.dev && !pciem_plug(l.dev), "deferring model plugs");
	if (!l.dev)
		return;
	CHECK(pciem_read_defer(l.dev, &l.r) == -EINVAL,
	      "defer outside a read callback refused: %s", pciem_error(l.dev));
	l.defer = 1;
	pthread_create(&t, NULL, complete_later, &l);
	/* the thread may start before the read: it sleeps 20 ms first */
	v = pciem_test_read(l.dev, 0, 0x10, 4);
	pthread_join(t, NULL);
	CHECK(l.deferred && v == 0xabcd5678,
	      "a read answered later from another thread: %#llx",
	      (unsigned long long)v);
	l.deferred = 0;
	v = pciem_test_read(l.dev, 0, 0x10, 2);
	CHECK(l.deferred && v == 0xffff && l.timeouts == 1,
	      "a read never answered times out to all-ones and reports it");
	l.defer = 0;
	CHECK(pciem_test_read(l.dev, 0, 0x14, 4) == 0x1234,
	      "later reads are answered at once again");
	pciem_test_write(l.dev, 0, 0x20, 1, 0x1122334455667788ULL);
	CHECK(l.wrote == 0x88 && l.wrote_size == 1,
	      "a byte write carries only its byte");
	pciem_close(l.dev);
}

static void check_host_irqs(void)
{
	struct pciem_desc d;
	struct pciem_dev *dev;

	desc_base(&d);
	pciem_desc_msi(&d, 1, 0);
	pciem_desc_msix(&d, 2, 0, 0x800, 0, 0xc00);
	d.intx_pin = 1;
	dev = pciem_test_open(&d, NULL, NULL);
	CHECK(dev && !pciem_plug(dev), "MSI/MSI-X/INTx device plugs");
	if (!dev)
		return;
	CHECK(!pciem_irq(dev, PCIEM_IRQ_AUTO, 1) &&
	      pciem_test_irqs(dev, PCIEM_IRQ_MSIX, 1) == 1,
	      "plugging enables MSI-X: AUTO sends MSI-X");
	CHECK(pciem_irq(dev, PCIEM_IRQ_MSI, 0) == -EINVAL,
	      "MSI refused while the driver uses MSI-X: %s", pciem_error(dev));
	CHECK(!pciem_test_irq_mode(dev, PCIEM_IRQ_MSI) &&
	      !pciem_irq(dev, PCIEM_IRQ_AUTO, 0) &&
	      pciem_test_irqs(dev, PCIEM_IRQ_MSI, 0) == 1,
	      "driver switched to MSI: AUTO sends MSI");
	pciem_test_config_write(dev, 0x52, 2, 0x0051);	/* QSIZE 32 */
	CHECK((pciem_test_config_read(dev, 0x52, 2) & 0x70) == 0,
	      "MSI QSIZE clamped to the declared vectors");
	CHECK(pciem_irq(dev, PCIEM_IRQ_MSI, 1) == -EINVAL,
	      "MSI vector past the enabled count refused");
	CHECK(pciem_irq(dev, PCIEM_IRQ_MSIX, 0) == -EINVAL,
	      "MSI-X refused once disabled");
	CHECK(!pciem_test_irq_mode(dev, PCIEM_IRQ_INTX_ASSERT) &&
	      !pciem_irq(dev, PCIEM_IRQ_AUTO, 0) && pciem_test_intx(dev) &&
	      pciem_test_irqs(dev, PCIEM_IRQ_INTX_ASSERT, 0) == 1,
	      "INTx only (pci=nomsi): AUTO asserts INTx");
	CHECK(pciem_test_config_read(dev, 0x06, 2) & 0x0008,
	      "status shows the interrupt");
	CHECK(!pciem_irq(dev, PCIEM_IRQ_INTX_DEASSERT, 0) &&
	      !pciem_test_intx(dev) &&
	      !(pciem_test_config_read(dev, 0x06, 2) & 0x0008),
	      "deassert drops the line and the status bit");
	CHECK(pciem_config_write(dev, 0x06, 2, 0x0100) == 0 &&
	      (pciem_test_config_read(dev, 0x06, 2) & 0x0100),
	      "the model sets an error status bit");
	pciem_test_config_write(dev, 0x06, 2, 0x0100);
	CHECK(!(pciem_test_config_read(dev, 0x06, 2) & 0x0100),
	      "the driver clears it by writing one");
	CHECK(pciem_config_write(dev, 0x00, 2, 0x1234) == -EPERM,
	      "the model cannot rewrite its IDs: %s", pciem_error(dev));
	pciem_close(dev);
}

int main(void)
{
	check_desc_cases();
	check_open_errors();
	check_read_later();
	check_host_irqs();
	printf("# %d failed\n", tap_failed);
	return !!tap_failed;
}
