# Bug: a special case for short rows assumes the first house wins when there are at most two, so [1, 5] gives 1.
def rob(nums):
    if len(nums) <= 2:
        return nums[0]
    prev2, prev1 = nums[0], max(nums[0], nums[1])
    for x in nums[2:]:
        prev2, prev1 = prev1, max(prev1, prev2 + x)
    return prev1
