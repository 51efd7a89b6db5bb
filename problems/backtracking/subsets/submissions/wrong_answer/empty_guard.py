# Bug: a guard clause returns [] for an empty list, but the empty list has one subset: [[]].
def subsets(nums):
    if not nums:
        return []
    result = [[]]
    for x in nums:
        result += [s + [x] for s in result]
    return result
