"""Mutants of the candidate's own solution, for judging how much their tests catch.

Mutants come from the candidate's code, never from the reference: the
candidate's tests are hostile code that runs only in the sandbox, and the
reference never goes there. One small change per mutant, at most MAX_MUTANTS,
spread evenly over the sites, in a deterministic order.
"""
from __future__ import annotations

import ast
from dataclasses import dataclass

MAX_MUTANTS = 16

_SWAP = {
    ast.Add: ast.Sub, ast.Sub: ast.Add, ast.Mult: ast.Add, ast.FloorDiv: ast.Mult, ast.Mod: ast.FloorDiv,
    ast.Lt: ast.LtE, ast.LtE: ast.Lt, ast.Gt: ast.GtE, ast.GtE: ast.Gt, ast.Eq: ast.NotEq, ast.NotEq: ast.Eq,
    ast.In: ast.NotIn, ast.NotIn: ast.In, ast.Is: ast.IsNot, ast.IsNot: ast.Is, ast.And: ast.Or, ast.Or: ast.And,
}
_SYMBOL = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.FloorDiv: "//", ast.Mod: "%", ast.Lt: "<", ast.LtE: "<=",
           ast.Gt: ">", ast.GtE: ">=", ast.Eq: "==", ast.NotEq: "!=", ast.In: "in", ast.NotIn: "not in",
           ast.Is: "is", ast.IsNot: "is not", ast.And: "and", ast.Or: "or"}


@dataclass
class Mutant:
    line: int
    change: str  # "< -> <="
    source: str


def _test_lines(tree: ast.Module) -> set[int]:
    """Lines of test functions and Test classes in the solution file: not mutated, not counted."""
    lines: set[int] = set()
    for node in tree.body:
        if (isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name.startswith("test")) or (
                isinstance(node, ast.ClassDef) and node.name.startswith("Test")):
            lines.update(range(node.lineno, (node.end_lineno or node.lineno) + 1))
    return lines


def _sites(tree: ast.Module, skip: set[int]) -> list[tuple[ast.AST, str, object]]:
    """(node, field, replacement-or-index) for every single-point change."""
    sites: list[tuple[ast.AST, str, object]] = []
    for node in ast.walk(tree):
        line = getattr(node, "lineno", None)
        if line is None or line in skip:
            continue
        if isinstance(node, (ast.BinOp, ast.AugAssign)) and type(node.op) in _SWAP:
            sites.append((node, "op", None))
        elif isinstance(node, ast.BoolOp) and type(node.op) in _SWAP:
            sites.append((node, "op", None))
        elif isinstance(node, ast.Compare):
            for i, op in enumerate(node.ops):
                if type(op) in _SWAP:
                    sites.append((node, "ops", i))
        elif isinstance(node, ast.Constant) and type(node.value) is int:
            sites.append((node, "value", None))
        elif isinstance(node, (ast.Break, ast.Continue)):
            sites.append((node, "flow", None))
    return sites


def _apply(tree: ast.Module, site: tuple[ast.AST, str, object]) -> tuple[str, str]:
    """Mutate in place; return (description, source); the caller re-parses for the next mutant."""
    node, field, index = site
    if field == "op":
        old = type(node.op)
        node.op = _SWAP[old]()
        change = f"{_SYMBOL[old]} -> {_SYMBOL[_SWAP[old]]}"
    elif field == "ops":
        old = type(node.ops[index])
        node.ops[index] = _SWAP[old]()
        change = f"{_SYMBOL[old]} -> {_SYMBOL[_SWAP[old]]}"
    elif field == "value":
        new = 1 if node.value == 0 else 0 if node.value == 1 else node.value + 1
        change = f"{node.value} -> {new}"
        node.value = new
    else:
        change = "break -> continue" if isinstance(node, ast.Break) else "continue -> break"
        node.__class__ = ast.Continue if isinstance(node, ast.Break) else ast.Break
    return change, ast.unparse(tree)


def mutants(source: str, limit: int = MAX_MUTANTS) -> list[Mutant]:
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return []
    skip = _test_lines(tree)
    count = len(_sites(tree, skip))
    if count == 0:
        return []
    step = max(1, count / limit)
    picks = sorted({int(i * step) for i in range(min(limit, count))})
    out = []
    for k in picks:
        fresh = ast.parse(source)
        site = _sites(fresh, skip)[k]
        line = site[0].lineno
        change, text = _apply(fresh, site)
        out.append(Mutant(line, change, text))
    return out


def has_tests(source: str) -> bool:
    try:
        return bool(_test_lines(ast.parse(source)))
    except SyntaxError:
        return False


def test_lines(source: str) -> set[int]:
    try:
        return _test_lines(ast.parse(source))
    except SyntaxError:
        return set()
