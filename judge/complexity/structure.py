"""Where a log factor can come from, read from the candidate's code (host side, never executed).

Timing fixes the polynomial power well on a noisy machine, but not a log
factor: over the ladder n log n / n grows by ~1.4x, while cache effects and
load move an O(n) solution's time by as much (measured in
benchmarks/complexity_accuracy.py). A log factor needs a cause the code shows:
a sort, a heap operation, a bisection, a loop or recursion that halves or
doubles. This module lists those causes with their lines; `fit.refine_log`
uses them only to choose between O(n) and O(n log n) (or O(1) and O(log n))
once timing has settled the power. It is a reading of the code, so a
candidate can hide a cause (and be told O(n) instead of O(n log n)); budget
verdicts on a clear gap never depend on it.
"""
from __future__ import annotations

import ast
import builtins
from dataclasses import dataclass

SORTS = {"sorted", "sort", "nlargest", "nsmallest", "most_common"}  # most_common(k) is nlargest
HEAPS = {"heappush", "heappop", "heappushpop", "heapreplace"}
BISECTS = {"bisect", "bisect_left", "bisect_right", "insort", "insort_left", "insort_right"}
# Builtins that shift a whole list per call (a memmove): quadratic in a loop, with a constant so
# small that timing sees it only at the top of the ladder. (Scans like index() or remove() cost
# enough per item that timing alone sees them, and remove() is O(1) on a set.)
SHIFTS = {"insert", "insort", "insort_left", "insort_right"}


@dataclass(frozen=True)
class Cause:
    kind: str   # "sort", "heap", "bisect", "halving" multiply linear work; "probe" (one bisection) adds log n;
                # "shift": a list-shifting builtin in a loop; "copy": a slice to a variable or open end in a loop
    what: str   # e.g. "sorted()", "heapq.heappush", "mid = (lo + hi) // 2"
    line: int

    def __str__(self) -> str:
        return f"{self.what} (line {self.line})"


def _name(call: ast.Call) -> str | None:
    f = call.func
    if isinstance(f, ast.Name):
        return f.id
    if isinstance(f, ast.Attribute):
        return f.attr
    return None


def _halves(node: ast.AST) -> bool:
    """x // 2, x >> 1, x * 2, x << 1, i & -i: a step that halves or doubles."""
    for sub in ast.walk(node):
        if isinstance(sub, ast.BinOp) and isinstance(sub.right, ast.Constant):
            if isinstance(sub.op, (ast.FloorDiv, ast.Mult)) and sub.right.value == 2:
                return True
            if isinstance(sub.op, (ast.RShift, ast.LShift)) and sub.right.value == 1:
                return True
        if isinstance(sub, ast.AugAssign) and isinstance(sub.value, ast.Constant):
            if isinstance(sub.op, (ast.FloorDiv, ast.Mult)) and sub.value.value == 2:
                return True
            if isinstance(sub.op, (ast.RShift, ast.LShift)) and sub.value.value == 1:
                return True
        if isinstance(sub, ast.BinOp) and isinstance(sub.op, ast.BitAnd) and isinstance(sub.right, ast.UnaryOp) \
                and isinstance(sub.right.op, ast.USub):
            return True  # Fenwick step i & -i
    return False


def _self_calls(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> int:
    """Self-calls one execution makes, roughly: each `return f(...)` ends the call, so the returns
    count as their largest one (a binary search recursing into one half has several, runs one)."""
    def calls(node: ast.AST) -> int:
        return sum(isinstance(c, ast.Call) and _name(c) == fn.name for c in ast.walk(node))
    in_returns = [calls(r) for r in ast.walk(fn) if isinstance(r, ast.Return) and r.value is not None]
    return calls(fn) - sum(in_returns) + max(in_returns, default=0)


_BUILTINS = frozenset(dir(builtins))
LOOPS = (ast.For, ast.AsyncFor, ast.While, ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)


def _heavy(body: list[ast.stmt]) -> bool:
    """A loop body that does more than O(1): a nested loop, a comprehension or a call of a user function."""
    return any(isinstance(sub, LOOPS) or isinstance(sub, ast.Call) and isinstance(sub.func, ast.Name)
               and sub.func.id not in _BUILTINS for stmt in body for sub in ast.walk(stmt))


def _copies(node: ast.Subscript) -> bool:
    """A slice read whose length can grow with n: an open or variable end (`s[1:]`, `a[i:j]`), not `a[:2]`."""
    sl = node.slice
    if not isinstance(sl, ast.Slice) or not isinstance(node.ctx, ast.Load):
        return False
    return not (isinstance(sl.upper, ast.Constant) and (sl.lower is None or isinstance(sl.lower, ast.Constant)))


def log_causes(source: str) -> list[Cause]:
    """Every construct in `source` that brings a log factor, in line order.

    A sort counts wherever it is (sorting n items is n log n). A heap or bisect operation counts
    inside a loop or a recursive function (one call alone is an additive log n). A halving loop
    multiplies when its body does more than O(1) work (else it is a "probe", log n on its own);
    a function recursing on halves counts when it calls itself more than once (T(n) = 2T(n/2) +
    O(n)), not when it follows one half.
    """
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return []
    causes: list[Cause] = []

    def visit(node: ast.AST, in_loop: bool) -> None:
        if isinstance(node, ast.Call):
            name = _name(node)
            pop_front = name == "pop" and node.args and isinstance(node.args[0], ast.Constant) and node.args[0].value == 0
            if in_loop and (isinstance(node.func, ast.Attribute) or name in BISECTS) and (name in SHIFTS or pop_front):
                causes.append(Cause("shift", f"{name}() in a loop", node.lineno))
            if name in SORTS:
                causes.append(Cause("sort", f"{name}()", node.lineno))
            elif name in HEAPS and in_loop:
                causes.append(Cause("heap", f"{name}() in a loop", node.lineno))
            elif name in BISECTS:
                causes.append(Cause("bisect", f"{name}() in a loop", node.lineno) if in_loop
                              else Cause("probe", f"{name}()", node.lineno))
        elif isinstance(node, ast.Subscript) and in_loop and _copies(node):
            causes.append(Cause("copy", f"a slice {ast.unparse(node)[:40]} in a loop", node.lineno))
        elif isinstance(node, ast.While) and _halves(node):
            causes.append(Cause("halving", "a halving loop around linear work", node.lineno) if _heavy(node.body)
                          else Cause("probe", "a halving loop", node.lineno))
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and (calls := _self_calls(node)) >= 1:
            if calls >= 2 and _halves(node):
                causes.append(Cause("halving", f"{node.name}() recursing on both halves", node.lineno))
            in_loop = True  # a recursive function repeats its body like a loop
        for child in ast.iter_child_nodes(node):
            visit(child, in_loop or isinstance(node, LOOPS))

    visit(tree, False)
    return sorted(set(causes), key=lambda c: (c.line, c.kind))
