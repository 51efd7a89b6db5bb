# Bug: drops empty houses first "to save work", which makes their neighbours adjacent ([5, 0, 5] gives 5, not 10).
def rob(nums):
    houses = [x for x in nums if x > 0]
    prev2, prev1 = 0, 0
    for x in houses:
        prev2, prev1 = prev1, max(prev1, prev2 + x)
    return prev1
