# Counts, sorts the distinct values by count descending, takes the first k: O(n log n).
from collections import Counter


def top_k_frequent(nums, k):
    counts = Counter(nums)
    return sorted(counts, key=counts.get, reverse=True)[:k]
