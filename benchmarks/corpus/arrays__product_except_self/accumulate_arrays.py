# time: O(n)
# space: O(n)
# Separate prefix and suffix product arrays built with itertools.accumulate, then multiplied pairwise.
from itertools import accumulate
from operator import mul


def product_except_self(nums):
    prefix = [1] + list(accumulate(nums, mul))[:-1] if nums else []
    suffix = ([1] + list(accumulate(reversed(nums), mul))[:-1])[::-1] if nums else []
    return [a * b for a, b in zip(prefix, suffix)]
