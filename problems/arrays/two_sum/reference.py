def two_sum(nums, target):
    """One pass with a value -> index map: O(n) time, O(n) space."""
    seen = {}
    for i, x in enumerate(nums):
        j = seen.get(target - x)
        if j is not None:
            return [j, i]
        seen[x] = i
    return []
