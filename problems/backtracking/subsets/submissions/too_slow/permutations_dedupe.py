# Generates every arrangement of every length with itertools.permutations and keeps one per set: correct, but O(e * n!) against O(n * 2^n).
from itertools import permutations


def subsets(nums):
    seen = set()
    out = []
    for r in range(len(nums) + 1):
        for p in permutations(nums, r):
            key = frozenset(p)
            if key not in seen:
                seen.add(key)
                out.append(list(p))
    return out
