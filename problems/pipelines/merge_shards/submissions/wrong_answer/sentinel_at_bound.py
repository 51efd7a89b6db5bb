# Heap merge that marks an exhausted shard with the sentinel 10**9 ("larger than any value") and stops at it, so real values equal to 10**9 are lost.
import heapq

END = 10**9


def merge_shards(shards):
    heap = [(s[0] if s else END, i, 0) for i, s in enumerate(shards)]
    heapq.heapify(heap)
    out = []
    while heap and heap[0][0] < END:
        value, i, pos = heap[0]
        out.append(value)
        pos += 1
        heapq.heapreplace(heap, (shards[i][pos] if pos < len(shards[i]) else END, i, pos))
    return out
