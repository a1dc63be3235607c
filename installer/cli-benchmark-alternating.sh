#!/usr/bin/env bash
# Compares launchers of the command line on a busy machine: ROUNDS rounds (default 7), each running every
# LAUNCHER once for `validate` and `compare` of the 300-tenant model and for `--version`, so that a change in the
# machine's load falls on all of them alike. Prints per launcher and command the median wall clock (range) and the
# median CPU time of the process (user+sys), which depends much less on the load than the wall clock does.
#
# Usage: installer/cli-benchmark-alternating.sh LAUNCHER...     each LAUNCHER one quoted command line, e.g.
#   flock /tmp/bulkhead-mvn.lock installer/cli-benchmark-alternating.sh "java -jar $PWD/target/bulkhead.jar" \
#     installer/bulkhead /opt/bulkhead/bin/bulkhead bulkhead
# Needs /usr/bin/time (Debian: time) and the model installer/cli-benchmark.sh generates.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
model=$PWD/target/cli-benchmark/tenants-300.bulkhead.json
[ -f "$model" ] || { echo "cli-benchmark-alternating: no $model; run installer/cli-benchmark.sh once" >&2; exit 2; }
[ $# -gt 0 ] || { echo "usage: $0 LAUNCHER..." >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "cli-benchmark-alternating: /usr/bin/time not found (apt-get install -y time)" >&2; exit 2; }
log=$(mktemp)
trap 'rm -f "$log"' EXIT

echo "$(nproc) cores; load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
for ((round = 0; round < ${ROUNDS:-7}; round++)); do
  for ((l = 1; l <= $#; l++)); do
    for command in validate compare --version; do
      arguments=("$command" "$model"); [ "$command" = --version ] && arguments=(--version)
      # One line per process: launcher number, command, wall seconds, user+sys seconds. The generated model has
      # two deliberate errors, so validate's exit status 1 is expected.
      /usr/bin/time -f "$l $command %e %U %S" -a -o "$log" ${!l} "${arguments[@]}" >/dev/null 2>&1 || true
    done
  done
done
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
for ((l = 1; l <= $#; l++)); do
  echo "launcher: ${!l}"
  for command in validate compare --version; do
    awk -v l="$l" -v c="$command" '$1 == l && $2 == c { n++; wall[n] = $3; cpu[n] = $4 + $5 }
      function median(a, n,   i, j, t) { for (i = 2; i <= n; i++) for (j = i; j > 1 && a[j-1] > a[j]; j--) { t = a[j]; a[j] = a[j-1]; a[j-1] = t }
                                          return n % 2 ? a[(n+1)/2] : (a[n/2] + a[n/2+1]) / 2 }
      END { lo = hi = wall[1]; for (i = 1; i <= n; i++) { if (wall[i] < lo) lo = wall[i]; if (wall[i] > hi) hi = wall[i] }
            printf "  %-10s wall %.2f s (%.2f-%.2f), CPU %.2f s, %d runs\n", c, median(wall, n), lo, hi, median(cpu, n), n }' "$log"
  done
done
