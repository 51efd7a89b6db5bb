"""Strings for the longest-unique-substring problem; "worst" is all distinct characters."""
import random

SHAPES = ("worst", "random")

# Contiguous runs of printable letters, no surrogates: 20992 CJK + 11172 Hangul + 42720 CJK Ext. B,
# then CJK Ext. A, C, D, E, F and G (29142 more, so 10^5 distinct characters exist; the first
# 74884 characters, all that the complexity ladder uses, are unchanged).
_RANGES = ((0x4E00, 0x9FFF), (0xAC00, 0xD7A3), (0x20000, 0x2A6DF),
           (0x3400, 0x4DBF), (0x2A700, 0x2B739), (0x2B740, 0x2B81D), (0x2B820, 0x2CEA1),
           (0x2CEB0, 0x2EBE0), (0x30000, 0x3134A))
_MIXED = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789 éüß日本語😀🎉"


def distinct_char(i: int) -> str:
    for lo, hi in _RANGES:
        if i <= hi - lo:
            return chr(lo + i)
        i -= hi - lo + 1
    raise ValueError("too many distinct characters")


def generate(n: int, shape: str, rng: random.Random) -> list:
    if shape == "worst":
        # Every character distinct: the answer is n, and every start sees the whole rest.
        chars = [distinct_char(i) for i in range(n)]
        rng.shuffle(chars)
        return ["".join(chars)]
    return ["".join(rng.choice(_MIXED) for _ in range(n))]


def measure(s: str) -> dict:
    """The quantities problem.json's constraints bound."""
    return {"len(s)": len(s)}
