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
- The first repeat at the ladder's VERIFY_TOP largest sizes keeps both results
  and compares them on the host, so code that is fast only because it is wrong
  on large inputs is caught (the tests and properties covered small ones);
  every other call discards its result. The child's reading never includes
  encoding a result. The host checks and the generation of the next size's
  input run in one worker thread while the sandbox measures; the minimum over
  repeats leaves a reading they disturbed behind.
- The ladder stops when the candidate's next size is projected past the cap,
  so far-over-budget code ends in seconds, with the sizes it reached. It is
  trimmed earlier once FIT_SIZES sizes already sit above the noise floor, the
  last doubling cost at least TRIM_GROWTH, and the next size would take the
  shape's projected calls (both solutions, every repeat) past its share of
  STAGE_CALLS_S: growth that steep is the leading term's, so the sizes below
  show it, and one more doubling would cost more than all of them together.
  Or growth as flat as the reference's so far (the slope of their ratio, a robust
  fit over every size, at most TRIM_FLAT). Anything in between is never trimmed:
  a small-constant quadratic (a list scanned or shifted per item) is emerging
  there, and the top sizes are where it shows.
"""
from __future__ import annotations

import time
import zlib
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field

from practice.judge.backends.base import RunnerClient
from practice.judge.compare import judge_output
from practice.judge.complexity.fit import TIME_FLOOR_NS, relative_points, theil_sen
from practice.judge.complexity.inputs import InputSource, LadderInput
from practice.judge.package import Problem

CALL_CAP_S = 1.5
TAMPER_SLACK_NS = 15_000_000  # honest fork/exit overhead in a container varies by up to ~12 ms at large inputs
STAGE_CALLS_S = 2.4  # the measured calls' share of the stage's 3 s target, split between the shapes
FIT_SIZES = 4  # sizes above the noise floor before a ladder may be trimmed
TRIM_GROWTH = 2 ** 1.75  # ... and only where time already grows quadratically or faster at its top step,
TRIM_FLAT = 0.25  # or grows no faster than the reference's so far (Theil-Sen slope of their ratio)
VERIFY_TOP = 1  # the largest sizes of each ladder whose results are compared with the reference's
CHECK_BUDGET_S = 1.0  # host time for checking ladder results; past it, results are not compared
CACHED = object()  # stands for the reference's result when the input cache holds it


@dataclass
class Samples:
    """All repeats at one size, for one solution."""

    cpu_ns: list[int] = field(default_factory=list)  # the kernel's total for the child
    call_ns: list[int | None] = field(default_factory=list)  # the child's reading of the call alone
    extra_b: list[int] = field(default_factory=list)
    kept: list[bool] = field(default_factory=list)  # the call sent its result back (encoding it after the reading)
    noop_cpu_ns: list[int] = field(default_factory=list)
    noop_extra_b: int = 0
    overridden: int = 0  # readings the kernel total contradicted
    trusted: bool = False  # the reference's own readings: no clock to check, no no-op call needed

    def add(self, res, kept: bool = False) -> None:
        self.kept.append(kept)
        self.cpu_ns.append(res.cpu_ns)
        self.call_ns.append(res.call_cpu_ns)
        self.extra_b.append(res.peak_extra_bytes)

    @property
    def time_ns(self) -> float:
        noop = min(self.noop_cpu_ns) if self.noop_cpu_ns else 0
        best = None
        self.overridden = 0
        kept_flags = self.kept + [False] * (len(self.cpu_ns) - len(self.kept))
        for total, call, kept in zip(self.cpu_ns, self.call_ns, kept_flags):
            if self.trusted and call is not None:
                t = call
            elif call is None or call < 0 or total - call > max(self.noop_cpu_ns, default=0) + TAMPER_SLACK_NS:
                # A kept result's encoding is in the total: honest, so not counted as a contradiction.
                self.overridden += call is not None and not kept
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
    trimmed_at: int | None = None  # the first size left out to keep the stage short (see STAGE_CALLS_S)
    failure: str | None = None  # the candidate's status where it stopped, if a call failed
    failure_message: str = ""

    @property
    def sizes(self) -> list[int]:
        return sorted(n for n in self.cand if self.cand[n].cpu_ns)

    def series(self) -> tuple[list[int], list[float], list[float]]:
        sizes = self.sizes
        return sizes, [self.cand[n].time_ns for n in sizes], [self.ref[n].time_ns for n in sizes]


def _flat_relative(ladder: Ladder) -> bool:
    """The candidate's time relative to the reference's has not grown over the sizes so far."""
    points = relative_points(*ladder.series())
    return len(points) >= FIT_SIZES and theil_sen([n for n, _ in points], [r for _, r in points]) <= TRIM_FLAT


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
        """Runs in the worker, in submission order, so the first wrong result found is the earliest one.
        `expected` CACHED: the reference's result comes from the input cache."""
        t0 = time.monotonic()
        fresh = expected is not CACHED
        if not fresh:
            try:
                expected = inp.expected()
            except (ValueError, zlib.error):  # a damaged cache entry: this input goes unchecked this once
                self.source.forget_expected(shape, n)
                return
        why = judge_output(self.problem, inp.args, expected, got)
        self.check_seconds += time.monotonic() - t0
        self.verified += 1
        if why is not None and self.wrong is None:
            self.wrong = (shape, n, why)
        if fresh:
            self.source.store_expected(shape, n, expected)

    def _call(self, runner: RunnerClient, key: str, *, noop: bool = False, keep: bool = False):
        self.calls += 1
        p = self.problem
        return runner.call(key=key, timeout_s=30 if noop else self.cap_s * 2, memory_mb=p.memory_mb, noop=noop,
                           discard=not keep, stream_args=p.stream_args, returns=p.returns)

    def _size(self, ladder: Ladder, n: int, inp: LadderInput) -> bool:
        """Measure one size once for each solution; False when the candidate failed at it."""
        key = f"{ladder.shape}:{n}"
        for wait in [runner.put_async(key, inp.encoded) for runner in (self.ref, self.cand)]:
            wait()  # both runners decode the input at once
        c, r = Samples(), Samples(trusted=True)
        base = self._call(self.cand, key, noop=True)  # the candidate's fork and exit overhead, time and memory
        c.noop_cpu_ns, c.noop_extra_b = [base.cpu_ns], base.peak_extra_bytes
        ladder.cand[n], ladder.ref[n] = c, r
        return self._pair(ladder, n)

    def _pair(self, ladder: Ladder, n: int, inp: LadderInput | None = None) -> bool:
        """One reference call and one candidate call; with `inp`, their results are compared
        (while the host's checking budget lasts: past it, results are not even sent back)."""
        key = f"{ladder.shape}:{n}"
        check = inp is not None and self.wrong is None and self.check_seconds < CHECK_BUDGET_S
        known = check and inp.expected_z is not None  # the reference's result is cached: no need to send it
        rr = self._call(self.ref, key, keep=check and not known)
        if rr.ok:
            ladder.ref[n].add(rr, check and not known)
        cr = self._call(self.cand, key, keep=check)
        if not cr.ok:
            ladder.stopped_at, ladder.failure, ladder.failure_message = n, cr.status, cr.message
            return False
        ladder.cand[n].add(cr, check)
        if check and rr.ok:
            self._pending.append(self._worker.submit(self._check, ladder.shape, n, inp,
                                                     CACHED if known else rr.result, cr.result))
        return True

    def ladder(self, shape: str, sizes: list[int], repeats: int, budget_s: float | None = None) -> Ladder:
        """Ascend once with early stopping, then add repeats on the sizes reached. `budget_s`: this
        shape's share of STAGE_CALLS_S, past which the ladder is trimmed (see the module's docstring)."""
        ladder = Ladder(shape)
        prev = prev_ref = None
        spent = 0.0  # first readings so far, both solutions
        recent: dict[int, LadderInput] = {}  # the inputs of the last sizes reached, for verification
        order = sorted(sizes)
        # Each input is generated (or read from the cache) only when the size before it is being measured.
        upcoming = self._worker.submit(self.source.get, shape, order[0]) if order else None
        for k, n in enumerate(order):
            inp = upcoming.result()
            upcoming = self._worker.submit(self.source.get, shape, order[k + 1]) if k + 1 < len(order) else None
            if not self._size(ladder, n, inp):
                break
            recent[n] = inp
            if len(recent) > VERIFY_TOP + 1:
                del recent[min(recent)]
            t = ladder.cand[n].cpu_ns[0] / 1e9
            growth = t / prev if prev and prev > 1e-4 else 4.0
            prev = t
            if t > self.cap_s or t * max(growth, 2.0) > self.cap_s:
                ladder.stopped_at = n
                break
            r = ladder.ref[n].cpu_ns[0] / 1e9 if ladder.ref[n].cpu_ns else 0.0
            ref_growth = r / prev_ref if prev_ref and prev_ref > 1e-4 else 4.0
            prev_ref = r
            spent += t + r
            upcoming_cost = t * max(growth, 2.0) + r * max(ref_growth, 2.0)
            if budget_s is not None and k + 1 < len(order) and repeats * (spent + upcoming_cost) > budget_s \
                    and sum(ladder.cand[s].time_ns >= TIME_FLOOR_NS for s in ladder.sizes) >= FIT_SIZES \
                    and (growth >= TRIM_GROWTH or _flat_relative(ladder)):
                ladder.trimmed_at = order[k + 1]
                break
        if upcoming is not None:
            upcoming.cancel()  # an input the ladder no longer needs (it may be generating already)
        verify = {n: recent[n] for n in self._repeatable(ladder, ladder.sizes)[-VERIFY_TOP:] if n in recent}
        for again in range(max(repeats - 1, 1 if verify else 0)):
            self.repeat(ladder, ladder.sizes, verify if again == 0 else None)
        return ladder

    def _repeatable(self, ladder: Ladder, sizes: list[int]) -> list[int]:
        """The sizes whose first call finished within the cap (a slower one is not run again)."""
        return [n for n in sizes if ladder.cand[n].cpu_ns and ladder.cand[n].cpu_ns[0] / 1e9 <= self.cap_s]

    def repeat(self, ladder: Ladder, sizes: list[int], verify: dict[int, LadderInput] | None = None) -> None:
        """One more pair of calls at each size; at the sizes in `verify`, their results are compared."""
        for n in self._repeatable(ladder, sizes):
            self._pair(ladder, n, (verify or {}).get(n))

    def release(self, ladder: Ladder) -> None:
        for n in ladder.cand:
            for runner in (self.ref, self.cand):
                runner.drop(f"{ladder.shape}:{n}")

