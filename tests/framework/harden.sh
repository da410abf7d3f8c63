#!/bin/sh
# Hardening checks, as root inside the VM (tests/framework/check-harden):
# the trap hook survives ftrace being off, faults that are not PCIem's stay
# faults (KFENCE, a not-present page), a stopped model costs bounded waits
# and fails the device, a 32-bit DMA mask allocates cleanly, lockdown
# raised after load refuses memory BARs.
set -u
top=${PCIEM_TOP:?run me through tests/vm/run}
bin=$top/build/tests/framework
dbg=/sys/kernel/debug/pciem_test
faults=$PCIEM_BUILD/tests/framework/faults/pciem_faults.ko
failed=0
passed=0
ok() { echo "ok - $*"; passed=$((passed + 1)); }
nok() { echo "not ok - $*"; failed=$((failed + 1)); }
start_model() {
	rm -f /tmp/model.out
	"$bin/pciem-test-model" "$@" >/tmp/model.out 2>&1 &
	mpid=$!
	i=0
	while ! grep -q '^ready' /tmp/model.out 2>/dev/null; do
		i=$((i + 1))
		[ $i -le 200 ] && kill -0 $mpid 2>/dev/null || return 1
		sleep 0.05
	done
	bdf="$(awk '/^ready/ {print $2}' /tmp/model.out):00:00.0"
}
stop_model() {
	kill -CONT "$mpid" 2>/dev/null
	kill -9 "$mpid" 2>/dev/null
	wait "$mpid" 2>/dev/null
	i=0
	while [ -e "/sys/bus/pci/devices/$bdf" ] && [ $i -lt 100 ]; do
		sleep 0.05
		i=$((i + 1))
	done
}
run() { # run CHECK [what]
	if echo "$1" >"$dbg/$bdf/run" 2>/dev/null; then ok "${2:-driver: $1}"
	else nok "${2:-driver: $1}: $(cat "$dbg/$bdf/log")"; fi
}

"$top/tests/vm/load" framework/pciem.ko && ok "pciem.ko loads" ||
	nok "pciem.ko loads"
"$top/tests/vm/load" tests/framework/driver/pciem_test.ko &&
	ok "test driver loads" || nok "test driver loads"
start_model && ok "model creates a device" || nok "model creates a device"

# the default read timeout is bounded as a description's is (60 s)
rt=/sys/module/pciem/parameters/read_timeout_ms
old_rt=$(cat $rt)
if echo 60001 >$rt 2>/dev/null; then nok "read_timeout_ms 60001 accepted"
elif echo 0 >$rt 2>/dev/null; then nok "read_timeout_ms 0 accepted"
elif ! echo 60000 >$rt 2>/dev/null; then nok "read_timeout_ms 60000 refused"
else ok "read_timeout_ms takes 1 to 60000 ms only"; fi
echo "$old_rt" >$rt

# the fixup_exception hook: a breakpoint, not optimized, not ftrace
l=$(grep fixup_exception /sys/kernel/debug/kprobes/list)
grep -E "ioremap_page_range|iounmap" /sys/kernel/debug/kprobes/list | sed "s/^/# /"
case $l in
*OPTIMIZED* | *FTRACE*) nok "fixup_exception hook is plain: $l" ;;
"") nok "no fixup_exception kprobe" ;;
*) ok "fixup_exception hook is a breakpoint probe ($l)" ;;
esac
sysctl -q kernel.ftrace_enabled=0
run rtc "trapped reads with ftrace switched off"
run widths "every access width with ftrace switched off"
sysctl -q kernel.ftrace_enabled=1

run dma32 "dma_alloc_coherent with a 32-bit mask"
run degrade "undecodable instructions: read-only all-ones page, writes dropped, own page for an undecodable write"

# faults that are not ours
out=$(insmod "$faults" test=np 2>&1)
case $out in
*"temporarily unavailable"*) ok "a not-present kernel page still faults" ;;
*) nok "a not-present kernel page: $out" ;;
esac
kf=/sys/module/kfence/parameters/sample_interval
if [ "$(cat $kf 2>/dev/null)" -gt 0 ] 2>/dev/null; then
	# sample every allocation it can now; the boot's slower rate leaves
	# KFENCE objects free for this
	old=$(cat $kf)
	echo 1 >$kf
	insmod "$faults" test=kfence 2>/dev/null
	echo "$old" >$kf
	if dmesg | grep -q "BUG: KFENCE: out-of-bounds read"; then
		ok "KFENCE reports an out-of-bounds read with pciem loaded"
	else nok "KFENCE report swallowed"; fi
else
	echo "# KFENCE not sampling on $(uname -r): its check skipped"
fi

# a stopped model
kill -STOP "$mpid"
run stopped_read "SIGSTOPped model: 4 KiB memcpy_fromio reads all-ones, bounded waits, device failed"
stop_model
start_model || nok "second model"
kill -STOP "$mpid"
run stopped_flood "SIGSTOPped model: posted-write flood bounded, device failed"
stop_model
if dmesg | grep -q "device failed"; then ok "device failure reported"
else nok "device failure not reported"; fi

# lockdown raised after load (cannot be undone: last); modules stay loaded
[ -e /sys/kernel/security/lockdown ] ||
	mount -t securityfs securityfs /sys/kernel/security 2>/dev/null
echo "# lockdown: $(cat /sys/kernel/security/lockdown 2>/dev/null)"
dmesg -C
"$bin/pciem-lockdown" >/tmp/lockdown.out 2>&1
lrc=$?
cat /tmp/lockdown.out
passed=$((passed + $(grep -c '^ok' /tmp/lockdown.out)))
failed=$((failed + $(grep -c '^not ok' /tmp/lockdown.out)))
[ $lrc = 0 ] || grep -q '^not ok' /tmp/lockdown.out || nok "pciem-lockdown: exit $lrc"
if grep -q '^ok - lockdown # SKIP' /tmp/lockdown.out; then :
elif dmesg | grep -q "pciem: device [0-9]*: memory BARs give a model physical memory: refused while the kernel is locked down"; then
	ok "lockdown refusal says why in the kernel log"
else nok "no lockdown message: $(dmesg | tail -3)"; fi

rmmod pciem_test && ok "test driver unloads" || nok "test driver unloads"
rmmod pciem && ok "pciem.ko unloads" || nok "pciem.ko unloads"
echo "# harden: $passed passed, $failed failed on $(uname -r)"
[ $failed = 0 ]
