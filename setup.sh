#!/usr/bin/env bash
# Sets geokg up on a fresh machine (Python 3.11+, Java 17+, Maven) and runs it on the samples:
#   virtual environment + dependencies -> local Neo4j -> ingest samples/ -> dashboard.
#
#   ./setup.sh              everything, ending with the dashboard at http://127.0.0.1:8501
#   ./setup.sh --deps-only  only the virtual environment and dependencies (what ./test.sh needs)
#
# Environment: PYTHON (default python3), GEOKG_HOME, GEOKG_BOLT_PORT, NEO4J_URI/USER/PASSWORD
# (use an existing server instead of the local one), GEOKG_DASHBOARD_PORT (default 8501).
set -euo pipefail
cd "$(dirname "$0")"

deps_only=false
for arg in "$@"; do
  case "$arg" in
    --deps-only) deps_only=true ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "setup.sh: unknown option $arg" >&2; exit 2 ;;
  esac
done

python=${PYTHON:-python3}
if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "setup.sh: geokg needs Python 3.11 or newer (set PYTHON=/path/to/python3.11)" >&2
  exit 1
fi

if [ ! -x .venv/bin/python ]; then
  echo "==> creating the virtual environment in .venv"
  "$python" -m venv .venv
fi
stamp=.venv/.geokg-deps
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  echo "==> installing dependencies"
  .venv/bin/python -m pip install --quiet --upgrade pip
  .venv/bin/python -m pip install --quiet -e '.[test]'
  touch "$stamp"
fi
$deps_only && exit 0

echo "==> starting Neo4j"
.venv/bin/geokg db start
echo "==> ingesting the sample articles"
.venv/bin/geokg ingest samples
port=${GEOKG_DASHBOARD_PORT:-8501}
echo "==> dashboard: http://127.0.0.1:$port   (Ctrl-C stops it; 'geokg db stop' stops Neo4j)"
exec .venv/bin/geokg dashboard --port "$port"
