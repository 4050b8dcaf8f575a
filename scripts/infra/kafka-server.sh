#!/usr/bin/env bash
# Starts a single-node Apache Kafka broker in KRaft mode on loopback for the infrastructure tests:
# `scripts/infra/kafka-server.sh start [port]` prints the bootstrap address; `… stop` ends it and
# removes its data. Needs Java 17 and Maven; the jars come from Maven Central (scripts/infra/kafka/
# pom.xml) and are cached under .infra-cache/ so later runs start at once.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cache="$root/.infra-cache/kafka"
pidfile="$cache/broker.pid"
port="${2:-19092}"
controller_port=$((port + 1))

case "${1:-}" in
  start)
    mkdir -p "$cache/lib"
    if [ ! -f "$cache/lib/.complete" ]; then
      mvn -q -f "$here/kafka/pom.xml" dependency:copy-dependencies -DoutputDirectory="$cache/lib" >&2
      touch "$cache/lib/.complete"
    fi
    if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then kill "$(cat "$pidfile")"; sleep 2; fi
    data="$cache/data"
    rm -rf "$data" && mkdir -p "$data"
    cat > "$cache/server.properties" <<PROPERTIES
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:${controller_port}
listeners=PLAINTEXT://127.0.0.1:${port},CONTROLLER://127.0.0.1:${controller_port}
advertised.listeners=PLAINTEXT://127.0.0.1:${port}
controller.listener.names=CONTROLLER
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
log.dirs=${data}
num.partitions=1
offsets.topic.replication.factor=1
offsets.topic.num.partitions=3
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=false
PROPERTIES
    printf 'log4j.rootLogger=WARN, stdout\nlog4j.appender.stdout=org.apache.log4j.ConsoleAppender\nlog4j.appender.stdout.layout=org.apache.log4j.PatternLayout\nlog4j.appender.stdout.layout.ConversionPattern=%%d %%p %%c - %%m%%n\n' > "$cache/log4j.properties"
    java_opts=(-Xms256m -Xmx512m -Dlog4j.configuration="file:$cache/log4j.properties" -cp "$cache/lib/*")
    java "${java_opts[@]}" kafka.tools.StorageTool format -t "$(java "${java_opts[@]}" kafka.tools.StorageTool random-uuid)" -c "$cache/server.properties" > "$cache/format.log" 2>&1
    java "${java_opts[@]}" kafka.Kafka "$cache/server.properties" > "$cache/broker.log" 2>&1 &
    echo $! > "$pidfile"
    for _ in $(seq 1 120); do
      if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        sleep 1
        echo "127.0.0.1:$port"
        exit 0
      fi
      if ! kill -0 "$(cat "$pidfile")" 2>/dev/null; then break; fi
      sleep 0.5
    done
    echo "Kafka did not start; its log:" >&2
    tail -50 "$cache/broker.log" >&2
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
