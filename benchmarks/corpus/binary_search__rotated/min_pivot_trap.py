# time: O(n)
# space: O(1)
# C-builtin trap: the pivot comes from nums.index(min(nums)) (two linear C scans), then the search itself is a binary search.
from bisect import bisect_left


def search_rotated(nums, target):
    pivot = nums.index(min(nums))
    if pivot > 0 and target >= nums[0]:
        lo, hi = 0, pivot
    else:
        lo, hi = pivot, len(nums)
    i = bisect_left(nums, target, lo, hi)
    return i if i < hi and nums[i] == target else -1
