# Heap merge that fetches each shard's next value with next(it, None) and pushes it only "if nxt:", so a 0 ends its shard early.
import heapq


def merge_shards(shards):
    heap = []
    for i, shard in enumerate(shards):
        if shard:
            it = iter(shard)
            heap.append((next(it), i, it))
    heapq.heapify(heap)
    out = []
    while heap:
        value, i, it = heapq.heappop(heap)
        out.append(value)
        nxt = next(it, None)
        if nxt:
            heapq.heappush(heap, (nxt, i, it))
    return out
