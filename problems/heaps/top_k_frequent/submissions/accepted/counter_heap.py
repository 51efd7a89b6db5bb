# Counts with a dict, then keeps a k-sized min-heap of (count, value) pairs: O(n + u log k).
import heapq


def top_k_frequent(nums, k):
    counts = {}
    for x in nums:
        counts[x] = counts.get(x, 0) + 1
    heap = []
    for x, c in counts.items():
        if len(heap) < k:
            heapq.heappush(heap, (c, x))
        elif c > heap[0][0]:
            heapq.heapreplace(heap, (c, x))
    return [x for _, x in heap]
