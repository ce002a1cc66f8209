#!/usr/bin/env bash
# profile.sh - JFR CPU profile of one server under wrk load on one endpoint, pinned like compare.sh
# (server on CPU 0, wrk -t1 -c64 on CPU 1): WARMUP seconds of load, then a DURATION-second JFR recording
# (settings=profile: execution samples every 10 ms) while the load goes on; prints the hottest frames.
#
#   benchmarks/load/profile.sh plaintext                  # bench-app
#   SERVER=fastpath-engine benchmarks/load/profile.sh orders
#   SERVER=raw-netty benchmarks/load/profile.sh json
#   PREWARM="plaintext json users orders" benchmarks/load/profile.sh plaintext-pipelined
#
# Results: benchmarks/results/profile/<stamp>-<server>-<endpoint>/ (recording.jfr, top.md, wrk.txt, server.log).
set -euo pipefail
source "$(dirname "$0")/common.sh"

EP=${1:?usage: profile.sh plaintext|plaintext-pipelined|json|users|orders}
SERVER=${SERVER:-fastpath}
WARMUP=${WARMUP:-30}
DURATION=${DURATION:-30}
CONNS=${CONNS:-64}
PORT=${PORT:-39195}
OUT=${OUT:-$RESULTS/profile/$(date +%Y%m%d-%H%M%S)-$SERVER-$EP}
mkdir -p "$OUT"
case $SERVER in spring-*|raw-netty|vertx-web) build_anchors "$SERVER" ;; esac
build_fastpath
snapshot_jars "$OUT"

wrk_args() { # endpoint -> the wrk arguments for it, in the array wargs
  case $1 in
    plaintext)           wargs=("http://127.0.0.1:$PORT/plaintext") ;;
    plaintext-pipelined) wargs=(-s "$KIT/lua/pipeline.lua" "http://127.0.0.1:$PORT/plaintext" -- 16) ;;
    json)                wargs=("http://127.0.0.1:$PORT/json") ;;
    users)               wargs=("http://127.0.0.1:$PORT/users/42") ;;
    orders)              wargs=(-s "$KIT/lua/orders.lua" "http://127.0.0.1:$PORT/orders") ;;
    *) die "unknown endpoint $1" ;;
  esac
}

cmd=$(server_command "$SERVER")
cmd=${cmd//\{PORT\}/$PORT}
log "$SERVER: $cmd"
PORT=$PORT setsid taskset -c 0 bash -c "exec $cmd" >"$OUT/server.log" 2>&1 &
PID=$!
trap 'kill -TERM -- "-$PID" 2>/dev/null || true' EXIT
until curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$PORT/plaintext"; do
  kill -0 "$PID" 2>/dev/null || die "$SERVER exited during startup"
  sleep 0.3
done
# PREWARM: other endpoints to load first, WARMUP seconds each, as compare.sh warms every endpoint before
# measuring (the JIT then compiles the shared code for all of them, as in a load run).
for ep in ${PREWARM:-} "$EP"; do
  wrk_args "$ep"
  log "warm-up $ep ${WARMUP}s"
  taskset -c 1 wrk -t1 -c"$CONNS" -d"${WARMUP}s" "${wargs[@]}" >/dev/null
done
log "recording ${DURATION}s"
"$JCMD" "$PID" JFR.start name=bench settings=profile duration="${DURATION}s" filename="$OUT/recording.jfr" >/dev/null
read -r u0 s0 < <(sed 's/.*) //' "/proc/$PID/stat" | awk '{print $12, $13}')
taskset -c 1 wrk -t1 -c"$CONNS" -d"${DURATION}s" --latency "${wargs[@]}" >"$OUT/wrk.txt"
read -r u1 s1 < <(sed 's/.*) //' "/proc/$PID/stat" | awk '{print $12, $13}')
sleep 3
rps=$(awk '/^Requests\/sec:/ {print $2}' "$OUT/wrk.txt")
tck=$(getconf CLK_TCK)
cpu_line=$(awk -v u=$((u1 - u0)) -v s=$((s1 - s0)) -v t="$tck" -v d="$DURATION" -v r="$rps" 'BEGIN {
  printf "server CPU during the recording: user %.0f%%, system %.0f%% of one core; %.0f req/s = %.0f req per server cpu-s; %.1f us user + %.1f us system per request",
    u * 100 / t / d, s * 100 / t / d, r, r / ((u + s) / t / d), u / t / d / r * 1e6, s / t / d / r * 1e6 }')
echo "$cpu_line" >&2
grep -E 'Non-2xx|Socket errors' "$OUT/wrk.txt" >&2 || true
{ echo "$SERVER, $EP, wrk -t1 -c$CONNS: $cpu_line"; echo; python3 "$BENCH_DIR/report.py" jfr "$OUT/recording.jfr"; } >"$OUT/top.md"
head -60 "$OUT/top.md"
