# Keeps a correct size-k min-heap but returns the heap list as is, which is not in descending order.
import heapq


def topk_stream(stream, k):
    heap = []
    for x in stream:
        if len(heap) < k:
            heapq.heappush(heap, x)
        elif k and x > heap[0]:
            heapq.heapreplace(heap, x)
    return heap
