"""join_streams inputs with n left and n right records and O(n) output rows.
"worst": distinct keys on each side, every left record matches exactly one
right record at a random position (a nested loop scans half the right side
per left record); "random": keys drawn from about n / 2 values, so some keys
repeat on both sides and multiply, some match nothing."""
import random

SHAPES = ("worst", "random")


def generate(n: int, shape: str, rng: random.Random) -> list:
    if shape == "worst":
        keys = [f"k{i:07d}" for i in range(n)]
        right_keys = keys[:]
        rng.shuffle(keys)
        rng.shuffle(right_keys)
    else:
        pool = max(1, n // 2)
        keys = [f"k{rng.randrange(pool):07d}" for _ in range(n)]
        right_keys = [f"k{rng.randrange(pool):07d}" for _ in range(n)]
    left = [{"id": k, "qty": rng.randint(1, 9), "src": "orders"} for k in keys]
    right = [{"id": k, "price": rng.randint(1, 999), "src": "prices"} for k in right_keys]
    return [left, right, "id"]


def measure(left: list, right: list, key: str) -> dict:
    """The quantities problem.json's constraints bound."""
    counts = {}
    for r in right:
        if r[key] is not None:
            counts[r[key]] = counts.get(r[key], 0) + 1
    output = sum(counts.get(l[key], 0) for l in left if l[key] is not None)
    return {"len(left)": len(left), "len(right)": len(right), "output": output}
