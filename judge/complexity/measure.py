"""Measuring candidate and reference on a ladder of sizes, paired and interleaved.

- Each input is generated on the host, sent once to both runners, and every
  repeat runs in a freshly forked child: a fresh copy for solutions that mutate
  their input, and input construction never inside the measured region.
- Time is the child's own reading of the call alone (its CPU-time clock: precise, and time
  spent preempted by other load does not count), but
  trusted only as far as the kernel's CPU total for the whole child agrees: when
  total - reading exceeds the no-op overhead (fork, copy-on-write, module load)
  by more than TAMPER_SLACK_NS, the reading is replaced by total - no-op.
  A candidate that fakes its clock gains at most that slack. Minimum over repeats.
  The reference's readings are trusted as they are (no no-op call, no check).
- Candidate and reference calls alternate at each size, so a burst of load
  hits both and cancels in their ratio.
- The first run at each size keeps both results and compares them on the host,
  so code that is fast only because it is wrong on large inputs is caught;
  later repeats discard results, so output encoding is never timed. The host
  checks and the generation of the next size's input run in one worker thread
  while the sandbox measures: they overlap only the first run at each size,
  and the minimum over repeats leaves a reading they disturbed behind.
- The ladder stops when the candidate's next size is projected past the cap,
  so far-over-budget code ends in seconds, with the sizes it reached.
"""
from __future__ import annotations

import time
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field

from practice.judge.backends.base import RunnerClient
from practice.judge.compare import judge_output
from practice.judge.complexity.inputs import InputSource, LadderInput
from practice.judge.package import Problem

CALL_CAP_S = 1.5
TAMPER_SLACK_NS = 15_000_000  # honest fork/exit overhead in a container varies by up to ~12 ms at large inputs
CHECK_BUDGET_S = 1.0  # host time for checking ladder results; slow checkers verify the smaller sizes only


@dataclass
class Samples:
    """All repeats at one size, for one solution."""

    cpu_ns: list[int] = field(default_factory=list)  # the kernel's total for the child
    call_ns: list[int | None] = field(default_factory=list)  # the child's reading of the call alone
    extra_b: list[int] = field(default_factory=list)
    noop_cpu_ns: list[int] = field(default_factory=list)
    noop_extra_b: int = 0
    overridden: int = 0  # readings the kernel total contradicted
    trusted: bool = False  # the reference's own readings: no clock to check, no no-op call needed

    def add(self, res) -> None:
        self.cpu_ns.append(res.cpu_ns)
        self.call_ns.append(res.call_cpu_ns)
        self.extra_b.append(res.peak_extra_bytes)

    @property
    def time_ns(self) -> float:
        noop = min(self.noop_cpu_ns) if self.noop_cpu_ns else 0
        best = None
        self.overridden = 0
        for total, call in zip(self.cpu_ns, self.call_ns):
            if self.trusted and call is not None:
                t = call
            elif call is None or call < 0 or total - call > max(self.noop_cpu_ns, default=0) + TAMPER_SLACK_NS:
                self.overridden += call is not None
                t = total - noop
            else:
                t = call
            best = t if best is None else min(best, t)
        return max(best if best is not None else 0, 1.0)

    @property
    def space_b(self) -> float:
        return max(min(self.extra_b) - self.noop_extra_b, 0.0)


@dataclass
class Ladder:
    """One shape's measurements: per size, candidate and reference samples."""

    shape: str
    cand: dict[int, Samples] = field(default_factory=dict)
    ref: dict[int, Samples] = field(default_factory=dict)
    stopped_at: int | None = None
    failure: str | None = None  # the candidate's status where it stopped, if a call failed
    failure_message: str = ""

    @property
    def sizes(self) -> list[int]:
        return sorted(n for n in self.cand if self.cand[n].cpu_ns)

    def series(self) -> tuple[list[int], list[float], list[float]]:
        sizes = self.sizes
        return sizes, [self.cand[n].time_ns for n in sizes], [self.ref[n].time_ns for n in sizes]


class Measurer:
    """Runs the ladders for one problem against a candidate runner and a reference runner."""

    def __init__(self, problem: Problem, cand: RunnerClient, ref: RunnerClient, cap_s: float = CALL_CAP_S) -> None:
        self.problem, self.cand, self.ref, self.cap_s = problem, cand, ref, cap_s
        self.calls = 0
        self.wrong: tuple[str, int, str] | None = None  # (shape, n, why) of the first wrong result
        self.verified = 0  # ladder inputs whose result was checked
        self.check_seconds = 0.0
        self.source = InputSource(problem)
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="practice-host-work")
        self._pending: list[Future] = []

    def settle(self) -> None:
        """Wait for the checks in flight, so `wrong` and `verified` are final (a check's own error is raised here)."""
        pending, self._pending = self._pending, []
        for future in pending:
            future.result()

    def close(self) -> None:
        self.settle()
        self._worker.shutdown(wait=True)

    def _check(self, shape: str, n: int, inp: LadderInput, expected, got) -> None:
        """Runs in the worker, in submission order, so the first wrong result found is the earliest one."""
        t0 = time.monotonic()
        why = judge_output(self.problem, inp.args, expected, got)
        self.check_seconds += time.monotonic() - t0
        self.verified += 1
        if why is not None and self.wrong is None:
            self.wrong = (shape, n, why)

    def _call(self, runner: RunnerClient, key: str, *, noop: bool = False, keep: bool = False):
        self.calls += 1
        p = self.problem
        return runner.call(key=key, timeout_s=30 if noop else self.cap_s * 2, memory_mb=p.memory_mb, noop=noop,
                           discard=not keep, stream_args=p.stream_args, returns=p.returns)

    def _size(self, ladder: Ladder, n: int, inp: LadderInput) -> bool:
        """Measure one size once for each solution; False when the candidate failed at it."""
        key = f"{ladder.shape}:{n}"
        for runner in (self.ref, self.cand):
            runner.put(key, inp.encoded)
        c, r = Samples(), Samples(trusted=True)
        base = self._call(self.cand, key, noop=True)  # the candidate's fork and exit overhead, time and memory
        c.noop_cpu_ns, c.noop_extra_b = [base.cpu_ns], base.peak_extra_bytes
        ladder.cand[n], ladder.ref[n] = c, r
        return self._pair(ladder, n, inp)

    def _pair(self, ladder: Ladder, n: int, inp: LadderInput | None = None) -> bool:
        """One reference call and one candidate call; with `inp`, their results are compared
        (while the host's checking budget lasts: past it, results are not even sent back)."""
        key = f"{ladder.shape}:{n}"
        check = inp is not None and self.wrong is None and self.check_seconds < CHECK_BUDGET_S
        rr = self._call(self.ref, key, keep=check)
        if rr.ok:
            ladder.ref[n].add(rr)
        cr = self._call(self.cand, key, keep=check)
        if not cr.ok:
            ladder.stopped_at, ladder.failure, ladder.failure_message = n, cr.status, cr.message
            return False
        ladder.cand[n].add(cr)
        if check and rr.ok:
            self._pending.append(self._worker.submit(self._check, ladder.shape, n, inp, rr.result, cr.result))
        return True

    def ladder(self, shape: str, sizes: list[int], repeats: int) -> Ladder:
        """Ascend once with early stopping, then add repeats on the sizes reached."""
        ladder = Ladder(shape)
        prev = None
        order = sorted(sizes)
        # Each input is generated (or read from the cache) only when the size before it is being measured.
        upcoming = self._worker.submit(self.source.get, shape, order[0]) if order else None
        for k, n in enumerate(order):
            inp = upcoming.result()
            upcoming = self._worker.submit(self.source.get, shape, order[k + 1]) if k + 1 < len(order) else None
            if not self._size(ladder, n, inp):
                break
            t = ladder.cand[n].cpu_ns[0] / 1e9
            growth = t / prev if prev and prev > 1e-4 else 4.0
            prev = t
            if t > self.cap_s or t * max(growth, 2.0) > self.cap_s:
                ladder.stopped_at = n
                break
        for _ in range(repeats - 1):
            self.repeat(ladder, ladder.sizes)
        return ladder

    def repeat(self, ladder: Ladder, sizes: list[int]) -> None:
        for n in sizes:
            if ladder.cand[n].cpu_ns and ladder.cand[n].cpu_ns[0] / 1e9 <= self.cap_s:
                self._pair(ladder, n)

    def release(self, ladder: Ladder) -> None:
        for n in ladder.cand:
            for runner in (self.ref, self.cand):
                runner.drop(f"{ladder.shape}:{n}")

