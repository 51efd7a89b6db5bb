#!/usr/bin/env bash
# Set up a fresh Debian machine for practice: Python package, Docker engine, sandbox image.
# Idempotent: skips what is already there. Needs root for apt-get and dockerd.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v dockerd >/dev/null || need_apt+=(docker.io)
command -v debootstrap >/dev/null || need_apt+=(debootstrap)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "setup: installing ${need_apt[*]} from Debian's packages" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

if ! docker info >/dev/null 2>&1; then
  echo "setup: starting dockerd in the background (log: /tmp/practice-dockerd.log)" >&2
  (nohup dockerd >/tmp/practice-dockerd.log 2>&1 &)
  for _ in $(seq 1 60); do docker info >/dev/null 2>&1 && break; sleep 1; done
  docker info >/dev/null 2>&1 || { echo "setup: dockerd did not start; see /tmp/practice-dockerd.log" >&2; exit 4; }
fi

python3 -m pip install -q --disable-pip-version-check ".[test]" 2>&1 | grep -v -E "^WARNING: (Running pip as|Location)" || true
practice sandbox build
