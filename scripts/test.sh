#!/usr/bin/env bash
# Install briefgen with its test dependencies (Python packages, and as root the Debian and npm
# packages the browser tests need), then run the test suite. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
bash scripts/setup-test-deps.sh
exec .venv/bin/python -m pytest "$@"
