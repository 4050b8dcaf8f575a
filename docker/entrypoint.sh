#!/bin/sh
# One image, every QuickClaim process: the first argument chooses which one runs.
#   api          the HTTP API and the web consoles (several may run behind a proxy)
#   projector    feeds the read models in MongoDB from the event store (exactly one)
#   relay        process managers, and the event store to Kafka and back (exactly one)
#   audit        one-shot: verify hash chains and photos (`audit verify --all`), as `npm run audit`
#   projections  one-shot: list or rebuild read models, as `npm run projections`
# Whatever follows the command is passed to the process. The compiled JavaScript resolves the
# @quickclaim/* aliases through tsconfig-paths against dist/, as package.json's start:* scripts do.
set -eu

app_home="${APP_HOME:-$(cd "$(dirname "$0")/.." && pwd)}"
cd "$app_home"
export TS_NODE_BASEURL="${TS_NODE_BASEURL:-$app_home/dist}"

usage() {
  echo "usage: entrypoint.sh api|projector|relay|audit|projections [arguments…]" >&2
}

if [ $# -eq 0 ]; then
  usage
  exit 2
fi
command="$1"
shift

# exec: the process replaces this shell, so the signals `docker stop` sends reach it directly.
case "$command" in
  api) exec node -r tsconfig-paths/register dist/apps/api/src/main.js "$@" ;;
  projector) exec node --max-semi-space-size=64 -r tsconfig-paths/register dist/apps/projector/src/main.js "$@" ;;
  relay) exec node -r tsconfig-paths/register dist/apps/relay/src/main.js "$@" ;;
  audit) exec node -r tsconfig-paths/register dist/apps/api/src/cli/audit.main.js "$@" ;;
  projections) exec node -r tsconfig-paths/register dist/apps/projector/src/projections.main.js "$@" ;;
  *)
    echo "unknown command: $command" >&2
    usage
    exit 2
    ;;
esac
