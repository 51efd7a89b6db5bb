"""A tree on n nodes plus one extra edge, n = len(edges).

"worst": a path through the nodes in a random order, listed from one end to the
other, closed by an edge between its two ends listed last: the cycle covers every
node, and a per-edge reachability search sees the whole graph built so far
(quadratic). "random": a random tree (each node hangs off a random earlier one)
plus a random extra edge, the edges shuffled and each written in a random orientation."""
import random

SHAPES = ("worst", "random")


def generate(n: int, shape: str, rng: random.Random) -> list:
    order = list(range(1, n + 1))
    rng.shuffle(order)
    if shape == "worst":
        edges = [[order[i], order[i + 1]] for i in range(n - 1)]
        edges.append([order[0], order[-1]])
        return [edges]
    edges = [[order[rng.randrange(i)], order[i]] for i in range(1, n)]
    present = {frozenset(e) for e in edges}
    while True:
        u, v = rng.sample(range(1, n + 1), 2)
        if frozenset((u, v)) not in present:
            break
    edges.append([u, v])
    rng.shuffle(edges)
    edges = [e if rng.random() < 0.5 else e[::-1] for e in edges]
    return [edges]


def measure(edges: list) -> dict:
    """The quantities problem.json's constraints bound."""
    return {"len(edges)": len(edges), "u, v": (x for edge in edges for x in edge)}
