# LeetCode style: appends the target, sorts and asks list.index (all at C speed): correct, but still O(n) against O(log n).
class Solution:
    def searchInsert(self, nums: List[int], target: int) -> int:
        return sorted(nums + [target]).index(target)
