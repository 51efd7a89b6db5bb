"""Jump-game inputs of length n.

"worst": all ones (the answer is True, and only one index reaches each next
index, so a DP that looks back for a predecessor scans O(i) at every i).
"random": jumps in [0, 6] with a few zeros, none of them a dead end, except,
in half of the inputs, one dead end at 90% of the way (answer False)."""
import random

SHAPES = ("worst", "random")


def generate(n: int, shape: str, rng: random.Random) -> list:
    if shape == "worst":
        return [[1] * n]
    nums = [0 if rng.random() < 0.05 else rng.randint(1, 6) for _ in range(n)]
    reach = 0
    for i in range(n - 1):  # remove the dead ends, so the scan runs to the end
        if i == reach and nums[i] == 0:
            nums[i] = rng.randint(1, 6)
        reach = max(reach, i + nums[i])
    if n >= 20 and rng.random() < 0.5:  # a dead end at 90%: every jump before it stops short or on it
        t = n * 9 // 10
        for j in range(t - 6, t):
            nums[j] = rng.randint(0, t - j)
        nums[t] = 0
    return [nums]


def measure(nums: list) -> dict:
    """The quantities problem.json's constraints bound."""
    return {"len(nums)": len(nums), "nums[i]": nums}
