"""Word-ladder inputs with n = len(word_list) words of fixed length L = 6, all in
one connected component with begin_word, and end_word the word farthest from
begin_word, so every breadth-first search has to visit (nearly) all n words.

"worst": the first n + 1 words of a reflected Gray code over 6 letters
(consecutive words differ in one letter), begin = the first. "random": a random
connected cloud grown by mutating one letter of a random earlier word."""
import random
from collections import defaultdict, deque

SHAPES = ("worst", "random")
L = 6
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _gray(i: int, base: int) -> str:
    digits = []
    for pos in range(L - 1, -1, -1):
        d = (i // base ** pos) % base
        if (i // base ** (pos + 1)) % 2 == 1:
            d = base - 1 - d
        digits.append(d)
    return "".join(LETTERS[d] for d in digits)


def _farthest(begin: str, words: list[str]) -> str:
    buckets = defaultdict(list)
    for w in words:
        for i in range(L):
            buckets[w[:i] + "*" + w[i + 1:]].append(w)
    seen, queue, last = {begin}, deque([begin]), begin
    while queue:
        last = w = queue.popleft()
        for i in range(L):
            for v in buckets.pop(w[:i] + "*" + w[i + 1:], ()):
                if v not in seen:
                    seen.add(v)
                    queue.append(v)
    return last


def generate(n: int, shape: str, rng: random.Random) -> list:
    if shape == "worst":
        words = [_gray(i, 6) for i in range(n + 1)]
    else:
        words = ["".join(rng.choice(LETTERS) for _ in range(L))]
        have = set(words)
        while len(words) < n + 1:
            w = rng.choice(words)
            i = rng.randrange(L)
            w = w[:i] + rng.choice(LETTERS) + w[i + 1:]
            if w not in have:
                have.add(w)
                words.append(w)
    begin = words[0]
    end = _farthest(begin, words)
    word_list = words[1:]
    rng.shuffle(word_list)
    return [begin, end, word_list]


def measure(begin_word: str, end_word: str, word_list: list) -> dict:
    """The quantities problem.json's constraints bound."""
    return {"L": [len(begin_word), len(end_word)] + [len(w) for w in word_list], "len(word_list)": len(word_list)}
