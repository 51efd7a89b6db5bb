"""Strings of n characters.

"worst": the 26 lowercase letters each appear once near the front, then again
at the very end, with n - 52 copies of a 27th character ("-") between them: one
part covering everything, every letter's last occurrence far from its first,
and 26 characters whose last copy lies behind a long run (slow for searching
from the end for every position). "random": parts of random lengths, each over
its own 1-4 characters (a-z, A-Z, then CJK ideographs, never reused), shuffled
inside the part: many parts."""
import random
import string

SHAPES = ("worst", "random")
ALPHABET = string.ascii_letters + "".join(chr(0x4E00 + i) for i in range(40000))


def generate(n: int, shape: str, rng: random.Random) -> list:
    if shape == "worst":
        letters = list(string.ascii_lowercase)
        rng.shuffle(letters)
        head = "".join(letters)
        rng.shuffle(letters)
        tail = "".join(letters)
        return [head + "-" * max(0, n - 52) + tail]
    parts, size, k = [], 0, 0
    while size < n:
        width = rng.randint(1, 4)
        letters = [ALPHABET[(k + j) % len(ALPHABET)] for j in range(width)]
        k += width
        length = min(n - size, max(width, rng.randint(width, 60)))
        chunk = letters + [rng.choice(letters) for _ in range(length - width)]
        rng.shuffle(chunk)
        parts.append("".join(chunk[:length]))
        size += length
    return ["".join(parts)]


def measure(s: str) -> dict:
    """The quantities problem.json's constraints bound."""
    return {"len(s)": len(s)}
