"""Directed graphs with V = n nodes and E = 4n edges, all nodes reachable from k."""
import random

SHAPES = ("worst", "random")


def generate(n: int, shape: str, rng: random.Random) -> list:
    times = []
    if shape == "worst":
        # A long chain 1 -> 2 -> ... -> n of weight 1 (the answer is n - 1),
        # listed last-edge-first, plus 3n detours that never beat the chain:
        # forward jumps cost more than the chain hops they skip, so the heap
        # sees many pushes, and every node stays reachable only via the chain.
        times = [[i, i + 1, 1] for i in range(n - 1, 0, -1)]
        for _ in range(3 * n):
            u = rng.randint(1, n)
            if rng.random() < 0.7 and u < n:
                v = min(n, u + rng.randint(1, 50))
                w = (v - u) + rng.randint(1, 100)
            else:
                v = rng.randint(1, u)
                w = rng.randint(0, 10 ** 4)
            times.append([u, v, w])
        k = 1
    else:
        order = list(range(1, n + 1))
        rng.shuffle(order)
        k = order[0]
        for i in range(1, n):  # random spanning tree rooted at k
            times.append([order[rng.randrange(i)], order[i], rng.randint(0, 100)])
        while len(times) < 4 * n:
            times.append([rng.randint(1, n), rng.randint(1, n), rng.randint(0, 100)])
        rng.shuffle(times)
    return [times, n, k]


def measure(times: list, n: int, k: int) -> dict:
    """The quantities problem.json's constraints bound."""
    return {"n": n, "k": k, "len(times)": len(times),
            "u, v": (x for u, v, _ in times for x in (u, v)), "w": (w for _, _, w in times)}
