# Half-open loop (lo < hi, hi = mid) but starts with hi = len(nums) - 1, so a target past the last element gets len(nums) - 1 instead of len(nums).
def search_insert(nums, target):
    lo, hi = 0, len(nums) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if nums[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo
