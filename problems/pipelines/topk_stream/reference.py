import heapq


def topk_stream(stream, k):
    """A min-heap of the k largest values seen so far; a value enters only if it
    beats the heap's minimum: O(n log k) time, O(k) extra space."""
    if k <= 0:
        for _ in stream:
            pass
        return []
    heap = []
    for x in stream:
        if len(heap) < k:
            heapq.heappush(heap, x)
        elif x > heap[0]:
            heapq.heapreplace(heap, x)
    heap.sort(reverse=True)
    return heap
