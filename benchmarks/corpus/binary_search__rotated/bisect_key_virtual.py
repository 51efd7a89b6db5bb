# time: O(log n)
# space: O(1)
# Finds the rotation point by binary search, then bisect_left over range(n) with key=... reading the rotated list as if it were sorted (a range is not materialised).
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
    i = bisect_left(range(n), target, key=lambda v: nums[(v + pivot) % n])
    if i < n and nums[(i + pivot) % n] == target:
        return (i + pivot) % n
    return -1
