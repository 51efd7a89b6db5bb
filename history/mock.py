"""A timed mock round: pick problems, run the clock, judge at the end, build the scorecard.

The clock is injectable (tests drive it through a file named by
PRACTICE_FAKE_CLOCK_FILE holding seconds since the round started); everything
else is real: the same judge, the same history.
"""
from __future__ import annotations

import json
import os
import random
import time
from dataclasses import dataclass, field
from pathlib import Path

from practice.text import write_atomic

SELF_DIMENSIONS = {
    "problem understanding": ("1 started coding without restating the problem or asking about edge cases",
                              "2 restated it but missed a constraint",
                              "3 restated it, asked about inputs and edge cases",
                              "4 pinned down inputs, outputs, constraints and examples before coding"),
    "communication": ("1 coded in silence",
                      "2 explained the code after writing it",
                      "3 explained the approach and its complexity before coding",
                      "4 thought aloud throughout and adjusted to hints"),
}


class Clock:
    """Seconds since the round started: real time, or a fake one for tests."""

    def __init__(self) -> None:
        self.fake = os.environ.get("PRACTICE_FAKE_CLOCK_FILE")
        self.t0 = time.monotonic()

    def elapsed(self) -> float:
        if self.fake:
            try:
                return float(Path(self.fake).read_text().strip() or 0)
            except (OSError, ValueError):
                return 0.0
        return time.monotonic() - self.t0


def pick(problems: list, count: int, difficulty: str | None, category: str | None, tag: str | None,
         queue_ids: list[str] | None, seed: int | None) -> list:
    """Draw `count` problems matching the filters (or from the review queue), without repeats."""
    pool = [p for p in problems
            if (not difficulty or p.meta["difficulty"] == difficulty)
            and (not category or p.category == category)
            and (not tag or tag in p.meta.get("tags", []))]
    if queue_ids:
        by_id = {p.id: p for p in pool}
        chosen = [by_id[i] for i in queue_ids if i in by_id][:count]
        if chosen:
            return chosen
    rng = random.Random(seed)
    return rng.sample(pool, min(count, len(pool)))


@dataclass
class ProblemResult:
    problem: str
    title: str
    verdict: str
    minutes: float | None  # until the last save of its solution within the round
    rubric: list[dict]
    self_scores: dict[str, int] = field(default_factory=dict)


def scorecard(results: list[ProblemResult], minutes: int, used_s: float) -> dict:
    """The round's report: per problem, the machine and self scores kept apart, and the top gaps."""
    gaps = []
    for r in results:
        for line in r.rubric:
            if line["score"] is not None and line["score"] < 3:
                gaps.append((line["score"], f"{r.problem}: {line['dimension']} {line['score']}/4 — {line['evidence']}"))
        for dim, score in r.self_scores.items():
            if score < 3:
                gaps.append((score, f"{r.problem}: {dim} {score}/4 (self-scored)"))
    gaps.sort(key=lambda g: g[0])
    return {"minutes": minutes, "used_minutes": round(used_s / 60, 1),
            "problems": [r.__dict__ for r in results],
            "solved": sum(r.verdict == "accepted" for r in results),
            "top_gaps": [g[1] for g in gaps[:3]]}


def markdown(card: dict) -> str:
    out = [f"# Mock round: {card['solved']}/{len(card['problems'])} solved in {card['used_minutes']} of "
           f"{card['minutes']} minutes", ""]
    for p in card["problems"]:
        out += [f"## {p['title']} ({p['problem']}): {p['verdict']}", "",
                f"Time: {p['minutes'] if p['minutes'] is not None else '-'} min", "",
                "| dimension | score | evidence |", "|---|---|---|"]
        for line in p["rubric"]:
            score = line["score"] if line["score"] is not None else "n/a"
            out.append(f"| {line['dimension']} | {score} | {line['evidence'].replace('|', '/')} |")
        for dim, score in p["self_scores"].items():
            out.append(f"| {dim} (self) | {score} | |")
        out.append("")
    out += ["## Top gaps", ""] + [f"- {g}" for g in card["top_gaps"] or ["none below 3"]]
    return "\n".join(out) + "\n"


def save(card: dict, folder: Path, mock_id: int) -> tuple[Path, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = (folder / f"mock-{mock_id}.json", folder / f"mock-{mock_id}.md")
    for path, text in zip(paths, (json.dumps(card, indent=2), markdown(card))):
        write_atomic(path, text)
    return paths
