# Quadratic DP that returns dp[-1] (LIS ending at the last item) instead of max(dp): wrong when the best run ends earlier.
def longest_increasing_subsequence(nums):
    if not nums:
        return 0
    dp = [1] * len(nums)
    for i in range(len(nums)):
        for j in range(i):
            if nums[j] < nums[i]:
                dp[i] = max(dp[i], dp[j] + 1)
    return dp[-1]
