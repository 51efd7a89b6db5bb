"""Valid bracket strings: "worst" nests everything (depth n/2), "random" is a random balanced walk."""
import random

SHAPES = ("worst", "random")
_PAIRS = ("()", "[]", "{}")


def generate(n: int, shape: str, rng: random.Random) -> list:
    half = n // 2
    if shape == "worst":
        # One deep nest: every rescan-and-remove pass finds only the innermost pair.
        opens = [rng.choice(_PAIRS) for _ in range(half)]
        return ["".join(p[0] for p in opens) + "".join(p[1] for p in reversed(opens))]
    out, stack, left = [], [], half
    while left or stack:
        if left and (not stack or rng.random() < 0.5):
            p = rng.choice(_PAIRS)
            out.append(p[0])
            stack.append(p[1])
            left -= 1
        else:
            out.append(stack.pop())
    return ["".join(out)]


def measure(s: str) -> dict:
    """The quantities problem.json's constraints bound."""
    return {"len(s)": len(s)}
