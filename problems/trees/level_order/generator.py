"""Nested-list binary trees [value, left, right]. Worst: a complete binary tree (as wide as a tree gets)."""
import random

SHAPES = ("worst", "random")


def _complete(n, rng):
    # Heap positions 0..n-1: node i has children 2i+1 and 2i+2. Built bottom-up, no recursion.
    nodes = [[rng.randint(-10 ** 4, 10 ** 4), None, None] for _ in range(n)]
    for i in range(n - 1, 0, -1):
        nodes[(i - 1) // 2][1 if i % 2 else 2] = nodes[i]
    return nodes[0]


def _random(n, rng):
    # Random insertion positions: each new node fills a free child slot chosen uniformly,
    # so the tree is bushy with depth O(log n).
    root = [rng.randint(-10 ** 4, 10 ** 4), None, None]
    free = [(root, 1), (root, 2)]
    for _ in range(n - 1):
        k = rng.randrange(len(free))
        free[k], free[-1] = free[-1], free[k]
        node, side = free.pop()
        child = [rng.randint(-10 ** 4, 10 ** 4), None, None]
        node[side] = child
        free += [(child, 1), (child, 2)]
    return root


def generate(n: int, shape: str, rng: random.Random) -> list:
    return [_complete(n, rng) if shape == "worst" else _random(n, rng)]


def measure(root) -> dict:
    """The quantities problem.json's constraints bound."""
    values, levels = [], 0
    level = [root] if root is not None else []
    while level:  # level by level, no recursion
        levels += 1
        values += [node[0] for node in level]
        level = [child for node in level for child in (node[1], node[2]) if child is not None]
    return {"n": len(values), "levels": levels, "value": values}
