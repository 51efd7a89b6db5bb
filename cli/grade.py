"""`practice grade`: grade a study group's repository in CI, and merge shard reports."""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from practice.cli.main import console, err_console, main
from practice.errors import UsageError
from practice.text import write_atomic


def _shard(value: str) -> tuple[int, int]:
    try:
        i, n = (int(x) for x in value.split("/"))
        assert 1 <= i <= n
        return i, n
    except (ValueError, AssertionError):
        raise click.BadParameter("write the shard as I/N with 1 <= I <= N, for example 2/4") from None


@main.group(invoke_without_command=True)
@click.option("--repo", type=click.Path(file_okay=False, exists=True, path_type=Path), default=Path("."),
              show_default=True, help="The study group's repository.")
@click.option("--shard", "shard_spec", default="1/1", show_default=True,
              help="Grade a deterministic slice I/N (use the CI matrix), then `practice grade merge`.")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("grade-report"),
              show_default=True, help="Folder for report.json, junit.xml and leaderboard.md.")
@click.option("--cache", "cache_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Results cache to reuse between runs (default: <repo>/.practice/grade-cache.json).")
@click.option("--jobs", type=int, default=None, help="Parallel sandboxes (default: bounded by cores and memory).")
@click.option("--fail-on", "fail_on", multiple=True, metavar="member:NAME|problem:ID",
              help="Exit 1 when a submission of this member (or for this problem) is not accepted.")
@click.option("--trust-local-code", is_flag=True,
              help="Grade with the local backend, WITHOUT isolation: only for code you trust.")
@click.pass_context
def grade(ctx: click.Context, repo: Path, shard_spec: str, out_dir: Path, cache_path: Path | None, jobs: int | None,
          fail_on: tuple[str, ...], trust_local_code: bool) -> None:
    """Grade every submission in a study group's repository (solutions/<member>/<category>/<name>.py).

    Exit 0 when the run graded everything it found, whatever the verdicts; 2 for
    errors of the run itself (no solutions folder, bad config, no Docker); 1 only
    when --fail-on names a member or problem that did not pass.
    """
    if ctx.invoked_subcommand is not None:
        return
    from practice.grade import outputs
    from practice.grade.discover import discover
    from practice.grade.run import Cache, grade_all, in_shard
    from practice.judge import registry

    shard = _shard(shard_spec)
    for spec in fail_on:
        if not spec.startswith(("member:", "problem:")):
            raise UsageError(f"--fail-on {spec!r} must start with member: or problem:.")
    if trust_local_code:
        from practice.judge.backends.local import LocalBackend

        backend = LocalBackend()
        err_console.print("[yellow]warning:[/yellow] grading with the LOCAL backend: submissions are NOT isolated.")
    else:
        from practice.judge.backends.docker import DockerBackend
        from practice.judge.backends.image import ensure_image

        backend = DockerBackend(ensure_image())  # no Docker: exit 2 with one sentence, never a silent fallback
    subs = [s for s in discover(repo, set(registry.problem_ids())) if in_shard(s, shard)]
    cache = Cache(cache_path or repo / ".practice" / "grade-cache.json")
    from practice.grade.discover import load_config

    weights = load_config(repo.resolve()).weights
    ci = os.environ.get("GITHUB_ACTIONS") == "true"
    token = outputs.stop_commands_token()
    if ci:
        print(f"::stop-commands::{token}", flush=True)  # nothing a submission wrote can act as a workflow command
    try:
        if sys.stderr.isatty() and not ci:
            from rich.progress import Progress

            with Progress(console=err_console) as bar:
                task = bar.add_task("grading", total=len(subs))
                results = grade_all(subs, backend, cache, weights, max_workers=jobs,
                                    progress=lambda r, i, n: bar.update(task, completed=i))
        else:
            def line(r, i, n):
                what = r.verdict or "error"
                print(f"[{i}/{n}] {outputs.clean(r.member, 40)} {outputs.clean(r.problem or r.path, 80)}: {what}"
                      f"{' (cached)' if r.cached else ''}", flush=True)

            results = grade_all(subs, backend, cache, weights, max_workers=jobs, progress=line)
    except KeyboardInterrupt:
        err_console.print("interrupted: no report written; results graded so far are in the cache.")
        sys.exit(130)
    finally:
        if ci:
            print(f"::{token}::", flush=True)
    rep = outputs.report(results, f"{shard[0]}/{shard[1]}", str(repo.resolve().name))
    _write_outputs(rep, out_dir)
    if ci:
        for cmd in outputs.annotations(results):
            print(cmd)
    failed = [r for r in results if not r.passed and any(
        (s.startswith("member:") and r.member == s[7:]) or (s.startswith("problem:") and r.problem == s[8:])
        for s in fail_on)]
    ok = sum(r.passed for r in results)
    console.print(f"graded {len(results)} submissions ({sum(r.cached for r in results)} from cache): {ok} accepted; "
                  f"reports in {out_dir}/")
    sys.exit(1 if failed else 0)


def _write_outputs(rep: dict, out_dir: Path) -> None:
    from practice.grade import outputs
    from practice.grade.run import Result

    out_dir.mkdir(parents=True, exist_ok=True)
    md = outputs.markdown(rep)
    files = {"report.json": outputs.as_json(rep), "junit.xml": outputs.junit([Result(**r) for r in rep["results"]]),
             "leaderboard.md": md}
    for name, text in files.items():
        write_atomic(out_dir / name, text)
    summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if summary:
        with open(summary, "a", encoding="utf-8") as f:
            f.write(outputs.fit_summary(md))


@grade.command("merge")
@click.argument("reports", nargs=-1, required=True, type=click.Path(dir_okay=False, exists=True, path_type=Path))
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("grade-report"),
              show_default=True)
def grade_merge(reports: tuple[Path, ...], out_dir: Path) -> None:
    """Combine the report.json of every shard into one report, JUnit file and leaderboard."""
    from practice.grade import outputs

    try:
        loaded = [json.loads(p.read_text(encoding="utf-8")) for p in reports]
        rep = outputs.merge(loaded)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise UsageError(f"Cannot merge: {exc}.", "Pass the report.json files written by `practice grade --shard`.") from exc
    _write_outputs(rep, out_dir)
    console.print(f"merged {len(reports)} reports: {len(rep['results'])} submissions; reports in {out_dir}/")
