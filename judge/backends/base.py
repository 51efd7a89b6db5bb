"""What every sandbox backend offers: a session that speaks the runner's JSON lines.

A session is one runner process (a container, or a local subprocess) holding one
candidate's code. `RunnerClient` turns the protocol into typed calls and turns
a dead runner into a verdict-worthy failure rather than a judge crash.
"""
from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Protocol

from practice.errors import JudgeFault, PracticeError, SandboxUnavailable

MAX_LINE = 64 * 1024 * 1024


class SessionDied(Exception):
    """The runner went away: EOF, killed, or the container stopped."""


class Session(Protocol):
    backend: str

    def send(self, data: bytes) -> None: ...
    def read_some(self, timeout: float) -> bytes: ...
    def close(self) -> None: ...
    def diagnostics(self) -> str: ...


class LineReader:
    """Split a session's byte stream into JSON lines, with a deadline per line."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.buffer = bytearray()

    def read_line(self, timeout: float) -> bytes:
        deadline = time.monotonic() + timeout
        while True:
            nl = self.buffer.find(b"\n")
            if nl >= 0:
                line = bytes(self.buffer[:nl])
                del self.buffer[: nl + 1]
                return line
            if len(self.buffer) > MAX_LINE:
                raise SessionDied("the runner sent an oversized message")
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError
            chunk = self.session.read_some(left)
            if chunk == b"":
                raise SessionDied("the runner closed its channel")
            self.buffer += chunk


@dataclass
class CallResult:
    """One call of the candidate, as measured by the runner's parent process."""

    status: str
    result: Any = None
    message: str = ""
    error: str = ""
    traceback: str = ""
    cpu_ns: int = 0
    wall_ns: int = 0
    peak_extra_bytes: int = 0
    output: str = ""
    output_bytes: int = 0
    call_cpu_ns: int | None = None  # the child's own reading of the call alone (see Samples)
    extra: dict = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.status == "ok"

    @classmethod
    def from_wire(cls, body: dict) -> "CallResult":
        known = {k: body[k] for k in ("status", "result", "message", "error", "traceback", "cpu_ns", "wall_ns",
                                      "peak_extra_bytes", "output", "output_bytes", "call_cpu_ns") if k in body}
        known["status"] = str(known.get("status", "internal_error"))
        return cls(**known, extra={k: v for k, v in body.items() if k not in known})


class RunnerClient:
    """Typed requests to one runner; restarts the session if the candidate killed it."""

    def __init__(self, opener, *, slack_s: float = 5.0) -> None:
        self.opener = opener
        self.slack_s = slack_s
        self.session: Session | None = None
        self.reader: LineReader | None = None
        self.loaded: dict | None = None
        self.inputs: dict[str, list | bytes] = {}
        self.restarts = 0

    @property
    def backend(self) -> str:
        return self.session.backend if self.session else "?"

    def start(self) -> None:
        self.session = self.opener()
        self.reader = LineReader(self.session)
        hello = self._read(30.0)
        if hello.get("hello") != 1:
            raise JudgeFault(f"the sandbox runner answered {hello!r} instead of a greeting.")

    def _read(self, timeout: float) -> dict:
        assert self.reader is not None
        line = self.reader.read_line(timeout)
        try:
            return json.loads(line)
        except ValueError as exc:
            raise SessionDied(f"the runner sent a line that is not JSON: {line[:80]!r}") from exc

    def request(self, msg: dict | bytes, timeout: float, *, sent: bool = False) -> dict:
        """`msg` as a dict, or as one JSON line already encoded (see `put`); `sent`: it went out
        already, only the reply is awaited (see `put_async`)."""
        if not sent:
            if self.session is None:
                self.start()
            assert self.session is not None
            self.session.send(msg if isinstance(msg, bytes) else (json.dumps(msg) + "\n").encode())
        return self._read(timeout + self.slack_s)

    def close(self) -> None:
        if self.session is not None:
            try:
                self.session.close()
            finally:
                self.session = None

    def _revive(self) -> None:
        """Start a fresh runner after the candidate killed the last one, and restore its state."""
        self.close()
        self.restarts += 1
        self.start()
        if self.loaded:
            self.request(self.loaded, 30.0)
        for key, args in self.inputs.items():
            self.request(self._put_line(key, args), 30.0)

    def load(self, source: str, *, function: str, lc_class: str | None, lc_method: str | None, nargs: int) -> CallResult:
        msg = {"op": "load", "source": source, "function": function, "lc_class": lc_class,
               "lc_method": lc_method, "nargs": nargs, "timeout_s": 10.0}
        self.loaded = msg
        return self._guarded(msg, 10.0)

    def put(self, key: str, args: list | bytes) -> None:
        """Store an input in the runner under `key`. `args` may be its JSON encoding already (bytes):
        one input goes to two runners, and ladder inputs come encoded from their cache."""
        self.put_async(key, args)()

    def put_async(self, key: str, args: list | bytes) -> Callable[[], object]:
        """Send an input and return the wait for the runner's reply, so that two runners decode one
        large input at the same time. A runner that died meanwhile is revived by the wait, inputs included."""
        self.inputs[key] = args
        line = self._put_line(key, args)
        if self.session is None:
            self.start()
        assert self.session is not None
        self.session.send(line)
        return lambda: self._guarded(line, 30.0, sent=True)

    @staticmethod
    def _put_line(key: str, args: list | bytes) -> bytes:
        encoded = args if isinstance(args, bytes) else json.dumps(args).encode()
        return b'{"op": "put", "key": %s, "args": %s}\n' % (json.dumps(key).encode(), encoded)

    def drop(self, key: str) -> None:
        self.inputs.pop(key, None)
        self._guarded({"op": "drop", "key": key}, 10.0)

    def call(self, *, key: str | None = None, args: list | None = None, timeout_s: float, memory_mb: int,
             stream_args: list[int] | None = None, returns: str = "value", noop: bool = False,
             discard: bool = False, output_limit: int = 1 << 20) -> CallResult:
        """`discard`: measuring only; the runner drops the result instead of sending it back."""
        msg: dict = {"op": "call", "timeout_s": timeout_s, "memory_mb": memory_mb, "stream_args": stream_args or [],
                     "returns": returns, "noop": noop, "discard": discard, "output_limit": output_limit}
        if key is not None:
            msg["key"] = key
        else:
            msg["args"] = args
        return self._guarded(msg, timeout_s)

    def run_tests(self, *, variant: str, module: str, tests_source: str | None, trace: bool, timeout_s: float,
                  memory_mb: int) -> CallResult:
        """Run the candidate's own tests against one variant of its solution (its own code or a mutant of it)."""
        msg = {"op": "call", "tests": True, "variant": variant, "module": module, "tests_source": tests_source,
               "trace": trace, "timeout_s": timeout_s, "memory_mb": memory_mb, "output_limit": 1 << 20}
        return self._guarded(msg, timeout_s)

    def _guarded(self, msg: dict | bytes, timeout: float, *, sent: bool = False) -> CallResult:
        try:
            return CallResult.from_wire(self.request(msg, timeout, sent=sent))
        except TimeoutError:
            # The runner's own deadline failed to fire: the candidate wedged the sandbox.
            self._safe_revive()
            return CallResult("time_limit_exceeded", message=f"the sandbox stopped answering for {timeout:g} s")
        except SessionDied as exc:
            cause = self._death_cause()
            if cause == "oom":
                self._safe_revive()
                return CallResult("memory_limit_exceeded", message="the sandbox as a whole ran out of memory")
            if cause in ("removed", "stopped"):
                self.close()
                raise SandboxUnavailable(f"The sandbox container was {cause} from outside the judge during the run.",
                                         "Nothing was recorded; check that no other tool removes containers "
                                         "labelled practice.sandbox, then run again.") from exc
            self._safe_revive()
            return CallResult("runtime_error", error="runner_killed",
                              message=f"the sandbox's runner died during the call ({exc}); "
                                      "a submission must not kill processes it did not start")

    def _death_cause(self) -> str | None:
        """Ask the backend why the runner died (Docker can tell an OOM kill or an outside stop); None if it cannot."""
        probe = getattr(self.session, "death_cause", None)
        if probe is None:
            return None
        try:
            return probe()
        except PracticeError:
            self.close()
            raise

    def _safe_revive(self) -> None:
        try:
            self._revive()
        except Exception:  # noqa: BLE001 - the next call reports if the sandbox stays down
            self.close()
