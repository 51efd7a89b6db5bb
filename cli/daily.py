"""The daily loop: solve (workspace, timer, re-judge on save), hints, history, stats, the review queue."""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import click

from practice.cli.main import _backend, _complete_ids, console, err_console, main
from practice.errors import UsageError
from practice.judge import registry


def _history():
    from practice.history.db import History

    return History()


def record(report, session_id: int | None = None) -> None:
    """Record a check and update the problem's review card; a broken history is an error after the report."""
    from practice.history.review import review

    h = _history()
    try:
        data = report.to_dict()
        h.record_check(data, session_id=session_id)
        review(h, data)
    finally:
        h.close()


def workspace_root() -> Path:
    import os

    return Path(os.environ.get("PRACTICE_WORKSPACE") or Path.home() / "practice-workspace")


def open_workspace(problem, root: Path) -> tuple[Path, bool]:
    """The problem's folder: solution.py from the template, the statement, the sample cases; reopened if it exists."""
    folder = root / problem.id.replace("/", "__")
    solution = folder / "solution.py"
    if solution.exists():
        return folder, False
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "statement.md").write_text(problem.statement(), encoding="utf-8")
    samples = [{"name": c.name, "args": c.args, "expected": c.expected if c.has_expected else None}
               for c in problem.tests["sample"]]
    (folder / "samples.json").write_text(json.dumps(samples, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    tmp = folder / ".solution.py.tmp"
    tmp.write_text(problem.template("solution"), encoding="utf-8")
    tmp.replace(solution)
    return folder, True


@main.command()
@click.argument("problem_id", shell_complete=_complete_ids)
@click.option("--dir", "root", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Workspace root (default: $PRACTICE_WORKSPACE or ~/practice-workspace).")
@click.option("--once", is_flag=True, help="Judge the solution once and exit (no watching).")
@click.option("--local", is_flag=True, help="Use the local backend (no isolation).")
@click.option("--docker", "docker_only", is_flag=True, help="Require Docker.")
@click.option("--json", "as_json", is_flag=True, help="With --once: print the report as JSON.")
@click.option("--poll", type=float, default=0.5, show_default=True, help="Seconds between checks for a save.")
def solve(problem_id: str, root: Path | None, once: bool, local: bool, docker_only: bool, as_json: bool,
          poll: float) -> None:
    """Open a workspace for PROBLEM_ID and re-judge the solution on every save.

    Creates (or reopens) a folder with solution.py from the template, the
    statement and the sample cases, prints the statement, starts a timer, then
    watches solution.py: each save gets the fast stages first, then the
    complexity stage. Ctrl-C ends the session (it is recorded in the history).
    """
    from rich.markdown import Markdown

    from practice.cli.render import render_report
    from practice.judge.pipeline import check as run_check

    problem = registry.get(problem_id)
    folder, created = open_workspace(problem, root or workspace_root())
    solution = folder / "solution.py"
    backend = _backend(local, docker_only)
    h = _history()
    session = h.start_session(problem.id)
    h.close()
    started = time.monotonic()

    def judge(full: bool):
        from practice.cli.main import _find_tests, _read_solution

        source = _read_solution(solution)
        tests = _find_tests(solution)
        report = run_check(problem, source, str(solution), backend, with_complexity=full,
                           tests_source=_read_solution(tests) if tests else None, module="solution")
        if full or report.verdict != "accepted":
            record(report, session)
        return report

    try:
        if once:
            report = judge(True)
            if as_json:
                click.echo(json.dumps(report.to_dict(), indent=2, ensure_ascii=False))
            else:
                render_report(report, console)
            sys.exit(0 if report.verdict == "accepted" else 1)
        console.print(Markdown(problem.statement()))
        console.print(f"\n[bold]{'created' if created else 'reopened'}[/bold] {folder} — edit solution.py; "
                      "every save is judged. Ctrl-C to stop.")
        last = None
        while True:
            mtime = solution.stat().st_mtime_ns if solution.exists() else None
            if mtime != last and mtime is not None:
                last = mtime
                if created and last is not None and _is_template(problem, solution):
                    pass  # nothing written yet
                else:
                    elapsed = time.monotonic() - started
                    console.rule(f"[bold]{elapsed // 60:.0f}:{elapsed % 60:02.0f}[/bold] elapsed — judging your save")
                    quick = judge(False)
                    render_report(quick, console)
                    if quick.verdict == "accepted":
                        console.print("[dim]correct on every case; measuring complexity...[/dim]")
                        render_report(judge(True), console)
            time.sleep(poll)
    except KeyboardInterrupt:
        console.print("\nsession ended")
    finally:
        h = _history()
        h.end_session(session)
        h.close()


def _is_template(problem, solution: Path) -> bool:
    return solution.read_text(encoding="utf-8") == problem.template("solution")


@main.command()
@click.argument("problem_id", shell_complete=_complete_ids)
@click.option("--json", "as_json", is_flag=True, help="Print the hint as JSON.")
def hint(problem_id: str, as_json: bool) -> None:
    """Show the next hint for PROBLEM_ID: the pattern, then the approach, then the complexity target.

    Each use is recorded; an Easy review rating needs a solve without hints.
    """
    problem = registry.get(problem_id)
    hints = problem.meta.get("hints") or []
    if not hints:
        raise UsageError(f"{problem_id} has no hints yet.", "Try `practice show` for the statement and budget.")
    h = _history()
    try:
        level = min(h.hints_used(problem.id) + 1, len(hints))
        h.record_hint(problem.id, level)
    finally:
        h.close()
    names = ("pattern", "approach", "complexity target")
    if as_json:
        click.echo(json.dumps({"problem": problem.id, "level": level, "of": len(hints), "kind": names[level - 1],
                               "hint": hints[level - 1]}))
    else:
        console.print(f"[bold]hint {level}/{len(hints)} ({names[level - 1]}):[/bold] {hints[level - 1]}")


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print the history as JSON.")
@click.option("--limit", type=int, default=20, show_default=True, help="How many recent checks to show.")
@click.option("--problem", "problem_id", default=None, shell_complete=_complete_ids, help="Only this problem.")
@click.option("--export", "export_to", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the whole history to this JSON file (for moving to another machine).")
@click.option("--import", "import_from", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Add the rows of an exported history file.")
def history(as_json: bool, limit: int, problem_id: str | None, export_to: Path | None, import_from: Path | None) -> None:
    """Recent checks with their verdicts and rubric scores; export and import the history."""
    h = _history()
    try:
        if export_to:
            tmp = export_to.with_name(export_to.name + ".tmp")
            tmp.write_text(json.dumps(h.export(), indent=1), encoding="utf-8")
            tmp.replace(export_to)
            console.print(f"wrote {export_to}")
            return
        if import_from:
            try:
                data = json.loads(import_from.read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                raise UsageError(f"{import_from} is not a readable history export ({exc}).") from exc
            console.print(f"added {h.import_(data)} rows from {import_from}")
            return
        rows = h.checks(limit=limit, problem=problem_id)
    finally:
        h.close()
    if as_json:
        click.echo(json.dumps(rows, indent=2))
        return
    from rich.table import Table

    table = Table(box=None)
    for col in ("when", "problem", "verdict", "scores (C E X T Q)", "s"):
        table.add_column(col)
    for r in rows:
        scores = " ".join(str(ln["score"]) if ln["score"] is not None else "-" for ln in r["rubric"])
        table.add_row(r["at"].replace("T", " ")[:16], r["problem"], r["verdict"], scores, f"{r['seconds']:.1f}")
    console.print(table if rows else "no checks recorded yet")


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print the statistics as JSON.")
def stats(as_json: bool) -> None:
    """Solved per category and difficulty, rubric scores over time, median time to accepted."""
    from practice.history.stats import DIMENSIONS, sparkline, stats as compute

    difficulty = {p.id: p.meta["difficulty"] for p in registry.all_problems()}
    h = _history()
    try:
        data = compute(h, difficulty)
    finally:
        h.close()
    if as_json:
        click.echo(json.dumps(data, indent=2))
        return
    console.print(f"[bold]{data['checks']} checks[/bold]; median time to accepted: "
                  f"{data['median_minutes_to_accepted'] if data['median_minutes_to_accepted'] is not None else '-'} min")
    for key, n in data["attempted"].items():
        console.print(f"  {key:28s} solved {data['solved'].get(key, 0)}/{n}")
    weeks = data["rubric_by_week"]
    if weeks:
        console.print(f"rubric by week ({weeks[0]['week']} .. {weeks[-1]['week']}), machine scores 1-4:")
        for d in DIMENSIONS:
            series = [w[d] for w in weeks if d in w]
            if series:
                console.print(f"  {d:14s} {sparkline(series)}  latest {series[-1]}")


@main.command("next")
@click.option("--json", "as_json", is_flag=True, help="Print the queue as JSON.")
@click.option("--limit", type=int, default=5, show_default=True)
def next_cmd(as_json: bool, limit: int) -> None:
    """What to practise next: FSRS reviews that are due (failed and slow problems come back sooner), then new problems from weak categories."""
    from practice.history.review import queue

    h = _history()
    try:
        items = queue(h, registry.problem_ids(), limit=limit)
    finally:
        h.close()
    if as_json:
        click.echo(json.dumps(items, indent=2))
        return
    for item in items:
        console.print(f"  {item['problem']:34s} {item['why']}")
