"""Strings for the longest-unique-substring problem; "worst" is all distinct characters."""
import random

SHAPES = ("worst", "random")

# Contiguous runs of printable letters, no surrogates: 20992 CJK + 11172 Hangul + 42720 CJK Ext. B.
_RANGES = ((0x4E00, 0x9FFF), (0xAC00, 0xD7A3), (0x20000, 0x2A6DF))
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
