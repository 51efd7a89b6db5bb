# time: O(n)
# space: O(n)
# One pass with a dict from value to index; look up the complement before storing the current value.
def two_sum(nums, target):
    index_of = {}
    for i, x in enumerate(nums):
        j = index_of.get(target - x)
        if j is not None:
            return [j, i]
        index_of[x] = i
    return []
