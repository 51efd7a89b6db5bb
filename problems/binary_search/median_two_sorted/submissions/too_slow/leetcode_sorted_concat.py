# LeetCode style: sorts the concatenation (Timsort merges the two runs at C speed): correct, but still O(m + n) against O(log(m + n)).
class Solution:
    def findMedianSortedArrays(self, nums1: List[int], nums2: List[int]) -> float:
        merged = sorted(nums1 + nums2)
        k = len(merged)
        return float(merged[k // 2]) if k % 2 else (merged[k // 2 - 1] + merged[k // 2]) / 2
