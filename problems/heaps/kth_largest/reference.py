import heapq


def kth_largest(nums, k):
    """Min-heap of the k largest values seen so far: O(n log k) time, O(k) space."""
    heap = nums[:k]
    heapq.heapify(heap)
    for x in nums[k:]:
        if x > heap[0]:
            heapq.heapreplace(heap, x)
    return heap[0]
