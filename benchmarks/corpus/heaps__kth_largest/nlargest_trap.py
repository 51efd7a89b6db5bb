# time: O(n log n)
# space: O(n)
# C-builtin trap: heapq.nlargest(k, nums) keeps a k-sized heap in C (k = n/2), so this one-liner is O(n log k) = O(n log n).
import heapq


def kth_largest(nums, k):
    return heapq.nlargest(k, nums)[-1]
