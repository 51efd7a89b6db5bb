# time: O(n log n)
# space: O(n)
# Patience sorting: tails[k] is the smallest tail of an increasing subsequence of length k + 1, updated with bisect_left.
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
