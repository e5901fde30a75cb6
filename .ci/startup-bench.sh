#!/usr/bin/env bash
# Start-up benchmark: time from launch to the first real screen, for Sales
# Team Advisor (./salesteam, built by `make build`), against a bare Fyne
# window (.ci/bare/main.go.txt) built the same way, alternating runs on the
# same virtual display. Prints each median and their ratio (target <= 1.2).
#
# The app's first frame is its real Welcome screen, with the step bar and
# menus: there is no splash, and the other screens are built when first
# shown. Its content is set before ShowAndRun, as the bare window's is, and
# Fyne maps the window right before drawing that first frame, so both are
# measured at the moment the window is mapped (visible). The wait is a tight
# poll of xdotool, a few milliseconds per probe.
set -euo pipefail
cd "$(dirname "$0")/.."

APP=${APP:-./salesteam}
N=${N:-10}
LIMIT=${LIMIT:-1.2}
[ -x "$APP" ] || { echo "startup-bench: $APP not built; run make build" >&2; exit 1; }

tmp=$(mktemp -d)
bare_src=$(mktemp -d "$PWD/startup-bench-bare-XXXXXX") # inside the module: same go.mod, same Fyne
pids=()
cleanup() {
	for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
	for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done # the display is free again when we return
	rm -rf "$tmp" "$bare_src"
}
trap cleanup EXIT

cp .ci/bare/main.go.txt "$bare_src/main.go"
echo "building the bare window..." >&2
go build -o "$tmp/bare" "./$(basename "$bare_src")"

# A display number nobody uses, and a server that is up before we go on;
. "$(dirname "$0")/xvfb.sh" # starts a virtual display, exports DISPLAY, adds its pid to pids

# launch <binary> [window name]: prints milliseconds from exec to a visible
# window (with that name, if given).
launch() {
	local home="$tmp/home"
	rm -rf "$home" && mkdir -p "$home"
	local start end pid
	local name=(--name "${2:-.}")
	start=$(date +%s%N)
	HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" "$1" >"$tmp/last.log" 2>&1 &
	pid=$!
	until xdotool search --onlyvisible --pid "$pid" "${name[@]}" >/dev/null 2>&1; do
		if ! kill -0 "$pid" 2>/dev/null; then echo "startup-bench: $1 exited early:" >&2; cat "$tmp/last.log" >&2; exit 1; fi
		if (( ($(date +%s%N) - start) > 30000000000 )); then echo "startup-bench: $1 no window in 30s" >&2; exit 1; fi
	done
	end=$(date +%s%N)
	kill "$pid" 2>/dev/null || true
	wait "$pid" 2>/dev/null || true
	echo $(( (end - start) / 1000000 ))
}

median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

launch "$APP" >/dev/null # warm the page cache for both
launch "$tmp/bare" >/dev/null
app_ms=() bare_ms=()
for i in $(seq "$N"); do
	app_ms+=("$(launch "$APP")")
	bare_ms+=("$(launch "$tmp/bare")")
	echo "run $i: app ${app_ms[-1]} ms, bare ${bare_ms[-1]} ms" >&2
done
app_med=$(printf '%s\n' "${app_ms[@]}" | median)
bare_med=$(printf '%s\n' "${bare_ms[@]}" | median)
ratio=$(awk -v a="$app_med" -v b="$bare_med" 'BEGIN {printf "%.2f", a / b}')
# For information: until a session is open and its diagnosis shows (the
# title then names the client).
ready_ms=()
for i in $(seq "$N"); do
	ready_ms+=("$(SALESTEAM_OPEN=examples/acme-fractional.json launch "$APP" "Acme Tools")")
done
ready_med=$(printf '%s\n' "${ready_ms[@]}" | median)
echo "session median (examples/acme-fractional.json open at its diagnosis): ${ready_med} ms"
echo "first real screen median: app ${app_med} ms, bare Fyne window ${bare_med} ms, ratio ${ratio} (target <= ${LIMIT}, N=${N})"
awk -v r="$ratio" -v l="$LIMIT" 'BEGIN {exit !(r <= l)}' || { echo "startup-bench: ratio ${ratio} above ${LIMIT}" >&2; exit 1; }
