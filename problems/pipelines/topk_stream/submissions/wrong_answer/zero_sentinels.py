# Pre-fills the heap with k zeros as "empty" slots, so zeros leak into the answer when the values are negative or fewer than k.
import heapq


def topk_stream(stream, k):
    heap = [0] * k
    for x in stream:
        if k and x > heap[0]:
            heapq.heapreplace(heap, x)
    return sorted(heap, reverse=True)
