# time: O(n log n)
# space: O(n)
# Sort (value, index) pairs, then binary-search each value's complement among the later pairs.
from bisect import bisect_left


def two_sum(nums, target):
    pairs = sorted((x, i) for i, x in enumerate(nums))
    values = [x for x, _ in pairs]
    for p, (x, i) in enumerate(pairs):
        q = bisect_left(values, target - x, p + 1)
        if q < len(values) and values[q] == target - x:
            return [i, pairs[q][1]]
    return []
