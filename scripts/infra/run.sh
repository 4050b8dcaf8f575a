#!/usr/bin/env bash
# The infrastructure test run: starts real servers on loopback, runs the integration suites that
# need them against them, and stops them. Anything that cannot start fails the run. Servers:
# a MongoDB-wire-compatible server (mongo-java-server) for GridFS, the MongoDB read store and the
# read models on it (rebuild and crash scenarios, the projector), and the API's rate limits
# counted there by several instances; and Apache Kafka in KRaft mode for the Kafka message bus.
# EventStoreDB cannot run here; its contract runs too when EVENTSTORE_URL is set.
set -euo pipefail
cd "$(dirname "$0")/../.."
stop_all() {
  scripts/infra/mongo-server.sh stop || true
  scripts/infra/kafka-server.sh stop || true
}
trap stop_all EXIT
mongo_url="$(scripts/infra/mongo-server.sh start "${MONGO_TEST_PORT:-27018}")"
echo "MongoDB-wire server: $mongo_url ($(ls .infra-cache/mongo-wire-server/lib | grep -o '^mongo-java-server-[0-9.]*[0-9]' | head -1))"
kafka_brokers="$(scripts/infra/kafka-server.sh start "${KAFKA_TEST_PORT:-19092}")"
echo "Kafka broker (KRaft): $kafka_brokers (Apache Kafka $(ls .infra-cache/kafka/lib | sed -n 's/^kafka_2\.13-\(.*\)\.jar$/\1/p'))"
# --forceExit: under jest a kafkajs client keeps the worker alive after every consumer, producer
# and admin is disconnected (the same sequence exits at once in plain node); the suites' own
# results are what count.
# The production topology runs the compiled apps, as the image does.
npm run build --silent
MONGODB_URL="$mongo_url" KAFKA_BROKERS="$kafka_brokers" \
  npx jest --selectProjects integration --testPathPattern 'gridfs|esdb|kafka|read-store|read-models|projector|topology|mongo.idempotency|rate-limiter' --forceExit
