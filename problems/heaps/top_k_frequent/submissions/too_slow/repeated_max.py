# Counts, then k times finds and deletes the most frequent remaining value: correct, but O(n + u * k), quadratic here.
from collections import Counter


def top_k_frequent(nums, k):
    counts = Counter(nums)
    res = []
    for _ in range(k):
        best = max(counts, key=counts.get)
        res.append(best)
        del counts[best]
    return res
