# LeetCode style: cascading, each number doubles the list of subsets: O(n * 2^n).
class Solution:
    def subsets(self, nums: List[int]) -> List[List[int]]:
        out = [[]]
        for x in nums:
            out = out + [[*s, x] for s in out]
        return out
