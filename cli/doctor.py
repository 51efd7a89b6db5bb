"""`practice doctor`: what works, what does not, and one sentence on how to fix each."""
from __future__ import annotations

import shutil

from practice.errors import PracticeError


def diagnose() -> list[dict]:
    out: list[dict] = []

    def add(check: str, status: str, detail: str) -> None:
        out.append({"check": check, "status": status, "detail": detail})

    docker_ok = False
    try:
        from practice.judge.backends.docker import client

        version = client().version().get("Version", "?")
        add("docker", "ok", f"engine {version} reachable")
        docker_ok = True
    except PracticeError as exc:
        add("docker", "warn", f"{exc} (the local, non-isolated backend will be used)")
    if docker_ok:
        from practice.judge.backends.image import image_exists, image_tag

        tag = image_tag()
        if image_exists(tag):
            add("image", "ok", f"{tag} is built and current")
        else:
            add("image", "warn", f"{tag} is not built yet: run `practice sandbox build` (or the first check builds it)")
        if not shutil.which("debootstrap"):
            add("debootstrap", "warn", "not installed: without a registry the base image cannot be built "
                                       "(apt-get install -y debootstrap)")
    add("backend", "ok", "docker (isolated)" if docker_ok else "local (NOT isolated: self-practice only)")
    try:
        from practice.judge import registry

        problems = registry.all_problems()
        add("problems", "ok", f"{len(problems)} problem packages load")
    except PracticeError as exc:
        add("problems", "fail", str(exc))
    return out
