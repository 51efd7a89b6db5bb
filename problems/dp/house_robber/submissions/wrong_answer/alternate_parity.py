# Bug: greedy, robs every other house starting at 0 or at 1, whichever is richer; misses skipping two in a row.
def rob(nums):
    return max(sum(nums[0::2]), sum(nums[1::2]))
