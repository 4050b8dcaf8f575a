#!/usr/bin/env bash
# Starts a MongoDB-wire-compatible server (mongo-java-server, in memory) on loopback for the
# infrastructure tests: `scripts/infra/mongo-server.sh start [port]` prints its URL;
# `scripts/infra/mongo-server.sh stop` ends it. Needs Java 17 and Maven; the jars come from Maven
# Central and are cached under .infra-cache/ so later runs start at once.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cache="$root/.infra-cache/mongo-wire-server"
pidfile="$cache/server.pid"
port="${2:-27018}"

build() {
  mkdir -p "$cache/lib" "$cache/classes"
  if [ ! -f "$cache/lib/.complete" ]; then
    mvn -q -f "$here/mongo-wire-server/pom.xml" dependency:copy-dependencies -DoutputDirectory="$cache/lib" >&2
    touch "$cache/lib/.complete"
  fi
  if [ ! -f "$cache/classes/MongoWireServer.class" ] || [ "$here/mongo-wire-server/MongoWireServer.java" -nt "$cache/classes/MongoWireServer.class" ]; then
    javac -d "$cache/classes" -cp "$cache/lib/*" "$here/mongo-wire-server/MongoWireServer.java"
  fi
}

case "${1:-}" in
  start)
    build
    if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then kill "$(cat "$pidfile")"; sleep 1; fi
    java -cp "$cache/classes:$cache/lib/*" MongoWireServer "$port" > "$cache/server.log" 2>&1 &
    echo $! > "$pidfile"
    for _ in $(seq 1 60); do
      if grep -q "listening" "$cache/server.log" 2>/dev/null; then
        echo "mongodb://127.0.0.1:$port/quickclaim"
        exit 0
      fi
      if ! kill -0 "$(cat "$pidfile")" 2>/dev/null; then break; fi
      sleep 0.5
    done
    echo "mongo-wire-server did not start; its log:" >&2
    cat "$cache/server.log" >&2
    exit 1
    ;;
  stop)
    if [ -f "$pidfile" ]; then kill "$(cat "$pidfile")" 2>/dev/null || true; rm -f "$pidfile"; fi
    ;;
  *)
    echo "usage: $0 start [port] | stop" >&2
    exit 2
    ;;
esac
