# Bug: a fast path for at most two distinct values answers 2 only when the FIRST smaller value comes before the FIRST larger one, but [5, 1, 5] is also 2 (any smaller before any larger counts).
# Fixed tests miss it: their two-valued lists ([1, 2], [2, 1], [-10000, 10000, -10000, 10000]) start with the pattern the shortcut expects; the properties draw short lists over two or three values, where [hi, lo, hi] is common.
from bisect import bisect_left


def longest_increasing_subsequence(nums):
    distinct = set(nums)
    if len(distinct) < 2:
        return len(distinct)
    if len(distinct) == 2:
        lo, hi = min(distinct), max(distinct)
        return 2 if nums.index(lo) < nums.index(hi) else 1
    tails = []
    for x in nums:
        k = bisect_left(tails, x)
        if k == len(tails):
            tails.append(x)
        else:
            tails[k] = x
    return len(tails)
