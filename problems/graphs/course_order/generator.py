"""Acyclic prerequisite lists with V = n courses and E = 3n - 1 pairs."""
import random

SHAPES = ("worst", "random")


def generate(n: int, shape: str, rng: random.Random) -> list:
    if shape == "worst":
        # One chain through every course, n-1 before n-2 before ... before 0:
        # the only course ready at any time is the highest-numbered one left,
        # so rescanning from 0 costs O(V) per course, and a depth-first search
        # goes n deep. Extra pairs [a, b] with b > a agree with the chain.
        pairs = [[i, i + 1] for i in range(n - 1)]
        for _ in range(2 * n):
            a = rng.randrange(n - 1) if n > 1 else 0
            b = min(n - 1, a + rng.randint(1, 100))
            if a != b:
                pairs.append([a, b])
    else:
        # A random DAG: b before a whenever b comes earlier in a hidden order.
        rank = list(range(n))
        rng.shuffle(rank)
        pairs = []
        while len(pairs) < 3 * n - 1 and n > 1:
            i, j = rng.randrange(n), rng.randrange(n)
            if i != j:
                lo, hi = min(i, j), max(i, j)
                pairs.append([rank[hi], rank[lo]])
    rng.shuffle(pairs)
    return [n, pairs]


def measure(num_courses: int, prerequisites: list) -> dict:
    """The quantities problem.json's constraints bound."""
    return {"num_courses": num_courses, "len(prerequisites)": len(prerequisites),
            "a, b": (x for pair in prerequisites for x in pair)}
