# time: O(log n)
# space: O(1)
# Binary-search the rotation point (index of the minimum), then bisect_left inside the sorted side that can hold the target.
from bisect import bisect_left


def search_rotated(nums, target):
    n = len(nums)
    lo, hi = 0, n - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if nums[mid] > nums[hi]:
            lo = mid + 1
        else:
            hi = mid
    pivot = lo
    if pivot > 0 and target >= nums[0]:
        lo, hi = 0, pivot
    else:
        lo, hi = pivot, n
    i = bisect_left(nums, target, lo, hi)
    return i if i < hi and nums[i] == target else -1
