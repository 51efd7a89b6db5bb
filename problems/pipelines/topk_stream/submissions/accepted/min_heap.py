# Min-heap of size k: push while it is short, then heappushpop every value: O(n log k) time, O(k) extra space.
import heapq


def topk_stream(stream, k):
    heap = []
    for x in stream:
        if len(heap) < k:
            heapq.heappush(heap, x)
        elif k > 0:
            heapq.heappushpop(heap, x)
    return sorted(heap, reverse=True)
