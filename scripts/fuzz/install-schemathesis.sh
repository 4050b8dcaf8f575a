#!/usr/bin/env bash
# Installs schemathesis (from PyPI, at the versions pinned in requirements.txt) into a virtualenv
# under .infra-cache/ and prints the path of its command. Later runs reuse the virtualenv while
# the pins are unchanged. Needs Python 3.10+ with the venv module.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
venv="$root/.infra-cache/schemathesis-venv"
pins="$here/requirements.txt"
python="${PYTHON:-python3}"

if [ -x "$venv/bin/schemathesis" ] && cmp -s "$pins" "$venv/.installed-requirements.txt"; then
  echo "$venv/bin/schemathesis"
  exit 0
fi
rm -rf "$venv"
"$python" -m venv "$venv" >&2
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check --no-input -r "$pins" >&2
cp "$pins" "$venv/.installed-requirements.txt"
echo "$venv/bin/schemathesis"
