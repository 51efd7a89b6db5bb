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
from practice.text import write_atomic


def _history():
    from practice.history.db import History

    return History()


def record(report, session_id: int | None = None, mock_id: int | None = None) -> dict:
    """Record a check and update the problem's review card; a broken history is an error after the report."""
    from practice.history.review import review

    h = _history()
    try:
        data = report.to_dict()
        h.record_check(data, session_id=session_id, mock_id=mock_id)
        review(h, data)
    finally:
        h.close()
    return data


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
    write_atomic(solution, problem.template("solution"))
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
        # The first pass is the correctness stages only (the fastest verdict); the full pass adds
        # properties, complexity and your tests.
        report = run_check(problem, source, str(solution), backend, with_complexity=full, with_properties=full,
                           with_testing=full, tests_source=_read_solution(tests) if tests else None, module="solution")
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
            write_atomic(export_to, json.dumps(h.export(), indent=1))
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
@click.option("--html", "html_to", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also write an HTML page with the plot to this file.")
def stats(as_json: bool, html_to: Path | None) -> None:
    """Solved per category and difficulty, rubric scores over time, median time to accepted."""
    from practice.history.stats import DIMENSIONS, html, sparkline, stats as compute

    difficulty = {p.id: p.meta["difficulty"] for p in registry.all_problems()}
    h = _history()
    try:
        data = compute(h, difficulty)
    finally:
        h.close()
    if html_to:
        write_atomic(html_to, html(data))
        err_console.print(f"wrote {html_to}")
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


@main.command()
@click.option("--minutes", type=click.IntRange(1, 240), default=45, show_default=True, help="Length of the round.")
@click.option("--count", type=click.IntRange(1, 3), default=2, show_default=True, help="Problems in the round.")
@click.option("--difficulty", type=click.Choice(["easy", "medium", "hard"]), default=None)
@click.option("--category", default=None, help="Only this category (arrays, graphs, dp, ...).")
@click.option("--tag", default=None, help="Only problems with this tag.")
@click.option("--from-queue", is_flag=True, help="Draw from your review queue (`practice next`).")
@click.option("--seed", type=int, default=None, help="Make the draw repeatable.")
@click.option("--self-scores", default=None, metavar="U,C",
              help="Your 1-4 scores for problem understanding and communication (asked at the end otherwise).")
@click.option("--local", is_flag=True, help="Use the local backend (no isolation).")
@click.option("--docker", "docker_only", is_flag=True, help="Require Docker.")
@click.option("--json", "as_json", is_flag=True, help="Print the scorecard as JSON at the end.")
def mock(minutes: int, count: int, difficulty: str | None, category: str | None, tag: str | None, from_queue: bool,
         seed: int | None, self_scores: str | None, local: bool, docker_only: bool, as_json: bool) -> None:
    """A timed mock round: 1-3 problems, a visible clock, judged when time is up or you type `submit`.

    Solutions go in the folders printed at the start. At the end: the rubric
    per problem, your own scores for problem understanding and communication
    (1-4, anchors shown), the time per problem and the top gaps, saved as
    Markdown and JSON.
    """
    import select

    from practice.cli.main import _find_tests, _read_solution
    from practice.history.mock import SELF_DIMENSIONS, Clock, ProblemResult, pick, save, scorecard
    from practice.history.review import queue
    from practice.judge.pipeline import check as run_check

    say = err_console.print if as_json else console.print  # --json keeps stdout for the scorecard
    scores = None
    if self_scores:
        try:
            scores = [int(x) for x in self_scores.split(",")]
            assert len(scores) == 2 and all(1 <= s <= 4 for s in scores)
        except (ValueError, AssertionError):
            raise UsageError("--self-scores takes two numbers from 1 to 4, like 3,4.") from None
    problems = registry.all_problems()
    queue_ids = None
    if from_queue:
        h = _history()
        try:
            queue_ids = [q["problem"] for q in queue(h, [p.id for p in problems], limit=20)]
        finally:
            h.close()
    chosen = pick(problems, count, difficulty, category, tag, queue_ids, seed)
    if not chosen:
        raise UsageError("No problem matches those filters.", "Run `practice list` to see categories and tags.")
    backend = _backend(local, docker_only)
    h = _history()
    mock_id = h.start_mock(minutes, [p.id for p in chosen])
    h.close()
    root = workspace_root() / f"mock-{mock_id}"
    folders = {p.id: open_workspace(p, root)[0] for p in chosen}
    start_wall = time.time()
    clock = Clock()
    say(f"[bold]Mock round {mock_id}: {minutes} minutes, {len(chosen)} problem(s).[/bold] "
                  "Type `submit` and Enter to finish early.")
    for p in chosen:
        say(f"  {p.id:32s} {p.title} ({p.meta['difficulty']}) -> {folders[p.id] / 'solution.py'}")
    last_shown = -1
    while True:
        left = minutes * 60 - clock.elapsed()
        if left <= 0:
            say("[bold]time is up[/bold]")
            break
        if int(left // 60) != last_shown:
            last_shown = int(left // 60)
            say(f"[dim]{int(left // 60)}:{int(left % 60):02d} left[/dim]")
        ready, _, _ = select.select([sys.stdin], [], [], 0.2)
        if ready:
            line = sys.stdin.readline()
            if line.strip().lower() in ("submit", "s", "done") or line == "":
                say("[bold]submitted early[/bold]")
                break
    used = min(clock.elapsed(), minutes * 60)
    results = []
    for p in chosen:
        solution = folders[p.id] / "solution.py"
        tests = _find_tests(solution)
        with err_console.status(f"judging {p.id}"):
            report = run_check(p, _read_solution(solution), str(solution), backend,
                               tests_source=_read_solution(tests) if tests else None, module="solution")
        data = record(report, mock_id=mock_id)
        touched = solution.stat().st_mtime - start_wall
        result = ProblemResult(p.id, p.title, report.verdict,
                               round(min(max(touched, 0), used) / 60, 1) if touched > 0 else None, data["rubric"])
        if scores:
            result.self_scores = dict(zip(SELF_DIMENSIONS, scores))
        elif sys.stdin.isatty():
            for dim, anchors in SELF_DIMENSIONS.items():
                say(f"[bold]{p.id}: {dim}[/bold] (not judged by the machine)")
                for a in anchors:
                    say(f"  {a}")
                result.self_scores[dim] = click.prompt("your score", type=click.IntRange(1, 4))
        results.append(result)
    card = scorecard(results, minutes, used)
    card["mock_id"] = mock_id
    h = _history()
    try:
        h.end_mock(mock_id, card)
    finally:
        h.close()
    from practice.history.db import default_path

    json_path, md_path = save(card, default_path().parent / "mocks", mock_id)
    if as_json:
        click.echo(json.dumps(card, indent=2))
        return
    console.print(f"\n[bold]{card['solved']}/{len(results)} solved in {card['used_minutes']} of {minutes} min[/bold]")
    for r in results:
        machine = " ".join(f"{ln['dimension'][:4]} {ln['score'] if ln['score'] is not None else '-'}" for ln in r.rubric)
        own = " ".join(f"{d[:4]} {s}" for d, s in r.self_scores.items()) or "not self-scored"
        console.print(f"  {r.problem:32s} {r.verdict:14s} {r.minutes if r.minutes is not None else '-'} min | "
                      f"machine: {machine} | self: {own}")
    for gap in card["top_gaps"]:
        console.print(f"  gap: {gap}")
    console.print(f"saved {md_path} and {json_path}")
