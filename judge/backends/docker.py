"""The Docker backend: one locked-down container per judged submission.

The container gets no network, a read-only root, a small tmpfs, a non-root
user, no capabilities, no-new-privileges, pids/memory/CPU limits, no host
environment and no host files: candidate code and inputs arrive over stdin.
Every container carries the label `practice.sandbox`, and is removed by id in
`close()`, at interpreter exit, and on SIGTERM; `reap_stale()` removes any a
killed judge left behind (killing the docker client does not stop a container).
"""
from __future__ import annotations

import atexit
import os
import signal
import socket
import struct
import sys
import threading
import time
import uuid
from typing import Any

from practice.errors import SandboxUnavailable

BACKEND = "docker"
LABEL = "practice.sandbox"
MEMORY = "1g"
PIDS = 128
TMPFS = "size=64m,mode=1777,nosuid,nodev"

_live: set[str] = set()
_live_lock = threading.Lock()
_client: Any = None


def client():
    """A docker SDK client, or SandboxUnavailable saying how to get one."""
    global _client
    if _client is None:
        try:
            import docker

            c = docker.from_env(timeout=60)
            c.ping()
        except Exception as exc:  # noqa: BLE001 - any failure means "no engine"
            raise SandboxUnavailable(
                f"Docker is not reachable ({type(exc).__name__}).",
                "Start the Docker engine (for example `dockerd &` as root), or pass --local to practise "
                "without isolation.") from exc
        _client = c
    return _client


def _remove(container_id: str) -> None:
    """Kill and remove a sandbox container; one that will not go is reported, never silently left."""
    import docker.errors

    for attempt in range(3):
        try:
            client().api.remove_container(container_id, force=True)
            break
        except docker.errors.NotFound:
            break  # already gone
        except Exception as exc:  # noqa: BLE001 - the engine refused: try again, then say so
            if attempt == 2:
                sys.stderr.write(f"warning: sandbox container {container_id[:12]} could not be removed ({exc}); "
                                 "run `practice sandbox clean` once Docker answers again.\n")
            else:
                time.sleep(0.5)
    with _live_lock:
        _live.discard(container_id)


def _remove_all_live() -> None:
    for cid in list(_live):
        _remove(cid)


atexit.register(_remove_all_live)


def install_signal_cleanup() -> None:
    """On SIGTERM, remove live containers before dying (Ctrl-C runs `finally` blocks already)."""
    previous = signal.getsignal(signal.SIGTERM)

    def handler(signum, frame):
        _remove_all_live()
        if callable(previous):
            previous(signum, frame)
        raise SystemExit(128 + signum)

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, handler)


def reap_stale(max_age_s: float = 0) -> int:
    """Remove sandbox containers left by judges that were killed; returns how many."""
    n = 0
    for c in client().api.containers(all=True, filters={"label": LABEL}):
        if time.time() - c.get("Created", 0) >= max_age_s:
            _remove(c["Id"])
            n += 1
    return n


class DockerSession:
    backend = BACKEND

    def __init__(self, image: str) -> None:
        api = client().api
        host_config = api.create_host_config(
            network_mode="none",
            read_only=True,
            tmpfs={"/tmp": TMPFS},
            cap_drop=["ALL"],
            security_opt=["no-new-privileges"],
            pids_limit=PIDS,
            mem_limit=MEMORY,
            memswap_limit=MEMORY,
            nano_cpus=1_000_000_000,
            # No docker-init: the runner itself is PID 1. An init process would run as the
            # sandbox user and be dumpable, so candidate code could open /proc/1/fd/1 (the
            # protocol stream) and write forged results; the runner is non-dumpable.
            init=False,
            ipc_mode="private",
            ulimits=[{"Name": "nofile", "Soft": 256, "Hard": 256}],
        )
        self.session_id = uuid.uuid4().hex[:12]
        created = api.create_container(
            image,
            command=None,
            user="65534:65534",
            environment={"PRACTICE_SCRATCH": "/tmp"},
            working_dir="/tmp",
            stdin_open=True,
            tty=False,
            network_disabled=True,
            labels={LABEL: "1", "practice.session": self.session_id, "practice.owner": str(os.getpid())},
            host_config=host_config,
            hostname="sandbox",
        )
        self.id = created["Id"]
        with _live_lock:
            _live.add(self.id)
        try:
            sock = api.attach_socket(self.id, params={"stdin": 1, "stdout": 1, "stderr": 1, "stream": 1})
            self.raw: socket.socket = getattr(sock, "_sock", sock)
            api.start(self.id)
        except Exception:
            _remove(self.id)
            raise
        self.frames = bytearray()
        self.stderr = bytearray()

    def send(self, data: bytes) -> None:
        try:
            self.raw.sendall(data)
        except OSError:
            pass

    def read_some(self, timeout: float) -> bytes:
        """Return stdout payload bytes from Docker's multiplexed stream (8-byte frame headers)."""
        deadline = time.monotonic() + timeout
        while True:
            if len(self.frames) >= 8:
                stream, size = self.frames[0], struct.unpack(">I", self.frames[4:8])[0]
                if len(self.frames) >= 8 + size:
                    payload = bytes(self.frames[8 : 8 + size])
                    del self.frames[: 8 + size]
                    if stream == 1:
                        return payload
                    if len(self.stderr) < 65536:
                        self.stderr += payload
                    continue
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError
            self.raw.settimeout(left)
            try:
                chunk = self.raw.recv(1 << 20)
            except socket.timeout as exc:
                raise TimeoutError from exc
            except OSError:
                return b""
            if not chunk:
                return b""
            self.frames += chunk

    def diagnostics(self) -> str:
        return self.stderr.decode("utf-8", "replace")[-2000:]

    def death_cause(self) -> str | None:
        """Why the container's runner went away: "oom", "removed", "stopped", or None while it still runs.

        The runner is the container's PID 1, which nothing inside the container can
        signal, so a stop that is not the memory limit's doing came from outside.
        """
        import docker.errors

        for _ in range(20):
            try:
                state = client().api.inspect_container(self.id)["State"]
            except docker.errors.NotFound:
                return "removed"
            except Exception as exc:  # noqa: BLE001 - the engine itself went away
                raise SandboxUnavailable("Docker stopped answering during the run.",
                                         "Start the engine again and re-run; nothing was recorded.") from exc
            if state.get("OOMKilled"):
                return "oom"
            if not state.get("Running"):
                return "stopped"
            time.sleep(0.1)
        return None

    def close(self) -> None:
        try:
            self.raw.close()
        except OSError:
            pass
        _remove(self.id)


class DockerBackend:
    name = BACKEND
    isolated = True

    def __init__(self, image: str) -> None:
        self.image = image
        install_signal_cleanup()

    def open(self) -> DockerSession:
        return DockerSession(self.image)
