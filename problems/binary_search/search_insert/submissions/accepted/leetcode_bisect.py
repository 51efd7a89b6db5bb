# LeetCode style: the standard library's bisect_left (pre-imported, as on LeetCode): O(log n).
class Solution:
    def searchInsert(self, nums: List[int], target: int) -> int:
        return bisect_left(nums, target)
