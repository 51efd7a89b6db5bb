from bisect import bisect_left


def longest_increasing_subsequence(nums):
    """Patience sorting: tails[k] is the smallest tail of an increasing
    subsequence of length k + 1; O(n log n) time, O(n) space."""
    tails = []
    for x in nums:
        k = bisect_left(tails, x)
        if k == len(tails):
            tails.append(x)
        else:
            tails[k] = x
    return len(tails)
