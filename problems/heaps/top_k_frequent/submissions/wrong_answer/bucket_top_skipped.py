# Bug: bucket sort whose scan starts at count n - 1, so a value occurring n times (one value, all equal) is never read.
from collections import Counter


def top_k_frequent(nums, k):
    counts = Counter(nums)
    buckets = [[] for _ in range(len(nums) + 1)]
    for x, c in counts.items():
        buckets[c].append(x)
    res = []
    for c in range(len(nums) - 1, 0, -1):
        res.extend(buckets[c])
        if len(res) >= k:
            break
    return res[:k]
