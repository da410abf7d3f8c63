#!/bin/sh
# Conformance suite body: runs as root inside the VM (tests/vm/run).
# Prints "ok - ..." / "not ok - ..." per check; exits non-zero on failure.
set -u
top=${PCIEM_TOP:?run me through tests/vm/run}
bin=$top/build/tests/framework
dbg=/sys/kernel/debug/pciem_test
kills=${PCIEM_KILLS:-100}
failed=0
passed=0

ok() { echo "ok - $*"; passed=$((passed + 1)); }
nok() { echo "not ok - $*"; failed=$((failed + 1)); }
check() { # check NAME CMD...
	name=$1
	shift
	if "$@" >/tmp/check.out 2>&1; then ok "$name"; else
		nok "$name"
		sed 's/^/#   /' /tmp/check.out | head -20
	fi
}

# start_model [args]: starts a model, sets $mpid and $bdf
start_model() {
	rm -f /tmp/model.out
	"$bin/pciem-test-model" "$@" >/tmp/model.out 2>&1 &
	mpid=$!
	i=0
	while ! grep -q '^ready' /tmp/model.out 2>/dev/null; do
		i=$((i + 1))
		if [ $i -gt 200 ] || ! kill -0 $mpid 2>/dev/null; then
			cat /tmp/model.out
			return 1
		fi
		sleep 0.05
	done
	bdf="$(awk '/^ready/ {print $2}' /tmp/model.out):00:00.0"
}

stop_model() {
	kill -9 "$mpid" 2>/dev/null
	wait "$mpid" 2>/dev/null
	i=0
	while [ -e "/sys/bus/pci/devices/$bdf" ] && [ $i -lt 100 ]; do
		sleep 0.05
		i=$((i + 1))
	done
	[ ! -e "/sys/bus/pci/devices/$bdf" ]
}

run() { # run CHECK: a driver-side check through debugfs
	if echo "$1" >"$dbg/$bdf/run" 2>/dev/null; then ok "driver: $1"; else
		nok "driver: $1: $(cat "$dbg/$bdf/log")"
	fi
}

check "pciem.ko loads" "$top/tests/vm/load" framework/pciem.ko
check "test driver loads" "$top/tests/vm/load" \
	tests/framework/driver/pciem_test.ko

# ---- malformed requests, permissions ----
"$bin/pciem-badioctl" >/tmp/bad.out 2>&1
grep -E '^(ok|not ok)' /tmp/bad.out | sed 's/^ok - /ok - ioctl: /; s/^not ok - /not ok - ioctl: /'
passed=$((passed + $(grep -c '^ok' /tmp/bad.out)))
failed=$((failed + $(grep -c '^not ok' /tmp/bad.out)))
out=$(setpriv --reuid=65534 --regid=65534 --clear-groups \
	"$bin/pciem-badioctl" open 2>&1)
if [ $? != 0 ]; then ok "non-root open refused ($out)"; else
	nok "non-root open allowed"; fi
chmod 666 /dev/pciem
out=$(setpriv --reuid=65534 --regid=65534 --clear-groups \
	"$bin/pciem-badioctl" open 2>&1)
if [ $? != 0 ] && [ "$out" = "Operation not permitted" ]; then
	ok "open without CAP_SYS_ADMIN refused even with mode 0666"
else nok "open without CAP_SYS_ADMIN: $out"; fi
chmod 600 /dev/pciem

# ---- config space as lspci sees it ----
check "model creates a device" start_model
lspci -D -vvv -s "$bdf" >/tmp/lspci.out 2>&1
lspci -D -n -s "$bdf" >>/tmp/lspci.out 2>&1
has() { grep -q -- "$1" /tmp/lspci.out; }
for want in "7065:0001 (rev 03)" "ff00: 7065:0001" \
	"Subsystem: Device 7065:1234" "Interrupt: pin A" \
	"Region 0: Memory at .* (32-bit, non-prefetchable) .*size=64K" \
	"Region 2: Memory at .* (64-bit, non-prefetchable) .*size=64K" \
	"Region 4: Memory at .* (64-bit, prefetchable) .*size=16M" \
	"Capabilities: \[40\] Power Management version 3" \
	"Capabilities: \[50\] MSI: Enable. Count=1/8 Maskable+ 64bit+" \
	"Capabilities: \[70\] MSI-X: Enable. Count=64" \
	"Vector table: BAR=2 offset=00000000" "PBA: BAR=2 offset=00008000" \
	"Capabilities: \[80\] Express (v2) Endpoint" "FLReset+" \
	"Capabilities: \[c0\] Vendor Specific Information: Len=08" \
	"Kernel driver in use: pciem_test"; do
	if has "$want"; then ok "lspci: $want"; else nok "lspci: $want"; fi
done
dom=${bdf%%:*}
case $dom in 1????) ok "private domain $dom above 0xffff" ;;
*) nok "domain $dom" ;; esac
if [ "$(setpci -s "$bdf" VENDOR_ID)" = 7065 ]; then ok "setpci reads config"
else nok "setpci reads config"; fi

# ---- the driver's checks ----
for c in bind widths rtc order shadow msix msi intx irqfd dma dmaev dmarace vram \
	timeout cfgwatch flr; do
	run "$c"
done

# trace events show what the driver did
tr=/sys/kernel/tracing
if [ -d $tr/events/pciem ]; then
	echo 1 >$tr/events/pciem/enable
	echo >$tr/trace
	run rtc
	run dma
	run dmaev
	run msi
	echo 0 >$tr/events/pciem/enable
	for ev in "pciem_mmio:.*write BAR0+0x18" "pciem_mmio:.*read BAR0+0x10" \
		"pciem_config:.*write" "pciem_dma:.*to host" \
		"pciem_dma:.*REFUSED" "pciem_irq:.*sent" \
		"pciem_dma_map:.*map .* len 3000 to-device" \
		"pciem_dma_map:.*unmap .* from-device sg" \
		"pciem_dma_map:.* bidirectional coherent" \
		"pciem_irq:.*pending (masked)"; do
		if grep -q "$ev" $tr/trace; then ok "trace event $ev"
		else nok "trace event $ev"; fi
	done
else nok "no pciem trace events"; fi

# ---- DMA map events on a full ring: counted, never waited for ----
stop_model
if start_model -r 64; then
	run dmaev_lost
	stop_model
else nok "model with a 64-entry ring"; fi
check "device re-created" start_model

# ---- surprise removal ----
(echo stress >"$dbg/$bdf/run") 2>/dev/null &
spid=$!
sleep 0.3
check "model killed during I/O: device removed" stop_model
check "driver I/O returned after removal" wait $spid
check "device re-created after removal" start_model

# ---- eight more devices at once ----
pids=""
bdfs=""
first_pid=$mpid
first_bdf=$bdf
n=0
for i in 1 2 3 4 5 6 7 8; do
	# a generous read timeout: nine models share one emulated CPU, and
	# this checks that devices are independent, not how fast they answer
	if start_model -t 10000; then
		pids="$pids $mpid"
		bdfs="$bdfs $bdf"
		n=$((n + 1))
	fi
done
if [ $n = 8 ]; then ok "9 devices alive at once"; else nok "only $((n + 1)) devices"; fi
all=1
for b in $bdfs; do
	echo rtc >"$dbg/$b/run" 2>/dev/null || all=0
done
[ $all = 1 ] && ok "each device serves its own driver" || nok "multi-device rtc"
for p in $pids; do kill -9 "$p"; done
for p in $pids; do wait "$p" 2>/dev/null; done
mpid=$first_pid
bdf=$first_bdf
check "first device still works" run rtc
stop_model

# ---- the largest device: 2048 MSI-X vectors, a 256 MiB memory BAR ----
if start_model -x 2048 -m 256; then
	ok "device with 2048 MSI-X vectors and a 256 MiB memory BAR"
	lspci -vv -s "$bdf" >/tmp/lspci.out 2>&1
	has "MSI-X: Enable. Count=2048" && ok "lspci: Count=2048" ||
		nok "lspci: Count=2048"
	has "size=256M" && ok "lspci: size=256M" || nok "lspci: size=256M"
	run msix
	run vram
	stop_model
else
	nok "device with 2048 MSI-X vectors and a 256 MiB memory BAR"
fi

# ---- the model SIGKILLed at random points, $kills times ----
bad=0
for i in $(seq "$kills"); do
	start_model || { bad=$((bad + 1)); continue; }
	(echo stress >"$dbg/$bdf/run") 2>/dev/null &
	spid=$!
	# random delay up to ~100 ms, sometimes before the driver even bound
	sleep "0.0$(($(od -An -N1 -tu1 /dev/urandom) % 10))"
	if ! stop_model; then bad=$((bad + 1)); echo "# kill $i: device stayed"; fi
	wait $spid 2>/dev/null
done
if [ $bad = 0 ]; then ok "$kills random SIGKILLs: device gone every time"
else nok "$bad of $kills random SIGKILLs left a device"; fi
check "device created again after the kills" start_model
stop_model

check "test driver unloads" rmmod pciem_test
check "pciem.ko unloads" rmmod pciem

echo "# conformance: $passed passed, $failed failed on $(uname -r)"
[ $failed = 0 ]
