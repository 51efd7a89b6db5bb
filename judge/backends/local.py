"""The local backend: the runner as a subprocess, for self-practice without Docker.

It is NOT a security boundary: the code runs as you, on your machine, with
resource limits, a scratch directory and a scrubbed environment. Every report
made with it says `sandbox: local`, and `practice grade` refuses it unless told
the code is trusted.
"""
from __future__ import annotations

import os
import selectors
import shutil
import subprocess
import sys
import tempfile
from importlib import resources

BACKEND = "local"


def runner_path() -> str:
    return str(resources.files("practice.sandbox").joinpath("runner.py"))


class LocalSession:
    backend = BACKEND

    def __init__(self) -> None:
        self.scratch = tempfile.mkdtemp(prefix="practice-local-")
        env = {"PATH": "/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8", "PRACTICE_SCRATCH": self.scratch,
               "HOME": self.scratch, "PYTHONHASHSEED": "0"}
        self.proc = subprocess.Popen(
            [sys.executable, "-I", runner_path()], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, cwd=self.scratch, env=env, start_new_session=True)
        self.selector = selectors.DefaultSelector()
        self.selector.register(self.proc.stdout, selectors.EVENT_READ)
        os.set_blocking(self.proc.stdout.fileno(), False)

    def send(self, data: bytes) -> None:
        try:
            self.proc.stdin.write(data)
            self.proc.stdin.flush()
        except (BrokenPipeError, OSError):
            pass  # the read side reports the death

    def read_some(self, timeout: float) -> bytes:
        if not self.selector.select(timeout):
            raise TimeoutError
        try:
            return os.read(self.proc.stdout.fileno(), 1 << 20)
        except BlockingIOError:
            return self.read_some(timeout)

    def diagnostics(self) -> str:
        return ""

    def close(self) -> None:
        try:
            os.killpg(self.proc.pid, 9)
        except OSError:
            pass
        self.proc.kill()
        self.proc.wait()
        for stream in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            try:
                stream.close()
            except OSError:
                pass
        self.selector.close()
        shutil.rmtree(self.scratch, ignore_errors=True)


class LocalBackend:
    name = BACKEND
    isolated = False

    def open(self) -> LocalSession:
        return LocalSession()
