# Quadratic DP (dp[i] = longest run ending at i), with the answer started at 1 "since one element is always increasing": O(n^2), wrong for an empty list.
def longest_increasing_subsequence(nums):
    dp = [1] * len(nums)
    best = 1
    for i in range(len(nums)):
        for j in range(i):
            if nums[j] < nums[i] and dp[j] + 1 > dp[i]:
                dp[i] = dp[j] + 1
        best = max(best, dp[i])
    return best
