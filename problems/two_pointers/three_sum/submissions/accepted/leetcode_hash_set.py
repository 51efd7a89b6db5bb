# LeetCode style: for each first value, a set of seen values finds the third (two-sum); triplets deduplicated as sorted tuples: O(n^2).
class Solution:
    def threeSum(self, nums: List[int]) -> List[List[int]]:
        nums.sort()
        found = set()
        for i in range(len(nums) - 2):
            if i and nums[i] == nums[i - 1]:
                continue
            seen = set()
            for x in nums[i + 1:]:
                if -nums[i] - x in seen:
                    found.add((nums[i], -nums[i] - x, x))
                seen.add(x)
        return [list(t) for t in found]
