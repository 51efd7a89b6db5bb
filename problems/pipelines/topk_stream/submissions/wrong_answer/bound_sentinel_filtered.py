# Pads the heap with -10**9 (the lowest allowed value) and filters the padding out at the end, which also drops real values equal to -10**9.
import heapq

LOW = -10**9


def topk_stream(stream, k):
    heap = [LOW] * k
    for x in stream:
        if k and x > heap[0]:
            heapq.heapreplace(heap, x)
    return [x for x in sorted(heap, reverse=True) if x != LOW]
