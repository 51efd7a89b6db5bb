# Pushes (distance, point) on a min-heap and pops whenever it grows past k, which throws away the closest point each time and keeps the k farthest.
import heapq


def k_closest(points, k):
    heap = []
    for x, y in points:
        heapq.heappush(heap, (x * x + y * y, x, y))
        if len(heap) > k:
            heapq.heappop(heap)
    return [[x, y] for _, x, y in heap]
