# Shared by the load scripts in this folder (sourced, not run).
# Paths, the JVM, the anchor jars (built under /tmp/bench-anchors, never inside ../shared), the server
# commands, and the wait for a quiet machine.

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)   # benchmarks/
REPO_DIR=$(cd "$BENCH_DIR/.." && pwd)
KIT=${KIT:-$(cd "$REPO_DIR/../../shared/bench" 2>/dev/null && pwd || echo /work/shared/bench)}
export JAVA_HOME=${BENCH_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA=$JAVA_HOME/bin/java
JCMD=$JAVA_HOME/bin/jcmd
ANCHOR_BUILD=${ANCHOR_BUILD:-${TMPDIR:-/tmp}/bench-anchors}
# Every server gets these (the anchors' recorded flags); EXTRA_ALL is appended to every server's flags
# (e.g. EXTRA_ALL=--sun-misc-unsafe-memory-access=allow for the run with Unsafe allowed everywhere).
JVM_FLAGS=${JVM_FLAGS:--Xms1g -Xmx1g}
EXTRA_ALL=${EXTRA_ALL:-}
# What Fastpath needs on top (simdjson-java's Vector API, Netty's natives): same as the root pom's flags.
FP_FLAGS=${FP_FLAGS:---add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED}
BENCH_APP_JAR=$BENCH_DIR/bench-app/target/bench-app.jar
BENCHMARKS_JAR=$BENCH_DIR/target/benchmarks.jar
RESULTS=${RESULTS:-$BENCH_DIR/results}

log() { echo "[$(date +%H:%M:%S)] $*" >&2; }
die() { echo "FATAL: $*" >&2; exit 1; }

# Builds the anchors the kit defines in a temporary folder (the kit's own run-anchors.sh would build inside
# shared/bench when the user may write there, e.g. as root, even though that folder is meant read-only).
build_anchors() { # anchor names
  local a
  for a in "$@"; do
    [[ -f $ANCHOR_BUILD/$a/target/app.jar && ${BUILD:-0} != 1 ]] && continue
    log "building anchor $a in $ANCHOR_BUILD/$a"
    mkdir -p "$ANCHOR_BUILD/$a"
    rm -rf "$ANCHOR_BUILD/$a/src" "$ANCHOR_BUILD/$a/pom.xml"
    cp -r "$KIT/anchors/$a/pom.xml" "$KIT/anchors/$a/src" "$ANCHOR_BUILD/$a/"
    chmod -R u+w "$ANCHOR_BUILD/$a"
    (cd "$ANCHOR_BUILD/$a" && mvn -q -B -DskipTests package) || die "anchor $a did not build"
  done
}

# Builds bench-app.jar and benchmarks.jar (FastpathBenchServer) unless NO_BUILD=1.
build_fastpath() {
  [[ ${NO_BUILD:-0} == 1 && -f $BENCH_APP_JAR && -f $BENCHMARKS_JAR ]] && return 0
  log "building bench-app.jar and benchmarks.jar"
  (cd "$REPO_DIR" && mvn -B -q -pl benchmarks,benchmarks/bench-app -am package -DskipTests) || die "build failed"
}

# Copies the two Fastpath jars into the run's folder and runs those, so a rebuild during a run cannot
# change or break the servers under test.
snapshot_jars() { # run folder
  mkdir -p "$1/jars"
  cp "$BENCH_APP_JAR" "$BENCHMARKS_JAR" "$1/jars/"
  BENCH_APP_JAR=$1/jars/bench-app.jar
  BENCHMARKS_JAR=$1/jars/benchmarks.jar
}

# The start command of a server by name (port placeholder {PORT} as compare.sh expects).
prepare_servers() { # run folder: builds the anchors named in SERVERS and Fastpath, snapshots the jars there
  local anchors=() s
  for s in $SERVERS; do case $s in spring-*|raw-netty|vertx-web) anchors+=("$s") ;; esac; done
  build_anchors "${anchors[@]}"
  build_fastpath
  snapshot_jars "$1"
}

PID=
stop_server() { # the server started in the background as $PID, with its process group
  [[ -n $PID ]] || return 0
  kill -TERM -- "-$PID" 2>/dev/null || kill -TERM "$PID" 2>/dev/null || true
  for _ in $(seq 1 50); do kill -0 "$PID" 2>/dev/null || break; sleep 0.2; done
  kill -KILL -- "-$PID" 2>/dev/null || true
  PID=
}

server_command() { # name
  case $1 in
    spring-mvc-tomcat|spring-webflux-netty|raw-netty|vertx-web)
      echo "$JAVA $JVM_FLAGS $EXTRA_ALL -jar $ANCHOR_BUILD/$1/target/app.jar" ;;
    fastpath)          # bench-app: Spring Boot + annotated controllers on the Fastpath starter
      echo "$JAVA $JVM_FLAGS $FP_FLAGS $EXTRA_ALL -jar $BENCH_APP_JAR --server.port={PORT}" ;;
    fastpath-epoll)    # the same app on the epoll transport instead of io_uring (AUTO's choice here)
      echo "$JAVA $JVM_FLAGS $FP_FLAGS $EXTRA_ALL -jar $BENCH_APP_JAR --server.port={PORT} --fastpath.transport.engine=epoll" ;;
    fastpath-jdk-carrier)   # the same app with its handlers' virtual threads on the JDK's scheduler (before 2026-11-27)
      echo "$JAVA $JVM_FLAGS $FP_FLAGS $EXTRA_ALL -jar $BENCH_APP_JAR --server.port={PORT} --fastpath.execution.virtual-thread-carrier=jdk" ;;
    fastpath-nonblocking)   # the same app with its handlers annotated @NonBlocking (event loop, no virtual thread)
      echo "$JAVA $JVM_FLAGS $FP_FLAGS $EXTRA_ALL -jar $BENCH_APP_JAR --server.port={PORT} --bench.non-blocking=true" ;;
    fastpath-unsafe)   # the same, with sun.misc.Unsafe memory access allowed (Netty then uses it)
      echo "$JAVA $JVM_FLAGS $FP_FLAGS --sun-misc-unsafe-memory-access=allow $EXTRA_ALL -jar $BENCH_APP_JAR --server.port={PORT}" ;;
    fastpath-engine)   # the contract on the engine alone, no Spring (FastpathBenchServer)
      echo "$JAVA $JVM_FLAGS $FP_FLAGS $EXTRA_ALL -cp $BENCHMARKS_JAR dev.fastpath.bench.server.FastpathBenchServer {PORT}" ;;
    *) die "unknown server '$1'" ;;
  esac
}

# Waits until the 1-minute load average is below MAX_LOAD (default 1.5), at most LOAD_WAIT seconds
# (default 3600); returns 1 if it never got there.
wait_for_quiet_machine() {
  local max=${MAX_LOAD:-1.5} limit=${LOAD_WAIT:-3600} t0=$SECONDS load
  while :; do
    load=$(cut -d' ' -f1 /proc/loadavg)
    if awk -v l="$load" -v m="$max" 'BEGIN {exit !(l < m)}'; then
      log "load average $load < $max: machine quiet"
      return 0
    fi
    if (( SECONDS - t0 >= limit )); then
      log "load average still $load after ${limit}s (wanted < $max)"
      return 1
    fi
    sleep 20
  done
}
