# time: O(n log n)
# space: O(1)
# MUTATES its input: patience sorting that stores the tails in the prefix nums[:size] (bisect_left with hi=size), no extra list.
from bisect import bisect_left


def longest_increasing_subsequence(nums):
    size = 0
    for x in nums:
        k = bisect_left(nums, x, 0, size)
        nums[k] = x
        if k == size:
            size += 1
    return size
