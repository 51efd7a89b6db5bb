# time: O(n^2)
# space: O(n)
# LeetCode style: dp[i] = longest increasing subsequence ending at i, from every j < i.
class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        dp = [1] * len(nums)
        for i in range(len(nums)):
            for j in range(i):
                if nums[j] < nums[i] and dp[j] + 1 > dp[i]:
                    dp[i] = dp[j] + 1
        return max(dp, default=0)
