# time: O(n log n)
# space: O(n)
# Min-heap of the k largest seen so far; the ascending worst input replaces the root for every one of the n - k later values (k = n/2).
import heapq


def kth_largest(nums, k):
    heap = nums[:k]
    heapq.heapify(heap)
    for x in nums[k:]:
        if x > heap[0]:
            heapq.heapreplace(heap, x)
    return heap[0]
