#!/usr/bin/env bash
# Measures how long the installed console takes from starting its launcher to showing its first window:
# starts it RUNS times, waits until a visible window of that process is mapped, closes it, and prints each
# time and the median.
#
# Needs a running X display (DISPLAY) and xdotool. Headless, e.g.:
#   apt-get install -y --no-install-recommends xvfb xdotool
#   Xvfb :99 -screen 0 1440x900x24 -nolisten tcp &  export DISPLAY=:99
#   packaging/tools/startup-time.sh /opt/service-catalog-console/lib/app/start.sh 7
set -euo pipefail

# By default what the menu entry and the command run (lib/app/start.sh, which execs java in its own process).
launcher=${1:-/opt/service-catalog-console/lib/app/start.sh}
runs=${2:-5}
: "${DISPLAY:?Set DISPLAY to a running X server (e.g. Xvfb :99).}"
command -v xdotool >/dev/null || { echo "startup-time.sh: install xdotool first." >&2; exit 1; }

times=()
for ((i = 1; i <= runs; i++)); do
  start=$(date +%s%N)
  "$launcher" >/dev/null 2>&1 &
  pid=$!
  # Poll every 20 ms for a mapped window owned by the launcher's process (the JVM runs inside it).
  until xdotool search --onlyvisible --pid "$pid" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { echo "startup-time.sh: the console exited before showing a window." >&2; exit 1; }
    sleep 0.02
  done
  end=$(date +%s%N)
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  ms=$(((end - start) / 1000000))
  times+=("$ms")
  echo "run $i: $ms ms"
done
printf '%s\n' "${times[@]}" | sort -n | awk '{ t[NR] = $1 } END { print "median: " t[int((NR + 1) / 2)] " ms" }'
