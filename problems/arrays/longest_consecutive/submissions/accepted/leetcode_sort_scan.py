# LeetCode style: sorts, then scans, skipping repeats and restarting the run at every gap: O(n log n) time, O(n) space.
class Solution:
    def longestConsecutive(self, nums: List[int]) -> int:
        if not nums:
            return 0
        nums = sorted(nums)
        best = run = 1
        for prev, x in zip(nums, nums[1:]):
            if x == prev:
                continue
            run = run + 1 if x == prev + 1 else 1
            best = max(best, run)
        return best
