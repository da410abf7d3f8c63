#!/bin/sh
# Body of tests/framework/bench, inside the VM.
set -eu
top=$PCIEM_TOP
bin=$top/build/tests/framework
"$top/tests/vm/load" framework/pciem.ko
"$top/tests/vm/load" tests/framework/driver/pciem_test.ko
"$bin/pciem-test-model" >/tmp/model.out 2>&1 &
i=0
while ! grep -q '^ready' /tmp/model.out; do
	sleep 0.05
	i=$((i + 1))
	[ $i -lt 200 ] || { cat /tmp/model.out; exit 1; }
done
bdf="$(awk '/^ready/ {print $2}' /tmp/model.out):00:00.0"
d=/sys/kernel/debug/pciem_test/$bdf
# model DMA through the bounce buffer first, then through pinned pages
bounce=/sys/module/pciem/parameters/dma_bounce
echo 1 >$bounce
echo bench >"$d/run" || { cat "$d/log"; exit 1; }
cp "$d/log" /tmp/bench-bounced.log
echo 0 >$bounce
echo bench >"$d/run" || { cat "$d/log"; exit 1; }
echo "PCIem framework benchmark on $(uname -r), $(nproc) CPUs"
awk '
/^ram_read_ns/ { ram = $2 }
/^trapped_write_ns/ { w = $2 }
/^trapped_read_ns/ { r = $2 }
/^shadow_read_ns/ { s = $2 }
/^irq_roundtrip_ns/ { q = $2 }
/^dma_/ { n++; sz[n] = $1; to[n] = $2; from[n] = $3; cp[n] = $5 }
END {
	printf "%-34s %12s %14s %10s\n", "figure", "value", "reference", "ratio"
	printf "%-34s %9d ns %11d ns %9.1fx  (reference: RAM read)\n", "trapped write (posted)", w, ram, w / ram
	printf "%-34s %9d ns %11d ns %9.1fx  (reference: RAM read)\n", "trapped read round trip", r, ram, r / ram
	printf "%-34s %9d ns %11d ns %9.1fx  (reference: RAM read)\n", "shadowed read", s, ram, s / ram
	printf "%-34s %9d ns %11d ns %9.1fx  (reference: trapped read)\n", "doorbell to MSI-X handler (best)", q, r, q / r
	for (i = 1; i <= n; i++) {
		split(sz[i], p, "_"); kb = p[2]; sub("k", "", kb)
		bytes = kb * 1024
		printf "%-34s %7.0f MB/s %9.0f MB/s %9.2fx  (reference: memcpy)\n", "DMA write to host " kb " KiB", bytes * 1000 / to[i], bytes * 1000 / cp[i], cp[i] / to[i]
		printf "%-34s %7.0f MB/s %9.0f MB/s %9.2fx  (reference: memcpy)\n", "DMA read from host " kb " KiB", bytes * 1000 / from[i], bytes * 1000 / cp[i], cp[i] / from[i]
	}
}' "$d/log"

# the same transfers, 1 MiB each, bounced against pinned
awk '
FNR == 1 { f++ }
/^dma_1024k_ns/ { to[f] = $2; from[f] = $3 }
/^sg_1024k_ns/ { sgto[f] = $2; sgfrom[f] = $3 }
function line(what, b, p) {
	printf "%-34s %7.0f MB/s %9.0f MB/s %9.2fx  (reference: bounced)\n", what, 1048576 * 1000 / p, 1048576 * 1000 / b, b / p
}
END {
	printf "%-34s %12s %14s %10s\n", "1 MiB DMA, pinned pages", "pinned", "bounced", "ratio"
	line("write to host, one range", to[1], to[2])
	line("read from host, one range", from[1], from[2])
	line("write to host, 256 pages SG", sgto[1], sgto[2])
	line("read from host, 256 pages SG", sgfrom[1], sgfrom[2])
}' /tmp/bench-bounced.log "$d/log"

# Read latency quiet, then with a CPU hog per CPU beside the model: a
# reader that may sleep lets the model's CPU run instead of spinning.
lat() {
	echo readlat >"$d/run" || { cat "$d/log"; exit 1; }
	awk '/^read_best_ns/ { b = $2 } /^read_median_ns/ { m = $2 }
	/^read_worst_ns/ { w = $2 }
	END { printf "%d %d %d\n", b, m, w }' "$d/log"
}
set -- $(lat)
qb=$1 qm=$2 qw=$3
hogs=""
for _ in $(seq "$(nproc)"); do
	sh -c 'while :; do :; done' &
	hogs="$hogs $!"
done
set -- $(lat)
# shellcheck disable=SC2086
kill $hogs
printf "%-34s %12s %14s %14s\n" "trapped read, one at a time" "best" "median" "worst"
printf "%-34s %9d ns %11d ns %11d ns\n" "  quiet" "$qb" "$qm" "$qw"
printf "%-34s %9d ns %11d ns %11d ns\n" "  contended ($(nproc) CPU hogs)" "$1" "$2" "$3"
kill -9 %1 2>/dev/null || true
