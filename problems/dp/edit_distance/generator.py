"""Edit-distance inputs: two words of n characters each (m * n = n^2)."""
import random

SHAPES = ("worst", "random")


def generate(n: int, shape: str, rng: random.Random) -> list:
    if shape == "worst":
        # Disjoint alphabets: the distance is n, nothing can be trimmed or pruned.
        word1 = "".join(rng.choice("abcdefghijklm") for _ in range(n))
        word2 = "".join(rng.choice("nopqrstuvwxyz") for _ in range(n))
    else:
        word1 = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(n))
        # A typo-ish variant of word1 of the same length: some replaces and adjacent swaps.
        chars = list(word1)
        for _ in range(max(1, n // 4)):
            i = rng.randrange(n)
            if rng.random() < 0.5:
                chars[i] = rng.choice("abcdefghijklmnopqrstuvwxyz")
            elif i + 1 < n:
                chars[i], chars[i + 1] = chars[i + 1], chars[i]
        word2 = "".join(chars)
    return [word1, word2]


def measure(word1: str, word2: str) -> dict:
    """The quantities problem.json's constraints bound."""
    return {"len(word1)": len(word1), "len(word2)": len(word2)}
