"""Word-break inputs: a string of n characters and a dictionary of short words (length <= 20)."""
import random

SHAPES = ("worst", "random")


def generate(n: int, shape: str, rng: random.Random) -> list:
    if shape == "worst":
        # "aaa...ab" with ["a", "aa", ..., "a" * 10]: every prefix of a's splits in
        # exponentially many ways, yet the final "b" makes every split fail.
        return ["a" * (n - 1) + "b", ["a" * k for k in range(1, 11)]]
    words = set()
    while len(words) < 50:  # the statement's largest dictionary: 50 distinct words
        words.add("".join(rng.choice("abc") for _ in range(rng.randint(1, 20))))
    words = sorted(words)
    parts, size = [], 0
    while size < n:
        w = rng.choice(words)
        parts.append(w)
        size += len(w)
    s = "".join(parts)[:n]  # cutting the last word usually leaves a string that cannot be split
    return [s, words]


def measure(s: str, word_dict: list) -> dict:
    """The quantities problem.json's constraints bound."""
    return {"len(s)": len(s), "len(word_dict)": len(word_dict), "len(word_dict[i])": [len(w) for w in word_dict]}
