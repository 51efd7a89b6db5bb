"""Minimum-window inputs with len(s) = n and len(t) = n // 2.

"worst": t is n // 2 distinct characters; s holds all of them but the last one
in a block, then filler, and that last character only at the very end, so every
start must scan to the end and a full re-check of t fails only at its last item.
"""
import random

SHAPES = ("worst", "random")

_RANGES = ((0x4E00, 0x9FFF), (0xAC00, 0xD7A3), (0x20000, 0x2A6DF))
_FILLER = "abcdefghijklmnopqrstuvwxyz0123456789 "
_MIXED = "abcdefghijklmnopqrstuvwxyzABCDEF éü日本😀"


def distinct_char(i: int) -> str:
    for lo, hi in _RANGES:
        if i <= hi - lo:
            return chr(lo + i)
        i -= hi - lo + 1
    raise ValueError("too many distinct characters")


def generate(n: int, shape: str, rng: random.Random) -> list:
    m = max(1, n // 2)
    if shape == "worst":
        t_chars = [distinct_char(i) for i in range(m)]
        block = t_chars[:-1]
        rng.shuffle(block)
        fill = n - m
        head = "".join(rng.choice(_FILLER) for _ in range(fill // 2))
        tail = "".join(rng.choice(_FILLER) for _ in range(fill - fill // 2))
        return [head + "".join(block) + tail + t_chars[-1], "".join(t_chars)]
    s = "".join(rng.choice(_MIXED) for _ in range(n))
    t = "".join(rng.choice(_MIXED) for _ in range(m // 4)) or "a"
    return [s, t]


def measure(s: str, t: str) -> dict:
    """The quantities problem.json's constraints bound."""
    return {"len(s)": len(s), "len(t)": len(t)}
