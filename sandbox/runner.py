"""The in-sandbox runner: the only judge code that shares a machine with candidate code.

Standard library only (the sandbox image has no pip). It speaks JSON lines with
the host on its original stdin/stdout and never executes candidate code itself:
every call runs in a forked child, so the parent's protocol channel, its
timings and its memory figures stay out of the candidate's reach.

- Time is the kernel's CPU accounting of every process the call created
  (getrusage of reaped children), not a clock the candidate could patch. The
  child also reports the call alone on its own CPU-time clock bound before
  candidate code runs: precise and blind to preemption, but the candidate's own
  process could lie about it, so the host trusts it only as far as the
  kernel's total agrees.
- Peak memory is the child's peak resident set (ru_maxrss) minus the parent's
  resident set at fork time, signed: the host subtracts a no-op child's figure.
- The parent is non-dumpable (no ptrace, no /proc/<pid>/mem, no /proc/<pid>/fd
  from the candidate) and a child subreaper, so detached grandchildren come
  back to it and are killed after each call.

Requests (one JSON object per line, field "op"):
  load   {source, function, lc_class, lc_method, nargs}
  put    {key, args}                store an input once, reuse it across calls
  drop   {key}
  call   {key | args, timeout_s, memory_mb, output_limit, stream_args, returns, noop, discard}
  call   {tests: true, variant, module, tests_source, trace, timeout_s, memory_mb}
         run the candidate's own tests against one variant of its solution
  bye
Responses carry "status": "ok" or the name of a failure.
"""
from __future__ import annotations

import ctypes
import json
import os
import resource
import select
import shutil
import signal
import stat
import sys
import time

PROTOCOL_VERSION = 1
RESULT_LIMIT = 32 * 1024 * 1024
CANDIDATE_FILE = "solution.py"
FILE_LIMIT = 256  # open files per call: descriptor exhaustion stays inside the call
# What a child may claim on the result channel. The child runs candidate code, which can
# write anything there; claims outside these become a garbled-result runtime error, so a
# submission can never make its own failure look like the judge's (internal_error).
CALL_STATUSES = frozenset({"ok", "memory_limit_exceeded", "runtime_error", "bad_result"})
PROBE_STATUSES = frozenset({"ok", "invalid_submission", "compile_error", "runtime_error"})

PRELUDE = """\
from typing import *
import collections, heapq, bisect, math, itertools, functools, operator, re, string, random, sys
from collections import defaultdict, Counter, deque, OrderedDict
from heapq import heappush, heappop, heapify, heappushpop, nlargest, nsmallest
from bisect import bisect_left, bisect_right, insort
from math import inf, gcd, sqrt, ceil, floor, log2
from functools import lru_cache, cache, reduce, cmp_to_key
from itertools import accumulate, permutations, combinations, product, chain, groupby
"""
# Run the prelude once in the parent; each forked child starts from a copy of its names.
PRELUDE_NAMES: dict = {}
exec(PRELUDE, PRELUDE_NAMES)

_libc = ctypes.CDLL(None, use_errno=True)
PR_SET_DUMPABLE = 4
PR_SET_CHILD_SUBREAPER = 36


TESTS_FILE = "test_solution.py"

# Enough of pytest for plain test files (the sandbox has no pip): raises, approx, mark.parametrize.
PYTEST_SHIM = """
import math, re

class _Raises:
    def __init__(self, exc, match=None):
        self.exc, self.match, self.value = exc, match, None
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        if t is None:
            raise AssertionError(f"DID NOT RAISE {self.exc}")
        if not issubclass(t, self.exc):
            return False
        if self.match is not None and not re.search(self.match, str(v)):
            raise AssertionError(f"{v!r} does not match {self.match!r}")
        self.value = v
        return True

def raises(exc, *args, match=None, **kwargs):
    if args:
        with _Raises(exc, match):
            args[0](*args[1:], **kwargs)
        return None
    return _Raises(exc, match)

class _Approx:
    def __init__(self, expected, rel, abs_):
        self.expected, self.rel, self.abs = expected, rel, abs_
    def __eq__(self, other):
        if isinstance(self.expected, (list, tuple)):
            return (isinstance(other, (list, tuple)) and len(other) == len(self.expected)
                    and all(_Approx(e, self.rel, self.abs) == o for e, o in zip(self.expected, other)))
        return math.isclose(other, self.expected, rel_tol=self.rel, abs_tol=self.abs)
    def __repr__(self):
        return f"approx({self.expected!r})"

def approx(expected, rel=1e-6, abs=1e-12):
    return _Approx(expected, rel, abs)

class _Mark:
    def parametrize(self, names, values, **kwargs):
        names = [n.strip() for n in names.split(",")] if isinstance(names, str) else list(names)
        def deco(fn):
            layers = getattr(fn, "_practice_params", [])
            fn._practice_params = layers + [(names, list(values))]
            return fn
        return deco
    def __getattr__(self, name):
        def marker(*args, **kwargs):
            if len(args) == 1 and callable(args[0]) and not kwargs:
                return args[0]
            return lambda fn: fn
        return marker

mark = _Mark()

def fixture(*args, **kwargs):
    if len(args) == 1 and callable(args[0]):
        return args[0]
    return lambda fn: fn
"""


def _arc_tracer(arcs):
    """A settrace hook recording (from, to) line arcs in the candidate's file, as coverage.py's PyTracer does."""
    def trace(frame, event, arg):
        if event != "call" or frame.f_code.co_filename != CANDIDATE_FILE:
            return None
        last = [-frame.f_code.co_firstlineno]

        def local(frame, event, arg):
            if event == "line":
                arcs.add((last[0], frame.f_lineno))
                last[0] = frame.f_lineno
            elif event == "return":
                arcs.add((last[0], -frame.f_code.co_firstlineno))
            return local
        return local
    return trace


def _collect_tests(ns):
    """(name, zero-argument callable) for every test: test* functions (with parametrize), Test* classes."""
    import inspect
    import itertools
    import unittest

    out = []
    for name, obj in list(ns.items()):
        if name.startswith("test") and inspect.isfunction(obj):
            layers = getattr(obj, "_practice_params", None)
            if layers:
                combos = itertools.product(*[[dict(zip(names, v if len(names) > 1 else (v,))) for v in values]
                                             for names, values in layers])
                for i, parts in enumerate(combos):
                    kwargs = {k: v for part in parts for k, v in part.items()}
                    out.append((f"{name}[{i}]", lambda f=obj, kw=kwargs: f(**kw)))
            else:
                out.append((name, obj))
        elif name.startswith("Test") and inspect.isclass(obj):
            for meth in [m for m in vars(obj) if m.startswith("test")]:
                if issubclass(obj, unittest.TestCase):
                    def run(cls=obj, m=meth):
                        result = unittest.TestResult()
                        cls(m).run(result)
                        bad = result.failures + result.errors
                        if bad:
                            raise AssertionError(bad[0][1].strip().splitlines()[-1])
                    out.append((f"{name}.{meth}", run))
                else:
                    out.append((f"{name}.{meth}", lambda cls=obj, m=meth: getattr(cls(), m)()))
    return out


class Plain(Exception):
    """The candidate returned something that is not plain data."""


_ATOMS = frozenset({int, str, bool, type(None)})


def _flat(values):
    """True when every value is an exact int, str, bool, None or finite float."""
    for v in values:
        t = type(v)
        if t is float:
            if v - v != 0:  # nan or inf: needs the marker
                return False
        elif t not in _ATOMS:
            return False
    return True


def plain(value, depth=0):
    """Convert a result to JSON-able plain data, refusing anything exotic.

    Subclasses are reduced to their base type's value, so a list subclass with a
    lying __eq__ or __len__ arrives on the host as the plain items it holds.
    """
    if depth > 200:
        raise Plain("the result is nested more than 200 levels deep")
    t = type(value)
    if value is None or t is bool or t is int or t is str:  # exact types: nothing to strip
        return value
    # Fast paths for the common large results: an exact list, tuple or dict of exact atoms (finite
    # floats included) has no method of its own, so it is copied as it is, at C speed.
    if (t is list or t is tuple) and _flat(value):
        return list(value)
    if t is dict and _flat(value.values()) and all(type(k) is str for k in value):
        return dict(value)
    if isinstance(value, int):
        return int.__index__(value)
    if isinstance(value, float):
        v = float.__float__(value)
        if v != v or v in (float("inf"), float("-inf")):
            return {"__float__": repr(v)}
        return v
    if isinstance(value, str):
        return str.__str__(value)
    if isinstance(value, (list, tuple)):
        seq = list.__iter__(value) if isinstance(value, list) else tuple.__iter__(value)
        return [plain(v, depth + 1) for v in seq]
    if isinstance(value, (set, frozenset)):
        return [plain(v, depth + 1) for v in (set.__iter__(value) if isinstance(value, set) else frozenset.__iter__(value))]
    if isinstance(value, dict):
        out = {}
        for k, v in dict.items(value):
            if not isinstance(k, str):
                raise Plain(f"a dict key is {type(k).__name__}, not str")
            out[str.__str__(k)] = plain(v, depth + 1)
        return out
    raise Plain(f"returned a value of type {type(value).__name__}, which is not plain data")


class Encoded:
    """A result already encoded as JSON text: written and forwarded as it is, not encoded twice."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text


def _no_constant(name):
    raise ValueError(f"{name} is not JSON")


def _parsed(text, **kwargs):
    """json.loads with room for honest nesting only (plain() allows 200 levels): a child can write
    any depth on its channel, and a decoder's RecursionError must end as a garbled result here
    rather than as the judge's own error, here or on the host (whose limit is lower)."""
    depth, frame = 0, sys._getframe()
    while frame is not None:
        depth, frame = depth + 1, frame.f_back
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(depth + 300)
    try:
        return json.loads(text, **kwargs)
    except RecursionError as exc:
        raise ValueError("nested too deeply") from exc
    finally:
        sys.setrecursionlimit(limit)


def _spliced(data: bytes) -> Encoded:
    """The result a child wrote after its header, checked to be exactly one JSON value.

    The child runs candidate code, so these bytes are hostile: they are decoded as UTF-8
    (no other encoding is guessed), parsed in full (so no extra keys or lines can ride
    along: "Extra data" is an error), NaN and Infinity are refused, and line breaks
    (whitespace between tokens; a raw one inside a string fails the parse) become spaces
    before the text joins the protocol line. Parsing is a third of the cost of encoding
    again, and the host parses the line once more anyway: it trusts nothing from here.
    """
    text = data.decode("utf-8")  # UnicodeDecodeError is a ValueError
    _parsed(text, parse_constant=_no_constant)
    return Encoded(text.replace("\n", " ").replace("\r", " "))


def trimmed_traceback(exc):
    """The traceback limited to frames from the candidate's own file."""
    import traceback

    frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename == CANDIDATE_FILE]
    lines = traceback.format_list(frames[-8:])
    lines += traceback.format_exception_only(type(exc), exc)
    return "".join(lines)[-4000:]


def _write_all(fd, data, write):
    """Write every byte (pipes take partial writes); a closed reader is not our problem."""
    view = memoryview(data)
    try:
        while view:
            view = view[write(fd, view):]
    except OSError:
        pass


class Runner:
    def __init__(self, contained: bool) -> None:
        self.contained = contained
        self.code = None
        self.entry = None
        self.inputs: dict[str, list] = {}
        self.owns_scratch = "PRACTICE_SCRATCH" in os.environ  # only then is emptying it ours to do
        self.scratch = os.environ.get("PRACTICE_SCRATCH", "/tmp")
        self.out_path = os.path.join(self.scratch, "candidate-output")
        self.page = os.sysconf("SC_PAGE_SIZE")

    # -- the child side ----------------------------------------------------
    def _confine(self, req):
        """Child side, before any candidate code: resource limits, and stdout/stderr to the capped file."""
        mem = int(req.get("memory_mb", 512)) * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (mem, mem))
        cpu = int(float(req.get("timeout_s", 2.0))) + 2
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
        out_limit = int(req.get("output_limit", 1 << 20))
        resource.setrlimit(resource.RLIMIT_FSIZE, (out_limit, out_limit))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
        files = FILE_LIMIT if hard == resource.RLIM_INFINITY else min(FILE_LIMIT, hard)
        resource.setrlimit(resource.RLIMIT_NOFILE, (files, files))
        try:
            resource.setrlimit(resource.RLIMIT_STACK, (256 << 20, 256 << 20))
        except (ValueError, OSError):
            pass
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        fd = os.open(self.out_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, 0o600)
        null = os.open(os.devnull, os.O_RDONLY)
        os.dup2(null, 0)
        os.dup2(fd, 1)
        os.dup2(fd, 2)
        os.close(fd)
        os.close(null)
        sys.stdout = open(1, "w", closefd=False)
        sys.stderr = open(2, "w", closefd=False)

    def _child(self, wfd, req, args):
        """Runs in the forked child: load the candidate, call it, write one JSON result."""
        try:
            self._confine(req)
        except Exception as exc:  # the judge's own fault
            os.write(wfd, json.dumps({"status": "internal_error", "message": f"child setup: {exc!r}"}).encode())
            os._exit(0)
        write = os.write
        dumps = json.dumps
        exit_ = os._exit
        # The calling thread's CPU clock (CLOCK_THREAD_CPUTIME_ID): unlike a wall clock it does not
        # count time spent preempted, so load on the machine does not inflate it. Not the process
        # clock: with RLIMIT_CPU armed, Linux serves that one from the tick-updated group timer
        # (whole ticks, often 0 for a short call). Work in other threads or processes shows up in
        # the kernel's total instead, which bounds this reading on the host anyway.
        clock = time.thread_time_ns
        report = None
        call_ns = None
        try:
            ns = self._module_namespace()
            fn = self._resolve(ns) if not req.get("noop") else None
            if req.get("noop"):
                result = None
            else:
                for i in req.get("stream_args") or ():
                    args[i] = iter(args[i])
                t0 = clock()
                result = fn(*args)
                lazy = req.get("returns") == "iterable" and result is not None and not isinstance(result, (list, tuple))
                if req.get("discard"):
                    # Measuring only: consume a lazy result without keeping it, send nothing back,
                    # so neither the output's storage nor its encoding is charged to the call.
                    if lazy:
                        for _ in result:
                            pass
                    result = None
                elif lazy:
                    result = list(result)
                call_ns = clock() - t0
            report = {"status": "ok", "result": plain(result), "call_cpu_ns": call_ns}
        except MemoryError:
            report = {"status": "memory_limit_exceeded", "message": "MemoryError: the call ran out of memory"}
        except RecursionError as exc:
            report = {"status": "runtime_error", "error": "RecursionError",
                      "message": "maximum recursion depth exceeded", "traceback": trimmed_traceback(exc)}
        except Plain as exc:
            report = {"status": "bad_result", "message": str(exc)}
        except SystemExit as exc:
            report = {"status": "runtime_error", "error": "SystemExit",
                      "message": f"the solution called exit({exc.code!r}) instead of returning"}
        except BaseException as exc:  # noqa: BLE001 - anything the candidate raised
            report = {"status": "runtime_error", "error": type(exc).__name__,
                      "message": f"{type(exc).__name__}: {str(exc)[:500]}", "traceback": trimmed_traceback(exc)}
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except Exception:  # noqa: BLE001 - a closed or replaced stream is the candidate's business
            pass
        try:
            # The result goes after the header, on its own, so the parent can pass it on without
            # encoding it again (see `_spliced`).
            result = report.pop("result", None)
            data = dumps(report, allow_nan=False).encode()
            if result is not None:
                data += b"\n" + dumps(result, allow_nan=False).encode()
        except (ValueError, RecursionError, MemoryError) as exc:
            data = dumps({"status": "bad_result", "message": f"the result cannot be encoded: {type(exc).__name__}"}).encode()
        _write_all(wfd, data, write)
        exit_(0)

    def _tests_child(self, wfd, req):
        """Runs in the forked child: import one variant of the solution, run the candidate's tests on it.

        The variant is the candidate's solution or a mutant of it (never the reference).
        With `trace`, the arcs executed in the solution's file come back for branch
        coverage, which the host computes with coverage.py's parser.
        """
        try:
            self._confine(req)
        except Exception as exc:  # the judge's own fault
            os.write(wfd, json.dumps({"status": "internal_error", "message": f"child setup: {exc!r}"}).encode())
            os._exit(0)
        write, dumps, exit_ = os.write, json.dumps, os._exit
        arcs: set = set()
        results: list = []
        report = None
        try:
            import types

            shim = types.ModuleType("pytest")
            exec(PYTEST_SHIM, shim.__dict__)
            sys.modules["pytest"] = shim
            if req.get("trace"):
                sys.settrace(_arc_tracer(arcs))
            mod = types.ModuleType(req.get("module") or "solution")
            mod.__dict__.update(PRELUDE_NAMES)
            mod.__file__ = CANDIDATE_FILE
            for name in {req.get("module") or "solution", "solution"}:
                sys.modules[name] = mod
            exec(compile(req["variant"], CANDIDATE_FILE, "exec", dont_inherit=True), mod.__dict__)
            if req.get("tests_source"):
                ns = dict(PRELUDE_NAMES)
                ns.update(__name__="test_solution", __file__=TESTS_FILE)
                exec(compile(req["tests_source"], TESTS_FILE, "exec", dont_inherit=True), ns)
            else:
                ns = mod.__dict__
            for name, run in _collect_tests(ns):
                try:
                    run()
                    results.append({"name": name, "outcome": "passed"})
                except AssertionError as exc:
                    results.append({"name": name, "outcome": "failed", "message": str(exc)[:300]})
                except BaseException as exc:  # noqa: BLE001 - a test's error is a finding, not ours
                    results.append({"name": name, "outcome": "error", "message": f"{type(exc).__name__}: {str(exc)[:300]}"})
            sys.settrace(None)
            report = {"status": "ok", "result": None, "tests": results,
                      "arcs": [list(a) for a in list(arcs)[:50000]]}
        except BaseException as exc:  # noqa: BLE001 - the module or test file itself failed
            sys.settrace(None)
            report = {"status": "runtime_error", "error": type(exc).__name__,
                      "message": f"{type(exc).__name__}: {str(exc)[:300]}", "tests": results}
        try:
            data = dumps(report).encode()
        except (TypeError, ValueError):
            data = dumps({"status": "runtime_error", "error": "garbled", "message": "test results not encodable"}).encode()
        _write_all(wfd, data, write)
        exit_(0)

    def _module_namespace(self):
        """Run the candidate's module (in a child only) with LeetCode's names pre-imported."""
        ns = dict(PRELUDE_NAMES)
        ns.update(__name__="__main__", __file__=CANDIDATE_FILE)
        exec(self.code, ns)
        return ns

    def _resolve(self, ns):
        fn = ns.get(self.entry["function"])
        if callable(fn) and not isinstance(fn, type):
            return fn
        cls = ns.get(self.entry.get("lc_class") or "")
        if isinstance(cls, type) and self.entry.get("lc_method"):
            method = getattr(cls(), self.entry["lc_method"], None)
            if callable(method):
                return method
        raise LookupError("no entry point")

    # -- the parent side ---------------------------------------------------
    def _rss(self):
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * self.page

    def _kill_strays(self, child_pid):
        """Kill everything the call left behind and reap it, so nothing outlives a call."""
        try:
            os.killpg(child_pid, signal.SIGKILL)
        except OSError:
            pass
        for _ in range(200):
            if self.contained:
                try:
                    os.kill(-1, signal.SIGKILL)  # every other process in this container
                except OSError:
                    pass
            else:
                for pid in self._my_children():
                    try:
                        os.kill(pid, signal.SIGKILL)
                    except OSError:
                        pass
            try:
                pid, _ = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                return
            if pid == 0:
                time.sleep(0.002)

    def _my_children(self):
        """Direct children (orphans re-parented to this subreaper included): from the kernel's list
        of each thread's children where it has one, else by scanning every process."""
        try:
            kids = []
            for tid in os.listdir("/proc/self/task"):
                with open(f"/proc/self/task/{tid}/children") as f:
                    kids.extend(int(pid) for pid in f.read().split())
            return kids
        except (OSError, ValueError):
            pass
        me = str(os.getpid())
        kids = []
        for name in os.listdir("/proc"):
            if not name.isdigit():
                continue
            try:
                with open(f"/proc/{name}/stat") as f:
                    fields = f.read().rsplit(")", 1)[1].split()
                if fields[1] == me:
                    kids.append(int(name))
            except OSError:
                continue
        return kids

    def op_load(self, req):
        source = req["source"]
        try:
            self.code = compile(source, CANDIDATE_FILE, "exec", dont_inherit=True)
        except SyntaxError as exc:
            return {"status": "compile_error", "message": f"{type(exc).__name__}: {exc.msg} (line {exc.lineno})",
                    "line": exc.lineno}
        except (ValueError, RecursionError, MemoryError, OverflowError) as exc:
            return {"status": "compile_error", "message": f"{type(exc).__name__}: {exc}"}
        self.entry = {k: req.get(k) for k in ("function", "lc_class", "lc_method")}
        self.nargs = int(req.get("nargs", 0))
        return self.op_call({"probe": True, "args": [], "timeout_s": req.get("timeout_s", 5.0)})

    def op_put(self, req):
        self.inputs[req["key"]] = req["args"]
        return {"status": "ok"}

    def op_drop(self, req):
        self.inputs.pop(req["key"], None)
        return {"status": "ok"}

    def op_call(self, req):
        if self.code is None and not req.get("tests"):
            return {"status": "internal_error", "message": "call before load"}
        args = self.inputs[req["key"]] if "key" in req else req.get("args", [])
        timeout = float(req.get("timeout_s", 2.0))
        out_limit = int(req.get("output_limit", 1 << 20))
        rfd, wfd = os.pipe()
        try:
            _libc.malloc_trim(0)  # give free heap back, so the child's new allocations show in its RSS
        except AttributeError:
            pass
        rss0 = self._rss()
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.monotonic()
        pid = os.fork()
        if pid == 0:  # child
            os.close(rfd)
            try:
                os.setpgid(0, 0)
                for fd in (self.proto_in, self.proto_out):
                    os.close(fd)
                if req.get("probe"):
                    self._probe(wfd)
                elif req.get("tests"):
                    self._tests_child(wfd, req)
                else:
                    self._child(wfd, req, args)
            finally:
                os._exit(0)
        os.close(wfd)
        chunks, size, status = [], 0, None
        deadline = t0 + timeout
        reaped = None  # (status, rusage) once the child has exited
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                status = "time_limit_exceeded"
                break
            ready, _, _ = select.select([rfd], [], [], min(left, 0.05))
            if ready:
                chunk = os.read(rfd, 1 << 16)
                if not chunk:
                    break
                size += len(chunk)
                if size > RESULT_LIMIT:
                    status = "output_limit_exceeded"
                    break
                chunks.append(chunk)
                continue
            # A grandchild may hold the pipe open: the child's exit ends the call.
            done_pid, wstatus, usage = os.wait4(pid, os.WNOHANG)
            if done_pid:
                reaped = (wstatus, usage)
                os.set_blocking(rfd, False)
                try:
                    while size <= RESULT_LIMIT:
                        chunk = os.read(rfd, 1 << 16)
                        if not chunk:
                            break
                        size += len(chunk)
                        chunks.append(chunk)
                except BlockingIOError:
                    pass
                break
        os.close(rfd)
        if status and reaped is None:
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
        if reaped is None:
            _, wstatus, usage = os.wait4(pid, 0)
        else:
            wstatus, usage = reaped
        wall = time.monotonic() - t0
        self._kill_strays(pid)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu_ns = int(((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)) * 1e9)
        out = {
            "cpu_ns": cpu_ns,
            "wall_ns": int(wall * 1e9),
            # Signed, never clamped: a child starts below the parent's resident set (file-backed
            # pages are not copied at fork, about 3 MiB of them), so small calls read negative;
            # the host subtracts a no-op child's reading, which has the same offset.
            "peak_extra_bytes": usage.ru_maxrss * 1024 - rss0,
        }
        printed_size, printed, swapped = self._read_output()
        self._empty_scratch()
        out["output"] = printed.decode("utf-8", "replace")
        out["output_bytes"] = printed_size
        if status:
            out["status"] = status
            if status == "time_limit_exceeded":
                out["message"] = f"no result within {timeout:g} s"
            return out
        if swapped:
            out.update(status="runtime_error", error="tampering",
                       message="the solution replaced the judge's output file with a link or special file")
            return out
        if printed_size >= out_limit:
            out.update(status="output_limit_exceeded", message=f"printed more than {out_limit} bytes")
            return out
        if os.WIFSIGNALED(wstatus):
            sig = os.WTERMSIG(wstatus)
            name = signal.Signals(sig).name if sig in signal.Signals._value2member_map_ else str(sig)
            if sig == signal.SIGXCPU:
                out.update(status="time_limit_exceeded", message="CPU time limit exceeded")
            elif sig == signal.SIGKILL and usage.ru_maxrss * 1024 >= int(req.get("memory_mb", 512)) * 1024 * 1024 * 0.9:
                out.update(status="memory_limit_exceeded", message="killed at the memory limit")
            elif sig == signal.SIGSEGV:
                out.update(status="runtime_error", error="SIGSEGV",
                           message="the process crashed with SIGSEGV (most often a stack overflow from deep recursion)")
            else:
                out.update(status="runtime_error", error=name, message=f"the process was killed by {name}")
            return out
        raw = b"".join(chunks)
        if not raw:
            code = os.WEXITSTATUS(wstatus)
            out.update(status="runtime_error", error="exit",
                       message=f"the process exited (status {code}) without returning a result")
            return out
        head, sep, tail = raw.partition(b"\n")
        try:
            body = _parsed(head)
            result = _spliced(tail) if sep else None
        except ValueError:
            out.update(status="runtime_error", error="garbled",
                       message="the process wrote something other than a result on the result channel")
            return out
        allowed = PROBE_STATUSES if req.get("probe") else CALL_STATUSES
        if not isinstance(body, dict) or body.get("status") not in allowed:
            out.update(status="runtime_error", error="garbled", message="malformed result")
            return out
        body.update(out)
        if result is not None:
            body["result"] = result
        return body

    def _read_output(self):
        """What the call printed: size and the first 4 KiB, read without following anything it planted.

        The candidate can replace the output file with a symlink (to make the judge read
        another file) or a FIFO (to make it block forever); neither is opened as a file.
        """
        try:
            fd = os.open(self.out_path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
        except FileNotFoundError:
            return 0, b"", False
        except OSError:
            return 0, b"", True  # ELOOP: a symlink
        try:
            st = os.fstat(fd)
            if not stat.S_ISREG(st.st_mode):
                return 0, b"", True
            return st.st_size, os.read(fd, 4096), False
        finally:
            os.close(fd)

    def _empty_scratch(self):
        """Remove everything a call left in the scratch directory, links and FIFOs included, without following links."""
        if not self.owns_scratch:
            try:
                os.unlink(self.out_path)
            except OSError:
                pass
            return
        try:
            entries = list(os.scandir(self.scratch))
        except OSError:
            return
        for entry in entries:
            try:
                if entry.is_dir(follow_symlinks=False):
                    shutil.rmtree(entry.path, ignore_errors=True)
                else:
                    os.unlink(entry.path)
            except OSError:
                pass

    def _probe(self, wfd):
        """Execute the module and check the entry point; report what was found."""
        report = None
        try:
            devnull = os.open(os.devnull, os.O_RDWR)
            os.dup2(devnull, 0)
            os.dup2(devnull, 1)
            os.dup2(devnull, 2)
            resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))
            ns = self._module_namespace()
            try:
                fn = self._resolve(ns)
            except LookupError:
                lc = f" or class {self.entry['lc_class']} with method {self.entry['lc_method']}()" if self.entry.get("lc_method") else ""
                report = {"status": "invalid_submission",
                          "message": f"no function {self.entry['function']}(){lc} found in the solution"}
            else:
                import inspect

                try:
                    inspect.signature(fn).bind(*([None] * self.nargs))
                    report = {"status": "ok", "style": "function" if self.entry["function"] in ns and ns[self.entry["function"]] is fn else "leetcode"}
                except TypeError:
                    report = {"status": "invalid_submission",
                              "message": f"the entry point must take {self.nargs} argument(s); its signature is {inspect.signature(fn)}"}
                except ValueError:
                    report = {"status": "ok", "style": "function"}
        except SyntaxError as exc:
            report = {"status": "compile_error", "message": f"SyntaxError: {exc}"}
        except BaseException as exc:  # noqa: BLE001
            report = {"status": "runtime_error", "error": type(exc).__name__,
                      "message": f"importing the solution raised {type(exc).__name__}: {str(exc)[:300]}",
                      "traceback": trimmed_traceback(exc)}
        try:
            data = json.dumps(report).encode()
        except (TypeError, ValueError):
            data = b'{"status": "internal_error", "message": "probe report not encodable"}'
        _write_all(wfd, data, os.write)
        os._exit(0)

    # -- the protocol loop -------------------------------------------------
    def serve(self):
        self.proto_in = os.dup(0)
        self.proto_out = os.dup(1)
        null = os.open(os.devnull, os.O_RDWR)
        for fd in (0, 1, 2):
            os.dup2(null, fd)
        reader = os.fdopen(self.proto_in, "rb", closefd=False)
        self._send({"status": "ok", "hello": PROTOCOL_VERSION, "pid": os.getpid()})
        for line in reader:
            try:
                req = json.loads(line)
                op = req.get("op")
                if op == "bye":
                    self._send({"status": "ok"})
                    return
                handler = getattr(self, f"op_{op}", None)
                resp = handler(req) if handler else {"status": "internal_error", "message": f"unknown op {op!r}"}
            except Exception as exc:  # noqa: BLE001 - report, never die silently
                resp = {"status": "internal_error", "message": f"runner: {type(exc).__name__}: {exc}"}
            self._send(resp)

    def _send(self, obj):
        result = obj.pop("result", None) if isinstance(obj.get("result"), Encoded) else None
        line = json.dumps(obj)
        if result is not None:  # a checked encoding, spliced in as the last key (see `_spliced`)
            line = line[:-1] + (", " if obj else "") + '"result": ' + result.text + "}"
        _write_all(self.proto_out, (line + "\n").encode(), os.write)


def main():
    contained = "--contained" in sys.argv
    _libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)
    _libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
    sys.setrecursionlimit(10000)
    Runner(contained).serve()


if __name__ == "__main__":
    main()
