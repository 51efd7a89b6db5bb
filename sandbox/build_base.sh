#!/usr/bin/env bash
# Build the sandbox's base image from Debian's own packages when no image
# registry is reachable: debootstrap a minimal Debian with Python, then
# `docker import` it. The mirror is read from this machine's apt sources.
set -euo pipefail
TAG="${1:-practice-base:bookworm}"
SUITE="${SUITE:-bookworm}"

mirror=""
for f in /etc/apt/sources.list.d/*.sources; do
  [ -f "$f" ] || continue
  mirror=$(awk '/^URIs:/{for(i=2;i<=NF;i++) if ($i !~ /security/) {print $i; exit}}' "$f")
  [ -n "$mirror" ] && break
done
if [ -z "$mirror" ] && [ -f /etc/apt/sources.list ]; then
  mirror=$(awk '$1=="deb" && $0 !~ /security/ {for(i=2;i<=NF;i++) if ($i ~ /^(https?|file):/) {print $i; exit}}' /etc/apt/sources.list)
fi
[ -n "$mirror" ] || { echo "build_base: no Debian mirror found in /etc/apt/sources.list(.d); add one and retry" >&2; exit 3; }

command -v debootstrap >/dev/null || { echo "build_base: debootstrap is not installed (apt-get install -y debootstrap)" >&2; exit 3; }

root=$(mktemp -d /tmp/practice-rootfs.XXXXXX)
trap 'rm -rf "$root"' EXIT
echo "build_base: debootstrap $SUITE from the machine's apt mirror into $root" >&2
debootstrap --variant=minbase --include=python3 "$SUITE" "$root" "$mirror" >&2
rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/*
tar -C "$root" -c . | docker import - "$TAG" >/dev/null
echo "$TAG"
