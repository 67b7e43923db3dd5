#!/usr/bin/env bash
# Runs the test suite from scratch: dependencies, Chromium for the browser tests, then pytest.
# The tests start their own Neo4j (free port, temporary folder) and stop it at the end.
#   ./test.sh [pytest arguments]
set -euo pipefail
cd "$(dirname "$0")"
./setup.sh --deps-only
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "==> installing Debian's chromium for the browser tests"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "test.sh: /usr/bin/chromium is missing (apt-get install chromium); browser tests will fail" >&2
  fi
fi
exec .venv/bin/python -m pytest "$@"
