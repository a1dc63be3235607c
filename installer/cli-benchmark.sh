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
#   Without one it measures the plain jar and installer/bulkhead side by side.
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
median() {
  "$@" >/dev/null 2>&1 || true
  local times=() start end
  for ((i = 0; i < runs; i++)); do
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

echo "median of $runs runs, $(nproc) cores, $(java -version 2>&1 | head -1)"
if [ $# -gt 0 ]; then
  measure "$@"
else
  measure java -jar target/bulkhead.jar
  measure installer/bulkhead
fi
