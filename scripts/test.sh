#!/usr/bin/env bash
# The test command: set up (Python package, Docker engine, sandbox image), then the whole suite.
# Docker tests are never skipped: without an engine they fail.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# Run from a folder without the repository's top-level packages, so the installed `practice` is tested.
export PRACTICE_REQUIRE_DOCKER=1
cd tests && python3 -m pytest -p no:cacheprovider -q "$@" .
