#!/usr/bin/env bash
# write-syscalls.sh - counts the server's write system calls for a fixed pipelined workload: one connection
# sends BATCHES batches of 16 GET /hello requests (waiting for each batch's 16 responses) to a jar of the
# sample app or bench app, run under `strace -f -c` with the epoll transport and one event loop.
#
#   benchmarks/load/write-syscalls.sh sample-app/target/sample-app-0.1.0-SNAPSHOT.jar
#
# Prints the strace summary rows of the calls that write to sockets (writev, sendto, write).
set -euo pipefail
JAR=${1:?jar}
PORT=${PORT:-30291}
BATCHES=${BATCHES:-500}
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

strace -f -qq -c -o "$OUT/strace.txt" "$JAVA" -Xms1g -Xmx1g --add-modules jdk.incubator.vector \
  --enable-native-access=ALL-UNNAMED -jar "$JAR" --server.port="$PORT" --fastpath.transport.engine=epoll \
  --fastpath.transport.event-loops=1 > "$OUT/server.log" 2>&1 &
for _ in $(seq 120); do curl -sf "localhost:$PORT/hello" > /dev/null && break; sleep 0.5; done

batches() {
  python3 - "$PORT" "$1" <<'PY'
import socket, sys
port, batches = int(sys.argv[1]), int(sys.argv[2])
s = socket.create_connection(("127.0.0.1", port))
batch = b"GET /hello HTTP/1.1\r\nHost: bench\r\n\r\n" * 16
for _ in range(batches):
    s.sendall(batch)
    seen = b""
    while seen.count(b"HTTP/1.1 200") < 16:
        seen += s.recv(65536)
s.close()
PY
}
batches 50                      # warm-up
batches "$BATCHES"
echo "responses: $(( (BATCHES + 50) * 16 ))"
pkill -f -- "--server.port=$PORT"
sleep 3
grep -E " (writev|sendto|write)$" "$OUT/strace.txt"
