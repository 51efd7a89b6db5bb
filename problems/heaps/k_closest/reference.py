import heapq


def k_closest(points, k):
    """Max-heap (negated squared distances) of the k closest points seen so far:
    O(n log k) time, O(k) extra space. Any order of the k points is accepted."""
    heap = []
    for x, y in points:
        d = -(x * x + y * y)
        if len(heap) < k:
            heapq.heappush(heap, (d, x, y))
        elif d > heap[0][0]:
            heapq.heapreplace(heap, (d, x, y))
    return [[x, y] for _, x, y in heap]
