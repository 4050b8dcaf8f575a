#!/usr/bin/env bash
# The infrastructure test run: starts real servers on loopback, runs the integration suites that
# need them against them, and stops them. Anything that cannot start fails the run. Today: a
# MongoDB-wire-compatible server (mongo-java-server) for the GridFS blob store. EventStoreDB cannot
# run here; its contract runs too when EVENTSTORE_URL is set.
set -euo pipefail
cd "$(dirname "$0")/../.."
port="${MONGO_TEST_PORT:-27018}"
url="$(scripts/infra/mongo-server.sh start "$port")"
trap 'scripts/infra/mongo-server.sh stop' EXIT
echo "MongoDB-wire server: $url"
MONGODB_URL="$url" npx jest --selectProjects integration --testPathPattern 'gridfs|esdb'
