#!/usr/bin/env bash
# context-switches.sh - context switches and CPU per request of a server under wrk load: shows the cost of
# handing each request to another thread (bench-app's virtual threads against its @NonBlocking variant).
# Each server runs pinned to CPU 0 (wrk on CPU 1); per endpoint: WARMUP s of load, then a DURATION s run over
# which the server's context switches (voluntary + involuntary, all threads, /proc/<pid>/task/*/status) and
# user/system CPU (/proc/<pid>/stat) are read.
#
#   benchmarks/load/context-switches.sh                                   # fastpath vs fastpath-nonblocking
#   SERVERS="fastpath-engine raw-netty" ENDPOINTS="json" benchmarks/load/context-switches.sh
#
# Prints one tab-separated line per server x endpoint. Short warm-ups on a busy core leave the JIT unfinished:
# then the CPU figures are too high, while the context switches per request are still telling.
set -euo pipefail
source "$(dirname "$0")/common.sh"

SERVERS=${SERVERS:-"fastpath fastpath-nonblocking"}
ENDPOINTS=${ENDPOINTS:-"plaintext users/42"}
WARMUP=${WARMUP:-10}
DURATION=${DURATION:-10}
PORT=${PORT:-30197}
build_fastpath

trap stop_server EXIT
switches() { cat /proc/"$1"/task/*/status 2>/dev/null | awk '/ctxt_switches/ {s += $2} END {print s}'; }

printf 'server\tendpoint\trequests\tswitches_per_request\tuser_us_per_request\tsystem_us_per_request\treq_per_cpu_s\n'
for s in $SERVERS; do
  cmd=$(server_command "$s")
  cmd=${cmd//\{PORT\}/$PORT}
  setsid taskset -c 0 bash -c "exec $cmd" >/dev/null 2>&1 &
  PID=$!
  until curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$PORT/plaintext"; do
    kill -0 "$PID" 2>/dev/null || die "$s exited during startup"
    sleep 0.3
  done
  for ep in $ENDPOINTS; do
    taskset -c 1 wrk -t1 -c64 -d"${WARMUP}s" "http://127.0.0.1:$PORT/$ep" >/dev/null
    cs0=$(switches "$PID")
    read -r u0 s0 < <(sed 's/.*) //' "/proc/$PID/stat" | awk '{print $12, $13}')
    n=$(taskset -c 1 wrk -t1 -c64 -d"${DURATION}s" "http://127.0.0.1:$PORT/$ep" | awk '/requests in/ {print $1}')
    read -r u1 s1 < <(sed 's/.*) //' "/proc/$PID/stat" | awk '{print $12, $13}')
    cs1=$(switches "$PID")
    awk -v s="$s" -v ep="$ep" -v n="$n" -v cs=$((cs1 - cs0)) -v u=$((u1 - u0)) -v k=$((s1 - s0)) -v t="$(getconf CLK_TCK)" 'BEGIN {
      printf "%s\t%s\t%d\t%.2f\t%.1f\t%.1f\t%.0f\n", s, ep, n, cs / n, u / t / n * 1e6, k / t / n * 1e6, n / ((u + k) / t) }'
  done
  stop_server
  sleep 1
done
