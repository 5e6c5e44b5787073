#!/usr/bin/env bash
# Install briefgen with its test dependencies (Python packages, and as root the Debian and npm
# packages the browser tests need), then run the test suite. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || python3 -m venv .venv
# The Debian and npm packages install while pip does: the two took 52 s one after the other.
bash scripts/setup-test-deps.sh &
system_packages=$!
# pip compiles what it installs one file at a time; compileall below does it on every core.
.venv/bin/python -m pip install --quiet --disable-pip-version-check --no-compile -e '.[test]'
wait "$system_packages"
# Compiled here: with PYTHONDONTWRITEBYTECODE set (as in many CI images) each of the suite's
# fresh interpreters compiled briefgen's modules, and the libraries it imports, again.
.venv/bin/python -m compileall -q -j 0 src "$(.venv/bin/python -c 'import sysconfig; print(sysconfig.get_path("purelib"))')" >/dev/null
# One worker per core this process may run on and one more, which runs while the others wait
# on a browser, a server or a child process (on 2 cores 3 workers took 4:55 where 2 took 5:10);
# PYTEST_XDIST_AUTO_NUM_WORKERS, as for `-n auto`, sets another number (a CI job's CPU quota).
# A test file stays on one worker so its module fixtures (a built wheel, a served site) are
# made once; the files go out longest first (tests/longestfirst.py), not xdist's most tests
# first, so the run ends on short ones. Pass `-n 0` to run in one process.
workers="${PYTEST_XDIST_AUTO_NUM_WORKERS:-$(($(nproc) + 1))}"
exec .venv/bin/python -m pytest -n "$workers" --dist loadfile --no-loadscope-reorder "$@"
