# One pass with a dict from value to index: O(n) time, O(n) space.
def two_sum(nums, target):
    index = {}
    for i, x in enumerate(nums):
        if target - x in index:
            return [index[target - x], i]
        index[x] = i
