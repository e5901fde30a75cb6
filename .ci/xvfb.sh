# Sourced by the screenshot and start-up scripts: starts Xvfb on the first free
# display number, exports DISPLAY and appends the server's pid to the caller's
# pids array (the caller kills them on exit).
# -noreset: no server reset when the last client leaves, which would refuse
# the next launch for a moment.
n=90
while [ -e "/tmp/.X$n-lock" ] || [ -e "/tmp/.X11-unix/X$n" ]; do n=$((n + 1)); done
Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp -noreset >/dev/null 2>&1 &
xvfb=$!
pids+=("$xvfb")
export DISPLAY=":$n" LANG=en_US.UTF-8
for _ in $(seq 100); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
kill -0 "$xvfb" 2>/dev/null && xdpyinfo >/dev/null 2>&1 || { echo "$(basename "$0"): Xvfb did not start on :$n" >&2; exit 1; }
