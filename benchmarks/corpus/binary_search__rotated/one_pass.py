# time: O(log n)
# space: O(1)
# One binary search; at every step one half of [lo, hi] is sorted, so check whether the target lies in it.
def search_rotated(nums, target):
    lo, hi = 0, len(nums) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        x = nums[mid]
        if x == target:
            return mid
        if nums[lo] <= x:
            if nums[lo] <= target < x:
                hi = mid - 1
            else:
                lo = mid + 1
        else:
            if x < target <= nums[hi]:
                lo = mid + 1
            else:
                hi = mid - 1
    return -1
