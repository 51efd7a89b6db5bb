"""rate_limit inputs of n events with even timestamps (so t - window, with an
odd window, never equals a timestamp). "worst": two clients alternating, one
event every 2 s, window = n // 8 + 1 s and limit = n // 1024, so about
n / 32 requests are allowed and every client's history of allowed requests
grows with n (rescanning it is quadratic, with a constant small enough for
the ladder to reach several sizes); "random": 8 clients, random gaps (often equal timestamps),
window 61 s, limit 3."""
import random

SHAPES = ("worst", "random")


def generate(n: int, shape: str, rng: random.Random) -> list:
    t = 2 * rng.randint(850_000_000, 860_000_000)
    events = []
    if shape == "worst":
        for i in range(n):
            events.append([t + 2 * i, "client-a" if i % 2 == 0 else "client-b"])
        return [events, max(1, n // 1024), n // 8 + 1]
    clients = [f"c{j:02d}" for j in range(8)]
    for _ in range(n):
        t += 2 * rng.choice((0, 0, 1, 1, 2))
        events.append([t, rng.choice(clients)])
    return [events, 3, 61]


def measure(events: list, limit: int, window: int) -> dict:
    """The quantities problem.json's constraints bound."""
    return {"len(events)": len(events), "timestamp": (t for t, _ in events), "limit": limit, "window": window}
