# time: O(log n)
# space: O(1)
# LeetCode style: find the rotation offset by binary search, then binary-search a virtual sorted array through index (i + offset) % n.
class Solution:
    def search(self, nums: List[int], target: int) -> int:
        n = len(nums)
        lo, hi = 0, n - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] > nums[hi]:
                lo = mid + 1
            else:
                hi = mid
        offset = lo
        lo, hi = 0, n - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            real = (mid + offset) % n
            if nums[real] == target:
                return real
            if nums[real] < target:
                lo = mid + 1
            else:
                hi = mid - 1
        return -1
