"""The `practice` command line.

Exit codes: 0 success / accepted; 1 a verdict other than accepted (or a
verification mismatch); 2 usage or environment error (unknown problem, missing
file, Docker needed but not reachable); 3 broken problem package; 4 the history
database cannot be used (damaged, or from a newer practice); 5 judge fault.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click
from rich.console import Console
from rich.markup import escape

from practice import __version__
from practice.errors import PracticeError, UsageError
from practice.judge import registry

console = Console(highlight=False)
err_console = Console(stderr=True, highlight=False)


class PracticeGroup(click.Group):
    """Turn PracticeError into one clear sentence and its exit code."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except PracticeError as exc:
            err_console.print(f"[bold red]error:[/bold red] {exc}", markup=True, highlight=False, soft_wrap=True)
            sys.exit(exc.exit_code)


def _complete_ids(ctx, param, incomplete):
    return [i for i in registry.problem_ids() if i.startswith(incomplete)]


@click.group(cls=PracticeGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="practice")
def main() -> None:
    """Practise coding-round problems against a sandboxed judge.

    \b
    Start with:  practice list
    Then:        practice show arrays/two_sum
                 practice check arrays/two_sum solution.py
    """


@main.command("list")
@click.option("--category", "-c", help="Only problems in this category (arrays, graphs, dp, ...).")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list instead of a table.")
def list_cmd(category: str | None, as_json: bool) -> None:
    """List the problems in the bank."""
    from rich.table import Table

    problems = [p for p in registry.all_problems() if not category or p.category == category]
    if category and not problems:
        cats = sorted({i.split("/")[0] for i in registry.problem_ids()})
        raise UsageError(f"There is no category {category!r}.", f"Categories: {', '.join(cats)}.")
    rows = [{"id": p.id, "title": p.title, "difficulty": p.meta["difficulty"], "tags": p.meta["tags"],
             "time_budget": p.budget("time")["accepted"], "optimal": p.budget("time")["optimal"]} for p in problems]
    if as_json:
        click.echo(json.dumps(rows, indent=2))
        return
    table = Table(box=None, header_style="bold", padding=(0, 2))
    table.add_column("id", no_wrap=True)
    for col in ("title", "difficulty", "time budget", "tags"):
        table.add_column(col)
    for r in rows:
        table.add_row(r["id"], r["title"], r["difficulty"], f"{r['time_budget']} (best {r['optimal']})", ", ".join(r["tags"]))
    console.print(table)
    console.print(f"[dim]{len(rows)} problems[/dim]")


@main.command()
@click.argument("problem_id", shell_complete=_complete_ids)
@click.option("--json", "as_json", is_flag=True, help="Print metadata, statement and samples as JSON.")
def show(problem_id: str, as_json: bool) -> None:
    """Show a problem's statement, examples and budgets."""
    from rich.markdown import Markdown

    p = registry.get(problem_id)
    if as_json:
        click.echo(json.dumps({"id": p.id, "meta": p.meta, "statement": p.statement(),
                               "samples": [{"name": c.name, "args": c.args} for c in p.tests["sample"]]}, indent=2))
        return
    console.print(Markdown(p.statement()))
    tb, sb = p.budget("time"), p.budget("space")
    console.print(f"\n[bold]Entry[/bold]: {p.function}({', '.join(p.params)})"
                  + (f" or class {p.leetcode['class']}.{p.leetcode['method']}" if p.leetcode else ""))
    console.print(f"[bold]Budget[/bold]: time {tb['accepted']} (optimal {tb['optimal']}), space {sb['accepted']}; "
                  f"n: {p.meta['size']}")


def _backend(local: bool, docker: bool):
    from practice.judge.backends.choose import choose_backend

    mode = "local" if local else "docker" if docker else "auto"
    with err_console.status("preparing the sandbox image (first use builds it)") as status:
        backend = choose_backend(mode, progress=lambda s: status.update(s[:100]))
    if not backend.isolated:
        err_console.print("[yellow]warning:[/yellow] running with the LOCAL backend: your code is not isolated "
                          "(Docker " + ("not requested" if local else "is not reachable") + ").")
    return backend


def _read_solution(file: Path) -> str:
    if not file.exists():
        raise UsageError(f"{file} does not exist.", "Give the path of your solution file.")
    if not file.is_file():
        raise UsageError(f"{file} is not a file.")
    try:
        return file.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise UsageError(f"{file} is not UTF-8 text.", "Save it as UTF-8 and retry.") from exc


def _find_tests(file: Path) -> Path | None:
    """The candidate's own test file next to the solution: test_<stem>.py or <stem>_test.py."""
    for name in (f"test_{file.stem}.py", f"{file.stem}_test.py"):
        candidate = file.with_name(name)
        if candidate.is_file() and candidate != file:
            return candidate
    return None


@main.command()
@click.argument("problem_id", shell_complete=_complete_ids)
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print one report object (see `practice schema report`).")
@click.option("--local", is_flag=True, help="Use the local backend (no isolation) even if Docker is available.")
@click.option("--docker", "docker_only", is_flag=True, help="Require Docker; never fall back to local.")
@click.option("--no-complexity", is_flag=True, help="Skip the complexity stage (faster feedback).")
@click.option("--tests", "tests_file", type=click.Path(path_type=Path), default=None,
              help="Your own test file (default: test_<name>.py next to FILE, or def test_* inside it).")
@click.option("--rubric-only", is_flag=True,
              help="Re-score the last check of this exact solution; only stages whose inputs changed run again.")
@click.option("--no-history", is_flag=True, help="Do not record this check in your history.")
def check(problem_id: str, file: Path, as_json: bool, local: bool, docker_only: bool, no_complexity: bool,
          tests_file: Path | None, rubric_only: bool, no_history: bool) -> None:
    """Judge FILE as a solution to PROBLEM_ID.

    The report scores the coding-round rubric: correctness, edge cases,
    complexity, testing (your own tests: test_<name>.py next to FILE or
    def test_* in it) and code clarity.

    Exit code 0 when accepted, 1 for any other verdict, 2 for usage or
    environment errors (unknown problem, missing file, Docker required but not
    reachable), 3 for a broken problem package.
    """
    from practice.judge import cache
    from practice.judge.pipeline import check as run_check
    from practice.judge.report import validate_report

    problem = registry.get(problem_id)
    source = _read_solution(file)
    tests_path = tests_file or _find_tests(file)
    tests_source = _read_solution(tests_path) if tests_path else None
    if rubric_only:
        report = _rescore(problem, source, tests_source, file, local, docker_only)
    else:
        backend = _backend(local, docker_only)
        kw = dict(with_complexity=not no_complexity, tests_source=tests_source, module=file.stem)
        if as_json:
            report = run_check(problem, source, str(file), backend, **kw)
        else:
            with err_console.status("judging") as status:
                report = run_check(problem, source, str(file), backend, progress=lambda s: status.update(s), **kw)
        if not no_complexity:
            try:
                cache.store(problem, source, tests_source, report.to_dict())
            except OSError as exc:  # a read-only cache costs only --rubric-only
                err_console.print(f"[yellow]warning:[/yellow] could not cache the report ({exc}).")
    if as_json:
        data = report.to_dict()
        validate_report(data)
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        from practice.cli.render import render_report

        render_report(report, console)
    if not no_history and not rubric_only:
        _daily.record(report)  # after the report is shown: a broken history is its own error (exit 4)
    sys.exit(0 if report.verdict == "accepted" else 1)


def _rescore(problem, source: str, tests_source: str | None, file: Path, local: bool, docker_only: bool):
    """The cached report of this exact solution, re-scored; clarity re-read, testing re-run only if the tests changed."""
    import time
    from dataclasses import asdict

    from practice.judge import cache
    from practice.judge.backends.base import RunnerClient
    from practice.judge.pipeline import load_solution
    from practice.judge.report import Report
    from practice.judge.scoring import overall, rubric
    from practice.judge.stages.clarity import analyse as analyse_clarity
    from practice.judge.stages.testing import run_testing

    cached = cache.load(problem, source)
    if cached is None:
        raise UsageError("There is no earlier full check of this exact solution to re-score.",
                         "Run `practice check` once without --rubric-only (and without --no-complexity).")
    t0 = time.monotonic()
    report = Report.from_dict(cached["report"])
    report.analysis["clarity"] = asdict(analyse_clarity(source))
    if cached["tests_key"] != cache.tests_key(source, tests_source):
        runner = RunnerClient(_backend(local, docker_only).open)
        try:
            if load_solution(runner, problem, source).ok:
                report.analysis["testing"] = run_testing(problem, runner, source, tests_source, file.stem).to_dict()
        finally:
            runner.close()
        cache.store(problem, source, tests_source, report.to_dict())
    report.rubric = rubric(problem, report)
    report.overall = overall(report.rubric)
    report.seconds = round(time.monotonic() - t0, 3)
    return report


@main.command()
@click.argument("name", type=click.Choice(["report", "problem", "grade"]))
def schema(name: str) -> None:
    """Print a JSON Schema shipped with practice (report, problem or grade)."""
    from importlib import resources

    click.echo(resources.files("practice.judge").joinpath(f"schemas/{name}.schema.json").read_text())


@main.group()
def sandbox() -> None:
    """Manage the Docker sandbox image."""


@sandbox.command("build")
@click.option("--force", is_flag=True, help="Rebuild even if the current image exists.")
def sandbox_build(force: bool) -> None:
    """Build the sandbox image (from Debian's packages when no registry is reachable)."""
    from practice.judge.backends.image import build_image

    with err_console.status("building the sandbox image") as status:
        tag = build_image(lambda s: status.update(s[:100]), force=force)
    console.print(f"sandbox image ready: {tag}")


@sandbox.command("clean")
def sandbox_clean() -> None:
    """Remove sandbox containers that a killed judge left behind."""
    from practice.judge.backends.docker import reap_stale

    console.print(f"removed {reap_stale()} container(s)")


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print the findings as JSON.")
def doctor(as_json: bool) -> None:
    """Check the set-up: Docker, the sandbox image, the backend, the problem bank."""
    from practice.cli.doctor import diagnose

    findings = diagnose()
    if as_json:
        click.echo(json.dumps(findings, indent=2))
    else:
        for f in findings:
            mark = {"ok": "[green]ok[/green]  ", "warn": "[yellow]warn[/yellow]", "fail": "[red]fail[/red]"}[f["status"]]
            console.print(f"{mark} {f['check']}: {f['detail']}")
    sys.exit(1 if any(f["status"] == "fail" for f in findings) else 0)


@main.command()
@click.argument("problem_id")
@click.option("--root", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Problem bank folder to add to (default: first PRACTICE_PROBLEMS entry, else ./problems).")
def new(problem_id: str, root: Path | None) -> None:
    """Scaffold a problem package CATEGORY/NAME that `practice verify` accepts once filled in."""
    from practice.judge.scaffold import MARKER, scaffold

    target = scaffold(problem_id, root)
    console.print(f"created {target}")
    console.print(f"Fill every {MARKER} (see docs/problem-package.md), then run "
                  f"`PRACTICE_PROBLEMS={target.parent.parent} practice verify {problem_id} --local`.")


@main.command()
@click.argument("problem_ids", nargs=-1, shell_complete=_complete_ids)
@click.option("--json", "as_json", is_flag=True, help="Print results as JSON.")
@click.option("--local", is_flag=True, help="Use the local backend.")
@click.option("--static", "static_only", is_flag=True,
              help="Only the static checks (metadata, tests, edge names, generator and constraints); run no submission.")
def verify(problem_ids: tuple[str, ...], as_json: bool, local: bool, static_only: bool) -> None:
    """Check problem packages the way Kattis verifyproblem does.

    Static checks, then every reference submission in the sandbox: each must get
    exactly the verdict of its folder; one wrong answer must be caught only by
    the edge tests and one only by the properties; the time limit must sit above
    the slowest accepted case; too_slow submissions must be clearly slower.
    """
    import time

    from practice.judge.verify import verify_problem

    ids = list(problem_ids) or registry.problem_ids()
    problems = [registry.get(pid) for pid in ids]  # unknown IDs fail before any work
    backend = None if static_only else _backend(local, False)
    results = []
    t0 = time.monotonic()
    with err_console.status("verifying") as status:
        for problem in problems:
            results.append(verify_problem(problem, backend, progress=lambda s: status.update(f"verifying {s}")))
            if not as_json:
                _print_verify(results[-1])
    total = round(time.monotonic() - t0, 1)
    if as_json:
        click.echo(json.dumps({"problems": results, "seconds": total}, indent=2))
    else:
        ok = sum(r["ok"] for r in results)
        subs = sum(len(r["submissions"]) for r in results)
        console.print(f"{ok}/{len(results)} packages verified, {subs} reference submissions, {total} s")
    sys.exit(0 if all(r["ok"] for r in results) else 1)


def _print_verify(r: dict) -> None:
    for s in r["submissions"]:
        ok = "[green]ok[/green]  " if s["ok"] else "[red]FAIL[/red]"
        caught = f" caught by {'+'.join(s['caught_by'])}" if s["caught_by"] else ""
        console.print(f"{ok} {r['problem']:30s} {s['file']:44s} expected {s['expected']:14s} got {s['got']}{caught}")
    tl = r["time_limit"]
    if tl["derived_s"] is not None:
        console.print(f"     {r['problem']:30s} time limit {tl['configured_s']:g} s (derived minimum {tl['derived_s']:g} s)")
    for issue in r["issues"]:  # issue texts quote names like nums[i]: not markup
        console.print(f"[red]FAIL[/red] {r['problem']}: {escape(issue)}")
    for warning in r.get("warnings", []):
        console.print(f"[yellow]warn[/yellow] {r['problem']}: {escape(warning)}")


# The daily loop (solve, hint, history, stats, next) registers itself on `main`.
from practice.cli import daily as _daily  # noqa: E402,F401
from practice.cli import grade as _grade  # noqa: E402,F401
