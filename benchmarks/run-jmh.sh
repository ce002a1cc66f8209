#!/usr/bin/env bash
# run-jmh.sh - build benchmarks.jar and run the JMH suites with -prof gc; JSON results and a Markdown
# summary go to benchmarks/results/ (gitignored).
#
#   benchmarks/run-jmh.sh                 # every suite, short settings (each suite's own annotations:
#                                         # 1 fork, 3 warm-up + 3..5 measured iterations of 2-4 s; ~15 min on 2 cores)
#   benchmarks/run-jmh.sh --long          # every suite, 3 forks x (5 x 5 s warm-up + 10 x 5 s measured) (~2.5 h)
#   benchmarks/run-jmh.sh Router Json     # only benchmarks whose name matches a regex
#   benchmarks/run-jmh.sh --no-build ...  # reuse benchmarks/target/benchmarks.jar
#
# Suites: http1.Http1DecoderBenchmark (our parser vs Netty's HttpRequestDecoder), routing.RouterBenchmark
# (radix router vs Spring PathPattern, GitHub API routes), validation.ValidationBenchmark (JSON Schema vs
# networknt), validation.DtoValidationBenchmark (validate+bind vs Jackson 3 + Hibernate Validator),
# json.JsonWriteBenchmark (controller JSON write vs Jackson to byte[]), dispatch.DispatchBenchmark
# (compiled controller routes vs DispatcherServlet). Extra JMH options: JMH_OPTS="-t 1 ..."; extra JVM options
# for the JMH launcher: JAVA_OPTS (e.g. -Djmh.ignoreLock=true while another JMH run holds /tmp/jmh.lock).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
JAVA=${BENCH_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
FLAGS="--add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED"

mode=short build=1 patterns=()
for arg in "$@"; do
  case $arg in
    --long) mode=long ;;
    --no-build) build=0 ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    -*) echo "unknown option $arg (JMH options go in JMH_OPTS)" >&2; exit 2 ;;
    *) patterns+=("$arg") ;;
  esac
done

if (( build )) || [[ ! -f $HERE/target/benchmarks.jar ]]; then
  (cd "$REPO" && mvn -B -q -pl benchmarks -am package -DskipTests)
fi

mkdir -p "$HERE/results"
stamp=$(date +%Y%m%d-%H%M%S)
base=$HERE/results/jmh-$stamp-$mode
opts=(-prof gc -rf json -rff "$base.json")
if [[ $mode == long ]]; then
  opts+=(-f 3 -wi 5 -w 5s -i 10 -r 5s)
fi
# shellcheck disable=SC2086
"$JAVA" $FLAGS ${JAVA_OPTS:-} -jar "$HERE/target/benchmarks.jar" "${patterns[@]}" "${opts[@]}" ${JMH_OPTS:-} 2>&1 | tee "$base.log"
{
  echo "# JMH $mode run $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "- $("$JAVA" -version 2>&1 | sed -n 2p); $(nproc) CPUs; load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- command: benchmarks/run-jmh.sh $*"
  echo
  python3 "$HERE/report.py" jmh "$base.json"
} >"$base.md"
cat "$base.md"
echo "results: $base.json, $base.md" >&2
