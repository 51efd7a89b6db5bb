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


def html(data: dict) -> str:
    """A self-contained HTML page: rubric scores by week as SVG lines, and solved counts."""
    weeks = data["rubric_by_week"]
    w, h, pad = 640, 240, 30
    colours = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd")
    lines = []
    for d, colour in zip(DIMENSIONS, colours):
        pts = [(i, wk[d]) for i, wk in enumerate(weeks) if d in wk]
        if not pts:
            continue
        span = max(len(weeks) - 1, 1)
        coords = " ".join(f"{pad + i * (w - 2 * pad) / span:.1f},{h - pad - (v - 1) / 3 * (h - 2 * pad):.1f}"
                          for i, v in pts)
        lines.append(f'<polyline fill="none" stroke="{colour}" stroke-width="2" points="{coords}"/>'
                     f'<text x="{w - pad + 4}" y="{h - pad - (pts[-1][1] - 1) / 3 * (h - 2 * pad):.1f}" '
                     f'font-size="11" fill="{colour}">{d}</text>')
    rows = "".join(f"<tr><td>{k}</td><td>{data['solved'].get(k, 0)}/{n}</td></tr>" for k, n in data["attempted"].items())
    return (f"<!doctype html><meta charset='utf-8'><title>practice progress</title>"
            f"<h1>practice progress</h1><p>{data['checks']} checks; median minutes to accepted: "
            f"{data['median_minutes_to_accepted']}</p><h2>Rubric by week (machine scores 1-4)</h2>"
            f"<svg width='{w + 110}' height='{h}' xmlns='http://www.w3.org/2000/svg'>"
            f"<rect x='{pad}' y='{pad}' width='{w - 2 * pad}' height='{h - 2 * pad}' fill='none' stroke='#ccc'/>"
            + "".join(lines) + "</svg><h2>Solved</h2><table>" + rows + "</table>")
