# time: O(n^3)
# space: O(n)
# C-builtin trap: layer by layer, index i has length L if min() of nums over the layer-(L-1) indices below i (a mapped slice, O(n) in C) is smaller than nums[i].
from bisect import bisect_left


def longest_increasing_subsequence(nums):
    if not nums:
        return 0
    layer = list(range(len(nums)))
    length = 1
    while True:
        nxt = []
        for i in layer:
            below = layer[:bisect_left(layer, i)]
            if below and min(map(nums.__getitem__, below)) < nums[i]:
                nxt.append(i)
        if not nxt:
            return length
        layer = nxt
        length += 1
