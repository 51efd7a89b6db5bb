"""Sessionize inputs with gap = 30. "worst": about n / 2 distinct users with two
events each, listed in descending (user, ts) order, which is worst for
per-user rescans and for insertion sorts; "random": about sqrt(n) users with
shuffled events whose spacing straddles the gap."""
import math
import random

SHAPES = ("worst", "random")
GAP = 30


def generate(n: int, shape: str, rng: random.Random) -> list:
    if shape == "worst":
        users = max(1, n // 2)
        events = []
        for i in range(n):
            u = i % users
            events.append({"user": f"user{u:07d}", "ts": 1000 * u + rng.randint(0, 2 * GAP)})
        events.sort(key=lambda e: (e["user"], e["ts"]), reverse=True)
    else:
        users = max(1, math.isqrt(n))
        span = max(1, 20 * n // users)
        events = [{"user": f"user{rng.randrange(users):07d}", "ts": rng.randint(0, span)} for _ in range(n)]
    return [events, GAP]


def measure(events: list, gap: int) -> dict:
    """The quantities problem.json's constraints bound."""
    return {"len(events)": len(events), "ts": (e["ts"] for e in events), "gap": gap}
