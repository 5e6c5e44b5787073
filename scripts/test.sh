#!/usr/bin/env bash
# Install briefgen with its test dependencies (Python packages, and as root the Debian and npm
# packages the browser tests need), then run the test suite. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
bash scripts/setup-test-deps.sh
# Compiled once here: with PYTHONDONTWRITEBYTECODE set (as in many CI images) each of the
# suite's fresh interpreters compiled briefgen's modules again, 35 s of a 4.5-minute run.
.venv/bin/python -m compileall -q src >/dev/null
# One worker per core; a test file stays on one worker so its module fixtures (a built wheel,
# a served site) are made once. Pass `-n 0` to run in one process.
exec .venv/bin/python -m pytest -n auto --dist loadfile "$@"
