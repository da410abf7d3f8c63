#!/bin/sh
# KMS conformance body: runs as root inside the VM (tests/vm/run).
# Runs kms-conformance on bochs (QEMU's own display) and, when the tree
# has it, on protopciem.  Every result line is prefixed with "@DRIVER ";
# "@DRIVER absent: why" says a driver could not be tested at all.
set -u
top=${PCIEM_TOP:?run me through tests/vm/run}
bin=$top/build/tests/kms/kms-conformance

run_suite() { # run_suite LABEL DRMNAME
	"$bin" -D "$2" >/tmp/kms-$1.out 2>/tmp/kms-$1.err
	rc=$?
	sed "s/^/@$1 /" /tmp/kms-$1.out
	if [ $rc = 2 ]; then
		echo "@$1 absent: $(head -1 /tmp/kms-$1.err)"
	fi
	sed "s/^/# $1: /" /tmp/kms-$1.err | head -20
}

# bochs: bound to QEMU's std VGA (1234:1111) if not already
if ! grep -qs bochs /sys/bus/pci/drivers/bochs-drm/*/uevent 2>/dev/null; then
	modprobe bochs 2>&1 | sed 's/^/# /'
fi
i=0
while [ ! -e /sys/bus/pci/drivers/bochs-drm ] && [ $i -lt 50 ]; do
	sleep 0.1
	i=$((i + 1))
done
run_suite bochs bochs-drm
