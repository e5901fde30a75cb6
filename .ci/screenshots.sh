#!/usr/bin/env bash
# Starts the real app (./salesteam, built by `make build`) under Xvfb and
# captures every wizard step to docs/images/screen-<step>.png.
#
# The app reads SALESTEAM_OPEN (a session to open) and SALESTEAM_STEP (the
# step to show, by the name in ui/steps.go) once it has started; each shot is
# a fresh launch with a throw-away HOME, so the user's own settings and
# autosave are never touched.
set -euo pipefail
cd "$(dirname "$0")/.."

APP=${APP:-./salesteam}
SESSION=${SESSION:-examples/acme-fractional.json}
OUT=${OUT:-docs/images}
# Every step, by name, in the order of the app's one table of steps.
mapfile -t STEPS < <(sed -n 's/.*{name: "\([a-z]*\)".*/\1/p' ui/steps.go)
[ "${#STEPS[@]}" -gt 0 ] || { echo "screenshots: no steps found in ui/steps.go" >&2; exit 1; }
OPTIONS=ui/testdata/acme-options.json # three options and a decision

[ -x "$APP" ] || { echo "screenshots: $APP not built; run make build" >&2; exit 1; }
mkdir -p "$OUT"
tmp=$(mktemp -d)
pids=()
cleanup() {
	for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
	for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done # the display is free again when we return
	rm -rf "$tmp"
}
trap cleanup EXIT

# A display number nobody uses, and a server that is up before we go on;
. "$(dirname "$0")/xvfb.sh" # starts a virtual display, exports DISPLAY, adds its pid to pids

shoot() { # shoot <name> <step name> <wheel clicks down> [extra env...]
	local name=$1 step=$2 scroll=$3
	shift 3
	local home="$tmp/home-$name"
	mkdir -p "$home"
	env HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
		SALESTEAM_OPEN="$SESSION" SALESTEAM_STEP="$step" "$@" "$APP" >"$tmp/$name.log" 2>&1 &
	local pid=$!
	local wid
	wid=$(timeout 30 xdotool search --sync --onlyvisible --pid "$pid" --name "Sales Team Advisor" | head -1) || true
	if [ -z "$wid" ]; then
		echo "screenshots: no window for step $name; app log:" >&2
		cat "$tmp/$name.log" >&2
		exit 1
	fi
	sleep 2 # let the step render after the session opens
	if [ "$scroll" -gt 0 ]; then
		# Move the pointer before the wheel: the app scrolls what is under the
		# pointer as it last saw it move, and a move to where the pointer
		# already is (left there by the previous shot) reports no motion.
		xdotool mousemove --window "$wid" 540 390 sleep 0.2 mousemove --window "$wid" 550 400 sleep 0.3
		xdotool click --repeat "$scroll" --delay 40 5
		sleep 1
	fi
	timeout 20 import -window "$wid" "$tmp/$name.png"
	convert "$tmp/$name.png" -resize '1280x>' -strip -colors 256 -define png:compression-level=9 "$OUT/screen-$name.png"
	kill "$pid" 2>/dev/null || true
	wait "$pid" 2>/dev/null || true
	echo "$OUT/screen-$name.png"
}

for step in "${STEPS[@]}"; do
	shoot "$step" "$step" 0
done
# The parts of the long result screens below the fold.
shoot diagnosis-findings diagnosis 10
shoot recommendation-chart recommendation 34
shoot recommendation-roles recommendation 54
shoot plan-scrolled plan 10
shoot plan-assumptions plan 30
# The workshop view, for a projector: every step's name shows.
shoot workshop plan 0 SALESTEAM_WORKSHOP=1
shoot workshop-people people 0 SALESTEAM_WORKSHOP=1
# The options side by side, with a decision; presenting them, money hidden.
shoot scenarios scenarios 0 SALESTEAM_OPEN="$OPTIONS"
shoot presenting scenarios 0 SALESTEAM_OPEN="$OPTIONS" SALESTEAM_WORKSHOP=1 SALESTEAM_HIDE_MONEY=1
# The light variant (the app follows the system's; FYNE_THEME forces it here).
shoot light-diagnosis diagnosis 0 FYNE_THEME=light
shoot light-plan plan 0 FYNE_THEME=light
# The client library: the examples, each named after its client, and a
# damaged file, which the library lists with its error.
mkdir -p "$tmp/library"
for f in examples/*.json; do
	client=$(sed -n 's/^    "name": "\(.*\)",$/\1/p' "$f" | head -1)
	cp "$f" "$tmp/library/${client:-$(basename "$f" .json)}.json"
done
printf '{"version": 1, "company": {' >"$tmp/library/old export.json"
shoot library library 0 SALESTEAM_LIBRARY="$tmp/library"
shoot small-library library 0 SALESTEAM_LIBRARY="$tmp/library" SALESTEAM_SIZE=800x600
# The smallest supported window.
shoot small-people people 0 SALESTEAM_SIZE=800x600
shoot small-diagnosis diagnosis 0 SALESTEAM_SIZE=800x600
shoot small-plan plan 0 SALESTEAM_SIZE=800x600
