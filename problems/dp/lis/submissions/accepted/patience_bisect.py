# Patience sorting with bisect_left on the smallest tails per length: O(n log n) time, O(n) space.
from bisect import bisect_left


def longest_increasing_subsequence(nums):
    tails = []
    for x in nums:
        k = bisect_left(tails, x)
        if k == len(tails):
            tails.append(x)
        else:
            tails[k] = x
    return len(tails)
