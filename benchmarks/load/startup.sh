#!/usr/bin/env bash
# startup.sh - time from process start to the first 200 on GET /plaintext, median of RUNS (5) starts per
# server, each server pinned to one core (taskset -c 0) with the same flags as in the load comparison.
# Servers alternate within each run (A B, A B, ...) so drift hits both alike.
#
#   benchmarks/load/startup.sh                            # fastpath vs spring-mvc-tomcat
#   SERVERS="fastpath spring-mvc-tomcat raw-netty" RUNS=3 benchmarks/load/startup.sh
#
# Results: benchmarks/results/startup/<stamp>/ (summary.md, results.tsv, logs).
set -euo pipefail
source "$(dirname "$0")/common.sh"

SERVERS=${SERVERS:-"fastpath spring-mvc-tomcat"}
RUNS=${RUNS:-5}
# Below the ephemeral range (32768-60999): polling a port in it can connect curl to itself (TCP self-connect)
# and then hold the port the next server binds.
PORT=${PORT:-19190}
SERVER_CPU=${SERVER_CPU:-0}
OUT=${OUT:-$RESULTS/startup/$(date +%Y%m%d-%H%M%S)}
mkdir -p "$OUT"

prepare_servers "$OUT"

trap stop_server EXIT

printf 'run\tserver\tms_to_first_200\tload1\n' >"$OUT/results.tsv"
for r in $(seq 1 "$RUNS"); do
  for s in $SERVERS; do
    cmd=$(server_command "$s")
    cmd=${cmd//\{PORT\}/$PORT}
    # The previous server may still hold the port for a moment after it was stopped.
    for _ in $(seq 1 100); do ss -Hltn "sport = :$PORT" | grep -q . || break; sleep 0.1; done
    load=$(cut -d' ' -f1 /proc/loadavg)
    t0=$(date +%s%N)
    PORT=$PORT setsid taskset -c "$SERVER_CPU" bash -c "exec $cmd" >"$OUT/$s-$r.log" 2>&1 &
    PID=$!
    # curl on the other core, polling every ~10 ms: connection refused until the server listens
    until [[ $(taskset -c 1 curl -s -o /dev/null -w '%{http_code}' --max-time 1 "http://127.0.0.1:$PORT/plaintext" || true) == 200 ]]; do
      kill -0 "$PID" 2>/dev/null || die "$s exited during startup (log: $OUT/$s-$r.log)"
      sleep 0.01
    done
    t1=$(date +%s%N)
    ms=$(( (t1 - t0) / 1000000 ))
    printf '%s\t%s\t%s\t%s\n' "$r" "$s" "$ms" "$load" >>"$OUT/results.tsv"
    log "run $r $s: first 200 after $ms ms (load average $load)"
    stop_server
    sleep 1
  done
done

{
  echo "# Startup to first 200 on GET /plaintext $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "- $RUNS starts per server, alternating; server pinned to CPU $SERVER_CPU; heap flags \`$JVM_FLAGS\`${EXTRA_ALL:+ + \`$EXTRA_ALL\`}"
  echo "- measured from just before the exec to the first 200 answer (curl every ~10 ms, on CPU 1)"
  echo
  base=${SERVERS##* }
  echo "| server | median ms | min..max ms | vs $base | load average at starts |"
  echo "|---|---:|---:|---:|---|"
  awk -F'\t' -v order="$SERVERS" -v base="$base" '
    function median(s,   a, n, i, j, t) { n = split(s, a, " "); for (i = 2; i <= n; i++) { t = a[i] + 0; for (j = i - 1; j >= 1 && a[j] + 0 > t; j--) a[j + 1] = a[j]; a[j + 1] = t }
      lo = a[1]; hi = a[n]; return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
    NR > 1 { ms[$2] = ms[$2] " " $3; ld[$2] = ld[$2] " " $4 }
    END { b = median(ms[base]); n = split(order, names, " ")
      for (k = 1; k <= n; k++) { s = names[k]; m = median(ms[s]); printf "| %s | %.0f | %.0f..%.0f | %.2f |%s |\n", s, m, lo, hi, m / b, ld[s] } }' "$OUT/results.tsv"
} >"$OUT/summary.md"
cat "$OUT/summary.md"
