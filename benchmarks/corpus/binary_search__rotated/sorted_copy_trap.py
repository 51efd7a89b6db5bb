# time: O(n)
# space: O(n)
# Trap: sorted() on a rotated sorted list is two ascending runs, so timsort does one O(n) merge; then bisect and map back by the rotation.
from bisect import bisect_left


def search_rotated(nums, target):
    ordered = sorted(nums)
    i = bisect_left(ordered, target)
    if i == len(ordered) or ordered[i] != target:
        return -1
    shift = len(nums) - nums.index(ordered[0]) if nums[0] != ordered[0] else 0
    return (i - shift) % len(nums)
