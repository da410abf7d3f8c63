#!/bin/sh
# KMS conformance body: runs as root inside the VM (tests/vm/run).
# Runs kms-conformance on bochs (QEMU's own display) and, when the tree
# has it, on protopciem.  Every result line is prefixed with "@DRIVER ";
# "@DRIVER absent: why" says a driver could not be tested at all.
set -u
top=${PCIEM_TOP:?run me through tests/vm/run}
bin=$top/build/tests/kms/kms-conformance

run_suite() { # run_suite LABEL DRMNAME
	o=/tmp/kms-$1
	# a hung ioctl must not eat the whole VM timeout
	timeout -k 5 300 "$bin" -D "$2" >"$o.out" 2>"$o.err"
	rc=$?
	sed "s/^/@$1 /" "$o.out"
	case $rc in
	0 | 1) ;;
	2) echo "@$1 absent: $(head -1 "$o.err")" ;;
	*) echo "@$1 crashed: kms-conformance died with status $rc" ;;
	esac
	sed "s/^/# $1: /" "$o.err" | head -20
}

# bochs: bound to QEMU's std VGA (1234:1111) if not already
# (nothing loads modules in this VM by itself)
[ -e /sys/bus/pci/drivers/bochs-drm ] || modprobe bochs 2>&1 | sed 's/^/# /'
i=0
while [ ! -e /sys/bus/pci/drivers/bochs-drm ] && [ $i -lt 50 ]; do
	sleep 0.1
	i=$((i + 1))
done
run_suite bochs bochs-drm

# protopciem: our card model and driver, when this tree has them
card=$top/build/card/protopciem-card
ko=$PCIEM_BUILD/driver/kmd/protopciem_driver.ko
if [ ! -x "$card" ] || [ ! -e "$ko" ]; then
	echo "@protopciem notbuilt: no $(basename "$card") or $(basename "$ko") in this tree"
	exit 0
fi
# the driver's helpers come with bochs (gpu-sched does not); loaded here
for m in drm_kms_helper drm_ttm_helper drm_vram_helper gpu-sched; do
	modprobe "$m" 2>/dev/null
done
if ! "$top/tests/vm/load" framework/pciem.ko >/tmp/kms-load.out 2>&1; then
	echo "@protopciem absent: pciem.ko did not load: $(tail -1 /tmp/kms-load.out)"
	exit 0
fi
"$card" --headless >/tmp/kms-card.out 2>&1 &
cpid=$!
i=0
while ! grep -q '^ready' /tmp/kms-card.out 2>/dev/null; do
	i=$((i + 1))
	if [ $i -gt 300 ] || ! kill -0 $cpid 2>/dev/null; then
		echo "@protopciem absent: the card did not get ready: $(tail -1 /tmp/kms-card.out)"
		exit 0
	fi
	sleep 0.1
done
if ! insmod "$ko" 2>/tmp/kms-load.out; then
	echo "@protopciem absent: insmod failed: $(tail -1 /tmp/kms-load.out)"
	exit 0
fi
# the card node appears once probe has registered the DRM device
i=0
until grep -qs '^DRIVER=protopciem' /sys/class/drm/card*/device/uevent; do
	i=$((i + 1))
	if [ $i -gt 100 ]; then
		echo "@protopciem absent: no DRM device bound to protopciem"
		exit 0
	fi
	sleep 0.1
done
run_suite protopciem protopciem
# unbind before the card goes, so the VM powers off with nothing pending
rmmod protopciem_driver 2>&1 | sed 's/^/# /'
kill $cpid 2>/dev/null
wait $cpid 2>/dev/null
exit 0
