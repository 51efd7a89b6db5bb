"""The sandbox image: its tag follows the runner's content, so a stale image is never used.

`ensure_image()` builds on first use. The base comes from PRACTICE_BASE_IMAGE,
else a local `practice-base:bookworm`, else `python:3.11-slim` if a registry
can supply it, else one built from Debian's packages with debootstrap
(sandbox/build_base.sh, about a minute, needs root).
"""
from __future__ import annotations

import hashlib
import os
import subprocess
from importlib import resources
from pathlib import Path
from typing import Callable

from practice.errors import SandboxUnavailable
from practice.judge.backends.docker import client

REPO = "practice-sandbox"
DEBOOTSTRAP_BASE = "practice-base:bookworm"
REGISTRY_BASE = "python:3.11-slim"
IMAGE_FILES = ("Dockerfile", "runner.py")

Progress = Callable[[str], None]


def context_dir() -> Path:
    return Path(str(resources.files("practice.sandbox")))


def image_tag() -> str:
    h = hashlib.sha256()
    for name in IMAGE_FILES:
        h.update((context_dir() / name).read_bytes())
    return f"{REPO}:{h.hexdigest()[:12]}"


def image_exists(tag: str) -> bool:
    """True when the engine has the image; SandboxUnavailable when there is no engine to ask."""
    import docker.errors

    try:
        client().images.get(tag)
        return True
    except docker.errors.ImageNotFound:
        return False


def _pick_base(progress: Progress) -> str:
    if os.environ.get("PRACTICE_BASE_IMAGE"):
        return os.environ["PRACTICE_BASE_IMAGE"]
    if image_exists(DEBOOTSTRAP_BASE):
        return DEBOOTSTRAP_BASE
    if image_exists(REGISTRY_BASE):
        return REGISTRY_BASE
    progress(f"pulling {REGISTRY_BASE}")
    try:
        client().images.pull(REGISTRY_BASE)
        return REGISTRY_BASE
    except Exception:  # noqa: BLE001 - no registry here: build from Debian's packages
        pass
    progress("no registry reachable: building a Debian base with debootstrap (about a minute)")
    script = context_dir() / "build_base.sh"
    proc = subprocess.run(["bash", str(script), DEBOOTSTRAP_BASE], capture_output=True, text=True)
    if proc.returncode != 0:
        tail = " ".join(proc.stderr.strip().splitlines()[-2:])
        raise SandboxUnavailable(f"Building the sandbox base image failed: {tail}",
                                 "Set PRACTICE_BASE_IMAGE to an image with python3, or install debootstrap and run as root.")
    return DEBOOTSTRAP_BASE


def build_image(progress: Progress = lambda s: None, force: bool = False) -> str:
    client()  # no engine: say so now, before any base image work
    tag = image_tag()
    if not force and image_exists(tag):
        return tag
    base = _pick_base(progress)
    progress(f"building {tag} from {base}")
    try:
        for chunk in client().api.build(path=str(context_dir()), tag=tag, buildargs={"BASE": base}, rm=True,
                                        forcerm=True, decode=True, network_mode="none", labels={"practice.image": "1"}):
            if "error" in chunk:
                raise SandboxUnavailable(f"Building the sandbox image failed: {chunk['error'].strip()}",
                                         "Run `practice doctor` for details.")
            line = (chunk.get("stream") or "").strip()
            if line:
                progress(line)
    except SandboxUnavailable:
        raise
    except Exception as exc:  # noqa: BLE001
        raise SandboxUnavailable(f"Building the sandbox image failed: {exc}", "Run `practice doctor` for details.") from exc
    return tag


def ensure_image(progress: Progress = lambda s: None) -> str:
    return build_image(progress)
