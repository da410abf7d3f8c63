#!/bin/sh
# Inside the VM: pciem.ko, the hello driver and model, end to end.
set -u
here=$(cd "$(dirname "$0")" && pwd)
fail=0
ok() { echo "ok - $*"; }
nok() { echo "not ok - $*"; fail=1; }
"$PCIEM_TOP/tests/vm/load" framework/pciem.ko || exit 1
"$PCIEM_TOP/tests/vm/load" "$here/driver/hello_drv.ko" || exit 1
"$here/build/hello-model" >/tmp/hello.out 2>&1 &
model=$!
i=0
while ! grep -q ready /tmp/hello.out && [ $i -lt 100 ]; do
	sleep 0.1
	i=$((i + 1))
done
dev=/sys/bus/pci/devices/$(awk '/ready/ {print $2}' /tmp/hello.out):00:00.0
[ -e "$dev/driver" ] && ok "driver bound to $dev" || nok "driver not bound"
echo 0x1234 >"$dev/scratch"
[ "$(cat "$dev/scratch")" = 0x1234 ] && ok "scratch register" ||
	nok "scratch: $(cat "$dev/scratch")"
echo 1 >"$dev/ring"
sleep 0.5
[ "$(cat "$dev/irqs")" = 1 ] && ok "doorbell interrupt arrived" ||
	nok "irqs: $(cat "$dev/irqs")"
# with pci=nomsi the interrupt is the level-triggered INTx line: one
# doorbell, one interrupt, not a storm
kind=$(grep ' hello$' /proc/interrupts | grep -o 'PCIem-[A-Za-z]*' | head -1)
case "$(cat /proc/cmdline)" in
*pci=nomsi*) want=PCIem-INTx ;;
*) want=PCIem-MSI ;;
esac
[ "$kind" = "$want" ] && ok "interrupt is $kind" ||
	nok "interrupt kind: '$kind', want $want"
echo 1 >"$dev/ring"
sleep 0.5
[ "$(cat "$dev/irqs")" = 2 ] && ok "second doorbell: exactly one more interrupt" ||
	nok "irqs after two doorbells: $(cat "$dev/irqs")"
kill "$model"
wait "$model" 2>/dev/null
sleep 0.2
[ ! -e "$dev" ] && ok "device gone with the model" || nok "device stayed"
exit $fail
