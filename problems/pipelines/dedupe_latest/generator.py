"""dedupe_latest inputs. "worst": n records with distinct string ids in
random order (every lookup in a list-based solution scans everything);
"random": about n / 4 ids, several versions each, random timestamps."""
import random

SHAPES = ("worst", "random")


def generate(n: int, shape: str, rng: random.Random) -> list:
    if shape == "worst":
        ids = [f"id{k:07d}" for k in range(n)]
        rng.shuffle(ids)
    else:
        pool = max(1, n // 4)
        ids = [f"id{rng.randrange(pool):07d}" for _ in range(n)]
    return [[{"id": i, "ts": rng.randint(0, 10 * n), "seq": k} for k, i in enumerate(ids)]]


def measure(records: list) -> dict:
    """The quantities problem.json's constraints bound."""
    return {"len(records)": len(records), "ts": (r["ts"] for r in records)}
