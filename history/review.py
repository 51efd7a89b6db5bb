"""The review queue: FSRS spaced repetition, rated from results rather than asked.

Each problem is a card. A check updates its card with a rating derived from the
verdict and the rubric: not accepted is Again; accepted below the pass bar is
Hard; accepted at the pass bar is Good; accepted with every scored dimension at
4 and no hint used is Easy. Failed or slow problems therefore come back soonest.
"""
from __future__ import annotations

from collections import Counter
from datetime import datetime, timezone

from practice.history.db import History


def rating_for(report: dict, hints_used: int = 0) -> int:
    """FSRS rating 1-4 (Again, Hard, Good, Easy) from a report."""
    if report["verdict"] != "accepted":
        return 1
    overall = report.get("overall") or {}
    if not overall.get("pass_bar_met"):
        return 2
    scores = [ln["score"] for ln in report.get("rubric", []) if ln.get("score") is not None]
    return 4 if scores and all(s == 4 for s in scores) and hints_used == 0 else 3


def review(history: History, report: dict, when: datetime | None = None) -> str:
    """Update the problem's card after a check; returns the new due date (ISO)."""
    from fsrs import Card, Rating, Scheduler

    when = when or datetime.now(timezone.utc)
    stored = history.cards().get(report["problem"])
    card = Card.from_dict(stored) if stored else Card()
    rating = Rating(rating_for(report, history.hints_used(report["problem"])))
    card, _ = Scheduler(enable_fuzzing=False).review_card(card, rating, when)
    due = card.due.isoformat(timespec="seconds")
    history.save_card(report["problem"], card.to_dict(), due)
    return due


def queue(history: History, all_ids: list[str], when: datetime | None = None, limit: int = 5) -> list[dict]:
    """What to do next: due reviews first (most overdue first), then new problems from the weakest categories."""
    when = when or datetime.now(timezone.utc)
    cards = history.cards()
    due = []
    for pid, card in cards.items():
        at = datetime.fromisoformat(card["due"])
        if at <= when:
            due.append({"problem": pid, "why": f"review due since {at:%Y-%m-%d %H:%M}", "due": card["due"]})
    due.sort(key=lambda d: d["due"])
    weak = weak_categories(history)
    fresh = [pid for pid in all_ids if pid not in cards]
    fresh.sort(key=lambda pid: (-weak.get(pid.split("/")[0], 0), pid))
    new = [{"problem": pid, "why": ("new, in a weak category" if weak.get(pid.split("/")[0]) else "new"), "due": None}
           for pid in fresh]
    return (due + new)[:limit]


def weak_categories(history: History) -> dict[str, float]:
    """Share of failed checks per category (0-1), for categories with any check."""
    total, failed = Counter(), Counter()
    for c in history.checks():
        cat = c["problem"].split("/")[0]
        total[cat] += 1
        failed[cat] += c["verdict"] != "accepted"
    return {cat: failed[cat] / total[cat] for cat in total if failed[cat]}
