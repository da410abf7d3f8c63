# shellcheck shell=sh disable=SC2154,SC2086
# Sourced by tests/kmd/guest with the card up and the driver bound ($node,
# $dbg, $png, $out, check, note, snap, wait_for): Xorg with the modesetting
# driver on our card, Chocolate Doom (SDL's software and OpenGL renderers)
# and glxgears (our GLVND vendor library) on it, each checked on the card's
# monitor.
# Logs and snapshots are kept in tests/out/vm/xorg-KREL on the host.

section xorg
xo=/tmp/xorg
keep=$top/tests/out/vm/xorg-$PCIEM_KREL
pixstat=$top/build/tests/glx/pixstat
rm -rf "$xo" "$keep"
mkdir -p "$xo/home" "$keep"

# No glamor (the card has no EGL), no input devices (none in the guest,
# and the test needs none): the server draws into a dumb buffer in VRAM.
cat >"$xo/xorg.conf" <<EOF
Section "ServerFlags"
	Option "AutoAddDevices" "false"
	Option "AutoAddGPU" "false"
EndSection
Section "Device"
	Identifier "protopciem"
	Driver "modesetting"
	Option "kmsdev" "$node"
	Option "AccelMethod" "none"
EndSection
Section "Screen"
	Identifier "screen"
	Device "protopciem"
	DefaultDepth 24
EndSection
EOF

export DISPLAY=:0
xorg_up() { xdpyinfo >/dev/null 2>&1; }

# xorg_shot TAG X Y W H: a snapshot of the card's monitor; sets st to
# pixstat's "red R green G blue B colours C" of the region and lit to its
# permille of lit pixels
xorg_shot() {
	snap "$1" || { st="red 0 green 0 blue 0 colours 0"; lit=0; return 1; }
	cp "$png/snap-$1.png" "$keep/"
	st=$("$pixstat" "$png/snap-$1.png" "$2" "$3" "$4" "$5")
	lit=$("$ppkms" lit "$png/snap-$1.png" "$2" "$3" "$4" "$5")
}

# xorg_stop PID: SIGTERM, then the status it ended with (killed: 137)
xorg_stop() {
	kill "$1" 2>/dev/null
	wait_for 20 sh -c "! kill -0 $1" || kill -9 "$1" 2>/dev/null
	wait "$1"
}

Xorg :0 vt7 -config "$xo/xorg.conf" \
	-logfile "$keep/Xorg.0.log" -nolisten tcp -noreset \
	>"$keep/Xorg.out" 2>&1 &
xpid=$!
check "Xorg starts on the card with the modesetting driver" wait_for 120 xorg_up
check "Xorg's log: modesetting on $node, no glamor" sh -c "
	grep -q 'modeset(0): using drv $node' '$keep/Xorg.0.log' &&
	! grep -q 'glamor initialized' '$keep/Xorg.0.log'"
xdpyinfo >"$keep/xdpyinfo" 2>&1
dims=$(sed -n 's/^ *dimensions: *\([0-9]*x[0-9]*\) pixels.*/\1/p' "$keep/xdpyinfo")
note "Xorg screen ${dims:-unknown}: $(grep -m1 'using initial mode' "$keep/Xorg.0.log" | sed 's/.*) //')"
sw=${dims%x*}
sh=${dims#*x}
if [ -z "$sw" ] || [ -z "$sh" ]; then
	sw=640
	sh=480
fi

# xorg_doom NAME TAG RENDERER [VAR=VALUE...]: Chocolate Doom plays its
# demo (every tic drawn) with SDL's RENDERER; once its frames show on the
# card's monitor (the title comes after a slow start), a second snapshot
# 3 s later must differ; sets c1, c2, lit1 and lit2
doom=/usr/games/chocolate-doom
wad=/usr/share/games/doom/freedoom1.wad
xorg_doom() {
	_name=$1 _tag=$2 _r=$3
	shift 3
	env HOME="$xo/home" SDL_RENDER_DRIVER="$_r" SDL_AUDIODRIVER=dummy "$@" \
		"$doom" -iwad "$wad" -nosound -window -geometry 640x480 \
		-timedemo demo1 >"$keep/$_name.log" 2>&1 &
	_pid=$!
	_end=$(($(date +%s) + 150))
	c1=0 lit1=0
	while [ "$(date +%s)" -lt $_end ] && kill -0 $_pid 2>/dev/null; do
		sleep 2
		xorg_shot "$_tag" 0 0 "$sw" "$sh"
		set -- $st
		c1=${8:-0} lit1=$lit
		[ "$c1" -le 60 ] || break
	done
	sleep 3
	xorg_shot "$((_tag + 1))" 0 0 "$sw" "$sh"
	set -- $st
	c2=${8:-0} lit2=$lit
	note "Doom ($_r) on the card: $c1 colours, $lit1 permille lit; 3 s later $st, $lit permille"
	if kill -0 $_pid 2>/dev/null; then
		kill $_pid
		wait $_pid 2>/dev/null
		note "Doom stopped before the end of the demo"
	else
		wait $_pid
		note "Doom: $(grep -m1 'timed' "$keep/$_name.log")"
	fi
}
# whole frames of the game (many colours, not black) and a moving picture
doom_shows() {
	[ "$c1" -gt 60 ] && [ "$c2" -gt 60 ] && [ "$lit1" -gt 20 ] &&
		[ "$lit2" -gt 20 ] && ! cmp -s "$png/snap-$1.png" "$png/snap-$(($1 + 1)).png"
}

# the software path: SDL's software renderer puts the frames with MIT-SHM,
# the X server copies them into the scan-out buffer
xorg_doom doom-software 3001 software
check "Chocolate Doom (software renderer) on Xorg plays on the card's monitor" \
	doom_shows 3001

# SDL's OpenGL renderer through the system's libGL and our vendor library
xorg_doom doom-opengl 3011 opengl __GLX_VENDOR_LIBRARY_NAME=protopciem \
	LD_LIBRARY_PATH="$top/build/driver/umd/vendor" PPGL_DEBUG=1
check "Chocolate Doom (OpenGL renderer, our GLX) on Xorg plays on the card's monitor" \
	eval "grep -q 'ppgl: GLX context on drawable .* 640x480' \
		'$keep/doom-opengl.log' && doom_shows 3011"
sleep 1

# glxgears through the system's libGL and our vendor library; it prints
# its frame rate every five seconds
__GLX_VENDOR_LIBRARY_NAME=protopciem LD_LIBRARY_PATH=$top/build/driver/umd/vendor \
	PPGL_DEBUG=1 glxgears -geometry 300x300+0+0 >"$keep/glxgears.log" 2>&1 &
gpid=$!
wait_for 120 grep -q 'frames in' "$keep/glxgears.log"
xorg_shot 3003 0 0 300 300
note "glxgears on the card: $st, $lit permille lit"
note "glxgears: $(grep -m1 'frames in' "$keep/glxgears.log")"
set -- $st
check "glxgears through our GLX on Xorg shows its three gears on the card" \
	sh -c "grep -q 'ppgl: GLX context' '$keep/glxgears.log' &&
		[ '${2:-0}' -gt 2000 ] && [ '${4:-0}' -gt 1000 ] && [ '${6:-0}' -gt 500 ]"
check "glxgears prints its frame rate" \
	grep -Eq '[0-9]+ frames in [0-9.]+ seconds = +[0-9.]+ FPS' "$keep/glxgears.log"
kill "$gpid" 2>/dev/null
wait "$gpid" 2>/dev/null

xorg_stop "$xpid"
xrc=$?
check "Xorg exits cleanly on SIGTERM (status $xrc)" \
	sh -c "[ $xrc = 0 ] && grep -q 'terminated successfully' '$keep/Xorg.0.log'"
check "after Xorg the driver stays bound" find_node
res=$("$ppkms" flips 1 2>&1)
r=$?
note "after Xorg: $res"
check "after Xorg page flips complete" test $r = 0
# errors other than the absent input drivers and system bus (no input is
# needed; the guest runs no D-Bus)
grep '(EE)' "$keep/Xorg.0.log" | grep -v -e '(EE) error,' \
	-e 'Failed to load module "\(mouse\|kbd\|libinput\)"' \
	-e 'No input driver matching' -e 'dbus-core:' >"$xo/errors"
sed 's/^/# /' "$xo/errors"
check "no other errors in Xorg's log" test ! -s "$xo/errors"
unset DISPLAY
