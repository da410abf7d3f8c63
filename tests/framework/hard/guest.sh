#!/bin/sh
# Framework hardening checks, as root inside the VM (tests/vm/run).
set -u
top=${PCIEM_TOP:?run me through tests/vm/run}
bin=$top/build/tests/framework/hard
fail=0
ok() { echo "ok - $*"; }
nok() { echo "not ok - $*"; fail=1; }
run() { # run PREFIX CMD...: a TAP program, its lines prefixed
	p=$1
	shift
	"$@" >/tmp/run.out 2>&1 || fail=1
	sed "s/^\(ok\|not ok\) - /\1 - $p: /" /tmp/run.out
	grep -q '^ok' /tmp/run.out || nok "$p: no result"
}
# wait_for FILE PATTERN: up to 20 s
wait_for() {
	i=0
	while ! grep -q "$2" "$1" 2>/dev/null; do
		i=$((i + 1))
		[ $i -gt 200 ] && return 1
		sleep 0.1
	done
}

"$top/tests/vm/load" framework/pciem.ko || exit 1
"$top/tests/vm/load" tests/framework/hard/driver/pciem_hard.ko || exit 1
"$top/tests/vm/load" sdk/template/driver/hello_drv.ko || exit 1

# lock order: a deadlock leaves the program in D state
for b in sdkvm sdkvm-32; do
	"$bin/$b" locks >/tmp/locks.out 2>&1 &
	pid=$!
	i=0
	while kill -0 $pid 2>/dev/null && [ $i -lt 600 ]; do
		sleep 0.1
		i=$((i + 1))
	done
	if kill -0 $pid 2>/dev/null; then
		nok "$b: mmap and ioctls from two threads deadlocked"
		grep State "/proc/$pid/status" | sed 's/^/# /'
	else
		wait $pid || fail=1
		sed "s/^\(ok\|not ok\) - /\1 - $b: /" /tmp/locks.out
		grep -q '^ok' /tmp/locks.out || nok "$b locks: $(cat /tmp/locks.out)"
	fi
done

for c in desc msiclamp idle plugfail sg; do
	run "sdkvm $c" "$bin/sdkvm" $c
	run "sdkvm-32 $c" "$bin/sdkvm-32" $c
done

# probe-time config reads from a callback, a read answered later, rep stos
"$bin/hardmodel" >/tmp/hard.out 2>&1 &
pid=$!
if wait_for /tmp/hard.out '^ready'; then
	dev=/sys/bus/pci/devices/$(awk '/^ready/ {print $2}' /tmp/hard.out):00:00.0
	grep -q 'cfg_reads=[1-9].*cfg_fails=0' /tmp/hard.out &&
		ok "config ioctl from a read callback during probe" ||
		nok "config ioctl during probe: $(grep ready /tmp/hard.out)"
	[ -e "$dev/driver" ] &&
		ok "probe read its ID and a value answered later: driver bound" ||
		nok "pciem_hard did not bind: $(dmesg | grep pciem_hard | tail -2)"
	# libpciem masks again for its callbacks; the trace event shows the
	# value the kernel itself put in the ring event
	tr=/sys/kernel/tracing/events/pciem/pciem_mmio
	[ -d $tr ] && echo 1 >$tr/enable && echo >/sys/kernel/tracing/trace
	for s in 1 2 4; do
		echo $s >"$dev/stos" 2>/dev/null
		sleep 0.3
		n=$(grep -c "^write size=$s " /tmp/hard.out)
		w=$(grep -c "^wide write size=$s " /tmp/hard.out)
		[ "$n" = 4 ] && [ "$w" = 0 ] &&
			ok "rep stos size $s: 4 writes masked to the access width" ||
			nok "rep stos size $s: $n writes, $w wide: $(grep "size=$s " /tmp/hard.out | head -2)"
	done
	if [ -d $tr ]; then
		echo 0 >$tr/enable
		grep 'write BAR0+0x1[0-9a-f][0-9a-f] size' /sys/kernel/tracing/trace |
			sed 's/.* size \([0-9]\) value \(0x[0-9a-f]*\|0\)$/\1 \2/' >/tmp/stos.trace
		t=$(wc -l </tmp/stos.trace)
		wide=$(awk '{ v = $2; sub(/^0x/, "", v); if (length(v) > 2 * $1) n++ } END { print n + 0 }' /tmp/stos.trace)
		[ "$t" = 12 ] && [ "$wide" = 0 ] &&
			ok "rep stos: the kernel's 12 write events carry only the access width" ||
			nok "rep stos: $t traced writes, $wide wider than their size: $(head -3 /tmp/stos.trace | tr '\n' ' ')"
	fi
else
	nok "hard model: $(cat /tmp/hard.out)"
fi
kill $pid 2>/dev/null
wait $pid 2>/dev/null

# a 32-bit model serving the template's driver
"$bin/hello-model-32" >/tmp/hello32.out 2>&1 &
pid=$!
if wait_for /tmp/hello32.out '^ready'; then
	dev=/sys/bus/pci/devices/$(awk '/^ready/ {print $2}' /tmp/hello32.out):00:00.0
	[ -e "$dev/driver" ] && ok "32-bit model: hello driver bound" ||
		nok "32-bit model: driver not bound"
	echo 0x5a5a >"$dev/scratch"
	[ "$(cat "$dev/scratch")" = 0x5a5a ] &&
		ok "32-bit model: scratch register" ||
		nok "32-bit model: scratch $(cat "$dev/scratch")"
	echo 1 >"$dev/ring"
	# the model may be descheduled for a while on a loaded host
	n=0
	while [ "$(cat "$dev/irqs")" = 0 ] && [ $n -lt 50 ]; do
		sleep 0.1
		n=$((n + 1))
	done
	[ "$(cat "$dev/irqs")" = 1 ] && ok "32-bit model: interrupt" ||
		nok "32-bit model: irqs $(cat "$dev/irqs")"
else
	nok "32-bit model: $(cat /tmp/hello32.out)"
fi
kill $pid 2>/dev/null
wait $pid 2>/dev/null

# an open file holds the module (fops owner), nothing else does
sleep 0.5
exec 3<>/dev/pciem
rmmod pciem 2>/dev/null && nok "pciem unloaded under an open /dev/pciem" ||
	ok "an open /dev/pciem keeps pciem loaded"
exec 3>&-
rmmod pciem && ok "pciem unloads once every device is gone" ||
	nok "pciem does not unload: $(lsmod | grep pciem)"
exit $fail
