# time: O(n^2)
# space: O(1)
# LeetCode style C-builtin trap: for each i, list.index searches the complement from i + 1 (a linear C scan per item).
class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        for i, x in enumerate(nums):
            try:
                return [i, nums.index(target - x, i + 1)]
            except ValueError:
                pass
        return []
