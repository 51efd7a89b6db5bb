# Sorts values and walks two pointers, then maps values back with nums.index and assumes an equal twin sits right after the first: O(n log n).
def two_sum(nums, target):
    values = sorted(nums)
    lo, hi = 0, len(values) - 1
    while lo < hi:
        s = values[lo] + values[hi]
        if s == target:
            i = nums.index(values[lo])
            j = nums.index(values[hi])
            if i == j:
                j = i + 1
            return [i, j]
        if s < target:
            lo += 1
        else:
            hi -= 1
    return []
