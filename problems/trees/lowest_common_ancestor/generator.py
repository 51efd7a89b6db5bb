"""Parent arrays with shuffled labels. Worst: a Y (a short stem forking into two long branches) with p and q at the branch tips."""
import random

SHAPES = ("worst", "random")


def generate(n: int, shape: str, rng: random.Random) -> list:
    order = list(range(n))
    rng.shuffle(order)  # labels carry no information about depth
    parent = [-1] * n
    if shape == "worst":
        # Stem of n/10 nodes, then two branches of about 0.45 n each hanging from the stem's end.
        # p and q are the branch tips: both are ~0.55 n deep and their LCA is the fork, so
        # comparing every ancestor of p with every ancestor of q costs ~n^2 / 4 steps.
        stem = max(1, n // 10)
        for k in range(1, stem):
            parent[order[k]] = order[k - 1]
        half = stem + (n - stem) // 2
        for k in range(stem, n):
            first = k in (stem, half)
            parent[order[k]] = order[stem - 1] if first else order[k - 1]
        p, q = order[half - 1], order[n - 1]
        if rng.random() < 0.5:
            p, q = q, p
    else:
        for k in range(1, n):
            parent[order[k]] = order[rng.randrange(k)]
        p, q = rng.randrange(n), rng.randrange(n)
    return [parent, p, q]


def measure(parent: list, p: int, q: int) -> dict:
    """The quantities problem.json's constraints bound."""
    return {"len(parent)": len(parent), "parent[i]": parent, "p": p, "q": q}
