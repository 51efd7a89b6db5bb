# Counts each value, then tries every pair of distinct values a <= b with c = -a - b >= b, checking multiplicities: O(d^2) for d distinct values.
from collections import Counter


def three_sum(nums):
    count = Counter(nums)
    vals = sorted(count)
    out = []
    for i, a in enumerate(vals):
        for b in vals[i:]:
            c = -a - b
            if c < b:
                break
            if c in count and all(count[v] >= k for v, k in Counter((a, b, c)).items()):
                out.append([a, b, c])
    return out
