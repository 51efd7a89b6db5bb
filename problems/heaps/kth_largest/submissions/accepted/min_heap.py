# Keeps a min-heap of the k largest values seen so far; its top is the answer: O(n log k).
import heapq


def kth_largest(nums, k):
    heap = []
    for x in nums:
        if len(heap) < k:
            heapq.heappush(heap, x)
        elif x > heap[0]:
            heapq.heapreplace(heap, x)
    return heap[0]
