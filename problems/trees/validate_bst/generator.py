"""Valid BSTs as (values, left, right) with node 0 the root and other labels shuffled.

Worst: a path of n nodes turning left or right at random (depth n, still a valid BST,
so nobody can stop early). Random: a random BST built by inserting distinct keys.
"""
import random

SHAPES = ("worst", "random")


def _relabel(n, links, keys, rng):
    """links: child pairs over build ids 0..n-1 (0 = root); return arrays with node 0 the root and others shuffled."""
    label = [0] + rng.sample(range(1, n), n - 1) if n > 1 else [0] * n
    values, left, right = [0] * n, [-1] * n, [-1] * n
    for b in range(n):
        l, r = links[b]
        values[label[b]] = keys[b]
        left[label[b]] = label[l] if l != -1 else -1
        right[label[b]] = label[r] if r != -1 else -1
    return [values, left, right]


def _zigzag_path(n, rng):
    pool = sorted(rng.sample(range(-2 ** 31, 2 ** 31), n))
    lo, hi = 0, n - 1
    keys, links = [], []
    for b in range(n):
        last = b == n - 1
        go_right = rng.random() < 0.5
        if go_right or last:
            keys.append(pool[lo]); lo += 1  # everything below is larger
        else:
            keys.append(pool[hi]); hi -= 1  # everything below is smaller
        links.append((-1, -1) if last else ((-1, b + 1) if go_right else (b + 1, -1)))
    return keys, links


def _random_bst(n, rng):
    keys = rng.sample(range(-2 ** 31, 2 ** 31), n)
    links = [[-1, -1] for _ in range(n)]
    for b in range(1, n):
        cur = 0
        while True:
            side = 0 if keys[b] < keys[cur] else 1
            if links[cur][side] == -1:
                links[cur][side] = b
                break
            cur = links[cur][side]
    return keys, [tuple(x) for x in links]


def generate(n: int, shape: str, rng: random.Random) -> list:
    keys, links = _zigzag_path(n, rng) if shape == "worst" else _random_bst(n, rng)
    return _relabel(n, links, keys, rng)


def measure(values: list, left: list, right: list) -> dict:
    """The quantities problem.json's constraints bound."""
    return {"n": len(values), "values[i]": values}
