def search_insert(nums, target):
    """Lower bound on the half-open range [lo, hi): O(log n) time, O(1) space."""
    lo, hi = 0, len(nums)
    while lo < hi:
        mid = (lo + hi) // 2
        if nums[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo
