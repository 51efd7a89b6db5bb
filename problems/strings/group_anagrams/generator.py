"""n lowercase words of 8 letters; "worst" has (almost) every word in its own anagram class and one word of the stated maximum 20."""
import random
import string

SHAPES = ("worst", "random")


def generate(n: int, shape: str, rng: random.Random) -> list:
    if shape == "worst":
        # Random 8-letter words: almost all classes distinct, so a per-group scan is quadratic.
        words = ["".join(rng.choices(string.ascii_lowercase, k=8)) for _ in range(n)]
        if words:
            # One word at the statement's bound of 20 letters, so the largest inputs reach it.
            words[rng.randrange(n)] = "".join(rng.choices(string.ascii_lowercase, k=20))
        return [words]
    # About n/3 classes, each word a random permutation of its class's letters.
    bases = ["".join(rng.choices(string.ascii_lowercase, k=8)) for _ in range(max(1, n // 3))]
    words = []
    for _ in range(n):
        letters = list(rng.choice(bases))
        rng.shuffle(letters)
        words.append("".join(letters))
    return [words]


def measure(strs: list) -> dict:
    """The quantities problem.json's constraints bound."""
    return {"len(strs)": len(strs), "len(strs[i])": (len(w) for w in strs)}
