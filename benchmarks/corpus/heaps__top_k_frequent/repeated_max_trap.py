# time: O(n^2)
# space: O(n)
# C-builtin trap: k rounds of max(counts, key=counts.get) and deleting the winner; each max scans every remaining distinct value.
from collections import Counter


def top_k_frequent(nums, k):
    counts = Counter(nums)
    out = []
    for _ in range(k):
        best = max(counts, key=counts.get)
        out.append(best)
        del counts[best]
    return out
