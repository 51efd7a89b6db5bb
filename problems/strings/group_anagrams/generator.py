"""n lowercase words of 8 letters; "worst" has (almost) every word in its own anagram class."""
import random
import string

SHAPES = ("worst", "random")


def generate(n: int, shape: str, rng: random.Random) -> list:
    if shape == "worst":
        # Random 8-letter words: almost all classes distinct, so a per-group scan is quadratic.
        return [["".join(rng.choices(string.ascii_lowercase, k=8)) for _ in range(n)]]
    # About n/3 classes, each word a random permutation of its class's letters.
    bases = ["".join(rng.choices(string.ascii_lowercase, k=8)) for _ in range(max(1, n // 3))]
    words = []
    for _ in range(n):
        letters = list(rng.choice(bases))
        rng.shuffle(letters)
        words.append("".join(letters))
    return [words]
