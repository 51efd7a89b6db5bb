# Binary search for the first index whose value is >= target, on the half-open range [lo, hi): O(log n) time, O(1) space.
def search_insert(nums, target):
    lo, hi = 0, len(nums)
    while lo < hi:
        mid = (lo + hi) // 2
        if nums[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo
