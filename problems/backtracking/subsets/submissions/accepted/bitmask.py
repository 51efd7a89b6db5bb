# Enumerates the 2^n bitmasks; bit i set means nums[i] is in the subset: O(n * 2^n).
def subsets(nums):
    n = len(nums)
    return [[nums[i] for i in range(n) if mask >> i & 1] for mask in range(1 << n)]
