"""Choose the backend: Docker when it is reachable, the local fallback only when allowed."""
from __future__ import annotations

from typing import Callable

from practice.errors import SandboxUnavailable
from practice.judge.backends.local import LocalBackend


def choose_backend(mode: str = "auto", progress: Callable[[str], None] = lambda s: None):
    """mode: 'docker' (required), 'local' (forced), or 'auto' (Docker, else local with a warning)."""
    if mode == "local":
        return LocalBackend()
    try:
        from practice.judge.backends.docker import DockerBackend
        from practice.judge.backends.image import ensure_image

        return DockerBackend(ensure_image(progress))
    except SandboxUnavailable:
        if mode == "docker":
            raise
        return LocalBackend()
