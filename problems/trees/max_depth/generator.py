"""Parent arrays with shuffled labels; the worst shape is a broom: a path of n/2 nodes with n/2 leaves at its end."""
import random

SHAPES = ("worst", "random")


def generate(n: int, shape: str, rng: random.Random) -> list:
    order = list(range(n))
    rng.shuffle(order)  # labels carry no information about depth
    parent = [-1] * n
    if shape == "worst":
        # Handle: a path of n/2 nodes; bristles: n/2 leaves under its last node. Walking up
        # from every leaf (or every node) without memo costs about n^2 / 4 steps.
        handle = n // 2
        for k in range(1, n):
            parent[order[k]] = order[k - 1] if k < handle else order[handle - 1]
    else:
        # Random recursive tree: the k-th node hangs under a uniformly chosen earlier node.
        for k in range(1, n):
            parent[order[k]] = order[rng.randrange(k)]
    return [parent]


def measure(parent: list) -> dict:
    """The quantities problem.json's constraints bound."""
    return {"len(parent)": len(parent), "parent[i]": parent}
