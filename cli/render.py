"""Human output with rich: stage table, first failure, complexity, rubric.

Everything that came from the candidate (printed output, result previews,
tracebacks) passes through `clean()` first, so escape sequences cannot rewrite
the reader's screen (rich's own stripping leaves ESC sequences in place).
"""
from __future__ import annotations


from rich.console import Console
from rich.markup import escape
from rich.table import Table

from practice.judge.report import Report
from practice.text import strip_control


STATUS_STYLE = {"passed": "green", "failed": "red", "skipped": "dim"}
VERDICT_STYLE = {"accepted": "bold green", "too_slow": "bold yellow"}


def clean(text: str | None) -> str:
    """Strip ANSI/OSC escapes and control characters (keeps newlines and tabs), then escape rich markup."""
    return escape(strip_control(text))


def bar(score: int | None) -> str:
    if score is None:
        return "[dim]n/a [/dim]"
    colour = "green" if score >= 3 else "yellow" if score == 2 else "red"
    return f"[{colour}]{'█' * score}{'░' * (4 - score)}[/{colour}] {score}"


def render_report(report: Report, console: Console) -> None:
    style = VERDICT_STYLE.get(report.verdict, "bold red")
    console.print(f"[bold]{escape(report.problem)}[/bold]  {escape(report.title)}  ({escape(report.file)})")
    if not report.isolated:
        console.print("[yellow]sandbox: local — NOT isolated; your code ran as you on this machine.[/yellow]")
    table = Table(show_header=True, header_style="bold", box=None, padding=(0, 2))
    table.add_column("stage")
    table.add_column("result")
    table.add_column("passed", justify="right")
    table.add_column("time", justify="right")
    for s in report.stages:
        colour = STATUS_STYLE.get(s.status, "")
        counts = f"{s.passed}/{s.total}" if s.total else ""
        table.add_row(s.name, f"[{colour}]{s.status}[/{colour}]", counts, f"{s.seconds:.2f}s" if s.total else "")
    console.print(table)
    f = report.first_failure
    if f:
        console.print(f"[bold]First failure[/bold]: {clean(f.kind)} [bold]{clean(f.name)}[/bold] — {clean(f.message)}")
        if f.input is not None:
            console.print(f"  input:    {clean(f.input)}")
        elif f.kind == "hidden":
            console.print("  input:    (hidden until the solution passes)")
        if f.expected is not None:
            console.print(f"  expected: {clean(f.expected)}")
        if f.got is not None:
            console.print(f"  got:      {clean(f.got)}")
        if f.traceback:
            console.print("  traceback (your code):")
            for line in f.traceback.rstrip().splitlines()[-8:]:
                console.print(f"    {clean(line)}")
        if f.output:
            console.print(f"  printed:  {clean(f.output[:300])}")
    if report.complexity:
        for kind, part in report.complexity.items():
            mark = "[green]within[/green]" if part.within_budget else "[red]over[/red]"
            console.print(f"[bold]{kind}[/bold]: {escape(str(part.estimated))} vs budget {escape(part.budget)} "
                          f"({mark}; confidence {part.confidence:.0%}) — {escape(part.explanation)}")
    rub = Table(show_header=False, box=None, padding=(0, 2))
    for line in report.rubric:
        rub.add_row(line.dimension, bar(line.score), clean(line.evidence))
    console.print(rub)
    if report.overall:
        met = "[green]pass bar met[/green]" if report.overall["pass_bar_met"] else "[red]pass bar not met[/red]"
        console.print(f"{met} (3+ on every scored dimension; problem understanding and communication are "
                      "scored by you or a partner in mock rounds)")
        for tip in report.overall["improve"]:
            console.print(f"  improve: {clean(tip)}")
    console.print(f"[{style}]{report.verdict}[/{style}]  {clean(report.summary)}  [dim]({report.sandbox}, "
                  f"{report.seconds:.1f}s)[/dim]")
