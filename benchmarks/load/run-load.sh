#!/usr/bin/env bash
# run-load.sh - the shared kit's interleaved wrk comparison (../shared/bench/compare.sh) of Fastpath
# against the anchors, in one run, with identical heap flags for every server.
#
#   benchmarks/load/run-load.sh                       # 4 anchors + fastpath (bench-app) + fastpath-engine
#   SERVERS="raw-netty fastpath" ROUNDS=1 DURATION=5 WARMUP=10 benchmarks/load/run-load.sh   # quick look
#   CONNS=1024 LABEL=c1024 benchmarks/load/run-load.sh
#   EXTRA_ALL=--sun-misc-unsafe-memory-access=allow LABEL=unsafe benchmarks/load/run-load.sh
#
# SERVERS: names from common.sh (spring-mvc-tomcat spring-webflux-netty raw-netty vertx-web fastpath
# fastpath-jdk-carrier fastpath-nonblocking
# fastpath-unsafe fastpath-engine); the first is the ratio baseline. Every compare.sh setting (ROUNDS,
# DURATION, WARMUP, CONNS, ENDPOINTS, ...) passes through. Waits for a load average below MAX_LOAD (1.5)
# first, at most LOAD_WAIT seconds (then runs anyway and says so in the summary, unless REQUIRE_QUIET=1).
# Results: benchmarks/results/load/<stamp>-<LABEL>/ (summary.md, raw.tsv, wrk/, logs).
set -euo pipefail
source "$(dirname "$0")/common.sh"

SERVERS=${SERVERS:-"spring-mvc-tomcat spring-webflux-netty raw-netty vertx-web fastpath fastpath-engine"}
LABEL=${LABEL:-c${CONNS:-64}}
export OUT=${OUT:-$RESULTS/load/$(date +%Y%m%d-%H%M%S)-$LABEL}

prepare_servers "$OUT"

quiet="machine quiet (1-min load average < ${MAX_LOAD:-1.5}) at start"
if ! wait_for_quiet_machine; then
  [[ ${REQUIRE_QUIET:-0} == 1 ]] && die "machine never got quiet"
  quiet="MACHINE NOT QUIET at start (1-min load average $(cut -d' ' -f1 /proc/loadavg)): numbers are noisy"
fi

args=()
for s in $SERVERS; do args+=("$s=$(server_command "$s")"); done
pinned=$(taskset -c "${SERVER_CPU:-0}" "$JAVA" $JVM_FLAGS -XX:+PrintFlagsFinal -version 2>/dev/null |
  awk '$2 ~ /^Use(Serial|Parallel|G1|Z|Shenandoah)GC$/ && $4 == "true" {print $2}')
export INFO="- JVM: $("$JAVA" -version 2>&1 | sed -n 2p); heap flags \`$JVM_FLAGS\` for every server${EXTRA_ALL:+, plus \`$EXTRA_ALL\` for every server}; effective GC when pinned: $pinned; Runtime.availableProcessors() = $(taskset -c "${SERVER_CPU:-0}" nproc) under the pin
- $quiet; uptime: $(uptime)
- git: $(cd "$REPO_DIR" && git log -1 --format='%h %s' | cut -c1-100)"
mkdir -p "$OUT"
exec "$KIT/compare.sh" "${args[@]}"
