# Merges with two pointers, stopping at the middle: correct, but O(m + n) against an O(log(m + n)) budget.
def find_median_sorted_arrays(nums1, nums2):
    total = len(nums1) + len(nums2)
    i = j = 0
    prev = cur = None
    for _ in range(total // 2 + 1):
        prev = cur
        if j == len(nums2) or (i < len(nums1) and nums1[i] <= nums2[j]):
            cur = nums1[i]
            i += 1
        else:
            cur = nums2[j]
            j += 1
    return float(cur) if total % 2 else (prev + cur) / 2
