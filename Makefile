# PCIem + ProtoPCIem top-level build.
#   make            build userspace and the kernel modules for each kernel
#   make check      install what is missing, then run every test suite
#   make demo       the card, its driver and DOOM in a VM (GAME=doom|doom-gl|quake|showcase, HOST=1)
#   make install    libpciem, the card, the GL driver, and both modules under DKMS
#   make uninstall  undo make install
#   make bench-framework   framework micro-benchmarks in the VM
#   make bench-gl   GL engine against Mesa's llvmpipe and softpipe
#   make bench-driver   the kernel driver in the VM: job latency, GL rate vs in-process, glxgears (KERNEL=6.12)
#   make piglit-gl  piglit's GL 1.x tests on our GLX next to llvmpipe
#   make fuzz-gl    fuzz the card's command stream (FUZZ_SECONDS=600)
#   make fuzz-framework   fuzz pciem.ko in the VM, each kernel (FUZZ_SECONDS=600)
#   make fuzz-drm   fuzz the render node's SUBMIT in the VM, each kernel (FUZZ_SECONDS=600)

PREFIX ?= /usr/local
DESTDIR ?=
export PREFIX DESTDIR
# the DKMS package's version
VERSION := 0.1.0

# Kernels we build modules for: every Debian 6.1 / 6.12 headers tree present.
KVERS ?= $(shell scripts/kernels list)

USERSPACE_DIRS := sdk/libpciem card driver/umd
MODULE_DIRS := $(shell cat tests/vm/modules 2>/dev/null)

.PHONY: all userspace modules check deps install uninstall demo bench-framework fuzz-gl fuzz-framework fuzz-drm bench-gl bench-driver bench-games piglit-gl clean

all: userspace modules

userspace:
	@for d in $(USERSPACE_DIRS); do \
		[ -f $$d/Makefile ] && $(MAKE) -C $$d || exit 1; done

modules:
	@for k in $(KVERS); do scripts/kbuild $$k $(MODULE_DIRS) || exit 1; done

deps:
	scripts/deps check

check: deps
	tests/run-all

install: userspace
	@for d in $(USERSPACE_DIRS); do \
		[ -f $$d/Makefile ] && $(MAKE) -C $$d install || exit 1; done
	scripts/dkms/install install $(VERSION)
	@[ -n "$(DESTDIR)" ] || ldconfig

uninstall:
	scripts/dkms/install uninstall $(VERSION)
	@for d in $(USERSPACE_DIRS); do \
		[ -f $$d/Makefile ] && $(MAKE) -C $$d uninstall || exit 1; done
	@[ -n "$(DESTDIR)" ] || ldconfig

# make demo [GAME=doom|doom-gl|quake|showcase] [HOST=1]: see games/demo/run
GAME ?= doom
demo:
	@games/demo/run --game "$(GAME)" $(if $(filter 1 yes,$(HOST)),--host)

bench-framework: deps
	tests/framework/bench

bench-gl: deps
	tests/bench-gl/run

KERNEL ?= 6.12
bench-driver: deps
	tests/drm/bench $(KERNEL)
bench-games: deps
	games/frames/bench

piglit-gl: deps
	tests/piglit/run

# Fuzz the card's command stream for FUZZ_SECONDS (default 600) under ASan.
FUZZ_SECONDS ?= 600
fuzz-gl: deps
	tests/fuzz/check --time $(FUZZ_SECONDS)

# Fuzz pciem.ko in the VM for FUZZ_SECONDS on each kernel, no splat allowed.
fuzz-framework: deps
	tests/framework/fuzz-check --time $(FUZZ_SECONDS)

# Mutated SUBMITs against the render node in the VM for FUZZ_SECONDS on each
# kernel, after the drm suite's own checks; no splat allowed.
fuzz-drm: deps
	DRM_FUZZ_SECONDS=$(FUZZ_SECONDS) tests/drm/check

clean:
	rm -rf build tests/out
	@for d in $(USERSPACE_DIRS); do \
		[ -f $$d/Makefile ] && $(MAKE) -C $$d clean; done; true
