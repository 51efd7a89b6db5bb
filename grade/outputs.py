"""What a grading run writes: the JSON report, JUnit XML, a Markdown leaderboard, GitHub annotations.

Everything a submission controls (messages, summaries, paths) is cleaned before it
is written anywhere a human or CI reads: control and escape sequences stripped,
GitHub workflow commands (`::`) defused, Markdown table pipes escaped.
"""
from __future__ import annotations

import json
import secrets
from collections import defaultdict
from dataclasses import asdict
from datetime import datetime, timezone
from xml.sax.saxutils import escape as xml_escape

from practice import __version__
from practice.grade.run import Result
from practice.text import strip_control

SCHEMA_ID = "practice/grade/1"
SUMMARY_LIMIT = 1024 * 1024 - 4096  # GitHub keeps at most 1 MiB of step summary
ANNOTATION_LIMIT = 10  # error annotations GitHub shows per step


def clean(text: str | None, limit: int = 300) -> str:
    text = strip_control(text).replace("\n", " ").replace("::", ": :")
    return text[:limit] + ("..." if len(text) > limit else "")


def report(results: list[Result], shard: str, repo: str) -> dict:
    return {"schema": SCHEMA_ID, "judge_version": __version__, "repo": repo, "shard": shard,
            "graded_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "results": [asdict(r) for r in results], "leaderboard": leaderboard(results)}


def leaderboard(results: list[Result]) -> list[dict]:
    by: dict[str, dict] = defaultdict(lambda: {"solved": 0, "score": 0.0, "attempted": 0, "errors": 0})
    for r in results:
        row = by[r.member]
        row["attempted"] += 1
        row["errors"] += r.verdict is None
        if r.passed:
            row["solved"] += 1
            row["score"] += r.weight
    rows = [{"member": m, **v} for m, v in by.items()]
    return sorted(rows, key=lambda r: (-r["score"], -r["solved"], r["member"]))


def merge(reports: list[dict]) -> dict:
    """Combine shard reports into one (later shards win on the same member and path)."""
    seen: dict[tuple[str, str], dict] = {}
    for rep in reports:
        if rep.get("schema") != SCHEMA_ID:
            raise ValueError("not a practice grade report")
        for r in rep["results"]:
            seen[(r["member"], r["path"])] = r
    results = [Result(**r) for r in sorted(seen.values(), key=lambda r: (r["member"], r["problem"] or "", r["path"]))]
    return report(results, "merged", reports[0].get("repo", "") if reports else "")


def junit(results: list[Result]) -> str:
    fails = sum(r.verdict is not None and not r.passed for r in results)
    errors = sum(r.verdict is None for r in results)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           f'<testsuites><testsuite name="practice grade" tests="{len(results)}" failures="{fails}" errors="{errors}">']
    for r in results:
        name = xml_escape(r.problem or r.path, {'"': "&quot;"})
        out.append(f'<testcase classname="{xml_escape(r.member, {chr(34): "&quot;"})}" name="{name}" '
                   f'file="{xml_escape(r.path, {chr(34): "&quot;"})}" time="{r.seconds:.2f}">')
        if r.verdict is None:
            out.append(f'<error message="{xml_escape(clean(r.error, 200), {chr(34): "&quot;"})}"/>')
        elif not r.passed:
            out.append(f'<failure message="{r.verdict}">{xml_escape(clean(r.summary, 2000))}</failure>')
        out.append("</testcase>")
    out.append("</testsuite></testsuites>")
    return "\n".join(out) + "\n"


def _cell(text: str) -> str:
    return clean(text, 160).replace("|", "\\|")


def markdown(rep: dict) -> str:
    results = [Result(**r) for r in rep["results"]]
    lines = [f"# Study group leaderboard ({len(results)} submissions, judge {rep['judge_version']})", "",
             "| # | member | solved | score | attempted | errors |", "|---|---|---|---|---|---|"]
    for i, row in enumerate(rep["leaderboard"], 1):
        lines.append(f"| {i} | {_cell(row['member'])} | {row['solved']} | {row['score']:g} | {row['attempted']} | "
                     f"{row['errors']} |")
    lines += ["", "## Per member", ""]
    by_member: dict[str, list[Result]] = defaultdict(list)
    for r in results:
        by_member[r.member].append(r)
    for member, rows in sorted(by_member.items()):
        lines += [f"### {_cell(member)}", "", "| problem | verdict | summary |", "|---|---|---|"]
        for r in rows:
            lines.append(f"| {_cell(r.problem or r.path)} | {r.verdict or 'error'} | {_cell(r.error or r.summary)} |")
        lines.append("")
    return "\n".join(lines) + "\n"


def fit_summary(text: str) -> str:
    """Keep a step summary under GitHub's 1 MiB, saying what was cut instead of losing it silently."""
    data = text.encode("utf-8")
    if len(data) <= SUMMARY_LIMIT:
        return text
    cut = data[:SUMMARY_LIMIT].decode("utf-8", "ignore")
    cut = cut[: cut.rfind("\n")]
    return cut + "\n\n*The summary was cut at GitHub's 1 MiB limit; the full leaderboard is in the Markdown report file.*\n"


def annotations(results: list[Result]) -> list[str]:
    """GitHub workflow commands for failing files: at most 10 errors, then one notice for the rest."""
    failing = [r for r in results if not r.passed]
    out = []
    for r in failing[:ANNOTATION_LIMIT]:
        what = r.error or f"{r.verdict}: {r.summary}"
        out.append(f"::error file={clean(r.path, 200).replace(',', '%2C')},line=1,"
                   f"title=practice grade ({clean(r.member, 50).replace(',', '%2C')})::{clean(what, 300)}")
    if len(failing) > ANNOTATION_LIMIT:
        out.append(f"::notice title=practice grade::{len(failing) - ANNOTATION_LIMIT} more failing submissions are "
                   "not annotated (GitHub keeps 10 per step); see the step summary and the JUnit report.")
    return out


def stop_commands_token() -> str:
    return secrets.token_hex(16)


def as_json(rep: dict) -> str:
    return json.dumps(rep, indent=2, ensure_ascii=False)
