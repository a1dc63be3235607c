#!/usr/bin/env bash
# Times `bulkhead validate` and `bulkhead compare` of a 300-tenant model as whole processes and prints the
# median of RUNS runs (default 11) per command, in seconds. Start-up is what this measures, so run it when no
# other build is using the cores (the project's builds take /tmp/bulkhead-mvn.lock; so can you:
#   flock /tmp/bulkhead-mvn.lock installer/cli-benchmark.sh).
#
# Usage: installer/cli-benchmark.sh [LAUNCHER...]
#   LAUNCHER is the command that starts Bulkhead, for example
#     installer/cli-benchmark.sh java -jar target/bulkhead.jar                       (plain jar)
#     installer/cli-benchmark.sh installer/bulkhead                                         (jar + AppCDS archive)
#     installer/cli-benchmark.sh bulkhead                                             (installed package, on the PATH)
#   Without one it measures the plain jar, installer/bulkhead with its resident process off (BULKHEAD_DAEMON=off:
#   a JVM per command), and installer/bulkhead through its resident process (issue 15), cold (the process stopped,
#   with `daemon stop`, before each run, so each run starts one) and warm (the process already running).
#   With DAEMON=1 a LAUNCHER is measured cold and warm in the same way.
# Needs `mvn package` to have run (target/bulkhead.jar); the model is generated once into target/cli-benchmark/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs=${RUNS:-11}
model=target/cli-benchmark/tenants-300.bulkhead.json

[ -f target/bulkhead.jar ] || { echo "cli-benchmark: target/bulkhead.jar is missing; run 'mvn package -DskipTests' first" >&2; exit 2; }
if [ ! -f "$model" ]; then
  # The generator lives in the test sources (GeneratedModels), so it needs the test classpath.
  mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
  java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
    dev.bulkhead.benchmark.CliBenchmarkModel "$model" >/dev/null
fi

# Prints the median wall-clock time of "$@" over $runs runs (after one untimed warm-up run for the page cache).
# $prepare, when set, runs untimed before each run.
prepare=''
median() {
  "$@" >/dev/null 2>&1 || true
  local times=() start end
  for ((i = 0; i < runs; i++)); do
    [ -z "$prepare" ] || $prepare >/dev/null 2>&1 || true
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true   # the generated model has two deliberate errors: exit status 1 is expected
    end=$(date +%s%N)
    times+=("$(( (end - start) / 1000000 ))")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v n="$runs" '{a[NR]=$1} END {printf "%.3f s (min %.3f, max %.3f)", a[int((n+1)/2)]/1000, a[1]/1000, a[n]/1000}'
}

measure() {
  echo "launcher: $*"
  echo "  validate  $(median "$@" validate "$model")"
  echo "  compare   $(median "$@" compare "$model")"
}

# The launcher "$@" through its resident process: cold (stopped before each run) and warm (left running).
measure_daemon() {
  prepare="$* daemon stop"
  echo "cold, resident process stopped before each run:"
  measure "$@"
  prepare=''
  echo "warm, resident process running:"
  measure "$@"
  "$@" daemon stop >/dev/null
}

echo "median of $runs runs, $(nproc) cores, $(java -version 2>&1 | head -1), load average$(uptime | sed 's/.*load average//')"
if [ $# -gt 0 ] && [ -n "${DAEMON:-}" ]; then
  measure_daemon "$@"
elif [ $# -gt 0 ]; then
  measure "$@"
else
  measure java -jar target/bulkhead.jar
  echo "BULKHEAD_DAEMON=off (a JVM per command):"
  BULKHEAD_DAEMON=off measure installer/bulkhead
  measure_daemon installer/bulkhead
fi
echo "load average at the end$(uptime | sed 's/.*load average//')"
