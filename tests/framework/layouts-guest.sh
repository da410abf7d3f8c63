#!/bin/sh
# BAR layouts, bus lifetime and shared_ram checks: runs as root inside
# the VM (tests/framework/layouts-check).  Prints TAP lines.
set -u
top=${PCIEM_TOP:?run me through tests/vm/run}
bin=$top/build/tests/framework
failed=0

ok() { echo "ok - $*"; }
nok() { echo "not ok - $*"; failed=$((failed + 1)); }

if "$top/tests/vm/load" framework/pciem.ko; then ok "pciem.ko loads"
else nok "pciem.ko loads"; exit 1; fi
if "$top/tests/vm/load" tests/framework/driver/pciem_layouts.ko; then
	ok "layout driver loads"
else nok "layout driver loads"; exit 1; fi

# Every BAR layout: 1-6 BARs, register and memory, 32/64-bit (a 64-bit
# BAR takes two slots), sizes that make neighbours contiguous and not.
# PCIEM_LAYOUTS: more layouts, split at spaces
# shellcheck disable=SC2086
"$bin/pciem-layouts" ${PCIEM_LAYOUTS:-} \
	r0:4k r5:4k r0:4k,r2:4k r0:4k,r1:4k r0:4k,r1:8k,r2:4k \
	r0:4k,r1:4k,r2:4k,r3:4k,r4:4k,r5:4k \
	r0:4k:64,r2:4k:64,r4:4k:64 r0:64k:64p,r2:4k,r3:4k:64 \
	r0:2m r2:4m:64 r0:2m,r2:4m:64p r0:16m r4:256m:64 \
	m0:4k m0:64k,m1:64k m0:4k,m1:4k,m2:4k,m3:4k,m4:4k,m5:4k \
	m0:1m:64p,m2:1m:64p,m4:1m:64p m0:64k:64,m2:64k m4:256m:64p \
	r0:4k,m1:4k,r2:4k,m3:4k,r4:4k,m5:4k \
	m0:4k,r1:4k,m2:4k:64,r4:8k:64 \
	r0:4k,m1:64k,r2:64k:64,m4:16m:64p \
	'!r0:4k,r1:4k:64,m3:1024m:64' || failed=$((failed + 1))
# register BARs of 2 MiB and more: a page degraded inside a 2 MiB entry
# (each such BAR is probed several times: plug, rescan, plug again)
p=/sys/module/pciem_layouts/parameters
n2=$(cat $p/degraded_2m)
n4=$(cat $p/degraded_4k)
echo "# degraded pages: $n2 in 2 MiB entries, $n4 in 4 KiB entries"
if [ "$n2" -ge 6 ]; then ok "degraded pages split 2 MiB entries ($n2 times)"
elif [ "$n4" -ge 6 ]; then
	ok "degraded pages of big register BARs # SKIP mapped with 4 KiB entries here"
else nok "too few degraded pages in big register BARs: $n2 + $n4"; fi
if grep -q PCIem /proc/iomem; then
	nok "PCIem ranges left: $(grep PCIem /proc/iomem)"
else ok "no PCIem range left in /proc/iomem"; fi

# sysfs remove + rescan gives a new pci_dev: it must still DMA through us
# and have its INTx line (the conformance model and driver check both).
if "$top/tests/vm/load" tests/framework/driver/pciem_test.ko; then
	rm -f /tmp/model.out
	"$bin/pciem-test-model" >/tmp/model.out 2>&1 &
	mpid=$!
	i=0
	while ! grep -q '^ready' /tmp/model.out && [ $i -lt 200 ]; do
		sleep 0.05; i=$((i + 1)); done
	bdf="$(awk '/^ready/ {print $2}' /tmp/model.out):00:00.0"
	dbg=/sys/kernel/debug/pciem_test/$bdf
	echo 1 >"/sys/bus/pci/devices/$bdf/remove"
	[ -e "/sys/bus/pci/devices/$bdf" ] && nok "sysfs remove" || ok "sysfs remove"
	echo 1 >/sys/bus/pci/rescan
	[ -e "$dbg/run" ] && ok "rescan: driver bound again" ||
		nok "rescan: driver bound again"
	for c in dma intx msi; do
		if echo $c >"$dbg/run" 2>/dev/null; then ok "after rescan: $c"
		else nok "after rescan: $c: $(cat "$dbg/log" 2>/dev/null)"; fi
	done
	kill -9 $mpid
	wait $mpid 2>/dev/null
	rmmod pciem_test || nok "rmmod pciem_test"
else
	nok "conformance driver loads"
fi

# shared_ram must be RAM reserved with memmap= (the VM reserves
# 512M@0x40000000); everything else is refused with a clear message.
rmmod pciem_layouts && rmmod pciem || nok "rmmod"
refused() { # refused PARAM MESSAGE
	dmesg -C
	if insmod "$PCIEM_BUILD/framework/pciem.ko" "shared_ram=$1" 2>/dev/null; then
		nok "shared_ram=$1 accepted"
		rmmod pciem
	elif dmesg | grep -q "$2"; then ok "shared_ram=$1 refused: $2"
	else nok "shared_ram=$1: no message \"$2\": $(dmesg | tail -2)"; fi
}
refused 64M@0x60000000 "in use as System RAM"
refused 1G@0x40000000 "in use as System RAM"
refused 64K@0x7ffe0000 "not wholly RAM reserved with memmap="
refused 4K@0xa0000000 "not wholly RAM reserved with memmap="
refused 12345 "expected SIZE@ADDR"
if insmod "$PCIEM_BUILD/framework/pciem.ko" "shared_ram=$PCIEM_SHARED_RAM" &&
	rmmod pciem; then ok "shared_ram=$PCIEM_SHARED_RAM accepted"
else nok "shared_ram=$PCIEM_SHARED_RAM refused"; fi

echo "# layouts: $failed failed on $(uname -r)"
[ $failed = 0 ]
