#!/bin/sh
# VT-d guest (tests/framework/iommu-check): our device stays outside the
# IOMMU and its DMA goes through our mappings, while a real device behind
# the IOMMU (virtio-rng with iommu_platform) keeps working.  As root in the VM.
set -u
top=${PCIEM_TOP:?run me through tests/vm/run}
bin=$top/build/tests/framework
failed=0
ok() { echo "ok - $*"; }
nok() { echo "not ok - $*"; failed=$((failed + 1)); }

set -- /sys/class/iommu/dmar*
if [ -e "$1" ]; then ok "VT-d is on"
else nok "VT-d is on: $(ls /sys/class/iommu/ 2>&1)"; fi
"$top/tests/vm/load" framework/pciem.ko || nok "pciem.ko loads"
"$top/tests/vm/load" tests/framework/driver/pciem_test.ko || nok "test driver loads"

"$bin/pciem-test-model" >/tmp/model.out 2>&1 &
mpid=$!
i=0
while ! grep -q '^ready' /tmp/model.out && [ $i -lt 200 ]; do
	sleep 0.05; i=$((i + 1)); done
bdf="$(awk '/^ready/ {print $2}' /tmp/model.out):00:00.0"
dom=${bdf%%:*}
echo "# device $bdf"
case $dom in 1????)
	if [ "${dom#1}" != 0000 ]; then
		ok "domain $dom is not segment 0 to a 16-bit lookup"
	else nok "domain $dom is segment 0 to a 16-bit lookup"; fi ;;
*) nok "domain $dom" ;; esac
if [ -e "/sys/bus/pci/devices/$bdf/iommu_group" ]; then
	nok "our device was put behind the IOMMU (group $(readlink \
		"/sys/bus/pci/devices/$bdf/iommu_group"))"
else ok "our device is not behind the IOMMU"; fi
dbg=/sys/kernel/debug/pciem_test/$bdf
for c in bind dma dmaev dmarace msi msix intx; do
	if echo $c >"$dbg/run" 2>/dev/null; then ok "driver: $c"
	else nok "driver: $c: $(cat "$dbg/log" 2>/dev/null)"; fi
done
kill -9 $mpid
wait $mpid 2>/dev/null

# Someone else's host bridge (as VMD makes) in the domain we would pick
# next: two devices plugged now get other domains, and none whose low 16
# bits are another bus's (a 16-bit segment lookup would confuse them).
i=0
while [ -e "/sys/bus/pci/devices/$bdf" ] && [ $i -lt 100 ]; do
	sleep 0.05; i=$((i + 1)); done
fdom=$((0x$dom))
if insmod "$PCIEM_BUILD/tests/framework/faults/pciem_foreign.ko" \
	domain=$fdom; then
	ok "a foreign host bridge takes domain $dom"
	pids=""
	for n in 1 2; do
		"$bin/pciem-test-model" >/tmp/model$n.out 2>&1 &
		pids="$pids $!"
	done
	for n in 1 2; do
		i=0
		while ! grep -q '^ready' /tmp/model$n.out && [ $i -lt 200 ]; do
			sleep 0.05; i=$((i + 1)); done
		d=$(awk '/^ready/ {print $2}' /tmp/model$n.out)
		if [ -z "$d" ]; then
			nok "device $n beside the foreign bridge: $(tail -1 /tmp/model$n.out)"
			continue
		fi
		same=0
		for b in /sys/class/pci_bus/*; do
			b=${b##*/}
			[ "${b%%:*}" = "$d" ] && continue
			[ $((0x${b%%:*} & 0xffff)) = $((0x$d & 0xffff)) ] &&
				same=$((same + 1))
		done
		if [ "$d" != "$dom" ] && [ $same = 0 ]; then
			ok "device $n beside the foreign bridge: domain $d, its own segment"
		else nok "device $n: domain $d (foreign $dom, $same buses share its low 16 bits)"; fi
	done
	# shellcheck disable=SC2086
	kill -9 $pids
	wait 2>/dev/null
	rmmod pciem_foreign || nok "rmmod pciem_foreign"
else nok "a foreign host bridge in domain $dom"; fi

# the real device: its DMA is translated by VT-d
modprobe virtio-rng 2>/dev/null
rng=""
for d in /sys/bus/pci/devices/0000:*; do
	[ "$(cat "$d/vendor"):$(cat "$d/device")" = 0x1af4:0x1044 ] && rng=$d
done
if [ -n "$rng" ] && [ -e "$rng/iommu_group" ]; then
	ok "virtio-rng is behind the IOMMU"
else nok "virtio-rng is behind the IOMMU ($rng)"; fi
n=$(timeout 20 head -c 64 /dev/hwrng 2>/dev/null | wc -c)
[ "$n" = 64 ] && ok "virtio-rng DMA through VT-d works" ||
	nok "virtio-rng read $n bytes"
rmmod pciem_test && rmmod pciem || nok "modules unload"
echo "# iommu: $failed failed on $(uname -r)"
[ $failed = 0 ]
