# Bug: counts values with a Counter and walks LeetCode's value range 10**4 down to -10**4, but this problem allows -10**5..10**5: a value outside that window is never walked, so a large value is skipped (wrong answer) or the walk ends with None.
# Why only the properties catch it: every fixed case keeps its values within +-10**4 (the extremes are exactly +-10**4); the properties also draw lists from the full +-10**5 range.
from collections import Counter


def kth_largest(nums, k):
    counts = Counter(nums)
    for v in range(10 ** 4, -10 ** 4 - 1, -1):  # -10^4 <= nums[i] <= 10^4
        k -= counts[v]
        if k <= 0:
            return v
