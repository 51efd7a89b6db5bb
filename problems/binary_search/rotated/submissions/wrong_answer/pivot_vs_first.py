# Finds the pivot by comparing with nums[0]; on an unrotated list it lands on the last index and then never searches there: misses the maximum.
def search_rotated(nums, target):
    lo, hi = 0, len(nums) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if nums[mid] >= nums[0]:
            lo = mid + 1
        else:
            hi = mid
    pivot = lo  # meant to be the index of the minimum
    if pivot > 0 and target >= nums[0]:
        lo, hi = 0, pivot - 1
    else:
        lo, hi = pivot, len(nums) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if nums[mid] == target:
            return mid
        if nums[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
