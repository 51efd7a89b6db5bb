"""Lists through all n nodes in shuffled order; "worst" loops back to the middle, "random" ends or loops at random."""
import random

SHAPES = ("worst", "random")


def generate(n: int, shape: str, rng: random.Random) -> list:
    if n == 0:
        return [[], -1]
    order = list(range(n))
    rng.shuffle(order)
    nxt = [-1] * n
    for a, b in zip(order, order[1:]):
        nxt[a] = b
    if shape == "worst":
        # The walk visits all n nodes before the first repeat: checking each against the walk so far is quadratic.
        nxt[order[-1]] = order[n // 2]
    elif rng.random() < 0.75:
        nxt[order[-1]] = order[rng.randrange(n)]
    return [nxt, order[0]]


def measure(next_index: list, head: int) -> dict:
    """The quantities problem.json's constraints bound."""
    return {"len(next_index)": len(next_index), "next_index[i]": next_index, "head": head}
