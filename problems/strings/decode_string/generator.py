"""Encoded strings whose decoded output is exactly n letters: random group trees about log n deep."""
import random
import re

SHAPES = ("worst", "random")


def _letters(k: int, rng: random.Random) -> str:
    return "".join(rng.choice("abcdefghij") for _ in range(k))


def _encode(n: int, rng: random.Random, depth: int, counts: tuple, p_group: float) -> str:
    """An encoded string that decodes to exactly n letters."""
    parts = []
    left = n
    while left > 0:
        k = rng.choice(counts)
        if left <= 2 or depth >= 14 or left < k or rng.random() > p_group:
            take = rng.randint(1, min(3, left))
            parts.append(_letters(take, rng))
            left -= take
        else:
            inner = rng.randint(1, min(left // k, max(1, n // 2)))
            parts.append(f"{k}[{_encode(inner, rng, depth + 1, counts, p_group)}]")
            left -= k * inner
    return "".join(parts)


def _balanced(n: int, rng: random.Random) -> str:
    """A balanced tree of groups (fan-out 2-3, mostly k = 1) decoding to exactly n letters."""
    if n <= 4:
        if n % 2 == 0 and rng.random() < 0.5:
            return f"2[{_letters(n // 2, rng)}]"
        return _letters(n, rng)
    if n % 2 == 0 and rng.random() < 0.15:
        return f"2[{_balanced(n // 2, rng)}]"
    cut1 = n // 3 + rng.randrange(n // 3 + 1)
    if n > 12 and rng.random() < 0.3:
        cut2 = cut1 + (n - cut1) // 2
        return f"1[{_balanced(cut1, rng)}{_balanced(cut2 - cut1, rng)}{_balanced(n - cut2, rng)}]"
    return f"1[{_balanced(cut1, rng)}{_balanced(n - cut1, rng)}]"


def generate(n: int, shape: str, rng: random.Random) -> list:
    if shape == "worst":
        # About one group per three output letters, nested about log n deep, no long runs of siblings.
        return [_balanced(n, rng)]
    # Typical: counts up to 12, a mix of letters and groups.
    return [_encode(n, rng, 0, (1, 2, 3, 4, 5, 7, 12), 0.45)]


def _decoded_length(s: str) -> int:
    """Length of the decoded string, computed without building it."""
    stack, length, k = [], 0, 0
    for c in s:
        if c.isdigit():
            k = k * 10 + int(c)
        elif c == "[":
            stack.append((length, k))
            length, k = 0, 0
        elif c == "]":
            outer, count = stack.pop()
            length = outer + count * length
        else:
            length += 1
    return length


def measure(s: str) -> dict:
    """The quantities problem.json's constraints bound."""
    return {"len(s)": len(s), "len(decoded)": _decoded_length(s), "k": [int(d) for d in re.findall(r"\d+", s)]}
