"""History, review queue, hints and `practice solve`, through the real CLI where it matters."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from practice.history.db import SCHEMA_VERSION, History, HistoryError
from practice.history.review import queue, rating_for, review

GOOD = ("def two_sum(nums, target):\n    seen = {}\n    for i, x in enumerate(nums):\n"
        "        if target - x in seen:\n            return [seen[target - x], i]\n        seen[x] = i\n")
WRONG = "def two_sum(nums, target):\n    return [0, 1]\n"


def report(problem="arrays/two_sum", verdict="accepted", scores=(4, 4, 4, 4, 4), bar=True):
    dims = ("correctness", "edge cases", "complexity", "testing", "code clarity")
    return {"problem": problem, "file": "s.py", "verdict": verdict, "sandbox": "local", "seconds": 1.0,
            "rubric": [{"dimension": d, "score": s, "evidence": ""} for d, s in zip(dims, scores)],
            "overall": {"pass_bar_met": bar, "improve": []}}


def cli(*args, env=None, **kw):
    return subprocess.run([sys.executable, "-m", "practice", *args], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=300, **kw)


def test_records_and_reads_back(tmp_path):
    h = History(tmp_path / "h.sqlite3")
    h.record_check(report())
    h.record_check(report(verdict="wrong_answer", bar=False))
    rows = h.checks()
    assert [r["verdict"] for r in rows] == ["wrong_answer", "accepted"]
    assert rows[1]["rubric"][0]["dimension"] == "correctness"


def test_ratings_come_from_verdict_and_rubric():
    assert rating_for(report(verdict="too_slow", bar=False)) == 1
    assert rating_for(report(scores=(4, 4, 2, 1, 4), bar=False)) == 2
    assert rating_for(report(scores=(4, 4, 3, 4, 4))) == 3
    assert rating_for(report()) == 4 and rating_for(report(), hints_used=1) == 3


def test_failed_problems_come_back_before_easy_ones(tmp_path):
    h = History(tmp_path / "h.sqlite3")
    t0 = datetime(2026, 1, 1, tzinfo=timezone.utc)
    for rep in (report("arrays/two_sum"), report("graphs/islands", verdict="wrong_answer", bar=False)):
        h.record_check(rep)
        review(h, rep, when=t0)
    cards = h.cards()
    assert cards["graphs/islands"]["due"] < cards["arrays/two_sum"]["due"]
    items = queue(h, ["arrays/two_sum", "graphs/islands", "graphs/course_order", "dp/lis"], when=t0 + timedelta(hours=1))
    assert items[0]["problem"] == "graphs/islands" and "review due" in items[0]["why"]
    assert items[1] == {"problem": "graphs/course_order", "why": "new, in a weak category", "due": None}


def test_a_damaged_database_is_an_error_not_a_reset(tmp_path):
    path = tmp_path / "history.sqlite3"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(HistoryError, match="damaged"):
        History(path)
    assert path.read_bytes() == b"this is not sqlite" * 100
    proc = cli("history", env={"PRACTICE_DATA_DIR": str(tmp_path)})
    assert proc.returncode == 4 and "damaged" in proc.stderr


def test_a_newer_database_is_refused(tmp_path):
    h = History(tmp_path / "h.sqlite3")
    with h.tx() as c:
        c.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION + 1),))
    h.close()
    with pytest.raises(HistoryError, match="newer practice"):
        History(tmp_path / "h.sqlite3")


def test_killed_mid_write_loses_nothing_already_recorded(tmp_path):
    path = tmp_path / "h.sqlite3"
    writer = textwrap.dedent(f"""
        import sys
        from practice.history.db import History
        h = History({str(path)!r})
        rep = {report()!r}
        i = 0
        while True:
            h.record_check(rep)
            i += 1
            if i == 50:
                print("ready", flush=True)
    """)
    proc = subprocess.Popen([sys.executable, "-c", writer], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "ready"
    time.sleep(0.3)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    rows = History(path).checks()
    assert len(rows) >= 50 and all(r["verdict"] == "accepted" and len(r["rubric"]) == 5 for r in rows)


def test_export_and_import_move_a_history(tmp_path):
    a = tmp_path / "a"
    env = {"PRACTICE_DATA_DIR": str(a)}
    h = History(a / "history.sqlite3")
    sid = h.start_session("arrays/two_sum")
    h.record_check(report(), session_id=sid)
    h.record_hint("arrays/two_sum", 1)
    review(h, report())
    h.close()
    out = tmp_path / "export.json"
    assert cli("history", "--export", str(out), env=env).returncode == 0
    b = {"PRACTICE_DATA_DIR": str(tmp_path / "b")}
    done = cli("history", "--import", str(out), env=b)
    assert done.returncode == 0 and "added 4 rows" in done.stdout
    moved = json.loads(cli("history", "--json", env=b).stdout)
    assert [r["problem"] for r in moved] == ["arrays/two_sum"]
    assert History(tmp_path / "b" / "history.sqlite3").hints_used("arrays/two_sum") == 1


def test_hints_come_one_level_at_a_time(tmp_path):
    env = {"PRACTICE_DATA_DIR": str(tmp_path)}
    levels = [json.loads(cli("hint", "arrays/two_sum", "--json", env=env).stdout)["kind"] for _ in range(4)]
    assert levels == ["pattern", "approach", "complexity target", "complexity target"]


def test_check_is_recorded_and_stats_count_it(tmp_path):
    env = {"PRACTICE_DATA_DIR": str(tmp_path / "d")}
    sol = tmp_path / "s.py"
    sol.write_text(GOOD)
    assert cli("check", "arrays/two_sum", str(sol), "--local", "--no-complexity", env=env).returncode == 0
    st = json.loads(cli("stats", "--json", "--html", str(tmp_path / "p.html"), env=env).stdout)
    assert st["checks"] == 1 and st["solved"] == {"arrays/easy": 1}
    page = (tmp_path / "p.html").read_text()
    assert "<svg" in page and "polyline" in page and "arrays/easy" in page


def test_solve_once_creates_the_workspace_and_judges(tmp_path):
    env = {"PRACTICE_DATA_DIR": str(tmp_path / "d"), "PRACTICE_WORKSPACE": str(tmp_path / "ws")}
    first = cli("solve", "arrays/two_sum", "--once", "--local", "--json", env=env)
    folder = tmp_path / "ws" / "arrays__two_sum"
    assert {p.name for p in folder.iterdir()} >= {"solution.py", "statement.md", "samples.json"}
    assert json.loads(first.stdout)["verdict"] in ("runtime_error", "wrong_answer", "invalid_submission")
    (folder / "solution.py").write_text(GOOD)
    again = cli("solve", "arrays/two_sum", "--once", "--local", "--json", env=env)
    assert again.returncode == 0 and json.loads(again.stdout)["verdict"] == "accepted"
    assert (folder / "solution.py").read_text() == GOOD  # reopened, not overwritten


def test_solve_rejudges_on_every_save(tmp_path):
    env = {**os.environ, "PRACTICE_DATA_DIR": str(tmp_path / "d"), "PRACTICE_WORKSPACE": str(tmp_path / "ws"),
           "COLUMNS": "200"}
    proc = subprocess.Popen([sys.executable, "-m", "practice", "solve", "arrays/two_sum", "--local", "--poll", "0.1"],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    solution = tmp_path / "ws" / "arrays__two_sum" / "solution.py"
    lines: list[str] = []

    def wait_for(text: str, timeout: float = 120) -> None:
        deadline = time.time() + timeout
        while time.time() < deadline:
            line = proc.stdout.readline()
            lines.append(line)
            if text in line:
                return
        raise AssertionError(f"never saw {text!r}; output: {''.join(lines)[-2000:]}")

    try:
        wait_for("every save is judged")
        solution.write_text(WRONG)
        wait_for("wrong_answer")
        time.sleep(0.2)
        solution.write_text(GOOD)
        wait_for("measuring complexity")
        wait_for("Accepted")
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=60)
    sessions = History(tmp_path / "d" / "history.sqlite3").sessions()
    assert len(sessions) == 1 and sessions[0]["accepted_at"] and sessions[0]["ended"]


def test_mock_round_with_a_fake_clock(tmp_path):
    clock = tmp_path / "clock"
    clock.write_text("0")
    env = {**os.environ, "PRACTICE_DATA_DIR": str(tmp_path / "d"), "PRACTICE_WORKSPACE": str(tmp_path / "ws"),
           "PRACTICE_FAKE_CLOCK_FILE": str(clock), "COLUMNS": "200"}
    proc = subprocess.Popen([sys.executable, "-m", "practice", "mock", "--minutes", "30", "--count", "2",
                             "--category", "arrays", "--seed", "1", "--self-scores", "3,2", "--local", "--json"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    folder = tmp_path / "ws" / "mock-1"
    deadline = time.time() + 60
    while time.time() < deadline and len(list(folder.glob("*/solution.py"))) < 2:
        time.sleep(0.1)
    two_sum = folder / "arrays__two_sum" / "solution.py"
    if two_sum.exists():
        two_sum.write_text(GOOD)
    clock.write_text("1801")  # the clock runs out; nothing is typed
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    card = json.loads(out)
    assert card["minutes"] == 30 and card["used_minutes"] == 30.0 and len(card["problems"]) == 2
    by_id = {p["problem"]: p for p in card["problems"]}
    if "arrays/two_sum" in by_id:
        assert by_id["arrays/two_sum"]["verdict"] == "accepted"
    assert all(p["self_scores"] == {"problem understanding": 3, "communication": 2} for p in card["problems"])
    assert 1 <= len(card["top_gaps"]) <= 3
    saved = tmp_path / "d" / "mocks"
    md = (saved / "mock-1.md").read_text()
    assert (saved / "mock-1.json").exists() and "# Mock round" in md and "| communication (self) | 2 |" in md
    rows = History(tmp_path / "d" / "history.sqlite3").checks()
    assert len(rows) == 2 and all(r["mock_id"] == 1 for r in rows)


def test_mock_submit_early(tmp_path):
    env = {**os.environ, "PRACTICE_DATA_DIR": str(tmp_path / "d"), "PRACTICE_WORKSPACE": str(tmp_path / "ws")}
    proc = subprocess.run([sys.executable, "-m", "practice", "mock", "--count", "1", "--category", "arrays",
                           "--self-scores", "4,4", "--local", "--json"],
                          input="submit\n", capture_output=True, text=True, env=env, timeout=300)
    assert proc.returncode == 0, proc.stderr
    card = json.loads(proc.stdout)
    assert card["used_minutes"] < 1 and len(card["problems"]) == 1


def test_a_full_disk_is_an_error_and_keeps_what_was_recorded(tmp_path):
    mnt = tmp_path / "small"
    mnt.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(mnt)]).returncode != 0:
        pytest.fail("cannot mount a small tmpfs to fill (the tests run as root)")
    try:
        h = History(mnt / "history.sqlite3")
        h.record_check(report())
        filler = mnt / "filler"
        fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
        try:
            while True:
                os.write(fd, b"x" * 4096)
        except OSError:
            pass
        finally:
            os.close(fd)
        big = report()
        big["rubric"][0]["evidence"] = "y" * 200_000
        with pytest.raises(HistoryError, match="Could not write the history"):
            for _ in range(20):
                h.record_check(big)
        filler.unlink()
        assert [r["verdict"] for r in History(mnt / "history.sqlite3").checks()][-1] == "accepted"
        conn = sqlite3.connect(mnt / "history.sqlite3")
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
    finally:
        subprocess.run(["umount", "-l", str(mnt)])
