# Bug: bucket sort with one bucket per DISTINCT value (len(counts) + 1) instead of len(nums) + 1; larger counts are clipped into the top bucket, so values with different counts above the distinct count land together and are read in first-seen order.
# Fixed tests miss it: they have many distinct values (counts stay below the clip) or, when counts overflow, the most frequent value is seen first; the properties draw 2-4 distinct values with counts up to 9, where k cuts the clipped bucket.
from collections import Counter


def top_k_frequent(nums, k):
    counts = Counter(nums)
    buckets = [[] for _ in range(len(counts) + 1)]
    for x, c in counts.items():
        buckets[min(c, len(buckets) - 1)].append(x)
    res = []
    for c in range(len(buckets) - 1, 0, -1):
        res.extend(buckets[c])
        if len(res) >= k:
            break
    return res[:k]
