#!/bin/sh
# Framework fuzzer body, as root inside the VM (tests/framework/fuzz-check).
#   fuzz-guest.sh SECONDS [SEED]
set -u
top=${PCIEM_TOP:?run me through tests/vm/run}
"$top/tests/vm/load" framework/pciem.ko || { echo "not ok - pciem.ko loads"; exit 1; }
"$top/tests/vm/load" tests/framework/driver/pciem_layouts.ko ||
	{ echo "not ok - layout driver loads"; exit 1; }
"$top/build/tests/framework/pciem-fuzz" "$@" || exit 1
if rmmod pciem_layouts && rmmod pciem; then echo "ok - modules unload after fuzzing"
else echo "not ok - modules unload after fuzzing"; exit 1; fi
