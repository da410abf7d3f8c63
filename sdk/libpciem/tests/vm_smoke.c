// SPDX-License-Identifier: MIT
/*
 * libpciem against the real kernel module (run inside tests/vm/run):
 * a device is created, appears on the PCI bus, its memory BAR is RAM
 * shared with the host side, errors come back clearly, and closing it
 * removes it.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "pciem/pciem.h"
#include "tap.h"

static void on_map(void *ctx, const struct pciem_event *ev)
{
	(void)ctx;
	(void)ev;
}

static const struct pciem_ops map_ops = { .dma_map = on_map };

int main(void)
{
	struct pciem_desc d;
	struct pciem_dev *dev;
	char path[128], buf[64];
	uint32_t v = 0;
	uint8_t *ram, *host;
	struct stat st;
	int fd, n;

	pciem_desc_init(&d, 0x7065, 0x00aa, 0x058000);
	pciem_desc_bar(&d, 0, 0x1000, 0);
	pciem_desc_bar(&d, 2, 1 << 20, PCIEM_BAR_64BIT | PCIEM_BAR_MEMORY);
	pciem_desc_msix(&d, 4, 0, 0x800, 0, 0xc00);
	dev = pciem_open(&d, &map_ops, NULL);
	CHECK(dev != NULL, "pciem_open with DMA map events: %s",
	      dev ? "ok" : strerror(errno));
	if (!dev)
		return 1;
	CHECK(!pciem_plug(dev), "plug");
	CHECK(pciem_domain(dev) >= 0x10000, "private domain %#x",
	      pciem_domain(dev));
	snprintf(path, sizeof(path), "/sys/bus/pci/devices/%04x:00:00.0",
		 pciem_domain(dev));
	CHECK(!stat(path, &st), "%s exists", path);
	snprintf(path, sizeof(path),
		 "/sys/bus/pci/devices/%04x:00:00.0/vendor", pciem_domain(dev));
	fd = open(path, O_RDONLY);
	n = fd >= 0 ? read(fd, buf, sizeof(buf) - 1) : -1;
	buf[n > 0 ? n : 0] = 0;
	buf[strcspn(buf, "\n")] = 0;
	if (fd >= 0)
		close(fd);
	CHECK(!strncmp(buf, "0x7065", 6), "sysfs vendor %s", buf);
	CHECK(!pciem_config_read(dev, 2, 2, &v) && v == 0x00aa,
	      "config read through the library");

	ram = pciem_bar(dev, 2);
	CHECK(ram != NULL, "memory BAR mapped in the model");
	snprintf(path, sizeof(path),
		 "/sys/bus/pci/devices/%04x:00:00.0/resource2",
		 pciem_domain(dev));
	fd = open(path, O_RDWR);
	host = fd >= 0 ? mmap(NULL, 1 << 20, PROT_READ | PROT_WRITE,
			      MAP_SHARED, fd, 0) : MAP_FAILED;
	CHECK(host != MAP_FAILED, "host side maps the memory BAR");
	if (ram && host != MAP_FAILED) {
		memcpy(ram + 4096, "written by the model", 21);
		CHECK(!memcmp(host + 4096, "written by the model", 21),
		      "the host sees what the model wrote");
		memcpy(host + 8192, "written by the host", 20);
		CHECK(!memcmp(ram + 8192, "written by the host", 20),
		      "the model sees what the host wrote");
		munmap(host, 1 << 20);
	}
	if (fd >= 0)
		close(fd);

	CHECK(pciem_irq(dev, PCIEM_IRQ_MSIX, 0) == -EINVAL,
	      "MSI-X before the driver enabled it: %s", pciem_error(dev));
	CHECK(pciem_dma_write(dev, 0x1000, "x", 1) == -EPERM,
	      "DMA without bus mastering: %s", pciem_error(dev));
	{
		struct pciem_dma_vec seg = { 0x1000, 4 };
		struct iovec iov = { buf, 4 };

		CHECK(pciem_dma_readv(dev, &seg, 1, &iov, 1) == -EPERM,
		      "scatter-gather DMA without bus mastering: %s",
		      pciem_error(dev));
		iov.iov_len = 5;
		CHECK(pciem_dma_readv(dev, &seg, 1, &iov, 1) == -EINVAL,
		      "scatter-gather DMA, totals differ: %s",
		      pciem_error(dev));
	}
	snprintf(path, sizeof(path), "/sys/bus/pci/devices/%04x:00:00.0",
		 pciem_domain(dev));
	pciem_close(dev);
	usleep(200000);
	CHECK(stat(path, &st) && errno == ENOENT, "closing removes the device");
	printf("# %d failed\n", tap_failed);
	return !!tap_failed;
}
