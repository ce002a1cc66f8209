#!/usr/bin/env bash
# idle-connections.sh - memory per idle keep-alive connection: for each server, start it pinned like
# compare.sh does (taskset -c 0, same flags), warm it, measure RSS and heap after a full GC, open and hold
# CONNECTIONS (10,000) keep-alive connections that each served one request (IdleConnections.java, pinned to
# CPU 1), measure again, time fresh requests while they are held, and check the held ones still answer.
#
#   benchmarks/load/idle-connections.sh                      # fastpath + fastpath-engine + the 4 anchors
#   SERVERS="fastpath raw-netty" CONNECTIONS=1000 benchmarks/load/idle-connections.sh   # quick look
#
# FASTPATH_ARGS is appended to the bench-app command (e.g. --fastpath.limits.max-connections=20000).
# HISTOGRAM=1 also writes jcmd GC.class_histogram before and while held (<server>.histogram-*.txt).
# Results: benchmarks/results/idle/<stamp>/ (summary.md, results.tsv, <server>.log, <server>.client.txt).
set -euo pipefail
source "$(dirname "$0")/common.sh"

SERVERS=${SERVERS:-"fastpath fastpath-engine spring-mvc-tomcat spring-webflux-netty raw-netty vertx-web"}
CONNECTIONS=${CONNECTIONS:-10000}
PORT=${PORT:-39180}
SERVER_CPU=${SERVER_CPU:-0}
CLIENT_CPU=${CLIENT_CPU:-1}
FASTPATH_ARGS=${FASTPATH_ARGS:-}
OUT=${OUT:-$RESULTS/idle/$(date +%Y%m%d-%H%M%S)}
mkdir -p "$OUT"

# 10,000 client sockets here, 10,000 accepted sockets in the server: raise the open-files limit for both.
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"
(( $(ulimit -n) > CONNECTIONS + 200 )) || die "open-files limit $(ulimit -n) is too low for $CONNECTIONS connections"

prepare_servers "$OUT"

trap stop_server EXIT

printf 'server\tconnections\tanswered\tstill_answering\trss_before_kib\trss_held_kib\theap_before_kib\theap_held_kib\trss_per_conn_b\theap_per_conn_b\tfresh_ms_median\tfresh_ms_max\tfresh_failed\n' >"$OUT/results.tsv"
for s in $SERVERS; do
  cmd=$(server_command "$s")
  [[ $s == fastpath* ]] && cmd="$cmd $FASTPATH_ARGS"
  cmd=${cmd//\{PORT\}/$PORT}
  log "$s: $cmd"
  PORT=$PORT setsid taskset -c "$SERVER_CPU" bash -c "exec $cmd" >"$OUT/$s.log" 2>&1 &
  PID=$!
  t0=$SECONDS
  until curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$PORT/plaintext"; do
    kill -0 "$PID" 2>/dev/null || die "$s exited during startup (log: $OUT/$s.log)"
    (( SECONDS - t0 < 120 )) || die "$s not up after 120 s"
    sleep 0.3
  done
  taskset -c "$CLIENT_CPU" "$JAVA" -Xmx512m "$(dirname "$0")/IdleConnections.java" "$PID" "$PORT" "$CONNECTIONS" "$JCMD" \
    ${HISTOGRAM:+"$OUT/$s.histogram"} \
    >"$OUT/$s.client.txt" 2>&1 || log "$s: client failed (see $OUT/$s.client.txt)"
  grep -v '^RESULT' "$OUT/$s.client.txt" | sed "s/^/  $s: /" >&2 || true
  line=$(grep '^RESULT' "$OUT/$s.client.txt" | cut -f2- || true)
  [[ -n $line ]] && printf '%s\t%s\n' "$s" "$line" >>"$OUT/results.tsv"
  stop_server
  sleep 2
done

{
  echo "# Idle keep-alive connections $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "- $CONNECTIONS connections opened by IdleConnections.java (pinned to CPU $CLIENT_CPU), one GET /plaintext answered on each, then held"
  echo "- servers pinned to CPU $SERVER_CPU, heap flags \`$JVM_FLAGS\`${EXTRA_ALL:+ + \`$EXTRA_ALL\`}${FASTPATH_ARGS:+; Fastpath also \`$FASTPATH_ARGS\`}"
  echo "- RSS from /proc/<pid>/status (VmRSS); heap = used after \`jcmd <pid> GC.run\` (\`GC.heap_info\`); per connection = (held - before) / answered"
  echo "- fresh = a new connection's GET /plaintext while the others are held (connect to last byte), 20 tries"
  echo "- uptime at end: $(uptime)"
  echo
  echo "| server | held (answered) | still answering at end | RSS before MiB | RSS held MiB | RSS per conn | heap before MiB | heap held MiB | heap per conn | fresh ms median | fresh ms max | fresh failed / tries |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  awk -F'\t' 'NR > 1 { printf "| %s | %d / %d | %d | %.0f | %.0f | %.2f KiB | %.0f | %.0f | %.2f KiB | %s | %s | %s |\n",
      $1, $3, $2, $4, $5 / 1024, $6 / 1024, $9 / 1024, $7 / 1024, $8 / 1024, $10 / 1024, $11, $12, $13 }' "$OUT/results.tsv"
} >"$OUT/summary.md"
cat "$OUT/summary.md"
