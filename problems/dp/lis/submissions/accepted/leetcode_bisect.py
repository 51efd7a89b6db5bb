# LeetCode style: patience sorting with bisect.bisect_left (pre-imported module): O(n log n) time, O(n) space.
class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        sub = []
        for x in nums:
            i = bisect.bisect_left(sub, x)
            if i == len(sub):
                sub.append(x)
            else:
                sub[i] = x
        return len(sub)
