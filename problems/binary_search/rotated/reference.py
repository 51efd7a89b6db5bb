def search_rotated(nums, target):
    """One binary search; one half of [lo, hi] is always sorted: O(log n) time, O(1) space."""
    lo, hi = 0, len(nums) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        x = nums[mid]
        if x == target:
            return mid
        if nums[lo] <= x:  # left half [lo, mid] is sorted
            if nums[lo] <= target < x:
                hi = mid - 1
            else:
                lo = mid + 1
        else:  # right half [mid, hi] is sorted
            if x < target <= nums[hi]:
                lo = mid + 1
            else:
                hi = mid - 1
    return -1
