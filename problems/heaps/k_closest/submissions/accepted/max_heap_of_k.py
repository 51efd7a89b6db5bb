# Max-heap of size k with negated squared distances; a closer point replaces the farthest kept one: O(n log k) time, O(k) space.
import heapq


def k_closest(points, k):
    heap = []
    for i, (x, y) in enumerate(points):
        item = (-(x * x + y * y), i)
        if len(heap) < k:
            heapq.heappush(heap, item)
        elif item > heap[0]:
            heapq.heapreplace(heap, item)
    return [points[i] for _, i in heap]
