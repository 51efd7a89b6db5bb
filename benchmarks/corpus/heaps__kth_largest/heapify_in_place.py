# time: O(n log n)
# space: O(1)
# MUTATES its input: heapify nums itself into a min-heap and pop the n - k smallest; the root is then the k-th largest.
import heapq


def kth_largest(nums, k):
    heapq.heapify(nums)
    for _ in range(len(nums) - k):
        heapq.heappop(nums)
    return nums[0]
