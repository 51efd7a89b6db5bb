# Bug: seeds the k-heap with nums[:k] but forgets heapify, so heap[0] is not the minimum of the k largest.
import heapq


def kth_largest(nums, k):
    heap = nums[:k]
    for x in nums[k:]:
        if x > heap[0]:
            heapq.heapreplace(heap, x)
    return heap[0]
