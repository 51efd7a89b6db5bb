# Bottom-up DP keeping the previous two best totals: O(n) time, O(1) extra space.
def rob(nums):
    prev2, prev1 = 0, 0
    for x in nums:
        prev2, prev1 = prev1, max(prev1, prev2 + x)
    return prev1
