"""Progress from the history: solved per category and difficulty, rubric trends, time to accepted."""
from __future__ import annotations

import statistics
from collections import defaultdict
from datetime import datetime

from practice.history.db import History

DIMENSIONS = ("correctness", "edge cases", "complexity", "testing", "code clarity")


def stats(history: History, difficulty_of: dict[str, str]) -> dict:
    checks = list(reversed(history.checks()))  # oldest first
    solved: dict[str, set] = defaultdict(set)
    attempted: dict[str, set] = defaultdict(set)
    for c in checks:
        cat = c["problem"].split("/")[0]
        key = f"{cat}/{difficulty_of.get(c['problem'], '?')}"
        attempted[key].add(c["problem"])
        if c["verdict"] == "accepted":
            solved[key].add(c["problem"])
    weeks: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for c in checks:
        week = datetime.fromisoformat(c["at"]).strftime("%G-W%V")
        for line in c["rubric"]:
            if line.get("score") is not None:
                weeks[week][line["dimension"]].append(line["score"])
    trend = [{"week": w, **{d: round(statistics.mean(v), 2) for d, v in dims.items()}} for w, dims in sorted(weeks.items())]
    minutes = []
    for s in history.sessions():
        if s["accepted_at"]:
            minutes.append((datetime.fromisoformat(s["accepted_at"]) - datetime.fromisoformat(s["started"])).total_seconds() / 60)
    return {
        "checks": len(checks),
        "solved": {k: len(v) for k, v in sorted(solved.items())},
        "attempted": {k: len(v) for k, v in sorted(attempted.items())},
        "rubric_by_week": trend,
        "median_minutes_to_accepted": round(statistics.median(minutes), 1) if minutes else None,
    }


def sparkline(values: list[float], lo: float = 1, hi: float = 4) -> str:
    """A terminal plot of a series of scores."""
    bars = "▁▂▃▄▅▆▇█"
    return "".join(bars[min(len(bars) - 1, int((v - lo) / (hi - lo) * (len(bars) - 1) + 0.5))] for v in values)
