#!/usr/bin/env bash
# Times the installed desktop app from the launcher's start to its first window on the screen, under Xvfb, and
# optionally saves a screenshot once the window has painted.
# Usage: installer/first-window-benchmark.sh [RUNS] [SCREENSHOT.png]    (default: 5 runs, no screenshot)
# Needs the package installed (bulkhead on the PATH), xvfb-run, xwininfo (x11-utils) and, for the screenshot,
# ImageMagick's import. "Cold" runs drop the page cache first where the kernel lets root do it.
set -euo pipefail
runs=${1:-5}
shot=${2:-}
for tool in bulkhead xvfb-run xwininfo; do
  command -v "$tool" >/dev/null || { echo "first-window-benchmark: $tool not found (install the .deb; apt-get install -y xvfb x11-utils imagemagick)" >&2; exit 2; }
done
sample=/opt/bulkhead/lib/app/sample-models/ai-agent-saas.bulkhead.json

# Runs inside the X server: starts the app, polls the window tree every 20 ms until a top-level window named
# "Bulkhead ..." is mapped, prints the milliseconds, then screenshots (if asked) and closes the app.
one_run() {
  local start end pid
  start=$(date +%s%N)
  bulkhead "$sample" >/dev/null 2>&1 &
  pid=$!
  until xwininfo -root -tree 2>/dev/null | grep -q '"[^"]*Bulkhead[^"]*": ('; do
    sleep 0.02
    if (( ($(date +%s%N) - start) / 1000000 > 60000 )); then echo "no window within 60 s" >&2; kill "$pid"; return 1; fi
  done
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
  if [ -n "${SHOT:-}" ]; then
    sleep 6    # the analysis, the canvas and the compare strip fill in after the first frame
    import -window root "$SHOT"
  fi
  kill "$pid"; wait "$pid" 2>/dev/null || true
}
# xvfb-run is a /bin/sh script, which drops exported bash functions: the run goes through a file.
run_script=$(mktemp)
trap 'rm -f "$run_script"' EXIT
{ echo 'set -euo pipefail'; declare -f one_run; echo one_run; } > "$run_script"
export sample

times=()
for ((i = 0; i < runs; i++)); do
  sync; (echo 3 > /proc/sys/vm/drop_caches) 2>/dev/null || true
  times+=("$(SHOT= xvfb-run -a -s "-screen 0 1600x1000x24" bash "$run_script")")
done
printf '%s\n' "${times[@]}" | sort -n | awk -v n="$runs" '{a[NR]=$1} END {printf "first window: median %d ms (min %d, max %d) over %d runs\n", a[int((n+1)/2)], a[1], a[n], n}'
if [ -n "$shot" ]; then
  SHOT=$(realpath -m "$shot") xvfb-run -a -s "-screen 0 1600x1000x24" bash "$run_script" >/dev/null
  echo "screenshot: $shot"
fi
