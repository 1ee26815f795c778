#!/usr/bin/env bash
# Records which classes the console loads until its first window is shown, into
# packaging/src/cds/startup-classes.txt. The installer build dumps the JDK and JavaFX ones into the runtime's
# default class-data-sharing archive, so they are mapped pre-parsed instead of loaded from the modules at each
# start. The list ships in lib/app/cds-classes.txt: the Debian package's postinst dumps it again with the
# installed class path, so the console's and its libraries' classes are pre-parsed too (a class-path archive only
# works for the exact paths it was dumped with, which only the installed package knows).
#
# Re-run it when the start-up path changes much (new libraries, a different first window); a stale list only
# costs speed, never correctness. Classes that are missing on another OS or JDK are skipped by the dump.
#
# Needs a built or installed console, a running X display (DISPLAY) and xdotool, e.g.:
#   Xvfb :57 -screen 0 1440x900x24 -nolisten tcp &  export DISPLAY=:57
#   packaging/tools/cds-classlist.sh packaging/target/installer/app-image/service-catalog-console/bin/service-catalog-console
set -euo pipefail

launcher=${1:-/opt/service-catalog-console/bin/service-catalog-console}
out=$(cd "$(dirname "$0")/.." && pwd)/src/cds/startup-classes.txt
: "${DISPLAY:?Set DISPLAY to a running X server (e.g. Xvfb :57).}"
command -v xdotool >/dev/null || { echo "cds-classlist.sh: install xdotool first." >&2; exit 1; }

raw=$(mktemp)
trap 'rm -f "$raw"' EXIT
JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$raw" "$launcher" >/dev/null 2>&1 &
pid=$!
for _ in $(seq 600); do
  xdotool search --onlyvisible --pid "$pid" >/dev/null 2>&1 && break
  kill -0 "$pid" 2>/dev/null || { echo "cds-classlist.sh: the console exited before showing a window." >&2; exit 1; }
  sleep 0.1
done
# Let the first frames render, so the rendering classes are listed too, then close it (the list is written as
# classes load, and closed on exit).
sleep 3
kill "$pid"
wait "$pid" 2>/dev/null || true

# Everything the built-in loaders loaded. The build-time dump skips the class-path classes (it has no class path);
# the postinst dump takes them.
grep -v ' source: ' "$raw" > "$out"
echo "cds-classlist.sh: $(wc -l < "$out") entries written to $out"
