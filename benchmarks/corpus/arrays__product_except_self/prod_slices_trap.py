# time: O(n^2)
# space: O(n)
# C-builtin trap: math.prod over the two slices nums[:i] and nums[i + 1:] for every i (copies and multiplies O(n) per item in C).
from math import prod


def product_except_self(nums):
    return [prod(nums[:i]) * prod(nums[i + 1:]) for i in range(len(nums))]
