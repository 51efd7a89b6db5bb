# LeetCode style: binary-search the pivot (index of the minimum), then bisect the right sorted run: O(log n).
class Solution:
    def search(self, nums: List[int], target: int) -> int:
        lo, hi = 0, len(nums) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] > nums[hi]:
                lo = mid + 1
            else:
                hi = mid
        pivot = lo
        if target >= nums[0] and pivot > 0:
            left, right = 0, pivot
        else:
            left, right = pivot, len(nums)
        i = bisect.bisect_left(nums, target, left, right)
        return i if i < right and nums[i] == target else -1
