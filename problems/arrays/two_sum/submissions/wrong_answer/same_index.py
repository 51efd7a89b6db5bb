# Builds the whole map first, so x + x == target pairs an index with itself.
def two_sum(nums, target):
    index = {x: i for i, x in enumerate(nums)}
    for i, x in enumerate(nums):
        if target - x in index:
            return [i, index[target - x]]
